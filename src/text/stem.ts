/**
 * Transitional, for the linker only (src/link/terms.ts) until it takes the run's `Stemmer`
 * (src/grammar/stem.ts, `createStemmer`, made in `runCase`): the same Snowball stem with the bounded memo
 * it had before, so linking stays as fast. This is module state; it goes with the switch.
 */
import {stemWord} from '../grammar/stem.js'

const memo = new Map<string, string>()
const MEMO_LIMIT = 200_000

/** Snowball's Norwegian stem of a lower-case word. */
export function stem(word: string): string {
  let s = memo.get(word)
  if (s === undefined) {
    s = stemWord(word)
    if (memo.size >= MEMO_LIMIT) memo.clear()
    memo.set(word, s)
  }
  return s
}
