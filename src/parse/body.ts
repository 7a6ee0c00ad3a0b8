/**
 * The body of a section (or text directly under a chapter or part) from mdast to ledd drafts:
 * paragraphs, Markdown lists and lettered lines become ledd with items; amendment notes are split off.
 * Drafts carry file offsets only; index.ts turns them into Provision nodes with ids and citations.
 */
import type {List, Nodes, Root, RootContent} from 'mdast'
import type {ItemStyle} from './citation.js'
import {MONTH_PATTERN} from '../grammar/months.js'
import {collapse, collectInline, flatten, joinPlain, offsetAt, plainLines, runPlain, slicePlain, type Plain, type RawMark} from './inline.js'
import {LEDD_NUMBER} from '../grammar/ledd-number.js'

export interface ItemDraft {
  /** `d`, `3`, or the position for dash lists. */
  label: string
  style: ItemStyle
  /** The label as written (`d.`, `3)`, `nr. 3`), or '' for an unlabelled dash item. */
  written: string
  labelOffset: number
  start: number
  end: number
  /** Wording without the label, whitespace collapsed. */
  plain: Plain
  children: ItemDraft[]
}

export interface LeddDraft {
  start: number
  end: number
  /** A heading inside a section body ("###### Artikkel 3. Tittel"): one unit, not split into punktum. */
  heading?: boolean
  lead: Plain | null
  items: ItemDraft[]
  trailing: Plain | null
}

export interface NoteDraft {
  text: string
  start: number
  end: number
}

export interface BodyDraft {
  ledd: LeddDraft[]
  notes: NoteDraft[]
  marks: RawMark[]
  /** "(Opphevet)" as the only wording. */
  repealed: boolean
  /** Offset of the first paragraph of wording, for "text outside a section" messages. */
  firstText: number | null
  /**
   * False when something was read from outside the body's own text (a code block's value searched for
   * past its block): then the same text elsewhere in a file might give another result.
   */
  shiftable: boolean
  /** The first ledd opens with «(1)»: the law numbers its ledd, and only a «(n)» starts one. */
  numbered: boolean
}

// Lovdata's amendment notes, bokmål and nynorsk, italic or not: "Endret ved forskrift …",
// "Tilføyd ved lov …", "Overskrifta endra ved …", "Opphevet ved …", "(tidligere § 3)".
// "Opphvet" is a misspelling found in Lovdata's own data.
const NOTE = /^(?:(?:overskrift(?:en|a)?|kapitteloverskrift(?:en|a)?|kapittel\w*|vedlegg(?:et)?)\s+)?(?:endret|endra|endres|tilføyd|tilføya|tilføyes|opphevet|oppheva|oppheves|opphvet|innført|forlenget|forlenga)\s+(?:ved|med)\s+(?:lov|lover|forskrift|forskrifter|kgl|res|vedtak|vedtaket)\b/iu
const PREVIOUSLY = /^\(tidligere\s+§[^)]*\)\.?$/iu
const REPEALED_BODY = /^\(?\s*(?:opphevet|oppheva|opphevd)\s*\)?\.?$/iu

export function isNote(text: string): boolean {
  return NOTE.test(text) || PREVIOUSLY.test(text)
}

export function isRepealedWording(text: string): boolean {
  return REPEALED_BODY.test(text)
}

// A list label at the start of a line: "a.", "a)", "1.", "1)", "nr. 1", "nr. 1." Letters include æøå.
const LABEL = /^(?:(nr\.\s*(\d{1,3})[.)]?)|(([a-zæøå])[.)])|((\d{1,3})[.)]))(?=\s|$)\s*/u

interface LabelMatch {
  label: string
  style: ItemStyle
  written: string
  length: number
}

function matchLabel(text: string): LabelMatch | null {
  const m = LABEL.exec(text)
  if (!m) return null
  if (m[1]) return {label: m[2]!, style: 'nummer', written: m[1], length: m[0].length}
  if (m[3]) return {label: m[4]!, style: 'bokstav', written: m[3], length: m[0].length}
  return {label: m[6]!, style: 'nummer', written: m[5]!, length: m[0].length}
}

function trimPlain(p: Plain): Plain {
  return collapse(p)
}

function cut(p: Plain, from: number): Plain {
  return slicePlain(p, from, p.text.length)
}

