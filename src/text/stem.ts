/**
 * The Norwegian Snowball stemmer, shared by the stages that match words (diff similarity, link terms):
 * one instance and one cache, so a word met by both is stemmed once.
 */
import {createRequire} from 'node:module'

// snowball-stemmers is CommonJS without type declarations; require it with a local type rather than an
// ambient module declaration.
const snowball = createRequire(import.meta.url)('snowball-stemmers') as {
  newStemmer(language: string): {stem(word: string): string}
}
const stemmer = snowball.newStemmer('norwegian')

const cache = new Map<string, string>()
// A 10 MB law has a large but finite vocabulary; the bound keeps a long-lived process (a batch, the
// library in a server) from growing without limit.
const CACHE_LIMIT = 200_000

/** Snowball's Norwegian stem of a lower-case word. */
export function stem(word: string): string {
  let s = cache.get(word)
  if (s === undefined) {
    s = stemmer.stem(word)
    if (cache.size >= CACHE_LIMIT) cache.clear()
    cache.set(word, s)
  }
  return s
}
