/**
 * Citations in running text (notes, the provisions themselves): a group of sections read by `address.ts`
 * («§ 3-2 første ledd bokstav d», «§§ 3-1 til 3-5»), and what the words around it say about it — the act
 * it belongs to, written before («arbeidsmiljøloven § 4-2», «lov 16. juni 2006 nr. 20 om … § 4», «Grl.
 * § 100») or after («§ 15 i fjellova», «§ 3 i denne forskriften»); the levels written before it («nytt siste
 * ledd i § 3-1», «annet punktum i første ledd i § 3-2»); a part named without a number («et nytt punktum
 * i § 2-3»); an earlier text («da gjeldende § 18»). Also dated acts and act chapters cited without a
 * section, and bare item numbers («nr. 1»). The stages decide what a citation means to them (this
 * regulation or another); this module only reads.
 */
import {type CitedLevel, type Cursor, type SectionGroup, eat, readDocumentDate, readLevels, readSectionGroup} from './address.js'

/** Words that name an act or regulation, by themselves or as the end of a short title («arbeidsmiljøloven»). */
const ACT_NAMES = 'loven|lova|lov|forskriften|forskrifta|forskrift|instruksen|instruks|reglementet|vedtektene|forordningen|direktivet|avtalen|konvensjonen'
// «arbeids- og velferdsforvaltningsloven»: a hyphenated first half joined by «og»/«eller».
const ACT_WORD = `(?:[\\p{L}]+-\\s+(?:og|eller)\\s+)?[\\p{L}-]*?(?:${ACT_NAMES})`
const DEMONSTRATIVE = '(?:denne|dette|samme|same)'

// The act right before a §, perhaps closed by «)» («(arbeidsmarkedsloven) § 12») or followed by «jf.».
const ACT_BEFORE = new RegExp(`(?:^|[^\\p{L}-])((?:${DEMONSTRATIVE}\\s+)?${ACT_WORD}|grl\\.)\\)?\\s*(?:jf\\.\\s*)?$`, 'iu')
const ACT_WORD_END = new RegExp(`(?:${ACT_NAMES}|grl\\.)$`, 'iu')
// «§ 15 i fjellova», «§ 3 i denne forskriften», «§ 14 i lov 17. juli 1925 nr. 11».
const ACT_AFTER = new RegExp(`\\s+i\\s+((?:${DEMONSTRATIVE}\\s+)?${ACT_WORD})(?![\\p{L}])`, 'iuy')
const IN = /\s+i\s+/iuy
// Where a dated act may start: «lov 16. juni 2006 nr. 20», «forskrift av 12. august 2016 nr. 974».
const DATED_START = /(?<![\p{L}\d])(?:lov|forskrift|forskrifta)\s+(?:av\s+)?\d{1,2}\./giu
// The title between a dated act and its §: «om arbeids- og velferdsforvaltningen».
const DATED_TITLE = /\s+(?:om|til|for)\s+[^§.;:()]{1,120}?\s*$/iuy
const TRAILING_SPACE = /\s*$/uy
// A title runs to the § only if it ends in a noun: «… om arbeidsmarkedstjenester og foreslår at § 3-5»
// is a new clause about this regulation.
const CLAUSE_WORDS = new Set(['at', 'og', 'i', 'til', 'jf', 'se', 'etter', 'om', 'av', 'for', 'med', 'enn', 'som', 'der', 'hvor', 'eller', 'men', 'fordi'])
// The Constitution abbreviated and a provision of an earlier act («da gjeldende § 18», nynorsk «dåverande»).
const EARLIER = /(?:^|[^\p{L}])(grl\.|grunnloven|grunnlova|da\s+gjeldende|dagjeldende|daverande|dåverande|tidligere|tidlegare)\s*$/iu
const PREPOSITION = /\s+(?:i|til)\s+/iuy
const WORD_START = /(?<![\p{L}\d])[\p{L}\d]/gu
// «et nytt punktum i § 2-3», «en bokstav i § 6-16», «to nye ledd i § 3-1», «nytt ledd i § 3».
const PART_BEFORE = /(?:^|[^\p{L}])((?:et|en|ett|to|tre|flere)\s+(?:(nytt?|nye|ny)\s+)?(ledd|punktum|bokstav|bokstaver)|(nytt?|nye|ny)\s+(ledd|punktum|bokstav))\s+(?:i|til)\s+$/iu
const BEFORE_WINDOW = 160

