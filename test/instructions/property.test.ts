/**
 * Property: for any regulation and any set of edits to it, applying the generated instructions to the
 * current text gives the edited text byte for byte, with no message. Regulations are generated in
 * Lovdata's Markdown style (chapters, sections, ledd, lettered lists, amendment notes) from real words.
 */
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {diffTrees} from '../../src/diff/index.js'
import {applyInstructions, attachInstructions, generateInstructionsFromText, isInstructionForm} from '../../src/instructions/index.js'
import {parseProvisions} from '../../src/parse/index.js'
import type {CaseMeta} from '../../src/types.js'

interface Ledd {
  sentences: string[]
  items: string[] | null
}
interface Sec {
  label: string
  title: string
  ledd: Ledd[]
  note: string | null
  repealed: boolean
  /** Added by an edit: repealing it in the same proposal would be meaningless. */
  added?: boolean
}
interface Chapter {
  n: number
  title: string
  sections: Sec[]
}

const WORDS = [
  'tiltaket', 'kan', 'gis', 'til', 'personer', 'med', 'nedsatt', 'arbeidsevne', 'deltakeren', 'skal', 'få', 'tilbud',
  'om', 'oppfølging', 'i', 'inntil', 'ett', 'år', 'og', 'eller', 'jobbspesialisten', 'Arbeids- og velferdsetaten',
  'jf. § 3-2', 'forskrift 12. august 2016 nr. 974', 'helse- og omsorgstjenesten', 'opplæring', 'utdanning', 'bl.a.',
  'arbeidsgiver', 'planen', 'vurdere', 'behov', 'for', 'bistand', 'fra', 'det', 'året', 'personen', 'fyller', '16', 'år,'
]
const CAPS = ['Tiltaket', 'Deltakeren', 'Jobbspesialisten', 'Planen', 'Arbeidsgiveren', 'Opplæringen', 'Det']

const sentence = fc
  .tuple(fc.constantFrom(...CAPS), fc.array(fc.constantFrom(...WORDS), {minLength: 2, maxLength: 9}))
  .map(([first, rest]) => `${first} ${rest.join(' ')}.`)
const itemText = fc.array(fc.constantFrom(...WORDS), {minLength: 1, maxLength: 6}).map((w) => w.join(' ') + ',')
const ledd: fc.Arbitrary<Ledd> = fc.oneof(
  {weight: 4, arbitrary: fc.array(sentence, {minLength: 1, maxLength: 4}).map((sentences) => ({sentences, items: null}))},
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.array(fc.constantFrom(...WORDS), {minLength: 2, maxLength: 6}), fc.array(itemText, {minLength: 2, maxLength: 5}))
      .map(([lead, items]) => ({sentences: [`${CAPS[0]} ${lead.join(' ')}`], items}))
  }
)
const title = fc.array(fc.constantFrom('Innhold', 'Personkrets', 'Varighet', 'Plan', 'og', 'oppfølging', 'samarbeid'), {minLength: 1, maxLength: 3}).map((w) => {
  const t = w.join(' ')
  return t[0]!.toUpperCase() + t.slice(1)
})
const note = fc.option(fc.constantFrom('*Endret ved forskrift 31 jan 2025 nr. 117 (i kraft 1 juli 2025).*', '*Tilføyd ved forskrift 30 juli 2025 nr. 1576 (i kraft 1 aug 2025).*'), {nil: null})
const regulation: fc.Arbitrary<Chapter[]> = fc
  .array(fc.array(fc.tuple(title, fc.array(ledd, {minLength: 1, maxLength: 4}), note), {minLength: 1, maxLength: 4}), {minLength: 1, maxLength: 3})
  .map((chapters) =>
    chapters.map((sections, c) => ({
      n: c + 1,
      title: `Kapittel ${c + 1}`,
      sections: sections.map(([t, l, n], s) => ({label: `${c + 1}-${s + 1}`, title: t, ledd: l, note: n, repealed: false}))
    }))
  )

