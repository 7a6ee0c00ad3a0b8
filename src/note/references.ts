/**
 * References to provisions in running Norwegian text ("se forslag til nytt siste ledd i § 3-1",
 * "§§ 3-1 til 3-5", "arbeidsmiljøloven § 4-2"), and their resolution to provision ids.
 */
import type {Provision, ProvisionTree} from '../types.js'
import {ORDINAL_PATTERN, parseOrdinal} from '../grammar/ordinals.js'
import {MONTHS as MONTH_NAMES} from '../grammar/months.js'

export interface LeddRef {
  /** 1-based ordinal, or `last` for "siste ledd". */
  ordinal: number | 'last'
  /** "nytt siste ledd": the ledd is new in the proposal, so it is looked up there only. */
  isNew: boolean
}

export interface Reference {
  /** The reference as written, from the first qualifier to the last ("nytt siste ledd i § 3-1"). */
  text: string
  /** Offsets into the text given to `extractReferences` (UTF-16 units, end exclusive). */
  start: number
  end: number
  /** `self`: this regulation; `external`: another act or regulation (named in `act`). */
  scope: 'self' | 'external'
  /** The act named with the reference, as written ("arbeidsmiljøloven", "loven"), or null when none is. */
  act: string | null
  /** Section labels in the order written, normalised without spaces (`3-1`, `14a`). */
  sections: string[]
  /** For "§§ 3-1 til 3-5" / "§ 3-1 til § 3-5": the bounds (also present in `sections`). */
  range: {from: string; to: string} | null
  ledd: LeddRef | null
  /** Letters of "bokstav a til e" expanded (`a`…`e`), or null. */
  letters: string[] | null
  /** Numbers of "nr. 3", or null. */
  numbers: string[] | null
  sentence: number | 'last' | null
  /**
   * A part of the section named without its number: "et nytt punktum i § 2-3", "en bokstav i § 6-16",
   * "et ledd i § 3-14". `isNew` for "nytt"/"ny"/"nye".
   */
  part: {kind: 'ledd' | 'punktum' | 'bokstav'; isNew: boolean} | null
}

export interface ExtractOptions {
  /**
   * Names the text uses for the regulation itself ("egenregiforskriften"), lowercase. "forskriften" and
   * "denne forskrift" always mean the regulation itself.
   */
  selfNames?: string[]
}

const ORD = `(?:${ORDINAL_PATTERN}|\\d{1,2}\\.)`
// "3-1", "14a", "12 a": a letter after a space only a–h and not "i" (the preposition), never followed
// by another letter ("§ 4 tredje" is § 4).
const SEC = String.raw`\d+(?:-\d+)?(?:[a-z]|\s[a-h])?(?![\p{L}\d])`
const LETTER = String.raw`[a-zæøå](?![\p{L}\d])`
const ACT_NAMES = 'loven|lova|lov|forskriften|forskrifta|forskrift|instruksen|instruks|reglementet|vedtektene'
const ACT_WORD = String.raw`(?:[\p{L}]+-\s+(?:og|eller)\s+)?[\p{L}-]*?(?:${ACT_NAMES})`

const SECTIONS_RE = new RegExp(String.raw`(§§?)\s*(${SEC})`, 'uy')
const CONTINUATION_RE = new RegExp(String.raw`\s*(,|og|eller|til|–|-)\s*(§\s*)?(${SEC})`, 'uy')
const LEDD_AFTER = new RegExp(String.raw`\s+(?:(nytt?|ny)\s+)?(${ORD})\s+ledd(?![\p{L}])`, 'uiy')
const LETTERS_AFTER = new RegExp(
  String.raw`\s+(?:ny\s+)?bokstav(?:ene)?\s+(${LETTER}(?:\s*(?:,|og|eller|til|–|-)\s*${LETTER})*)`,
  'uiy'
)
const NUMBERS_AFTER = /\s+nr\.\s*(\d+(?:\s*(?:,|og|eller|til|–|-)\s*\d+)*)(?![\p{L}\d])/uy
const SENTENCE_AFTER = new RegExp(String.raw`\s+(?:(?:nytt?|ny)\s+)?(${ORD})\s+punktum(?![\p{L}])`, 'uiy')
const ACT_AFTER = new RegExp(String.raw`\s+i\s+(denne forskrift(?:en)?|${ACT_WORD})(?![\p{L}])`, 'uiy')

