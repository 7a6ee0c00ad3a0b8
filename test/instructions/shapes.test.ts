/**
 * Instruction shapes of real amending texts (issue 14), each applied to a real act in force (the current texts of
 * the unseen cases, as Lovdata's Markdown prints them) and checked on the text it gives.
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {applyInstructions} from '../../src/instructions/index.js'
import {findSection, readDocument} from '../../src/instructions/document.js'
import {parseProvisions} from '../../src/parse/index.js'

const current = (name: string): string => readFileSync(fileURLToPath(new URL(`../../regulations/${name}/current.md`, import.meta.url)), 'utf8')

function run(name: string, proposal: string) {
  const text = current(name)
  const file = new VFile({path: 'proposed.md', value: proposal})
  const result = applyInstructions({tree: parseProvisions(new VFile({path: 'current.md', value: text})), text}, file)
  const ledd = (label: string): string[] =>
    findSection(readDocument(result.text), label)!.units.filter((u) => u.kind === 'ledd' && !u.removed).map((u) => u.text)
  return {result, ledd, messages: file.messages.map((m) => [m.ruleId, m.line, m.fatal])}
}

describe('items', () => {
  it('«§ 4-1 fjerde ledd bokstav e og ny bokstav g skal lyde:» replaces one item and adds the other from one wording', () => {
    const {result, ledd, messages} = run('sentralbankloven-2026', '§ 4-1 fjerde ledd bokstav e og ny bokstav g skal lyde:\n\ne. endret punkt\ng. nytt punkt\n')
    expect(messages).toEqual([])
    expect(result.instructions.map((i) => [i.action, i.target.item, i.applied])).toEqual([['replace', 'e', true], ['insert', 'g', true]])
    const fourth = ledd('4-1')[3]!
    expect(fourth).toMatch(/\ne\. endret punkt\nf\. [^\n]+\ng\. nytt punkt$/)
  })

  it('a list that lost its letters («- - …»): «bokstav c» is the third item, with a warning', () => {
    const {ledd, messages} = run(
      'supplerande-stonad-bortfall',
      '§ 6 tredje ledd bokstav c skal lyde:\n\nintroduksjonsstønad og kvalifiseringsstønad\n\n§ 6 tredje ledd ny bokstav g skal lyde:\n\ng. renteinntekter\n'
    )
    expect(messages).toEqual([['instruction-item-by-position', 1, false], ['instruction-item-by-position', 5, false]])
    const items = ledd('6')[2]!.split('\n').filter((l) => l.startsWith('- - '))
    expect(items[2]).toBe('- - introduksjonsstønad og kvalifiseringsstønad')
    expect(items[6]).toBe('- - renteinntekter')
    expect(items).toHaveLength(7)
  })
})

describe('ledd', () => {
  it('«§ 11 nytt syvende, åttende og niende ledd skal lyde:» adds three ledd after the sixth', () => {
    const {ledd, messages} = run('dagligvare-tilsyn', '§ 11 nytt syvende, åttende og niende ledd skal lyde:\n\nSju.\n\nÅtte.\n\nNi.\n')
    expect(messages).toEqual([])
    expect(ledd('11').slice(5)).toEqual(['Kongen eller departementet kan ikke omgjøre Dagligvaretilsynets vedtak.', 'Sju.', 'Åtte.', 'Ni.'])
  })

  it('a ledd by its printed number, «(endret)» and the punktum after a list are read as the law has them', () => {
    const {ledd, messages} = run(
      'sentralbankloven-2026',
      '§ 1-12 (3) skal lyde:\n\nKongen avgjør resten.\n\n§ 5-3 annet ledd (endret) annet punktum skal lyde:\n\nOpplysningene er begrenset.\n'
    )
    expect(messages).toEqual([])
    expect(ledd('1-12')[2]).toBe('(3) Kongen avgjør resten.')
    const second = ledd('5-3')[1]!
    expect(second).toMatch(/^\(2\) Departementet kan ved forskrift/)
    expect(second).toMatch(/internasjonal organisasjon\. Opplysningene er begrenset\.$/)
  })

  it('«første og andre punktum» is one span of the ledd', () => {
    const {ledd, messages} = run('dagligvare-tilsyn', '§ 11 første ledd første og andre punktum skal lyde:\n\nNy første. Ny andre.\n')
    expect(messages).toEqual([])
    expect(ledd('11')[0]).toBe('Ny første. Ny andre.')
  })
})

describe('nynorsk and renumbered sections', () => {
  it('«Overskrifta til § 10 skal lyde:» and «§ 10 tredje ledd vert oppheva.»', () => {
    const {result, ledd, messages} = run('supplerande-stonad-bortfall', 'Overskrifta til § 10 skal lyde:\n\nEndringar i stønaden\n\n§ 10 tredje ledd vert oppheva.\n')
    expect(messages).toEqual([])
    expect(result.text).toContain('#### § 10. Endringar i stønaden')
    expect(ledd('10')).toHaveLength(2)
  })

  it('«Nåværende § 11 blir ny § 11 a. Ny § 11 skal lyde:» keeps the old section under its new number', () => {
    const {result, messages} = run('dagligvare-tilsyn', 'Nåværende § 11 blir ny § 11 a.\n\nNy § 11 skal lyde:\n\n§ 11. Ny paragraf\n\nTekst.\n')
    expect(messages).toEqual([])
    expect(result.text).toMatch(/#### § 11\. Ny paragraf\n\nTekst\.\n\n#### § 11 a\. Dagligvaretilsynets organisasjon og oppgaver/)
  })
})
