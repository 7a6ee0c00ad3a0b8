/**
 * The 19 real acts and regulations of the corpus: each compared with itself gives no change, and
 * small edits made programmatically (reword a sentence, delete an item and reletter the rest, move a
 * ledd to another section) are found exactly — one change of the right kind at the right citation.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {diffTrees} from '../../src/diff/index.js'
import {reconstruct} from '../../src/diff/reconstruct.js'
import {sectionsIn} from '../../src/parse/sections.js'
import {parseProvisions} from '../../src/parse/index.js'
import type {DiffResult, Provision} from '../../src/types.js'
import {CORPUS} from '../helpers/shared.js'

const dir = CORPUS + '/'
const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort()

function diff(currentText: string, proposedText: string): DiffResult {
  const cache = new Map()
  const current = parseProvisions(new VFile({path: 'current.md', value: currentText}), {cache})
  const proposed = parseProvisions(new VFile({path: 'proposed.md', value: proposedText}), {cache})
  const result = diffTrees(current, proposed, {form: 'complete', currentText, proposedText})
  expect(reconstruct(result.segments, 'current')).toBe(currentText)
  expect(reconstruct(result.segments, 'proposed')).toBe(proposedText)
  return result
}

const applied = {reword: 0, item: 0, ledd: 0}

describe.each(files)('corpus %s', (file) => {
  const text = readFileSync(dir + file, 'utf8')
  const tree = parseProvisions(new VFile({path: file, value: text}))
  const sections = sectionsIn(tree.children).filter((s) => !s.repealed)

  it('compared with itself gives no change', () => {
    const result = diff(text, text)
    expect(result.changes).toEqual([])
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([])
    expect(result.sections.every((s) => s.status === 'unchanged')).toBe(true)
  })

  it('finds a reworded sentence', () => {
    // The longest sentence of the middle section: long enough to reword one word in place.
    const sentences = sections.flatMap((s) => collect(s, 'sentence')).filter((s) => s.text.split(' ').length >= 6)
    const target = sentences[Math.floor(sentences.length / 2)]
    if (!target) return
    const {start, end} = {start: target.position.start.offset, end: target.position.end.offset}
    const slice = text.slice(start, end)
    const m = /(\s)(\p{Ll}{4,})(\s)/u.exec(slice)
    if (!m) return
    const edited = text.slice(0, start) + slice.replace(m[0], `${m[1]}uttrykkelig${m[3]}`) + text.slice(end)
    const result = diff(text, edited)
    // A sentence that is all of its item is cited as the item ("annet strekpunkt"), as a lawyer would.
    const parent = sections.flatMap((s) => collect(s, 'item')).find((i) => i.children.includes(target))
    const only = parent && parent.children.filter((c) => c.kind === 'sentence' || c.kind === 'item').length === 1
    const cited = only ? parent.citation : target.citation
    expect(result.changes.map((c) => [c.kind, c.current?.citation, c.proposed?.citation])).toEqual([['modified', cited, cited]])
    expect(result.changes[0]!.words.filter((w) => w.op !== 'equal').map((w) => w.text)).toEqual([m[2], 'uttrykkelig'])
    applied.reword++
  })

  it('finds a deleted item and the relettering after it', () => {
    // The first list of three or more items: lettered, numbered or dashes (strekpunkt, no printed label).
    const ledd = sections.flatMap((s) => collect(s, 'ledd')).find((l) => l.children.filter((c) => c.kind === 'item').length >= 3)
    if (!ledd) return
    const items = ledd.children.filter((c) => c.kind === 'item')
    const victim = items[1]!
    const labelAt = (it: Provision): {at: number; label: string} | null => {
      const m = /^(?:[-*]\s+)?\(?([a-z]|\d{1,2})[.)]\s/.exec(text.slice(it.position.start.offset))
      return m ? {at: it.position.start.offset + m[0].indexOf(m[1]!), label: m[1]!} : null
    }
    const lower = (label: string): string => (/\d/.test(label) ? String(Number(label) - 1) : String.fromCharCode(label.charCodeAt(0) - 1))
    // Delete the second item with its line break, then reletter (renumber) those after it in the source.
    let edited = text
    const expected: Array<[string, string | null]> = [['removed', null]]
    for (const it of [...items.slice(2)].reverse()) {
      const l = labelAt(it)
      if (!l) continue
      edited = edited.slice(0, l.at) + lower(l.label) + edited.slice(l.at + l.label.length)
    }
    for (const it of items.slice(2)) {
      const l = labelAt(it)
      if (l) expected.push(['relettered', `${l.label}→${lower(l.label)}`])
    }
    edited = edited.slice(0, victim.position.start.offset) + edited.slice(items[2]!.position.start.offset)
    const result = diff(text, edited)
    expect(result.changes.map((c) => [c.kind, c.relabel ? `${c.relabel.from}→${c.relabel.to}` : null])).toEqual(expected)
    expect(result.changes[0]!.current?.citation).toBe(victim.citation)
    applied.item++
  })

  it('finds a ledd moved to another section', () => {
    const multi = sections.filter((s) => s.children.filter((c) => c.kind === 'ledd').length >= 2)
    if (multi.length < 2) return
    const from = multi[Math.floor(multi.length / 3)]!
    const to = multi[Math.floor((2 * multi.length) / 3)]!
    if (from === to) return
    const leddList = from.children.filter((c) => c.kind === 'ledd')
    const moved = leddList.find((l) => l.text.split(' ').length >= 5 && l.ordinal! > 1 && l.ordinal === leddList.length)
    if (!moved) return
    // After the target's first ledd: the end of a section is where the parser reads Lovdata's trailing
    // notes, so pasting there could change how the target itself parses.
    const toLast = to.children.filter((c) => c.kind === 'ledd')[0]!
    // Cut the ledd (with the blank line before it) and paste it after the target's first ledd.
    const cutStart = text.lastIndexOf('\n\n', moved.position.start.offset)
    const piece = text.slice(cutStart, moved.position.end.offset)
    const insertAt = toLast.position.end.offset
    const edited = from.position.start.offset < to.position.start.offset
      ? text.slice(0, cutStart) + text.slice(moved.position.end.offset, insertAt) + piece + text.slice(insertAt)
      : text.slice(0, insertAt) + piece + text.slice(insertAt, cutStart) + text.slice(moved.position.end.offset)
    const result = diff(text, edited)
    const moves = result.changes.filter((c) => c.kind === 'moved')
    expect(result.changes.map((c) => c.kind)).toEqual(['moved'])
    expect(moves[0]!.current?.citation).toBe(moved.citation)
    expect(moves[0]!.proposed?.citation.startsWith(to.citation + ' ')).toBe(true)
    applied.ledd++
  })
})

describe('corpus edits', () => {
  it('were really applied across the corpus', () => {
    expect(applied.reword).toBeGreaterThanOrEqual(15)
    expect(applied.item).toBeGreaterThanOrEqual(12)
    expect(applied.ledd).toBeGreaterThanOrEqual(8)
  })
})

function collect(node: Provision, kind: Provision['kind'], out: Provision[] = []): Provision[] {
  if (node.kind === kind) out.push(node)
  node.children.forEach((c) => collect(c, kind, out))
  return out
}

describe('a long text made of repeated copies (the same sentence in many places)', () => {
  it('finds each one-word edit in place, as modified, and nothing else', () => {
    const base = readFileSync(dir + 'lov-2020-12-18-146.md', 'utf8')
    const body = base.slice(base.indexOf('\n## '))
    const current = base + body + body + body
    // Replace " skal " by " kan " once every 60 kB: the same sentence stays unchanged in other copies.
    let proposed = ''
    let last = 0
    const edited: number[] = []
    for (let at = 30_000; at < current.length; at += 60_000) {
      const i = current.indexOf(' skal ', at)
      if (i < 0) break
      proposed += current.slice(last, i) + ' kan '
      last = i + 6
      edited.push(i)
    }
    proposed += current.slice(last)
    const result = diff(current, proposed)
    expect(edited.length).toBeGreaterThan(10)
    expect(result.changes.map((c) => c.kind)).toEqual(edited.map(() => 'modified'))
    for (const c of result.changes) {
      expect(c.words.filter((w) => w.op !== 'equal').map((w) => w.text)).toEqual(['skal', 'kan'])
      expect(c.current!.citation).toBe(c.proposed!.citation)
    }
  })
})
