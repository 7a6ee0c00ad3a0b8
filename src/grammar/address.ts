/**
 * Citations and addresses in Norwegian legal text, read into one structured type: the act or regulation
 * (by date and number, title or short title), chapter, section, ledd, punktum, bokstav and nummer, with
 * lists («første og tredje ledd»), ranges («§§ 3-1 til 3-5», «bokstav h til l»), new and current forms
 * («ny bokstav d», «nåværende femte ledd»), bokmål and nynorsk. Also writes an address in Lovdata's
 * notation (`§5-3/ledd/2/bokstav/d`), the notation of Norsk Lovtidend's change markup.
 *
 * Reading is done with a cursor over the text and small sticky patterns, one per level, so the instruction
 * grammar can read an address at a known place and continue after it.
 */
import {MONTH_PATTERN, monthNumber} from './months.js'
import {ORDINAL_PATTERN, parseOrdinal} from './ordinals.js'

export type StepUnit = 'ledd' | 'punktum' | 'bokstav' | 'nummer'

export interface AddressStep {
  unit: StepUnit
  /** `2` (ledd, punktum), `d` (bokstav), `2.1` (nummer), `siste` (last, count unknown). */
  value: string
}

/** An act or regulation cited by date and number («lov 17. juli 1925 nr. 11»), title or short title. */
export interface DocumentCitation {
  kind: 'lov' | 'forskrift'
  /** ISO date, when cited by date. */
  date: string | null
  number: string | null
  /** Lovdata id (`lov/2005-04-29-21`) when date and number are given. */
  id: string | null
  /** The words after the number («om arbeidsmiljø, arbeidstid og stillingsvern mv.»). */
  title: string | null
  /** «arbeidsmiljøloven», «tiltaksforskriften». */
  shortTitle: string | null
}

export interface Address {
  document?: DocumentCitation
  /** `4A`, `VII`, `5b` (as written, spaces removed). */
  chapter?: string
  /** «avsnitt II» of a chapter. */
  subchapter?: string
  /** `14-13a`, `8C-1`, `12`. */
  section?: string
  steps: AddressStep[]
  /** «overskriften», «paragrafoverskriften», «kapitteloverskriften», «overskrifta». */
  heading?: boolean
  /** «innledningen» (the lead-in of a ledd or list). */
  intro?: boolean
  /** Written with «ny», «nytt» or «nye»: the provision does not exist yet. */
  isNew?: boolean
  /** Written with «nåværende», «noverande», «gjeldende»: the address before renumbering. */
  current?: boolean
  /** Neither document, chapter nor section written («Nåværende femte ledd»): read against the context. */
  relative?: boolean
}

/** A cursor over the text: functions advance `pos` only when they read something. */
export interface Cursor {
  text: string
  pos: number
}

interface Item {
  value: string
  isNew: boolean
  current: boolean
}

