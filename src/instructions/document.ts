/**
 * An editable, lossless model of a regulation in Markdown, for applying amendment instructions.
 *
 * Instructions edit the *text* of the current regulation (not a re-rendering of its tree), so that every
 * byte an instruction does not touch stays as it was: `renderDocument(readDocument(t)) === t` for any t.
 * The model is deliberately small: sections (a heading line, ledd and amendment notes, each with the exact
 * whitespace after it) and opaque text between them (front matter, title, chapter headings).
 */

export interface Unit {
  kind: 'ledd' | 'note'
  /** Exact text of the unit; a ledd with a list keeps its lead-in, items and inner blank lines verbatim. */
  text: string
  /** Whitespace after the unit when another unit follows (the section's last unit uses `Section.trail`). */
  sep: string
  /** 1-based ordinal among the *current* regulation's ledd; null for ledd added by an instruction. */
  orig: number | null
  removed: boolean
}

export interface Section {
  type: 'section'
  /** The heading line without its newline, e.g. `### § 5-2. Innhold`. */
  heading: string
  /** Markdown heading marker with its space (`### `), or '' when the heading is a plain line. */
  prefix: string
  /** Label as written (`5-2`, `12 a`) and its comparison key (`5-2`, `12a`). */
  label: string
  key: string
  title: string
  /** Whitespace between the heading line and the first unit (includes the heading's own newline). */
  lead: string
  units: Unit[]
  /** Whitespace after the last unit, up to the next heading or the end of the file. */
  trail: string
  /** Chapter / part path of the section, for provision ids (`kap5`, `del-I/kap3`). */
  parents: string[]
  repealed: boolean
  /** True when the section was added by an instruction. */
  added: boolean
  /** The key it had in the current text, once an instruction has given it a new number. */
  formerKey?: string
}

export interface TextChunk {
  type: 'text'
  text: string
}

export interface RegDocument {
  chunks: Array<Section | TextChunk>
  /** Separator most used between ledd (`\n\n`), for units that instructions add. */
  innerSep: string
  /** Line end of the text (`\r\n` for CRLF files), for whitespace that instructions add. */
  eol: string
}

// A trailing CR (CRLF files) is not part of the heading.
const HEADING = /^(#{1,6}[ \t]+)(.*?)\r?$/
// `§ 3-2. Innhold`, `§ 12 a. Tittel`, `§ 21b. (Opphevet)`, `§ 4` (no title). Kept in one place so the
// instruction grammar reads section headings in instruction bodies the same way.
// «§ 12 A-1», «§ 5A-1»: a section of a lettered chapter.
export const SECTION_HEADING = /^§\s*(\d+(?:\s?[A-ZÆØÅ](?=\s?-\s?\d))?(?:\s*-\s*\d+)?(?:\s?[a-zæøå])?)(?![\d-])\.?(?:[ \t]+(.*))?$/i
const CHAPTER_HEADING = /^Kapittel\s+([0-9]+\s?[A-Za-z]?|[IVXLC]+)\b/i
const PART_HEADING = /^Del\s+([0-9]+|[IVXLC]+)\b/i
const NOTE = /^\*(?:Endret|Tilføyd|Tilføydd|Endra|Oppheves|Opphevet|Opphvet|Oppheva|Overskriften endret)\b/
/** A list item at the start of a line: `a. `, `b) `, `1. `, optionally after a Markdown bullet. */
export const ITEM_START = /^(?:[-*+][ \t]+)?(?:~~)?([a-zæøå]|\d{1,3})([.)])[ \t]/

export function sectionKey(label: string): string {
  return label.replace(/\s+/g, '').toLowerCase()
}

/** Split a run of text (no headings) into blocks separated by blank lines, keeping the separators. */
export function splitBlocks(text: string): {lead: string; blocks: Array<{text: string; sep: string}>} {
  const lead = /^\s*/.exec(text)?.[0] ?? ''
  const rest = text.slice(lead.length)
  const blocks: Array<{text: string; sep: string}> = []
  // A separator is a newline followed by at least one blank line (or the trailing whitespace at the end).
  const re = /\r?\n[ \t]*\r?\n\s*|\s+$/g
  let start = 0
  let m: RegExpExecArray | null
  while ((m = re.exec(rest)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++
      continue
    }
    blocks.push({text: rest.slice(start, m.index), sep: m[0]})
    start = m.index + m[0].length
    if (start >= rest.length) break
  }
  if (start < rest.length) blocks.push({text: rest.slice(start), sep: ''})
  return {lead, blocks}
}

