/**
 * Generated regulations and edit scripts for the property tests. A regulation is a small model
 * (chapters → sections → ledd → sentences and items) rendered to Lovdata-style Markdown; an edit
 * script changes distinct sections so that each edit's expected outcome can be checked on its own.
 */
import fc from 'fast-check'

export interface Ledd {
  sentences: string[]
  items: string[]
}
export interface Section {
  label: string
  title: string
  ledd: Ledd[]
}
export interface Regulation {
  title: string
  chapters: Array<{number: number; title: string; sections: Section[]}>
}

export type Edit =
  | {type: 'reword'; section: number; ledd: number; sentence: number; word: number; replacement: string}
  | {type: 'insert-sentence'; section: number; ledd: number; at: number; text: string}
  | {type: 'delete-sentence'; section: number; ledd: number; sentence: number}
  | {type: 'move-sentence'; section: number; ledd: number; sentence: number; to: number; toLedd: number}
  | {type: 'move-reword'; section: number; ledd: number; sentence: number; to: number; toLedd: number; word: number; replacement: string}
  | {type: 'delete-item'; section: number; item: number}
  | {type: 'punctuation'; section: number; ledd: number; sentence: number}
  | {type: 'insert-ledd'; section: number; at: number; text: string}

const WORDS = [
  'arbeid', 'deltakeren', 'tiltaket', 'oppfølging', 'etaten', 'vedtak', 'søknad', 'plan', 'behov', 'tilbud',
  'opplæring', 'utdanning', 'arbeidsgiver', 'kommunen', 'frist', 'varighet', 'vilkår', 'samtykke', 'bistand',
  'veiledning', 'helsetjenesten', 'jobbspesialist', 'personer', 'unge', 'lønn', 'tilskudd', 'klage', 'rett',
  'plikt', 'skal', 'kan', 'må', 'gis', 'etter', 'med', 'til', 'for', 'om', 'i', 'og', 'eller', 'ved', 'fra',
  'innen', 'inntil', 'år', 'måneder', 'uker', 'nødvendig', 'særlige', 'tilpasset', 'ordinært', 'regelmessig'
]

const word = fc.constantFrom(...WORDS)
let serial = 0

/** A sentence with a number unique within the run, so no two generated sentences are equal by chance. */
const sentence = fc.array(word, {minLength: 4, maxLength: 11}).map((ws) => {
  serial += 1
  const text = [...ws.slice(0, 2), String(serial), ...ws.slice(2)].join(' ')
  return text[0]!.toUpperCase() + text.slice(1) + '.'
})
const item = fc.array(word, {minLength: 3, maxLength: 8}).map((ws) => {
  serial += 1
  return [...ws, 'nr', String(serial)].join(' ')
})
const ledd: fc.Arbitrary<Ledd> = fc.record({
  sentences: fc.array(sentence, {minLength: 1, maxLength: 4}),
  items: fc.oneof({weight: 3, arbitrary: fc.constant([] as string[])}, {weight: 1, arbitrary: fc.array(item, {minLength: 2, maxLength: 6})})
})

export const regulation: fc.Arbitrary<Regulation> = fc
  .array(fc.array(fc.record({title: fc.array(word, {minLength: 1, maxLength: 3}).map((w) => w.join(' ')), ledd: fc.array(ledd, {minLength: 1, maxLength: 4})}), {minLength: 1, maxLength: 5}), {minLength: 1, maxLength: 4})
  .map((chapters) => ({
    title: 'Forskrift om generert tiltak',
    chapters: chapters.map((sections, c) => ({
      number: c + 1,
      title: `Kapittel om ${c + 1}`,
      sections: sections.map((s, k) => ({label: `${c + 1}-${k + 1}`, title: cap(s.title), ledd: s.ledd}))
    }))
  }))

function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1)
}

export function sectionsOf(r: Regulation): Section[] {
  return r.chapters.flatMap((c) => c.sections)
}

export interface RenderOptions {
  crlf: boolean
  frontmatter: boolean
  /** Put a no-break space after "§" in headings (as some sources do). */
  nbsp: boolean
}

export function render(r: Regulation, o: RenderOptions): string {
  const out: string[] = []
  if (o.frontmatter) out.push('---', `tittel: "${r.title}"`, '---', '')
  out.push(`# ${r.title}`, '')
  for (const c of r.chapters) {
    out.push(`## Kapittel ${c.number}. ${c.title}`, '')
    for (const s of c.sections) {
      out.push(`#### §${o.nbsp ? '\u00A0' : ' '}${s.label}. ${s.title}`, '')
      for (const l of s.ledd) {
        out.push(l.sentences.join(' '))
        l.items.forEach((it, i) => out.push(`${String.fromCharCode(97 + i)}. ${it}`))
        out.push('')
      }
    }
  }
  return out.join(o.crlf ? '\r\n' : '\n')
}

