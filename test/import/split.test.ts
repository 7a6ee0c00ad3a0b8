/** Which heading is the proposal chapter: the three phrasings (bokmål and nynorsk), never the title. */
import {describe, expect, it} from 'vitest'
import {markdownBlocks} from '../../src/import/convert.js'
import {splitNote} from '../../src/import/split.js'

const note = (heading: string, body: string): string =>
  `# Høringsnotat – forslag til endringer i forskrift om arbeidsmarkedstiltak\n\n## 1. Innledning\n\nDepartementet foreslår at § 3-6 oppheves.\n\n## ${heading}\n\n${body}\n`

describe('splitting a note', () => {
  it.each([
    ['6. Forslag til endringer i forskrift om oppfølgingstiltak', '§ 3-1. Personkrets\n\nTekst.', 'partial'],
    ['5. Utkast til forskrift om endring i tiltaksforskriften', 'I forskrift 11. desember 2015 nr. 1598 gjøres følgende endringer:\n\n§ 5-3 første ledd skal lyde:\n\nTekst.', 'instructions'],
    ['7. Forslag til lov om endringar i språklova', '§ 8 første ledd skal lyde:\n\nTekst.', 'instructions']
  ])('finds «%s» and reads its form', (heading, body, form) => {
    const split = splitNote(markdownBlocks(note(heading, body)))!
    expect(split.heading).toBe(heading)
    expect(split.proposed.startsWith(`# ${heading}\n`)).toBe(true)
    expect(split.note).not.toContain(heading)
    expect(split.form).toBe(form)
    expect(split.unstatedRepeals.map((r) => r.label)).toEqual(['3-6'])
  })

  it('does not take the note\'s own title for the proposal chapter', () => {
    expect(splitNote(markdownBlocks('# Forslag til endringer i forskrift om arbeidsmarkedstiltak\n\n## 1. Innledning\n\nTekst.\n'))).toBeNull()
  })

  it('does not warn about a repeal the proposal states', () => {
    const split = splitNote(markdownBlocks(note('6. Forslag til endringer i forskrift om oppfølgingstiltak', '§ 3-6 oppheves.')))!
    expect(split.unstatedRepeals).toEqual([])
  })
})
