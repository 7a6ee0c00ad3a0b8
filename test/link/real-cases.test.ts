/**
 * Issue 15: reasons and effects on real documents nobody here prepared. Runs every case of the development
 * set (test/fixtures/real, split in its README) through the library and scores it against its gold. The
 * evaluation part is held to floors; the development part is reported (rules are tuned on it).
 */
import {beforeAll, describe, expect, it} from 'vitest'
import {runCase} from '../../src/index.js'
import {caseDir, emptyFigures, ratio, readGold, realCases, scoreCase, SPLIT, summary} from './real-cases.js'
import type {Figures, Part} from './real-cases.js'

const PARTS: Part[] = ['development', 'evaluation', 'fresh']
const figures: Record<Part, Figures> = {development: emptyFigures(), evaluation: emptyFigures(), fresh: emptyFigures()}

beforeAll(async () => {
  for (const part of PARTS) {
    for (const name of SPLIT[part]) {
      const result = await runCase(caseDir(name), {formats: ['json'], lang: 'nb'})
      if (!result.ok || !result.report) {
        figures[part].failed.push(name)
        continue
      }
      scoreCase(name, readGold(name), result.report, figures[part])
    }
  }
  for (const part of PARTS) {
    console.info(summary(part, figures[part]))
    for (const miss of figures[part].misses) console.info(`  ${part}: ${miss}`)
  }
}, 120_000)

describe('the real-case set', () => {
  it('puts every case with a gold in exactly one part of the split', () => {
    expect([...SPLIT.development, ...SPLIT.evaluation, ...SPLIT.fresh].sort()).toEqual(realCases())
  })
})

// The target on a blind part: every change found, recall and precision ≥ 0.8 by note heading, no
// unexplained-change on a provision the note discusses, effects ≥ 0.8.
const TARGET = {found: 1, recall: 0.8, precision: 0.8, unexplained: 0, effects: 0.8}
type Floor = typeof TARGET

/** The figures of a part as the target's keys. */
function reached(f: Figures): Floor {
  return {
    found: ratio(f.found, f.goldChanges),
    recall: ratio(f.reasonKeysFound, f.reasonKeys),
    precision: ratio(f.reasonsRight, f.reasonsGiven),
    unexplained: f.unexplainedOnDiscussed,
    effects: ratio(f.effectsRight, f.effectsScored)
  }
}

/** Floors for a part: each figure at least its floor, and the part's figures printed beside the target. */
function holdsFloors(part: Part, floor: Floor): void {
  const f = figures[part]
  it('runs every case', () => expect(f.failed).toEqual([]))
  it('does not fall below the figures reached', () => {
    const r = reached(f)
    expect(r.found, 'found').toBeGreaterThanOrEqual(floor.found)
    expect(r.recall, 'recall').toBeGreaterThanOrEqual(floor.recall)
    expect(r.precision, 'precision').toBeGreaterThanOrEqual(floor.precision)
    expect(r.unexplained, 'unexplained').toBeLessThanOrEqual(floor.unexplained)
    expect(r.effects, 'effects').toBeGreaterThanOrEqual(floor.effects)
  })
  it('states honestly which targets are met', () => {
    const r = reached(f)
    const met = {
      found: r.found >= TARGET.found,
      recall: r.recall >= TARGET.recall,
      precision: r.precision >= TARGET.precision,
      unexplained: r.unexplained <= TARGET.unexplained,
      effects: r.effects >= TARGET.effects
    }
    console.info(`${part} targets met: ${JSON.stringify(met)}`)
    // A floor at or above its target means the target is met; the floors are what the test holds.
    for (const key of Object.keys(met) as Array<keyof typeof met>) {
      const floorMeets = key === 'unexplained' ? floor[key] <= TARGET[key] : floor[key] >= TARGET[key]
      if (floorMeets) expect(met[key], key).toBe(true)
    }
  })
}

// The fresh part is blind: its gold was committed before any run of regdiff on it, and no rule was tuned
// on it. Floors: the figures it reached at the first run (test/fixtures/real/README.md); recall,
// unexplained-change and effects are below the target, i.e. the target is MISSED there.
describe('fresh part (arbeidsmiljøloven § 4-3, vaksinasjonsprogrammet 2020, EØS-arbeidstakarlova § 1): blind', () => {
  holdsFloors('fresh', {found: 1, recall: 2 / 6, precision: 1, unexplained: 4, effects: 3 / 6})
})

// The first held-out part (IPS ung, sentralbankloven, klimaloven 2023, matloven): its misses were read in
// the session that reported it, and this session's rules were tuned on it as on the development part. Its
// floors only guard against going backwards; its figures are no evidence that the rules generalise.
describe('first held-out part, tuned on since (IPS ung, sentralbankloven, klimaloven 2023, matloven)', () => {
  holdsFloors('evaluation', {found: 1, recall: 14 / 17, precision: 1, unexplained: 0, effects: 1})
})

// The development part is tuned on: its floors only guard against going backwards.
describe('development part (dagligvare, supplerande stønad, kulturlova, klimaloven 2021 and 2035)', () => {
  holdsFloors('development', {found: 1, recall: 9 / 11, precision: 1, unexplained: 0, effects: 1})
})
