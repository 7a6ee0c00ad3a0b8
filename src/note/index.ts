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
  const path = file.path || 'note.md'
  const blocks = parseBlocks(String(file.value ?? ''))
  const title = findTitle(blocks)
  const build = startBuild(file, path, options.prefix ?? defaultPrefix(path), title)
  for (const node of blocks) handleBlock(build, node)
  if (build.tree.sections.length === 0) addImplicitSection(build, title)
  placeFootnotes(build)
  return build.tree
}

/** The document title: its heading node (skipped when reading sections) and its text. */
interface DocumentTitle {
  node: Heading | null
  text: string | null
}

/** What reading a note's blocks in order builds up; one per `parseNote` call. */
interface NoteBuild {
  file: VFile
  prefix: string
  title: DocumentTitle
  tree: NoteTree
  /** Open sections, outermost first: the last is where paragraphs go. */
  stack: NoteSection[]
  /** Anchors given so far, so that each is unique in the note. */
  used: Set<string>
  /** Section number → where it was first used, to report a number used twice. */
  numbers: Map<string, Position>
  /** Footnote definitions in document order, placed once every reference has been seen. */
  footnotes: FootnoteDefinition[]
  // Footnote label → the section (or preamble) where it is first referenced, so a footnote sits with
  // the text it annotates rather than at the end of the document where Markdown keeps definitions.
  footnoteHome: Map<string, NoteSection | null>
}

function findTitle(blocks: RootContent[]): DocumentTitle {
  const headings = blocks.filter((node): node is Heading => node.type === 'heading')
  // A single `#` heading that comes first is the document title, not a section; several `#` headings
  // mean the author used `#` for sections.
  const depthOne = headings.filter((h) => h.depth === 1)
  const node = headings[0] && headings[0].depth === 1 && depthOne.length === 1 ? headings[0] : null
  return {node, text: node ? collapseWhitespace(textOf(node)) : null}
}

function startBuild(file: VFile, path: string, prefix: string, title: DocumentTitle): NoteBuild {
  return {
    file,
    prefix,
    title,
    tree: {path, title: title.text, sections: [], preamble: []},
    stack: [],
    used: new Set(),
    numbers: new Map(),
    footnotes: [],
    footnoteHome: new Map()
  }
}

function unique(build: NoteBuild, anchor: string): string {
  let candidate = anchor
  for (let n = 2; build.used.has(candidate); n++) candidate = `${anchor}-${n}`
  build.used.add(candidate)
  return candidate
}

function currentSection(build: NoteBuild): NoteSection | null {
  return build.stack[build.stack.length - 1] ?? null
}

function addParagraph(build: NoteBuild, text: string, node: Nodes, type: NoteParagraph['type']): void {
  const clean = collapseWhitespace(text)
  if (!clean) return
  const section = currentSection(build)
  const list = section ? section.paragraphs : build.tree.preamble
  const base = section ? section.anchor : `${build.prefix}-preamble`
  list.push({anchor: unique(build, `${base}-p${list.length + 1}`), text: clean, position: positionOf(node), type})
}

function noteFootnoteRefs(build: NoteBuild, node: Nodes): void {
  visitAll(node, (child) => {
    if (child.type === 'footnoteReference' && !build.footnoteHome.has(child.identifier)) {
      build.footnoteHome.set(child.identifier, currentSection(build))
    }
  })
}

function handleBlock(build: NoteBuild, node: RootContent): void {
  switch (node.type) {
    case 'heading':
      if (node !== build.title.node) openSection(build, node)
      return
    case 'paragraph':
      noteFootnoteRefs(build, node)
      addParagraph(build, textOf(node), node, 'paragraph')
      return
    case 'list':
      for (const item of node.children) handleListItem(build, item)
      return
    case 'blockquote':
      for (const child of node.children) handleBlock(build, child)
      return
    case 'table':
      for (const row of node.children) {
        noteFootnoteRefs(build, row)
        addParagraph(build, row.children.map((cell) => textOf(cell)).join(' | '), row, 'paragraph')
      }
      return
    case 'code':
      addParagraph(build, node.value, node, 'paragraph')
      return
    case 'footnoteDefinition':
      build.footnotes.push(node)
      return
    default:
      // yaml front matter, html, thematic breaks and definitions carry no prose to link to.
      return
  }
}

