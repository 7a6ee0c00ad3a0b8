/**
 * The 2026-12-08 linking round (test/fixtures/real/README.md): a chapter about the section of a sole change,
 * the one change of a proposal taking reasons from the whole note, and nynorsk words read as bokmål.
 * Measured on real cases of the development part (sentralbankloven 2026 § 3-8, supplerande stønad § 10).
 */
import {beforeAll, describe, expect, it} from 'vitest'
import {runCase} from '../../src/index.js'
import {createStemmer} from '../../src/grammar/stem.js'
import {bridgeNynorsk} from '../../src/link/nynorsk.js'
import {createTerms} from '../../src/link/terms.js'
import type {Report} from '../../src/types.js'
import {caseDir} from './real-cases.js'

const reports = new Map<string, Report>()

beforeAll(async () => {
  for (const name of ['sentralbankloven-2026', 'supplerande-stonad-bortfall']) {
    const result = await runCase(caseDir(name), {formats: [], lang: 'nb'})
    expect(result.ok, name).toBe(true)
    reports.set(name, result.report!)
  }
}, 60_000)

const changeAt = (report: Report, id: string) => report.diff.changes.find((c) => c.proposed?.id === id || c.current?.id === id)!
const noteHeadings = (report: Report, id: string): string[] => changeAt(report, id).reasons.filter((r) => r.document === 'note').map((r) => r.heading)

describe('a chapter about the section of a sole change', () => {
  it('gives § 3-8 annet ledd the reasons of chapter 7 whose «Gjeldende rett» quotes § 3-8, and not the «Gjeldende rett» itself', () => {
    const headings = noteHeadings(reports.get('sentralbankloven-2026')!, 'kap3/§3-8/ledd2')
    expect(headings).toContain('7.1 Innledning og bakgrunn')
    expect(headings).toContain('7.3 Forslaget i høringsnotatet')
    expect(headings).not.toContain('7.2 Gjeldende rett')
    // Nothing from the chapters about other sections.
    expect(headings.every((h) => h.startsWith('7'))).toBe(true)
  })

  it('reads 7.3\'s «i 2010 kom inn en presisering i da gjeldende § 18» as history, not as a claim about § 3-8 annet ledd', () => {
    const report = reports.get('sentralbankloven-2026')!
    const id = changeAt(report, 'kap3/§3-8/ledd2').id
    expect(report.diff.findings.filter((f) => f.code === 'claim-vs-effect' && f.changeIds.includes(id))).toEqual([])
  })

  it('gives the other changes of the act nothing from chapter 7', () => {
    const report = reports.get('sentralbankloven-2026')!
    for (const id of ['kap1/§1-11/ledd1/pkt1', 'kap5/§5-3/ledd2/bokstav-d']) {
      expect(noteHeadings(report, id).filter((h) => h.startsWith('7')), id).toEqual([])
    }
  })
})

describe('the one change of a proposal', () => {
  it('takes the nynorsk § 10 fjerde ledd to the bokmål introduction that states the problem (supplerande stønad 2.1)', () => {
    const headings = noteHeadings(reports.get('supplerande-stonad-bortfall')!, 'kap3/§10/ledd4')
    expect(headings).toContain('2.1 Innledning')
    // What the consulted bodies said is still no reason.
    expect(headings.some((h) => h.startsWith('3.2'))).toBe(false)
  })
})

describe('nynorsk words read as bokmål', () => {
  it('makes «ektemaken», «fell» and «stønadstakaren» meet «ektefellen», «faller» and «stønadsmottakeren»', () => {
    const stemmer = createStemmer()
    const lex = bridgeNynorsk(createTerms(stemmer), stemmer)
    expect(lex.terms('stønadstakaren eller ektemaken fell')).toEqual(lex.terms('stønadsmottakeren eller ektefellen faller'))
    // Words that are the same in both stay as they are, and a text read twice gives the same terms.
    expect(lex.terms('formue over grensa')).toEqual(lex.terms('formue over grensen'))
    expect(lex.terms('formue')).toEqual(createTerms(stemmer).terms('formue'))
  })
})