const NEW = '(?:ny|nytt|nye)'
const CURRENT = '(?:nåværende|noverande|nåverande|gjeldende|gjeldande|någjeldende|eksisterende|tidligere)'
// «–» between two items is a range («fjerde–åttende ledd», «§ 3 – § 7»), like «til».
const SEP = /(?:\s*,\s*(?:og\s+|samt\s+)?|\s+og\s+|\s+samt\s+|\s+eller\s+|\s+til\s+(?:og\s+med\s+)?|\s*–\s*|\s+-\s+|-(?=\d))/iuy
const PREFIX = new RegExp(`(?:(${CURRENT})\\s+)?(?:(${NEW})\\s+)?`, 'iuy')
// `5-3`, `12 a`, `8 C-1`, `14-13 a`, `1a`. A trailing letter must stand alone and not be the
// preposition «i» before a document or chapter («§ 14-4 i lov …»); a spaced «i» before a lower-case word
// is the preposition too («§ 3 i denne forskriften», «§ 22 i fjellova»: every such «i» in the corpus and
// the Lovtidend texts), unless the word is a list word or an instruction verb («§ 8 i skal lyde»).
const LABEL = /(\d+)(?:\s?([A-ZÆØÅa-zæøå])(?=\s?-\s?\d))?((?:\s?-\s?\d+){0,2})(?:(?:\s?([a-zæøå])|\s?([A-ZÆØÅ]))(?![\p{L}\d])(?!(?<=i)\s+(?:lov|loven|lova|forskrift|forskriften|forskrifta|kapittel|kap\.|del)\b)(?!(?<=\si)\s+(?!(?:og|eller|til|samt|skal|oppheves|blir|vert|fjernes|utgår)(?![\p{L}]))\p{Ll}))?/uy
const ROMAN = /([IVXLC]+)(?:\s?([A-Z])(?![\p{L}]))?(?![\p{L}])/uy
const CHAPTER_LABEL = /(\d+)(?:\s?([A-Za-zæøå])(?![\p{L}\d])(?!\s+(?:i|om)\s))?(?![\d])/uy
const ORD_ITEM = new RegExp(`(?:(${NEW}|${CURRENT})\\s+)?(${ORDINAL_PATTERN}|siste|samme|same|\\d{1,2}\\.)(?![\\p{L}\\d])`, 'iuy')
// Lovdata's own histories also say «setning» for punktum.
const ORD_UNIT = /\s+(ledd|leddet|leddene|leda|punktum|punktuma|punktumene|punktumet|punkt|setning|setningen|setninger)(?![\p{L}])/iuy
// «punkt a» / «pkt. c» are letter items too (older regulations); «punkt 3» is a number.
const LETTER_HEAD = /(?:(?:bokstavene|bokstavane|bokstaver|bokstav|litra)(?![\p{L}])\.?|(?:punkt|pkt\.?)(?=\s*[a-zæøå]\)?(?![\p{L}\d])))\s*/iuy
const LETTER_ITEM = new RegExp(`(?:(${NEW}|${CURRENT})\\s+(?:(?:bokstav|bokstaver|bokstavene)\\s+)?)?(?:(?:bokstav)\\s+)?([a-zæøå])\\)?(?![\\p{L}\\d])`, 'iuy')
const NUMBER_HEAD = /(?:nr\.?|nummer|numrene|punkt|pkt\.?)\s*/iuy
const NUMBER_ITEM = new RegExp(`(?:(${NEW}|${CURRENT})\\s+(?:(?:nr\\.?|nummer)\\s*)?)?(?:(?:nr\\.?|nummer)\\s*)?(\\d{1,3}(?:\\.\\d{1,3})*(?:[a-hj-zæøå](?![\\p{L}]))?)\\)?(?![\\d\\p{L}])(?!\\.\\s*(?:${MONTH_PATTERN})\\b)`, 'iuy')
const PAREN_LEDD = /\((\d{1,2})\)/uy
const HEADING = /(?:paragrafoverskrift|kapitteloverskrift|overskrift)(?:en|a)?(?![\p{L}])/iuy
const INTRO = /(?:innledningen|innledning|innleiinga|innleiing|innledende\s+del)(?![\p{L}])/iuy
const SECTION_HEAD = /(§§?)\s*/uy
const CHAPTER_HEAD = /(?:kapittel|kapitlene|kapitler|kapitla|kap\.)\s*/iuy
const PART_HEAD = /(?:(?:lovens|forskriftens|lova|forskrifta)\s+)?(?:del|delene)\s+(?=[IVXLC]+(?![\p{L}]))/iuy
const SUBCHAPTER = /\s+avsnitt\s+([IVXLC]+|\d+)(?![\p{L}])/iuy
const WS = /\s+/uy
const HEAD_PUNCTUATION = /[.,](?=\s+(?:\d{1,2}\.\s+(?:ledd|punktum)|nr\.|nummer|bokstav|(?:første|annet|andre|tredje|fjerde|femte|sjette|sjuende|syvende|åttende|niende|tiende)\s+(?:ledd|punktum)))/iuy
const IN_SECTION = /\s+i\s+§\s*/uy
const IN_CHAPTER = /\s+i\s+(?:kapittel|kap\.)\s+(\d+\s?[A-Za-z]?|[IVXLC]+(?:\s?[A-Z])?)(?![\p{L}\d])/uy

