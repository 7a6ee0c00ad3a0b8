/** Further forms on the IPS ung excerpt: ledd ranges, sections with a letter, quotes found twice, inline wording. */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {applyInstructions} from '../../src/instructions/index.js'
import type {ProvisionTree} from '../../src/types.js'

const current = readFileSync(join(import.meta.dirname, '../fixtures/instructions/section-replace/current.md'), 'utf8')
const EMPTY: ProvisionTree = {path: 'current.md', frontmatter: null, title: null, children: [], repeals: [], outside: []}

function apply(instructions: string) {
  const file = new VFile({path: 'proposed.md', value: instructions})
  const result = applyInstructions({tree: EMPTY, text: current}, file)
  return {result, messages: file.messages.map((m) => [m.ruleId, m.line, m.fatal])}
}

/** The ledd of one section of the result, in order. */
function ledd(text: string, label: string): string[] {
  const start = text.indexOf(`#### § ${label}.`)
  const end = text.indexOf('\n#', start + 1)
  return text
    .slice(start, end < 0 ? undefined : end)
    .split(/\n\s*\n/)
    .slice(1)
    .map((p) => p.trim())
    .filter((p) => p !== '')
}

describe('more instruction forms', () => {
  it('replaces two ledd named as a range', () => {
    const {result, messages} = apply('§ 3-6 tredje og fjerde ledd skal lyde:\n\nNy tredje.\n\nNy fjerde.\n')
    expect(messages).toEqual([])
    const l = ledd(result.text, '3-6')
    expect(l).toHaveLength(4)
    expect(l.slice(2)).toEqual(['Ny tredje.', 'Ny fjerde.'])
    expect(result.instructions[0]?.touched).toEqual(['kap3/§3-6/ledd3', 'kap3/§3-6/ledd4'])
  })

  it('repeals "annet til fjerde ledd"', () => {
    const {result, messages} = apply('§ 3-6 annet til fjerde ledd oppheves.\n')
    expect(messages).toEqual([])
    expect(ledd(result.text, '3-6')).toEqual(['Individuell jobbstøtte til unge (IPS ung) kan tilbys personer mellom 16 år og 30 år.'])
  })

  it('puts "Ny § 3-5 a" between § 3-5 and § 3-6, in the current heading style', () => {
    const {result, messages} = apply('Ny § 3-5 a skal lyde:\n\n§ 3-5 a. Forlengelse\n\nTiltaket kan forlenges med inntil ett år.\n')
    expect(messages).toEqual([])
    const a = result.text.indexOf('#### § 3-5. Varighet')
    const b = result.text.indexOf('#### § 3-5 a. Forlengelse\n\nTiltaket kan forlenges med inntil ett år.\n\n#### § 3-6.')
    expect(a).toBeGreaterThan(0)
    expect(b).toBeGreaterThan(a)
    expect(result.instructions[0]?.touched).toEqual(['kap3/§3-5a'])
  })

  it('a quote found twice is replaced in both places, with a warning', () => {
    const {result, messages} = apply('I § 3-3 første ledd skal «Planen» lyde «Oppfølgingsplanen».\n')
    expect(messages).toEqual([['instruction-ambiguous', 1, false]])
    expect(ledd(result.text, '3-3')[0]).toBe(
      'Det utarbeides en plan for oppfølgingen i samarbeid med deltakeren og helse- og omsorgstjenesten. Oppfølgingsplanen skal angi formålet og innholdet for tiltaket og oppfølgingsaktiviteter. Oppfølgingsplanen skal holdes oppdatert.'
    )
  })

  it('two quotes in the same ledd do not conflict; a quote and a rewrite of that ledd do', () => {
    const {result, messages} = apply(
      'I § 3-3 første ledd skal «deltakeren og» lyde «deltakeren,».\n\n' +
        'I § 3-3 første ledd skal «holdes oppdatert» lyde «oppdateres jevnlig».\n\n' +
        '§ 3-3 første ledd skal lyde: Det utarbeides en plan.\n'
    )
    expect(messages).toEqual([['instruction-conflict', 5, true]])
    expect(ledd(result.text, '3-3')[0]).toBe(
      'Det utarbeides en plan for oppfølgingen i samarbeid med deltakeren, helse- og omsorgstjenesten. Planen skal angi formålet og innholdet for tiltaket og oppfølgingsaktiviteter. Planen skal oppdateres jevnlig.'
    )
  })

  it('takes new wording on the same line as "skal lyde:"', () => {
    const {result, messages} = apply('§ 3-5 annet ledd skal lyde: Tiltaket kan ha en varighet på inntil to år.\n')
    expect(messages).toEqual([])
    expect(ledd(result.text, '3-5')[1]).toBe('Tiltaket kan ha en varighet på inntil to år.')
  })

  it('a sentence cited without ledd in a section of several ledd is refused', () => {
    const {result, messages} = apply('§ 3-5 annet punktum oppheves.\n')
    expect(messages).toEqual([['instruction-target-missing', 1, true]])
    expect(result.text).toBe(current)
  })

  it('"siste ledd" is the last ledd in force', () => {
    const {result, messages} = apply('§ 3-6 siste ledd oppheves.\n')
    expect(messages).toEqual([])
    expect(ledd(result.text, '3-6')).toHaveLength(3)
    expect(result.instructions[0]?.touched).toEqual(['kap3/§3-6/ledd4'])
  })
})

