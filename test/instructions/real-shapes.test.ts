/**
 * Shapes of real amending texts the applier now carries out (issue 14), each on a sentence as enacted, cited by
 * its file in /work/shared: whole chapters added and repealed, a section number reused after a repeal, sections of
 * a lettered chapter («§ 2 A-6»), lettered ranges. The current texts are small stubs; the instructions are real.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {applyInstructions} from '../../src/instructions/index.js'
import {parseProvisions} from '../../src/parse/index.js'
import {SHARED} from '../helpers/shared.js'

const HISTORY = join(SHARED, 'corpus/lovdata-historie')

function run(current: string, proposed: string) {
  const tree = parseProvisions(new VFile({path: 'current.md', value: current}))
  const file = new VFile({path: 'proposed.md', value: proposed})
  const result = applyInstructions({tree, text: current}, file)
  return {result, messages: file.messages.map((m) => [m.ruleId, m.line, m.fatal])}
}

/** The instruction sentence in italics and the quoted wording below it, as the history prints them. */
function historyEntry(file: string, sentence: string): {instruction: string; wording: string} {
  const text = readFileSync(join(HISTORY, file), 'utf8')
  const at = text.indexOf(`*${sentence}*`)
  expect(at, `${sentence} in ${file}`).toBeGreaterThanOrEqual(0)
  const rest = text.slice(at + sentence.length + 2).split(/\n### /u)[0]!
  return {instruction: sentence, wording: rest}
}

const CHAPTERS = [
  '## Kapittel 4. Gammelt kapittel', '', '### § 4-1. Første', '', 'Tekst i § 4-1.', '', '### § 4-2. Andre', '', 'Tekst i § 4-2.', '',
  '## Kapittel 5. Salg', '', '### § 5-1. Salg', '', 'Tekst i § 5-1.', '',
  '## Kapittel 6. Skjenking', '', '### § 6-1. Skjenking', '', 'Tekst i § 6-1.', ''
].join('\n')

describe('whole chapters', () => {
  it('«Kapittel 4 oppheves.» (forskrift-1999-12-20-1515.md, forskrift 10. februar 2022 nr. 191) repeals every section of it', () => {
    const {instruction} = historyEntry('forskrift-1999-12-20-1515.md', 'Kapittel 4 oppheves.')
    const {result, messages} = run(CHAPTERS, `${instruction}\n`)
    expect(messages).toEqual([])
    expect(result.text).toContain('## Kapittel 4. (Opphevet)')
    expect(result.text).toContain('### § 4-1. (Opphevet)')
    expect(result.text).toContain('### § 4-2. (Opphevet)')
    expect(result.text).not.toContain('Tekst i § 4-1.')
    expect(result.text).toContain('Tekst i § 5-1.')
  })

  it('«Nytt kapittel 5A skal lyde:» (forskrift-1997-12-11-1292.md) puts the chapter and its sections between chapters 5 and 6', () => {
    const {instruction} = historyEntry('forskrift-1997-12-11-1292.md', 'Nytt kapittel 5A skal lyde:')
    const text = readFileSync(join(HISTORY, 'forskrift-1997-12-11-1292.md'), 'utf8')
    // The history prints the chapter heading in italics and the sections quoted: the wording as enacted.
    const heading = /\*(Kapittel 5A\. Salg og skjenking[^*]*)\*/u.exec(text)![1]!
    const quoted = /\n((?:> .*\n|>\n)+)/u.exec(text.slice(text.indexOf(heading)))![1]!.replace(/^> ?/gmu, '').trim()
    const {result, messages} = run(CHAPTERS, `${instruction}\n\n${heading}\n\n${quoted}\n`)
    expect(messages).toEqual([])
    const at = (s: string): number => result.text.indexOf(s)
    expect(at(`## Kapittel 5A. ${heading.slice('Kapittel 5A. '.length)}`)).toBeGreaterThan(at('Tekst i § 5-1.'))
    expect(at('§ 5A-1.')).toBeGreaterThan(at('## Kapittel 5A.'))
    expect(at('§ 5A-3.')).toBeLessThan(at('## Kapittel 6.'))
    const proposed = parseProvisions(new VFile({path: 'p.md', value: result.text}))
    const labels = new Set(JSON.stringify(proposed).match(/§5A-\d+/gu) ?? [])
    const quotedLabels = new Set([...quoted.matchAll(/^§ (5A-\d+)\./gmu)].map((m) => `§${m[1]}`))
    expect(quotedLabels.size).toBeGreaterThanOrEqual(3)
    expect(labels).toEqual(quotedLabels)
  })

  it('a new chapter that already exists is an error at its line, and changes nothing', () => {
    const {result, messages} = run(CHAPTERS, 'Nytt kapittel 5 skal lyde:\n\nKapittel 5. Salg\n\n§ 5-9. Ny\n\nTekst.\n')
    expect(messages).toEqual([['instruction-target-exists', 1, true]])
    expect(result.text).toBe(CHAPTERS)
  })
})

describe('a repealed section number reused by a renumbering', () => {
  it('«§ 3-10 oppheves.Nåværende § 3-11 til § 3-13 blir § 3-10 til § 3-12.» (forskrift-1998-12-16-1241.md) is applied and warned about', () => {
    const {instruction} = historyEntry('forskrift-1998-12-16-1241.md', '§ 3-10 oppheves.Nåværende § 3-11 til § 3-13 blir § 3-10 til § 3-12.')
    const current = ['### § 3-10. Ti', '', 'Ti.', '', '### § 3-11. Elleve', '', 'Elleve.', '', '### § 3-12. Tolv', '', 'Tolv.', '', '### § 3-13. Tretten', '', 'Tretten.', ''].join('\n')
    const {result, messages} = run(current, `${instruction}\n`)
    // Read as a repeal and a renumbering (the missing space no longer hides the second sentence).
    expect(result.instructions.map((i) => [i.action, i.applied])).toEqual([['repeal', true], ['renumber', true]])
    expect(messages).toEqual([['instruction-repealed-number-reused', 1, false]])
    expect(result.text).toContain('### § 3-10. Elleve')
    expect(result.text).toContain('### § 3-12. Tretten')
  })
})

describe('section numbers of a lettered chapter', () => {
  it('«§ 2 A-6» (lov 20. juni 2025 nr. 36, nl-20250620-036.xml) is § 2 A-6, not § 2', () => {
    const xml = readFileSync(join(SHARED, 'inputs/lovtidend-2025-laws/nl-20250620-036.xml'), 'utf8')
    expect(xml).toContain('§ 2 A-6')
    const current = '### § 2 A-5. Fem\n\nFem.\n\n### § 2 A-6. Seks\n\nSeks.\n'
    const tree = parseProvisions(new VFile({path: 'current.md', value: current}))
    const ids = JSON.stringify(tree).match(/"id":"[^"]*§[^"]*"/gu) ?? []
    expect(ids.some((id) => /§2 ?A-6/u.test(id))).toBe(true)
    expect(ids.some((id) => /§2"/u.test(id))).toBe(false)
    const {result, messages} = run(current, '§ 2 A-6 skal lyde:\n\n§ 2 A-6. Seks\n\nNy tekst.\n')
    expect(messages).toEqual([])
    expect(result.text).toBe('### § 2 A-5. Fem\n\nFem.\n\n### § 2 A-6. Seks\n\nNy tekst.\n')
  })
})

describe('lettered ranges', () => {
  it('«§ 14-2 bokstav a til c skal lyde:» (forskrift-1999-12-22-1559.md): each item takes its own from one wording', () => {
    const {instruction} = historyEntry('forskrift-1999-12-22-1559.md', '§ 14-2 bokstav a til c skal lyde:')
    const current = '### § 14-2. Liste\n\nDet gjelder:\n\na. gammel a,\n\nb. gammel b,\n\nc. gammel c,\n\nd. gammel d.\n'
    const {result, messages} = run(current, `${instruction}\n\na. ny a,\n\nb. ny b,\n\nc. ny c,\n`)
    expect(messages).toEqual([])
    expect(result.instructions.map((i) => i.applied)).toEqual([true, true, true])
    expect(result.text).toContain('a. ny a,')
    expect(result.text).toContain('c. ny c,')
    expect(result.text).toContain('d. gammel d.')
    expect(result.text).not.toContain('gammel b')
  })
})

describe('«(n)» numbered ledd follow a stated renumbering', () => {
  it('«§ 13 nytt fjerde ledd skal lyde:» + «§ 13 nåværende fjerde og femte ledd blir nye femte og sjette ledd.» (forskrift-1977-05-13-2.md) in a numbered section', () => {
    const text = readFileSync(join(HISTORY, 'forskrift-1977-05-13-2.md'), 'utf8')
    expect(text).toContain('*§ 13 nytt fjerde ledd skal lyde:*')
    expect(text).toContain('*§ 13 nåværende fjerde og femte ledd blir nye femte og sjette ledd.*')
    const current = '### § 13. Tretten\n\n(1) En.\n\n(2) To.\n\n(3) Tre.\n\n(4) Fire.\n\n(5) Fem.\n'
    const proposed = '§ 13 nytt fjerde ledd skal lyde:\n\nNy fjerde.\n\n§ 13 nåværende fjerde og femte ledd blir nye femte og sjette ledd.\n'
    const {result, messages} = run(current, proposed)
    expect(messages).toEqual([])
    expect(result.text).toBe('### § 13. Tretten\n\n(1) En.\n\n(2) To.\n\n(3) Tre.\n\n(4) Ny fjerde.\n\n(5) Fire.\n\n(6) Fem.\n')
  })

  it('a repeal with its renumbering («§ 11 fjerde ledd oppheves. Nåværende femte og sjette ledd blir fjerde og femte ledd.», dagligvare-tilsyn) renumbers «(5)» and «(6)»', () => {
    const current = '### § 11. Elleve\n\n(1) En.\n\n(2) To.\n\n(3) Tre.\n\n(4) Fire.\n\n(5) Fem.\n\n(6) Seks.\n'
    const {result, messages} = run(current, '§ 11 fjerde ledd oppheves. Nåværende femte og sjette ledd blir fjerde og femte ledd.\n')
    expect(messages).toEqual([])
    expect(result.text).toContain('(3) Tre.\n\n(4) Fem.\n\n(5) Seks.')
    expect(result.text).not.toContain('Fire.')
  })
})

describe('what the applier cannot do is an error at its line, never silent', () => {
  it('«Etter § 7-9 skal nytt avsnitt III lyde:» (a subdivision of a chapter)', () => {
    const {result, messages} = run(CHAPTERS, 'Etter § 5-1 skal nytt avsnitt III lyde:\n\nIII. Nytt avsnitt\n')
    expect(messages.filter((m) => m[2] === true).map((m) => [m[0], m[1]])).toEqual([['instruction-unsupported', 1]])
    expect(result.text).toBe(CHAPTERS)
  })
})

describe('bulk renames follow the noun’s forms, and say which forms they left', () => {
  const sentence = 'I følgende bestemmelser skal «Dagligvaretilsynet» endres til «Konkurransetilsynet»:'

  it('the real sentence of dagligvare-tilsyn (regulations/dagligvare-tilsyn/proposed.md) changes the genitive and warns about a compound it cannot know', () => {
    const proposed = readFileSync(join(import.meta.dirname, '../../regulations/dagligvare-tilsyn/proposed.md'), 'utf8')
    expect(proposed).toContain(sentence)
    const current = '### § 11. Elleve\n\nDagligvaretilsynet fører tilsyn. Dagligvaretilsynets vedtak er endelige. Dagligvaretilsynsleder utnevnes av Kongen.\n'
    const {result, messages} = run(current, `${sentence}\n\n§ 11\n`)
    expect(result.text).toContain('Konkurransetilsynet fører tilsyn. Konkurransetilsynets vedtak er endelige.')
    expect(messages).toEqual([['instruction-ambiguous', 3, false], ['instruction-rename-form-left', 3, false]])
    expect(result.text).toContain('Dagligvaretilsynsleder')
  })

  it('«tilsettingen» → «ansettelsen» (nl-20250207-001.xml) also in the plural; the singular forms it cannot derive are left and reported', async () => {
    const {formsLeft, inflections, replaceInflected} = await import('../../src/instructions/inflect.js')
    const forms = inflections('tilsettingen', 'ansettelsen')
    const after = replaceInflected('Tilsettingen og tilsettingene, en tilsetting, to tilsettinger.', forms)
    expect(after).toBe('Tilsettingen og ansettelsene, en tilsetting, to ansettelser.')
    expect(formsLeft(after, 'tilsettingen')).toEqual(['Tilsettingen', 'tilsetting'])
    // «låntakeren» → «kredittkunden»: an agent noun inflects otherwise; only the quoted form is derived.
    expect(inflections('låntakeren', 'kredittkunden')).toEqual([{from: 'låntakeren', to: 'kredittkunden'}])
  })
})

describe('items sharing one wording', () => {
  it('«§ 4 første ledd bokstav c og ny bokstav d skal lyde:» (forskrift-2003-12-10-1745.md) with a wording that also gives e: e is reported, not silently dropped', () => {
    const text = readFileSync(join(HISTORY, 'forskrift-2003-12-10-1745.md'), 'utf8')
    expect(text).toContain('*§ 4 første ledd bokstav c og ny bokstav d skal lyde:*')
    const current = '### § 4. Fire\n\nDet gjelder:\n\na. en,\n\nb. to,\n\nc. tre.\n'
    const {result, messages} = run(current, '§ 4 første ledd bokstav c og ny bokstav d skal lyde:\n\nc. ny tre,\n\nd. fire,\n\ne. fem.\n')
    expect(result.instructions.map((i) => i.applied)).toEqual([true, true])
    expect(result.text).toContain('c. ny tre,')
    expect(result.text).toContain('d. fire,')
    expect(result.text).not.toContain('fem')
    expect(messages).toEqual([['instruction-body-mismatch', 1, false]])
  })
})

describe('a heading is one paragraph', () => {
  it('«§ 11 overskriften skal lyde:» (regulations/dagligvare-tilsyn/proposed.md) followed by a stray paragraph: the title is the first, the rest is said to be unused', () => {
    const current = '### § 11. Dagligvaretilsynets organisasjon og oppgaver\n\nTekst.\n'
    const {result, messages} = run(current, '§ 11 overskriften skal lyde:\n\n§ 11. Konkurransetilsynets oppgaver etter loven\n\nEt avsnitt som ikke hører til overskriften.\n')
    expect(result.text).toBe('### § 11. Konkurransetilsynets oppgaver etter loven\n\nTekst.\n')
    expect(messages).toEqual([['instruction-body-mismatch', 1, false]])
  })
})

describe('a sentence in an instruction paragraph that is no instruction', () => {
  it('is a warning at the instruction, not skipped without a word', () => {
    const {result, messages} = run(CHAPTERS, '§ 4-2 oppheves. Departementet kan gi overgangsregler.\n')
    expect(result.instructions.map((i) => [i.action, i.applied])).toEqual([['repeal', true]])
    expect(messages).toEqual([['instruction-clause-unused', 1, false]])
  })
})

describe('ledd numbers vacated by a stated renumbering', () => {
  const CASE = join(__dirname, '../fixtures/real/aml-psykososialt-2025')
  const current = readFileSync(join(CASE, 'current.md'), 'utf8')
  const proposed = readFileSync(join(CASE, 'proposed.md'), 'utf8')
  const section = (text: string): string => text.slice(text.indexOf('### § 4-3.'), text.indexOf('### § 4-4.'))
  const ledd = (text: string): string[] => section(text).split(/\n\s*\n/u).filter((p) => /^\(\d+\)/u.test(p))

  it('«§ 4-3 første og andre ledd skal lyde: … Nåværende første til femte ledd blir tredje til sjuende ledd.» (lov 20. juni 2025 nr. 71) inserts the new first and second ledd and keeps the five current ones as third to seventh', () => {
    const {result, messages} = run(current, proposed)
    expect(messages.filter((m) => m[2] === true)).toEqual([])
    const before = ledd(current)
    const after = ledd(result.text)
    expect(before).toHaveLength(5)
    expect(after).toHaveLength(7)
    expect(after[0]).toMatch(/^\(1\) Arbeidet skal organiseres, planlegges og gjennomføres/u)
    // The current ledd keep their wording under their new numbers: nothing of the text in force is lost.
    before.forEach((text, i) => expect(after[i + 2]).toBe(text.replace(/^\(\d+\)/u, `(${i + 3})`)))
  })

  it('a stated renumbering that does not hold after the instruction is an error at it, not dropped without a word', () => {
    const wrong = proposed.replace('blir tredje til sjuende ledd', 'blir fjerde til åttende ledd')
    const {messages} = run(current, wrong)
    expect(messages.some((m) => m[0] === 'instruction-renumbering-missing' && m[2] === true)).toBe(true)
  })
})

describe('a renumbered «(n)» ledd in the comparison', () => {
  it('arbeidsmiljøloven § 4-3: two ledd added, the five in force renumbered (not reworded), none unexplained on its own', async () => {
    const {runCase} = await import('../../src/index.js')
    const result = await runCase(join(__dirname, '../fixtures/real/aml-psykososialt-2025'), {formats: [], lang: 'nb'})
    const changes = result.report!.diff.changes
    expect(changes.map((c) => `${c.kind}:${c.level}`)).toEqual([
      'added:ledd', 'added:ledd', ...Array(5).fill('relettered:ledd')
    ])
    expect(changes.filter((c) => c.kind === 'relettered').map((c) => `${c.relabel!.from}->${c.relabel!.to}`)).toEqual(['1->3', '2->4', '3->5', '4->6', '5->7'])
    const unexplained = result.report!.diff.findings.filter((f) => f.code === 'unexplained-change').flatMap((f) => f.changeIds)
    expect(unexplained.every((id) => changes.find((c) => c.id === id)!.kind === 'added')).toBe(true)
  })
})
