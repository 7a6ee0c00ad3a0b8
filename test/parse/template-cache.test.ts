/**
 * A section body is built once per text and reused (src/parse/subtree.ts): the reused provisions must be
 * exactly what a fresh parse gives, also when the same body sits at another offset and line, under
 * another id, in another file, and with the messages it carries (list skips, duplicate items).
 */
import fc from 'fast-check'
import type {Root} from 'mdast'
import {describe, expect, test} from 'vitest'
import {VFile} from 'vfile'
import {parseProvisions} from '../../src/parse/index.js'

function parsed(text: string, cache?: Map<string, Root>, bodies?: Map<string, never>): string {
  const file = new VFile({path: 'x.md', value: text})
  const tree = parseProvisions(file, cache ? {cache, bodies: bodies ?? new Map()} : {})
  return JSON.stringify({tree, messages: file.messages.map((m) => [m.line, m.column, m.ruleId, m.reason])})
}

const bodies = [
  'Første ledd. Annet punktum.\n',
  'Deltakere kan få tilbud om\n\na. kurs\nb. praksis\nd. lønn\n',
  '- a. en\n- a. to\n- ~~b. tre~~\n',
  '- første strek\n- andre strek\n',
  '*Tiltaket kan også tilbys unge.* Det er frivillig.\n',
  '*Endret ved forskrift 31 jan 2025 nr. 117 (i kraft 1 juli 2025).*\n',
  '```\nkode\n```\n',
  '    innrykket kode\n',
  '(Opphevet)\n',
  'Tekst\u00a0med  to\tmellomrom.\n',
  '1. juli 2025 gjelder\n2. ledd\n'
]

// A document of sections whose labels may contain "/" (then ids are checked tree-wide).
const doc = fc
  .array(fc.record({label: fc.constantFrom('1', '2', '3', '3-1', '3/ledd1', '4 a'), body: fc.array(fc.constantFrom(...bodies), {maxLength: 3})}), {
    minLength: 1,
    maxLength: 6
  })
  .map((sections) => sections.map((s) => `## § ${s.label}. Tittel\n\n${s.body.join('\n')}\n`).join(''))

describe('section body templates', () => {
  test('a body reused at another place, id and file equals a fresh parse', () => {
    fc.assert(
      fc.property(doc, fc.constantFrom('', '# Tittel\n\n', '\uFEFF', '## Kapittel 1. Nytt\n\n'), (text, lead) => {
        const cache = new Map<string, Root>()
        const bodies = new Map<string, never>()
        expect(parsed(text, cache, bodies)).toBe(parsed(text))
        // The same bodies again, shifted and renumbered, and once more in the same file.
        const other = `${lead}## § 9. Ny\n\nNy paragraf.\n\n${text}${text.replaceAll('## § ', '## § 1')}`
        expect(parsed(other, cache, bodies)).toBe(parsed(other))
        expect(parsed(other, cache, bodies)).toBe(parsed(other))
      }),
      {numRuns: 300, seed: 20261123}
    )
  })
})
