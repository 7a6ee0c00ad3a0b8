/**
 * Word diff between two texts, bounded: jsdiff gives up past MAX_EDIT edits and the pair is then
 * reported as one replacement ("delete all, insert all"), which is true, if coarse, and never hangs.
 */
import {diffArrays} from 'diff'
import type {WordOp} from '../types.js'
import {tokenize} from './tokenize.js'

// Sentences and ledd are short; a section of a big law can be long. 4,000 edits is far beyond any
// real amendment of one section and keeps the worst case at a few milliseconds.
const MAX_EDIT = 4000

export function wordDiff(before: string, after: string, maxEditLength: number = MAX_EDIT): WordOp[] {
  if (before === after) return before === '' ? [] : [{op: 'equal', text: before}]
  if (before === '') return [{op: 'insert', text: after}]
  if (after === '') return [{op: 'delete', text: before}]
  const a = tokenize(before)
  const b = tokenize(after)
  const result = diffArrays(a, b, {maxEditLength})
  if (result === undefined) return [{op: 'delete', text: before}, {op: 'insert', text: after}]
  const ops: WordOp[] = []
  for (const part of result) {
    const op = part.added ? 'insert' : part.removed ? 'delete' : 'equal'
    push(ops, op, part.value.join(''))
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
