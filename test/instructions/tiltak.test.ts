/**
 * tiltak-2025: the adopted amending regulation FOR-2025-07-30-1575 applied to the wording in force the day
 * before. The result must read, section by section, exactly as the adopted text prints it.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {diffTrees} from '../../src/diff/index.js'
import {applyInstructions, attachInstructions, isInstructionForm} from '../../src/instructions/index.js'
import {parseProvisions} from '../../src/parse/index.js'
import {SHARED as SHARED_ROOT} from '../helpers/shared.js'

const CASE = join(import.meta.dirname, '../../regulations/tiltak-2025')
const SHARED = join(SHARED_ROOT, 'cases', 'tiltak-2025')
const currentText = readFileSync(join(CASE, 'current.md'), 'utf8')
const proposedText = readFileSync(join(CASE, 'proposed.md'), 'utf8')
const adopted = readFileSync(join(SHARED, 'adopted-FOR-2025-07-30-1575-and-1576.txt'), 'utf8')

/** Non-empty lines of the adopted text between two markers (independent of the instruction grammar). */
function adoptedLines(from: string, to: string): string[] {
  const part = adopted.slice(adopted.indexOf('=== FOR-2025-07-30-1575'), adopted.indexOf('=== FOR-2025-07-30-1576'))
  const start = part.indexOf(from)
  const end = part.indexOf(to, start + from.length)
  expect(start).toBeGreaterThanOrEqual(0)
  expect(end).toBeGreaterThan(start)
  return part
    .slice(start + from.length, end)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
}

