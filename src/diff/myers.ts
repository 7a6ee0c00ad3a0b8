/**
 * Myers' diff of two token sequences, giving exactly the edit script of jsdiff's `diffArrays` (diff 9.0.0,
 * `libesm/diff/base.js`): the same walk, statement for statement — the same choice between insertion and
 * deletion on each diagonal, the same pruning of diagonals that reached an edge, the same bound — so every
 * output built from it stays byte-identical. What differs is storage: jsdiff allocates a path object and a
 * component object per step (a section with a moved paragraph takes ~10⁴ steps); here paths live in two
 * typed arrays indexed by diagonal and components in a growable typed-array linked list.
 *
 * Tokens are compared with `===`, as jsdiff does without a comparator.
 */

export type RunOp = 'equal' | 'insert' | 'delete'

/** `count` tokens of one kind, in order: an `equal` or `insert` run reads the new tokens, `delete` the old. */
export interface DiffRun {
  op: RunOp
  count: number
}

const EQUAL = 0
const INSERT = 1
const DELETE = 2
const OPS: RunOp[] = ['equal', 'insert', 'delete']
// "No path on this diagonal" (jsdiff's `undefined`): a real path's oldPos is never below -1.
const NONE = -2

/**
 * The components of the paths walked, as a linked list in growable typed arrays (count, op, previous),
 * newest last; -1 is "no component". jsdiff allocates an object per component instead.
 */
interface Components {
  count: Int32Array
  op: Int8Array
  prev: Int32Array
  used: number
}

function newComponents(): Components {
  return {count: new Int32Array(64), op: new Int8Array(64), prev: new Int32Array(64), used: 0}
}

/** A new component; its index. */
function component(c: Components, count: number, op: number, prev: number): number {
  if (c.used === c.count.length) {
    const grow = <A extends Int32Array | Int8Array>(from: A, to: A): A => {
      to.set(from)
      return to
    }
    const capacity = c.count.length * 2
    c.count = grow(c.count, new Int32Array(capacity))
    c.op = grow(c.op, new Int8Array(capacity))
    c.prev = grow(c.prev, new Int32Array(capacity))
  }
  c.count[c.used] = count
  c.op[c.used] = op
  c.prev[c.used] = prev
  return c.used++
}

/** jsdiff's addToPath: one more token of `op`, merged into the last component when it is of the same kind. */
function extend(c: Components, last: number, op: number): number {
  return last !== -1 && c.op[last] === op ? component(c, c.count[last]! + 1, op, c.prev[last]!) : component(c, 1, op, last)
}

/** The runs of the path ending in component `last`, first to last. */
function runsOf(c: Components, last: number): DiffRun[] {
  const out: DiffRun[] = []
  for (let k = last; k !== -1; k = c.prev[k]!) out.push({op: OPS[c.op[k]!]!, count: c.count[k]!})
  return out.reverse()
}

/** The walk's state: bestPath by diagonal (oldPos − newPos), for diagonals −maxEdit−1 … maxEdit+1. */
interface Walk<T> {
  oldTokens: readonly T[]
  newTokens: readonly T[]
  comps: Components
  offset: number
  pathOld: Int32Array
  pathComp: Int32Array
}

/** jsdiff's extractCommon: follow the diagonal from `oldPos` while tokens agree; the new oldPos and how far it went. */
function common<T>(w: Walk<T>, oldPos: number, diagonal: number): {oldPos: number; count: number} {
  let newPos = oldPos - diagonal
  let count = 0
  while (newPos + 1 < w.newTokens.length && oldPos + 1 < w.oldTokens.length && w.oldTokens[oldPos + 1] === w.newTokens[newPos + 1]) {
    newPos++
    oldPos++
    count++
  }
  return {oldPos, count}
}

/**
 * One step of edit length on one diagonal (jsdiff's execEditLength body): extend the better of the
 * paths from the neighbouring diagonals by one insertion or deletion, then along the common run. The
 * runs when the end is reached; 'pruned' when no path reaches this diagonal; else the new oldPos.
 */
function step<T>(w: Walk<T>, diagonal: number): DiffRun[] | 'pruned' | number {
  const {offset, pathOld, pathComp} = w
  const removeAt = offset + diagonal - 1
  const addAt = offset + diagonal + 1
  const removeOld = pathOld[removeAt]!
  const addOld = pathOld[addAt]!
  if (removeOld !== NONE) pathOld[removeAt] = NONE
  let canAdd = false
  if (addOld !== NONE) {
    const addNewPos = addOld - diagonal
    canAdd = 0 <= addNewPos && addNewPos < w.newTokens.length
  }
  const canRemove = removeOld !== NONE && removeOld + 1 < w.oldTokens.length
  if (!canAdd && !canRemove) {
    pathOld[offset + diagonal] = NONE
    return 'pruned'
  }
  let oldPos: number
  let last: number
  if (!canRemove || (canAdd && removeOld < addOld)) {
    oldPos = addOld
    last = extend(w.comps, pathComp[addAt]!, INSERT)
  } else {
    oldPos = removeOld + 1
    last = extend(w.comps, pathComp[removeAt]!, DELETE)
  }
  const run = common(w, oldPos, diagonal)
  oldPos = run.oldPos
  if (run.count) last = component(w.comps, run.count, EQUAL, last)
  if (oldPos + 1 >= w.oldTokens.length && oldPos - diagonal + 1 >= w.newTokens.length) return runsOf(w.comps, last)
  pathOld[offset + diagonal] = oldPos
  pathComp[offset + diagonal] = last
  return oldPos
}

/**
 * The runs from `oldTokens` to `newTokens`, or undefined when more than `maxEditLength` edits would be needed
 * (jsdiff's `maxEditLength`; jsdiff's own bound `oldTokens.length + newTokens.length` applies as well).
 */
export function diffSequences<T>(oldTokens: readonly T[], newTokens: readonly T[], maxEditLength: number): DiffRun[] | undefined {
  const oldLen = oldTokens.length
  const newLen = newTokens.length
  const maxEdit = Math.max(0, Math.min(newLen + oldLen, maxEditLength))
  const w: Walk<T> = {
    oldTokens, newTokens, comps: newComponents(), offset: maxEdit + 1,
    pathOld: new Int32Array(2 * maxEdit + 3).fill(NONE), pathComp: new Int32Array(2 * maxEdit + 3).fill(-1)
  }
  // The common prefix, at edit length 0.
  const prefix = common(w, -1, 0)
  const first = prefix.count ? component(w.comps, prefix.count, EQUAL, -1) : -1
  if (prefix.oldPos + 1 >= oldLen && prefix.oldPos + 1 >= newLen) return runsOf(w.comps, first)
  w.pathOld[w.offset] = prefix.oldPos
  w.pathComp[w.offset] = first

  let minDiagonal = -Infinity
  let maxDiagonal = Infinity
  for (let editLength = 1; editLength <= maxEdit; editLength++) {
    for (let diagonal = Math.max(minDiagonal, -editLength); diagonal <= Math.min(maxDiagonal, editLength); diagonal += 2) {
      const result = step(w, diagonal)
      if (result === 'pruned') continue
      if (typeof result !== 'number') return result
      // Once a path reaches the right or bottom edge, diagonals beyond it need more edits: stop considering them.
      if (result + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, diagonal - 1)
      if (result - diagonal + 1 >= newLen) minDiagonal = Math.max(minDiagonal, diagonal + 1)
    }
  }
  return undefined
}
