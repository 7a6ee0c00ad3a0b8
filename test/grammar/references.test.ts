/**
 * Citations in running text (src/grammar/references.ts), on sentences of the real notes and regulations in
 * ../shared/cases: the group of sections, the act named before or after it, the levels written before it.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {CORPUS, SHARED} from '../helpers/shared.js'
import {blankSectionNumbers, citedSectionLabel, readDatedActs, readItemNumbers, readTextCitations, type TextCitation} from '../../src/grammar/references.js'

const read = (path: string): string => readFileSync(join(SHARED, 'cases', path), 'utf8')

function one(text: string): TextCitation {
  const found = readTextCitations(text)
  expect(found).toHaveLength(1)
  return found[0]!
}

/** The sentence of a real document that holds `needle` (so the test reads the document's own wording). */
function sentenceWith(path: string, needle: string): string {
  const text = read(path).replace(/\s+/g, ' ')
  const at = text.indexOf(needle)
  expect(at, `${needle} in ${path}`).toBeGreaterThanOrEqual(0)
  const start = Math.max(text.lastIndexOf('. ', at) + 2, 0)
  const end = text.indexOf('. ', at + needle.length)
  return text.slice(start, end < 0 ? undefined : end + 1)
}

const IPS_NOTE = 'ips-ung/hoeringsnotat-ips-ung-2026.txt'

describe('the act named with a citation, in the case documents', () => {
  it('a dated regulation with its title before the §', () => {
    const text = sentenceWith('tiltak-2025/proposed.md', 'forskrift 12. august 2016 nr. 974 om offentlige anskaffelser § 3-3')
    const c = readTextCitations(text).find((x) => x.sections[0]?.section === '3-3')!
    expect(c.actBefore).toMatchObject({name: 'forskrift 12. august 2016 nr. 974', title: 'om offentlige anskaffelser', dated: true})
    expect(text.slice(c.actBefore!.start, c.end)).toBe('forskrift 12. august 2016 nr. 974 om offentlige anskaffelser § 3-3')
  })

  it('a short title in parentheses after a dated act: «(arbeidsmarkedsloven) § 12»', () => {
    const text = sentenceWith(IPS_NOTE, '(arbeidsmarkedsloven) § 12')
    const c = readTextCitations(text).find((x) => x.sections[0]?.section === '12')!
    expect(c.actBefore).toMatchObject({name: 'arbeidsmarkedsloven', dated: false})
  })

  it('an earlier text: «i da gjeldende § 18» (sentralbankloven note)', () => {
    const text = sentenceWith('unseen-dev/sentralbankloven-2026/note.md', 'da gjeldende § 18')
    const c = readTextCitations(text).find((x) => x.sections[0]?.section === '18')!
    expect(c.earlier).toBe('da gjeldende')
    expect(c.actBefore).toBeNull()
  })

  it('the preposition «i» after a section number is not a section letter: «etter § 6 i løpet av» (nynorsk proposal)', () => {
    const text = sentenceWith('unseen-dev/supplerande-stonad-bortfall/proposed.md', 'etter § 6 i løpet av')
    expect(readTextCitations(text).map((c) => c.sections.map((s) => s.section))).toContainEqual(['6'])
    expect(one('jf. § 15 første ledd i fjellova.').actAfter).toMatchObject({name: 'fjellova'})
    expect(one('etter § 3 i denne forskrifta.').actAfter).toMatchObject({name: 'denne forskrifta'})
    expect(one('se § 14 i lov 17. juli 1925 nr. 11 om Svalbard').actAfter).toMatchObject({name: 'lov 17. juli 1925 nr. 11', dated: true})
  })

  it('an act named by its title: «lov om Statens pensjonsfond § 7» (sentralbankloven proposal)', () => {
    const text = sentenceWith('unseen-dev/sentralbankloven-2026/proposed.md', 'lov om Statens pensjonsfond § 7 tredje ledd')
    const c = readTextCitations(text).find((x) => x.sections[0]?.section === '7')!
    expect(c.actBefore).toMatchObject({name: 'lov om Statens pensjonsfond', titled: true})
    expect(text.slice(c.actBefore!.start, c.end)).toBe('lov om Statens pensjonsfond § 7 tredje ledd annet og tredje punktum')
    // A title that ends in a clause word is no act: «forskrift om tiltak … at vilkåra i § 4».
    expect(one('forskrift om tiltak med sikte på å kontrollere at vilkåra i § 4 er oppfylte').actBefore).toBeNull()
  })

  it('a title that runs into a new clause is not the act of the § after it', () => {
    expect(one('etter lov 10. desember 2004 nr. 76 om arbeidsmarkedstjenester og foreslår at § 3-5 justeres').actBefore).toBeNull()
  })
})

