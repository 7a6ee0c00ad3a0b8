/**
 * The one stemmer of regdiff: Snowball's Norwegian stemmer. Every stage that matches words by their
 * stem (diff similarity, carried-over wording, broken references, link terms) uses it, through a
 * `Stemmer` made once per run and passed down, so its memo is bounded and belongs to the run.
 */
import {createRequire} from 'node:module'

// snowball-stemmers is CommonJS without type declarations; require it with a local type rather than an
// ambient module declaration. The stemmer object is stateless between calls (it keeps no memo).
const snowball = createRequire(import.meta.url)('snowball-stemmers') as {
  newStemmer(language: string): {stem(word: string): string}
}
const norwegian = snowball.newStemmer('norwegian')

// Snowball leaves many derived forms apart ("forutsetning" / "forutsetter"); matching reads the first
// seven letters of the stem, which brings such pairs together at the cost of rare compound collisions.
const MATCH_LENGTH = 7

// A 10 MB law has a large but finite vocabulary; the bound keeps a long-lived process (a batch, the
// library in a server) from growing without limit.
const DEFAULT_LIMIT = 200_000

export interface Stemmer {
  /** Snowball's Norwegian stem of a lower-case word. */
  stem(word: string): string
  /** The key words are matched on: the stem cut to seven letters (see MATCH_LENGTH). */
  key(word: string): string
}

/** Snowball's Norwegian stem of a lower-case word, not remembered (prefer a run's `Stemmer`). */
export function stemWord(word: string): string {
  return norwegian.stem(word)
}

/** The matching key of a lower-case word, not remembered (prefer a run's `Stemmer`). */
export function matchKey(word: string): string {
  return norwegian.stem(word).slice(0, MATCH_LENGTH)
}

/** A stemmer with its own memo of at most `limit` words (cleared whole when full: simple and bounded). */
export function createStemmer(limit: number = DEFAULT_LIMIT): Stemmer {
  const stems = new Map<string, string>()
  // Keys apart from stems: matching asks for a key per word read, and cutting the stem each time would
  // make a new string per word.
  const keys = new Map<string, string>()
  const stem = (word: string): string => {
    let s = stems.get(word)
    if (s === undefined) {
      s = norwegian.stem(word)
      if (stems.size >= limit) stems.clear()
      stems.set(word, s)
    }
    return s
  }
  const key = (word: string): string => {
    let k = keys.get(word)
    if (k === undefined) {
      k = stem(word).slice(0, MATCH_LENGTH)
      if (keys.size >= limit) keys.clear()
      keys.set(word, k)
    }
    return k
  }
  return {stem, key}
}
