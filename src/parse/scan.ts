/**
 * Cheap line scan that finds the document's structure before any Markdown parsing: front matter,
 * title, and the lines that open a part, chapter or section (as ATX headings at any level, or as a
 * bare line such as "§ 3-1. Personkrets" from a PDF extraction), repeal statements, and other headings
 * that close a section. remark-parse then runs only on each section's body (see index.ts), which keeps
 * 10 MB regulations fast and lets identical sections be parsed once.
 */
import {sectionLabel} from './citation.js'

export type EntryKind = 'part' | 'chapter' | 'section' | 'subdivision' | 'other' | 'repeal' | 'annex' | 'instruction'

/**
 * The file's lines as offsets: two typed arrays rather than an object and a string per line (a 10 MB
 * text has 150,000 lines, all alive for the whole parse). `lineText` gives a line's text when needed.
 */
export interface Lines {
  count: number
  /** Offset of each line's first character. */
  start: Int32Array
  /** Offset after each line's last character, before its line ending. */
  end: Int32Array
}

export interface Entry {
  kind: EntryKind
  /** Index into lines. */
  line: number
  /** ATX heading depth (1–6), or null for a bare line. */
  depth: number | null
  /** Normalised label (`3-2`, `12 a`, `IV`), null for `other`. */
  label: string | null
  /** Label as written, for messages. */
  rawLabel: string | null
  /** Offset of the label's first character (the `§`, or the word "Kapittel"), for messages. */
  labelOffset: number
  /** The heading text after the label, raw (markup kept), or null. */
  rest: string | null
  /** True when the section number could not be read ("§ 3--1"). */
  unreadable: boolean
  /** A heading for a run of sections ("§§ 5 til 7. (Opphevet)"); cited "§§ 5 til 7". */
  range?: boolean
  /** A provision numbered without "§" ("### 1. Formål"); cited as "punkt 1". */
  numbered?: boolean
  /** For `repeal`: what the statement cites, e.g. `§ 2-2 bokstav c`. */
  citation?: string
}

export interface Scan {
  lines: Lines
  /** Line index range [0, end) of YAML front matter including its fences, or null. */
  frontmatter: {end: number; yaml: string} | null
  /** Line index of the document title (`# …`) before the first structural entry, or null. */
  titleLine: number | null
  entries: Entry[]
}

export function splitLines(text: string): Lines {
  let count = 1
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) count++
  const starts = new Int32Array(count)
  const ends = new Int32Array(count)
  // A byte order mark is not part of the first line's text (the case loader drops it; callers may not).
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0
  for (let i = 0; i < count; i++) {
    const nl = text.indexOf('\n', start)
    let end = nl === -1 ? text.length : nl
    if (end > start && text.charCodeAt(end - 1) === 13) end--
    starts[i] = start
    ends[i] = end
    start = nl + 1
  }
  return {count, start: starts, end: ends}
}

/** The text of line `i`, without its line ending. */
export function lineText(text: string, lines: Lines, i: number): string {
  return text.slice(lines.start[i]!, lines.end[i]!)
}

/** Is line `i` empty or only whitespace (`/^\s*$/`)? Read in place, without slicing the line. */
function isBlankLine(text: string, lines: Lines, i: number): boolean {
  const end = lines.end[i]!
  for (let k = lines.start[i]!; k < end; k++) if (!BLANK.test(text[k]!)) return false
  return true
}
const BLANK = /^\s$/u

// Characters a bare heading or repeal line can start with (`/^[*_~§KDIVXLCMNO]/`), by char code.
const BARE_FIRST = new Set([...'*_~§KDIVXLCMNO'].map((c) => c.charCodeAt(0)))

