/**
 * Linking evidence issue 15 asked for, on cases of the development part of test/fixtures/real: remarks
 * on a provision («Til § 2 a»), the act's own name («klimalovens § 3»), a sentence announcing the change,
 * «Gjeldende rett» as the note discussing a provision without giving reasons, ranges and bulk renames,
 * and a topic chapter about the change (its «Departementets vurdering», a heading that repeats a new title).
 */
import {beforeAll, describe, expect, it} from 'vitest'
import {runCase} from '../../src/index.js'
import {commentOn, selfNamesFromTitle} from '../../src/link/passages.js'
import type {Report} from '../../src/types.js'
import {caseDir} from './real-cases.js'

const reports = new Map<string, Report>()

beforeAll(async () => {
  for (const name of ['kulturlova-2025', 'klimaloven-2021', 'dagligvare-tilsyn', 'supplerande-stonad-bortfall', 'klimaloven-2035']) {
    const result = await runCase(caseDir(name), {formats: [], lang: 'nb'})
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

  const codesFor = (report: Report, section: string): string[] =>
    report.diff.findings
      .filter((f) => f.changeIds.some((id) => report.diff.changes.find((c) => c.id === id)?.sectionId.endsWith(`/§${section}`)))
      .map((f) => f.code)

  it('reads «§§ 14 til 17» as discussing § 14 and § 17 (Prop. 4 L punkt 3.1)', () => {
    const report = reports.get('dagligvare-tilsyn')!
    for (const section of ['14', '17']) {
      expect(codesFor(report, section), section).toContain('discussed-not-explained')
      expect(codesFor(report, section), section).not.toContain('unexplained-change')
    }
  })

  it('treats the changes of one bulk rename alike, and a provision changed otherwise on its own (§ 13, § 21 vs § 19)', () => {
    const report = reports.get('dagligvare-tilsyn')!
    // § 13 and § 21 are renamed by «I følgende bestemmelser skal «Dagligvaretilsynet» endres til …» with
    // §§ 11–17, which the note discusses; § 19 is reworded by its own instruction the note never mentions.
    for (const section of ['13', '21']) {
      expect(codesFor(report, section), section).toEqual(['discussed-not-explained'])
      const finding = report.diff.findings.find((f) => f.changeIds.some((id) => report.diff.changes.find((c) => c.id === id)?.sectionId.endsWith(`/§${section}`)))!
      expect(finding.message).toMatch(/samme endringsinstruks som endringer i bestemmelser høringsnotatet omtaler i punkt 3\.1/)
    }
    expect(codesFor(report, '19')).toContain('unexplained-change')
  })
})

describe('a topic chapter about the change', () => {
  it('takes «Departementets vurdering» under «Høringsuttalelser og departementets vurdering» as reasons (Prop. 33 L 3.1, 3.3)', () => {
    const report = reports.get('supplerande-stonad-bortfall')!
    const added = changeAt(report, 'kap3/§10/ledd4')
    const sections = added.reasons.filter((r) => r.document === 'note').map((r) => r.noteSection)
    expect(sections).toContain('3.1')
    expect(sections).toContain('3.3')
    // What the consulted bodies said (3.2) stays out.
    expect(sections).not.toContain('3.2')
  })

  it('links a new section to the note heading that repeats its title (Prop. 129 L 3.1 «Klimamålet for 2035 …»)', () => {
    const report = reports.get('klimaloven-2035')!
    // «§ 4 skal lyde:» with «Nåværende §§ 4 til 7 blir § 5 til ny § 8»: § 4 «Klimamål for 2035» is a new section.
    const heading = report.diff.changes.find((c) => c.level === 'section' && c.kind === 'added' && c.proposed?.citation === '§ 4')!
    expect(report.regulation.proposed.children.flatMap((p) => [p, ...p.children]).find((p) => p.id === heading.proposed!.id)?.title).toBe('Klimamål for 2035')
    expect(heading.reasons.map((r) => r.noteSection)).toContain('3.1')
    // The rest of § 4 is then discussed by the note, not unexplained.
    const rest = report.diff.changes.filter((c) => c.sectionId.endsWith('/§4') && c !== heading).map((c) => c.id)
    const codes = report.diff.findings.filter((f) => f.changeIds.some((id) => rest.includes(id))).map((f) => f.code)
    expect(codes).not.toContain('unexplained-change')
  })
})
