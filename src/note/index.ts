/**
 * Read a consultation note (høringsnotat) or a background document into a tree of sections and
 * paragraphs, each with its position and a stable anchor for the report's note appendix.
 */
import type {Nodes, RootContent, Heading, FootnoteDefinition, ListItem} from 'mdast'
import type {VFile} from 'vfile'
import type {NoteParagraph, NoteSection, NoteTree, Point, Position} from '../types.js'
import {collapseWhitespace} from '../text/normalize.js'
import {parseBlocks} from './blocks.js'

export interface ParseNoteOptions {
  /**
   * Prefix of every anchor. Defaults to `note` for `note.md` and to the slug of the file name otherwise
   * (`oppdragsbrev-2021`), so that the note and background documents never share an anchor in a report.
   */
  prefix?: string
}

// "4.3. Tittel", "4.3 Tittel", "1. Innledning": a section number is digits joined by full stops,
// followed by a space and the title (a bare year such as "2026" is not a number).
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(?=\S)/u

export function parseNote(file: VFile, options: ParseNoteOptions = {}): NoteTree {
  const source = String(file.value ?? '')
  const path = file.path || 'note.md'
  const prefix = options.prefix ?? defaultPrefix(path)
  const blocks = parseBlocks(source)

  const headings = blocks.filter((node): node is Heading => node.type === 'heading')
  // A single `#` heading that comes first is the document title, not a section; several `#` headings
  // mean the author used `#` for sections.
  const depthOne = headings.filter((h) => h.depth === 1)
  const titleNode = headings[0] && headings[0].depth === 1 && depthOne.length === 1 ? headings[0] : null
  const title = titleNode ? collapseWhitespace(textOf(titleNode)) : null

  const used = new Set<string>()
  const unique = (anchor: string): string => {
    let candidate = anchor
    for (let n = 2; used.has(candidate); n++) candidate = `${anchor}-${n}`
    used.add(candidate)
    return candidate
  }

  const tree: NoteTree = {path, title, sections: [], preamble: []}
  const stack: NoteSection[] = []
  const numbers = new Map<string, Position>()
  const footnotes: FootnoteDefinition[] = []
  // Footnote label → the section (or preamble) where it is first referenced, so a footnote sits with
  // the text it annotates rather than at the end of the document where Markdown keeps definitions.
  const footnoteHome = new Map<string, NoteSection | null>()

  const current = (): NoteSection | null => stack[stack.length - 1] ?? null
  const addParagraph = (text: string, node: Nodes, type: NoteParagraph['type']): void => {
    const clean = collapseWhitespace(text)
    if (!clean) return
    const section = current()
    const list = section ? section.paragraphs : tree.preamble
    const base = section ? section.anchor : `${prefix}-preamble`
    list.push({anchor: unique(`${base}-p${list.length + 1}`), text: clean, position: positionOf(node), type})
  }

  const noteFootnoteRefs = (node: Nodes): void => {
    visitAll(node, (child) => {
      if (child.type === 'footnoteReference' && !footnoteHome.has(child.identifier)) {
        footnoteHome.set(child.identifier, current())
      }
    })
  }

  const handleBlock = (node: RootContent): void => {
    switch (node.type) {
      case 'heading': {
        if (node === titleNode) return
        const text = collapseWhitespace(textOf(node))
        const match = NUMBERED.exec(text)
        const number = match ? match[1]! : null
        const heading = text
        const anchorBase = number ? `${prefix}-${number.replace(/\./g, '-')}` : `${prefix}-${slug(heading) || 'avsnitt'}`
        if (number) {
          const seen = numbers.get(number)
          if (seen) {
            file.message(`Avsnittsnummeret ${number} er brukt to ganger (første gang på linje ${seen.start.line})`, {
              place: positionOf(node),
              ruleId: 'note-duplicate-number',
              source: 'regdiff'
            })
          } else numbers.set(number, positionOf(node))
        }
        const section: NoteSection = {
          anchor: unique(anchorBase),
          number,
          heading,
          depth: node.depth,
          position: positionOf(node),
          paragraphs: [],
          children: []
        }
        while (stack.length > 0 && stack[stack.length - 1]!.depth >= node.depth) stack.pop()
        const parent = current()
        if (parent) parent.children.push(section)
        else tree.sections.push(section)
        stack.push(section)
        noteFootnoteRefs(node)
        return
      }
      case 'paragraph':
        noteFootnoteRefs(node)
        addParagraph(textOf(node), node, 'paragraph')
        return
      case 'list':
        for (const item of node.children) handleListItem(item)
        return
      case 'blockquote':
        for (const child of node.children) handleBlock(child)
        return
      case 'table':
        for (const row of node.children) {
          noteFootnoteRefs(row)
          addParagraph(row.children.map((cell) => textOf(cell)).join(' | '), row, 'paragraph')
        }
        return
      case 'code':
        addParagraph(node.value, node, 'paragraph')
        return
      case 'footnoteDefinition':
        footnotes.push(node)
        return
      default:
        // yaml front matter, html, thematic breaks and definitions carry no prose to link to.
        return
    }
  }

  const handleListItem = (item: ListItem): void => {
    // The item's own text, without nested lists (those become items of their own).
    const own = item.children.filter((child) => child.type !== 'list')
    noteFootnoteRefs(item)
    addParagraph(own.map((child) => textOf(child)).join(' '), item, 'list-item')
    for (const child of item.children) if (child.type === 'list') for (const sub of child.children) handleListItem(sub)
  }

  for (const node of blocks) handleBlock(node)

  if (tree.sections.length === 0) {
    // No headings at all (or only a title): everything after the title becomes one implicit section,
    // so that linking still has sections to point at. A title alone is how a letter looks (the
    // background oppdragsbrev), so only a document without any heading is worth a warning.
    if (titleNode === null) {
      file.message('Notatet har ingen overskrifter; hele teksten behandles som ett avsnitt', {
        place: {line: 1, column: 1},
        ruleId: 'note-no-headings',
        source: 'regdiff'
      })
    }
    const titleEnd = titleNode?.position?.end.offset ?? -1
    const body = tree.preamble.filter((p) => p.position.start.offset > titleEnd)
    tree.preamble = tree.preamble.filter((p) => p.position.start.offset <= titleEnd)
    const anchor = unique(`${prefix}-tekst`)
    const start = body[0]?.position.start ?? {line: 1, column: 1, offset: 0}
    const end = body[body.length - 1]?.position.end ?? start
    tree.sections.push({
      anchor,
      number: null,
      heading: title ?? '',
      depth: 1,
      position: {start, end},
      paragraphs: body.map((p, i) => ({...p, anchor: `${anchor}-p${i + 1}`})),
      children: []
    })
  }

  for (const definition of footnotes) {
    const home = footnoteHome.has(definition.identifier) ? footnoteHome.get(definition.identifier)! : lastSection(tree)
    const text = collapseWhitespace(definition.children.map((child) => textOf(child)).join(' '))
    const anchor = unique(`${prefix}-fn-${slug(definition.label ?? definition.identifier) || definition.identifier}`)
    const paragraph: NoteParagraph = {anchor, text, position: positionOf(definition), type: 'footnote'}
    if (home) home.paragraphs.push(paragraph)
    else tree.preamble.push(paragraph)
  }
  return tree
}

