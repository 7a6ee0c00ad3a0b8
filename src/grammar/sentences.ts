/**
 * The one Norwegian sentence (punktum) splitter for legal text, bokmål and nynorsk. parse cuts ledd
 * into punktum with it, classify reads sentences with it (carried-over wording), and link reads the
 * sentence around a note's reference with it: one answer everywhere.
 *
 * A full stop ends a punktum only when the next word starts a sentence (capital letter, «, §, an
 * opening parenthesis or quote) and the word before the stop is not an abbreviation. Dates ("1. juli
 * 2025"), ordinals ("4. ledd") and references inside a sentence ("§ 4-2. første ledd" is never written;
 * "etter § 4-2. og" is) are followed by a lower-case word and so never split.
 */
import {isWhiteSpace} from '../text/chars.js'

export interface SentenceSpan {
  text: string
  start: number
  end: number
}

// Abbreviations that never end a sentence, lower-cased, without the final dot. Nynorsk forms included
// ("t.d." = til dømes, "m.a." = mellom anna).
const NEVER_FINAL = new Set([
  'jf', 'jfr', 'bl.a', 'nr', 'f.eks', 'kap', 'pkt', 'pr', 'ca', 'dvs', 't.d', 'm.a', 'ev', 'evt', 'iflg',
  'ifølge', 'ikr', 'kl', 'art', 'bokst', 'ref', 'vedr', 'inkl', 'ekskl', 'iht', 'ift', 'mht', 'vha', 'tlf',
  'kgl', 'res', 'prop', 'st', 'meld', 'innst', 'ot.prp', 'st.prp', 'st.meld', 'nou', 'jan', 'feb', 'febr',
  'mar', 'apr', 'aug', 'sep', 'sept', 'okt', 'nov', 'des', 'kr', 'mill', 'mrd', 'pst', 'avd', 'adm',
  'ang', 'dir', 'div', 'eks', 'el', 'fork', 'forts', 'gj', 'hhv', 'henh', 'jfr', 'komm', 'mnd', 'nedenf',
  'ovenf', 'off', 'osb', 'sml', 'spes', 'stk', 'vsa', 'ds', 'dr', 'prof', 'red', 's', 'nedanf', 'f.o.m', 't.o.m',
  'avsn', 'lovd', 'ot.prp', 'innst.o', 'innst.s', 'rt', 'hr'
])

// Abbreviations that may end a sentence ("… og lignende mv. Det er …"): they end one only when the next
// word looks like an ordinary sentence start (capital letter followed by a lower-case letter).
const MAYBE_FINAL = new Set(['mv', 'm.v', 'm.m', 'osv', 'o.s.v', 'o.l', 'e.l', 'etc', 'm.fl', 'o.a', 'mfl', 'mm'])

const OPENERS = /[\p{Lu}«"“„(§]/u
const WORD = /[\p{L}\p{N}.]/u

// The splitter looks at every character of the wording: char codes, not one-character strings and
// regexes, except where Unicode classes are needed (and then only beyond ASCII).

/** » ” " ' ) ] ’ */
function isCloser(code: number): boolean {
  return code === 0xbb || code === 0x201d || code === 0x22 || code === 0x27 || code === 0x29 || code === 0x5d || code === 0x2019
}

/** `WORD` for the code unit at `i`. */
function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 46
  return WORD.test(text[i]!)
}

/** The word (letters, digits, inner dots) ending just before index `dot` in `text`. */
function wordBefore(text: string, dot: number): string {
  let i = dot
  while (i > 0 && isWordChar(text, i - 1)) i--
  return text.slice(i, dot)
}

/** `OPENERS` for the code unit at `i`: by char code for ASCII (most text), by the regex beyond. */
function isOpener(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  // A–Z ( " §
  if (code < 128) return (code >= 65 && code <= 90) || code === 40 || code === 34
  return OPENERS.test(text[i]!)
}

function isBoundary(text: string, punct: number, next: number): boolean {
  const ch = text.charCodeAt(punct)
  // ! ?
  if (ch === 33 || ch === 63) return next < text.length && isOpener(text, next)
  if (next >= text.length || !isOpener(text, next)) return false
  const word = wordBefore(text, punct).toLowerCase().replace(/^\.+/, '')
  if (NEVER_FINAL.has(word)) return false
  if (MAYBE_FINAL.has(word)) return /^\p{Lu}\p{Ll}/u.test(text.slice(next, next + 2))
  return true
}

/**
 * Split `text` into sentences. Offsets are into `text`; leading and trailing whitespace of each
 * sentence is excluded. Text without any boundary is one sentence; blank text gives none.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = []
  let start = 0
  const push = (from: number, to: number): void => {
    let s = from
    let e = to
    while (s < e && isWhiteSpace(text.charCodeAt(s))) s++
    while (e > s && isWhiteSpace(text.charCodeAt(e - 1))) e--
    if (e > s) out.push({text: text.slice(s, e), start: s, end: e})
  }
  const length = text.length
  for (let i = 0; i < length; i++) {
    const ch = text.charCodeAt(i)
    // . ! ?
    if (ch !== 46 && ch !== 33 && ch !== 63) continue
    let end = i + 1
    // "…?»" and "(… 2025)." — closing quotes and brackets belong to the sentence they close.
    while (end < length && isCloser(text.charCodeAt(end))) end++
    if (end >= length) break
    if (!isWhiteSpace(text.charCodeAt(end))) continue
    let next = end
    while (next < length && isWhiteSpace(text.charCodeAt(next))) next++
    if (next >= length) break
    if (isBoundary(text, i, next)) {
      push(start, end)
      start = next
      i = next - 1
    }
  }
  push(start, text.length)
  return out
}

/** The sentences of `text` (each trimmed), in order. */
export function sentencesOf(text: string): string[] {
  return splitSentences(text).map((s) => s.text)
}

/**
 * The sentences of `text` joined by one space: the text with its boundaries' white space made one
 * space and its ends trimmed ('' for blank text). What a reader of the whole regulation searches in.
 */
export function sentencesJoined(text: string): string {
  const spans = splitSentences(text)
  if (spans.length <= 1) return spans[0]?.text ?? ''
  let out = spans[0]!.text
  for (let k = 1; k < spans.length; k++) out += ' ' + spans[k]!.text
  return out
}

/** The sentence of `text` that holds the offsets [start, end) (the whole text when none does). */
export function sentenceAround(text: string, start: number, end: number): SentenceSpan {
  for (const s of splitSentences(text)) if (s.start <= start && end <= s.end) return s
  return {text, start: 0, end: text.length}
}