describe('one quote in several provisions', () => {
  it('"I §§ 3-3, 3-5 og 3-6 skal «X» lyde «Y»." is one instruction per section, each failing or applying alone', () => {
    const {result, messages} = apply('I §§ 3-3, 3-5 og 3-6 skal «Arbeids- og velferdsetaten» lyde «Nav».\n')
    expect(result.instructions.map((i) => [i.citation, i.applied])).toEqual([
      ['§ 3-3', true],
      ['§ 3-5', false],
      ['§ 3-6', false]
    ])
    expect(messages).toEqual([
      ['instruction-text-not-found', 1, true],
      ['instruction-text-not-found', 1, true]
    ])
    expect(ledd(result.text, '3-3')[1]).toMatch(/^Nav skal sørge for/)
    expect(result.instructions[0]?.text).toBe('I §§ 3-3, 3-5 og 3-6 skal «Arbeids- og velferdsetaten» lyde «Nav».')
  })

  it('"I § 3-3 annet ledd og § 4-1 første ledd skal «X» lyde «Y»."', () => {
    const {result, messages} = apply('I § 3-3 annet ledd og § 4-1 første ledd skal «Arbeids- og velferdsetaten» lyde «Nav».\n')
    expect(messages).toEqual([])
    expect(result.instructions.map((i) => i.touched)).toEqual([['kap3/§3-3/ledd2'], ['kap4/§4-1/ledd1']])
    expect(ledd(result.text, '3-3')[1]).toMatch(/^Nav skal sørge for/)
    expect(ledd(result.text, '4-1')[0]).toContain('behov for bistand fra Nav for å komme i ordinært arbeid')
  })
})

describe('several quotes in one instruction', () => {
  it('"… skal «A» lyde «B», og «C» skal lyde «D»." changes both', () => {
    const {result, messages} = apply(
      'I § 3-3 første ledd skal «deltakeren og helse- og omsorgstjenesten» lyde «deltakeren, helse- og omsorgstjenesten og jobbspesialisten», og «holdes oppdatert» skal lyde «oppdateres jevnlig».\n'
    )
    expect(messages).toEqual([])
    expect(result.instructions.map((i) => [i.from, i.to, i.applied])).toEqual([
      ['deltakeren og helse- og omsorgstjenesten', 'deltakeren, helse- og omsorgstjenesten og jobbspesialisten', true],
      ['holdes oppdatert', 'oppdateres jevnlig', true]
    ])
    expect(ledd(result.text, '3-3')[0]).toBe(
      'Det utarbeides en plan for oppfølgingen i samarbeid med deltakeren, helse- og omsorgstjenesten og jobbspesialisten. Planen skal angi formålet og innholdet for tiltaket og oppfølgingsaktiviteter. Planen skal oppdateres jevnlig.'
    )
  })
})
