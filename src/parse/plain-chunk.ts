/**
 * The mdast that remark-parse gives a chunk made only of plain paragraphs, built without running it.
 * Most section bodies of a regulation are ledd written as plain lines: one remark call costs a fixed
 * ~0.1 ms (it rebuilds its tables per call) plus ~0.4 s per MB, which dominated parsing.
 *
 * Only a chunk where no character could start Markdown syntax takes this path: every non-empty line
 * starts with a letter, «, § or ( and holds only letters, digits, marks, plain spaces and a few
 * punctuation marks (no * _ ~ ` [ ] < > & \ ! | # @), with no space at either end; blank lines are
 * empty. Anything else (and any doubt) returns null, and the caller runs remark. Such a chunk can
 * only be paragraphs, each one text node whose value is its lines joined by "\n" (test/parse checks
 * this against remark on real texts).
 *
 * One exception, because Lovdata puts one under most sections: a paragraph that is a single line
 * `*…*` around such a safe line ("*Endret ved forskrift … (i kraft 1 juli 2025).*") is emphasis
 * holding one text node (the opening `*` follows the line start, the closing one ends the line, so
 * both can only open and close).
 *
 * And lists, the other shape half of Lovdata's section bodies have («1. …» in lines of their own, often
 * a blank line apart, and «- …» lines): a line `N. ` (1–9 digits) or `- ` followed by a safe line is a list
 * item holding one paragraph. Consecutive items of one kind make one list, spread when a blank line
 * separates two of them. Only the shapes whose reading is certain are taken: a list must start after a
 * blank line or at the chunk's start, and the line after an item must be blank or another item of the same
 * kind (a plain line there would be a lazy continuation, an item of the other kind a new list without a
 * blank line); anything else goes to remark.
 */
import type {List, ListItem, Paragraph, Root, RootContent} from 'mdast'
import {unitTest} from '../text/chars.js'

