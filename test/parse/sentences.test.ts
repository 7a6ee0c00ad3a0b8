import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {splitSentences} from '../../src/parse/sentences.js'
import {parseFile, walk} from './helpers.js'

const fixtures = join(import.meta.dirname, '../fixtures/parse')
const texts = (s: string): string[] => splitSentences(s).map((x) => x.text)

describe('splitSentences on the IPS ung texts', () => {
  // Every punktum of both texts, read and checked by hand (citation <TAB> wording).
  for (const name of ['ips-ung-current', 'ips-ung-proposed']) {
    test(`${name}: every sentence`, () => {
      const expected = readFileSync(join(fixtures, 'sentences', `${name}.tsv`), 'utf8').trimEnd().split('\n')
      const {tree} = parseFile(join(fixtures, name, 'input.md'))
      const actual = [...walk(tree.children)].filter((n) => n.kind === 'sentence').map((n) => `${n.citation}\t${n.text}`)
      expect(actual).toEqual(expected)
    })
  }

  test('the current text has 80 punktum, the proposal 27', () => {
    const count = (name: string): number =>
      [...walk(parseFile(join(fixtures, name, 'input.md')).tree.children)].filter((n) => n.kind === 'sentence').length
    expect(count('ips-ung-current')).toBe(80)
    expect(count('ips-ung-proposed')).toBe(27)
  })
})

describe('splitSentences rules', () => {
  test('does not split after abbreviations', () => {
    for (const abbr of ['jf.', 'bl.a.', 'nr.', 'f.eks.', 'kap.', 'pkt.', 'pr.', 'ca.', 'dvs.']) {
      const s = `Dette gjelder ${abbr} Arbeids- og velferdsetaten og andre.`
      expect(texts(s), abbr).toEqual([s])
    }
  })

  test('"mv.", "m.m.", "o.l.", "osv." do not split before a lower-case word or a name', () => {
    expect(texts('Tilskudd til reiser mv. gis etter søknad.')).toHaveLength(1)
    expect(texts('Kurs, reiser m.m. dekkes.')).toHaveLength(1)
    expect(texts('Utgifter til mat o.l. dekkes ikke.')).toHaveLength(1)
    expect(texts('Kurs, reiser osv. dekkes.')).toHaveLength(1)
    expect(texts('Samarbeid med helse- og omsorgstjenesten mv. NAV skal bistå.')).toHaveLength(1)
  })

  test('"mv." ends a sentence when an ordinary sentence follows', () => {
    expect(texts('Tilskudd gis til reiser mv. Det gis ikke til mat.')).toEqual(['Tilskudd gis til reiser mv.', 'Det gis ikke til mat.'])
  })

  test('dates, ordinals and section references followed by a lower-case word do not split', () => {
    expect(texts('Forskriften trer i kraft 1. juli 2025 og gjelder til 31. desember 2026.')).toHaveLength(1)
    expect(texts('Etter 4. ledd kan det gis unntak.')).toHaveLength(1)
    expect(texts('Vilkårene i § 4-2. annet ledd gjelder.')).toHaveLength(1)
    expect(texts('Forskrift 4. februar 2019 nr. 65 oppheves.')).toHaveLength(1)
  })

  test('a section reference ends a sentence when a new sentence follows', () => {
    expect(texts('Plikten følger av arbeidsmiljøloven § 4-2. Det er en forutsetning at den gjelder.')).toEqual([
      'Plikten følger av arbeidsmiljøloven § 4-2.',
      'Det er en forutsetning at den gjelder.'
    ])
    expect(texts('Oppfølgingen gis i henhold til § 3-2. Tiltaket kan forlenges.')).toHaveLength(2)
  })

  test('older spellings and period abbreviations', () => {
    expect(texts('Forskrift om losutdanning m.v. gjelder.')).toHaveLength(1)
    expect(texts('Ordningen gjelder f.o.m. Januar og t.o.m. Desember.')).toHaveLength(1)
    expect(texts('Tilskudd gis til reiser m.v. Det gis ikke til mat.')).toHaveLength(2)
  })

  test('nynorsk abbreviations', () => {
    expect(texts('Løyvet gjeld òg for andre dyr, t.d. Hest og sau.')).toHaveLength(1)
    expect(texts('Forskrifta gjeld m.a. Statskog. Ho gjeld ikkje for rein.')).toEqual(['Forskrifta gjeld m.a. Statskog.', 'Ho gjeld ikkje for rein.'])
  })

  test('question marks, exclamation marks, quotes and brackets', () => {
    expect(texts('Hva gjelder? «Det som står her.» (Se også § 3.) Slutt.')).toEqual(['Hva gjelder?', '«Det som står her.»', '(Se også § 3.)', 'Slutt.'])
  })

  test('offsets point into the text and leave out surrounding whitespace', () => {
    const text = '  Første punktum.   Annet punktum.  '
    const spans = splitSentences(text)
    expect(spans).toEqual([
      {text: 'Første punktum.', start: 2, end: 17},
      {text: 'Annet punktum.', start: 20, end: 34}
    ])
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text)
  })

  test('blank text has no sentences; text without a full stop is one', () => {
    expect(splitSentences('   ')).toEqual([])
    expect(texts('Deltakere kan få tilbud om')).toEqual(['Deltakere kan få tilbud om'])
  })
})
