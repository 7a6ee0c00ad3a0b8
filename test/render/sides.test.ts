/**
 * The rows of a changed section on the real IPS ung case: printed from the changes' own word operations,
 * never a diff across two separate moves, and the two sides merged back into one run without loss.
 */
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import {runCase} from '../../src/index.js'
import {mergeSides} from '../../src/render/sides.js'
import {wordParts} from '../../src/render/templates.js'
import {buildView, type SectionView} from '../../src/render/view.js'
import type {Report, WordOp} from '../../src/types.js'

const text = (ops: WordOp[], drop: WordOp['op']) => ops.filter((o) => o.op !== drop).map((o) => o.text).join('')
let report: Report
let sections: SectionView[]

beforeAll(async () => {
  report = (await runCase(fileURLToPath(new URL('../../regulations/ips-ung', import.meta.url)), {formats: [], lang: 'nb'})).report!
  sections = buildView(report, 'nb').entries.flatMap((e) => (e.section ? [e.section] : []))
})

describe('the side-by-side rows of IPS ung', () => {
  it('show a moved sentence whole where it arrives and where it left, not diffed against its neighbour', () => {
    const s31 = sections.find((s) => s.heading.startsWith('§ 3-1'))!
    const moves = report.diff.changes.filter((c) => c.kind === 'moved' && c.proposed?.id.startsWith('§3-1/'))
    expect(moves.length).toBeGreaterThanOrEqual(2)
    for (const c of moves) {
      const ops = s31.rows.flatMap((r) => r.proposed?.ops ?? [])
      expect(ops, c.id).toContainEqual({op: 'insert', text: c.proposed!.text})
    }
    // The deleted age sentence is one deletion, never paired word by word with the new IPS ung sentence.
    const age = report.diff.changes.find((c) => c.kind === 'moved' && c.current?.id === 'kap3/§3-1/ledd1/pkt2')!
    expect(s31.rows.flatMap((r) => r.current?.ops ?? [])).toContainEqual({op: 'delete', text: age.current!.text})
  })

  it('read, on each side, exactly the section text, and merge into one run that gives both back', () => {
    for (const s of sections) {
      for (const r of s.rows) {
        const current = r.current ? text(r.current.ops, 'insert') : ''
        const proposed = r.proposed ? text(r.proposed.ops, 'delete') : ''
        expect(text(r.inline, 'insert')).toBe(current)
        expect(text(r.inline, 'delete')).toBe(proposed)
      }
    }
    expect(mergeSides([{op: 'equal', text: 'a '}, {op: 'delete', text: 'kan'}], [{op: 'equal', text: 'a '}, {op: 'insert', text: 'skal'}])).toEqual([
      {op: 'equal', text: 'a '}, {op: 'delete', text: 'kan'}, {op: 'insert', text: 'skal'}
    ])
  })

  it('never prints a deletion and an insertion as one word', () => {
    const parts = wordParts([{op: 'equal', text: 'Deltakere '}, {op: 'delete', text: 'kan'}, {op: 'insert', text: 'skal'}, {op: 'equal', text: ' få'}])
    expect(parts.map((p) => `${p.lead}[${p.op}:${p.text}]${p.trail}`).join('')).toBe('[equal:Deltakere ][delete:kan] [insert:skal][equal: få]')
  })
})