// Qualifiers written before the section: "nytt siste ledd i § 3-1", "annet punktum i § 3-2 første ledd".
const BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])((?:(?:nytt?|ny)\s+)?(?:(${ORD})\s+punktum\s+i\s+)?(?:(nytt?|ny)\s+)?(${ORD})\s+(ledd|punktum)|(?:ny\s+)?bokstav(?:ene)?\s+(${LETTER}(?:\s*(?:,|og|eller|til|–|-)\s*${LETTER})*))\s+(?:i|til)\s+$`,
  'iu'
)
// The act written right before the section: "arbeidsmiljøloven § 4-2", "(arbeidsmarkedsloven) § 12",
// "lov 16. juni 2006 nr. 20 § 4".
// "et nytt punktum i § 2-3", "en bokstav i § 6-16", "to nye ledd i § 3-1", "et ledd i § 3-14".
const PART_BEFORE = /(?:^|[^\p{L}])((?:et|en|ett|to|tre|flere)\s+(?:(nytt?|nye|ny)\s+)?(ledd|punktum|bokstav|bokstaver)|(nytt?|nye|ny)\s+(ledd|punktum|bokstav))\s+(?:i|til)\s+$/iu
const ACT_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}-])(${ACT_WORD})\)?\s*$`, 'iu')
// "lov 16. juni 2006 nr. 20 § 4", also with its title: "lov 16. juni 2006 nr. 20 om arbeids- og
// velferdsforvaltningen § 4" (the title runs to the § without a full stop or another §).
const DATED_ACT_BEFORE = /((?:lov|forskrift)\s+(?:av\s+)?\d{1,2}\.\s*\p{L}+\s+\d{4}\s+nr\.\s*\d+)(?:\s+om\s+[^§.;:()]{1,120}?)?\s*$/iu

// What BEFORE and PART_BEFORE end with: "i" or "til" between white space.
const PREPOSITION_END = /\s(?:i|til)\s+$/iu
// What ACT_BEFORE ends with, tested on as many last characters as the longest act name has.
const ACT_WORD_END = new RegExp(`(?:${ACT_NAMES})$`, 'iu')
const ACT_NAME_LENGTH = Math.max(...ACT_NAMES.split('|').map((name) => name.length))

/** Does `before` end with an act word, then perhaps ")" and white space? Needed for ACT_BEFORE to match. */
function endsWithActWord(before: string): boolean {
  let end = before.trimEnd()
  if (end.endsWith(')')) end = end.slice(0, -1)
  return ACT_WORD_END.test(end.slice(-ACT_NAME_LENGTH))
}

const CLAUSE_WORDS = new Set(['at', 'og', 'i', 'til', 'jf', 'se', 'etter', 'om', 'av', 'for', 'med', 'enn', 'som', 'der', 'hvor', 'eller', 'men', 'fordi'])

const SELF_ALWAYS = ['forskriften', 'forskrifta', 'denne forskrift', 'denne forskriften']

const OTHER_TEXT_BEFORE = /(?:^|[^\p{L}])(grl\.|grunnloven|grunnlova|da\s+gjeldende|dagjeldende|daverande|dåverande|tidligere|tidlegare)\s*$/iu

