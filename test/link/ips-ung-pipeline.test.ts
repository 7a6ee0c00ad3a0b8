/**
 * The link stage on the real IPS ung pipeline: parse, diff and classify as runCase does them, then the
 * same gold fixture as the hand-built test. Keyed by citation, so it holds whatever ids the diff gives.
 */
import {beforeAll, describe, expect, it} from 'vitest'
import {runCase} from '../../src/index.js'
import {linkChanges, THRESHOLDS} from '../../src/link/index.js'
import type {Report} from '../../src/types.js'
import {GOLD, picks, score, summaryProblems} from './gold.js'
import {withReasons} from '../../src/report/build.js'
import type {DiffResult} from '../../src/types.js'

/** The link stage's reasons and findings put on the diff it read, as the report assembles them. */
const linkedDiff = (diff: DiffResult, ...rest: Parameters<typeof linkChanges> extends [DiffResult, ...infer R] ? R : never): DiffResult =>
  withReasons(diff, linkChanges(diff, ...rest))

let report: Report

beforeAll(async () => {
  const result = await runCase('regulations/ips-ung', {formats: [], lang: 'nb'})
  expect(result.ok).toBe(true)
  report = result.report!
})

const relink = (thresholds = {}) =>
  linkedDiff(report.diff, report.note, report.background, {current: report.regulation.current, proposed: report.regulation.proposed}, {thresholds})

describe('link stage on the real IPS ung diff', () => {
  it('links as the gold fixture says, every gold entry finding its change', () => {
    const s = score(report.diff)
    console.info(`IPS ung pipeline: precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} (right ${s.right}, wrong ${s.wrong}, missed ${s.missed}; ${s.entriesUsed}/${GOLD.changes.length} gold entries matched)`)
    expect(s.details).toEqual([])
    expect(s.entriesUsed).toBe(GOLD.changes.length)
    expect(s.precision).toBe(1)
    expect(s.recall).toBe(1)
  })

  it('gives every change note reasons or an unexplained-change finding, and flags what the gold says', () => {
    const flagged = report.diff.findings.filter((f) => f.code === 'unexplained-change')
    for (const change of report.diff.changes) {
      const explained = change.reasons.some((r) => r.document === 'note')
      expect(explained !== flagged.some((f) => f.changeIds.includes(change.id)), change.id).toBe(true)
    }
    for (const entry of GOLD.unexplained) {
      const change = report.diff.changes.find((c) => picks(entry, c))!
      expect(flagged.find((f) => f.changeIds.includes(change.id))?.severity, entry.citation).toBe(entry.severity)
    }
  })

  it('links the 2021 assignment letter as context to the IPS ung changes it started, and to nothing else', () => {
    const withContext = report.diff.changes.filter((c) => c.reasons.some((r) => r.document === 'background'))
    // The letter sets the trial's target group (under 30) and aim (education, ordinary work); the
    // duration rule moved from § 3-6 is part of the same trial.
    expect(withContext.map((c) => c.proposed?.citation)).toEqual(['§ 3-1 første ledd annet punktum', '§ 3-1 tredje ledd', '§ 3-5 tredje ledd'])
    for (const c of withContext) {
      const reason = c.reasons.find((r) => r.document === 'background')!
      expect(reason).toMatchObject({path: 'background/oppdragsbrev-2021.md', method: 'similarity', noteSection: null, anchor: 'oppdragsbrev-2021-tekst-p2'})
      expect(reason.excerpt).toMatch(/IPS ung/)
    }
  })

  it('names documents relative to the case folder', () => {
    const paths = new Set(report.diff.changes.flatMap((c) => c.reasons.map((r) => r.path)))
    const places = new Set(report.diff.findings.flatMap((f) => (f.place && ['reference-mismatch', 'claim-vs-effect', 'summary-coverage'].includes(f.code) ? [f.place.path] : [])))
    expect([...paths, ...places].every((p) => p === 'note.md' || p.startsWith('background/'))).toBe(true)
  })

  it('reports the wrong "nytt siste ledd i § 3-1" and the kan → skal claim', () => {
    const mismatch = report.diff.findings.filter((f) => f.code === 'reference-mismatch')
    expect(mismatch).toHaveLength(1)
    expect(mismatch[0]!.message).toContain('viser til «nytt siste ledd i § 3-1», som i forslaget er § 3-1 fjerde ledd')
    const duty = report.diff.changes.find((c) => c.effects.some((e) => e.rule === 'modality/kan-to-skal'))!
    const claim = report.diff.findings.find((f) => f.code === 'claim-vs-effect' && f.changeIds.includes(duty.id))!
    expect(claim.severity).toBe('warning')
    expect(claim.message).toContain('Endringen er ikke ment å innebære en realitetsendring')
  })

  it('matches the summary bullets, and finds no missing change', () => {
    expect(summaryProblems(report.diff)).toEqual([])
    expect(report.diff.findings.filter((f) => f.code === 'missing-change')).toEqual([])
  })

  it('is byte-identical when run again', async () => {
    expect(JSON.stringify(relink())).toBe(JSON.stringify(relink()))
    const again = await runCase('regulations/ips-ung', {formats: [], lang: 'nb'})
    expect(JSON.stringify(again.report)).toBe(JSON.stringify(report))
  })

  it('sits inside the window where looser thresholds link wrongly and stricter ones miss', () => {
    const scaled = (f: number) => ({partial: THRESHOLDS.partial * f, heading: THRESHOLDS.heading * f, similarity: THRESHOLDS.similarity * f})
    const looser = score(relink(scaled(0.5)))
    const stricter = score(relink(scaled(1.75)))
    console.info(`IPS ung pipeline at 0.5× thresholds: precision ${looser.precision.toFixed(3)}; at 1.75×: recall ${stricter.recall.toFixed(3)}`)
    expect(looser.precision).toBeLessThan(1)
    expect(stricter.recall).toBeLessThan(1)
  })
})