function renderLedd(l: Ledd): string {
  if (l.items === null) return l.sentences.join(' ')
  return `${l.sentences.join(' ')}\n\n${l.items.map((it, i) => `${String.fromCharCode(97 + i)}. ${it}`).join('\n')}`
}

function render(reg: Chapter[]): string {
  const out = ['# Forskrift om prøving av regdiff']
  for (const chapter of reg) {
    out.push(`## Kapittel ${chapter.n}. ${chapter.title}`)
    for (const s of chapter.sections) {
      out.push(`#### § ${s.label}. ${s.repealed ? '(Opphevet)' : s.title}`)
      if (!s.repealed) for (const l of s.ledd) out.push(renderLedd(l))
      if (s.note) out.push(s.note)
    }
  }
  return out.join('\n\n') + '\n'
}

/** One edit a ministry might make, chosen by numbers so fast-check can shrink it. */
type Edit = [kind: number, a: number, b: number, c: number, text: string, more: string]
const edit: fc.Arbitrary<Edit> = fc.tuple(fc.nat(12), fc.nat(50), fc.nat(50), fc.nat(50), sentence, fc.constantFrom(...WORDS))

function pick<T>(xs: T[], n: number): T | undefined {
  return xs.length === 0 ? undefined : xs[n % xs.length]
}

function applyEdit(reg: Chapter[], [kind, a, b, c, text, word]: Edit): void {
  const chapter = pick(reg, a)!
  const live = chapter.sections.filter((s) => !s.repealed)
  const section = pick(live, b)
  if (kind === 12) {
    // The chapter is renamed.
    chapter.title = `${chapter.title} og ${word}`
    return
  }
  if (kind === 10) {
    // A new section at the end of the chapter.
    const last = chapter.sections.length + 1
    chapter.sections.push({label: `${chapter.n}-${last}`, title: 'Ny bestemmelse', ledd: [{sentences: [text], items: null}], note: null, repealed: false, added: true})
    return
  }
  if (!section) return
  const l = pick(section.ledd, c)!
  switch (kind) {
    case 0: // change one word
      if (l.sentences.length > 0) {
        const i = c % l.sentences.length
        const words = l.sentences[i]!.split(' ')
        words[1 + (a % Math.max(1, words.length - 2))] = word
        l.sentences[i] = words.join(' ')
      }
      break
    case 1: // new sentence
      if (l.items === null) l.sentences.splice(b % (l.sentences.length + 1), 0, text)
      break
    case 2: // sentence removed
      if (l.items === null && l.sentences.length > 1) l.sentences.splice(b % l.sentences.length, 1)
      break
    case 3: // ledd rewritten
      section.ledd[c % section.ledd.length] = {sentences: [text, text.replace(/\.$/, ' igjen.')], items: null}
      break
    case 4: // new last ledd
      section.ledd.push({sentences: [text], items: null})
      break
    case 5: // new ledd in the middle
      section.ledd.splice(c % section.ledd.length, 0, {sentences: [text], items: null})
      break
    case 6: // ledd removed
      if (section.ledd.length > 1) section.ledd.splice(c % section.ledd.length, 1)
      break
    case 7: // list item removed (and the rest relettered) or changed
      if (l.items && l.items.length > 2) l.items.splice(b % l.items.length, 1)
      else if (l.items) l.items[0] = `${word} ${l.items[0]}`
      break
    case 8: // heading changed
      section.title = section.title + ' mv.'
      break
    case 9: // section repealed
      if (!section.added) section.repealed = true
      break
    case 11: // several words replaced in one sentence
      l.sentences[0] = l.sentences[0]!.replace(/ \S+ \S+/, ` ${word} ${word}`)
      break
  }
}

const META: CaseMeta = {
  id: 'prop', title: 'x', regulationId: 'FOR-2020-01-01-1', shortTitle: null, ministry: null, dates: {inForce: '2027-01-01'},
  proposalForm: null, language: 'nb'
}
const EMPTY = {path: 'current.md', frontmatter: null, title: null, children: [], repeals: [], outside: []}

