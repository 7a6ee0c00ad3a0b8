/**
 * Norwegian ordinal words as used in citations ("§ 3-2 annet ledd tredje punktum").
 * Shared by the parser (to write citations), the note reader and the instruction parser (to read them).
 */

// Bokmål forms first: they are what citations are written with. "annet" is the traditional legal form;
// "andre" is accepted when reading (and is also the nynorsk form).
const BOKMAAL = [
  'første', 'annet', 'tredje', 'fjerde', 'femte', 'sjette', 'sjuende', 'åttende', 'niende', 'tiende',
  'ellevte', 'tolvte', 'trettende', 'fjortende', 'femtende', 'sekstende', 'syttende', 'attende', 'nittende', 'tjuende'
]

// Nynorsk forms («fyrste», «sjuande», «åttande») and the older bokmål «syvende» are read, never written.
const VARIANTS: Record<string, number> = {
  andre: 2,
  fyrste: 1,
  syvende: 7,
  sjunde: 7,
  sjuande: 7,
  åttande: 8,
  niande: 9,
  tiande: 10,
  ellevte: 11,
  trettande: 13,
  fjortande: 14,
  femtande: 15,
  sekstande: 16,
  syttande: 17,
  attande: 18,
  nittande: 19,
  tjuande: 20
}

/** `1` → `første`, `2` → `annet`; beyond 20 falls back to the digit form `21.` (as Lovdata does). */
export function ordinalWord(n: number): string {
  return BOKMAAL[n - 1] ?? `${n}.`
}

/** `annet` / `andre` → 2, `sjuende` / `syvende` → 7, `4.` → 4; null when the word is not an ordinal. */
export function parseOrdinal(word: string): number | null {
  const w = word.toLowerCase().trim()
  const index = BOKMAAL.indexOf(w)
  if (index >= 0) return index + 1
  if (w in VARIANTS) return VARIANTS[w] ?? null
  const digits = /^(\d{1,3})\.$/.exec(w)
  return digits ? Number(digits[1]) : null
}

/** Regular-expression source matching any ordinal word we read (for building reference patterns). */
export const ORDINAL_PATTERN =
  '(?:' + [...BOKMAAL, ...Object.keys(VARIANTS), 'siste'].sort((a, b) => b.length - a.length).join('|') + ')'