const LETTERS = 'abcdefghijklmnopqrstuvwxyzæøå'

/** Run a sticky pattern at the cursor; advance only on a match. */
export function eat(c: Cursor, re: RegExp): RegExpExecArray | null {
  re.lastIndex = c.pos
  const m = re.exec(c.text)
  if (m) c.pos = re.lastIndex
  return m
}

function flags(word: string | undefined): {isNew: boolean; current: boolean} {
  const w = (word ?? '').toLowerCase()
  return {isNew: /^ny/.test(w), current: w !== '' && !/^ny/.test(w)}
}

/** `14-13 a` → `14-13a`, `8 C-1` → `8C-1`. */
function labelOf(m: RegExpExecArray): string {
  return `${m[1]}${m[2] ?? ''}${(m[3] ?? '').replace(/\s/gu, '')}${m[4] ?? m[5] ?? ''}`
}

/**
 * Read a list of items separated by «,», «og», «samt», «til» (ranges are expanded). `readOne` reads one
 * item; «ny» on an item carries forward to the items after it («ny bokstav h, i og j»).
 */
function readList(c: Cursor, readOne: (c: Cursor, sep: string) => Item | null): Item[] | null {
  const first = readOne(c, '')
  if (!first) return null
  const items = [first]
  for (;;) {
    const save = c.pos
    const sep = eat(c, SEP)
    const next = sep ? readOne(c, sep[0]) : null
    if (!sep || !next) {
      c.pos = save
      return items
    }
    const prev = items[items.length - 1]!
    if (prev.isNew && !next.current) next.isNew = true
    if (/til|–|-/iu.test(sep[0])) items.push(...expandRange(prev, next).slice(1))
    else items.push(next)
  }
}

function readOrdinalItem(c: Cursor): Item | null {
  const m = eat(c, ORD_ITEM)
  if (!m) return null
  const word = m[2]!.toLowerCase()
  // «samme ledd»: the ledd of the address before (resolved in `resolveRelative`).
  const n = word === 'siste' ? 'siste' : word === 'samme' || word === 'same' ? 'samme' : String(parseOrdinal(m[2]!))
  return {value: n, ...flags(m[1])}
}

function readLetterItem(c: Cursor): Item | null {
  const m = eat(c, LETTER_ITEM)
  return m ? {value: m[2]!.toLowerCase(), ...flags(m[1])} : null
}

function readNumberItem(c: Cursor): Item | null {
  const m = eat(c, NUMBER_ITEM)
  return m ? {value: m[2]!, ...flags(m[1])} : null
}

/** «4 til 7» → 4, 5, 6, 7; «h til l» → h … l; «90 b til 90 f» → 90b … 90f. Unknown shapes: both ends. */
export function expandRange(from: Item, to: Item): Item[] {
  const values = rangeValues(from.value, to.value)
  if (!values) return [from, to]
  // «nr. 7 til ny nr. 9»: only the last is new; the ones between are as the first.
  const last = values.length - 1
  return values.map((value, i) => ({value, isNew: i === last ? to.isNew || from.isNew : from.isNew, current: from.current || to.current}))
}

function rangeValues(a: string, b: string): string[] | null {
  const prefix = commonStem(a, b)
  const ra = a.slice(prefix.length)
  const rb = b.slice(prefix.length)
  if (/^\d+$/.test(ra) && /^\d+$/.test(rb)) {
    const [x, y] = [Number(ra), Number(rb)]
    if (y < x || y - x > 200) return null
    return Array.from({length: y - x + 1}, (_, i) => `${prefix}${x + i}`)
  }
  const [ia, ib] = [LETTERS.indexOf(ra), LETTERS.indexOf(rb)]
  if (ra.length === 1 && rb.length === 1 && ia >= 0 && ib >= ia) {
    return Array.from(LETTERS.slice(ia, ib + 1), (l) => `${prefix}${l}`)
  }
  const [na, nb] = [romanValue(a), romanValue(b)]
  if (na && nb && nb >= na) return Array.from({length: nb - na + 1}, (_, i) => romanNumeral(na + i))
  return null
}

