/**
 * The instruction grammar on real sentences: from the 2025 Lovtidend law amendments, Lovdata's amendment
 * history, and the proposals of the cases in `shared/cases/unseen-dev/` (the shapes issue 14 lists).
 */
import {describe, expect, it} from 'vitest'
import type {Address} from '../../src/grammar/address.js'
import {readInstructionSentence} from '../../src/grammar/instruction.js'

function ops(sentence: string, previous: Address | null = null): string[] {
  const reading = readInstructionSentence(sentence, {previous})
  expect(reading.problems, sentence).toEqual([])
  return reading.operations.map((o) => [o.op, o.target, o.to, o.from, o.with].filter((x) => x !== undefined && x !== '').join(' '))
}

describe('replace and insert', () => {
  it.each([
    ['§ 8 første ledd første punktum skal lyde:', ['replace §8/ledd/1/setning/1']],
    ['§ 5-3 annet ledd første punktum ny bokstav d skal lyde:', ['insert §5-3/ledd/2/setning/1/bokstav/d']],
    ['§ 5-3 tredje ledd første punktum skal lyde:', ['replace §5-3/ledd/3/setning/1']],
    ['Ny § 3 a skal lyde:', ['insert §3a']],
    ['§ 29-2 nytt syvende, åttende, niende og tiende ledd skal lyde:', ['insert §29-2/ledd/7', 'insert §29-2/ledd/8', 'insert §29-2/ledd/9', 'insert §29-2/ledd/10']],
    ['§ 12 første ledd nr. 6 og ny nr. 7 skal lyde:', ['replace §12/ledd/1/nummer/6', 'insert §12/ledd/1/nummer/7']],
    ['§ 7-2 nr. 2.1 første ledd skal lyde:', ['replace §7-2/nummer/2.1/ledd/1']],
    ['§ 27 åttende ledd skal lyde:', ['replace §27/ledd/8']],
    ['§ 2-8 (2) skal lyde:', ['replace §2-8/ledd/2']],
    ['§ 1 annet ledd (endret) skal lyde:', ['replace §1/ledd/2']],
    ['§ 11 overskriften skal lyde:', ['replace §11/overskrift']],
    ['Overskriften til § 29 skal lyde:', ['replace §29/overskrift']],
    ['Overskrifta til § 4 skal lyde:', ['replace §4/overskrift']],
    ['§ 6 skal ha følgende overskrift:', ['replace §6/overskrift']],
    ['Nytt kapittel 4 A skal lyde:', ['insert kap4A']],
    ['Kapittel 6 kapitteloverskriften skal stå mellom §§ 32 og 33 og skal lyde:', ['replace kap6/overskrift']],
    ['Etter § 7-9 skal nytt avsnitt III lyde:', ['insert avsnittIII']],
    ['§ 107 femte ledd innledningen skal lyde:', ['replace §107/ledd/5']],
    ['§ 1-1 første ledd bokstav g og ny bokstav h til j skal lyde:', ['replace §1-1/ledd/1/bokstav/g', 'insert §1-1/ledd/1/bokstav/h', 'insert §1-1/ledd/1/bokstav/i', 'insert §1-1/ledd/1/bokstav/j']]
  ])('%s', (sentence, expected) => {
    expect(ops(sentence)).toEqual(expected)
  })

  it('reads the one-sentence form of a small amending act and names the act', () => {
    const sentence = 'I lov 29. april 2005 nr. 21 om supplerande stønad til personar med kort butid i Noreg skal § 10 nytt fjerde ledd lyde:'
    const reading = readInstructionSentence(sentence, {previous: null})
    expect(reading.operations).toEqual([{op: 'insert', target: '§10/ledd/4'}])
    expect(reading.document?.id).toBe('lov/2005-04-29-21')
    expect(reading.expectsWording).toBe(true)
  })

  it('marks the lead-in of a ledd', () => {
    const reading = readInstructionSentence('§ 20-18 første ledd innledningen skal lyde:', {previous: null})
    expect(reading.operations).toEqual([{op: 'replace', target: '§20-18/ledd/1', portion: 'innledning'}])
  })
})

