/** Bad and hostile input: never a throw, always a message with a position, nothing else lost. */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {applyInstructions, generateInstructionsFromText} from '../../src/instructions/index.js'
import type {ProvisionTree} from '../../src/types.js'

const EMPTY: ProvisionTree = {path: 'current.md', frontmatter: null, title: null, children: [], repeals: [], outside: []}
const REG = join(import.meta.dirname, '../../regulations')
const tiltakCurrent = readFileSync(join(REG, 'tiltak-2025/current.md'), 'utf8')
const tiltakProposed = readFileSync(join(REG, 'tiltak-2025/proposed.md'), 'utf8')

function run(current: string, proposed: string) {
  const file = new VFile({path: 'proposed.md', value: proposed})
  return {result: applyInstructions({tree: EMPTY, text: current}, file), file}
}

describe('hostile input', () => {
  it('an empty proposal changes nothing and says so', () => {
    const {result, file} = run(tiltakCurrent, '')
    expect(result.text).toBe(tiltakCurrent)
    expect(result.instructions).toEqual([])
    expect(file.messages.map((m) => [m.ruleId, m.line, m.column, m.fatal])).toEqual([['instruction-none', 1, 1, false]])
  })

  it('a consolidated text given as instructions: every section printed in full is read as its own wording, no change', () => {
    const {result, file} = run(tiltakCurrent, tiltakCurrent)
    expect(result.text).toBe(tiltakCurrent)
    expect(file.messages.filter((m) => m.fatal === true)).toEqual([])
    expect(result.instructions.map((i) => i.citation)).toEqual(['§ 5-2', '§ 5-3', '§ 5-4', '§ 7-3', '§ 7-6'])
    expect(result.instructions.every((i) => i.applied)).toBe(true)
  })

  it('prose that is neither an instruction nor wording of one is an error at its line (nothing silently lost)', () => {
    const {result, file} = run(tiltakCurrent, 'Vi foreslår å endre reglene om lønnstilskudd.\n\n§ 5-2 oppheves.\n')
    expect(result.instructions.map((i) => i.applied)).toEqual([true])
    expect(file.messages.map((m) => [m.ruleId, m.line, m.fatal])).toEqual([['instruction-unrecognised', 1, true]])
  })

  it('CRLF line ends in both files', () => {
    const crlf = (t: string): string => t.replace(/\n/g, '\r\n')
    const {result, file} = run(crlf(tiltakCurrent), crlf(tiltakProposed))
    expect(file.messages.map(String)).toEqual([])
    expect(result.instructions.every((i) => i.applied)).toBe(true)
    const {result: lf} = run(tiltakCurrent, tiltakProposed)
    // Same wording; the new text keeps the proposal's line ends.
    expect(result.text.replace(/\r/g, '')).toBe(lf.text)
  })

  it('an instruction whose new wording is missing is an error at the instruction; the rest applies', () => {
    const {result, file} = run(tiltakCurrent, '§ 5-2 skal lyde:\n\n§ 7-3 oppheves.\n')
    expect(file.messages.map((m) => [m.ruleId, m.line, m.fatal])).toEqual([['instruction-body-missing', 1, true]])
    expect(result.text).toContain('### § 7-3. (Opphevet)')
    expect(result.text).toContain('Mentoren kan gi praktisk bistand')
  })

  it('never throws on arbitrary text, and every message has a position inside the proposal', () => {
    const piece = fc.oneof(
      fc.string({maxLength: 40}),
      fc.constantFrom(
        '§ 5-2 skal lyde:', '§ 5-3 første ledd skal lyde:', 'Ny § 5-9 skal lyde:', '§ 7-6 nytt siste ledd skal lyde:',
        '§ 7-3 tredje ledd oppheves.', '§ 5-3 bokstav c oppheves. Nåværende bokstav d blir bokstav c.', 'I § 5-4 skal «inntil» lyde «opptil».',
        'I § 5-4 nytt annet punktum skal lyde: Ny setning.', '§ 5-2. Innhold', 'II', 'Forskriften trer i kraft 1. august 2025.',
        'Nåværende tredje ledd blir nytt fjerde ledd.', '§ 99 a skal lyde:', '«', '»', '#### § 5-2.', '- a. punkt', '~~x~~', '\u0000', '\r', '\t'
      )
    )
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 14}), fc.constantFrom('\n', '\n\n', ' ', '\r\n'), (pieces, sep) => {
        const proposed = pieces.join(sep)
        const {result, file} = run(tiltakCurrent, proposed)
        expect(typeof result.text).toBe('string')
        for (const m of file.messages) {
          expect(m.source).toBe('regdiff')
          expect(m.place && 'start' in m.place ? m.place.end.offset! <= proposed.length : false).toBe(true)
        }
        // Whatever was not applied has an error at its line, and no fault is regdiff's own.
        const errorLines = new Set(file.messages.filter((m) => m.fatal === true).map((m) => m.line))
        for (const i of result.instructions) if (!i.applied) expect(errorLines.has(i.position.start.line)).toBe(true)
        expect(file.messages.filter((m) => m.ruleId === 'instruction-internal-error').map(String)).toEqual([])
      }),
      {numRuns: 400, seed: 7}
    )
  })

  it('generation never throws on arbitrary pairs of texts, and what it writes applies cleanly to sections', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 200}), fc.string({maxLength: 200}), (a, b) => {
        const text = generateInstructionsFromText(a, b, {id: 'x', title: 'x', regulationId: null, shortTitle: null, ministry: null, dates: {}, proposalForm: null, language: 'nb'})
        expect(text.startsWith('# Forskrift om endring i forskrift')).toBe(true)
      }),
      {numRuns: 300, seed: 11}
    )
  })
})

describe('renumbered sections', () => {
  it('«Nåværende § 7-6 blir § 7-5» chained after a repeal is its own instruction and gives the section its new number', () => {
    const {result, file} = run(tiltakCurrent, '§ 7-3 oppheves. Nåværende § 7-6 blir § 7-5.\n')
    expect(result.instructions.map((i) => [i.action, i.applied])).toEqual([['repeal', true], ['renumber', true]])
    expect(file.messages).toEqual([])
    expect(result.text).toContain('### § 7-5. Anskaffelse')
    expect(result.text).not.toContain('### § 7-6.')
    expect(result.instructions[1]?.touched).toEqual(['kap7/§7-5', 'kap7/§7-6'])
  })

  it('a renumbering onto a section that exists is refused', () => {
    const {result, file} = run(tiltakCurrent, 'Nåværende § 7-6 blir § 7-3.\n')
    expect(result.instructions[0]?.applied).toBe(false)
    expect(file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['instruction-target-exists', true]])
    expect(result.text).toBe(tiltakCurrent)
  })
})
