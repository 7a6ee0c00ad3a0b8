/**
 * Word alignment of one change, in the shape the rules need: the two texts, the character ranges that
 * were deleted (before) or inserted (after), and the hunks that group them, read off the word diff the
 * diff stage stored on the change (`Change.words`).
 */
import type {Change, WordOp} from '../types.js'
import {tokenize} from '../grammar/tokens.js'

export interface Range {
  start: number
  end: number
}

/** A run of changed words: what it covered in the current text and in the proposed text. */
export interface Hunk {
  before: Range
  after: Range
}

export interface Alignment {
  before: string
  after: string
  /** Character ranges of `before` that were deleted. */
  deleted: Range[]
  /** Character ranges of `after` that were inserted. */
  inserted: Range[]
  hunks: Hunk[]
}

function rebuild(words: WordOp[], side: 'before' | 'after'): string {
  const skip = side === 'before' ? 'insert' : 'delete'
  let text = ''
  for (const w of words) if (w.op !== skip) text += w.text
  return text
}

/**
 * The diff stage's word operations, read token by token with the grammar's tokenizer so hunks and
 * ranges are word-exact. Classify never diffs again: what it judges is the diff the report shows. A
 * change the diff leaves without operations (a provision added, removed or repealed whole) is its one
 * side, all deleted or all inserted; so is a change whose text a rule narrowed (see withoutMovedOut).
 */
export function opsOf(change: Pick<Change, 'current' | 'proposed' | 'words'>): WordOp[] {
  const before = change.current?.text ?? ''
  const after = change.proposed?.text ?? ''
  const words = change.words
  if (words.length > 0 && rebuild(words, 'before') === before && rebuild(words, 'after') === after) return splitOps(words)
  const whole: WordOp[] = []
  if (before) whole.push({op: 'delete', text: before})
  if (after) whole.push({op: 'insert', text: after})
  return splitOps(whole)
}

/** Each changed run split into its tokens (equal runs stay whole: only changed words are located). */
function splitOps(words: WordOp[]): WordOp[] {
  const out: WordOp[] = []
  for (const w of words) {
    if (w.op === 'equal') out.push(w)
    else for (const t of tokenize(w.text)) out.push({op: w.op, text: t})
  }
  return out
}

const FILLER = /^[\s\p{P}]*$/u

/** Build the alignment: ranges of changed text on each side and the hunks joining them. */
export function align(change: Pick<Change, 'current' | 'proposed' | 'words'>): Alignment {
  const before = change.current?.text ?? ''
  const after = change.proposed?.text ?? ''
  const ops = opsOf(change)
  const deleted: Range[] = []
  const inserted: Range[] = []
  // Position of every op on both sides.
  const spans: Array<{op: WordOp; b: number; a: number}> = []
  let b = 0
  let a = 0
  for (const op of ops) {
    spans.push({op, b, a})
    if (op.op !== 'insert') b += op.text.length
    if (op.op !== 'delete') a += op.text.length
    if (op.op === 'delete') push(deleted, b - op.text.length, b)
    if (op.op === 'insert') push(inserted, a - op.text.length, a)
  }
  const hunks: Hunk[] = []
  let open: Hunk | null = null
  for (let i = 0; i < spans.length; i++) {
    const {op, b: sb, a: sa} = spans[i]!
    if (op.op === 'equal') {
      // An equal run of only spaces or punctuation between two changes does not split a hunk:
      // "kan" → "skal" stays one replacement even when the diff keeps the space between them.
      const next = spans[i + 1]
      if (!(open && FILLER.test(op.text) && next && next.op.op !== 'equal')) open = null
      continue
    }
    if (!open) {
      open = {before: {start: sb, end: sb}, after: {start: sa, end: sa}}
      hunks.push(open)
    }
    if (op.op === 'delete') open.before.end = sb + op.text.length
    else open.after.end = sa + op.text.length
    // Keep both ends moving past absorbed filler.
    open.before.end = Math.max(open.before.end, sb)
    open.after.end = Math.max(open.after.end, sa)
  }
  return {before, after, deleted, inserted, hunks}
}

function push(ranges: Range[], start: number, end: number): void {
  const last = ranges[ranges.length - 1]
  if (last && last.end === start) last.end = end
  else ranges.push({start, end})
}

export function overlaps(ranges: Range[], start: number, end: number): boolean {
  return ranges.some((r) => r.start < end && start < r.end)
}

/** Index of the hunk whose side covers [start, end), or -1. */
export function hunkOf(hunks: Hunk[], side: 'before' | 'after', start: number, end: number): number {
  return hunks.findIndex((h) => {
    const r = h[side]
    return r.start < end && start < r.end
  })
}
