/**
 * Character tests on UTF-16 code units, for the loops that read every character of a regulation (sentence
 * splitting, whitespace collapsing, the sentence index): char codes, no one-character strings or regexes.
 */

/** `/\s/` for one code unit: ASCII blanks, the no-break spaces, the Unicode space separators, line and paragraph separators, BOM. */
export function isWhiteSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  )
}

/**
 * White space that may be collapsed or broken: `/\s/` without the no-break spaces (U+00A0, U+202F). They are
 * the author's choice ("§ 3-1", "16 år" kept on one line) and kept for display; matching normalises them
 * (src/text/normalize.ts).
 */
export function isBreakingSpace(code: number): boolean {
  return code !== 0xa0 && code !== 0x202f && isWhiteSpace(code)
}

/**
 * A test of one code unit against `re` (a one-character class), remembered per unit in a 64 KB table:
 * hot loops ask a table instead of running a Unicode-aware regex on a one-character string each time.
 */
export function unitTest(re: RegExp): (code: number) => boolean {
  // Per unit: 0 not yet known, 1 in the class, 2 not.
  const known = new Uint8Array(0x10000)
  return (code) => {
    let k = known[code]!
    if (k === 0) known[code] = k = re.test(String.fromCharCode(code)) ? 1 : 2
    return k === 1
  }
}