/** The shared head of two labels up to a separator or the switch from digits to a letter: `90b`/`90f` → `90`. */
function commonStem(a: string, b: string): string {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  let stem = a.slice(0, i)
  // Do not split a number: `14-1`/`14-16` share `14-1` as characters but the stem is `14-`.
  while (stem && /\d$/.test(stem) && (/^\d/.test(a.slice(stem.length)) || /^\d/.test(b.slice(stem.length)))) stem = stem.slice(0, -1)
  return stem
}

const ROMAN_VALUES: Array<[string, number]> = [['C', 100], ['XC', 90], ['L', 50], ['XL', 40], ['X', 10], ['IX', 9], ['V', 5], ['IV', 4], ['I', 1]]

export function romanValue(s: string): number | null {
  if (!/^[IVXLC]+$/.test(s)) return null
  let rest = s
  let n = 0
  for (const [sym, v] of ROMAN_VALUES) {
    while (rest.startsWith(sym)) {
      n += v
      rest = rest.slice(sym.length)
    }
  }
  return rest === '' ? n : null
}

export function romanNumeral(n: number): string {
  let out = ''
  let rest = n
  for (const [sym, v] of ROMAN_VALUES) {
    while (rest >= v) {
      out += sym
      rest -= v
    }
  }
  return out
}

/** One level below the section: a list of ledd/punktum ordinals, bokstaver, numre, «(2)», heading, intro. */
type Level =
  | {kind: 'steps'; unit: StepUnit; items: Item[]}
  | {kind: 'heading'}
  | {kind: 'intro'}

function readOrdinalLevel(c: Cursor): Level | null {
  const save = c.pos
  const items = readList(c, readOrdinalItem)
  const unit = items ? eat(c, ORD_UNIT) : null
  if (!items || !unit) {
    c.pos = save
    return null
  }
  return {kind: 'steps', unit: /^ledd/i.test(unit[1]!) ? 'ledd' : 'punktum', items}
}

function readUnitLevel(c: Cursor, head: RegExp, unit: StepUnit, item: (c: Cursor) => Item | null): Level | null {
  const save = c.pos
  const pre = eat(c, PREFIX)
  if (!eat(c, head)) {
    c.pos = save
    return null
  }
  const items = readList(c, item)
  if (!items) {
    c.pos = save
    return null
  }
  const f = flags(pre?.[2] ?? pre?.[1])
  if (f.isNew) items[0]!.isNew = true
  if (f.current) items[0]!.current = true
  if (f.isNew) for (const it of items) if (!it.current) it.isNew = true
  return {kind: 'steps', unit, items}
}

function readLevel(c: Cursor): Level | null {
  const save = c.pos
  if (!eat(c, WS) && c.pos > 0 && !/[\s(]/u.test(c.text[c.pos - 1] ?? '')) return null
  const paren = eat(c, PAREN_LEDD)
  if (paren) return {kind: 'steps', unit: 'ledd', items: [{value: paren[1]!, isNew: false, current: false}]}
  const level =
    readOrdinalLevel(c) ??
    readUnitLevel(c, LETTER_HEAD, 'bokstav', readLetterItem) ??
    readUnitLevel(c, NUMBER_HEAD, 'nummer', readNumberItem)
  if (level) return level
  // «§ 1 f)», «punkt a)»: a letter item written without «bokstav».
  const bare = eat(c, /(?:punkt\s+)?([a-zæøå])\)(?![\p{L}\d])/uy)
  if (bare) return {kind: 'steps', unit: 'bokstav', items: [{value: bare[1]!, isNew: false, current: false}]}
  if (eat(c, /(?:ny\s+)?/iuy) && eat(c, HEADING)) return {kind: 'heading'}
  if (eat(c, INTRO)) return {kind: 'intro'}
  c.pos = save
  return null
}

/** A level below a section as written in running text: «første og tredje ledd» → ledd 1, 3. */
export interface CitedLevel {
  unit: StepUnit
  /** In order, ranges expanded: `1`, `siste`, `samme` (ledd, punktum); `d` (bokstav); `2.1` (nummer). */
  values: string[]
  /** «nytt tredje ledd», «ny bokstav d». */
  isNew: boolean
}