describe('groups, ranges and levels', () => {
  it('«§§ 3-1 til 3-5» (IPS ung note) and «§§ 14 til 17» (dagligvaretilsynet note) are ranges', () => {
    const ips = readTextCitations(sentenceWith(IPS_NOTE, 'viser til §§ 3-1 til 3-5')).find((c) => c.plural)!
    expect(ips.ranges).toEqual([['3-1', '3-5']])
    expect(ips.sections.map((s) => s.section)).toEqual(['3-1', '3-5'])
    const dagligvare = readTextCitations(sentenceWith('unseen-dev/dagligvare-tilsyn/note.md', '§§ 14 til 17')).find((c) => c.plural)!
    expect(dagligvare.ranges).toEqual([['14', '17']])
  })

  it('levels written before the § («se forslag til nytt siste ledd i § 3-1»), outer level first', () => {
    const c = one(sentenceWith(IPS_NOTE, 'se forslag til nytt siste ledd i § 3-1'))
    expect(c.levelsBefore?.levels).toEqual([{unit: 'ledd', values: ['siste'], isNew: true}])
    expect(one('annet punktum i første ledd i § 3-2').levelsBefore?.levels.map((l) => `${l.unit} ${l.values}`)).toEqual(['ledd 1', 'punktum 2'])
    expect(one('Det foreslås et nytt punktum i § 2-3 som').partBefore).toMatchObject({kind: 'punktum', isNew: true})
  })

  it('a bare number continues only «§§» or a chapter-form label', () => {
    expect(one('jf. § 4 og 7 personer').sections.map((s) => s.section)).toEqual(['4'])
    expect(one('§ 3-1 og 3-2 gjelder').sections.map((s) => s.section)).toEqual(['3-1', '3-2'])
    expect(one('§ 7 tredje ledd annet og tredje punktum').sections[0]!.levels.map((l) => `${l.unit} ${l.values}`)).toEqual(['ledd 3', 'punktum 2,3'])
  })

  it('every § of the 19 Lovdata sample documents starts a citation (1,700 and more)', () => {
    let total = 0
    const unread: string[] = []
    for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md')) {
      const text = readFileSync(join(CORPUS, file), 'utf8')
      const covered = readTextCitations(text).map((c) => [c.at, c.end] as const)
      for (const m of text.matchAll(/§/gu)) {
        total++
        if (!covered.some(([s, e]) => s <= m.index && m.index < e)) unread.push(`${file}:${m.index} ${text.slice(m.index, m.index + 40)}`)
      }
    }
    expect(total).toBeGreaterThan(1700)
    expect(unread).toEqual([])
  })

  it('every § of the three unseen notes starts a citation', () => {
    for (const name of ['dagligvare-tilsyn', 'sentralbankloven-2026', 'supplerande-stonad-bortfall']) {
      const text = read(`unseen-dev/${name}/note.md`)
      const signs = [...text.matchAll(/§/g)].map((m) => m.index)
      const covered = readTextCitations(text).map((c) => [c.at, c.end] as const)
      expect(signs.filter((at) => !covered.some(([s, e]) => s <= at && at < e)), name).toEqual([])
    }
  })
})

describe('citations without a section, and section numbers in words', () => {
  it('dated acts, item numbers, and section numbers blanked for word matching', () => {
    expect(readDatedActs('jf. forskrift 14. desember 2016 nr. 1578 og Forskrift 1. mars 2020 nr. 5').map((d) => d.text)).toEqual([
      'forskrift 14. desember 2016 nr. 1578',
      'Forskrift 1. mars 2020 nr. 5'
    ])
    expect(readItemNumbers('i medhold av nr. 1, ikke 2016 nr. 974 eller (EU) nr. 923/2012').map((n) => n.number)).toEqual(['1'])
    expect(blankSectionNumbers('etter §§ 3-1 til 3-5 og § 12 a gjelder')).toBe('etter   og   gjelder')
    expect(citedSectionLabel('12A')).toBe('12 a')
  })
})

describe('on any text', () => {
  // Pieces of legal wording in any order: whatever they make, every citation starts at a «§», lies inside
  // the text and after the one before, and its levels and act words lie inside the text too.
  const pieces = ['§', '§§', ' ', '3-1', '12 a', ' i ', ' til ', ' og ', ', ', 'første ledd', 'bokstav c', 'nr. 2', 'lov 16. juni 2006 nr. 20',
    'om arbeid', 'arbeidsmiljøloven', 'denne forskriften', 'nytt', 'annet punktum', 'da gjeldende', '(', ')', '.', 'jf.', 'Grl.', 'lov om fond']
  it('never throws, and gives ordered citations at «§» signs within the text', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 40}), (parts) => {
      const text = parts.join('')
      let end = 0
      for (const c of readTextCitations(text)) {
        expect(text[c.at]).toBe('§')
        expect(c.at).toBeGreaterThanOrEqual(end)
        expect(c.end).toBeLessThanOrEqual(text.length)
        for (const part of [c.actBefore, c.actAfter]) if (part) expect(part.start >= 0 && part.end <= text.length && part.start < part.end).toBe(true)
        if (c.levelsBefore) expect(c.levelsBefore.start).toBeLessThan(c.at)
        end = c.actAfter ? c.actAfter.end : c.end
      }
    }), {numRuns: 500})
  })
})