/** An act named with a citation, as written («arbeidsmiljøloven», «denne forskriften», «lov 16. juni 2006 nr. 20»). */
export interface CitedAct {
  name: string
  /** «om arbeids- og velferdsforvaltningen» of a dated act, or null. */
  title: string | null
  start: number
  end: number
  dated: boolean
  /** Named by its title («lov om Statens pensjonsfond § 7»): a note may name the text it discusses so, in other words. */
  titled: boolean
}

/** Levels written before the § they belong to («nytt siste ledd i», «annet punktum i første ledd i»), outer first. */
export interface LevelsBefore {
  start: number
  levels: CitedLevel[]
}

/** A part named without its number before the § («et nytt punktum i»). */
export interface PartBefore {
  start: number
  kind: 'ledd' | 'punktum' | 'bokstav'
  isNew: boolean
}

/** A group of sections cited in running text, and what the words around it say. */
export interface TextCitation extends SectionGroup {
  /** Offset of the «§». */
  at: number
  /** The act written before the § (dated acts with their title), or null. */
  actBefore: CitedAct | null
  /** The act written after the levels («i fjellova»), or null. */
  actAfter: CitedAct | null
  levelsBefore: LevelsBefore | null
  partBefore: PartBefore | null
  /** «Grl.», «da gjeldende», «tidligere» right before the §, or null. */
  earlier: string | null
}

/**
 * Every group of sections cited in `text`, in order. With `keep`, a group it rejects is skipped before the
 * words around it are read (most of the cost); the groups kept are the same either way.
 */
export function readTextCitations(text: string, keep?: (group: SectionGroup) => boolean): TextCitation[] {
  const out: TextCitation[] = []
  let from = 0
  for (;;) {
    const at = text.indexOf('§', from)
    if (at < 0) return out
    const c: Cursor = {text, pos: at}
    const group = readSectionGroup(c)
    if (!group) {
      from = at + 1
      continue
    }
    from = group.end
    if (keep && !keep(group)) continue
    const citation = withContext(text, at, group)
    out.push(citation)
    if (citation.actAfter) from = citation.actAfter.end
  }
}

// How far back an act name is looked for: with a hyphenated half and a demonstrative («denne arbeids- og
// velferdsforvaltningsloven»); levels before the § («annet punktum i første ledd i»); a part or an earlier
// text («flere nye bokstaver i», «da gjeldende»). The words right before the § are read first, by char
// code: a pattern anchored at the end of a window would be tried at every place of it, for every §.
const ACT_TAIL = 90
const LEVELS_TAIL = 80
const SHORT_TAIL = 40
// The word before «i §» when levels stand there: «ledd», «punktum», «setning», a letter or a number.
const LEVEL_WORD = /^(?:ledd\p{L}*|punkt\p{L}*|setning\p{L}*|[a-zæøå]\)?|\d+[a-z]?\)?|\d+\.)$/iu
const PART_WORD = /^(?:ledd|punktum|bokstav|bokstaver)$/iu
const EARLIER_WORD = /^(?:grl\.|grunnloven|grunnlova|gjeldende|dagjeldende|daverande|dåverande|tidligere|tidlegare)$/iu

interface Word {
  text: string
  start: number
}

const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x202f
// Letters (ASCII and from Latin-1 on), digits and the signs that stand inside or at the end of a cited word
// («jf.», «Grl.», «a)», «arbeids-»).
const isWordCode = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0xc0 || code === 46 || code === 41 || code === 45