/** Read the levels at the cursor (ledd, punktum, bokstav, nummer); a heading or intro is read over. */
export function readLevels(c: Cursor): CitedLevel[] {
  const out: CitedLevel[] = []
  for (let level = readLevel(c); level; level = readLevel(c)) {
    if (level.kind === 'steps') out.push({unit: level.unit, values: level.items.map((i) => i.value), isNew: level.items.some((i) => i.isNew)})
  }
  return out
}

/** One section of a group cited in running text, with the levels written after it. */
export interface CitedSection {
  /** As `Address.section`: `3-1`, `14a`, `8C-1`. */
  section: string
  /** From its «§» (or from its label when written without one) to the end of its levels. */
  start: number
  end: number
  levels: CitedLevel[]
}

/** «§ 4a og § 7», «§§ 3-1 til 3-5», «§ 3-2 første ledd bokstav d»: the sections as written, range ends unexpanded. */
export interface SectionGroup {
  plural: boolean
  sections: CitedSection[]
  /** «§§ 3-1 til 3-5», «§ 3-1 til § 3-5»: first and last label (both also in `sections`). */
  ranges: Array<[string, string]>
  end: number
}

const SIGN = /(§§?)\s*/uy
const GROUP_SEP = /(?:\s*,\s*(?:og\s+)?|\s+(?:og|eller)\s+|\s+(til)\s+|\s*([–-])\s*)(?:(§)\s*)?/uy

/**
 * Read a group of sections cited in running text from its «§» at the cursor. A bare number after the
 * first continues the group only after «§§» or when it has the chapter form («§ 3-1 til 3-5»), so
 * «§ 4 og 7 personer» is § 4 alone.
 */
export function readSectionGroup(c: Cursor): SectionGroup | null {
  const start = c.pos
  const sign = eat(c, SIGN)
  const first = sign ? eat(c, LABEL) : null
  if (!sign || !first) {
    c.pos = start
    return null
  }
  const group: SectionGroup = {plural: sign[1] === '§§', sections: [], ranges: [], end: 0}
  let label = first
  let at = start
  for (;;) {
    group.sections.push({section: labelOf(label), start: at, end: 0, levels: readLevels(c)})
    group.sections[group.sections.length - 1]!.end = c.pos
    const save = c.pos
    const sep = eat(c, GROUP_SEP)
    const signAt = sep?.[3] ? c.text.lastIndexOf('§', c.pos) : c.pos
    const next = sep ? eat(c, LABEL) : null
    if (!sep || !next || (!sep[3] && !group.plural && !labelOf(next).includes('-'))) {
      c.pos = save
      break
    }
    if (sep[1] || sep[2]) group.ranges.push([group.sections[group.sections.length - 1]!.section, labelOf(next)])
    label = next
    at = signAt
  }
  group.end = c.pos
  return group
}

/**
 * One section label of a list. «§ 15-1 og § 15-2 første ledd»: an item with its own «§» after «og» or «,»
 * starts a new address (the levels after it are its own), so the list stops there; after «til» it is a range end.
 */
function readSectionItem(c: Cursor, sep: string): Item | null {
  const save = c.pos
  const pre = eat(c, new RegExp(`(?:(${NEW}|${CURRENT})\\s+)?(§§?\\s*)?`, 'iuy'))
  const m = pre?.[2] && sep !== '' && !/til|–|\s-\s/iu.test(sep) ? null : eat(c, LABEL)
  if (!m) {
    c.pos = save
    return null
  }
  return {value: labelOf(m), ...flags(pre?.[1])}
}

function readChapterItem(c: Cursor): Item | null {
  const save = c.pos
  const pre = eat(c, new RegExp(`(?:(${NEW}|${CURRENT})\\s+)?(?:(?:kapittel|kap\\.)\\s*)?`, 'iuy'))
  const roman = eat(c, ROMAN)
  if (roman) return {value: `${roman[1]}${roman[2] ?? ''}`, ...flags(pre?.[1])}
  const m = eat(c, CHAPTER_LABEL)
  if (!m) {
    c.pos = save
    return null
  }
  return {value: `${m[1]}${m[2] ?? ''}`, ...flags(pre?.[1])}
}

