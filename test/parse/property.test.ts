/**
 * Property test: any text built from the pieces real regulations are made of (headings, labels, marks,
 * notes, repeal lines, odd whitespace) parses without throwing, covers the file exactly once, has
 * unique ids, and parses the same way twice (with and without a cache).
 */
import fc from 'fast-check'
import type {Root} from 'mdast'
import {describe, expect, test} from 'vitest'
import {VFile} from 'vfile'
import {parseProvisions} from '../../src/parse/index.js'
import {invariantProblems} from './helpers.js'

const pieces = [
  '# Tittel', '## ', '#### ', '###### ', '§ ', '§§ ', '3-1', '12 a', '4', '3--', '. ', 'Personkrets', '(Opphevet)',
  'Kapittel 3. ', 'Kapittel IV – ', 'Del I', 'I', 'Artikkel 2. ', 'Vedlegg 1', '1. ', 'a. ', 'b) ', 'nr. 2 ', '- ', '  - ',
  '~~', '*', '**', '_', '`', '[lenke](x)', '<b>', '&amp;', '\\*', 'Deltakere kan få tilbud om', 'jf. § 4-2. Det er',
  'mv. Det', '1. juli 2025', '*Endret ved forskrift 31 jan 2025 nr. 117.*', '§ 3-6 oppheves.', '– – –', '> ', '| a | b |',
  '```', '---', 'tittel: x', '\n', '\n\n', '\r\n', ' ', '\t', '\u00a0', 'æøå', 'Tekst.'
]

const doc = fc.array(fc.constantFrom(...pieces), {maxLength: 80}).map((parts) => parts.join(''))

describe('parser properties', () => {
  test('never throws, lossless, unique ids, deterministic', () => {
    fc.assert(
      fc.property(doc, (text) => {
        const tree = parseProvisions(new VFile({path: 'x.md', value: text}))
        expect(invariantProblems(tree, text)).toEqual([])
        const cache = new Map<string, Root>()
        parseProvisions(new VFile({path: 'x.md', value: text}), {cache})
        const again = parseProvisions(new VFile({path: 'x.md', value: text}), {cache})
        expect(JSON.stringify(again)).toBe(JSON.stringify(tree))
      }),
      {numRuns: 400, seed: 20260623}
    )
  })
})