/** A heading opens a section under the nearest open section of a smaller depth. */
function openSection(build: NoteBuild, node: Heading): void {
  const heading = collapseWhitespace(textOf(node))
  const match = NUMBERED.exec(heading)
  const number = match ? match[1]! : null
  const anchorBase = number ? `${build.prefix}-${number.replace(/\./g, '-')}` : `${build.prefix}-${slug(heading) || 'avsnitt'}`
  if (number) checkNumber(build, number, node)
  const section: NoteSection = {
    anchor: unique(build, anchorBase),
    number,
    heading,
    depth: node.depth,
    position: positionOf(node),
    paragraphs: [],
    children: []
  }
  const stack = build.stack
  while (stack.length > 0 && stack[stack.length - 1]!.depth >= node.depth) stack.pop()
  const parent = currentSection(build)
  if (parent) parent.children.push(section)
  else build.tree.sections.push(section)
  stack.push(section)
  noteFootnoteRefs(build, node)
}

function checkNumber(build: NoteBuild, number: string, node: Heading): void {
  const seen = build.numbers.get(number)
  if (seen) {
    build.file.message(`Avsnittsnummeret ${number} er brukt to ganger (første gang på linje ${seen.start.line})`, {
      place: positionOf(node),
      ruleId: 'note-duplicate-number',
      source: 'regdiff'
    })
  } else build.numbers.set(number, positionOf(node))
}

function handleListItem(build: NoteBuild, item: ListItem): void {
  // The item's own text, without nested lists (those become items of their own).
  const own = item.children.filter((child) => child.type !== 'list')
  noteFootnoteRefs(build, item)
  addParagraph(build, own.map((child) => textOf(child)).join(' '), item, 'list-item')
  for (const child of item.children) if (child.type === 'list') for (const sub of child.children) handleListItem(build, sub)
}

/**
 * No headings at all (or only a title): everything after the title becomes one implicit section, so
 * that linking still has sections to point at. A title alone is how a letter looks (the background
 * oppdragsbrev), so only a document without any heading is worth a warning.
 */
function addImplicitSection(build: NoteBuild, title: DocumentTitle): void {
  const tree = build.tree
  if (title.node === null) {
    build.file.message('Notatet har ingen overskrifter; hele teksten behandles som ett avsnitt', {
      place: {line: 1, column: 1},
      ruleId: 'note-no-headings',
      source: 'regdiff'
    })
  }
  const titleEnd = title.node?.position?.end.offset ?? -1
  const body = tree.preamble.filter((p) => p.position.start.offset > titleEnd)
  tree.preamble = tree.preamble.filter((p) => p.position.start.offset <= titleEnd)
  const anchor = unique(build, `${build.prefix}-tekst`)
  const start = body[0]?.position.start ?? {line: 1, column: 1, offset: 0}
  const end = body[body.length - 1]?.position.end ?? start
  tree.sections.push({
    anchor,
    number: null,
    heading: title.text ?? '',
    depth: 1,
    position: {start, end},
    paragraphs: body.map((p, i) => ({...p, anchor: `${anchor}-p${i + 1}`})),
    children: []
  })
}

/** Each footnote goes with the section that first calls it; one never called goes to the last section. */
function placeFootnotes(build: NoteBuild): void {
  const {tree, footnoteHome} = build
  for (const definition of build.footnotes) {
    const home = footnoteHome.has(definition.identifier) ? footnoteHome.get(definition.identifier)! : lastSection(tree)
    const text = collapseWhitespace(definition.children.map((child) => textOf(child)).join(' '))
    const anchor = unique(build, `${build.prefix}-fn-${slug(definition.label ?? definition.identifier) || definition.identifier}`)
    const paragraph: NoteParagraph = {anchor, text, position: positionOf(definition), type: 'footnote'}
    if (home) home.paragraphs.push(paragraph)
    else tree.preamble.push(paragraph)
  }
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
