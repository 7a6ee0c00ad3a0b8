/**
 * Plain wording of Markdown inline content, with a map from every plain character back to its file
 * offset, so that sentences and items found in the plain text get exact source spans.
 * Struck text (`~~…~~`) is left out of the wording and recorded as a `delete` mark; italics are kept
 * and recorded as `insert` marks (the ministry's convention for new text in a proposal).
 */
import type {Nodes, PhrasingContent} from 'mdast'
import {isBreakingSpace, isWhiteSpace} from '../text/chars.js'

export interface RawMark {
  type: 'insert' | 'delete'
  text: string
  start: number
  end: number
}

/**
 * Plain text plus the file offset of each character (`offsetAt`). Most wording is written as is, its
 * characters at consecutive offsets: then `offsets` is null and character `i` is at `base + i`, with no
 * per-character array at all. Otherwise `offsets` has one entry per character (`offsets.length ===
 * text.length`): a typed array, so slices are views, not copies, and the garbage collector does not
 * trace them.
 */
export interface Plain {
  text: string
  offsets: Int32Array | null
  /** File offset of the first character when `offsets` is null (unused otherwise). */
  base: number
}

/** File offset of character `i` of `p`. */
export function offsetAt(p: Plain, i: number): number {
  return p.offsets === null ? p.base + i : p.offsets[i]!
}

/** `p` written at consecutive file offsets from `start`. */
export function runPlain(text: string, start: number): Plain {
  return {text, offsets: null, base: start}
}

/** Growable offset buffer for building a Plain. */
class Builder {
  parts: string[] = []
  offsets: Int32Array
  length = 0
  constructor(capacity: number) {
    this.offsets = new Int32Array(Math.max(16, capacity))
  }
  private grow(need: number): void {
    if (this.length + need <= this.offsets.length) return
    const next = new Int32Array(Math.max(this.offsets.length * 2, this.length + need))
    next.set(this.offsets.subarray(0, this.length))
    this.offsets = next
  }
  /** `text` whose characters come from consecutive file offsets starting at `start`. */
  run(text: string, start: number): void {
    this.grow(text.length)
    for (let i = 0; i < text.length; i++) this.offsets[this.length + i] = start + i
    this.length += text.length
    this.parts.push(text)
  }
  char(ch: string, offset: number): void {
    this.grow(1)
    this.offsets[this.length++] = offset
    this.parts.push(ch)
  }
  /** Append a whole plain text. */
  plain(p: Plain): void {
    if (p.offsets === null) {
      this.run(p.text, p.base)
      return
    }
    this.grow(p.offsets.length)
    this.offsets.set(p.offsets, this.length)
    this.length += p.offsets.length
    this.parts.push(p.text)
  }
  done(): Plain {
    return {text: this.parts.join(''), offsets: this.offsets.subarray(0, this.length), base: 0}
  }
}

export interface InlineResult extends Plain {
  marks: RawMark[]
}

function startOf(node: Nodes, base: number): number {
  return (node.position?.start.offset ?? 0) + base
}

function endOf(node: Nodes, base: number): number {
  return (node.position?.end.offset ?? 0) + base
}

/**
 * Collect plain text from phrasing nodes. `base` shifts mdast offsets (relative to the parsed chunk)
 * to file offsets; `source` is the whole file, used to map text nodes whose value differs from their
 * source (escapes, entities) as well as possible.
 */
export function collectInline(nodes: readonly Nodes[], base: number, source: string): InlineResult {
  const first = nodes[0]
  // One text node written as is (a plain paragraph): its characters sit at consecutive offsets.
  if (nodes.length === 1 && first!.type === 'text') {
    const start = startOf(first!, base)
    const value = first!.value
    if (endOf(first!, base) - start === value.length && source.startsWith(value, start)) return {text: value, offsets: null, base: start, marks: []}
  }
  const last = nodes[nodes.length - 1]
  // Plain text is never longer than its source (markup and escapes only shrink it), so this rarely grows.
  const out = new Builder(first && last ? endOf(last, base) - startOf(first, base) : 16)
  const marks: RawMark[] = []
  const add = (value: string, start: number, end: number): void => {
    const raw = source.slice(start, end)
    if (raw === value) {
      out.run(value, start)
      return
    }
    // Escapes, entities and stripped indentation make the value differ from its source: align greedily
    // character by character (looking a short way ahead, entities are short), else use the last place.
    let j = 0
    for (let i = 0; i < value.length; i++) {
      const ch = value[i]!
      let k = j
      const limit = Math.min(raw.length, j + 40)
      while (k < limit && raw[k] !== ch && !(ch === '\n' && raw[k] === '\r')) k++
      if (k < limit) {
        out.char(ch, start + k)
        j = k + 1
      } else out.char(ch, start + Math.min(j, Math.max(raw.length - 1, 0)))
    }
  }
  const walk = (list: readonly Nodes[], deleted: boolean): void => {
    for (const node of list) {
      switch (node.type) {
        case 'text':
          if (!deleted) add(node.value, startOf(node, base), endOf(node, base))
          break
        case 'inlineCode':
          if (!deleted) add(node.value, startOf(node, base) + 1, endOf(node, base) - 1)
          break
        case 'break':
          if (!deleted) out.char('\n', endOf(node, base) - 1)
          break
        case 'emphasis': {
          const inner = collectInline(node.children, base, source)
          if (!deleted && inner.text.trim() !== '') {
            marks.push({type: 'insert', text: collapse(inner).text, start: startOf(node, base), end: endOf(node, base)})
          }
          walk(node.children, deleted)
          break
        }
        case 'delete': {
          const inner = collectInline(node.children, base, source)
          marks.push({type: 'delete', text: collapse(inner).text, start: startOf(node, base), end: endOf(node, base)})
          walk(node.children, true)
          break
        }
        case 'strong':
        case 'link':
        case 'linkReference':
          walk(node.children as PhrasingContent[], deleted)
          break
        case 'image':
        case 'imageReference':
          if (!deleted && node.alt) add(node.alt, startOf(node, base), endOf(node, base))
          break
        default:
          // html, footnote references: markup, not wording.
          break
      }
    }
  }
  walk(nodes, false)
  const plain = out.done()
  return {text: plain.text, offsets: plain.offsets, base: 0, marks}
}

