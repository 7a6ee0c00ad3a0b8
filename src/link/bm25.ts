/**
 * BM25 over a small set of passages, with a normalised score: the share of the query's idf mass a
 * passage matches (1 ≈ it contains every query term about as often as an average passage would). A
 * normalised score lets one threshold serve every change, whatever the length of its wording.
 */
import {terms} from './terms.js'

const K1 = 1.2
const B = 0.75

export interface Bm25Index {
  docs: Array<Map<string, number>>
  lengths: number[]
  avgLength: number
  df: Map<string, number>
  /** term → [document index, term frequency], in document order: only documents with a term are scored. */
  postings: Map<string, Array<[number, number]>>
}

export function buildIndex(texts: string[]): Bm25Index {
  const docs = texts.map((text) => {
    const tf = new Map<string, number>()
    for (const t of terms(text)) tf.set(t, (tf.get(t) ?? 0) + 1)
    return tf
  })
  const lengths = docs.map((d) => [...d.values()].reduce((a, b) => a + b, 0))
  const df = new Map<string, number>()
  const postings = new Map<string, Array<[number, number]>>()
  docs.forEach((d, i) => {
    for (const [t, tf] of d) {
      df.set(t, (df.get(t) ?? 0) + 1)
      const list = postings.get(t)
      if (list) list.push([i, tf])
      else postings.set(t, [[i, tf]])
    }
  })
  const avgLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length)
  return {docs, lengths, avgLength: avgLength || 1, df, postings}
}

function idf(index: Bm25Index, term: string): number {
  const n = index.df.get(term) ?? 0
  const N = index.docs.length
  return Math.log(1 + (N - n + 0.5) / (n + 0.5))
}

export interface Similarity {
  /** Normalised score in [0, 1]. */
  score: number
  /** Distinct query terms found in the passage. */
  matched: string[]
}

/**
 * The least idf mass a query is scored against. A query of three common words ("deltakere i IPS ung")
 * would otherwise match a paragraph "completely"; below this mass a query carries too little
 * information to reach a high score. About three rare terms' worth on a note of ~100 paragraphs.
 */
export const MIN_QUERY_MASS = 8

/** Similarity of every passage to a query text. */
export function scoreAll(index: Bm25Index, query: string): Similarity[] {
  const sparse = scoreSparse(index, query)
  return index.docs.map((_, i) => sparse.get(i) ?? {score: 0, matched: []})
}

/** Similarity of the passages that share a term with the query, by passage index (others score 0). */
export function scoreSparse(index: Bm25Index, query: string): Map<number, Similarity> {
  const q = [...new Set(terms(query))]
  const weights = q.map((t) => idf(index, t))
  const exact = weights.reduce((sum, w) => sum + w, 0)
  const out = new Map<number, Similarity>()
  if (exact === 0) return out
  const mass = Math.max(exact, MIN_QUERY_MASS)
  const raw = new Map<number, {sum: number; matched: string[]}>()
  q.forEach((t, k) => {
    for (const [i, tf] of index.postings.get(t) ?? []) {
      const norm = K1 * (1 - B + (B * index.lengths[i]!) / index.avgLength)
      const entry = raw.get(i) ?? {sum: 0, matched: []}
      entry.sum += (weights[k]! * tf * (K1 + 1)) / (tf + norm)
      entry.matched.push(t)
      raw.set(i, entry)
    }
  })
  // Rounded so that float noise never changes a ranking or a byte of output between runs.
  for (const [i, {sum, matched}] of raw) out.set(i, {score: Math.round(Math.min(1, sum / mass) * 1000) / 1000, matched})
  return out
}

/**
 * Scores to read for many queries against one index without a map or an object per passage: per
 * passage, the score and the number of distinct query terms it holds (0: it shares none, as a passage
 * `scoreSparse` leaves out), and the passages written, so that `clearScores` resets only those.
 */
export interface Scores {
  score: Float64Array
  matched: Int32Array
  touched: number[]
}

export function newScores(size: number): Scores {
  return {score: new Float64Array(size), matched: new Int32Array(size), touched: []}
}

/** `scoreSparse` into `out` (cleared), the same scores: sums are taken in the same order. */
export function scoreInto(index: Bm25Index, query: string, out: Scores): void {
  const q = [...new Set(terms(query))]
  const weights = q.map((t) => idf(index, t))
  const exact = weights.reduce((sum, w) => sum + w, 0)
  if (exact === 0) return
  const mass = Math.max(exact, MIN_QUERY_MASS)
  const {score, matched, touched} = out
  q.forEach((t, k) => {
    for (const [i, tf] of index.postings.get(t) ?? []) {
      const norm = K1 * (1 - B + (B * index.lengths[i]!) / index.avgLength)
      if (matched[i] === 0) touched.push(i)
      score[i]! += (weights[k]! * tf * (K1 + 1)) / (tf + norm)
      matched[i]!++
    }
  })
  for (const i of touched) score[i] = Math.round(Math.min(1, score[i]! / mass) * 1000) / 1000
}

export function clearScores(out: Scores): void {
  for (const i of out.touched) {
    out.score[i] = 0
    out.matched[i] = 0
  }
  out.touched.length = 0
}

/** Similarity of one text that is not in the index (a sentence of a passage), with the index's statistics. */
export function scoreText(index: Bm25Index, query: string, text: string): Similarity {
  const q = [...new Set(terms(query))]
  const exact = q.reduce((sum, t) => sum + idf(index, t), 0)
  if (exact === 0) return {score: 0, matched: []}
  const mass = Math.max(exact, MIN_QUERY_MASS)
  const doc = new Map<string, number>()
  for (const t of terms(text)) doc.set(t, (doc.get(t) ?? 0) + 1)
  const length = [...doc.values()].reduce((a, b) => a + b, 0)
  const norm = K1 * (1 - B + (B * length) / index.avgLength)
  let raw = 0
  const matched: string[] = []
  for (const t of q) {
    const tf = doc.get(t)
    if (!tf) continue
    matched.push(t)
    raw += (idf(index, t) * tf * (K1 + 1)) / (tf + norm)
  }
  return {score: Math.round(Math.min(1, raw / mass) * 1000) / 1000, matched}
}