export function extractReferences(text: string, options: ExtractOptions = {}): Reference[] {
  const selfNames = new Set([...SELF_ALWAYS, ...(options.selfNames ?? []).map((name) => name.toLowerCase())])
  const out: Reference[] = []
  let from = 0
  for (;;) {
    const at = text.indexOf('§', from)
    if (at < 0) break
    SECTIONS_RE.lastIndex = at
    const head = SECTIONS_RE.exec(text)
    if (!head) {
      from = at + 1
      continue
    }
    const plural = head[1] === '§§'
    const sections = [normaliseLabel(head[2]!)]
    let range: Reference['range'] = null
    // The continuation piece by piece: "§ 4a og § 7", "§§ 3-1 til 3-5", "§ 3-1 til § 3-5".
    let end = SECTIONS_RE.lastIndex
    let pos = end
    for (;;) {
      CONTINUATION_RE.lastIndex = pos
      const more = CONTINUATION_RE.exec(text)
      if (!more) break
      const label = normaliseLabel(more[3]!)
      // Without a § sign a bare number only continues a "§§" list or a chapter-form label ("og 3-2"),
      // so "§ 4 og 7 personer" stays one reference.
      if (!plural && !more[2] && !label.includes('-')) break
      const joiner = more[1]!
      if ((joiner === 'til' || joiner === '–' || joiner === '-') && !range) {
        range = {from: sections[sections.length - 1]!, to: label}
      }
      sections.push(label)
      pos = CONTINUATION_RE.lastIndex
      end = pos
    }

    const after = readAfter(text, end)
    end = after.end
    let {ledd, letters, sentence, act} = after
    const numbers = after.numbers
    let part: Reference['part'] = null
    let start = at

    const before = text.slice(Math.max(0, at - 160), at)
    const read = readBefore(before, at, act)
    start = read.start
    if (read.letters) letters = read.letters
    if (read.sentence !== null) sentence = read.sentence
    if (read.ledd) ledd = read.ledd
    if (read.part) part = read.part
    act = read.act
    const scope = act === null || selfNames.has(act.toLowerCase()) ? 'self' : 'external'
    out.push({
      text: text.slice(start, end),
      start,
      end,
      scope,
      act,
      sections,
      range,
      ledd,
      letters,
      numbers,
      sentence,
      part
    })
    from = end
  }
  return out
}

/** What follows the § label: "første ledd", "bokstav a og b", "nr. 3", "annet punktum", "i forskriften". */
function readAfter(
  text: string,
  from: number
): {end: number; ledd: LeddRef | null; letters: string[] | null; numbers: string[] | null; sentence: Reference['sentence']; act: string | null} {
  let end = from
  const tryAfter = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = end
    const m = re.exec(text)
    if (m) end = re.lastIndex
    return m
  }
  const leddAfter = tryAfter(LEDD_AFTER)
  const lettersAfter = tryAfter(LETTERS_AFTER)
  const numbersAfter = tryAfter(NUMBERS_AFTER)
  const sentenceAfter = tryAfter(SENTENCE_AFTER)
  const actAfter = tryAfter(ACT_AFTER)
  return {
    end,
    ledd: leddAfter ? {ordinal: ordinalOf(leddAfter[2]!), isNew: Boolean(leddAfter[1])} : null,
    letters: lettersAfter ? expandLetters(lettersAfter[1]!) : null,
    numbers: numbersAfter ? expandNumbers(numbersAfter[1]!) : null,
    sentence: sentenceAfter ? ordinalOf(sentenceAfter[1]!) : null,
    act: actAfter ? actAfter[1]! : null
  }
}

/**
 * What the words before a § say about the reference, read backwards: a qualifier ("nytt siste ledd i",
 * "annet punktum i", "bokstav a i"), a part ("et nytt punktum i"), or the act it belongs to
 * ("arbeidsmiljøloven", "lov 16. juni 2006 nr. 20", "Grl.", "da gjeldende"). `act` is what was read after
 * the §, if anything; it wins.
 */