const ROMAN = '[IVXLCDM]+'
// "3-2", "12 a", "1a", "3-1 a". A letter must stand alone (followed by "." / space / end) so that
// "§ 4 Formål" is not read as "§ 4 F".
// "12 A-1", "5A-1": sections of a lettered chapter (the letter stands before the hyphen), not § 12.
const SECTION_NUMBER = String.raw`\d+(?:\s?[A-ZÆØÅ](?=-\d))?(?:-\d+)?(?:\s?[a-zæøå](?![\p{L}]))?`
const SECTION_HEAD = new RegExp(String.raw`^§\s*(${SECTION_NUMBER})(?=$|[\s.:])\.?\s*(.*)$`, 'u')
// Anything that starts with "§" and a digit but does not read as a number: "§ 3--1", "§ 3-".
const SECTION_LIKE = /^§\s*(\d[^\s.]*\.?)\s*(.*)$/u
const CHAPTER_HEAD = new RegExp(String.raw`^Kapit(?:t)?el\s+(\d+\s?[A-Za-z]?|${ROMAN})(?=$|[\s.:–—-])\.?\s*[.:–—-]?\s*(.*)$`, 'u')
const PART_HEAD = new RegExp(String.raw`^Del\s+(\d+|${ROMAN}|[A-Z])(?=$|[\s.:–—-])\.?\s*[.:–—-]?\s*(.*)$`, 'u')
const ROMAN_HEAD = new RegExp(String.raw`^(${ROMAN})(?:\.\s*(.*)|\s*)$`, 'u')
const NUMBERED_HEAD = /^(\d{1,3})\.\s+(\S.*)$/u
// "§ 3-6 oppheves.", "§ 3-6 skal oppheves.", "§ 2-2 bokstav c oppheves.", nynorsk "vert oppheva".
const REPEAL = new RegExp(
  String.raw`^(§\s*(${SECTION_NUMBER})(?:\s+[^.]*?)??)\s+(?:skal\s+|blir\s+|vert\s+|skal\s+bli\s+)?(?:oppheves|opphevast|opphevet|oppheva)\s*\.?$`,
  'u'
)
// An amendment instruction ("§ 5-2 skal lyde:", "§ 5-3 første ledd skal lyde:", "I forskrift … gjøres
// følgende endringer:"): not the wording of the section before it. It closes that section and stays text.
// Nynorsk too ("Overskrifta skal lyde", "Kapittel 3 overskrifta skal lyde", "Noverande sjette ledd vert femte ledd"):
// such a line is never law text.
const INSTRUCTION =
  /^(?:(?:(?:Ny|Nye|Nytt)\s+§|§§?\s*\d|I\s+§|I\s+(?:lov|forskrift|følgende|følgjande)\b|Overskrift(?:en|a)?\s+(?:til|i|over|på)\b|(?:Nytt\s+)?Kapittel\s+\S+).*(?:\bskal\s+lyde\b|\blyde:|\bskal\s+endres\b|\bendres\s+(?:til|slik)\b|\bendrast\s+til\b|\bskal\s+utgå\b|\bgjøres\s+følgende\s+endringer?\b|\b(?:blir|vert)\s+det\s+gjort\b|\bskal\s+ljode\b)|(?:Nåværende|Noverande)\s.+\s(?:blir|vert)\s.+)/iu
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/u
const FENCE = /^ {0,3}(`{3,}|~{3,})/u

/** Strip emphasis wrappers around a whole bare line ("**§ 3-1. Tittel**", "*§ 3-6 oppheves.*"). */
function unwrap(text: string): {text: string; shift: number} {
  const m = /^(\*\*|__|~~|\*|_)(.*)\1$/u.exec(text)
  if (m && m[2] && !/^\s/u.test(m[2])) return {text: m[2], shift: m[1]!.length}
  return {text, shift: 0}
}

/** Emphasis and strike-through markers removed, for classifying a line (not for its wording). */
function stripMarkup(text: string): string {
  return /[*_~]/u.test(text) ? text.replace(/\*\*|__|~~|\*|_/gu, '') : text
}

interface Head {
  kind: 'part' | 'chapter' | 'section' | 'roman' | 'numbered'
  label: string
  rawLabel: string
  rest: string
  unreadable: boolean
  range?: boolean
  /** Offset of the label keyword inside the classified text. */
  at: number
}

// "§§ 5 til 7. (Opphevet)": Lovdata prints a run of repealed sections under one heading.
const RANGE_HEAD = new RegExp(String.raw`^§§\s*(${SECTION_NUMBER})\s*(til|og|–|-)\s*(?:§\s*)?(${SECTION_NUMBER})(?=$|[\s.:])\.?\s*(.*)$`, 'u')

function classifyHeading(text: string, allowNumbered: boolean): Head | null {
  let m = RANGE_HEAD.exec(text)
  if (m) {
    const label = `${sectionLabel(m[1]!)} ${m[2] === 'og' ? 'og' : 'til'} ${sectionLabel(m[3]!)}`
    return {kind: 'section', label, rawLabel: label, rest: m[4] ?? '', unreadable: false, at: 0, range: true}
  }
  m = SECTION_HEAD.exec(text)
  if (m) return {kind: 'section', label: sectionLabel(m[1]!), rawLabel: m[1]!, rest: m[2] ?? '', unreadable: false, at: 0}
  m = SECTION_LIKE.exec(text)
  if (m) return {kind: 'section', label: m[1]!.replace(/\.$/u, ''), rawLabel: m[1]!, rest: m[2] ?? '', unreadable: true, at: 0}
  m = CHAPTER_HEAD.exec(text)
  if (m) return {kind: 'chapter', label: m[1]!.replace(/\s+/gu, ''), rawLabel: m[1]!, rest: m[2] ?? '', unreadable: false, at: 0}
  m = PART_HEAD.exec(text)
  if (m) return {kind: 'part', label: m[1]!, rawLabel: m[1]!, rest: m[2] ?? '', unreadable: false, at: 0}
  m = ROMAN_HEAD.exec(text)
  if (m) return {kind: 'roman', label: m[1]!, rawLabel: m[1]!, rest: m[2] ?? '', unreadable: false, at: 0}
  if (allowNumbered) {
    m = NUMBERED_HEAD.exec(text)
    if (m) return {kind: 'numbered', label: m[1]!, rawLabel: m[1]!, rest: m[2] ?? '', unreadable: false, at: 0}
  }
  return null
}

/** A bare line may open a section only if it reads like a heading, not like a sentence starting with "§". */
function bareHeadingOk(head: Head): boolean {
  if (head.kind === 'roman') return head.rest === ''
  // "Kapittel 4 trer i kraft …" is a sentence; a heading's title starts with a capital.
  if (head.kind === 'chapter' || head.kind === 'part') {
    return head.rest === '' || (head.rest.length <= 200 && /^[\p{Lu}(«]/u.test(head.rest) && !/[.!?]\s+\p{Lu}/u.test(head.rest))
  }
  return false
}

// Bare "§ 3-1. Personkrets": number, full stop, a title starting with a capital or "(".
const BARE_SECTION = new RegExp(String.raw`^§\s*(${SECTION_NUMBER})\.(?:\s+([\p{Lu}(«].*))?$`, 'u')
// "§ 3-1 Personkrets" (the full stop lost in extraction): only a short title that is not a sentence
// ("§ 4a i forskriften gjelder …" starts lower-case and ends with a full stop).
const BARE_SECTION_NO_STOP = new RegExp(String.raw`^§\s*(${SECTION_NUMBER})\s+([\p{Lu}(«][^.!?:;]{0,100}(?:\bmv\.)?)$`, 'u')

function bareSectionHead(text: string): Head | null {
  const m = BARE_SECTION.exec(text) ?? BARE_SECTION_NO_STOP.exec(text)
  if (!m) return null
  const rest = m[2] ?? ''
  // A title is short and is not several sentences.
  if (rest.length > 200 || /[.!?]\s+\p{Lu}/u.test(rest)) return null
  return {kind: 'section', label: sectionLabel(m[1]!), rawLabel: m[1]!, rest, unreadable: false, at: 0}
}

export function scan(text: string): Scan {
  const lines = splitLines(text)
  const {frontmatter, first} = readFrontmatter(text, lines)
  // Provisions numbered without "§" ("### 1. Formål") only count in a document that has no § heading.
  const hasSectionHeading = /^(?: {0,3}#{1,6}[ \t]+)?[*_]*§\s*\d/mu.test(first === 0 ? text : text.slice(first < lines.count ? lines.start[first]! : text.length))
  const state: ScanState = {text, lines, first, atxNumbered: !hasSectionHeading, entries: [], titleLine: null, chapterDepth: undefined}
  let fence: string | null = null
  for (let i = first; i < lines.count; i++) {
    const lineStart = lines.start[i]!
    const lineEnd = lines.end[i]!
    // Most lines start with a letter: a fence needs " ", "`" or "~" first, an ATX heading " " or "#", a
    // bare heading or repeal one of BARE_FIRST. Other lines are not sliced at all.
    const start = lineEnd > lineStart ? text.charCodeAt(lineStart) : NaN
    if (!fence && start !== 32 && start !== 96 && start !== 126 && start !== 35 && !BARE_FIRST.has(start)) continue
    const t = text.slice(lineStart, lineEnd)
    const fenceMatch = start === 32 || start === 96 || start === 126 ? FENCE.exec(t) : null
    if (fence) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = null
      continue
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!
      continue
    }
    const atx = start === 32 || start === 35 ? ATX.exec(t) : null
    if (atx) atxEntry(state, i, t, atx)
    else bareEntry(state, i, t)
  }
  return {lines, frontmatter, titleLine: state.titleLine, entries: state.entries}
}