interface Head {
  kind: 'section' | 'chapter' | 'none'
  items: Item[]
  subchapter?: string
  /** Sections named as held by a chapter («med §§ 26 m til 26 u»). */
  sections?: Item[]
}

function readHead(c: Cursor): Head {
  const save = c.pos
  if (eat(c, SECTION_HEAD)) {
    const items = readList(c, readSectionItem)
    if (items) return {kind: 'section', items}
  }
  c.pos = save
  if (eat(c, CHAPTER_HEAD) || eat(c, PART_HEAD)) {
    const items = readList(c, readChapterItem)
    if (items) {
      const sub = eat(c, SUBCHAPTER)
      const head: Head = sub ? {kind: 'chapter', items, subchapter: sub[1]!} : {kind: 'chapter', items}
      // «Nytt kapittel 5 b med §§ 26 m til 26 u»: the sections the chapter holds.
      if (eat(c, /\s+med\s+§§?\s*/iuy)) head.sections = readList(c, readSectionItem) ?? []
      return head
    }
  }
  c.pos = save
  return {kind: 'none', items: []}
}

/**
 * Read an address expression at the cursor («nåværende §§ 3-9 a og 3-9 b», «§ 5-3 annet ledd første
 * punktum ny bokstav d», «første og tredje ledd», «Kapittel 6 overskriften»). Lists and ranges give several
 * addresses. Returns null, with the cursor unmoved, when nothing address-like is there.
 */
export function readAddresses(c: Cursor): Address[] | null {
  const start = c.pos
  const pre = eat(c, PREFIX)
  const head = readHead(c)
  const inChapter = head.kind === 'section' ? eat(c, IN_CHAPTER) : null
  // «§ 9, 4. ledd», «§ 26. nr. 1»: a comma or period between the section and its first level.
  if (head.kind === 'section') eat(c, HEAD_PUNCTUATION)
  const levels: Level[] = []
  for (let level = readLevel(c); level; level = readLevel(c)) levels.push(level)
  if (head.kind === 'none' && levels.length === 0) {
    c.pos = start
    return null
  }
  const outer = flags(pre?.[2] ?? pre?.[1])
  if (pre?.[1]) outer.current = true
  if (pre?.[2]) outer.isNew = true
  // «Nytt tredje ledd i § 5», «bokstav c i § 12»: the section after the levels.
  if (head.kind === 'none' && levels.length > 0) {
    const save = c.pos
    const section = eat(c, IN_SECTION) ? eat(c, LABEL) : null
    if (section) return combine({kind: 'section', items: [{value: labelOf(section), isNew: false, current: false}]}, levels, outer)
    c.pos = save
  }
  const out = combine(head, levels, outer)
  return inChapter ? out.map((a) => ({...a, chapter: inChapter[1]!.replace(/\s/g, '')})) : out
}

const LIST_SEP = /(?:\s*,\s*(?:og\s+|samt\s+)?|\s+og\s+|\s+samt\s+)/iuy

/**
 * Read a list of address expressions where later ones are relative to earlier ones: «§ 11 første ledd
 * første punktum, andre ledd, tredje ledd og fjerde ledd», «§ 12 første ledd første punktum og tredje punktum».
 */
export function readAddressList(c: Cursor): Address[] | null {
  const first = readAddresses(c)
  if (!first) return null
  const out = [...first]
  for (;;) {
    const save = c.pos
    const next = eat(c, LIST_SEP) ? readAddresses(c) : null
    // A bare «overskriften» after «og» belongs to the clause that follows («… blir § 9 e, og overskriften skal lyde»).
    if (!next || next.some((a) => a.relative && a.steps.length === 0)) {
      c.pos = save
      return out
    }
    const context = out[out.length - 1]!
    out.push(...next.map((a) => resolveRelative(a, context)))
  }
}

