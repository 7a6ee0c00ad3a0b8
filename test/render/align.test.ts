import {describe, expect, it} from 'vitest'
import {alignBlocks, sectionBlocks, wordDiff} from '../../src/render/align.js'
import type {Provision, WordOp} from '../../src/types.js'
import {ipsUngReport} from '../fixtures/render/ips-ung-report.js'

const side = (ops: WordOp[], drop: WordOp['op']) => ops.filter((o) => o.op !== drop).map((o) => o.text).join('')

function section(tree: Provision[], label: string): Provision {
  for (const p of tree) {
    if (p.kind === 'section' && p.label === label) return p
    const hit = p.children.length ? section(p.children, label) : null
    if (hit) return hit
  }
  return null as unknown as Provision
}

describe('wordDiff', () => {
  it('rebuilds both texts exactly and keeps punctuation where it was', () => {
    const a = 'Det er en forutsetning at personen har fylt 16 år.'
    const b = 'For unge under 30 år (IPS ung), kan tiltaket også tilbys de som har sammensatte psykiske problemer eller rusutfordringer.'
    const ops = wordDiff(a, b)
    expect(side(ops, 'insert')).toBe(a)
    expect(side(ops, 'delete')).toBe(b)
    expect(ops).toContainEqual({op: 'equal', text: '.'})
    expect(ops.at(-1)).toEqual({op: 'equal', text: '.'})
    expect(ops.filter((o) => o.op === 'equal' && /^\s+$/.test(o.text))).toEqual([])
  })
  it('keeps a replaced phrase together instead of word-by-word', () => {
    expect(wordDiff('kan få tilbud om', 'skal få regelmessig oppfølging')).toEqual([
      {op: 'delete', text: 'kan'}, {op: 'insert', text: 'skal'}, {op: 'equal', text: ' få '},
      {op: 'delete', text: 'tilbud om'}, {op: 'insert', text: 'regelmessig oppfølging'}
    ])
  })
  it('falls back to replaced when the edit is too long to diff', () => {
    const a = Array.from({length: 3000}, (_, i) => `a${i}`).join(' ')
    const b = Array.from({length: 3000}, (_, i) => `b${i}`).join(' ')
    expect(wordDiff(a, b)).toEqual([{op: 'delete', text: a}, {op: 'insert', text: b}])
  })
})

describe('alignBlocks on IPS ung', () => {
  const report = ipsUngReport()
  const rows = alignBlocks(
    sectionBlocks(section(report.regulation.current.children, '3-2')),
    sectionBlocks(section(report.regulation.proposed.children, '3-2'))
  )
  it('pairs relettered items by wording, not by letter', () => {
    const pairs = rows.filter((r) => r.current?.label || r.proposed?.label).map((r) => [r.current?.label ?? null, r.proposed?.label ?? null])
    expect(pairs).toEqual([['a.', null], ['b.', 'a.'], ['c.', 'b.'], ['d.', 'c.'], ['e.', 'd.']])
  })
  it('loses no text on either side', () => {
    for (const r of rows) {
      if (r.current) expect(side(r.ops, 'insert')).toBe(r.current.text)
      if (r.proposed) expect(side(r.ops, 'delete')).toBe(r.proposed.text)
    }
    expect(rows.at(-1)!.status).toBe('added')
  })
})
