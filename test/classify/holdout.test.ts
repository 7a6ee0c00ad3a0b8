/**
 * Once-held-out pairs from the corpus (test/fixtures/classify/holdout*.json): expectations written before
 * the rules saw them, each round scored once blind (the numbers are in the comment below) and then used to
 * extend the rules. They are calibration data now: the floors here guard regressions and are no measure of
 * how the rules do on unseen text (that is only ever a new blind round). Forbidden types are a hard failure (a wrong label is worse than none); missing
 * effects are measured and must stay rare, and no produced effect may be wrong too often.
 */
import {readFileSync} from 'node:fs'
import {expect, test} from 'vitest'
import {effectsOf} from '../../src/classify/index.js'
import type {ChangeKind, EffectType} from '../../src/types.js'
import {makeChange} from './helpers.js'

interface Pair {id: string; kind: ChangeKind; current: string | null; proposed: string | null; expect: string[]; forbid: EffectType[]}

const load = (name: string): Pair[] => (JSON.parse(readFileSync(new URL(`../fixtures/classify/${name}`, import.meta.url), 'utf8')) as {pairs: Pair[]}).pairs
// Each round was written before the rules saw it and run once blind, then used to extend the rules.
const rounds = {'holdout.json': load('holdout.json'), 'holdout-2.json': load('holdout-2.json'), 'holdout-3.json': load('holdout-3.json'), 'holdout-4.json': load('holdout-4.json')}
const pairs = Object.values(rounds).flat()

const produced = new Map(pairs.map((p) => [p.id, effectsOf(makeChange(p.current, p.proposed, p.kind)).map((e) => e.rule)]))

test.each(pairs.map((p) => [p.id, p] as const))('%s: no forbidden effect type', (_, pair) => {
  const rules = produced.get(pair.id)!
  for (const type of pair.forbid) expect(rules.filter((r) => r.startsWith(type + '/'))).toEqual([])
})

test.each(Object.entries(rounds))('no regression below the floors on %s (calibration data since its blind run)', (name, pairs) => {
  let tp = 0
  let fp = 0
  let fn = 0
  const misses: string[] = []
  const wrong: string[] = []
  for (const pair of pairs) {
    const wanted = [...pair.expect]
    for (const rule of produced.get(pair.id)!) {
      const i = wanted.indexOf(rule)
      if (i >= 0) {
        tp++
        wanted.splice(i, 1)
      } else {
        fp++
        wrong.push(`${pair.id}: ${rule}`)
      }
    }
    fn += wanted.length
    misses.push(...wanted.map((r) => `${pair.id}: ${r}`))
  }
  console.log(`${name} (${pairs.length} pairs): tp=${tp} fp=${fp} fn=${fn} precision=${(tp / (tp + fp)).toFixed(2)} recall=${(tp / (tp + fn)).toFixed(2)}\nmissed: ${misses.join('; ')}\nwrong: ${wrong.join('; ')}`)
  // Blind first runs (precision/recall) were round 1: 1.00/0.65, round 2: 0.71/0.50, round 3: 0.83/0.45,
  // round 4: 0.80/1.00. Each round was then used to extend the rules, so these floors only guard regressions.
  expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.95)
  expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.8)
})