/** What the line-by-line scan keeps between lines. */
interface ScanState {
  text: string
  lines: Lines
  first: number
  atxNumbered: boolean
  entries: Entry[]
  titleLine: number | null
  /** Chapter opened most recently and still open (a roman heading below it is a subdivision, not a part). */
  chapterDepth: number | null | undefined
}

function readFrontmatter(text: string, lines: Lines): {frontmatter: Scan['frontmatter']; first: number} {
  if (lineText(text, lines, 0) !== '---') return {frontmatter: null, first: 0}
  for (let i = 1; i < lines.count; i++) {
    const t = lineText(text, lines, i)
    if (t === '---' || t === '...') return {frontmatter: {end: i + 1, yaml: text.slice(lines.start[1]!, lines.start[i]!)}, first: i + 1}
  }
  return {frontmatter: null, first: 0}
}

/** An ATX heading line: the title, a part, chapter or section, an annex, or another heading. */
function atxEntry(state: ScanState, i: number, t: string, atx: RegExpExecArray): void {
  const {entries} = state
  const lineStart = state.lines.start[i]!
  const depth = atx[1]!.length
  const content = atx[2] ?? ''
  const contentAt = content === '' ? state.lines.end[i]! : lineStart + t.indexOf(content, depth)
  // The first "# …" before any provision is the document's title, whatever it says.
  if (depth === 1 && state.titleLine === null && entries.length === 0) {
    state.titleLine = i
    return
  }
  // "*§ 3-7. Ny paragraf*", "~~§ 3-6. Forsøk~~": markup before the label does not hide it.
  const lead = /^[*_~]+(?=§|Kapit|Del\s)/u.exec(content)?.[0].length ?? 0
  const head = classifyHeading(stripMarkup(content.slice(lead)), state.atxNumbered)
  if (!head) {
    // Annexes (vedlegg) follow the provisions; what is under them is the annex, not body text.
    const kind: EntryKind = /^[*_]*vedlegg\b/iu.test(content) ? 'annex' : 'other'
    // Before the first provision every heading is preamble ("## Forordninger", EEA texts).
    if (!entries.some((e) => e.kind !== 'other' && e.kind !== 'annex')) return
    entries.push({kind, line: i, depth, label: null, rawLabel: null, labelOffset: contentAt, rest: content, unreadable: false})
    return
  }
  let kind: EntryKind = head.kind === 'numbered' ? 'section' : head.kind === 'roman' ? 'part' : head.kind
  const open = state.chapterDepth
  if (head.kind === 'roman' && open !== undefined && (open === null || open < depth)) kind = 'subdivision'
  if (kind === 'chapter') state.chapterDepth = depth
  else if (kind === 'part' && (open === undefined || open === null || open >= depth)) state.chapterDepth = undefined
  const entry: Entry = {kind, line: i, depth, label: head.label, rawLabel: head.rawLabel, labelOffset: contentAt + lead + head.at, rest: head.rest, unreadable: head.unreadable}
  if (head.kind === 'numbered') entry.numbered = true
  if (head.range) entry.range = true
  entries.push(entry)
}