/** The word that ends right before `end` (white space between skipped), or null. */
function wordBefore(text: string, end: number): Word | null {
  let e = end
  while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--
  let s = e
  while (s > 0 && isWordCode(text.charCodeAt(s - 1))) s--
  return s < e ? {text: text.slice(s, e), start: s} : null
}

function withContext(text: string, at: number, group: SectionGroup): TextCitation {
  const last = wordBefore(text, at)
  const lower = last?.text.toLowerCase()
  const preposition = lower === 'i' || lower === 'til'
  const previous = preposition ? wordBefore(text, last!.start) : null
  const levelsBefore = previous && LEVEL_WORD.test(previous.text) ? readLevelsBefore(text, Math.max(0, at - LEVELS_TAIL), at) : null
  const part = !levelsBefore && previous && PART_WORD.test(previous.text) ? readPartBefore(text.slice(Math.max(0, at - SHORT_TAIL), at), at) : null
  const earlier = last && EARLIER_WORD.test(last.text) ? EARLIER.exec(text.slice(Math.max(0, at - SHORT_TAIL), at)) : null
  // The group's fields one by one: an object spread here cost four times the whole reading (V8 copies it
  // on a slow path), measured on the 1 MB bench case.
  return {
    plural: group.plural,
    sections: group.sections,
    ranges: group.ranges,
    end: group.end,
    at,
    actBefore: actBefore(text, at, last),
    actAfter: actAfter(text, group.end),
    levelsBefore,
    partBefore: part,
    earlier: earlier ? earlier[1]!.replace(/\s+/g, ' ') : null
  }
}

/** «i fjellova», «i denne forskriften», «i lov 17. juli 1925 nr. 11» after the cited levels. */
function actAfter(text: string, end: number): CitedAct | null {
  const c: Cursor = {text, pos: end}
  if (!eat(c, IN)) return null
  const start = c.pos
  const dated = readDocumentDate(c)
  if (dated?.number) return {name: squash(text.slice(start, c.pos)), title: null, start, end: c.pos, dated: true, titled: false}
  c.pos = end
  const m = eat(c, ACT_AFTER)
  return m ? {name: squash(m[1]!), title: null, start: c.pos - m[1]!.length, end: c.pos, dated: false, titled: false} : null
}

/** The act written right before the §: dated («lov 16. juni 2006 nr. 20 om …») or by name. */
function actBefore(text: string, at: number, last: Word | null): CitedAct | null {
  const windowStart = Math.max(0, at - BEFORE_WINDOW)
  const before = text.slice(windowStart, at)
  const dated = before.includes('nr') ? datedBefore(before, windowStart) : null
  if (dated) return dated
  // «arbeidsmiljøloven jf. § 3»: the act is the word before «jf.».
  const named = last && last.text.toLowerCase() === 'jf.' ? wordBefore(text, last.start) : last
  if (!named || !ACT_WORD_END.test(named.text.replace(/\)$/u, ''))) return before.includes(' om ') ? titledBefore(before, windowStart) : null
  const tailStart = Math.max(0, at - ACT_TAIL)
  const m = ACT_BEFORE.exec(text.slice(tailStart, at))
  if (!m) return null
  const start = tailStart + m.index + m[0].indexOf(m[1]!)
  return {name: squash(m[1]!), title: null, start, end: start + m[1]!.length, dated: false, titled: false}
}

// «lov om Statens pensjonsfond», «forskrift om arbeidsmarkedstiltak» right before the §.
const TITLED_START = /(?<![\p{L}\d])(?:lov|lova|loven|forskrift|forskrifta|forskriften)\s+om\s/giu
const TITLE_TO_SIGN = /[^§.;:()\n]{1,80}?\s*$/uy

