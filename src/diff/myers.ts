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
 * The runs from `oldTokens` to `newTokens`, or undefined when more than `maxEditLength` edits would be needed
 * (jsdiff's `maxEditLength`; jsdiff's own bound `oldTokens.length + newTokens.length` applies as well).
 */
export function diffSequences<T>(oldTokens: readonly T[], newTokens: readonly T[], maxEditLength: number): DiffRun[] | undefined {
  const oldLen = oldTokens.length
  const newLen = newTokens.length
  const maxEdit = Math.max(0, Math.min(newLen + oldLen, maxEditLength))

  // Components as a linked list (count, op, previous), newest last; -1 is "no component".
  let capacity = 64
  let compCount = new Int32Array(capacity)
  let compOp = new Int8Array(capacity)
  let compPrev = new Int32Array(capacity)
  let used = 0
  const component = (count: number, op: number, prev: number): number => {
    if (used === capacity) {
      capacity *= 2
      const grow = <A extends Int32Array | Int8Array>(from: A, to: A): A => {
        to.set(from)
        return to
      }
      compCount = grow(compCount, new Int32Array(capacity))
      compOp = grow(compOp, new Int8Array(capacity))
      compPrev = grow(compPrev, new Int32Array(capacity))
    }
    compCount[used] = count
    compOp[used] = op
    compPrev[used] = prev
    return used++
  }
  // jsdiff's addToPath: one more token of `op`, merged into the last component when it is of the same kind.
  const extend = (last: number, op: number): number =>
    last !== -1 && compOp[last] === op ? component(compCount[last]! + 1, op, compPrev[last]!) : component(1, op, last)
  const runs = (last: number): DiffRun[] => {
    const out: DiffRun[] = []
    for (let c = last; c !== -1; c = compPrev[c]!) out.push({op: OPS[compOp[c]!]!, count: compCount[c]!})
    return out.reverse()
  }

  // bestPath by diagonal (oldPos − newPos), for diagonals −maxEdit−1 … maxEdit+1.
  const offset = maxEdit + 1
  const pathOld = new Int32Array(2 * maxEdit + 3).fill(NONE)
  const pathComp = new Int32Array(2 * maxEdit + 3).fill(-1)

  // The common prefix, at edit length 0.
  let oldPos = -1
  let newPos = -1
  let common = 0
  while (newPos + 1 < newLen && oldPos + 1 < oldLen && oldTokens[oldPos + 1] === newTokens[newPos + 1]) {
    newPos++
    oldPos++
    common++
  }
  let last = common ? component(common, EQUAL, -1) : -1
  if (oldPos + 1 >= oldLen && newPos + 1 >= newLen) return runs(last)
  pathOld[offset] = oldPos
  pathComp[offset] = last

  let minDiagonal = -Infinity
  let maxDiagonal = Infinity
  for (let editLength = 1; editLength <= maxEdit; editLength++) {
    for (let diagonal = Math.max(minDiagonal, -editLength); diagonal <= Math.min(maxDiagonal, editLength); diagonal += 2) {
      const removeAt = offset + diagonal - 1
      const addAt = offset + diagonal + 1
      const removeOld = pathOld[removeAt]!
      const addOld = pathOld[addAt]!
      if (removeOld !== NONE) pathOld[removeAt] = NONE
      let canAdd = false
      if (addOld !== NONE) {
        const addNewPos = addOld - diagonal
        canAdd = 0 <= addNewPos && addNewPos < newLen
      }
      const canRemove = removeOld !== NONE && removeOld + 1 < oldLen
      if (!canAdd && !canRemove) {
        pathOld[offset + diagonal] = NONE
        continue
      }
      if (!canRemove || (canAdd && removeOld < addOld)) {
        oldPos = addOld
        last = extend(pathComp[addAt]!, INSERT)
      } else {
        oldPos = removeOld + 1
        last = extend(pathComp[removeAt]!, DELETE)
      }
      newPos = oldPos - diagonal
      common = 0
      while (newPos + 1 < newLen && oldPos + 1 < oldLen && oldTokens[oldPos + 1] === newTokens[newPos + 1]) {
        newPos++
        oldPos++
        common++
      }
      if (common) last = component(common, EQUAL, last)
      if (oldPos + 1 >= oldLen && newPos + 1 >= newLen) return runs(last)
      pathOld[offset + diagonal] = oldPos
      pathComp[offset + diagonal] = last
      if (oldPos + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, diagonal - 1)
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, diagonal + 1)
    }
  }
  return undefined
}
