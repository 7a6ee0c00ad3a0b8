/**
 * Norwegian sentence (punktum) splitter for legal text, bokmål and nynorsk.
 *
 * A full stop ends a punktum only when the next word starts a sentence (capital letter, «, §, an
 * opening parenthesis or quote) and the word before the stop is not an abbreviation. Dates ("1. juli
 * 2025"), ordinals ("4. ledd") and references inside a sentence ("§ 4-2. første ledd" is never written;
 * "etter § 4-2. og" is) are followed by a lower-case word and so never split.
 */

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
const CLOSERS = new Set(['»', '”', '"', "'", ')', ']', '’'])

/** The word (letters, digits, inner dots) ending just before index `dot` in `text`. */
function wordBefore(text: string, dot: number): string {
  let i = dot
  while (i > 0 && /[\p{L}\p{N}.]/u.test(text[i - 1] ?? '')) i--
  return text.slice(i, dot)
}

function isBoundary(text: string, punct: number, next: number): boolean {
  const ch = text[punct]
  if (ch === '!' || ch === '?') return OPENERS.test(text[next] ?? '')
  if (!OPENERS.test(text[next] ?? '')) return false
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
    while (s < e && /\s/u.test(text[s] ?? '')) s++
    while (e > s && /\s/u.test(text[e - 1] ?? '')) e--
    if (e > s) out.push({text: text.slice(s, e), start: s, end: e})
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch !== '.' && ch !== '!' && ch !== '?') continue
    let end = i + 1
    // "…?»" and "(… 2025)." — closing quotes and brackets belong to the sentence they close.
    while (end < text.length && CLOSERS.has(text[end] ?? '')) end++
    if (end >= text.length) break
    if (!/\s/u.test(text[end] ?? '')) continue
    let next = end
    while (next < text.length && /\s/u.test(text[next] ?? '')) next++
    if (next >= text.length) break
    if (isBoundary(text, i, next)) {
      push(start, end)
      start = next
      i = next - 1
    }
  }
  push(start, text.length)
  return out
}
