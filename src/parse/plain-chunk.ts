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
 */
import type {Paragraph, Root} from 'mdast'
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

export function plainChunk(text: string): Root | null {
  if (GFM_LITERAL.test(text) || ASTRAL.test(text)) return null
  const children: Paragraph[] = []
  // The open paragraph: its first line (1-based) and offset, its last line and where that line starts.
  let first = 0
  let firstOffset = 0
  let lastLine = 0
  let lastStart = 0
  let lastEnd = 0
  // The open paragraph is one `*…*` line: the next line must be blank.
  let emphasis = false
  const close = (): void => {
    if (first === 0) return
    const start = {line: first, column: 1, offset: firstOffset}
    const end = {line: lastLine, column: lastEnd - lastStart + 1, offset: lastEnd}
    if (emphasis) {
      const inner = {
        type: 'text' as const,
        value: text.slice(firstOffset + 1, lastEnd - 1),
        position: {start: {line: first, column: 2, offset: firstOffset + 1}, end: {line: first, column: end.column - 1, offset: lastEnd - 1}}
      }
      const position = {start, end}
      children.push({type: 'paragraph', children: [{type: 'emphasis', children: [inner], position}], position})
    } else {
      // Its lines joined by "\n" are exactly this slice of the chunk: no copy. Paragraph and text share one
      // position object (remark makes two equal ones; the parser only reads them).
      const value = text.slice(firstOffset, lastEnd)
      const position = {start, end}
      children.push({type: 'paragraph', children: [{type: 'text', value, position}], position})
    }
    first = 0
    emphasis = false
  }
  let line = 1
  let from = 0
  for (;;) {
    let to = text.indexOf('\n', from)
    if (to === -1) to = text.length
    if (to === from) close()
    else {
      if (emphasis) return null
      if (!safe(text, from, to)) {
        // Not safe: only a whole `*…*` line on its own can still be read here.
        if (first !== 0 || to - from < 3 || text.charCodeAt(from) !== STAR || text.charCodeAt(to - 1) !== STAR || !safe(text, from + 1, to - 1)) return null
        emphasis = true
      }
      if (first === 0) {
        first = line
        firstOffset = from
      }
      lastLine = line
      lastStart = from
      lastEnd = to
    }
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
