/**
 * Property: for generated regulations and edit scripts (rewording, inserted and deleted sentences,
 * sentences moved across sections, deleted items with relettering, punctuation, new ledd), the diff
 * rebuilds both texts byte for byte, reports exactly the edited sections as changed, and reports
 * each edit as the kind of change it is.
 */
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {diffTrees} from '../../src/diff/index.js'
import {reconstruct} from '../../src/diff/reconstruct.js'
import {parseProvisions} from '../../src/parse/index.js'
import type {DiffResult, ProvisionTree} from '../../src/types.js'
import {applyEdits, editScript, regulation, render, renderOptions, type Regulation, type Edit} from './helpers/generate.js'
import {miniParse} from './helpers/mini-parse.js'
import {referenceSegments} from '../../src/render/json.js'
import {InputMismatchError, rebuildInputs} from '../../src/render/rebuild.js'

type Parser = (text: string, path: string) => ProvisionTree
const realParse: Parser = (text, path) => parseProvisions(new VFile({path, value: text}))

const seenEdits = new Map<string, number>()
const seenReferences = {runs: 0, referring: 0}

/**
 * report.json's reference form (unchanged stretches as byte ranges of the inputs) rebuilds both texts byte
 * for byte, given the inputs, after a trip through JSON; an input changed by one character is refused.
 */
function checkReferences(diff: DiffResult, currentText: string, proposedText: string): void {
  const refs = JSON.parse(JSON.stringify(referenceSegments(diff, {current: 'current.md', proposed: 'proposed.md'}, 'reference'))) as ReturnType<typeof referenceSegments>
  expect(rebuildInputs({inputs: refs.inputs, diff: {segments: refs.segments}}, {current: currentText, proposed: proposedText})).toEqual({current: currentText, proposed: proposedText})
  seenReferences.runs++
  const refers = refs.segments.some((s) => s.ops.some((op) => 'in' in op && op.in === 'current'))
  if (!refers) return
  seenReferences.referring++
  // The same length, one character different: only the hash can tell.
  const at = currentText.length >> 1
  const wrong = currentText.slice(0, at) + (currentText[at] === 'x' ? 'y' : 'x') + currentText.slice(at + 1)
  if (Buffer.byteLength(wrong) !== Buffer.byteLength(currentText) || wrong === currentText) return
  expect(() => rebuildInputs({inputs: refs.inputs, diff: {segments: refs.segments}}, {current: wrong, proposed: proposedText})).toThrow(InputMismatchError)
}
const scenario = regulation.chain((r) => fc.tuple(fc.constant(r), editScript(r), renderOptions))

function check(parse: Parser, r: Regulation, edits: Edit[], options: Parameters<typeof render>[1]): void {
  const {result, applied} = applyEdits(r, edits)
  const currentText = render(r, options)
  const proposedText = render(result, options)
  const diff: DiffResult = diffTrees(parse(currentText, 'current.md'), parse(proposedText, 'proposed.md'), {form: 'complete', currentText, proposedText})

  expect(reconstruct(diff.segments, 'current')).toBe(currentText)
  expect(reconstruct(diff.segments, 'proposed')).toBe(proposedText)
  checkReferences(diff, currentText, proposedText)

  const edited = new Set(applied.flatMap((a) => a.sections.map((s) => `§ ${s}`)))
  const changed = new Set(diff.sections.filter((s) => s.status !== 'unchanged').map((s) => s.citation))
  expect(changed).toEqual(edited)

  for (const a of applied) {
    seenEdits.set(a.type, (seenEdits.get(a.type) ?? 0) + 1)
    const inSection = (label: string) => (c: DiffResult['changes'][number]): boolean =>
      [c.current?.citation, c.proposed?.citation].some((x) => x !== undefined && (x === `§ ${label}` || x.startsWith(`§ ${label} `)))
    const mine = diff.changes.filter(inSection(a.sections[0]!))
    switch (a.type) {
      case 'reword':
        expect(mine.map((c) => [c.kind, c.current?.text, c.proposed?.text])).toEqual([['modified', a.before, a.after]])
        break
      case 'insert-sentence':
        expect(mine.map((c) => [c.kind, c.proposed?.text.endsWith(a.after!)])).toEqual([['added', true]])
        break
      case 'insert-ledd':
        expect(mine.map((c) => [c.kind, c.level, c.proposed?.text])).toEqual([['added', 'ledd', a.after]])
        break
      case 'delete-sentence':
        expect(mine.map((c) => [c.kind, c.current?.text])).toEqual([['removed', a.before]])
        break
      case 'punctuation':
        expect(mine.map((c) => [c.kind, c.current?.text, c.proposed?.text])).toEqual([['editorial', a.before, a.after]])
        break
      case 'move-sentence':
      case 'move-reword': {
        expect(mine.map((c) => [c.kind, c.current?.text, c.proposed?.text])).toEqual([['moved', a.before, a.after]])
        const [m] = mine
        expect(m!.current!.citation.startsWith(`§ ${a.sections[0]} `)).toBe(true)
        expect(m!.proposed!.citation.startsWith(`§ ${a.sections[1]} `)).toBe(true)
        break
      }
      case 'delete-item': {
        const removed = mine.filter((c) => c.kind === 'removed')
        expect(removed.map((c) => c.level)).toEqual(['item'])
        expect(removed[0]!.current!.text).toContain(a.before!)
        // Every other change is relettering by one letter, never a text edit.
        for (const c of mine.filter((x) => x.kind !== 'removed')) {
          expect(c.kind).toBe('relettered')
          expect(c.relabel!.to.charCodeAt(0)).toBe(c.relabel!.from.charCodeAt(0) - 1)
        }
        break
      }
    }
  }
  // Same inputs, same bytes.
  const again = diffTrees(parse(currentText, 'current.md'), parse(proposedText, 'proposed.md'), {form: 'complete', currentText, proposedText})
  expect(JSON.stringify(again)).toBe(JSON.stringify(diff))
}

