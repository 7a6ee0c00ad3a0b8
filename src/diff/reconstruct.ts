import type {AlignedSegment} from '../types.js'

/**
 * One side's text rebuilt from the lossless alignment: the `equal` and `delete` ops of every segment
 * with a current span give current.md; `equal` and `insert` of those with a proposed span give
 * proposed.md. Segments without a span on the requested side are skipped (e.g. a section of the
 * current text that a partial proposal does not print has only a current span).
 */
export function reconstruct(segments: AlignedSegment[], side: 'current' | 'proposed'): string {
  const skip = side === 'current' ? 'insert' : 'delete'
  const parts: string[] = []
  for (const segment of segments) {
    if ((side === 'current' ? segment.current : segment.proposed) === null) continue
    for (const op of segment.ops) if (op.op !== skip) parts.push(op.text)
  }
  return parts.join('')
}