function lastLine(text: string): string {
  const i = text.lastIndexOf('\n')
  return i < 0 ? text : text.slice(i + 1)
}

/** "(2) …": a ledd with its printed number. When a section numbers its ledd, that number decides what a ledd is. */
export const LEDD_NUMBER_START = /^\((\d{1,2})\)[ \t]/
/** An item without a letter or number (`- text`, `- - text` in Lovdata's Markdown conversions). */
export const BARE_ITEM = /^(?:[-*+][ \t]+)+(?![a-zæøå\d]{1,3}[.)][ \t])\S/

function isItemLine(line: string): boolean {
  return ITEM_START.test(line) || BARE_ITEM.test(line)
}

/** Does `block` continue the ledd `prev` rather than start a new one? */
function continuesLedd(prev: Unit, block: string, numbered: boolean): boolean {
  // An explicit «(n)» wins: with numbered ledd, only a block that opens with a number starts one.
  if (numbered) return !LEDD_NUMBER_START.test(block)
  const tail = lastLine(prev.text).trim()
  // Items without letters («- …») are never a ledd of their own (Lovdata's Markdown dropped their letters).
  if (BARE_ITEM.test(block)) return true
  if (isItemLine(block)) return isItemLine(tail) || !/[.!?]["»)]?$/.test(tail) || tail.endsWith(':')
  // Text after a list that goes on in lower case ends the sentence the list stood in ("… c. NAV / når det er …").
  return isItemLine(tail) && /^[a-zæøå]/.test(block)
}

/**
 * Group blocks into ledd: a block that opens with a list item continues the ledd before it when that ledd
 * ends in a lead-in ("… kan få tilbud om", "…:") or in an item, as Lovdata prints lists as separate
 * paragraphs under the lead-in sentence; so does the rest of a sentence after its list, and, where the section
 * numbers its ledd «(1)», «(2)», every block up to the next number.
 */
export function groupUnits(blocks: Array<{text: string; sep: string}>): Unit[] {
  const units: Unit[] = []
  const firstLedd = blocks.find((b) => !NOTE.test(b.text))
  const numbered = firstLedd !== undefined && /^\(1\)[ \t]/.test(firstLedd.text)
  for (const block of blocks) {
    const prev = units[units.length - 1]
    const isNote = NOTE.test(block.text)
    if (!isNote && prev && prev.kind === 'ledd' && continuesLedd(prev, block.text, numbered)) {
      prev.text += prev.sep + block.text
      prev.sep = block.sep
      continue
    }
    units.push({kind: isNote ? 'note' : 'ledd', text: block.text, sep: block.sep, orig: null, removed: false})
  }
  let n = 0
  for (const unit of units) if (unit.kind === 'ledd') unit.orig = ++n
  return units
}

export function parseSectionHeading(line: string): {label: string; title: string} | null {
  const m = SECTION_HEADING.exec(line.trim())
  if (!m) return null
  return {label: (m[1] ?? '').replace(/\s*-\s*/, '-'), title: (m[2] ?? '').trim()}
}

function dominant(values: string[], fallback: string): string {
  const counts = new Map<string, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  let best = fallback
  let bestCount = 0
  // Ties go to the first seen, so the choice is stable for a given text.
  for (const [v, c] of counts) if (c > bestCount) [best, bestCount] = [v, c]
  return best
}

export function readDocument(text: string): RegDocument {
  const chunks: Array<Section | TextChunk> = []
  const lines = text.split('\n')
  // Byte offsets of line starts; front matter is skipped so `---`-fenced YAML is never read as headings.
  let offset = 0
  const starts: number[] = []
  for (const line of lines) {
    starts.push(offset)
    offset += line.length + 1
  }
  let first = 0
  const bare = (l: string | undefined): string => (l ?? '').replace(/\r$/, '')
  if (bare(lines[0]) === '---') {
    const close = lines.findIndex((l, i) => i > 0 && (bare(l) === '---' || bare(l) === '...'))
    if (close > 0) first = close + 1
  }
  const headings: Array<{line: number; prefix: string; content: string}> = []
  for (let i = first; i < lines.length; i++) {
    const m = HEADING.exec(lines[i] ?? '')
    if (m) headings.push({line: i, prefix: m[1] ?? '', content: (m[2] ?? '').trimEnd()})
  }
  let cursor = 0
  let part: string | null = null
  let chapter: string | null = null
  const seps: string[] = []
  for (let h = 0; h < headings.length; h++) {
    const head = headings[h]!
    const start = starts[head.line]!
    const end = h + 1 < headings.length ? starts[headings[h + 1]!.line]! : text.length
    const chap = CHAPTER_HEADING.exec(head.content)
    const prt = PART_HEADING.exec(head.content)
    if (prt) {
      part = `del-${(prt[1] ?? '').replace(/\s+/g, '')}`
      chapter = null
    }
    if (chap) chapter = `kap${(chap[1] ?? '').replace(/\s+/g, '')}`
    const parsed = parseSectionHeading(head.content)
    if (!parsed) continue
    if (start > cursor) chunks.push({type: 'text', text: text.slice(cursor, start)})
    const headingLine = bare(lines[head.line])
    const lineEnd = start + headingLine.length
    const {lead, blocks} = splitBlocks(text.slice(lineEnd, end))
    const units = groupUnits(blocks)
    const trail = units.length > 0 ? (blocks[blocks.length - 1]?.sep ?? '') : ''
    for (let u = 0; u < units.length - 1; u++) seps.push(units[u]!.sep)
    chunks.push({
      type: 'section',
      heading: headingLine,
      prefix: head.prefix,
      label: parsed.label,
      key: sectionKey(parsed.label),
      title: parsed.title,
      lead,
      units,
      trail,
      parents: [part, chapter].filter((p): p is string => p !== null),
      repealed: /^\(?Opphevet\)?\.?$/i.test(parsed.title),
      added: false
    })
    cursor = end
  }
  if (cursor < text.length) chunks.push({type: 'text', text: text.slice(cursor)})
  const eol = /\r\n/.test(text) ? '\r\n' : '\n'
  const innerSep = dominant(seps, eol + eol)
  for (const chunk of chunks) {
    // The last unit's own separator is only used once a unit is added after it.
    if (chunk.type === 'section' && chunk.units.length > 0) chunk.units[chunk.units.length - 1]!.sep = innerSep
  }
  return {chunks, innerSep, eol}
}

export function renderSection(section: Section): string {
  const live = section.units.filter((u) => !u.removed)
  let out = section.heading
  // A section whose ledd were all repealed keeps only its heading and the whitespace after it.
  if (live.length === 0) return out + (section.units.length === 0 ? section.lead : '') + section.trail
  out += section.lead
  live.forEach((unit, i) => {
    out += unit.text + (i === live.length - 1 ? section.trail : unit.sep)
  })
  return out
}

export function renderDocument(doc: RegDocument): string {
  return doc.chunks.map((c) => (c.type === 'text' ? c.text : renderSection(c))).join('')
}

export function sections(doc: RegDocument): Section[] {
  return doc.chunks.filter((c): c is Section => c.type === 'section')
}

export function findSection(doc: RegDocument, label: string): Section | null {
  const key = sectionKey(label)
  return sections(doc).find((s) => s.key === key) ?? null
}

export function liveLedd(section: Section): Unit[] {
  return section.units.filter((u) => u.kind === 'ledd' && !u.removed)
}

// ---------------------------------------------------------------------------------------------
// Items and sentences inside a ledd
// ---------------------------------------------------------------------------------------------

export interface ItemSpan {
  label: string
  /** Offsets in the ledd text: the item line(s), from the bullet/label to the end of its last line. */
  start: number
  end: number
  /** Offset where the label itself starts (after any bullet) and where it ends (after `.`/`)`). */
  labelStart: number
  labelEnd: number
}

export function itemSpans(text: string): ItemSpan[] {
  const spans: ItemSpan[] = []
  let offset = 0
  let blank = false
  for (const line of text.split('\n')) {
    const m = ITEM_START.exec(line)
    if (m) {
      const labelStart = offset + m[0].length - 2 - (m[1] ?? '').length
      spans.push({label: m[1] ?? '', start: offset, end: offset + line.length, labelStart, labelEnd: labelStart + (m[1] ?? '').length})
    } else if (spans.length > 0 && line.trim() !== '' && !blank) {
      // A wrapped continuation line belongs to the item above it; a paragraph after a blank line does not
      // (it is the rest of the ledd: "c. NAV" / "når det er nødvendig …").
      spans[spans.length - 1]!.end = offset + line.length
    }
    blank = line.trim() === ''
    offset += line.length + 1
  }
  return spans
}

/** The end of a ledd's printed number «(2) », or 0 when it has none. */
export function leddNumberEnd(text: string): number {
  return /^\(\d{1,2}\)[ \t]+/.exec(text)?.[0].length ?? 0
}

/**
 * The ledd's own prose, where its punktum are counted: the lead-in (after any «(n)») and the text after its list,
 * as one list of offsets, so "annet punktum" may be the first sentence after the list.
 */
export function leddSentenceSpans(text: string): Array<{start: number; end: number}> {
  const items = itemSpans(text)
  const lead = {start: leddNumberEnd(text), end: items[0]?.start ?? text.length}
  const spansOf = (r: {start: number; end: number}): Array<{start: number; end: number}> =>
    sentenceSpans(text.slice(r.start, r.end)).map((s) => ({start: s.start + r.start, end: s.end + r.start}))
  if (items.length === 0) return spansOf(lead)
  const before = spansOf(lead)
  const after = spansOf({start: items[items.length - 1]!.end, end: text.length})
  const open = before[before.length - 1]
  const rest = after[0]
  // "… opplysninger fra [a. … c. …] når det er nødvendig …." is one punktum: it runs through its list.
  if (open && rest && !/[.!?:]["»)]?$/.test(text.slice(open.start, open.end)) && /^\p{Ll}/u.test(text.slice(rest.start))) {
    return [...before.slice(0, -1), {start: open.start, end: rest.end}, ...after.slice(1)]
  }
  return [...before, ...after]
}

// Abbreviations after which a full stop does not end a sentence (see docs/norwegian-legal-text.md).
const ABBREVIATIONS = new Set([
  'jf', 'bl.a', 'nr', 'mv', 'm.m', 'f.eks', 'kap', 'pkt', 'pr', 'ca', 'dvs', 'o.l', 'osv', 'm.fl', 'mfl',
  'ev', 'evt', 'hhv', 'iht', 'vedr', 'jfr', 'ref', 'dir', 'art', 'nr', 'bokst', 'fig', 'tab', 'kr', 'st', 'ifb'
])

/** Sentence spans (offsets) in a run of prose: each from its first character to its final punctuation. */
export function sentenceSpans(text: string): Array<{start: number; end: number}> {
  const spans: Array<{start: number; end: number}> = []
  const re = /[.!?]["»)]?(?=\s+["«(]?[A-ZÆØÅ§])/g
  let start = /^\s*/.exec(text)?.[0].length ?? 0
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) !== null) {
    const before = text.slice(start, m.index)
    const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? ''
    if (m[0].startsWith('.') && ABBREVIATIONS.has(word)) continue
    const end = m.index + m[0].length
    spans.push({start, end})
    start = end + (/^\s*/.exec(text.slice(end))?.[0].length ?? 0)
  }
  const endTrim = text.replace(/\s+$/, '').length
  if (start < endTrim) spans.push({start, end: endTrim})
  return spans
}

/**
 * Items that lost their letter or number (Lovdata's Markdown prints «- » or «- - »): by position, `label` is the
 * 1-based position. Spans from the first character after the bullets to the end of the line.
 */
export function bareItemSpans(text: string): ItemSpan[] {
  const spans: ItemSpan[] = []
  let offset = 0
  for (const line of text.split('\n')) {
    if (BARE_ITEM.test(line)) {
      const content = offset + (/^(?:[-*+][ \t]+)+/.exec(line)?.[0].length ?? 0)
      spans.push({label: String(spans.length + 1), start: offset, end: offset + line.length, labelStart: content, labelEnd: content})
    }
    offset += line.length + 1
  }
  return spans
}