/** Non-empty lines of one section of a Markdown text, heading without its `#`. */
function sectionLines(text: string, label: string): string[] {
  const lines = text.split('\n')
  const start = lines.findIndex((l) => new RegExp(`^#+ § ${label}\\.`).test(l))
  expect(start).toBeGreaterThanOrEqual(0)
  const rest = lines.slice(start + 1)
  const end = rest.findIndex((l) => /^#/.test(l))
  return [lines[start]!.replace(/^#+ /, ''), ...(end < 0 ? rest : rest.slice(0, end))].filter((l) => l.trim() !== '')
}

function apply() {
  const current = parseProvisions(new VFile({path: 'current.md', value: currentText}))
  const file = new VFile({path: 'proposed.md', value: proposedText})
  return {current, file, result: applyInstructions({tree: current, text: currentText}, file)}
}

describe('tiltak-2025 (FOR-2025-07-30-1575)', () => {
  it('is detected as instruction form; the current text is not', () => {
    expect(isInstructionForm(proposedText)).toBe(true)
    expect(isInstructionForm(currentText)).toBe(false)
  })

  it('applies every instruction without a message and finds the entry-into-force date', () => {
    const {file, result} = apply()
    expect(file.messages.map(String)).toEqual([])
    expect(result.entryIntoForce).toBe('2025-08-01')
    expect(result.instructions.map((i) => [i.citation, i.action, i.applied, i.part])).toEqual([
      ['§ 5-2', 'replace', true, 'I'],
      ['§ 5-3 første ledd', 'replace', true, 'I'],
      ['§ 5-4', 'replace', true, 'I'],
      ['§ 7-3', 'replace', true, 'I'],
      ['§ 7-6 nytt siste ledd', 'insert', true, 'I']
    ])
    // Ids as the parser gives them for the consolidated text.
    expect(result.instructions.map((i) => i.touched)).toEqual([
      ['kap5/§5-2'], ['kap5/§5-3/ledd1'], ['kap5/§5-4'], ['kap7/§7-3'], ['kap7/§7-6/ledd4']
    ])
  })

  it('gives exactly the sections of the adopted text', () => {
    const {result} = apply()
    const text = result.text
    expect(sectionLines(text, '5-2')).toEqual(adoptedLines('§ 5-2 skal lyde:', '§ 5-3 første ledd skal lyde:'))
    expect(sectionLines(text, '5-4')).toEqual(adoptedLines('§ 5-4 skal lyde:', '§ 7-3 skal lyde:'))
    expect(sectionLines(text, '7-3')).toEqual(adoptedLines('§ 7-3 skal lyde:', '§ 7-6 nytt siste ledd skal lyde:'))
    // § 5-3: new first ledd from the amendment, second ledd (without its final full stop) as before.
    const before53 = sectionLines(currentText, '5-3')
    expect(sectionLines(text, '5-3')).toEqual([
      '§ 5-3. Personkrets',
      ...adoptedLines('§ 5-3 første ledd skal lyde:', '§ 5-4 skal lyde:'),
      before53[2]
    ])
    // § 7-6: the three ledd in force, then the new last ledd.
    expect(sectionLines(text, '7-6')).toEqual([
      ...sectionLines(currentText, '7-6'),
      ...adoptedLines('§ 7-6 nytt siste ledd skal lyde:', '\nII')
    ])
  })

  it('leaves everything outside the amended sections byte for byte', () => {
    const {result} = apply()
    const head = currentText.slice(0, currentText.indexOf('### § 5-2'))
    expect(result.text.startsWith(head)).toBe(true)
    expect(result.text.includes('## Kapittel 7. Opplæring\n\n### § 7-3. Personkrets\n\n')).toBe(true)
    expect(result.text.endsWith('§ 3-3.\n')).toBe(true)
  })

  it('attaches each change of the diff to the instruction that made it', () => {
    const {current, result} = apply()
    const consolidated = parseProvisions(new VFile({path: 'proposed.md', value: result.text}))
    const diff = diffTrees(current, consolidated, {form: 'instructions', currentText, proposedText: result.text})
    const attached = attachInstructions(diff, result.instructions)
    expect(attached.changes.length).toBeGreaterThan(0)
    for (const change of attached.changes) {
      expect(change.instruction, `${change.id} ${change.current?.id ?? change.proposed?.id}`).not.toBeNull()
      const section = (change.current ?? change.proposed)!.id.split('/')[1]!
      // The instruction named the same section as the change.
      expect(change.instruction!.text.startsWith(section.replace('§', '§ ')) || change.instruction!.text.includes(section.replace('§', '§ '))).toBe(true)
    }
    const newLedd = attached.changes.find((c) => c.proposed?.id === 'kap7/§7-6/ledd4')
    expect(newLedd?.instruction?.text.startsWith('§ 7-6 nytt siste ledd skal lyde:')).toBe(true)
    expect(newLedd?.instruction?.position.start.line).toBe(35)
    // The input diff is not changed.
    expect(diff.changes.every((c) => c.instruction === null)).toBe(true)
  })

  it('on the raw adopted text (both regulations, extraction headers): applies what it can, reports the rest', () => {
    const file = new VFile({path: 'adopted.txt', value: adopted})
    const current = parseProvisions(new VFile({path: 'current.md', value: currentText}))
    const result = applyInstructions({tree: current, text: currentText}, file)
    const {result: clean} = apply()
    // § 1-3 is not in the excerpt: an error at its line; FOR-2025-07-30-1576 amends another regulation.
    // The extraction's own headers are not instructions: errors at their lines, so nothing is silently dropped.
    const errors = file.messages.filter((m) => m.fatal === true)
    expect(errors.map((m) => [m.ruleId, m.line])).toEqual([
      ['instruction-unrecognised', 1], ['instruction-unrecognised', 3], ['instruction-target-missing', 8], ['instruction-unrecognised', 39]
    ])
    const other = file.messages.filter((m) => m.ruleId === 'instruction-other-regulation')
    expect(other.map((m) => m.line)).toEqual([44, 51])
    expect(file.messages.filter((m) => m.ruleId === 'instruction-unrecognised').map((m) => m.line)).toEqual([1, 3, 39])
    // Messages come in document order.
    expect(file.messages.map((m) => m.line)).toEqual([...file.messages.map((m) => m.line)].sort((a, b) => (a ?? 0) - (b ?? 0)))
    // Everything else applies as from the clean proposal. The extraction has no blank lines between
    // the ledd of § 7-3, so in Markdown they read as one paragraph: same wording, other layout.
    for (const label of ['5-2', '5-3', '5-4', '7-6']) expect(sectionLines(result.text, label)).toEqual(sectionLines(clean.text, label))
    const flat = (lines: string[]): string => lines.join(' ')
    expect(flat(sectionLines(result.text, '7-3'))).toBe(flat(sectionLines(clean.text, '7-3')))
    expect(result.entryIntoForce).toBe('2025-08-01')
  })
})
