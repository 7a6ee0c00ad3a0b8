/**
 * `diffSequences` must give exactly jsdiff's `diffArrays` edit script (it replaces it for speed, and every
 * report is built from that script): same runs, same counts, same give-up under the same bound.
 */
import {diffArrays} from 'diff'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {diffSequences, type DiffRun} from '../../src/diff/myers.js'

function viaJsdiff(a: string[], b: string[], maxEditLength: number): DiffRun[] | undefined {
  const parts = diffArrays(a, b, {maxEditLength})
  return parts?.map((p) => ({op: p.added ? 'insert' : p.removed ? 'delete' : 'equal', count: p.count}))
}

// Few distinct tokens make many equally long edit scripts: the case where only the same walk gives the same one.
const tokens = (alphabet: string[], max: number) => fc.array(fc.constantFrom(...alphabet), {maxLength: max})

describe('diffSequences', () => {
  it('gives jsdiff diffArrays’ edit script on small alphabets', () => {
    fc.assert(
      fc.property(tokens(['a', 'b', 'c'], 30), tokens(['a', 'b', 'c'], 30), fc.integer({min: 0, max: 70}), (a, b, bound) => {
        expect(diffSequences(a, b, bound)).toEqual(viaJsdiff(a, b, bound))
      }),
      {numRuns: 3000}
    )
  })

  it('gives jsdiff diffArrays’ edit script on edited word sequences, bounded or not', () => {
    const words = ['skal', 'kan', ' ', 'og', '.', 'tiltaket', 'deltakeren', '§', '3-2', ',', '\n']
    const edited = tokens(words, 200).chain((a) =>
      fc.tuple(
        fc.constant(a),
        fc.array(fc.tuple(fc.nat(), fc.nat({max: 8}), tokens(words, 8)), {maxLength: 12}).map((edits) => {
          const b = [...a]
          for (const [at, remove, insert] of edits) b.splice(at % (b.length + 1), remove, ...insert)
          return b
        }),
        fc.integer({min: 1, max: 120})
      )
    )
    fc.assert(
      fc.property(edited, ([a, b, bound]) => {
        expect(diffSequences(a, b, bound)).toEqual(viaJsdiff(a, b, bound))
        expect(diffSequences(a, b, Infinity)).toEqual(viaJsdiff(a, b, Infinity))
      }),
      {numRuns: 1500}
    )
  })

  it('handles empty sides and identical sequences as jsdiff does', () => {
    for (const [a, b] of [[[], []], [[], ['x', 'y']], [['x'], []], [['x', 'y'], ['x', 'y']]] as Array<[string[], string[]]>) {
      expect(diffSequences(a, b, 10)).toEqual(viaJsdiff(a, b, 10))
      expect(diffSequences(a, b, 0)).toEqual(viaJsdiff(a, b, 0))
    }
  })
})