function baseAddresses(head: Head, outer: {isNew: boolean; current: boolean}): Address[] {
  if (head.kind === 'none') return [{steps: [], relative: true, ...markers(outer.isNew, outer.current)}]
  const out = head.items.map((item) => {
    const a: Address = head.kind === 'section' ? {section: item.value, steps: []} : {chapter: item.value, steps: []}
    if (head.subchapter) a.subchapter = head.subchapter
    return Object.assign(a, markers(item.isNew || outer.isNew, item.current || outer.current))
  })
  const chapter = head.items[0]?.value
  for (const item of head.sections ?? []) {
    out.push({section: item.value, steps: [], ...(chapter ? {chapter} : {}), ...markers(item.isNew || outer.isNew, item.current || outer.current)})
  }
  return out
}

function markers(isNew: boolean, current: boolean): Pick<Address, 'isNew' | 'current'> {
  return {...(isNew ? {isNew: true} : {}), ...(current ? {current: true} : {})}
}

/** Expand head × levels into single addresses. «ny» marks the address new, «nåværende» current. */
function combine(head: Head, levels: Level[], outer: {isNew: boolean; current: boolean}): Address[] {
  let out = baseAddresses(head, outer)
  for (const level of levels) {
    if (level.kind === 'heading') out = out.map((a) => ({...a, heading: true}))
    else if (level.kind === 'intro') out = out.map((a) => ({...a, intro: true}))
    else out = out.flatMap((a) => level.items.map((item) => withStep(a, level.unit, item)))
  }
  return out
}

function withStep(a: Address, unit: StepUnit, item: Item): Address {
  const next: Address = {...a, steps: [...a.steps, {unit, value: item.value}]}
  if (item.isNew) next.isNew = true
  if (item.current) next.current = true
  return next
}

const STEP_NAME: Record<StepUnit, string> = {ledd: 'ledd', punktum: 'setning', bokstav: 'bokstav', nummer: 'nummer'}

/**
 * The address in Lovdata's notation without the document part: `§5-3/ledd/2/bokstav/d`, `§11-6/ledd/1/setning/2`,
 * `kap4A`, `kap3/overskrift`, `§29/overskrift`. A whole document is `''`. A relative address gives only its
 * steps (`ledd/5`) — resolve it against its context first (`resolveRelative`).
 */
export function toLovdataPath(a: Address): string {
  const parts: string[] = []
  if (a.section) parts.push(`§${a.section}`)
  else if (a.chapter) parts.push(`kap${a.chapter}${a.subchapter ? `/avsnitt${a.subchapter}` : ''}`)
  for (const s of a.steps) parts.push(`${STEP_NAME[s.unit]}/${s.value}`)
  if (a.heading) parts.push('overskrift')
  return parts.join('/')
}

/**
 * Fill in what a relative address leaves out from its context: the section (and chapter), and the steps
 * above the first level it names («Nåværende bokstav e og f» after «§ 4 første ledd bokstav c» is in
 * § 4 første ledd).
 */
export function resolveRelative(a: Address, context: Address | null): Address {
  if (!a.relative || !context) return a
  const first = a.steps[0]?.unit
  const cut = first ? context.steps.findIndex((s) => s.unit === first) : context.steps.length
  const inherited = first === 'ledd' ? [] : context.steps.slice(0, cut < 0 ? context.steps.length : cut)
  const own = a.steps.map((s) => (s.value === 'samme' ? (context.steps.find((c) => c.unit === s.unit) ?? s) : s))
  const out: Address = {...a, steps: [...inherited, ...own]}
  delete out.relative
  if (context.section) out.section = context.section
  if (context.chapter) out.chapter = context.chapter
  if (context.document) out.document = context.document
  return out
}

const DOC_DATE = new RegExp(
  `(?:(?:midlertidig|den\\s+midlertidige)\\s+)?(lov|loven|forskrift|forskriften|forskrifta|lova)\\s+(?:av\\s+)?(\\d{1,2})\\.\\s*(${MONTH_PATTERN})\\s+(\\d{4})(?:\\s+nr\\.?\\s*(\\d+))?`,
  'iuy'
)
// The title runs until the verb or address that follows it («… om folketrygd skal § 1-3 lyde»).
const DOC_TITLE = /\s+(om\s.+?|\(.+?\))(?=\s+(?:skal|gjøres|gjerast|blir|vert|oppheves|endres|føyes|er|§)(?:\s|$)|\s+kapittel\s+(?:\d|[IVXLC]+\b)|\s*[:;]|\s*\.?\s*$)/iuy