/** Slice a plain text, keeping the offset map (a view, not a copy). */
export function slicePlain(p: Plain, start: number, end: number): Plain {
  return {text: p.text.slice(start, end), offsets: p.offsets === null ? null : p.offsets.subarray(start, end), base: p.base + start}
}

/** Concatenate plain texts with a separator (mapped to the first offset of the part it precedes). */
export function joinPlain(parts: Plain[], sep: string): Plain {
  // One part (a one-line paragraph, the common case) needs no copy: plains are never written to.
  if (parts.length === 1) return parts[0]!
  let total = 0
  for (const p of parts) total += p.text.length + sep.length
  const out = new Builder(total)
  parts.forEach((p, i) => {
    if (i > 0 && p.text.length > 0) for (const ch of sep) out.char(ch, offsetAt(p, 0))
    out.plain(p)
  })
  return out.done()
}

/** Is `text` already collapsed: single plain spaces between words, none at either end? */
function isCollapsed(text: string): boolean {
  const last = text.length - 1
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i)
    // Printable ASCII and U+00A1–U+167F (Latin-1 letters, «», …): by far most characters, never blank.
    if (code > 32 && (code < 0x7f || (code > 0xa0 && code < 0x1680))) continue
    if (code === 32 ? i === 0 || i === last || text.charCodeAt(i + 1) === 32 : isBreakingSpace(code)) return false
  }
  return true
}

/**
 * `text` with every run of JavaScript whitespace (`\s`, which includes NBSP) made one space, trimmed:
 * a plain string for checks. Returns `text` itself when nothing changes (no copy, no regex).
 */
export function flatten(text: string): string {
  const last = text.length - 1
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i)
    if (code > 32 && (code < 0x7f || (code > 0xa0 && code < 0x1680))) continue
    if (code === 32 ? i === 0 || i === last || text.charCodeAt(i + 1) === 32 : isWhiteSpace(code)) {
      return text.replace(/[\s\u00A0]+/gu, ' ').trim()
    }
  }
  return text
}

/** Collapse whitespace runs to one space and trim, keeping the offset map. */
export function collapse(p: Plain): Plain {
  const src = p.text
  // Most wording is already collapsed: then the result is the input (a copy of it would be equal).
  if (isCollapsed(src)) return p
  const offsets = new Int32Array(src.length)
  let n = 0
  let out = ''
  let from = 0
  let space = false
  // Copy runs of non-space characters in one slice each; a whitespace run becomes one space.
  for (let i = 0; i <= src.length; i++) {
    const blank = i < src.length && isBreakingSpace(src.charCodeAt(i))
    if (i < src.length && !blank) {
      if (space) {
        out += ' '
        offsets[n++] = offsetAt(p, i - 1)
        space = false
        from = i
      }
      offsets[n++] = offsetAt(p, i)
      continue
    }
    if (from < i) out += src.slice(from, i)
    from = i + 1
    if (blank) space = n > 0
  }
  return {text: out, offsets: offsets.subarray(0, n), base: 0}
}

/** Split a plain text into lines at `\n`, keeping the offset map. */
export function plainLines(p: Plain): Plain[] {
  const text = p.text
  let nl = text.indexOf('\n')
  if (nl === -1) return [p]
  const out: Plain[] = []
  let start = 0
  while (nl !== -1) {
    out.push(slicePlain(p, start, nl))
    start = nl + 1
    nl = text.indexOf('\n', start)
  }
  out.push(slicePlain(p, start, text.length))
  return out
}
