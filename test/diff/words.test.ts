/**
 * The one word diff: `wordDiff` (jsdiff, a Diff subclass over the grammar's tokens) for changes, and its
 * typed-array fast path `wordDiffFast` for the lossless segments, which must give the same operations.
 */
import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {diffTrees} from '../../src/diff/index.js'
import {sideText, wordDiff, wordDiffFast} from '../../src/diff/words.js'
import {parseProvisions} from '../../src/parse/index.js'

const read = (name: string): string => readFileSync(new URL(`../../regulations/ips-ung/${name}`, import.meta.url), 'utf8')

describe('wordDiffFast', () => {
  const piece = fc.constantFrom('skal', 'kan', ' ', '  ', 'og', '.', ',', 'tiltaket', 'Deltakeren', '§ 3-2', '16 år', '\n', 'og/eller', '«', '»')
  const text = fc.array(piece, {maxLength: 60}).map((parts) => parts.join(''))
  it('gives the jsdiff word diff on generated texts', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(wordDiffFast(a, b)).toEqual(wordDiff(a, b))
      }),
      {numRuns: 2000}
    )
  })

  it('gives the jsdiff word diff on every ledd pair of the IPS ung texts', () => {
    const ledd = (text: string): string[] => text.split(/\n\s*\n/).filter((l) => l.trim() !== '')
    const current = ledd(read('current.md'))
    const proposed = ledd(read('proposed.md'))
    let pairs = 0
    for (const a of current) {
      for (const b of proposed) {
        const ops = wordDiff(a, b)
        expect(wordDiffFast(a, b)).toEqual(ops)
        expect(sideText(ops, 'current')).toBe(a)
        expect(sideText(ops, 'proposed')).toBe(b)
        pairs++
      }
    }
    expect(pairs).toBeGreaterThan(500)
  })
})

describe('word diffs follow the changes, never across two moves', () => {
  // IPS ung § 3-1 første ledd: its age sentence moves to the new fourth ledd, and the IPS ung sentence
  // arrives from § 3-6. Each is its own change, diffed against its own other side.
  const current = parseProvisions(new VFile({path: 'current.md', value: read('current.md')}))
  const proposed = parseProvisions(new VFile({path: 'proposed.md', value: read('proposed.md')}))
  const diff = diffTrees(current, proposed, {form: 'partial', currentText: read('current.md'), proposedText: read('proposed.md')})

  it('the deleted age sentence is diffed only against the new fourth ledd', () => {
    const holding = diff.changes.filter((c) => c.words.some((w) => w.op !== 'insert' && w.text.includes('har fylt')))
    expect(holding.map((c) => [c.kind, c.current?.citation, c.proposed?.citation])).toEqual([
      ['moved', '§ 3-1 første ledd annet punktum', '§ 3-1 fjerde ledd']
    ])
  })

  it('the new IPS ung sentence is diffed only against the § 3-6 sentence it came from', () => {
    const holding = diff.changes.filter((c) => c.words.some((w) => w.op !== 'delete' && w.text.includes('sammensatte')))
    expect(holding.map((c) => [c.kind, c.current?.citation, c.proposed?.citation])).toEqual([
      ['moved', '§ 3-6 tredje ledd første punktum', '§ 3-1 første ledd annet punktum']
    ])
  })

  it('every change with two sides carries a word diff that rebuilds both', () => {
    for (const c of diff.changes) {
      if (!c.current || !c.proposed || c.kind === 'repealed') continue
      expect(sideText(c.words, 'current'), c.id).toBe(c.current.text)
      expect(sideText(c.words, 'proposed'), c.id).toBe(c.proposed.text)
    }
  })
})
