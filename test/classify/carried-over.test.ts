import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {carriedOver, carriedOverIndexed, indexSentences, indexSentencesByStem, sentencesOf} from '../../src/classify/carried-over.js'

import {createStemmer} from '../../src/grammar/stem.js'

// The index keeps stems as numbers in flat arrays and shares entries by stem list: it must answer as
// the plain scan over each side's sentences (split by the grammar's splitter) does.
const stemmer = createStemmer()

const before = [
  'Deltakeren må ha fylt 16 år. Tiltaket varer inntil ett år.\u00a0Søknaden sendes Nav-kontoret.',
  'Straße und Größe: Übergangsregeln gjelder. Łódź-avtalen § 3-2 gjelder ikke.',
  'Εφαρμογή ΟΔΟΣ. Σε ΙΣΤΑΝΜΠΟΥΛ İstanbul-ordningen gjelder fra 1. januar.',
  '\u2003 Tiltaket 𝐀𝐁𝐂 gjelder bare for deltakere under 30 år.  (Se også § 4.) «Ny» tekst.',
  'Kommunen skal tilby oppfølging. Departementet kan gi forskrift om gjennomføringen.'
]
const after = [
  'Tiltaket varer inntil ett år. Deltakeren må ha fylt 18 år.',
  'Straße und Größe: Übergangsregeln gjelder fortsatt. Łódź-avtalen § 3-2 gjelder ikke.',
  'Σε ΙΣΤΑΝΜΠΟΥΛ İstanbul-ordningen gjelder fra 1. januar.',
  'Tiltaket 𝐀𝐁𝐂 gjelder bare for deltakere under 30 år. «Ny» tekst.',
  'Fylkeskommunen skal tilby oppfølging og veiledning. Departementet kan gi forskrift om gjennomføringen.'
]

describe('carried-over index', () => {
  it('answers as the scan over every sentence of the other side', () => {
    const index = indexSentencesByStem([before, after], stemmer)
    const sides = [indexSentences(before.flatMap(sentencesOf), stemmer), indexSentences(after.flatMap(sentencesOf), stemmer)]
    const sentences = [...before, ...after].flatMap(sentencesOf)
    let matches = 0
    for (const sentence of sentences) {
      const words = sentence.split(/\s+/)
      // Evidence: single words, runs of words and the whole sentence.
      const pieces = [sentence, ...words, ...words.slice(1).map((w, k) => `${words[k]} ${w}`), words.slice(0, 3).join(' ')]
      for (const evidence of pieces) {
        for (const side of [0, 1]) {
          const expected = carriedOver(evidence, sentence, sides[side]!, stemmer)
          if (expected) matches++
          expect(carriedOverIndexed(evidence, sentence, index, side), `${side} ${evidence} | ${sentence}`).toBe(expected)
        }
      }
    }
    // Both answers occur.
    expect(matches).toBeGreaterThan(10)
  })
})

describe('carried-over index on generated texts', () => {
  // Sentences end in the same pass that reads the words, and entries are shared by stem list: any
  // text must still answer as the scan does.
  const piece = fc.constantFrom(
    'Tiltak', 'tiltaket', 'deltakeren', 'Nav', 'skal', 'kan', '16', 'år', 'ØKT', 'Σ', 'İ', '𝐀𝐁', 'é', 'straße',
    '.', '!', '?', ':', ',', '«', '»', '(', ')', '§', ' ', ' ', '  ', '\n', '\u00a0', '\u2028', '\t'
  )
  const text = fc.array(piece, {maxLength: 40}).map((parts) => parts.join(''))
  it('answers as the scan over every sentence of the other side', () => {
    fc.assert(
      fc.property(fc.array(text, {maxLength: 4}), fc.array(text, {maxLength: 4}), (a, b) => {
        const index = indexSentencesByStem([a, b], stemmer)
        const sides = [indexSentences(a.flatMap(sentencesOf), stemmer), indexSentences(b.flatMap(sentencesOf), stemmer)]
        for (const sentence of [...a, ...b].flatMap(sentencesOf)) {
          const words = sentence.split(/\s+/)
          for (const evidence of [sentence, ...words, words.slice(0, 2).join(' ')]) {
            for (const side of [0, 1]) expect(carriedOverIndexed(evidence, sentence, index, side)).toBe(carriedOver(evidence, sentence, sides[side]!, stemmer))
          }
        }
      }),
      {numRuns: 500}
    )
  })
})
