/**
 * The proposal reader (src/instructions/read.ts) over the one instruction grammar (src/grammar/): the standard
 * phrases of Norwegian amending texts as the applier's targets, and what is not one.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseProposal} from '../../src/instructions/read.js'
import {isInstructionForm} from '../../src/instructions/index.js'
import {CORPUS} from '../helpers/shared.js'

/** The first instruction a line is read as, or null when it is none (or an error). */
function header(line: string) {
  const parsed = parseProposal(`${line}\n`)
  const h = parsed.instructions[0]
  if (!h || h.implicit || parsed.issues.some((i) => i.severity === 'error')) return null
  const t = h.target
  return {
    action: h.action, citation: h.citation, section: t.section, ledd: t.ledd, leddTo: t.leddTo, item: t.item, itemKind: t.itemKind,
    sentence: t.sentence, adds: t.adds, heading: t.heading, chapter: t.chapter, from: h.from, to: h.to, body: h.body
  }
}

/** A renumbering statement after an instruction on § 9 (a statement needs a section before it), as read. */
function parseRenumbering(sentence: string) {
  const parsed = parseProposal(`§ 9 første ledd skal lyde:\n\nTekst.\n\n${sentence}\n`)
  if (parsed.issues.some((i) => i.severity === 'error')) return null
  return parsed.instructions.flatMap((i) => i.renumbering)[0] ?? null
}

const base = {ledd: null, leddTo: null, item: null, itemKind: null, sentence: null, adds: null, heading: false, chapter: null, from: null, to: null, body: null}

describe('instruction headers', () => {
  it.each([
    ['§ 5-2 skal lyde:', {action: 'replace', citation: '§ 5-2', section: '5-2'}],
    ['§ 1-3 tredje ledd skal lyde:', {action: 'replace', citation: '§ 1-3 tredje ledd', section: '1-3', ledd: 3}],
    ['§ 7-6 nytt siste ledd skal lyde:', {action: 'insert', citation: '§ 7-6 nytt siste ledd', section: '7-6', ledd: 'last', adds: 'ledd'}],
    ['Ny § 3-7 skal lyde:', {action: 'insert', citation: '§ 3-7', section: '3-7', adds: 'section'}],
    ['§ 3-6 oppheves.', {action: 'repeal', citation: '§ 3-6', section: '3-6'}],
    [
      '§ 2-2 bokstav c oppheves. Nåværende bokstav d og e blir bokstav c og d.',
      {action: 'repeal', citation: '§ 2-2 bokstav c', section: '2-2', item: 'c', itemKind: 'bokstav'}
    ],
    [
      'I § 3-3 første ledd skal «Arbeids- og velferdsetaten» lyde «jobbspesialisten».',
      {action: 'substitute', citation: '§ 3-3 første ledd', section: '3-3', ledd: 1, from: 'Arbeids- og velferdsetaten', to: 'jobbspesialisten'}
    ],
    [
      'I § 4-1 første ledd nytt annet punktum skal lyde: Tiltaket kan gis fra det året personen fyller 16 år.',
      {action: 'insert', citation: '§ 4-1 første ledd nytt annet punktum', section: '4-1', ledd: 1, sentence: 2, adds: 'sentence', body: 'Tiltaket kan gis fra det året personen fyller 16 år.'}
    ],
    ['§ 12 a skal lyde:', {action: 'replace', citation: '§ 12 a', section: '12 a'}],
    ['§ 21b oppheves.', {action: 'repeal', citation: '§ 21b', section: '21b'}],
    ['§ 3 andre ledd skal lyde:', {action: 'replace', citation: '§ 3 andre ledd', section: '3', ledd: 2}],
    ['§ 4 annet og tredje ledd oppheves.', {action: 'repeal', citation: '§ 4 annet og tredje ledd', section: '4', ledd: 2, leddTo: 3}],
    ['§ 5 første ledd nr. 3 skal lyde:', {action: 'replace', citation: '§ 5 første ledd nr. 3', section: '5', ledd: 1, item: '3', itemKind: 'nr'}],
    ['§ 3-2 første ledd ny bokstav f skal lyde:', {action: 'insert', citation: '§ 3-2 første ledd ny bokstav f', section: '3-2', ledd: 1, item: 'f', itemKind: 'bokstav', adds: 'item'}],
    ['Overskriften til § 3-1 skal lyde:', {action: 'replace', citation: 'Overskriften til § 3-1', section: '3-1', heading: true}],
    ['§ 3-1 overskriften skal lyde:', {action: 'replace', citation: '§ 3-1 overskriften', section: '3-1', heading: true}],
    ['I § 3-3 skal ordene «og helse- og omsorgstjenesten» utgå.', {action: 'substitute', citation: '§ 3-3', section: '3-3', from: 'og helse- og omsorgstjenesten', to: ''}],
    ['I § 3-3 første ledd skal «X» endres til «Y».', {action: 'substitute', citation: '§ 3-3 første ledd', section: '3-3', ledd: 1, from: 'X', to: 'Y'}],
    ['### § 5-2 skal lyde:', {action: 'replace', citation: '§ 5-2', section: '5-2'}],
    ['Overskriften til kapittel 3 skal lyde:', {action: 'replace', citation: 'Overskriften til kapittel 3', section: '', heading: true, chapter: '3'}],
    ['Kapittel IV overskriften skal lyde:', {action: 'replace', citation: 'Kapittel IV overskriften', section: '', heading: true, chapter: 'IV'}]
  ])('%s', (line, expected) => {
    expect(header(line)).toEqual({...base, ...expected})
  })

  it.each([
    '§ 3-1. Personkrets',
    '#### § 5-2. Innhold',
    'Mentor kan tilbys til en tiltaksdeltaker i tiltakene arbeidstrening.',
    '§ 5-2 skal',
    'I den grad en anskaffelse av et kurs faller inn under anskaffelsesloven, skal tiltaket anskaffes.',
    'Fra samme tidspunkt oppheves forskrift 4. februar 2019 nr. 65.',
    '§ 3-2 nytt sjette ledd oppheves.',
    'I § 3-3 ny bokstav c skal «X» lyde «Y».'
  ])('is not an instruction: %s', (line) => {
    expect(header(line)).toBeNull()
  })
})