/** Every section of a note tree in document order (depth first). */
export function flattenSections(sections: NoteSection[]): NoteSection[] {
  const out: NoteSection[] = []
  const walk = (list: NoteSection[]): void => {
    for (const section of list) {
      out.push(section)
      walk(section.children)
    }
  }
  walk(sections)
  return out
}

function lastSection(tree: NoteTree): NoteSection | null {
  const all = flattenSections(tree.sections)
  return all[all.length - 1] ?? null
}

function defaultPrefix(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path
  const stem = base.replace(/\.[^.]*$/, '')
  return stem === 'note' ? 'note' : slug(stem) || 'doc'
}

/** `Personkrets – § 3-1` → `personkrets-3-1`; Norwegian letters transliterated so anchors stay ASCII. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '')
}

function positionOf(node: Nodes): Position {
  const start = node.position?.start
  const end = node.position?.end
  const point = (p: typeof start): Point => ({line: p?.line ?? 1, column: p?.column ?? 1, offset: p?.offset ?? 0})
  return {start: point(start), end: point(end ?? start)}
}

function visitAll(node: Nodes, fn: (node: Nodes) => void): void {
  fn(node)
  if ('children' in node) for (const child of node.children as Nodes[]) visitAll(child, fn)
}

/** Plain text of a node: hard line breaks read as spaces, footnote markers are dropped. */
function textOf(node: Nodes): string {
  if (node.type === 'break') return ' '
  if (node.type === 'footnoteReference') return ''
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' || node.type === 'yaml' ? '' : node.value
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('')
  return 'alt' in node && typeof node.alt === 'string' ? node.alt : ''
}
