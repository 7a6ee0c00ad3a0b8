/**
 * Align two sequences of provisions (ledd of a section, sentences and items of a ledd):
 * an LCS on exact keys first (`diffSequences`, jsdiff's `diffArrays` walk, bounded), then, in each gap between exact
 * matches, pairing of similar leftovers that keeps document order.
 */
import {diffSequences} from './myers.js'

export type AlignOp<T> =
  | {type: 'equal'; a: T; b: T}
  | {type: 'pair'; a: T; b: T; score: number}
  | {type: 'delete'; a: T}
  | {type: 'insert'; b: T}

export interface AlignOptions<T> {
  key: (item: T) => string
  /** 0…1; 0 means "never pair" (e.g. an item against a sentence). */
  similarity: (a: T, b: T) => number
  /** Pairs below this similarity are reported as a deletion plus an insertion. */
  minSimilarity: number
  /**
   * Position within the parent (ordinal among siblings of the same kind). Lawyers and amendment
   * instructions cite "første punktum" against "første punktum": when the n-th unit on both sides is
   * similar enough, they pair even if another candidate is somewhat closer, unless that other is
   * near-identical (then the text was shifted by an insertion, and content wins).
   */
  position?: (item: T) => string | null
}

// Above this the other candidate is "the same text, lightly edited" and beats a positional pairing.
const NEAR_IDENTICAL = 0.85
// Jsdiff bound for the exact LCS over units; a section has at most a few hundred units.
const MAX_EDIT_UNITS = 2000
// Above this many similarity evaluations in one gap we do not pair by content (quadratic cost);
// the gap is reported as deletions and insertions, which is still true and lossless.
const MAX_PAIR_CELLS = 40_000

export function alignSequences<T>(a: T[], b: T[], options: AlignOptions<T>): AlignOp<T>[] {
  const aKeys = a.map(options.key)
  const bKeys = b.map(options.key)
  const parts = diffSequences(aKeys, bKeys, MAX_EDIT_UNITS)
  const ops: AlignOp<T>[] = []
  if (parts === undefined) {
    ops.push(...pairGap(a, b, options))
    return ops
  }
  let i = 0
  let j = 0
  let gapA: T[] = []
  let gapB: T[] = []
  const flush = (): void => {
    if (gapA.length || gapB.length) ops.push(...pairGap(gapA, gapB, options))
    gapA = []
    gapB = []
  }
  for (const part of parts) {
    if (part.op === 'delete') for (let k = 0; k < part.count; k++) gapA.push(a[i++]!)
    else if (part.op === 'insert') for (let k = 0; k < part.count; k++) gapB.push(b[j++]!)
    else {
      flush()
      for (let k = 0; k < part.count; k++) ops.push({type: 'equal', a: a[i++]!, b: b[j++]!})
    }
  }
  flush()
  return ops
}

function pairGap<T>(a: T[], b: T[], options: AlignOptions<T>): AlignOp<T>[] {
  if (a.length === 0) return b.map((x) => ({type: 'insert', b: x}))
  if (b.length === 0) return a.map((x) => ({type: 'delete', a: x}))
  if (a.length * b.length > MAX_PAIR_CELLS) {
    return [...a.map((x): AlignOp<T> => ({type: 'delete', a: x})), ...b.map((x): AlignOp<T> => ({type: 'insert', b: x}))]
  }
  const n = a.length
  const m = b.length
  const sim: number[][] = a.map((x) => b.map((y) => options.similarity(x, y)))
  const weight: number[][] = sim.map((row) => row.map((s) => (s >= options.minSimilarity ? s : -1)))

  if (options.position) {
    const pos = options.position
    const bestA = sim.map((row) => Math.max(...row))
    const bestB = b.map((_, jj) => Math.max(...sim.map((row) => row[jj]!)))
    for (let ii = 0; ii < n; ii++) {
      const pa = pos(a[ii]!)
      if (pa === null) continue
      for (let jj = 0; jj < m; jj++) {
        const s = sim[ii]![jj]!
        if (s < options.minSimilarity || pos(b[jj]!) !== pa) continue
        const rival = Math.max(bestA[ii]!, bestB[jj]!)
        // A positional pair outweighs any non-near-identical rival: +1 dominates scores in 0…1.
        if (rival < NEAR_IDENTICAL || rival === s) weight[ii]![jj] = s + 1
      }
    }
  }

  // Monotone maximum-weight matching (Needleman–Wunsch without gap penalties).
  const score: Float64Array[] = Array.from({length: n + 1}, () => new Float64Array(m + 1))
  for (let ii = 1; ii <= n; ii++) {
    for (let jj = 1; jj <= m; jj++) {
      let best = Math.max(score[ii - 1]![jj]!, score[ii]![jj - 1]!)
      const w = weight[ii - 1]![jj - 1]!
      if (w > 0) best = Math.max(best, score[ii - 1]![jj - 1]! + w)
      score[ii]![jj] = best
    }
  }
  const out: AlignOp<T>[] = []
  let ii = n
  let jj = m
  while (ii > 0 && jj > 0) {
    const w = weight[ii - 1]![jj - 1]!
    if (w > 0 && score[ii]![jj] === score[ii - 1]![jj - 1]! + w) {
      out.push({type: 'pair', a: a[ii - 1]!, b: b[jj - 1]!, score: sim[ii - 1]![jj - 1]!})
      ii--
      jj--
    } else if (score[ii]![jj] === score[ii]![jj - 1]) {
      out.push({type: 'insert', b: b[jj - 1]!})
      jj--
    } else {
      out.push({type: 'delete', a: a[ii - 1]!})
      ii--
    }
  }
  while (jj > 0) out.push({type: 'insert', b: b[--jj]!})
  while (ii > 0) out.push({type: 'delete', a: a[--ii]!})
  // Built backwards; reversing gives document order with deletions before insertions at a point.
  return out.reverse()
}
