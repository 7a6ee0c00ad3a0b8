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

// Floors: the figures the evaluation part actually reached at the last commit of this work. The issue's
// target is 1.0 changes found, 0.8 recall and precision, no unexplained-change on a discussed provision and
// 0.8 effects; every floor below its target marks the target as missed (see test/fixtures/real/README.md).
// Since the instruction applier makes every change of the evaluation part, its gold has more reasons and
// effects to score (17 reason keys, 19 effects, against 14 and 17 before): recall and effects are missed.
const EVALUATION_TARGET = {found: 1, recall: 0.8, precision: 0.8, unexplained: 0, effects: 0.8}
const EVALUATION_FLOOR = {found: 1, recall: 12 / 17, precision: 1, unexplained: 0, effects: 15 / 19}

describe('evaluation part (IPS ung, sentralbankloven, klimaloven 2023, matloven)', () => {
  const f = figures.evaluation
  it('runs every case', () => expect(f.failed).toEqual([]))
  it('finds the gold changes', () => expect(ratio(f.found, f.goldChanges)).toBeGreaterThanOrEqual(EVALUATION_FLOOR.found))
  it('links reasons by note heading: recall', () => expect(ratio(f.reasonKeysFound, f.reasonKeys)).toBeGreaterThanOrEqual(EVALUATION_FLOOR.recall))
  it('links reasons by note heading: precision', () => expect(ratio(f.reasonsRight, f.reasonsGiven)).toBeGreaterThanOrEqual(EVALUATION_FLOOR.precision))
  it('never calls a change the note discusses unexplained', () => expect(f.unexplainedOnDiscussed).toBeLessThanOrEqual(EVALUATION_FLOOR.unexplained))
  it('gives the effects the gold names', () => expect(ratio(f.effectsRight, f.effectsScored)).toBeGreaterThanOrEqual(EVALUATION_FLOOR.effects))
  it('states honestly which targets are met', () => {
    const met = {
      found: ratio(f.found, f.goldChanges) >= EVALUATION_TARGET.found,
      recall: ratio(f.reasonKeysFound, f.reasonKeys) >= EVALUATION_TARGET.recall,
      precision: ratio(f.reasonsRight, f.reasonsGiven) >= EVALUATION_TARGET.precision,
      unexplained: f.unexplainedOnDiscussed <= EVALUATION_TARGET.unexplained,
      effects: ratio(f.effectsRight, f.effectsScored) >= EVALUATION_TARGET.effects
    }
    console.info(`evaluation targets met: ${JSON.stringify(met)}`)
    // A floor at or above its target means the target is met; the floors are what the test holds.
    for (const key of Object.keys(met) as Array<keyof typeof met>) {
      const floorMeets = key === 'unexplained' ? EVALUATION_FLOOR[key] <= EVALUATION_TARGET[key] : EVALUATION_FLOOR[key] >= EVALUATION_TARGET[key]
      if (floorMeets) expect(met[key], key).toBe(true)
    }
  })
})

// The development part is tuned on: its floors only guard against going backwards.
const DEVELOPMENT_FLOOR = {found: 1, recall: 8 / 11, precision: 1, unexplained: 0, effects: 1}

describe('development part (dagligvare, supplerande stønad, kulturlova, klimaloven 2021 and 2035)', () => {
  const f = figures.development
  it('does not fall below the figures reached', () => {
    expect(ratio(f.found, f.goldChanges)).toBeGreaterThanOrEqual(DEVELOPMENT_FLOOR.found)
    expect(ratio(f.reasonKeysFound, f.reasonKeys)).toBeGreaterThanOrEqual(DEVELOPMENT_FLOOR.recall)
    expect(ratio(f.reasonsRight, f.reasonsGiven)).toBeGreaterThanOrEqual(DEVELOPMENT_FLOOR.precision)
    expect(f.unexplainedOnDiscussed).toBeLessThanOrEqual(DEVELOPMENT_FLOOR.unexplained)
    expect(ratio(f.effectsRight, f.effectsScored)).toBeGreaterThanOrEqual(DEVELOPMENT_FLOOR.effects)
  })
})
