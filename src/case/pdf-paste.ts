/**
 * Signs that a document was pasted from a PDF instead of imported: page-number lines, words hyphenated at
 * line ends, and the same header or footer line repeated. Such text gives false changes (a page number read
 * as a ledd, a header as text, a hyphenated word as two), so the user is pointed at `regdiff init`, which
 * repairs all three. One warning per document, at the first sign.
 */
import type {Point} from '../types.js'
import {isPageNumberLine} from '../text/page-number.js'

export interface PasteSigns {
  pageNumbers: number
  hyphenated: number
  repeated: number
  first: Point
}

// Markdown structure, footnotes, amendment notes and list items legitimately repeat or start with digits.
const STRUCTURAL = /^(?:#|\*|-|\+|>|\||\[\^|\d+[.)]\s|[a-zæøå][.)]\s|~~|`|<)/

export function pasteSigns(text: string): PasteSigns | null {
  const lines = text.split(/\r?\n/)
  const offsets: number[] = []
  let offset = 0
  for (const line of lines) {
    offsets.push(offset)
    offset += line.length + 1
  }
  const places: number[] = []
  let pageNumbers = 0
  let hyphenated = 0
  lines.forEach((line, i) => {
    const blankAround = (lines[i - 1] ?? '').trim() === '' && (lines[i + 1] ?? '').trim() === ''
    // A page-number line counts between blank lines, where Markdown has no reason to put a number alone.
    if (isPageNumberLine(line) && blankAround) {
      pageNumbers++
      places.push(i)
    }
    if (/[a-zæøå]-$/.test(line) && /^[a-zæøå]/.test(lines[i + 1] ?? '') && !/^(?:og|eller)\b/.test(lines[i + 1] ?? '')) {
      hyphenated++
      places.push(i)
    }
  })
  const seen = new Map<string, number[]>()
  lines.forEach((line, i) => {
    const key = line.trim()
    if (key === '' || key.length > 80 || STRUCTURAL.test(key) || /^§/.test(key)) return
    const at = seen.get(key)
    if (at) at.push(i)
    else seen.set(key, [i])
  })
  // A repeated line is a running header only next to a page number: real texts repeat lines too
  // («– – –», «Overskrifta endra ved …», «EUROPAKOMMISJONEN HAR –»).
  const pageLines = places.filter((i) => /\d/.test(lines[i]!) && !/-$/.test(lines[i]!))
  const nearPage = (i: number): boolean => pageLines.some((p) => Math.abs(p - i) <= 3)
  let repeated = 0
  for (const at of seen.values()) {
    if (at.length < 3 || at.filter(nearPage).length * 2 < at.length) continue
    repeated++
    places.push(at[0]!)
  }
  if (pageNumbers === 0 && hyphenated < 2 && repeated === 0) return null
  // Not Math.min(...places): a long pasted text has more places than a call takes arguments.
  const line = places.reduce((a, b) => Math.min(a, b))
  return {pageNumbers, hyphenated, repeated, first: {line: line + 1, column: 1, offset: offsets[line]!}}
}