/** Does a ledd whose last wording is `text` announce a list ("… kan få tilbud om", "… følgende:")? */
function announcesList(text: string): boolean {
  return !/[.!?]["»”)]*$/u.test(text.trim())
}

function lastWording(l: LeddDraft): string {
  if (l.trailing) return l.trailing.text
  const item = l.items.at(-1)
  if (item) return item.plain.text
  return l.lead?.text ?? ''
}

const MONTH = new RegExp(`^${MONTH_PATTERN}\\b`, 'u')

/** A one-item ordered list "1. juli …" on the line right after a paragraph: a wrapped date. */
function isWrappedDate(list: List, items: ItemDraft[], prev: LeddDraft, source: string, start: number): boolean {
  if (!list.ordered || items.length !== 1 || !MONTH.test(items[0]!.plain.text)) return false
  const between = source.slice(prev.end, start)
  return !between.includes('\n\n') && !/\n\s*\n/u.test(between)
}

function lastPlain(l: LeddDraft): Plain {
  if (l.trailing) return l.trailing
  const item = l.items.at(-1)
  if (item) return item.plain
  return l.lead ?? runPlain('', 0)
}

function setLastPlain(l: LeddDraft, p: Plain): void {
  if (l.trailing) l.trailing = p
  else if (l.items.length > 0) {
    const item = l.items.at(-1)!
    item.plain = p
    item.end = Math.max(item.end, p.text.length > 0 ? offsetAt(p, p.text.length - 1) + 1 : item.end)
  } else l.lead = p
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzæøå'

/**
 * Does the ledd `prev` take a list that starts with `first` as more of its items? Yes after a lead-in
 * ("… kan få tilbud om", "…:"), or when `first` continues its items ("c." after "b."). A list in another
 * style, or one that starts again at "a", is a new ledd (and never a duplicate "bokstav-a").
 */
function takesItems(prev: LeddDraft, first: {label: string; style: ItemStyle}): boolean {
  if (prev.trailing) return false
  const last = prev.items.at(-1)
  if (!last) return announcesList(lastWording(prev))
  if (last.style !== first.style) return false
  if (first.style === 'strek') return true
  const expected = first.style === 'bokstav' ? ALPHABET[ALPHABET.indexOf(last.label) + 1] : String(Number(last.label) + 1)
  return first.label === expected
}

export function parseBody(root: Root, base: number, source: string, from = 0): BodyDraft {
  const body: BodyDraft = {ledd: [], notes: [], marks: [], repealed: false, firstText: null, shiftable: true, numbered: false}
  const blocks = root.children.filter((n) => (n.position?.start.offset ?? 0) >= from)
  for (const block of blocks) handleBlock(block, body, base, source)
  return body
}

function blockSpan(node: Nodes, base: number): {start: number; end: number} {
  return {start: (node.position?.start.offset ?? 0) + base, end: (node.position?.end.offset ?? 0) + base}
}

function handleBlock(block: RootContent, body: BodyDraft, base: number, source: string): void {
  switch (block.type) {
    case 'paragraph':
    case 'heading': {
      const inline = collectInline(block.children, base, source)
      // The checks read the trimmed text: each blank in their patterns is a `\s+` or `\s*` run, so they
      // match it exactly when they match the flattened text, which is only made for a note's wording
      // (flattening every paragraph made a copy of nearly all wording).
      const trimmed = inline.text.trim()
      const span = blockSpan(block, base)
      if (isNote(trimmed)) {
        body.notes.push({text: flatten(inline.text), ...span})
        return
      }
      body.marks.push(...inline.marks)
      if (isRepealedWording(trimmed) && body.ledd.length === 0) {
        body.repealed = true
        return
      }
      if (trimmed === '') return
      if (body.ledd.length === 0) body.numbered = LEDD_NUMBER.test(trimmed) && trimmed.startsWith('(1)')
      body.firstText ??= span.start
      if (block.type === 'heading') {
        body.ledd.push({...span, heading: true, lead: collapse(inline), items: [], trailing: null})
        return
      }
      paragraphLines(inline, span, body, source)
      return
    }
    case 'list':
      handleList(block, body, base, source)
      return
    case 'html': {
      // Raw HTML in a legal text is markup someone pasted, not wording to throw away: keep the words
      // between the tags (so a ledd written as `<div>…</div>` still counts), drop tags and comments.
      const span = blockSpan(block, base)
      const plain = htmlText(source, span.start, span.end)
      const whole = collapse(plain)
      if (whole.text === '') return
      body.firstText ??= span.start
      body.ledd.push({...span, lead: whole, items: [], trailing: null})
      return
    }
    case 'thematicBreak':
    case 'definition':
      return
    default: {
      // Tables, block quotes, code, footnote definitions: their wording as one ledd, so a change in
      // them is still seen by the diff.
      const parts: Plain[] = []
      collectBlocks(block, base, source, parts, body.marks, body)
      const text = joinPlain(parts, '\n')
      const whole = collapse(text)
      if (whole.text === '') return
      const span = blockSpan(block, base)
      body.firstText ??= span.start
      body.ledd.push({...span, lead: whole, items: [], trailing: null})
    }
  }
}

/** A Markdown list: items of the ledd before it (after a lead-in, or with numbered ledd), or a ledd of its own. */
function handleList(block: List, body: BodyDraft, base: number, source: string): void {
  const items: ItemDraft[] = []
  const marks: RawMark[] = []
  listItems(block, base, source, items, marks, body)
  body.marks.push(...marks)
  const span = blockSpan(block, base)
  if (items.length === 0) return
  body.firstText ??= span.start
  const prev = body.ledd.at(-1)
  if (prev && isWrappedDate(block, items, prev, source, span.start)) {
    // "… trer i kraft\n1. juli 2025." in hard-wrapped text: CommonMark reads a list; it is a date.
    const item = items[0]!
    const marker = runPlain(item.written, item.labelOffset)
    const joined = collapse(joinPlain([lastPlain(prev), marker, item.plain], ' '))
    setLastPlain(prev, joined)
    prev.end = Math.max(prev.end, item.end)
    return
  }
  // With numbered ledd a list before the next «(n)» is the current ledd's, whatever its lead-in ends with; so is a
  // list without letters («- …», Lovdata's Markdown drops them): such a list is never a ledd of its own.
  const last = prev?.items.at(-1)
  const bare = items[0]!.style === 'strek' && prev !== undefined && !prev.heading && !prev.trailing && (last === undefined || last.style === 'strek')
  if (prev && (takesItems(prev, items[0]!) || bare || (body.numbered && !prev.heading && !prev.trailing))) {
    prev.items.push(...items)
    prev.end = Math.max(prev.end, span.end)
  } else {
    body.ledd.push({start: span.start, end: span.end, lead: null, items, trailing: null})
  }
}

function collectBlocks(node: Nodes, base: number, source: string, parts: Plain[], marks: RawMark[], body: BodyDraft): void {
  if (node.type === 'code') {
    const span = blockSpan(node, base)
    const start = source.indexOf(node.value, span.start)
    if (start === -1 || start + node.value.length > span.end) body.shiftable = false
    if (start >= 0 && node.value) parts.push(runPlain(node.value, start))
    return
  }
  if ('children' in node) {
    const kids = node.children as Nodes[]
    if (kids.length > 0 && kids.every((k) => isPhrasing(k))) {
      const inline = collectInline(kids, base, source)
      marks.push(...inline.marks)
      parts.push(inline)
      return
    }
    for (const k of kids) collectBlocks(k, base, source, parts, marks, body)
  }
}

/** The text of a raw HTML block with tags and comments removed, each character mapped to its file offset. */
function htmlText(source: string, start: number, end: number): Plain {
  const raw = source.slice(start, end)
  const keep: number[] = []
  const tag = /<!--[\s\S]*?(?:-->|$)|<\/?[A-Za-z][^>]*>/g
  let at = 0
  for (const match of raw.matchAll(tag)) {
    for (let i = at; i < match.index; i++) keep.push(i)
    at = match.index + match[0].length
  }
  for (let i = at; i < raw.length; i++) keep.push(i)
  return {text: keep.map((i) => raw[i]).join(''), offsets: Int32Array.from(keep, (i) => start + i), base: 0}
}

function isPhrasing(node: Nodes): boolean {
  return ['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'linkReference', 'image', 'imageReference', 'html', 'footnoteReference'].includes(node.type)
}

/** A paragraph, read line by line: lead-in lines, then lettered/numbered lines as items, then trailing text. */
function paragraphLines(inline: Plain & {marks: RawMark[]}, span: {start: number; end: number}, body: BodyDraft, source: string): void {
  let lines = plainLines(inline)
  // An amendment note on the last lines of a paragraph ("… oppheves. – – –\nEndret ved lov …", all in one
  // italic span in Lovdata's data) is metadata, not the last item's wording.
  const noteAt = lines.findIndex((l, i) => i > 0 && isNote(l.text.trim()))
  if (noteAt > 0) {
    const note = collapse(joinPlain(lines.slice(noteAt), '\n'))
    const start = offsetAt(note, 0)
    body.notes.push({text: note.text, start: sourceLine(source, start).start, end: span.end})
    // Lovdata italicises the whole block; that italic is the note's, not a ministry's insert mark.
    body.marks = body.marks.filter((m) => !(m.type === 'insert' && m.start <= start && m.end >= span.end))
    lines = lines.slice(0, noteAt)
    const lastLine = lines[noteAt - 1]!
    span = {start: span.start, end: sourceLine(source, lastLine.text.length > 0 ? offsetAt(lastLine, lastLine.text.length - 1) : span.start).end}
  }
  const labelled = lines.map((l) => matchLabel(l.text.trimStart()))
  const prev = body.ledd.at(-1)
  const firstLabel = labelled.find((m) => m !== null)
  const prevWants = prev !== undefined && firstLabel !== undefined && firstLabel !== null && takesItems(prev, firstLabel)
  let firstItem = -1
  for (let i = 0; i < lines.length; i++) {
    if (!labelled[i]) continue
    // A first line "d. …" is an item after a lead-in, before more labelled lines, or after items in the
    // same style (then it is a list of its own, and a skip is reported).
    const sameStyle = prev !== undefined && !prev.trailing && prev.items.at(-1)?.style === labelled[0]?.style
    if (i === 0 && !(prevWants || sameStyle || lines.length > 1 && (labelled[1] || lines[1]!.text.trim() === ''))) continue
    firstItem = i
    break
  }
  const leadLines = firstItem === -1 ? lines : lines.slice(0, firstItem)
  const lead = trimPlain(joinPlain(leadLines, '\n'))
  const items: ItemDraft[] = []
  let trailing: Plain[] | null = null
  if (firstItem !== -1) {
    for (let i = firstItem; i < lines.length; i++) {
      const line = lines[i]!
      const text = line.text
      if (trailing) {
        trailing.push(line)
        continue
      }
      const m = labelled[i]
      const stripped = text.trimStart()
      if (stripped === '') continue
      if (m) {
        const lead0 = text.length - stripped.length
        const plain = trimPlain(cut(line, lead0 + m.length))
        const labelOffset = offsetAt(line, lead0)
        const lineSpan = sourceLine(source, labelOffset)
        items.push({label: m.label, style: m.style, written: m.written, labelOffset, start: lineSpan.start, end: lineSpan.end, plain, children: []})
        continue
      }
      const last = items.at(-1)!
      // "… siste bokstav.\nDet er en forutsetning …": a new sentence after the list is the ledd's own text.
      if (/[.!?]["»”)]*$/u.test(last.plain.text) && /^[\p{Lu}«]/u.test(stripped)) {
        trailing = [line]
        continue
      }
      last.plain = trimPlain(joinPlain([last.plain, line], ' '))
      last.end = Math.max(last.end, sourceLine(source, offsetAt(line, text.length - stripped.length)).end)
    }
  }
  const trailingPlain = trailing ? trimPlain(joinPlain(trailing, '\n')) : null
  if (lead.text === '' && items.length > 0 && prevWants && prev) {
    prev.items.push(...items)
    prev.end = Math.max(prev.end, span.end)
    if (trailingPlain && trailingPlain.text) prev.trailing = trailingPlain
    return
  }
  const draft: LeddDraft = {
    start: span.start,
    end: span.end,
    lead: lead.text === '' ? null : lead,
    items,
    trailing: trailingPlain && trailingPlain.text ? trailingPlain : null
  }
  if (prev && continuesLedd(prev, draft, body.numbered)) mergeInto(prev, draft)
  else body.ledd.push(draft)
}

/**
 * Is the paragraph `next` more of the ledd `prev`? Yes when the law numbers its ledd and `next` has no «(n)»
 * (an explicit number wins), and when `next` goes on in lower case after `prev`'s list ("… c. NAV" / "når det
 * er nødvendig …": the rest of the sentence the list stands in).
 */
function continuesLedd(prev: LeddDraft, next: LeddDraft, numbered: boolean): boolean {
  if (prev.heading) return false
  const first = next.lead?.text ?? ''
  if (numbered) return !LEDD_NUMBER.test(first.trimStart()) && (next.items.length === 0 || prev.trailing === null)
  return prev.items.length > 0 && next.items.length === 0 && /^\p{Ll}/u.test(first.trimStart())
}

function mergeInto(prev: LeddDraft, next: LeddDraft): void {
  prev.end = Math.max(prev.end, next.end)
  const tail = (...parts: Array<Plain | null>): Plain | null => {
    const present = parts.filter((p): p is Plain => p !== null)
    return present.length === 0 ? null : joinPlain(present, '\n')
  }
  if (prev.items.length === 0 && prev.trailing === null) {
    prev.lead = tail(prev.lead, next.lead)
    prev.items = next.items
    prev.trailing = next.trailing
  } else if (next.items.length > 0) {
    // Wording between two lists of one ledd has no place of its own in a draft: it joins the trailing text.
    prev.items.push(...next.items)
    prev.trailing = tail(prev.trailing, next.lead, next.trailing)
  } else {
    prev.trailing = tail(prev.trailing, next.lead, next.trailing)
  }
}

/**
 * The whole source line around `offset`, without indentation and trailing blanks, so that an item
 * written "*d. ny bokstav*" includes its markup (and the mark lies inside the item).
 */
function sourceLine(source: string, offset: number): {start: number; end: number} {
  let start = source.lastIndexOf('\n', offset - 1) + 1
  let end = source.indexOf('\n', offset)
  if (end === -1) end = source.length
  while (start < offset && /[ \t]/u.test(source[start]!)) start++
  while (end > offset && /\s/u.test(source[end - 1]!)) end--
  return {start, end}
}

function listItems(list: List, base: number, source: string, out: ItemDraft[], marks: RawMark[], body: BodyDraft): void {
  let position = 0
  let number = list.start ?? 1
  for (const li of list.children) {
    const span = blockSpan(li, base)
    let content = li.children
    let innerMarker: string | null = null
    // "- 1. språkkurs": CommonMark reads a bullet item holding an ordered list of one; the number is
    // the item's label, as in "- a. …".
    const first = content[0]
    if (!list.ordered && first?.type === 'list' && first.ordered && first.children.length === 1) {
      const inner = first.children[0]!
      const at = blockSpan(inner, base).start
      const marker = /^(\d{1,9})([.)])/u.exec(source.slice(at, at + 12))
      innerMarker = marker ? `${marker[1]}${marker[2]}` : `${first.start ?? 1}.`
      content = [...inner.children, ...content.slice(1)]
    }
    const paragraphs = content.filter((c) => c.type !== 'list')
    const parts: Plain[] = []
    const itemMarks: RawMark[] = []
    for (const p of paragraphs) collectBlocks(p, base, source, parts, itemMarks, body)
    const whole = collapse(joinPlain(parts, '\n'))
    marks.push(...itemMarks)
    // "- ~~a. regelmessig …~~": a struck item is a delete mark, not an item of the proposed text.
    if (whole.text === '' && content.every((c) => c.type !== 'list')) continue
    position++
    let label: string
    let style: ItemStyle
    let written: string
    let plain = whole
    let labelOffset = span.start
    const m = matchLabel(whole.text)
    if (innerMarker) {
      label = innerMarker.slice(0, -1)
      written = innerMarker
      style = 'nummer'
      labelOffset = blockSpan(first!, base).start
    } else if (list.ordered) {
      // CommonMark consumed "1." / "1)" as the list marker: read it back from the source.
      const marker = /^\s*(\d{1,9})([.)])/u.exec(source.slice(span.start, span.end))
      label = marker ? marker[1]! : String(number)
      written = marker ? marker[1]! + marker[2]! : `${label}.`
      style = 'nummer'
      labelOffset = span.start + (marker ? marker[0].length - marker[1]!.length - 1 : 0)
      number++
    } else if (m) {
      label = m.label
      style = m.style
      written = m.written
      labelOffset = offsetAt(whole, 0)
      plain = collapse(cut(whole, m.length))
    } else {
      label = String(position)
      style = 'strek'
      written = ''
    }
    const item: ItemDraft = {label, style, written, labelOffset, start: span.start, end: trimEnd(source, span.start, span.end), plain, children: []}
    for (const sub of content) if (sub.type === 'list') listItems(sub, base, source, item.children, marks, body)
    out.push(item)
  }
}

function trimEnd(source: string, start: number, end: number): number {
  let e = end
  while (e > start && /\s/u.test(source[e - 1] ?? '')) e--
  return e
}