/** The act named by its title right before the § («lov om Statens pensjonsfond § 7»), not a title that runs into a clause. */
function titledBefore(before: string, windowStart: number): CitedAct | null {
  let found: CitedAct | null = null
  for (const m of before.matchAll(TITLED_START)) {
    const c: Cursor = {text: before, pos: m.index + m[0].length}
    if (!eat(c, TITLE_TO_SIGN)) continue
    const name = squash(before.slice(m.index).trim())
    if (CLAUSE_WORDS.has(/([\p{L}]+)$/u.exec(name)?.[1]?.toLowerCase() ?? '')) continue
    found = {name, title: null, start: windowStart + m.index, end: windowStart + m.index + before.slice(m.index).trimEnd().length, dated: false, titled: true}
  }
  return found
}

/** The last dated act in `before` that runs, with its title, right up to the § (the end of `before`). */
function datedBefore(before: string, windowStart: number): CitedAct | null {
  let found: CitedAct | null = null
  for (const m of before.matchAll(DATED_START)) {
    const c: Cursor = {text: before, pos: m.index}
    const doc = readDocumentDate(c)
    if (!doc?.number) continue
    const nameEnd = c.pos
    const title = eat(c, DATED_TITLE)
    if (!title && !eat(c, TRAILING_SPACE)) continue
    const written = title ? squash(title[0].trim()) : null
    if (written && CLAUSE_WORDS.has(/([\p{L}]+)\s*$/u.exec(written)?.[1]?.toLowerCase() ?? '')) continue
    found = {name: squash(before.slice(m.index, nameEnd)), title: written, start: windowStart + m.index, end: windowStart + nameEnd, dated: true, titled: false}
  }
  return found
}

/**
 * The levels written before «i §» («nytt første ledd i», «bokstav c i», «annet punktum i første ledd i»),
 * read forward by the address grammar from the first word where they run right up to the preposition.
 */
function readLevelsBefore(text: string, windowStart: number, at: number): LevelsBefore | null {
  const window = text.slice(windowStart, at)
  for (const w of window.matchAll(WORD_START)) {
    const start = windowStart + w.index
    const c: Cursor = {text, pos: start}
    const levels = readLevelChain(c)
    if (levels.length === 0) continue
    if (eat(c, PREPOSITION) && c.pos === at) return {start, levels}
  }
  return null
}

/** «annet punktum i første ledd»: levels joined by «i», outer ones last in the text, first in the result. */
function readLevelChain(c: Cursor): CitedLevel[] {
  let levels = readLevels(c)
  for (;;) {
    const save = c.pos
    const outer = levels.length > 0 && eat(c, IN) ? readLevels(c) : []
    if (outer.length === 0) {
      c.pos = save
      return levels
    }
    levels = [...outer, ...levels]
  }
}

function readPartBefore(before: string, at: number): PartBefore | null {
  const m = PART_BEFORE.exec(before)
  if (!m) return null
  const kind = (m[3] ?? m[5]!).toLowerCase().replace(/er$/, '') as PartBefore['kind']
  return {start: at - (before.length - before.lastIndexOf(m[1]!)), kind, isNew: Boolean(m[2] ?? m[4])}
}

/** A dated act or regulation cited without a section («forskrift 14. desember 2016 nr. 1578»). */
export interface DatedAct {
  start: number
  end: number
  text: string
}

/** Every act or regulation cited by date and number in `text`. */
export function readDatedActs(text: string): DatedAct[] {
  const out: DatedAct[] = []
  for (const m of text.matchAll(DATED_START)) {
    const c: Cursor = {text, pos: m.index}
    const doc = readDocumentDate(c)
    if (doc?.number && !/\d/u.test(text[c.pos] ?? '')) out.push({start: m.index, end: c.pos, text: text.slice(m.index, c.pos)})
  }
  return out
}

