/**
 * Every instruction form, each applied to a small current text (an excerpt of the IPS ung regulation,
 * verbatim) with the consolidated result and the messages checked against golden files that were read
 * and checked by hand. Error fixtures also prove that the other instructions in the proposal still apply.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {applyInstructions, generateInstructionsFromText, isInstructionForm} from '../../src/instructions/index.js'
import type {CaseMeta} from '../../src/types.js'
import type {ProvisionTree} from '../../src/types.js'

const ROOT = join(import.meta.dirname, '../fixtures/instructions')
const EMPTY: ProvisionTree = {path: 'current.md', frontmatter: null, title: null, children: [], repeals: [], outside: []}

interface Expected {
  entryIntoForce: string | null
  instructions: Array<{citation: string; action: string; applied: boolean; line: number; touched: string[]}>
  messages: Array<{line: number; column: number; ruleId: string; fatal: boolean | null; reason: string}>
}

function run(name: string): {result: ReturnType<typeof applyInstructions>; file: VFile} {
  const text = readFileSync(join(ROOT, name, 'current.md'), 'utf8')
  const file = new VFile({path: 'proposed.md', value: readFileSync(join(ROOT, name, 'proposed.md'), 'utf8')})
  return {result: applyInstructions({tree: EMPTY, text}, file), file}
}

const names = readdirSync(ROOT, {withFileTypes: true})
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()

describe('instruction fixtures', () => {
  it('covers every instruction form and every failure the issue names', () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'section-replace', 'ledd-replace', 'new-last-ledd', 'new-middle-ledd', 'new-section', 'repeal-section',
        'repeal-item-reletter', 'items', 'chapter-heading', 'substitute', 'new-sentence', 'sentences',
        'error-target-missing', 'error-text-not-found', 'error-new-ledd-ordinal', 'error-conflict'
      ])
    )
  })

  for (const name of names) {
    it(name, () => {
      const {result, file} = run(name)
      const expected = JSON.parse(readFileSync(join(ROOT, name, 'expected.json'), 'utf8')) as Expected
      expect(result.text).toBe(readFileSync(join(ROOT, name, 'expected.md'), 'utf8'))
      expect(result.entryIntoForce).toBe(expected.entryIntoForce)
      expect(
        result.instructions.map((i) => ({citation: i.citation, action: i.action, applied: i.applied, line: i.position.start.line, touched: i.touched}))
      ).toEqual(expected.instructions)
      expect(
        file.messages.map((m) => ({line: m.line, column: m.column, ruleId: m.ruleId, fatal: m.fatal ?? null, reason: m.reason}))
      ).toEqual(expected.messages.map((m) => ({...m, fatal: m.fatal ?? null})))
      for (const m of file.messages) expect(m.source).toBe('regdiff')
      // Errors exactly for the instructions that were not applied.
      const failedLines = result.instructions.filter((i) => !i.applied).map((i) => i.position.start.line)
      expect(file.messages.filter((m) => m.fatal === true).map((m) => m.line)).toEqual(failedLines)
      expect(isInstructionForm(String(file.value))).toBe(true)
    })
  }

  it('keeps the verbatim instruction text and its full span', () => {
    const {result, file} = run('repeal-item-reletter')
    const [instruction] = result.instructions
    expect(instruction?.text).toBe('§ 2-2 bokstav c oppheves. Nåværende bokstav d og e blir bokstav c og d.')
    expect(instruction?.renumbering).toEqual([
      {level: 'item', from: ['d', 'e'], to: ['c', 'd'], text: 'Nåværende bokstav d og e blir bokstav c og d.'}
    ])
    const source = String(file.value)
    expect(source.slice(instruction!.position.start.offset, instruction!.position.end.offset)).toBe(instruction!.text)
  })

  it('a failed instruction changes nothing: the text is what the applied ones alone give', () => {
    const {result} = run('error-conflict')
    const current = readFileSync(join(ROOT, 'error-conflict', 'current.md'), 'utf8')
    const only = new VFile({
      path: 'only.md',
      value:
        '§ 3-3 første ledd skal lyde:\n\nDet utarbeides en plan for oppfølgingen i samarbeid med deltakeren, helse- og omsorgstjenesten og jobbspesialisten.\n\n' +
        '§ 3-5 annet ledd skal lyde:\n\nTiltaket kan ha en varighet på inntil to år.\n'
    })
    expect(applyInstructions({tree: EMPTY, text: current}, only).text).toBe(result.text)
  })

  it('the generator writes each fixture\'s change back as an instruction that gives the same result', () => {
    const meta: CaseMeta = {
      id: 'x', title: 'x', regulationId: 'FOR-2023-06-20-1073', shortTitle: null, ministry: null, dates: {}, proposalForm: null, language: 'nb'
    }
    const written: Record<string, string[]> = {}
    for (const name of names.filter((n) => !n.startsWith('error-'))) {
      const current = readFileSync(join(ROOT, name, 'current.md'), 'utf8')
      const expected = readFileSync(join(ROOT, name, 'expected.md'), 'utf8')
      const generated = generateInstructionsFromText(current, expected, meta)
      const file = new VFile({path: 'generated.md', value: generated})
      expect(applyInstructions({tree: EMPTY, text: current}, file).text, name).toBe(expected)
      expect(file.messages.map(String), name).toEqual([])
      written[name] = generated.trimEnd().split('\n\n').slice(2).filter((b) => /^(?:I §|Ny §|§ [^.]*(?:skal|oppheves)|Nåværende|Overskriften)/.test(b))
    }
    expect(written['repeal-item-reletter']).toEqual(['§ 2-2 første ledd bokstav c oppheves. Nåværende bokstav d og e blir bokstav c og d.'])
    expect(written['repeal-section']).toEqual(['§ 3-6 oppheves.'])
    expect(written['new-last-ledd']).toEqual(['§ 3-5 nytt siste ledd skal lyde:'])
    expect(written['new-middle-ledd']).toEqual(['§ 3-6 nytt tredje ledd skal lyde:', 'Nåværende tredje og fjerde ledd blir nye fjerde og femte ledd.'])
    expect(written['new-section']).toEqual(['Ny § 3-7 skal lyde:'])
    expect(written['substitute']).toEqual(['I § 3-3 annet ledd skal «Arbeids- og velferdsetaten» lyde «Jobbspesialisten».'])
    expect(written['new-sentence']).toEqual([
      'I § 4-1 nytt annet punktum skal lyde: For personer som deltar i individuell jobbstøtte til unge (IPS ung), gjelder garantien også under opplæring og utdanning.'
    ])
  })
})