export const renderOptions: fc.Arbitrary<RenderOptions> = fc.record({crlf: fc.boolean(), frontmatter: fc.boolean(), nbsp: fc.boolean()})

/** An edit script over distinct sections of `r` (a move uses two). */
export function editScript(r: Regulation): fc.Arbitrary<Edit[]> {
  const n = sectionsOf(r).length
  return fc.array(
    fc.record({
      type: fc.constantFrom<Edit['type']>('reword', 'insert-sentence', 'delete-sentence', 'move-sentence', 'move-reword', 'delete-item', 'punctuation', 'insert-ledd'),
      section: fc.nat(n - 1),
      to: fc.nat(n - 1),
      ledd: fc.nat(10),
      toLedd: fc.nat(10),
      sentence: fc.nat(10),
      item: fc.nat(10),
      word: fc.nat(20),
      replacement: word,
      text: sentence,
      at: fc.nat(10)
    }),
    {minLength: 1, maxLength: 5}
  ).map((raw) => {
    const used = new Set<number>()
    const edits: Edit[] = []
    for (const e of raw) {
      if (used.has(e.section)) continue
      const move = e.type === 'move-sentence' || e.type === 'move-reword'
      if (move && (e.to === e.section || used.has(e.to))) continue
      used.add(e.section)
      if (move) used.add(e.to)
      edits.push(e as Edit)
    }
    return edits
  })
}

/**
 * Apply an edit script; returns the edited copy and, per edit that could be applied, what it did
 * (old and new text), so a test can check the diff found exactly that.
 */
export function applyEdits(r: Regulation, edits: Edit[]): {result: Regulation; applied: Array<Edit & {before: string | null; after: string | null; sections: string[]}>} {
  const result: Regulation = structuredClone(r)
  const secs = sectionsOf(result)
  const applied: Array<Edit & {before: string | null; after: string | null; sections: string[]}> = []
  for (const e of edits) {
    const s = secs[e.section]!
    const l = s.ledd[('ledd' in e ? e.ledd : 0) % s.ledd.length]!
    switch (e.type) {
      case 'reword': {
        const k = e.sentence % l.sentences.length
        const words = l.sentences[k]!.slice(0, -1).split(' ')
        const w = e.word % words.length
        if (/\d/.test(words[w]!) || words[w]!.toLowerCase() === e.replacement) break
        const before = l.sentences[k]!
        words[w] = w === 0 ? cap(e.replacement) : e.replacement
        l.sentences[k] = words.join(' ') + '.'
        applied.push({...e, before, after: l.sentences[k]!, sections: [s.label]})
        break
      }
      case 'insert-sentence': {
        l.sentences.splice(e.at % (l.sentences.length + 1), 0, e.text)
        applied.push({...e, before: null, after: e.text, sections: [s.label]})
        break
      }
      case 'delete-sentence': {
        // Keep at least one sentence: a ledd with items needs its lead-in.
        if (l.sentences.length < 2) break
        const [before] = l.sentences.splice(e.sentence % l.sentences.length, 1)
        applied.push({...e, before: before!, after: null, sections: [s.label]})
        break
      }
      case 'move-sentence':
      case 'move-reword': {
        if (l.sentences.length < 2) break
        const [moved] = l.sentences.splice(e.sentence % l.sentences.length, 1)
        let after = moved!
        if (e.type === 'move-reword') {
          // Edited on the way: one word replaced (not the unique number, so the move stays findable).
          const words = moved!.slice(0, -1).split(' ')
          const w = e.word % words.length
          if (!/\d/.test(words[w]!) && words[w]!.toLowerCase() !== e.replacement) words[w] = w === 0 ? cap(e.replacement) : e.replacement
          after = words.join(' ') + '.'
        }
        const t = secs[e.to]!
        const tl = t.ledd[e.toLedd % t.ledd.length]!
        // Appended after the last sentence (before any list, which belongs to the lead-in).
        tl.sentences.push(after)
        applied.push({...e, before: moved!, after, sections: [s.label, t.label]})
        break
      }
      case 'delete-item': {
        const withItems = s.ledd.find((x) => x.items.length > 0)
        if (!withItems) break
        const [before] = withItems.items.splice(e.item % withItems.items.length, 1)
        applied.push({...e, before: before!, after: null, sections: [s.label]})
        break
      }
      case 'punctuation': {
        const k = e.sentence % l.sentences.length
        const before = l.sentences[k]!
        // A comma after the second word: wording unchanged, punctuation changed.
        const words = before.split(' ')
        if (words.length < 3) break
        words[1] = words[1] + ','
        l.sentences[k] = words.join(' ')
        applied.push({...e, before, after: l.sentences[k]!, sections: [s.label]})
        break
      }
      case 'insert-ledd': {
        s.ledd.splice(e.at % (s.ledd.length + 1), 0, {sentences: [e.text], items: []})
        applied.push({...e, before: null, after: e.text, sections: [s.label]})
        break
      }
    }
  }
  return {result, applied}
}