describe('generated instructions, applied, give the proposal exactly', () => {
  it('on generated regulations and edits (property)', () => {
    fc.assert(
      fc.property(regulation, fc.array(edit, {minLength: 1, maxLength: 4}), fc.boolean(), (reg, edits, crlf) => {
        // Some files come with Windows line ends; the round trip must keep them.
        const eol = (t: string): string => (crlf ? t.replace(/\n/g, '\r\n') : t)
        const currentText = eol(render(reg))
        const proposedModel = structuredClone(reg)
        for (const e of edits) applyEdit(proposedModel, e)
        const proposedText = eol(render(proposedModel))
        const instructions = generateInstructionsFromText(currentText, proposedText, META)
        expect(isInstructionForm(instructions)).toBe(true)
        const file = new VFile({path: 'instructions.md', value: instructions})
        const result = applyInstructions({tree: EMPTY, text: currentText}, file)
        // Edits may cancel out; an amending text without changes is reported as such when applied.
        expect(file.messages.map((m) => m.ruleId)).toEqual(currentText === proposedText ? ['instruction-none'] : [])
        expect(result.text).toBe(proposedText)
        expect(result.entryIntoForce).toBe('2027-01-01')
      }),
      {numRuns: 300, seed: 20260526}
    )
  })

  it('chooses the narrowest instruction for a one-word change', () => {
    const reg: Chapter[] = [
      {
        n: 1, title: 'Kapittel 1',
        sections: [
          {label: '1-1', title: 'Formål', note: null, repealed: false, ledd: [
            {sentences: ['Tiltaket kan gis til personer med nedsatt arbeidsevne.', 'Planen skal holdes oppdatert.'], items: null},
            {sentences: ['Deltakeren skal få tilbud om oppfølging.'], items: null}
          ]}
        ]
      }
    ]
    const proposed = structuredClone(reg)
    proposed[0]!.sections[0]!.ledd[1]!.sentences[0] = 'Deltakeren kan få tilbud om oppfølging.'
    const text = generateInstructionsFromText(render(reg), render(proposed), {...META, dates: {}})
    expect(text).toContain('\n\nI § 1-1 annet ledd skal «skal» lyde «kan».\n')
  })

  it('every change the diff finds carries the instruction that made it (property)', () => {
    fc.assert(
      fc.property(regulation, fc.array(edit, {minLength: 1, maxLength: 3}), (reg, edits) => {
        const currentText = render(reg)
        const proposedModel = structuredClone(reg)
        for (const e of edits) applyEdit(proposedModel, e)
        const instructions = generateInstructionsFromText(currentText, render(proposedModel), META)
        const current = parseProvisions(new VFile({path: 'current.md', value: currentText}))
        const file = new VFile({path: 'instructions.md', value: instructions})
        const applied = applyInstructions({tree: current, text: currentText}, file)
        const proposed = parseProvisions(new VFile({path: 'proposed.md', value: applied.text}))
        const diff = diffTrees(current, proposed, {form: 'instructions', currentText, proposedText: applied.text})
        const attached = attachInstructions(diff, applied.instructions)
        for (const change of attached.changes) {
          const what = `${change.kind} ${change.current?.id ?? ''} → ${change.proposed?.id ?? ''}\n${instructions}`
          expect(change.instruction, what).not.toBeNull()
          // …and it is an instruction about that very section (for a move: about one of its two ends).
          const labels = [change.current, change.proposed].flatMap((r) => (r ? [/§([^/]+)/.exec(r.id)?.[1]] : [])).filter((l) => l !== undefined)
          if (labels.length > 0) expect(change.instruction!.text, what).toMatch(new RegExp(`§ (?:${labels.join('|')})(?![\\d-])`))
        }
      }),
      {numRuns: 100, seed: 424242}
    )
  })
})