describe('renumbering statements', () => {
  it.each([
    ['Nåværende bokstav d og e blir bokstav c og d.', {level: 'item', from: ['d', 'e'], to: ['c', 'd']}],
    ['Nåværende bokstav c til e blir bokstav d til f.', {level: 'item', from: ['c', 'd', 'e'], to: ['d', 'e', 'f']}],
    ['Nåværende tredje ledd blir nytt fjerde ledd.', {level: 'ledd', from: ['3'], to: ['4']}],
    ['Nåværende tredje og fjerde ledd blir nye fjerde og femte ledd.', {level: 'ledd', from: ['3', '4'], to: ['4', '5']}],
    ['Nåværende annet til fjerde ledd blir tredje til femte ledd.', {level: 'ledd', from: ['2', '3', '4'], to: ['3', '4', '5']}],
    ['Nåværende nr. 3, 4 og 5 blir nr. 2, 3 og 4.', {level: 'item', from: ['3', '4', '5'], to: ['2', '3', '4']}],
    ['Nåværende § 3-7 blir ny § 3-8.', {level: 'section', from: ['3-7'], to: ['3-8']}]
  ])('%s', (sentence, expected) => {
    expect(parseRenumbering(sentence)).toEqual({...expected, text: sentence})
  })

  it('refuses a statement whose lists do not pair up', () => {
    expect(parseRenumbering('Nåværende bokstav d og e blir bokstav c.')).toBeNull()
  })
})

