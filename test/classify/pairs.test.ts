/**
 * The rules on real sentence pairs (test/fixtures/classify/pairs.json): every pair gets exactly the
 * effects a careful reader expects, none of its forbidden types, and precision/recall per effect type
 * are measured over the whole fixture.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {effectsOf} from '../../src/classify/index.js'
import type {ChangeKind, EffectType} from '../../src/types.js'
import {makeChange} from './helpers.js'

interface Pair {
  id: string
  source: string
  kind: ChangeKind
  sectionTitle?: string
  current: string | null
  proposed: string | null
  expect: string[]
  forbid: EffectType[]
}

const fixture = JSON.parse(readFileSync(new URL('../fixtures/classify/pairs.json', import.meta.url), 'utf8')) as {pairs: Pair[]}
const TYPES: EffectType[] = ['modality', 'threshold', 'scope', 'actor', 'reference', 'definition', 'editorial']

function rulesOf(pair: Pair): string[] {
  const change = makeChange(pair.current, pair.proposed, pair.kind)
  return effectsOf(change, {sectionTitle: pair.sectionTitle ?? null}).map((e) => e.rule)
}

describe('effect rules on real sentence pairs', () => {
  test.each(fixture.pairs.map((p) => [p.id, p] as const))('%s', (_, pair) => {
    const rules = rulesOf(pair)
    for (const type of pair.forbid) expect(rules.filter((r) => r.startsWith(type + '/'))).toEqual([])
    expect([...rules].sort()).toEqual([...pair.expect].sort())
  })

  test('every effect carries evidence from the texts and a Norwegian and an English line', () => {
    for (const pair of fixture.pairs) {
      for (const e of effectsOf(makeChange(pair.current, pair.proposed, pair.kind), {sectionTitle: pair.sectionTitle ?? null})) {
        expect(e.detail.length).toBeGreaterThan(10)
        expect(e.detailEn.length).toBeGreaterThan(10)
        if (e.evidence.before !== null && e.type !== 'definition') expect(pair.current).toContain(e.evidence.before)
        if (e.evidence.after !== null && e.type !== 'definition') expect(pair.proposed).toContain(e.evidence.after)
      }
    }
  })

  test('precision and recall per effect type over the fixture', () => {
    const table: Record<string, {tp: number; fp: number; fn: number}> = {}
    for (const t of TYPES) table[t] = {tp: 0, fp: 0, fn: 0}
    for (const pair of fixture.pairs) {
      const produced = rulesOf(pair)
      const wanted = [...pair.expect]
      for (const rule of produced) {
        const i = wanted.indexOf(rule)
        const row = table[rule.split('/')[0]!]!
        if (i >= 0) {
          row.tp++
          wanted.splice(i, 1)
        } else row.fp++
      }
      for (const rule of wanted) table[rule.split('/')[0]!]!.fn++
    }
    const lines = TYPES.map((t) => {
      const {tp, fp, fn} = table[t]!
      const p = tp + fp === 0 ? 1 : tp / (tp + fp)
      const r = tp + fn === 0 ? 1 : tp / (tp + fn)
      return `${t.padEnd(10)} tp=${tp} fp=${fp} fn=${fn} precision=${p.toFixed(2)} recall=${r.toFixed(2)}`
    })
    console.log(`classify fixture (${fixture.pairs.length} pairs)\n` + lines.join('\n'))
    for (const t of TYPES) {
      const {tp, fp, fn} = table[t]!
      // A wrong label is worse than none: precision is held higher than recall.
      if (tp + fp > 0) expect(tp / (tp + fp), t).toBeGreaterThanOrEqual(0.95)
      if (tp + fn > 0) expect(tp / (tp + fn), t).toBeGreaterThanOrEqual(0.9)
    }
  })
})
