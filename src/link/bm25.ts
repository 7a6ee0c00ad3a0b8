/**
 * BM25 over a small set of passages, with a normalised score: the share of the query's idf mass a
 * passage matches (1 ≈ it contains every query term about as often as an average passage would). A
 * normalised score lets one threshold serve every change, whatever the length of its wording.
 */
import type {Terms} from './terms.js'

const K1 = 1.2
const B = 0.75

export interface Bm25Index {
  /** Number of documents. */
  size: number
  avgLength: number
  df: Map<string, number>
  /** term → the documents holding it, in document order, and its frequency in each: only those are scored. */
  postings: Map<string, Posting>
  /** Per document, BM25's length normalisation `K1 * (1 - B + B * length / avgLength)`, computed once. */
  norms: Float64Array
  /** The run's terms the documents were read with: queries must be read the same way. */
  lex: Terms
}

/** Parallel arrays rather than a pair per entry: scoring walks them for every query. */
export interface Posting {
  docs: Int32Array
  tfs: Int32Array
}

export function buildIndex(texts: string[], lex: Terms): Bm25Index {
  const docs = texts.map((text) => {
    const tf = new Map<string, number>()
    for (const t of lex.terms(text)) tf.set(t, (tf.get(t) ?? 0) + 1)
    return tf
  })
  const lengths = docs.map((d) => [...d.values()].reduce((a, b) => a + b, 0))
  const df = new Map<string, number>()
  const lists = new Map<string, {docs: number[]; tfs: number[]}>()
  docs.forEach((d, i) => {
    for (const [t, tf] of d) {
      df.set(t, (df.get(t) ?? 0) + 1)
      const list = lists.get(t)
      if (list) {
        list.docs.push(i)
        list.tfs.push(tf)
      } else lists.set(t, {docs: [i], tfs: [tf]})
    }
  })
  const postings = new Map<string, Posting>()
  for (const [t, list] of lists) postings.set(t, {docs: Int32Array.from(list.docs), tfs: Int32Array.from(list.tfs)})
  const avgLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length) || 1
  const norms = Float64Array.from(lengths, (length) => K1 * (1 - B + (B * length) / avgLength))
  return {size: docs.length, avgLength, df, postings, norms, lex}
}

function idf(index: Bm25Index, term: string): number {
  const n = index.df.get(term) ?? 0
  const N = index.size
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
  return Array.from({length: index.size}, (_, i) => sparse.get(i) ?? {score: 0, matched: []})
}

/** Similarity of the passages that share a term with the query, by passage index (others score 0). */
export function scoreSparse(index: Bm25Index, query: string): Map<number, Similarity> {
  const q = [...new Set(index.lex.terms(query))]
  const weights = q.map((t) => idf(index, t))
  const exact = weights.reduce((sum, w) => sum + w, 0)
  const out = new Map<number, Similarity>()
  if (exact === 0) return out
  const mass = Math.max(exact, MIN_QUERY_MASS)
  const raw = new Map<number, {sum: number; matched: string[]}>()
  q.forEach((t, k) => {
    const posting = index.postings.get(t)
    if (!posting) return
    for (let x = 0; x < posting.docs.length; x++) {
      const i = posting.docs[x]!
      const tf = posting.tfs[x]!
      const entry = raw.get(i) ?? {sum: 0, matched: []}
      entry.sum += (weights[k]! * tf * (K1 + 1)) / (tf + index.norms[i]!)
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
  const q = [...new Set(index.lex.terms(query))]
  const weights = q.map((t) => idf(index, t))
  const exact = weights.reduce((sum, w) => sum + w, 0)
  if (exact === 0) return
  const mass = Math.max(exact, MIN_QUERY_MASS)
  const {score, matched, touched} = out
  const {norms} = index
  for (let k = 0; k < q.length; k++) {
    const posting = index.postings.get(q[k]!)
    if (!posting) continue
    const {docs, tfs} = posting
    const weight = weights[k]!
    // Indexed loops: this runs for every change before V8 has optimised it, and iterating allocates.
    for (let x = 0; x < docs.length; x++) {
      const i = docs[x]!
      const tf = tfs[x]!
      if (matched[i] === 0) touched.push(i)
      score[i]! += (weight * tf * (K1 + 1)) / (tf + norms[i]!)
      matched[i]!++
    }
  }
  for (let x = 0; x < touched.length; x++) {
    const i = touched[x]!
    score[i] = Math.round(Math.min(1, score[i]! / mass) * 1000) / 1000
  }
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
  const q = [...new Set(index.lex.terms(query))]
  const exact = q.reduce((sum, t) => sum + idf(index, t), 0)
  if (exact === 0) return {score: 0, matched: []}
  const mass = Math.max(exact, MIN_QUERY_MASS)
  const doc = new Map<string, number>()
  for (const t of index.lex.terms(text)) doc.set(t, (doc.get(t) ?? 0) + 1)
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
