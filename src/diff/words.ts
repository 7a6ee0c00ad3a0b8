/**
 * The one word diff of regdiff: jsdiff's Myers walk over the grammar's tokens (src/grammar/tokens.ts),
 * made as jsdiff makes its own word and sentence diffs, a `Diff` subclass with its own `tokenize`. The
 * diff stage computes it once per change and stores it on the change (`Change.words`); classify reads
 * those operations and render prints them, so nothing re-diffs and every reader sees the same diff.
 *
 * Bounded: past the edit bound the pair is reported as one replacement ("delete all, insert all"),
 * which is true, if coarse, and never hangs.
 */
import {Diff} from 'diff'
import type {WordOp} from '../types.js'
import {tokenize} from '../grammar/tokens.js'
import {diffSequences} from './myers.js'

/** jsdiff over the grammar's tokens; tokens compare with `===` (jsdiff's default `equals`). */
class LegalWordDiff extends Diff<string, string, string> {
  override tokenize(value: string): string[] {
    return tokenize(value)
  }
}

// Stateless (jsdiff keeps nothing between calls): one instance serves every call.
const legalWordDiff = new LegalWordDiff()

// Myers' algorithm costs about (tokens × edits). The edit bound shrinks as texts grow so that one call
// stays within ~20 million steps (well under a second); a bounded edit count, not a timeout, keeps
// the result the same on every machine. Real amendments of one unit are far below the bound.
const STEP_BUDGET = 20_000_000
const MAX_EDIT = 4000
const MIN_EDIT = 100

function editBound(tokens: number): number {
  return Math.max(MIN_EDIT, Math.min(MAX_EDIT, Math.floor(STEP_BUDGET / tokens)))
}

/** The cases with nothing to diff: equal texts, or one side empty. */
function trivial(before: string, after: string): WordOp[] | null {
  if (before === after) return before === '' ? [] : [{op: 'equal', text: before}]
  if (before === '') return [{op: 'insert', text: after}]
  if (after === '') return [{op: 'delete', text: before}]
  return null
}

/** The word diff of one changed provision (or title): jsdiff, with the grammar's tokens. */
export function wordDiff(before: string, after: string): WordOp[] {
  const known = trivial(before, after)
  if (known) return known
  const a = tokenize(before)
  const b = tokenize(after)
  const parts = legalWordDiff.diff(before, after, {maxEditLength: editBound(a.length + b.length)})
  if (parts === undefined) return [{op: 'delete', text: before}, {op: 'insert', text: after}]
  const ops: WordOp[] = []
  for (const part of parts) push(ops, part.added ? 'insert' : part.removed ? 'delete' : 'equal', part.value)
  return cleanup(ops)
}

/**
 * The same diff by the typed-array port of jsdiff's walk (src/diff/myers.ts), for the lossless
 * segments, which diff every section of the regulation whole: there jsdiff's path and component
 * objects cost what `npm run bench` shows (see src/diff/README.md). A property test checks it against
 * `wordDiff`.
 */
export function wordDiffFast(before: string, after: string): WordOp[] {
  const known = trivial(before, after)
  if (known) return known
  const a = tokenize(before)
  const b = tokenize(after)
  const result = diffSequences(a, b, editBound(a.length + b.length))
  if (result === undefined) return [{op: 'delete', text: before}, {op: 'insert', text: after}]
  const ops: WordOp[] = []
  let i = 0
  let j = 0
  for (const run of result) {
    // A deletion reads the old tokens; equal and inserted runs read the new ones (as jsdiff's values do).
    if (run.op === 'delete') push(ops, 'delete', a.slice(i, (i += run.count)).join(''))
    else {
      push(ops, run.op, b.slice(j, (j += run.count)).join(''))
      if (run.op === 'equal') i += run.count
    }
  }
  return cleanup(ops)
}

function push(ops: WordOp[], op: WordOp['op'], text: string): void {
  if (text === '') return
  const last = ops[ops.length - 1]
  if (last && last.op === op) last.text += text
  else ops.push({op, text})
}

/**
 * A lone space kept "equal" between two edits splits one rewording into confetti
 * ("~~kan~~ ++skal++ ~~tilbud~~ ++få++"); fold such whitespace into the edit on both sides.
 */
function foldLoneSpaces(ops: WordOp[]): WordOp[] {
  const out: WordOp[] = []
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!
    const prev = ops[i - 1]
    const next = ops[i + 1]
    if (op.op === 'equal' && /^\s+$/.test(op.text) && prev && next && prev.op !== 'equal' && next.op !== 'equal') {
      out.push({op: 'delete', text: op.text}, {op: 'insert', text: op.text})
    } else {
      out.push({...op})
    }
  }
  return out
}

/** Within one edit region, deletes come before inserts so readers see "old → new". */
function cleanup(ops: WordOp[]): WordOp[] {
  const grouped: WordOp[] = []
  let del = ''
  let ins = ''
  const flush = (): void => {
    if (del) grouped.push({op: 'delete', text: del})
    if (ins) grouped.push({op: 'insert', text: ins})
    del = ''
    ins = ''
  }
  for (const op of foldLoneSpaces(ops)) {
    if (op.op === 'equal') {
      flush()
      const last = grouped[grouped.length - 1]
      if (last && last.op === 'equal') last.text += op.text
      else grouped.push(op)
    } else if (op.op === 'delete') del += op.text
    else ins += op.text
  }
  flush()
  return grouped
}

/** The text of one side of a word diff. */
export function sideText(ops: WordOp[], side: 'current' | 'proposed'): string {
  const skip = side === 'current' ? 'insert' : 'delete'
  let s = ''
  for (const op of ops) if (op.op !== skip) s += op.text
  return s
}