// «tvangsfullbyrdelsesloven kapittel 13», not «denne loven kapittel 2».
const ACT_CHAPTER = /(?<![\p{L}\p{N}])((?:[\p{L}]+-\s+og\s+)?[\p{L}]*(?:loven|lova|forskriften|forskrifta))\s+(kapittel|kap\.)\s+(\d+|[IVXLC]+)(?![\p{L}\p{N}])/gu
// «i medhold av nr. 1», but not the number of a dated act («2016 nr. 974») or an EU act («(EU) nr. 923/2012»).
const ITEM_NUMBER = /(?<!\d{4}\s|\)\s)(?<![\p{L}\p{N}])nr\.\s*(\d+)(?![\d/])/gu

/** A chapter of a named act («tvangsfullbyrdelsesloven kapittel 13»). */
export interface ActChapter {
  start: number
  end: number
  text: string
  act: string
}

export function readActChapters(text: string): ActChapter[] {
  const out: ActChapter[] = []
  for (const m of text.matchAll(ACT_CHAPTER)) {
    if (/^denne\b/i.test(m[1]!)) continue
    out.push({start: m.index, end: m.index + m[0].length, text: m[0], act: squash(m[1]!)})
  }
  return out
}

/** A bare item number («nr. 1»). */
export interface ItemNumber {
  start: number
  end: number
  text: string
  number: string
}

export function readItemNumbers(text: string): ItemNumber[] {
  return [...text.matchAll(ITEM_NUMBER)].map((m) => ({start: m.index, end: m.index + m[0].length, text: m[0], number: m[1]!}))
}

// Section numbers with their «§»: «§ 11-5», «§§ 3-1 til 3-5», «§ 12 a».
const SECTION_NUMBERS = /§§?\s*\d+(?:-\d+)?(?:\s?[a-z](?![\p{L}]))?(?:\s*(?:,|og|til|–)\s*\d+(?:-\d+)?)*/gu

/**
 * `text` with every «§» and the section numbers after it blanked: matching by words must not take a
 * section number for a word (references are the reference rule's work).
 */
export function blankSectionNumbers(text: string): string {
  // Every section number starts with §: most texts have none.
  return text.includes('§') ? text.replace(SECTION_NUMBERS, ' ') : text
}

/** `12 a` → `12 a`, `3 - 2` → `3-2`, `12A` → `12 a`: a section label as cited (one space before a letter, as Lovdata). */
export function citedSectionLabel(raw: string): string {
  const m = /^(\d+)(?:\s*-\s*(\d+))?\s*([a-zæøå])?$/iu.exec(raw.trim())
  if (!m) return raw.trim()
  return m[1] + (m[2] ? `-${m[2]}` : '') + (m[3] ? ` ${m[3].toLowerCase()}` : '')
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ')
}

/** The first section a citation names (`3-2` of «§ 3-2 første ledd bokstav d»), as `Address.section`; null without one. */
export function firstCitedSection(citation: string): string | null {
  const at = citation.indexOf('§')
  const group = at < 0 ? null : readSectionGroup({text: citation, pos: at})
  return group?.sections[0]?.section ?? null
}

/** Does the text begin with a cited section («§ 3-2 …», «§ 12 a. Tittel»)? */
export function startsWithSection(text: string): boolean {
  return readSectionGroup({text, pos: 0}) !== null
}

// «Til § 10», «Til § 2 a:», «Merknader til § 3-8», «Merknad til § 4 nytt andre ledd», «Til § 10 (…)»:
// the heading of a remark on one provision. Bokmål and nynorsk write it alike.
const COMMENT_HEAD = /(?:merknad(?:er)?\s+)?til\s+(?=§)/iuy

/** The section a remark heading is about («Til § 10» → `10`), as `Address.section`; null for any other heading. */
export function remarkHeadingSection(heading: string): string | null {
  const c: Cursor = {text: heading, pos: 0}
  if (!eat(c, COMMENT_HEAD)) return null
  const group = readSectionGroup(c)
  // «Til §§ 3-1 til 3-5» is about several sections, not one; «Til § 3-1 og § 3-2» first about § 3-1.
  return group && !group.plural ? group.sections[0]!.section : null
}