function readBefore(
  before: string,
  at: number,
  actAfter: string | null
): {start: number; letters: string[] | null; sentence: Reference['sentence']; ledd: LeddRef | null; part: Reference['part']; act: string | null} {
  const out = {start: at, letters: null as string[] | null, sentence: null as Reference['sentence'], ledd: null as LeddRef | null, part: null as Reference['part'], act: actAfter}
  // The patterns read backwards from the § are tried at every place in `before`; each is run only
  // when the end of `before` has what it must end with (most references have no qualifier nor act).
  const preposition = PREPOSITION_END.test(before)
  const qualifier = preposition ? BEFORE.exec(before) : null
  if (qualifier) {
    out.start = at - (before.length - before.lastIndexOf(qualifier[1]!))
    const [, , sentenceOrd, newMark, ord, unit, letterList] = qualifier
    if (letterList) out.letters = expandLetters(letterList)
    else if (unit?.toLowerCase() === 'punktum') out.sentence = ordinalOf(ord!)
    else if (ord) {
      out.ledd = {ordinal: ordinalOf(ord), isNew: Boolean(newMark) || /^\s*nytt?\s/i.test(qualifier[1]!)}
      if (sentenceOrd) out.sentence = ordinalOf(sentenceOrd)
    }
  } else if (preposition && PART_BEFORE.test(before)) {
    const m = PART_BEFORE.exec(before)!
    out.start = at - (before.length - before.lastIndexOf(m[1]!))
    const kind = (m[3] ?? m[5]!).toLowerCase().replace(/er$/, '') as 'ledd' | 'punktum' | 'bokstav'
    out.part = {kind, isNew: Boolean(m[2] ?? m[4])}
  } else if (!out.act) {
    out.act = actBefore(before)
  }
  // The Constitution abbreviated («Grl. § 100») and a provision of an earlier act («da gjeldende § 18»,
  // «tidligere § 5», nynorsk «dåverande») are not this text's.
  if (out.act === null && OTHER_TEXT_BEFORE.test(before)) out.act = OTHER_TEXT_BEFORE.exec(before)![1]!.replace(/\s+/g, ' ')
  return out
}

/** The act named right before a §: dated ("lov 16. juni 2006 nr. 20 om …") or by name ("arbeidsmiljøloven"). */
function actBefore(before: string): string | null {
  const datedMatch = /nr\./i.test(before) ? DATED_ACT_BEFORE.exec(before) : null
  // A title runs to the § only if it ends in a noun: "… om arbeidsmarkedstjenester og foreslår at
  // § 3-5" is a new clause about this regulation.
  const lastWord = (): string => /([\p{L}]+)\s*$/u.exec(before)?.[1]?.toLowerCase() ?? ''
  const dated = datedMatch && (datedMatch[0].trim() === datedMatch[1] || !CLAUSE_WORDS.has(lastWord())) ? datedMatch : null
  const named = dated || !endsWithActWord(before) ? null : ACT_BEFORE.exec(before)
  if (dated) return dated[1]!.replace(/\s+/g, ' ')
  if (named) return named[1]!.replace(/\s+/g, ' ')
  return null
}

/**
 * Names a document gives the regulation itself: "(heretter omtalt som egenregiforskriften)",
 * "(heretter kalt forskriften)", "(heretter X)". Lowercase, in order of appearance.
 */
export function findSelfNames(text: string): string[] {
  const names: string[] = []
  const re = /\(heretter\s+(?:omtalt\s+som\s+|kalt\s+|benevnt\s+)?([\p{L}-]+)\)/giu
  for (const m of text.matchAll(re)) {
    const name = m[1]!.toLowerCase()
    if (/forskrift/.test(name) && !names.includes(name)) names.push(name)
  }
  return names
}


/**
 * How a note names the regulation itself by date and number ("forskrift 20. juni 2023 nr. 1073", also
 * with "av"), from its Lovdata id (`forskrift/2023-06-20-1073` as in front matter, or
 * `FOR-2023-06-20-1073`). Without this, "forskrift … nr. 1073 § 3-2" reads as a reference to another act.
 */