describe('repeal, move and renumbering', () => {
  it.each([
    ['§ 1-4 andre ledd oppheves.', ['repeal §1-4/ledd/2']],
    ['§ 3 tredje ledd blir oppheva.', ['repeal §3/ledd/3']],
    ['§ 4 første ledd bokstav c vert oppheva.', ['repeal §4/ledd/1/bokstav/c']],
    ['Kapittel 3 og kapittel 4 oppheves.', ['repeal kap3', 'repeal kap4']],
    ['§§ 26, 27 og 28 oppheves.', ['repeal §26', 'repeal §27', 'repeal §28']],
    ['Nåværende §§ 3-9 a og 3-9 b blir § 3-9 b og ny § 3-9 c.', ['move §3-9a §3-9b', 'move §3-9b §3-9c']],
    ['Noverande §§ 14-82 og 14-83 vert §§ 14-83 og ny § 14-84.', ['move §14-82 §14-83', 'move §14-83 §14-84']],
    ['Nåværende §§ 4 til 7 blir § 5 til ny § 8.', ['move §4 §5', 'move §5 §6', 'move §6 §7', 'move §7 §8']],
    ['§ 242 a nåværende andre ledd blir første ledd nytt andre punktum.', ['move §242a/ledd/2 §242a/ledd/1/setning/2']],
    ['Nåværende § 6A-7 første ledd bokstav v og w blir w og ny x.', ['move §6A-7/ledd/1/bokstav/v §6A-7/ledd/1/bokstav/w', 'move §6A-7/ledd/1/bokstav/w §6A-7/ledd/1/bokstav/x']],
    ['Lov 11. januar 2013 nr. 3 om Statens innkrevingssentral oppheves.', ['repeal']],
    ['Frå den tida lova tek til å gjelde, blir lov 4. desember 1992 nr. 126 om arkiv oppheva.', ['repeal']]
  ])('%s', (sentence, expected) => {
    expect(ops(sentence)).toEqual(expected)
  })

  it('chains a repeal, a renumbering and a replacement in one sentence', () => {
    expect(ops('§ 11 fjerde ledd oppheves. Nåværende femte og sjette ledd blir fjerde og femte ledd. Femte ledd skal lyde:')).toEqual([
      'repeal §11/ledd/4', 'move §11/ledd/5 §11/ledd/4', 'move §11/ledd/6 §11/ledd/5', 'replace §11/ledd/5'
    ])
  })

  it('reads relative targets against the previous instruction (nynorsk)', () => {
    const previous: Address = {section: '10-5', steps: [{unit: 'ledd', value: '2'}]}
    expect(ops('Nåverande tredje ledd blir oppheva.', previous)).toEqual(['repeal §10-5/ledd/3'])
    expect(ops('Noverande sjette ledd vert femte ledd.', previous)).toEqual(['move §10-5/ledd/6 §10-5/ledd/5'])
  })

  it('gives a diagnostic, in Norwegian, for a relative target with nothing to refer to', () => {
    const reading = readInstructionSentence('Nåværende femte ledd blir fjerde ledd.', {previous: null})
    expect(reading.operations).toEqual([])
    expect(reading.problems.map((p) => p.ruleId)).toEqual(['instruction-no-context'])
  })

  it('gives a diagnostic when a renumbering cannot be paired', () => {
    const reading = readInstructionSentence('§ 9 tredje ledd oppheves. Nåværende fjerde og femte ledd blir tredje ledd.', {previous: null})
    expect(reading.problems.map((p) => p.ruleId)).toEqual(['instruction-move-count'])
    expect(reading.problems[0]?.message).toMatch(/kan ikke pares/u)
  })
})

describe('renames and punctuation', () => {
  it.each([
    ['I § 1 første ledd endres «tjenestemenn» til «tjenestepersoner».', ['rename §1/ledd/1 tjenestemenn tjenestepersoner']],
    ['I § 3 skal ordet «tilsettingen» endres til «ansettelsen».', ['rename §3 tilsettingen ansettelsen']],
    ['§ 6-2 andre ledd: «Dagligvaretilsynet» erstattes med «Konkurransetilsynet».', ['rename §6-2/ledd/2 Dagligvaretilsynet Konkurransetilsynet']],
    ['I følgende bestemmelser skal «Dagligvaretilsynet» endres til «Konkurransetilsynet»: § 11 første ledd, § 12 første ledd første og tredje punktum og § 13 første ledd.', [
      'rename §11/ledd/1 Dagligvaretilsynet Konkurransetilsynet',
      'rename §12/ledd/1/setning/1 Dagligvaretilsynet Konkurransetilsynet',
      'rename §12/ledd/1/setning/3 Dagligvaretilsynet Konkurransetilsynet',
      'rename §13/ledd/1 Dagligvaretilsynet Konkurransetilsynet'
    ]],
    ['Punktumet etter «kapittel 23» i § 1-1 andre ledd bokstav l fjernes.', ['rename §1-1/ledd/2/bokstav/l kapittel 23. kapittel 23']],
    ['I § 4 skal ordet «Markedsrådet» utgå.', ['rename §4 Markedsrådet']]
  ])('%s', (sentence, expected) => {
    expect(ops(sentence)).toEqual(expected)
  })

  it('leaves the provisions of a list form to the paragraphs that follow', () => {
    const reading = readInstructionSentence('I følgende bestemmelser skal «Dagligvaretilsynet» endres til «Konkurransetilsynet»:', {previous: null})
    expect(reading.targetsFollow).toEqual({pairs: [{from: 'Dagligvaretilsynet', with: 'Konkurransetilsynet'}]})
  })
})

describe('intro, entry into force and what is not an instruction', () => {
  it.each([
    ['I lov 17. juni 2005 nr. 62 om arbeidsmiljø, arbeidstid og stillingsvern mv. gjøres følgende endringer:', 'intro'],
    ['I forskrift 20. juni 2023 nr. 1073 om oppfølgingstiltak i Arbeids- og velferdsetatens egenregi blir det gjort følgjande endringar:', 'intro'],
    ['I lov 21. mai 2021 nr. 42 om språk skal desse endringane gjerast:', 'intro'],
    ['Loven gjelder fra den tiden Kongen bestemmer.', 'in-force'],
    ['Forskriften trer i kraft 1. august 2025.', 'in-force'],
    ['Lova tek til å gjelde 1. januar 2026.', 'in-force'],
    ['Kapittel 5. Styrehus og bro. Plassering av utstyr', 'other']
  ])('%s', (sentence, kind) => {
    expect(readInstructionSentence(sentence, {previous: null}).kind).toBe(kind)
  })

  it('reports a sentence that looks like an instruction but cannot be read', () => {
    const reading = readInstructionSentence('§ 5 fotnote 1 skal lyde:', {previous: null})
    expect(reading.kind).toBe('unread')
    expect(reading.problems).toEqual([expect.objectContaining({offset: 0, ruleId: 'instruction-unread'})])
  })
})
