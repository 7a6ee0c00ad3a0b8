/**
 * Word diff between two texts, bounded: the diff (`diffSequences`, jsdiff's walk) gives up past MAX_EDIT
 * edits and the pair is then reported as one replacement ("delete all, insert all"), which is true, if
 * coarse, and never hangs.
 */
import type {WordOp} from '../types.js'
import {diffSequences} from './myers.js'
import {tokenize} from './tokenize.js'

// Myers' algorithm costs about (tokens × edits). The edit bound shrinks as texts grow so that one call
// stays within ~20 million steps (well under a second); a bounded edit count, not a timeout, keeps
// the result the same on every machine. Real amendments of one unit are far below the bound.
const STEP_BUDGET = 20_000_000
const MAX_EDIT = 4000
const MIN_EDIT = 100

export function wordDiff(before: string, after: string): WordOp[] {
  if (before === after) return before === '' ? [] : [{op: 'equal', text: before}]
  if (before === '') return [{op: 'insert', text: after}]
  if (after === '') return [{op: 'delete', text: before}]
  const a = tokenize(before)
  const b = tokenize(after)
  const maxEditLength = Math.max(MIN_EDIT, Math.min(MAX_EDIT, Math.floor(STEP_BUDGET / (a.length + b.length))))
  const result = diffSequences(a, b, maxEditLength)
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
 * ("~~kan~~ ++skal++ ~~tilbud~~ ++få++"); fold such whitespace into the edit on both sides. Within
 * one edit region, deletes come before inserts so readers see "old → new".
 */
function cleanup(ops: WordOp[]): WordOp[] {
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
  // Regroup each run of non-equal ops as one delete followed by one insert.
  const grouped: WordOp[] = []
  let del = ''
  let ins = ''
  const flush = (): void => {
    if (del) grouped.push({op: 'delete', text: del})
    if (ins) grouped.push({op: 'insert', text: ins})
    del = ''
    ins = ''
  }
  for (const op of out) {
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