describe('entry into force', () => {
  it.each([
    ['Forskriften trer i kraft 1. august 2025.', '2025-08-01'],
    ['Endringene trer i kraft 1. januar 2027.', '2027-01-01'],
    ['Forskriften trer i kraft fra 15. mars 2027.', '2027-03-15'],
    ['Forskrifta trer i kraft 29. februar 2028.', '2028-02-29'],
    ['Forskriften trer i kraft straks.', null],
    ['Forskriften trer i kraft fra den tid departementet bestemmer.', null],
    ['Forskriften trer i kraft 31. februar 2025.', null],
    ['Forskriften trer i kraft 1. jully 2025.', null]
  ])('%s', (sentence, date) => {
    expect(parseProposal(`I\n\n§ 3-6 oppheves.\n\nII\n\n${sentence}\n`).entryIntoForce).toBe(date)
  })

  it('a ledd about entry into force inside new wording is wording, not the closing part', () => {
    const parsed = parseProposal('§ 5-1 skal lyde:\n\n§ 5-1. Ikrafttredelse\n\nForskriften kapittel 4 trer i kraft 1. juli 2023.\n\n§ 5-2 oppheves.\n')
    expect(parsed.entryIntoForce).toBeNull()
    expect(parsed.instructions[0]?.body).toBe('§ 5-1. Ikrafttredelse\n\nForskriften kapittel 4 trer i kraft 1. juli 2023.')
  })

  it('two different dates: the first is taken, with a warning at the second', () => {
    const parsed = parseProposal('II\n\nForskriften trer i kraft 1. juli 2025.\n\nIII\n\nEndringene trer i kraft 1. januar 2026.\n')
    expect(parsed.entryIntoForce).toBe('2025-07-01')
    expect(parsed.issues.map((i) => i.ruleId)).toEqual(['instruction-several-dates'])
  })
})

describe('isInstructionForm', () => {
  it('tells amending texts from regulation wording on real texts', () => {
    const dir = CORPUS
    const detected = readdirSync(dir)
      .filter((f) => f.endsWith('.md') && f !== 'SOURCES.md')
      .filter((f) => isInstructionForm(readFileSync(join(dir, f), 'utf8')))
    // The two amending acts of the sample, and none of the 17 acts and regulations in force.
    expect(detected).toEqual(['lov-2025-06-06-27.md', 'lov-2025-06-20-84.md'])
    const reg = join(import.meta.dirname, '../../regulations')
    expect(isInstructionForm(readFileSync(join(reg, 'ips-ung/current.md'), 'utf8'))).toBe(false)
    // A partial proposal with one repeal line is still a partial proposal.
    expect(isInstructionForm(readFileSync(join(reg, 'ips-ung/proposed.md'), 'utf8'))).toBe(false)
    expect(isInstructionForm(readFileSync(join(reg, 'tiltak-2025/proposed.md'), 'utf8'))).toBe(true)
  })

  it('needs no opening sentence when the text is only instructions', () => {
    expect(isInstructionForm('§ 3-6 oppheves.\n')).toBe(true)
    expect(isInstructionForm('§ 3-1 skal lyde:\n\n§ 3-1. Personkrets\n\nTekst.\n\n§ 3-6 oppheves.\n')).toBe(true)
    expect(isInstructionForm('')).toBe(false)
  })
})

describe('nynorsk', () => {
  it('reads the nynorsk phrases of an amending text', () => {
    const text = [
      'I forskrift 1. juli 2020 nr. 1 om prøving blir det gjort følgjande endringar:',
      '§ 3 andre ledd skal lyde:',
      'Tiltaket kan ikkje gjevast før fylte 16 år.',
      '§ 4 bokstav c blir oppheva. Noverande bokstav d blir bokstav c.',
      '§ 5 vert oppheva.',
      'II',
      'Forskrifta tek til å gjelde 1. juli 2026.'
    ].join('\n\n')
    const parsed = parseProposal(text)
    expect(parsed.issues).toEqual([])
    expect(parsed.entryIntoForce).toBe('2026-07-01')
    expect(parsed.instructions.map((i) => [i.action, i.citation, i.regulationId])).toEqual([
      ['replace', '§ 3 andre ledd', 'FOR-2020-07-01-1'],
      ['repeal', '§ 4 bokstav c', 'FOR-2020-07-01-1'],
      ['repeal', '§ 5', 'FOR-2020-07-01-1']
    ])
    expect(parsed.instructions[1]?.renumbering).toEqual([{level: 'item', from: ['d'], to: ['c'], text: 'Noverande bokstav d blir bokstav c.'}])
    expect(isInstructionForm(text)).toBe(true)
  })
})
