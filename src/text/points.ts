import type {Point} from '../types.js'

/**
 * Offset → line/column by binary search over the offsets where lines start (built once per text, so a
 * whole tree's positions cost O(n log n), not a scan per node). `starts[0]` must be 0.
 */
export function pointerFromLineStarts(starts: ArrayLike<number>): (offset: number) => Point {
  const count = starts.length
  /** Does line `i` hold `offset`? */
  const holds = (i: number, offset: number): boolean => starts[i]! <= offset && (i + 1 === count || offset < starts[i + 1]!)
  // Callers mostly ask in document order (a parser placing nodes): the previous answer's line or the
  // next one usually holds the offset, which spares most searches.
  let last = 0
  return (offset) => {
    let lo = last
    if (!holds(lo, offset)) {
      if (lo + 1 < count && holds(lo + 1, offset)) lo++
      else {
        lo = 0
        let hi = count - 1
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1
          if (starts[mid]! <= offset) lo = mid
          else hi = mid - 1
        }
      }
    }
    last = lo
    return {line: lo + 1, column: offset - starts[lo]! + 1, offset}
  }
}

/** Offset → line/column in `text` (lines end at "\n"; a "\r" before it belongs to the line). */
export function pointerFor(text: string): (offset: number) => Point {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1)
  return pointerFromLineStarts(starts)
}
