/**
 * The top-level blocks of a note as mdast nodes. micromark reads a note at roughly a microsecond a
 * character (a 184 KB note cost ~250 ms), yet most of a note is headings and paragraphs of plain
 * prose, whose tree is known without it. Those blocks are built here directly, exactly as micromark
 * would build them (same text, same positions); only the other blocks (lists, tables, emphasis,
 * footnotes …) go through micromark, which still sees every one of them in place.
 */
import type {Heading, Paragraph, Root, RootContent} from 'mdast'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkFrontmatter from 'remark-frontmatter'

// Built once: assembling the micromark extensions costs more than parsing a whole note.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze()

// Where reading lines alone could go wrong, the whole document goes to micromark: a fenced code block
// or a raw HTML block can run across blank lines and hold lines that look like prose; carriage returns,
// NUL and a byte order mark change offsets; front matter (`---` first) runs across blank lines.
const UNSAFE_DOCUMENT = /^---|```|~~~|<(?:!|\?|script|pre|style|textarea)|[\r\0\uFEFF]/i

// A line of plain prose: no character that starts inline markup (escapes, code, emphasis, links and
// footnote calls, HTML, entities, strike-through, tables, autolink literals), no `#` that could close a
// heading, no leading space (indented code, list continuation).
const INLINE_MARKUP = /[\\`*_[\]!<>&~|@#]|www\.|https?:/i
// Its first character cannot open a block: a letter, a digit (not an ordered list marker), §, «, (, " or '.
const PLAIN_START = /^[\p{L}\p{N}§«("']/u
const ORDERED_ITEM = /^\d+[.)]/
// "## Heading": an ATX heading whose text is plain prose (empty headings and closing #s go to micromark).
const ATX = /^(#{1,6})[ \t]+(?=[^ \t])/

/** The root's children of `source`, as `processor.parse(source).children` gives them. */
export function parseBlocks(source: string): RootContent[] {
  if (UNSAFE_DOCUMENT.test(source)) return (processor.parse(source) as Root).children
  const lines = source.split('\n')
  const starts: number[] = new Array(lines.length)
  for (let i = 0, offset = 0; i < lines.length; i++) {
    starts[i] = offset
    offset += lines[i]!.length + 1
  }
  const blank = (i: number): boolean => /^[ \t]*$/.test(lines[i]!)

  // Blocks are runs of non-blank lines. A block of plain lines only is built here (`nodes`); any other
  // block is left for micromark.
  const blocks: Array<{from: number; to: number; nodes: RootContent[] | null}> = []
  for (let i = 0; i < lines.length; ) {
    if (blank(i)) {
      i++
      continue
    }
    let to = i
    while (to < lines.length && !blank(to)) to++
    blocks.push({from: i, to, nodes: plainBlock(lines, starts, i, to)})
    i = to
  }
  const direct = blocks.flatMap((b) => b.nodes ?? [])
  if (blocks.every((b) => b.nodes !== null)) return direct

  // micromark reads the source with each plain block replaced by a one-line paragraph "x", so that what
  // surrounds it parses as before (a paragraph at the margin ends a list, a blank line alone does not).
  const kept: string[] = []
  const placeholders = new Set<number>()
  // Runs of kept lines: where each starts in the reduced text, and how far it moved from the source.
  const runs: Array<{from: number; offset: number; line: number}> = []
  let reducedOffset = 0
  let reducedLine = 1
  const keep = (from: number, to: number): void => {
    if (from >= to) return
    runs.push({from: reducedOffset, offset: starts[from]! - reducedOffset, line: from + 1 - reducedLine})
    const text = source.slice(starts[from], to < lines.length ? starts[to] : source.length)
    kept.push(text)
    reducedOffset += text.length
    reducedLine += to - from
  }
  let next = 0
  for (const block of blocks) {
    if (block.nodes === null) continue
    keep(next, block.from)
    placeholders.add(reducedLine)
    const text = block.to < lines.length ? 'x\n' : 'x'
    kept.push(text)
    reducedOffset += text.length
    reducedLine++
    next = block.to
  }
  keep(next, lines.length)

  const parsed = (processor.parse(kept.join('')) as Root).children.filter(
    (node) => !(node.type === 'paragraph' && placeholders.has(node.position!.start.line))
  )
  // Back to the source's lines and offsets; columns stay, as every run starts at the start of a line.
  const move = (point: {line: number; column: number; offset?: number}) => {
    const offset = point.offset ?? 0
    let lo = 0
    let hi = runs.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (runs[mid]!.from <= offset) lo = mid
      else hi = mid - 1
    }
    const run = runs[lo]!
    return {line: point.line + run.line, column: point.column, offset: offset + run.offset}
  }
  const visit = (node: {position?: {start: {line: number; column: number; offset?: number}; end: {line: number; column: number; offset?: number}}; children?: unknown[]}): void => {
    if (node.position) node.position = {start: move(node.position.start), end: move(node.position.end)}
    if (node.children) for (const child of node.children) visit(child as typeof node)
  }
  for (const node of parsed) visit(node)
  // Both lists are in document order; merged by where each block starts.
  const out: RootContent[] = []
  let a = 0
  let b = 0
  while (a < direct.length || b < parsed.length) {
    if (b >= parsed.length || (a < direct.length && direct[a]!.position!.start.offset! < parsed[b]!.position!.start.offset!)) out.push(direct[a++]!)
    else out.push(parsed[b++]!)
  }
  return out
}

/**
 * Lines [from, to) as headings and paragraphs when every line is plain (see INLINE_MARKUP), else null.
 * A paragraph's text is its lines joined by line breaks, as micromark gives it up to the spaces at the
 * line ends it drops (the note parser collapses whitespace anyway); a node ends at the end of its last
 * line, trailing spaces included, as micromark's do.
 */
function plainBlock(lines: string[], starts: number[], from: number, to: number): RootContent[] | null {
  const out: RootContent[] = []
  let paragraphFrom = -1
  const point = (i: number, column: number) => ({line: i + 1, column, offset: starts[i]! + column - 1})
  const closeParagraph = (end: number): void => {
    if (paragraphFrom < 0) return
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: [{type: 'text', value: lines.slice(paragraphFrom, end).join('\n')}],
      position: {start: point(paragraphFrom, 1), end: point(end - 1, lines[end - 1]!.length + 1)}
    }
    out.push(paragraph)
    paragraphFrom = -1
  }
  for (let i = from; i < to; i++) {
    const line = lines[i]!
    const atx = ATX.exec(line)
    if (atx) {
      const text = line.slice(atx[0].length)
      if (INLINE_MARKUP.test(text)) return null
      closeParagraph(i)
      const heading: Heading = {
        type: 'heading',
        depth: atx[1]!.length as Heading['depth'],
        children: [{type: 'text', value: text.replace(/[ \t]+$/, '')}],
        position: {start: point(i, 1), end: point(i, line.length + 1)}
      }
      out.push(heading)
      continue
    }
    if (!PLAIN_START.test(line) || ORDERED_ITEM.test(line) || INLINE_MARKUP.test(line)) return null
    if (paragraphFrom < 0) paragraphFrom = i
  }
  closeParagraph(to)
  return out
}
