/**
 * The mdast that remark-parse gives a chunk made only of plain paragraphs, built without running it.
 * Most section bodies of a regulation are ledd written as plain lines: one remark call costs a fixed
 * ~0.1 ms (it rebuilds its tables per call) plus ~0.4 s per MB, which dominated parsing.
 *
 * Only a chunk where no character could start Markdown syntax takes this path: every non-empty line
 * starts with a letter, «, § or ( and holds only letters, digits, marks, plain spaces and a few
 * punctuation marks (no * _ ~ ` [ ] < > & \ ! | # @), with no space at either end; blank lines are
 * empty. Anything else (and any doubt) returns null, and the caller runs remark. Such a chunk can
 * only be paragraphs, each one text node whose value is its lines joined by "\n" (test/parse checks
 * this against remark on real texts).
 */
import type {Paragraph, Root} from 'mdast'

const LINE = /^[\p{L}«§(][\p{L}\p{N}\p{M} .,:;?()%/§«»–—\-'"+°=]*$/u
// What remark-gfm would read even in a safe line (autolinks): such chunks go to remark.
const GFM_LITERAL = /www\.|https?:|ftp:|mailto:|xmpp:/iu
// Characters outside the Basic Multilingual Plane: keep columns simple by leaving them to remark.
const ASTRAL = /[\uD800-\uDFFF]/u

export function plainChunk(text: string): Root | null {
  if (GFM_LITERAL.test(text) || ASTRAL.test(text)) return null
  const lines = text.split('\n')
  const children: Paragraph[] = []
  let offset = 0
  let open: {startLine: number; startOffset: number; lines: string[]; endLine: number; endOffset: number} | null = null
  const close = (): void => {
    if (!open) return
    const start = {line: open.startLine, column: 1, offset: open.startOffset}
    const end = {line: open.endLine, column: open.lines[open.lines.length - 1]!.length + 1, offset: open.endOffset}
    children.push({
      type: 'paragraph',
      children: [{type: 'text', value: open.lines.join('\n'), position: {start: {...start}, end: {...end}}}],
      position: {start, end}
    })
    open = null
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line === '') close()
    else if (!LINE.test(line) || line.endsWith(' ')) return null
    else {
      open ??= {startLine: i + 1, startOffset: offset, lines: [], endLine: i + 1, endOffset: offset}
      open.lines.push(line)
      open.endLine = i + 1
      open.endOffset = offset + line.length
    }
    offset += line.length + 1
  }
  close()
  const last = lines[lines.length - 1]!
  return {
    type: 'root',
    children,
    position: {start: {line: 1, column: 1, offset: 0}, end: {line: lines.length, column: last.length + 1, offset: text.length}}
  }
}
