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
  const split = source.split('\n')
  const lines: SourceLines = {source, lines: split, starts: lineStarts(split)}
  const blocks = splitBlocks(lines)
  const direct = blocks.flatMap((b) => b.nodes ?? [])
  if (blocks.every((b) => b.nodes !== null)) return direct
  const reduced = reduceSource(lines, blocks)
  return mergeByStart(direct, parseReduced(reduced))
}

/** The source split into lines, with the offset where each line starts. */
interface SourceLines {
  source: string
  lines: string[]
  starts: number[]
}

/** A run of non-blank lines [from, to): its nodes when built here, null when left for micromark. */
interface LineBlock {
  from: number
  to: number
  nodes: RootContent[] | null
}

/** A run of kept lines: where it starts in the reduced text, and how far it moved from the source. */
interface Run {
  from: number
  offset: number
  line: number
}

/** The source with each plain block replaced by a placeholder line, and how to map back. */
interface ReducedSource {
  text: string
  /** Reduced-text lines of the placeholders (whose paragraphs are dropped after parsing). */
  placeholders: Set<number>
  runs: Run[]
}

type MdPoint = {line: number; column: number; offset?: number}
type Positioned = {position?: {start: MdPoint; end: MdPoint}; children?: unknown[]}

function lineStarts(lines: string[]): number[] {
  const starts: number[] = new Array(lines.length)
  for (let i = 0, offset = 0; i < lines.length; i++) {
    starts[i] = offset
    offset += lines[i]!.length + 1
  }
  return starts
}

// Blocks are runs of non-blank lines. A block of plain lines only is built here (`nodes`); any other
// block is left for micromark.
function splitBlocks({lines, starts}: SourceLines): LineBlock[] {
  const blank = (i: number): boolean => /^[ \t]*$/.test(lines[i]!)
  const blocks: LineBlock[] = []
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
  return blocks
}

// micromark reads the source with each plain block replaced by a one-line paragraph "x", so that what
// surrounds it parses as before (a paragraph at the margin ends a list, a blank line alone does not).
function reduceSource({source, lines, starts}: SourceLines, blocks: LineBlock[]): ReducedSource {
  const kept: string[] = []
  const placeholders = new Set<number>()
  const runs: Run[] = []
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
  return {text: kept.join(''), placeholders, runs}
}

/** micromark's blocks of the reduced text, placeholders dropped, positions back in the source's terms. */
function parseReduced({text, placeholders, runs}: ReducedSource): RootContent[] {
  const parsed = (processor.parse(text) as Root).children.filter(
    (node) => !(node.type === 'paragraph' && placeholders.has(node.position!.start.line))
  )
  const visit = (node: Positioned): void => {
    if (node.position) node.position = {start: movePoint(runs, node.position.start), end: movePoint(runs, node.position.end)}
    if (node.children) for (const child of node.children) visit(child as Positioned)
  }
  for (const node of parsed) visit(node)
  return parsed
}

// Back to the source's lines and offsets; columns stay, as every run starts at the start of a line.
function movePoint(runs: Run[], point: MdPoint): MdPoint {
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

// Both lists are in document order; merged by where each block starts.
function mergeByStart(direct: RootContent[], parsed: RootContent[]): RootContent[] {
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