/** A line that is not an ATX heading, after a blank line: a repeal, an instruction, or a bare heading. */
function bareEntry(state: ScanState, i: number, t: string): void {
  const {text, lines, entries} = state
  if (t === '' || !/^[*_~§KDIVXLCMNO]/u.test(t)) return
  const prevBlank = i === state.first || isBlankLine(text, lines, i - 1)
  if (!prevBlank) return
  const unwrapped = unwrap(t.trim())
  // Markup opening a heading line ("*§ 3-7.* Ny", "~~§ 3-6. Forsøk~~" is unwrapped above).
  const lead = /^[*_~]+(?=§|Kapit|Del\s)/u.exec(unwrapped.text)?.[0].length ?? 0
  const bare = unwrapped.text.slice(lead)
  const at = lines.start[i]! + t.indexOf(t.trim()) + unwrapped.shift + lead
  const repeal = REPEAL.exec(bare)
  if (repeal) {
    entries.push({kind: 'repeal', line: i, depth: null, label: sectionLabel(repeal[2]!), rawLabel: repeal[2]!, labelOffset: at, rest: bare, unreadable: false, citation: repeal[1]!.trim()})
    return
  }
  if (INSTRUCTION.test(bare)) {
    entries.push({kind: 'instruction', line: i, depth: null, label: null, rawLabel: null, labelOffset: at, rest: bare, unreadable: false})
    return
  }
  const head = bareHead(stripMarkup(bare))
  if (!head) return
  let kind: EntryKind = head.kind === 'roman' ? 'part' : (head.kind as EntryKind)
  if (head.kind === 'roman' && state.chapterDepth !== undefined) kind = 'subdivision'
  if (kind === 'chapter') state.chapterDepth = null
  entries.push({kind, line: i, depth: null, label: head.label, rawLabel: head.rawLabel, labelOffset: at, rest: head.rest, unreadable: head.unreadable})
}

/** "**§ 3-1.** *Personkrets*", "Kapittel 2 …" on a line of its own (emphasis inside the line does not count). */
function bareHead(plain: string): Head | null {
  if (plain.startsWith('§')) {
    const head = bareSectionHead(plain)
    // "§ 3--1. Tittel": reads as a heading but its number does not; body text such as "§ 4a i …" does.
    if (!head && !SECTION_HEAD.test(plain) && /^§\s*\d[^\s.]*\.?(?:\s+[\p{Lu}(].*)?$/u.test(plain)) {
      const m = SECTION_LIKE.exec(plain)!
      return {kind: 'section', label: m[1]!.replace(/\.$/u, ''), rawLabel: m[1]!, rest: m[2] ?? '', unreadable: true, at: 0}
    }
    return head
  }
  const head = classifyHeading(plain, false)
  return head && (head.kind === 'section' || head.kind === 'numbered' || !bareHeadingOk(head)) ? null : head
}
