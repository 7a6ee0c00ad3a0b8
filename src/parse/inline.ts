/**
 * Plain wording of Markdown inline content, with a map from every plain character back to its file
 * offset, so that sentences and items found in the plain text get exact source spans.
 * Struck text (`~~…~~`) is left out of the wording and recorded as a `delete` mark; italics are kept
 * and recorded as `insert` marks (the ministry's convention for new text in a proposal).
 */
import type {Nodes, PhrasingContent} from 'mdast'

export interface RawMark {
  type: 'insert' | 'delete'
  text: string
  start: number
  end: number
}

/** Plain text plus the file offset of each character (`offsets.length === text.length`). */
export interface Plain {
  text: string
  offsets: number[]
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
  const chars: string[] = []
  const offsets: number[] = []
  const marks: RawMark[] = []
  const add = (value: string, start: number, end: number): void => {
    const raw = source.slice(start, end)
    if (raw === value) {
      for (let i = 0; i < value.length; i++) {
        chars.push(value[i]!)
        offsets.push(start + i)
      }
      return
    }
    // Escapes and entities make the value differ from its source: align greedily character by
    // character, falling back to the node start for characters that cannot be found.
    let j = 0
    for (let i = 0; i < value.length; i++) {
      const ch = value[i]!
      let k = j
      while (k < raw.length && raw[k] !== ch && !(ch === '\n' && raw[k] === '\r')) k++
      if (k < raw.length) {
        offsets.push(start + k)
        j = k + 1
      } else offsets.push(start + Math.min(j, Math.max(raw.length - 1, 0)))
      chars.push(ch)
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
          if (!deleted) {
            chars.push('\n')
            offsets.push(endOf(node, base) - 1)
          }
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
  return {text: chars.join(''), offsets, marks}
}

/** Slice a plain text, keeping the offset map. */
export function slicePlain(p: Plain, start: number, end: number): Plain {
  return {text: p.text.slice(start, end), offsets: p.offsets.slice(start, end)}
}

/** Whitespace for collapsing: ASCII blanks, NBSP and the Unicode spaces (char codes, no regex: hot path). */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0x1680 || code === 0x2028 || code === 0x2029 || code === 0xfeff
}

/** Collapse whitespace runs to one space and trim, keeping the offset map. */
export function collapse(p: Plain): Plain {
  const src = p.text
  const offsets: number[] = []
  let out = ''
  let space = false
  for (let i = 0; i < src.length; i++) {
    if (isSpace(src.charCodeAt(i))) {
      space = offsets.length > 0
      continue
    }
    if (space) {
      out += ' '
      offsets.push(p.offsets[i - 1]!)
      space = false
    }
    out += src[i]
    offsets.push(p.offsets[i]!)
  }
  return {text: out, offsets}
}

/** Split a plain text into lines at `\n`, keeping the offset map. */
export function plainLines(p: Plain): Plain[] {
  const out: Plain[] = []
  let start = 0
  for (let i = 0; i <= p.text.length; i++) {
    if (i === p.text.length || p.text[i] === '\n') {
      out.push(slicePlain(p, start, i))
      start = i + 1
    }
  }
  return out
}
