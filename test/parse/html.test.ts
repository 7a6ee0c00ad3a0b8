/** Raw HTML keeps its words (tags and comments dropped); non-breaking spaces stay in the wording. */
import {VFile} from 'vfile'
import {expect, test} from 'vitest'
import {parseProvisions} from '../../src/parse/index.js'
import {invariantProblems, walk} from './helpers.js'

const text = [
  '#### § 3-1. Personkrets',
  '',
  'Første ledd.',
  '',
  '<div class="x">Tiltaket kan gis fra det året personen fyller <b>16</b> år.</div>',
  '',
  '<!-- bare en kommentar -->',
  ''
].join('\n')

test('an HTML block is a ledd with the words between the tags; a comment is not a ledd', () => {
  const tree = parseProvisions(new VFile({path: 'x.md', value: text}))
  const section = [...walk(tree.children)].find((n) => n.kind === 'section')!
  const ledd = section.children.filter((n) => n.kind === 'ledd')
  expect(ledd.map((l) => l.text)).toEqual(['Første ledd.', 'Tiltaket kan gis fra det året personen fyller 16 år.'])
  // The ledd starts where the HTML block starts (line 5), so every character stays accounted for.
  expect(ledd[1]!.position.start.line).toBe(5)
  expect(invariantProblems(tree, text)).toEqual([])
})

test('a non-breaking space stays in the displayed wording, a run of ordinary blanks collapses', () => {
  const source = '#### § 3-1. Personkrets\n\nTiltaket kan gis fra det året personen fyller 16\u00a0år,  jf.\u00a0§\u00a03-2.\n'
  const tree = parseProvisions(new VFile({path: 'nbsp.md', value: source}))
  const sentence = [...walk(tree.children)].find((n) => n.kind === 'sentence')!
  expect(sentence.text).toBe('Tiltaket kan gis fra det året personen fyller 16\u00a0år, jf.\u00a0§\u00a03-2.')
  expect(invariantProblems(tree, source)).toEqual([])
})
