/**
 * Norwegian number words and digits, read alike ("ett år" = "1 år", "tjuefire" = 24), bokmål and nynorsk.
 */

const UNITS: Record<string, number> = {
  null: 0, en: 1, ett: 1, ei: 1, én: 1, eitt: 1, éin: 1, ein: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6,
  sju: 7, syv: 7, åtte: 8, ni: 9, ti: 10, elleve: 11, tolv: 12, tretten: 13, fjorten: 14, femten: 15,
  seksten: 16, sytten: 17, atten: 18, nitten: 19
}

const TENS: Record<string, number> = {
  tjue: 20, tyve: 20, tretti: 30, tredve: 30, førti: 40, femti: 50, seksti: 60, sytti: 70, åtti: 80, nitti: 90
}

const WORDS: Record<string, number> = {...UNITS, ...TENS, hundre: 100, hundred: 100, halvt: 0.5, halvannet: 1.5, halvanna: 1.5}

// Compounds: "tjuefem", "tjueen"; longest words first so "tretti" is not read as "tre".
const COMPOUND = new RegExp(
  '^(' + Object.keys(TENS).join('|') + ')(' + Object.keys(UNITS).filter((u) => u !== 'null' && UNITS[u]! < 10).join('|') + ')$'
)

/** Regular-expression source for a number: digits (with thousand spaces, decimal comma) or a number word. */
export const NUMBER_PATTERN =
  '(?:\\d{1,3}(?:[ \\u00A0]\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?|' +
  '(?:' + Object.keys(TENS).join('|') + ')(?:' + Object.keys(UNITS).filter((u) => UNITS[u]! > 0 && UNITS[u]! < 10).join('|') + ')?|' +
  Object.keys(WORDS).sort((x, y) => y.length - x.length).join('|') + ')'

/** `"ett"` → 1, `"tjuefire"` → 24, `"10 000"` → 10000, `"1,5"` → 1.5; null when not a number. */
export function parseNumber(word: string): number | null {
  const w = word.toLowerCase().trim()
  if (/^\d{1,3}(?:[ \u00A0]\d{3})+(?:,\d+)?$|^\d+(?:,\d+)?$/.test(w)) {
    return Number(w.replace(/[ \u00A0]/g, '').replace(',', '.'))
  }
  if (w in WORDS) return WORDS[w]!
  const m = COMPOUND.exec(w)
  if (m) return TENS[m[1]!]! + UNITS[m[2]!]!
  return null
}