/** Read «lov 17. juli 1925 nr. 11 om …» / «forskrift 11. desember 2015 nr. 1598» at the cursor. */
export function readDocumentCitation(c: Cursor): DocumentCitation | null {
  const dated = readDocumentDate(c)
  if (!dated) return null
  const title = eat(c, DOC_TITLE)
  return {...dated, title: title ? title[1]!.trim() : null}
}

/** Read «lov 17. juli 1925 nr. 11» / «forskrift av 11. desember 2015» at the cursor, without a title. */
export function readDocumentDate(c: Cursor): DocumentCitation | null {
  const m = eat(c, DOC_DATE)
  if (!m) return null
  const kind = /^lov/i.test(m[1]!) ? 'lov' : 'forskrift'
  const month = monthNumber(m[3]!)
  const date = month ? `${m[4]}-${String(month).padStart(2, '0')}-${m[2]!.padStart(2, '0')}` : null
  const number = m[5] ?? null
  return {kind, date, number, id: date && number ? `${kind}/${date}-${number}` : null, title: null, shortTitle: null}
}

const SHORT_TITLE = /([a-zæøå][a-zæøå-]*(?:loven|lova|lovens|lovas|forskriften|forskrifta|forskriftens|instruksen|reglementet))(?=\s+(?:§|kapittel|kap\.))/iuy

/** A cited provision found in running text, with its offsets. */
export interface Citation {
  start: number
  end: number
  text: string
  addresses: Address[]
}

/**
 * Every citation in a running text: «arbeidsmiljøloven § 4-2», «§§ 3-1 til 3-5», «lov 17. juli 1925 nr. 11»,
 * «forskrift … § 3 første ledd bokstav a», «kapittel 3». Used on notes and law text to find references.
 */
export function findCitations(text: string): Citation[] {
  const out: Citation[] = []
  const starts = /(?<![\p{L}\d])(?:§|kapittel\s+\d|kapittel\s+[IVXLC]|(?:midlertidig\s+)?(?:lov|forskrift)\s+(?:av\s+)?\d{1,2}\.\s|[a-zæøå-]+(?:loven|lova|forskriften|forskrifta)\s+(?:§|kapittel))/giu
  let from = 0
  for (const m of text.matchAll(starts)) {
    if (m.index < from) continue
    const citation = readCitationAt(text, m.index)
    if (citation) {
      out.push(citation)
      from = citation.end
    }
  }
  return out
}

function readCitationAt(text: string, start: number): Citation | null {
  const c: Cursor = {text, pos: start}
  const short = eat(c, SHORT_TITLE)
  const document = short ? shortTitleCitation(short[1]!) : readDocumentCitation(c)
  if (short) eat(c, WS)
  else if (document) eat(c, /\s+/uy)
  const save = c.pos
  const addresses = readAddresses(c)
  if (!addresses && !document) return null
  if (!addresses) c.pos = document?.title ? c.pos : save
  const list = (addresses ?? [{steps: []}]).map((a) => {
    const out: Address = {...a}
    delete out.relative
    return document ? {...out, document} : out
  })
  if (addresses && !document && addresses.every((a) => a.relative)) return null
  const end = trimEnd(text, start, c.pos)
  return {start, end, text: text.slice(start, end), addresses: list}
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end
  while (e > start && /\s/u.test(text[e - 1] ?? '')) e--
  return e
}

function shortTitleCitation(name: string): DocumentCitation {
  const kind = /forskrift/i.test(name) ? 'forskrift' : 'lov'
  return {kind, date: null, number: null, id: null, title: null, shortTitle: name.replace(/(?:ens|as)$/i, (s) => (s === 'ens' ? 'en' : 'a'))}
}
