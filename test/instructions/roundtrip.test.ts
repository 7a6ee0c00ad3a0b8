/**
 * consolidated → instructions → consolidated, byte for byte: on IPS ung (its partial proposal
 * consolidated onto the regulation in force), on tiltak-2025, and on generated regulations.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {diffTrees} from '../../src/diff/index.js'
import {
  applyInstructions,
  consolidatePartial,
  generateInstructions,
  generateInstructionsFromText,
  isInstructionForm
} from '../../src/instructions/index.js'
import {parseProvisions} from '../../src/parse/index.js'
import type {CaseMeta, ProvisionTree} from '../../src/types.js'
import {CORPUS} from '../helpers/shared.js'

const REG = join(import.meta.dirname, '../../regulations')
const EMPTY: ProvisionTree = {path: 'current.md', frontmatter: null, title: null, children: [], repeals: [], outside: []}

function meta(over: Partial<CaseMeta>): CaseMeta {
  return {id: 'x', title: 'x', regulationId: null, shortTitle: null, ministry: null, dates: {}, proposalForm: null, language: 'nb', ...over}
}

function applyText(currentText: string, instructions: string, tree: ProvisionTree = EMPTY) {
  const file = new VFile({path: 'instructions.md', value: instructions})
  const result = applyInstructions({tree, text: currentText}, file)
  return {result, file}
}

describe('round trip on IPS ung', () => {
  const currentText = readFileSync(join(REG, 'ips-ung/current.md'), 'utf8')
  const proposedText = readFileSync(join(REG, 'ips-ung/proposed.md'), 'utf8')
  const current = parseProvisions(new VFile({path: 'current.md', value: currentText}))
  const proposed = parseProvisions(new VFile({path: 'proposed.md', value: proposedText}))
  const diff = diffTrees(current, proposed, {form: 'partial', currentText, proposedText})
  const ips = meta({id: 'ips-ung', regulationId: 'FOR-2023-06-20-1073', shortTitle: 'egenregiforskriften', dates: {inForce: '2026-08-01'}})
  const consolidated = consolidatePartial(currentText, proposed)
  const generated = generateInstructions(current, proposed, diff, ips)

  it('consolidates the partial proposal in the regulation\'s own style, marks resolved', () => {
    expect(consolidated).not.toBe(currentText)
    expect(consolidated).not.toMatch(/~~|\*For unge|- a\./)
    expect(consolidated).toContain('#### § 3-6. (Opphevet)\n\n## Kapittel 4. Ungdomsgaranti')
    expect(consolidated).toContain(
      'Deltakeren kan få tilbud om:\n\na. bistand til aktiv jobbsøking tidlig i oppfølgingen\nb. støtte fra jobbspesialisten'
    )
    // Everything outside chapter 3 is untouched.
    const cut = (t: string): string => t.slice(0, t.indexOf('## Kapittel 3.'))
    expect(cut(consolidated)).toBe(cut(currentText))
    const tail = (t: string): string => t.slice(t.indexOf('## Kapittel 4.'))
    expect(tail(consolidated)).toBe(tail(currentText))
  })

  it('writes the amending text in drafting style', () => {
    expect(isInstructionForm(generated)).toBe(true)
    expect(generated.startsWith('# Forskrift om endring i forskrift om oppfølgingstiltak i Arbeids- og velferdsetatens egenregi (egenregiforskriften)\n\nI\n\n')).toBe(true)
    expect(generated).toContain(
      'I forskrift 20. juni 2023 nr. 1073 om oppfølgingstiltak i Arbeids- og velferdsetatens egenregi (egenregiforskriften) gjøres følgende endringer:'
    )
    expect(generated).toContain('\n\n§ 3-1 skal lyde:\n\n§ 3-1. Personkrets\n\n')
    expect(generated).toContain('\n\n§ 3-2 skal lyde:\n\n§ 3-2. Innhold\n\n')
    expect(generated).toContain(
      '\n\nI § 3-3 første ledd skal «deltakeren og helse- og omsorgstjenesten» lyde «deltakeren, helse- og omsorgstjenesten og jobbspesialisten».\n\n'
    )
    expect(generated).toContain('\n\n§ 3-5 nytt siste ledd skal lyde:\n\nFor deltakere i IPS ung som er i opplæring')
    expect(generated).toContain('\n\n§ 3-6 oppheves.\n\nII\n\nForskriften trer i kraft 1. august 2026.\n')
    // In section order, and nothing about sections that do not change.
    const order = ['§ 3-1 skal', '§ 3-2 skal', 'I § 3-3', '§ 3-5 nytt', '§ 3-6 oppheves']
    const at = order.map((s) => generated.indexOf(s))
    expect(at).toEqual([...at].sort((a, b) => a - b))
    expect(generated).not.toMatch(/§ (?:1-\d|2-\d|3-4|4-\d|5-1) /)
  })

  it('applying the generated instructions to current.md gives the consolidated text exactly', () => {
    const {result, file} = applyText(currentText, generated, current)
    expect(file.messages.map(String)).toEqual([])
    expect(result.text).toBe(consolidated)
    expect(result.entryIntoForce).toBe('2026-08-01')
  })

  it('is deterministic', () => {
    expect(generateInstructions(current, proposed, diff, ips)).toBe(generated)
  })

  it('without a date: no parts, no entry into force', () => {
    const undated = generateInstructions(current, proposed, diff, meta({regulationId: 'FOR-2023-06-20-1073'}))
    expect(undated).not.toMatch(/^II$/m)
    expect(undated).not.toContain('trer i kraft')
    expect(applyText(currentText, undated).result.text).toBe(consolidated)
  })
})

describe('round trip on tiltak-2025', () => {
  it('regenerates instructions for the adopted amendment that give the same text', () => {
    const currentText = readFileSync(join(REG, 'tiltak-2025/current.md'), 'utf8')
    const proposedText = readFileSync(join(REG, 'tiltak-2025/proposed.md'), 'utf8')
    const consolidated = applyText(currentText, proposedText).result.text
    const current = parseProvisions(new VFile({path: 'current.md', value: currentText}))
    const proposed = parseProvisions(new VFile({path: 'proposed.md', value: consolidated}))
    const diff = diffTrees(current, proposed, {form: 'instructions', currentText, proposedText: consolidated})
    const generated = generateInstructions(current, proposed, diff, meta({regulationId: 'FOR-2015-12-11-1598', shortTitle: 'tiltaksforskriften', dates: {inForce: '2025-08-01'}}))
    expect(generated).toContain('I forskrift 11. desember 2015 nr. 1598 om arbeidsmarkedstiltak (tiltaksforskriften) gjøres følgende endringer:')
    // One-ledd sections are replaced whole, as the ministry did; the new last ledd of § 7-6 as well.
    expect(generated).toContain('\n\n§ 5-2 skal lyde:\n\n§ 5-2. Innhold\n\nMentor er et tiltak')
    expect(generated).toContain('\n\n§ 5-4 skal lyde:\n\n§ 5-4. Varighet\n\n')
    expect(generated).toContain('\n\n§ 7-6 nytt siste ledd skal lyde:\n\nOpplæringstiltak etter § 7-3 tredje ledd')
    // Narrower than the ministry's text where the change is narrower.
    expect(generated).toContain('\n\n§ 5-3 første ledd annet punktum oppheves.\n\n')
    expect(generated).toContain('\n\n§ 7-3 nytt tredje ledd skal lyde:\n\nOpplæring etter § 7-2 første ledd bokstav d kan unntaksvis')
    expect(generated).toContain('Nåværende tredje ledd blir nytt fjerde ledd.')
    const {result, file} = applyText(currentText, generated)
    expect(file.messages.map(String)).toEqual([])
    expect(result.text).toBe(consolidated)
  })
})

describe('changes instructions cannot express', () => {
  const text = readFileSync(CORPUS + '/forskrift-2016-09-14-1064.md', 'utf8')

  it('a change in an annex is a warning at its place; the sections still round-trip', () => {
    // A word in § 1 and a word in "Vedlegg 1", which is not a section.
    const annex = text.indexOf('## Vedlegg 1')
    const inAnnex = text.indexOf(' og ', annex)
    const proposed = (text.slice(0, inAnnex) + ' samt ' + text.slice(inAnnex + 4)).replace('#### § 1. Omfang', '#### § 1. Omfang og virkeområde')
    const file = new VFile({path: 'proposed.md', value: proposed})
    const generated = generateInstructionsFromText(text, proposed, meta({}), EMPTY, file, (o) => o)
    expect(generated).toContain(
      'I forskrift om animalske biprodukter som ikke er beregnet på konsum gjøres følgende endring:\n\nOverskriften til § 1 skal lyde:\n\nOmfang og virkeområde\n'
    )
    const changedLine = proposed.slice(0, proposed.indexOf('Utsira samt Røvær')).split('\n').length
    expect(changedLine).toBe(288)
    expect(file.messages.map((m) => [m.ruleId, m.line, m.column, m.fatal])).toEqual([['instruction-not-expressible', 288, 8, false]])
    expect(file.messages[0]?.reason).toContain('første forskjell er på linje')
  })

  it('no warning when every change is in a section', () => {
    const proposed = text.replace(/ skal /g, ' må ')
    const file = new VFile({path: 'proposed.md', value: proposed})
    const before = text.slice(0, text.indexOf('## Vedlegg 1'))
    const onlySections = before.replace(/ skal /g, ' må ') + text.slice(before.length)
    generateInstructionsFromText(text, onlySections, meta({}), EMPTY, file)
    expect(file.messages).toEqual([])
    expect(proposed).not.toBe(onlySections)
  })
})
