/**
 * The one table of Norwegian month names (bokmål and nynorsk write them alike), for reading and writing
 * dates in citations («lov 17. juli 1925 nr. 11») and in reports.
 */

export const MONTHS: readonly string[] = [
  'januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'
]

/** English names, for the English report only. */
export const MONTHS_EN: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'
]

/** `1` → `januar`; `''` outside 1–12. */
export function monthName(n: number): string {
  return MONTHS[n - 1] ?? ''
}

/** `juli` / `Juli` → 7; null when the word is not a month. */
export function monthNumber(word: string): number | null {
  const index = MONTHS.indexOf(word.toLowerCase())
  return index >= 0 ? index + 1 : null
}

/** Regular-expression source matching any month name (for building date patterns). */
export const MONTH_PATTERN = `(?:${MONTHS.join('|')})`
