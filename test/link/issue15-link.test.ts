/**
 * Linking evidence issue 15 asked for, on cases of the development part of test/fixtures/real: remarks
 * on a provision («Til § 2 a»), the act's own name («klimalovens § 3»), a sentence announcing the change,
 * and «Gjeldende rett» as the note discussing a provision without giving reasons.
 */
import {beforeAll, describe, expect, it} from 'vitest'
import {join} from 'node:path'
import {runCase} from '../../src/index.js'
import {commentOn, selfNamesFromTitle} from '../../src/link/passages.js'
import type {Report} from '../../src/types.js'
import {REAL_DIR} from './real-cases.js'

const reports = new Map<string, Report>()

beforeAll(async () => {
  for (const name of ['kulturlova-2025', 'klimaloven-2021', 'dagligvare-tilsyn']) {
    const result = await runCase(join(REAL_DIR, name), {formats: [], lang: 'nb'})
    expect(result.ok, name).toBe(true)
    reports.set(name, result.report!)
  }
}, 60_000)

const changeAt = (report: Report, id: string) => report.diff.changes.find((c) => c.proposed?.id === id || c.current?.id === id)!

describe('remark headings', () => {
  it('reads «Til § N» in its forms and nothing else', () => {
    expect(commentOn('Til § 2 a')).toBe('2a')
    expect(commentOn('Til § 26 a:')).toBe('26a')
    expect(commentOn('Merknader til § 3-8')).toBe('3-8')
    expect(commentOn('Til § 10 (bortfall av retten)')).toBe('10')
    expect(commentOn('10 Merknader til lovforslaget')).toBeNull()
    expect(commentOn('Personkrets – § 3-1')).toBeNull()
  })

  it('links a new section to the remark on it, in nynorsk (kulturlova § 2 a)', () => {
    const report = reports.get('kulturlova-2025')!
    const added = changeAt(report, '§2a')
    expect(added.kind).toBe('added')
    const remark = added.reasons.filter((r) => r.heading === 'Til § 2 a')
    expect(remark.length).toBeGreaterThan(0)
    expect(remark.every((r) => r.method === 'explicit-reference')).toBe(true)
    // No other remark: the one on § 1 is not about § 2 a.
    expect(added.reasons.some((r) => r.heading === 'Til § 1')).toBe(false)
  })
})

describe('the act’s own name and a sentence that announces the change', () => {
  it('reads «Lov om klimamål (klimaloven)» as giving the names the note uses', () => {
    expect(selfNamesFromTitle('Lov om klimamål (klimaloven)')).toEqual(['klimaloven', 'loven', 'lova', 'denne lov', 'denne loven', 'lova her', 'loven her'])
    // A regulation's «loven» is its parent act, never itself.
    expect(selfNamesFromTitle('Forskrift om oppfølgingstiltak i Arbeids- og velferdsetatens egenregi')).toEqual([])
  })

  it('links § 3 and § 4 of klimaloven to the paragraph that proposes to change each (Prop. 182 L punkt 2.1)', () => {
    const report = reports.get('klimaloven-2021')!
    for (const id of ['§3/ledd1/pkt1', '§4/ledd2/pkt1']) {
      const c = changeAt(report, id)
      expect(c.reasons.map((r) => [r.noteSection, r.method]), id).toContainEqual(['2.1', 'explicit-reference'])
    }
    expect(report.diff.findings.filter((f) => f.code === 'unexplained-change')).toEqual([])
  })
})

describe('«Gjeldende rett» is the note discussing a provision, not its reasons', () => {
  it('gives the renamed authority in § 11 no reason, and no unexplained-change either (Prop. 4 L punkt 3.1)', () => {
    const report = reports.get('dagligvare-tilsyn')!
    const heading = report.diff.changes.find((c) => c.current?.citation === '§ 11 (overskrift)')!
    expect(heading.reasons.filter((r) => r.document === 'note')).toEqual([])
    const mine = report.diff.findings.filter((f) => f.changeIds.includes(heading.id))
    expect(mine.map((f) => f.code)).not.toContain('unexplained-change')
    const discussed = mine.find((f) => f.code === 'discussed-not-explained')!
    expect(discussed.severity).toBe('warning')
    expect(discussed.message).toMatch(/^Høringsnotatet omtaler bestemmelsen i punkt 3\.1 \(som gjeldende rett\), men gir ingen begrunnelse for endringen i § 11 \(overskrift\)/)
    expect(discussed.place?.path).toMatch(/note\.md$/)
  })
})