export function selfNamesFromId(id: string | null | undefined): string[] {
  const m = /^(forskrift|for|lov)[/-](\d{4})-(\d{2})-(\d{2})-(\d+)$/i.exec((id ?? '').trim())
  const month = m ? MONTH_NAMES[Number(m[3]) - 1] : undefined
  if (!m || !month) return []
  const kind = m[1]!.toLowerCase() === 'lov' ? 'lov' : 'forskrift'
  const dated = `${Number(m[4])}. ${month} ${m[2]} nr. ${Number(m[5])}`
  return [`${kind} ${dated}`, `${kind} av ${dated}`]
}

export interface Resolution {
  /** Provision ids in the current tree (empty when the reference is new or not found there). */
  current: string[]
  /** Provision ids in the proposed tree. */
  proposed: string[]
}

/**
 * Resolve a reference to this regulation to provision ids in the current and proposed trees. "nytt …
 * ledd" is looked up in the proposal only. External references resolve to nothing.
 */
export function resolveReference(
  ref: Reference,
  trees: {current: ProvisionTree; proposed: ProvisionTree | null},
  index: SectionIndex
): Resolution {
  if (ref.scope !== 'self') return {current: [], proposed: []}
  const newOnly = ref.ledd?.isNew === true
  return {
    current: newOnly ? [] : resolveIn(ref, trees.current, index),
    proposed: trees.proposed ? resolveIn(ref, trees.proposed, index) : []
  }
}

function resolveIn(ref: Reference, tree: ProvisionTree, index: SectionIndex): string[] {
  const sections = allSections(tree.children, index)
  let targets: Provision[]
  if (ref.range) {
    const lo = labelKey(ref.range.from)
    const hi = labelKey(ref.range.to)
    const extra = ref.sections.filter((s) => s !== ref.range!.from && s !== ref.range!.to)
    targets = sections.filter((s) => {
      const key = labelKey(normaliseLabel(s.label ?? ''))
      return (compareKeys(key, lo) >= 0 && compareKeys(key, hi) <= 0) || extra.includes(normaliseLabel(s.label ?? ''))
    })
  } else {
    const byLabel = sectionsByLabel(tree.children, index)
    targets = ref.sections.flatMap((label) => byLabel.get(label) ?? [])
  }
  if (ref.sections.length > 1 || ref.range) return targets.map((s) => s.id)
  const ids: string[] = []
  for (const section of targets) {
    let nodes: Provision[] = [section]
    if (ref.ledd) {
      const ledds = section.children.filter((c) => c.kind === 'ledd')
      const picked = ref.ledd.ordinal === 'last' ? ledds[ledds.length - 1] : ledds.find((l) => l.ordinal === ref.ledd!.ordinal)
      nodes = picked ? [picked] : []
    }
    if (ref.letters || ref.numbers) {
      const labels = ref.letters ?? ref.numbers ?? []
      nodes = nodes.flatMap((n) => descendants(n).filter((d) => d.kind === 'item' && labels.includes((d.label ?? '').toLowerCase())))
    }
    if (ref.sentence !== null) {
      nodes = nodes.flatMap((n) => {
        // "annet punktum" without a ledd points into the first ledd only when there is just one.
        const holder = n.kind === 'section' ? (n.children.filter((c) => c.kind === 'ledd').length === 1 ? n.children.find((c) => c.kind === 'ledd')! : null) : n
        if (!holder) return []
        const sentences = holder.children.filter((c) => c.kind === 'sentence')
        const picked = ref.sentence === 'last' ? sentences[sentences.length - 1] : sentences.find((s) => s.ordinal === ref.sentence)
        return picked ? [picked] : []
      })
    }
    ids.push(...nodes.map((n) => n.id))
  }
  return ids
}