describe('lossless diff over generated edit scripts', () => {
  it('holds for 1,000 scripts (test parser)', () => {
    fc.assert(fc.property(scenario, ([r, edits, options]) => check(miniParse, r, edits, options)), {numRuns: 1000, seed: 20260626})
    // The generator must really exercise every kind of edit, many times.
    for (const type of ['reword', 'insert-sentence', 'delete-sentence', 'move-sentence', 'move-reword', 'delete-item', 'punctuation', 'insert-ledd']) {
      expect(seenEdits.get(type) ?? 0, type).toBeGreaterThan(100)
    }
  })

  it('holds for 200 scripts through the real parser', () => {
    fc.assert(fc.property(scenario, ([r, edits, options]) => check(realParse, r, edits, options)), {numRuns: 200, seed: 1073})
    // Most generated pairs must really be rebuilt from references (else the reference check proved little).
    expect(seenReferences.referring).toBeGreaterThan(seenReferences.runs / 2)
  })
})

describe('lossless on hostile text', () => {
  // Lines mixing headings, list items, marks, CRLF, NBSP, soft hyphens, emoji and stray Markdown: the
  // trees may be odd, the segments must still rebuild both files exactly and the diff must not throw.
  const piece = fc.constantFrom(
    '#### § 1-1. Formål', '#### § 1-2. Virkeområde', '#### § 9-9. (Opphevet)', '#### § 1-1. (Opphevet)', '§ 2-1. Uten merke', '## Kapittel 1. Innledning', '# Tittel',
    'a. første bokstav', 'b) annen bokstav', '- strekpunkt', '1. nummer', 'Tiltaket kan tilbys personer som har fylt 16 år.',
    'Det er en *forutsetning* at ~~personen~~ samtykker.', '§ 1-2 oppheves.', '---', 'tittel: "x"', '<div>html</div>',
    '| a | b |', '```', 'Ord\u00A0med\u00ADmyk\u200Bstrek 😀.', '*uavsluttet', '', '   ', '\t'
  )
  const doc = fc.tuple(fc.array(piece, {maxLength: 40}), fc.constantFrom('\n', '\r\n', '\r')).map(([lines, eol]) => lines.join(eol))
  it('holds for 300 pairs of generated documents through the real parser', () => {
    fc.assert(
      fc.property(doc, doc, fc.constantFrom<'partial' | 'complete' | null>('partial', 'complete', null), (currentText, proposedText, form) => {
        const diff = diffTrees(realParse(currentText, 'current.md'), realParse(proposedText, 'proposed.md'), {form, currentText, proposedText})
        expect(reconstruct(diff.segments, 'current')).toBe(currentText)
        expect(reconstruct(diff.segments, 'proposed')).toBe(proposedText)
        checkReferences(diff, currentText, proposedText)
        expect(diff.changes.map((c) => c.id)).toEqual(diff.changes.map((_, i) => `c-${String(i + 1).padStart(3, '0')}`))
      }),
      {numRuns: 300, seed: 2026}
    )
  })
})