// A safe line, matched in place (sticky) from the line's start; it must reach the line's end.
const LINE = /[\p{L}«§(][\p{L}\p{N}\p{M} .,:;?()%/§«»–—\-'"+°=]*/uy
// What remark-gfm would read even in a safe line (autolinks): such chunks go to remark.
const GFM_LITERAL = /www\.|https?:|ftp:|mailto:|xmpp:/iu
// Characters outside the Basic Multilingual Plane: keep columns simple by leaving them to remark.
const ASTRAL = /[\uD800-\uDFFF]/u
const STAR = 42
const SPACE = 32

// LINE's two classes, decided per code unit once (by the same classes) and remembered: most lines are
// checked by table lookups, not by the Unicode-aware regex.
const isFirst = unitTest(/^[\p{L}«§(]$/u)
const isRest = unitTest(/^[\p{L}\p{N}\p{M} .,:;?()%/§«»–—\-'"+°=]$/u)

/** Is text[from, to) a safe line (see above)? */
function safe(text: string, from: number, to: number): boolean {
  if (text.charCodeAt(to - 1) === SPACE) return false
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdfff) {
      // A surrogate: the regex reads code points, so let it decide the whole line.
      LINE.lastIndex = from
      return LINE.test(text) && LINE.lastIndex === to
    }
    if (!(i === from ? isFirst(code) : isRest(code))) return false
  }
  return true
}

/** What one line of a chunk is, for the shapes this reader takes; null: leave the chunk to remark. */
type LineKind =
  | {kind: 'blank'}
  | {kind: 'plain'}
  | {kind: 'emphasis'}
  | {kind: 'item'; ordered: boolean; start: number; width: number}

const DIGIT_0 = 48
const DIGIT_9 = 57
const DOT = 46
const DASH = 45

function lineKind(text: string, from: number, to: number): LineKind | null {
  if (to === from) return {kind: 'blank'}
  if (safe(text, from, to)) return {kind: 'plain'}
  const c = text.charCodeAt(from)
  if (c === STAR) return to - from >= 3 && text.charCodeAt(to - 1) === STAR && safe(text, from + 1, to - 1) ? {kind: 'emphasis'} : null
  let width = 0
  let ordered = false
  if (c === DASH) width = 1
  else {
    while (width < 10 && from + width < to && text.charCodeAt(from + width) >= DIGIT_0 && text.charCodeAt(from + width) <= DIGIT_9) width++
    if (width === 0 || width > 9 || text.charCodeAt(from + width) !== DOT) return null
    ordered = true
    width++
  }
  // One space after the marker, then a safe line (it cannot start another marker: it starts with a letter, «, § or ().
  if (text.charCodeAt(from + width) !== SPACE || from + width + 1 >= to || !safe(text, from + width + 1, to)) return null
  return {kind: 'item', ordered, start: ordered ? Number(text.slice(from, from + width - 1)) : 0, width: width + 1}
}

/** A point `column` (1-based) into a line that starts at `lineStart`. */
function pointAt(line: number, lineStart: number, offset: number): {line: number; column: number; offset: number} {
  return {line, column: offset - lineStart + 1, offset}
}

/** The list being read: its node, and whether the last line read was one of its items. */
interface OpenList {
  node: List
  /** A blank line since the last item (two items across it make the list spread). */
  gap: boolean
}

function listItem(text: string, line: number, from: number, to: number, width: number): ListItem {
  const start = pointAt(line, from, from + width)
  const end = pointAt(line, from, to)
  const position = {start, end}
  const paragraph: Paragraph = {type: 'paragraph', children: [{type: 'text', value: text.slice(from + width, to), position}], position}
  return {type: 'listItem', spread: false, checked: null, children: [paragraph], position: {start: pointAt(line, from, from), end}}
}

export function plainChunk(text: string): Root | null {
  if (GFM_LITERAL.test(text) || ASTRAL.test(text)) return null
  const children: RootContent[] = []
  // The open paragraph: its first line (1-based) and offset, its last line and where that line starts.
  let first = 0
  let firstOffset = 0
  let lastLine = 0
  let lastStart = 0
  let lastEnd = 0
  // The open paragraph is one `*…*` line: the next line must be blank.
  let emphasis = false
  let list: OpenList | null = null
  let previous: LineKind = {kind: 'blank'}
  const close = (): void => {
    if (first === 0) return
    children.push(paragraphNode(text, first, firstOffset, lastLine, lastStart, lastEnd, emphasis))
    first = 0
    emphasis = false
  }
  let line = 1
  let from = 0
  for (;;) {
    let to = text.indexOf('\n', from)
    if (to === -1) to = text.length
    const kind = lineKind(text, from, to)
    if (kind === null || !follows(previous, kind)) return null
    if (kind.kind === 'blank') {
      close()
      if (list) list.gap = true
    } else if (kind.kind === 'item') {
      if (list && list.node.ordered !== kind.ordered) list = null
      const item = listItem(text, line, from, to, kind.width)
      if (!list) {
        list = {node: {type: 'list', ordered: kind.ordered, start: kind.ordered ? kind.start : null, spread: false, children: [], position: {start: item.position!.start, end: item.position!.end}}, gap: false}
        children.push(list.node)
      } else if (list.gap) list.node.spread = true
      list.node.children.push(item)
      list.node.position!.end = item.position!.end
      list.gap = false
    } else {
      list = null
      emphasis = kind.kind === 'emphasis'
      if (first === 0) {
        first = line
        firstOffset = from
      }
      lastLine = line
      lastStart = from
      lastEnd = to
    }
    previous = kind
    if (to === text.length) break
    from = to + 1
    line++
  }
  close()
  return {
    type: 'root',
    children,
    position: {start: {line: 1, column: 1, offset: 0}, end: {line, column: text.length - from + 1, offset: text.length}}
  }
}

/**
 * May `kind` follow `previous` (the line before) in a chunk this reader takes? After an item only a blank
 * line or an item of the same kind; an item only after a blank line or an item of its kind; after an
 * emphasis line only a blank line; a plain line not after an emphasis line or an item.
 */
function follows(previous: LineKind, kind: LineKind): boolean {
  if (kind.kind === 'blank') return true
  if (previous.kind === 'emphasis') return false
  if (previous.kind === 'item') return kind.kind === 'item' && kind.ordered === previous.ordered
  // After a blank line an item continues the open list or, of the other kind, starts a new one.
  if (kind.kind === 'item') return previous.kind === 'blank'
  // A first line after a blank (a new paragraph) or the next line of the open paragraph; an emphasis line only starts one.
  return kind.kind === 'plain' || previous.kind === 'blank'
}

function paragraphNode(text: string, first: number, firstOffset: number, lastLine: number, lastStart: number, lastEnd: number, emphasis: boolean): Paragraph {
  const start = {line: first, column: 1, offset: firstOffset}
  const end = {line: lastLine, column: lastEnd - lastStart + 1, offset: lastEnd}
  const position = {start, end}
  if (emphasis) {
    const inner = {
      type: 'text' as const,
      value: text.slice(firstOffset + 1, lastEnd - 1),
      position: {start: {line: first, column: 2, offset: firstOffset + 1}, end: {line: first, column: end.column - 1, offset: lastEnd - 1}}
    }
    return {type: 'paragraph', children: [{type: 'emphasis', children: [inner], position}], position}
  }
  // Its lines joined by "\n" are exactly this slice of the chunk: no copy. Paragraph and text share one
  // position object (remark makes two equal ones; the parser only reads them).
  return {type: 'paragraph', children: [{type: 'text', value: text.slice(firstOffset, lastEnd), position}], position}
}