/**
 * The sections of each provision list, and those by label, computed once per list for as long as the
 * caller keeps the index: references are resolved many times against the same two trees, and trees are
 * plain data that no stage mutates after parsing. Made per run (see `createSectionIndex`) rather than
 * kept at module level, so nothing outlives the run that built it.
 */
export interface SectionIndex {
  sections: WeakMap<Provision[], Provision[]>
  labels: WeakMap<Provision[], Map<string, Provision[]>>
}

export function createSectionIndex(): SectionIndex {
  return {sections: new WeakMap(), labels: new WeakMap()}
}

/** Sections by normalised label, in document order (a label used twice keeps both). */
export function sectionsByLabel(list: Provision[], index: SectionIndex): Map<string, Provision[]> {
  const hit = index.labels.get(list)
  if (hit) return hit
  const map = new Map<string, Provision[]>()
  for (const section of allSections(list, index)) {
    const label = normaliseLabel(section.label ?? '')
    const entry = map.get(label)
    if (entry) entry.push(section)
    else map.set(label, [section])
  }
  index.labels.set(list, map)
  return map
}

export function allSections(list: Provision[], index: SectionIndex): Provision[] {
  const hit = index.sections.get(list)
  if (hit) return hit
  const out = collectSections(list)
  index.sections.set(list, out)
  return out
}

function collectSections(list: Provision[], out: Provision[] = []): Provision[] {
  for (const node of list) {
    if (node.kind === 'section') out.push(node)
    else if (node.kind === 'part' || node.kind === 'chapter') collectSections(node.children, out)
  }
  return out
}

function descendants(node: Provision): Provision[] {
  return node.children.flatMap((c) => [c, ...descendants(c)])
}

/** `12 a` → `12a`, `3-1` stays. */
export function normaliseLabel(label: string): string {
  // Most labels are already normal ("3-1", "12a"): returned as they are, without building new strings.
  return /[\sA-Z]/.test(label) || /[^\0-\x7f]/.test(label) ? label.replace(/\s+/g, '').toLowerCase() : label
}

function labelKey(label: string): Array<number | string> {
  return label.split(/(\d+)/).filter((p) => p !== '' && p !== '-').map((p) => (/^\d+$/.test(p) ? Number(p) : p))
}

function compareKeys(a: Array<number | string>, b: Array<number | string>): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i]
    const y = b[i]
    if (x === undefined) return -1
    if (y === undefined) return 1
    if (x === y) continue
    if (typeof x === 'number' && typeof y === 'number') return x - y
    return String(x) < String(y) ? -1 : 1
  }
  return 0
}

function ordinalOf(word: string): number | 'last' {
  if (word.toLowerCase() === 'siste') return 'last'
  return parseOrdinal(word) ?? 0
}

function expandLetters(list: string): string[] {
  const out: string[] = []
  const parts = list.toLowerCase().split(/\s*(,|og|eller|til|–|-)\s*/).filter((p) => p !== '')
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!
    if (part === 'til' || part === '–' || part === '-') {
      const a = out[out.length - 1]
      const b = parts[i + 1]
      if (a && b && b.length === 1) {
        for (let c = a.charCodeAt(0) + 1; c <= b.charCodeAt(0); c++) out.push(String.fromCharCode(c))
        i++
      }
    } else if (/^[a-zæøå]$/.test(part)) out.push(part)
  }
  return out
}

function expandNumbers(list: string): string[] {
  const out: string[] = []
  const parts = list.split(/\s*(,|og|eller|til|–|-)\s*/).filter((p) => p !== '')
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!
    if (part === 'til' || part === '–' || part === '-') {
      const a = Number(out[out.length - 1])
      const b = Number(parts[i + 1])
      if (Number.isFinite(a) && Number.isFinite(b) && b - a < 100) for (let n = a + 1; n <= b; n++) out.push(String(n))
      i++
    } else if (/^\d+$/.test(part)) out.push(part)
  }
  return out
}
