/**
 * How alike two provisions read, 0…1: Dice coefficient over the multiset of stemmed words.
 * Word order is ignored on purpose: a sentence that moved and was reworded ("har fylt 16 år" →
 * "fra det året personen fyller 16 år") keeps its vocabulary better than its order.
 */
import {normalizeForMatch} from '../text/normalize.js'
import type {Stemmer} from '../grammar/stem.js'

const WORDS = /[\p{L}\p{N}]+/gu

/** Lower-cased words of a text, as a count per matching key (the grammar's stemmer, `Stemmer.key`). */
export function wordBag(text: string, stemmer: Stemmer): Map<string, number> {
  const bag = new Map<string, number>()
  for (const w of normalizeForMatch(text).toLowerCase().match(WORDS) ?? []) {
    const s = stemmer.key(w)
    bag.set(s, (bag.get(s) ?? 0) + 1)
  }
  return bag
}

export function bagSize(bag: Map<string, number>): number {
  let n = 0
  for (const c of bag.values()) n += c
  return n
}

/** Number of words the two bags share (multiset intersection). */
export function sharedWords(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  for (const [w, c] of small) shared += Math.min(c, large.get(w) ?? 0)
  return shared
}

export function similarityOfBags(a: Map<string, number>, b: Map<string, number>): number {
  const total = bagSize(a) + bagSize(b)
  return total === 0 ? 1 : (2 * sharedWords(a, b)) / total
}

export function similarity(a: string, b: string, stemmer: Stemmer): number {
  return similarityOfBags(wordBag(a, stemmer), wordBag(b, stemmer))
}
