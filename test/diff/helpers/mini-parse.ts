/**
 * A deliberately small parser for the diff tests: builds ProvisionTrees (as in src/types.ts) from a
 * restricted Markdown (front matter, `#` title, `## Kapittel`, `#### § X. Title` or `§ X. Title`
 * lines, blank-line separated ledd, `a. `/`- a. ` item lines, `*insert*` and `~~delete~~` marks,
 * `§ X oppheves.` lines). It lets the diff be tested on hand-built and generated texts without
 * depending on the real parser; the real parser is used for the IPS ung and corpus tests.
 */
import type {ChangeMark, Position, Provision, ProvisionTree, RepealStatement} from '../../../src/types.js'
import {ordinalWord} from '../../../src/grammar/ordinals.js'

const ITEM = /^(?:- )?(?:~~)?([a-zæøå]|\d+)\. /

export function miniParse(text: string, path = 'test.md'): ProvisionTree {
  const lineStarts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1)
  const pos = (offset: number): Position['start'] => {
    let lo = 0
    let hi = lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (lineStarts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return {line: lo + 1, column: offset - lineStarts[lo]! + 1, offset}
  }
  const span = (start: number, end: number): Position => ({start: pos(start), end: pos(end)})

  const tree: ProvisionTree = {path, frontmatter: null, title: null, children: [], repeals: [], outside: []}
  // Lines with their offsets (without the line break, which may be \n or \r\n).
  const lines: Array<{start: number; end: number; text: string}> = []
  const re = /[^\n]*(?:\n|$)/g
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) !== null && m.index < text.length) {
    const raw = m[0].replace(/\r?\n$/, '')
    lines.push({start: m.index, end: m.index + raw.length, text: raw})
    if (m[0] === '') break
  }
  let i = 0
  if (lines[0]?.text === '---') {
    const close = lines.findIndex((l, k) => k > 0 && l.text === '---')
    if (close > 0) {
      tree.frontmatter = {}
      tree.outside.push({source: text.slice(0, lines[close]!.end), position: span(0, lines[close]!.end), reason: 'frontmatter'})
      i = close + 1
    }
  }
  let chapter: Provision | null = null
  let section: Provision | null = null
  let para: Array<typeof lines[number]> = []

  const finishPara = (): void => {
    if (!section || para.length === 0) { para = []; return }
    const start = para[0]!.start
    const end = para[para.length - 1]!.end
    // Items after a blank line belong to the lead-in before them (Lovdata Markdown puts a blank line
    // between a ledd's lead-in and its list; the list is still part of that ledd).
    const allItems = para.every((l) => ITEM.test(l.text))
    const previous = section.children[section.children.length - 1]
    if (allItems && previous) {
      for (const line of para) previous.children.push(itemNode(previous, line, previous.children.filter((c) => c.kind === 'item').length + 1))
      const end = para[para.length - 1]!.end
      previous.position = span(previous.position.start.offset, end)
      previous.source = text.slice(previous.position.start.offset, end)
      previous.text = previous.children.map((c) => c.text).filter((t) => t !== '').join(' ')
      previous.marks = previous.children.flatMap((c) => c.marks)
      para = []
      return
    }
    const ordinal = section.children.length + 1
    const ledd = node('ledd', `${section.id}/ledd${ordinal}`, null, ordinal, `${section.citation} ${ordinalWord(ordinal)} ledd`, text, start, end, span)
    let sentences = 0
    let items = 0
    let prose: typeof para = []
    const flushProse = (): void => {
      if (prose.length === 0) return
      const ps = prose[0]!.start
      const pe = prose[prose.length - 1]!.end
      const chunk = text.slice(ps, pe)
      const splitter = /(?<=[.!?:])[ \t]+(?=[A-ZÆØÅ§«(*])/g
      let last = 0
      const cuts: Array<[number, number]> = []
      let s: RegExpExecArray | null
      while ((s = splitter.exec(chunk)) !== null) { cuts.push([last, s.index]); last = s.index + s[0].length }
      cuts.push([last, chunk.length])
      for (const [a, b] of cuts) {
        sentences++
        ledd.children.push(node('sentence', `${ledd.id}/pkt${sentences}`, null, sentences, `${ledd.citation} ${ordinalWord(sentences)} punktum`, text, ps + a, ps + b, span))
      }
      prose = []
    }
    for (const line of para) {
      if (ITEM.test(line.text)) {
        flushProse()
        items++
        ledd.children.push(itemNode(ledd, line, items))
      } else prose.push(line)
    }
    flushProse()
    ledd.text = ledd.children.map((c) => c.text).filter((t) => t !== '').join(' ')
    ledd.marks = ledd.children.flatMap((c) => c.marks)
    section.children.push(ledd)
    para = []
  }
  const itemNode = (ledd: Provision, line: {start: number; end: number; text: string}, ordinal: number): Provision => {
    const label = ITEM.exec(line.text)![1]!
    const kind = /\d/.test(label) ? 'nr' : 'bokstav'
    const id = `${ledd.id}/${kind}-${label}`
    // A struck item and its replacement can share a label; keep ids unique.
    const unique = ledd.children.some((c) => c.id === id) ? `${id}-${ordinal}` : id
    return node('item', unique, label, ordinal, `${ledd.citation} ${kind === 'nr' ? 'nr.' : 'bokstav'} ${label}`, text, line.start + (line.text.startsWith('- ') ? 2 : 0), line.end, span)
  }
  const finishSection = (): void => {
    finishPara()
    if (!section) return
    const lastChild = section.children[section.children.length - 1]
    const end = lastChild ? lastChild.position.end.offset : section.position.end.offset
    section.position = span(section.position.start.offset, end)
    section.source = text.slice(section.position.start.offset, end)
    section.text = section.children.map((c) => c.text).join(' ')
    section.marks = section.children.flatMap((c) => c.marks)
    section = null
  }

  for (; i < lines.length; i++) {
    const line = lines[i]!
    const t = line.text
    let h: RegExpExecArray | null
    if ((h = /^# (.*)$/.exec(t))) {
      finishSection()
      tree.title = h[1]!
      tree.outside.push({source: t, position: span(line.start, line.end), reason: 'title'})
    } else if ((h = /^## Kapittel (\S+?)\.? (.*)$/.exec(t))) {
      finishSection()
      chapter = node('chapter', `kap${h[1]}`, h[1]!, null, `kapittel ${h[1]}`, text, line.start, line.end, span)
      chapter.title = h[2]!
      chapter.text = ''
      tree.children.push(chapter)
    } else if ((h = /^(?:#### )?§[ \u00A0](\S+(?: [a-z])?)\. (.*)$/.exec(t))) {
      finishSection()
      const label = h[1]!
      section = node('section', `${chapter ? chapter.id + '/' : ''}§${label.replace(/ /g, '')}`, label, null, `§ ${label}`, text, line.start, line.end, span)
      section.title = h[2]!
      section.repealed = h[2] === '(Opphevet)'
      ;(chapter ? chapter.children : tree.children).push(section)
    } else if ((h = /^§ (\S+) oppheves\.$/.exec(t))) {
      finishSection()
      const r: RepealStatement = {label: h[1]!, citation: `§ ${h[1]}`, text: t, position: span(line.start, line.end)}
      tree.repeals.push(r)
    } else if (t.trim() === '') {
      finishPara()
    } else if (section) {
      para.push(line)
    } else {
      tree.outside.push({source: t, position: span(line.start, line.end), reason: 'unplaced'})
    }
  }
  finishSection()
  return tree
}

function node(
  kind: Provision['kind'], id: string, label: string | null, ordinal: number | null, citation: string,
  text: string, start: number, end: number, span: (a: number, b: number) => Position
): Provision {
  const source = text.slice(start, end)
  const marks: ChangeMark[] = []
  if (kind === 'sentence' || kind === 'item') {
    for (const m of source.matchAll(/~~(.+?)~~|(?<![*\w])\*([^*]+)\*(?![*\w])/g)) {
      const s = start + m.index
      marks.push({type: m[1] !== undefined ? 'delete' : 'insert', text: (m[1] ?? m[2])!, position: span(s, s + m[0].length)})
    }
  }
  // Plain wording: struck text dropped, emphasis markers removed, whitespace collapsed.
  const plain = source.replace(/~~.+?~~/g, '').replace(/\*/g, '').replace(/[\s\u00A0]+/g, ' ').trim()
  return {kind, id, label, ordinal, citation, title: null, text: plain, source, position: span(start, end), children: [], marks, notes: [], repealed: false}
}
