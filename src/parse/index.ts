/**
 * Provision parser: Markdown text of a Norwegian act or regulation → ProvisionTree
 * (part > chapter > section > ledd > item > sentence), with ids, citations, exact source spans,
 * change marks, amendment notes and repeal statements. Diagnostics go on the VFile; never throws.
 *
 * Design: a cheap line scan (scan.ts) finds parts, chapters and sections; remark-parse runs only on
 * each section body (and on heading lines that have markup), with offsets shifted back to the file.
 * Chunks are cached by their source text, so one `options.cache` shared between the current and the
 * proposed text parses every unchanged section once. See README.md for the decisions on real texts.
 */
import {pointerFromLineStarts} from '../text/points.js'
import type {Root} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import {parse as parseYaml} from 'yaml'
import type {AmendmentNote, ChangeMark, Point, Position, Provision, ProvisionTree, RepealStatement} from '../types.js'
import {parseBody, type BodyDraft, type LeddDraft, type NoteDraft} from './body.js'
import {chapterCitation, chapterId, partCitation, partId, sectionCitation, sectionId} from './citation.js'
import {collapse, collectInline, flatten, type RawMark} from './inline.js'
import {plan, provisionEntries, type ContainerKind} from './nest.js'
import {lineText, scan, type Entry, type Lines, type Scan} from './scan.js'
import {buildSubtree, claimUnique, inOrder, instantiate, joinWording, namesTable, NONE, type Names, type Subtree, type Uniq} from './subtree.js'
import {plainChunk} from './plain-chunk.js'

export {splitSentences} from './sentences.js'
export {citationOf, sectionLabel, sectionId, chapterId, partId} from './citation.js'

export interface ParseOptions {
  /**
   * Parsed Markdown chunks keyed by their exact source text. Pass the same Map when parsing the
   * current and the proposed text so identical sections are parsed once. Entries are never mutated.
   */
  cache?: Map<string, Root>
  /**
   * Section bodies built once per chunk text (src/parse/subtree.ts), used only together with `cache`: pass
   * the same Map with the same cache, and an unchanged section reuses its provisions on the other side of
   * the diff instead of building them again. Held by the caller, so parsing keeps no state between runs.
   */
  bodies?: Map<string, BodyTemplate>
}

const SOURCE = 'regdiff'
const processor = unified().use(remarkParse).use(remarkGfm)
// GFM only adds constructs (strike-through, tables, footnotes, autolinks); a chunk without any of their
// trigger characters parses the same without it, and the extension costs a third of each call.
const commonmark = unified().use(remarkParse)
const GFM_TRIGGER = /[~|[@]|www\.|https?:/iu

function parseChunk(text: string, cache: Map<string, Root> | undefined, keep = true): Root {
  const hit = cache?.get(text)
  if (hit) return hit
  const root = plainChunk(text) ?? ((GFM_TRIGGER.test(text) ? processor : commonmark).parse(text) as Root)
  if (keep) cache?.set(text, root)
  return root
}

/**
 * What a section body gives its section, offsets relative to where the body starts; built once and placed
 * again at each use (callers only hold the Map, see ParseOptions.bodies).
 */
export interface BodyTemplate extends Subtree {
  notes: NoteDraft[]
  marks: RawMark[]
  /** End of the last ledd or note (-Infinity when there is none). */
  end: number
  repealed: boolean
}

// Heading lines: the ATX markers, and the label in front of the title (by kind). Sticky (or, for
// ATX_CLOSE, global) to be read through `lastIndex`, which is set before each use: no match arrays.
const ATX_OPEN = /^ {0,3}#{1,6}(?=\s|$)/uy
const ATX_CLOSE = /\s+#+\s*$/gu
const NUMBERED_PREFIX = /^\d+\.\s*/uy
const RANGE_PREFIX = /^§§\s*[^.]*?(?=\.|$)\.?\s*/uy
const UNREADABLE_PREFIX = /^§\s*\S+?\.?(?:\s|$)\s*[.:–—-]?\s*/uy
const SECTION_PREFIX = /^§\s*\d+(?:-\d+)?(?:\s?[a-zæøå](?![\p{L}]))?\.?\s*[.:–—-]?\s*/uy
const CHAPTER_PREFIX = /^Kapit+el\s+\S+?(?=$|[\s.:–—-])\.?\s*[.:–—-]?\s*/uy
const PART_PREFIX = /^(?:Del\s+)?\S+?(?=$|[\s.:–—-])\.?\s*[.:–—-]?\s*/uy

/** Length of the sticky `re`'s match at the start of `text`, 0 when none. */
function prefixLength(re: RegExp, text: string): number {
  re.lastIndex = 0
  return re.test(text) ? re.lastIndex : 0
}
const REPEALED_TITLE = /^\(?\s*(?:opphevet|oppheva|opphevd)\s*\)?\.?$/iu

// `text.trim() !== ''` without making the trimmed copy (trim removes exactly `\s`).
const NON_BLANK = /\S/u

// A container's position until its span is known (it is always replaced).
const UNSET: Position = {start: {line: 0, column: 0, offset: 0}, end: {line: 0, column: 0, offset: 0}}

// Characters that can start inline markup or an escape: without them a heading line is plain text.
const INLINE_MARKUP = /[*_~`[\]<>&\\!]/u

/** A list that can be added to: `list` itself, or a new one for the shared empty list. */
function grown<T>(list: T[]): T[] {
  return list === NONE ? [] : list
}

/** Offset → line/column, by binary search over line starts. */
function makePointer(lines: Lines): (offset: number) => Point {
  // Line 1 starts at offset 0 even when a byte order mark precedes its text.
  let starts = lines.start
  if (starts[0] !== 0) (starts = starts.slice())[0] = 0
  return pointerFromLineStarts(starts)
}

interface Draft {
  kind: ContainerKind
  entry: Entry
  label: string
  title: string | null
  repealed: boolean
  headStart: number
  /** End of the heading line. */
  headEnd: number
  children: Draft[]
  /** Ledd of the body (sections) or of text directly under a part or chapter. */
  ledd: LeddDraft[]
  /** A section's body as a template placed at `base` (instead of `ledd`). */
  body: {template: BodyTemplate; base: number} | null
  notes: AmendmentNote[]
  marks: RawMark[]
  /** End of the last non-blank content that belongs to this node itself. */
  ownEnd: number
  parent: Draft | null
}

interface Segment {
  role: 'body' | 'container' | 'unplaced' | 'repeal' | 'annex'
  owner: Draft | null
  /** First line of the segment's text (after a heading line). */
  startLine: number
  /** Line where the segment's top-level span starts (the heading line for provisions). */
  spanLine: number
  endLine: number
}

export function parseProvisions(file: VFile, options: ParseOptions = {}): ProvisionTree {
  const text = typeof file.value === 'string' ? file.value : new TextDecoder().decode(file.value ?? new Uint8Array())
  const path = file.path ?? ''
  const sc = scan(text)
  const point = makePointer(sc.lines)
  // Messages are emitted at the end in file order (the checks run in several passes).
  const pending: Array<{reason: string; offset: number; ruleId: string; seq: number}> = []
  // Ids below a provision are unique in the whole tree as soon as they are unique below it: its own id
  // is, and every id segment names its kind (`§`, `kap`, `del-` above; `ledd`, `bokstav-`, `nr-`,
  // `strek-`, `pkt` below). Only a label with a "/" could break that; then ids are checked tree-wide.
  const localIds = !sc.entries.some((e) => e.label?.includes('/'))
  const ctx: ParseContext = {
    text, cache: options.cache, sc, lines: sc.lines, point,
    position: (start, end) => ({start: point(start), end: point(end)}),
    warn: (reason, offset, ruleId) => {
      pending.push({reason, offset, ruleId, seq: pending.length})
    },
    names: namesTable(), localIds, templates: templatesFor(options, localIds), ids: new Set()
  }
  const {frontmatter, title} = readHead(ctx)
  const repeals = readRepeals(ctx)
  const {top, segments} = planStructure(ctx)
  const allSections = attachBodies(ctx, segments)
  checkSections(ctx, allSections)
  const children = top.map((d) => buildProvision(ctx, d, ''))
  const outside = coverFile(ctx, segments, children)
  assignMarks(ctx, top, children)
  pending.sort((a, b) => a.offset - b.offset || a.seq - b.seq)
  for (const m of pending) file.message(m.reason, {place: point(m.offset), ruleId: m.ruleId, source: SOURCE})
  return {path, frontmatter, title, children, repeals, outside}
}

/** What every phase of one parse reads: the text, its scan and lines, and where messages and ids go. */
interface ParseContext {
  text: string
  cache: Map<string, Root> | undefined
  sc: Scan
  lines: Lines
  point: (offset: number) => Point
  position: (start: number, end: number) => Position
  warn: (reason: string, offset: number, ruleId: string) => void
  names: Names
  localIds: boolean
  templates: Map<string, BodyTemplate> | undefined
  /** Ids given so far (tree-wide uniqueness). */
  ids: Set<string>
}

function templatesFor(options: ParseOptions, localIds: boolean): Map<string, BodyTemplate> | undefined {
  return options.cache && localIds ? options.bodies : undefined
}

/** Front matter and title. */
function readHead(ctx: ParseContext): {frontmatter: Record<string, string> | null; title: string | null} {
  const {sc, lines, text, cache, warn} = ctx
  let frontmatter: Record<string, string> | null = null
  if (sc.frontmatter) {
    try {
      const data: unknown = parseYaml(sc.frontmatter.yaml)
      if (data && typeof data === 'object' && !Array.isArray(data)) {
        frontmatter = {}
        for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
          frontmatter[k] = v === null || v === undefined ? '' : typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v)
        }
      }
    } catch (error) {
      warn(`front matter is not valid YAML (${(error as Error).message.split('\n')[0]}); it is ignored`, lines.count > 1 ? lines.start[1]! : 0, 'frontmatter-invalid')
    }
  }
  let title: string | null = null
  if (sc.titleLine !== null) {
    const root = parseChunk(lineText(text, lines, sc.titleLine), cache)
    const head = root.children[0]
    if (head && head.type === 'heading') title = collapse(collectInline(head.children, lines.start[sc.titleLine]!, text)).text || null
  }
  if (title === null && frontmatter?.['tittel']) title = frontmatter['tittel']

  return {frontmatter, title}
}

/** Repeal lines count wherever they are, also before the first section (then they are preamble text). */
function readRepeals(ctx: ParseContext): RepealStatement[] {
  const {sc, lines, text, cache, position} = ctx
  return sc.entries
    .filter((e) => e.kind === 'repeal')
    .map((entry) => {
      const inline = parseChunk(lineText(text, lines, entry.line), cache).children.flatMap((c) => ('children' in c ? (c.children as never[]) : []))
      return {
        label: entry.label ?? '',
        citation: entry.citation ?? '',
        text: collapse(collectInline(inline, lines.start[entry.line]!, text)).text,
        position: position(entry.labelOffset, entry.labelOffset + (entry.rest ?? '').length)
      }
    })
}

/** Structure: nest the scanned entries (nest.ts), then make drafts and text regions from the plan. */
function planStructure(ctx: ParseContext): {top: Draft[]; segments: Segment[]} {
  const {sc, lines} = ctx
  const top: Draft[] = []
  const segments: Segment[] = []
  const openSegment = (seg: Omit<Segment, 'endLine'>): void => {
    const prev = segments.at(-1)
    if (prev) prev.endLine = seg.spanLine
    segments.push({role: seg.role, owner: seg.owner, startLine: seg.startLine, spanLine: seg.spanLine, endLine: lines.count})
  }
  const entries = provisionEntries(sc.entries)
  const drafts: Array<Draft | null> = []
  // Indexed loops in this function: it runs once per file, so mostly unoptimised, where `for … of`
  // allocates an iterator result per element (tens of MB on a 100,000-section text).
  const steps = plan(entries)
  for (let k = 0; k < steps.length; k++) {
    const step = steps[k]!
    const entry = step.entry
    if (step.action === 'continue') {
      drafts.push(null)
      continue
    }
    if (step.action === 'region') {
      drafts.push(null)
      const owner = step.owner === null ? null : drafts[step.owner]!
      // The heading or repeal line itself is not wording; text after it is.
      openSegment({role: step.role, owner, startLine: step.withLine ? entry.line : entry.line + 1, spanLine: entry.line})
      continue
    }
    const parent = step.parent === null ? null : drafts[step.parent]!
    const draft: Draft = {
      kind: entry.kind as ContainerKind,
      entry,
      label: entry.label ?? '',
      title: null,
      repealed: false,
      headStart: lines.start[entry.line]!,
      headEnd: lines.end[entry.line]!,
      // Most drafts never get children, ledd (a templated section), notes or marks: the shared empty
      // list until the first one (`grown`), as drafts live through the whole parse.
      children: NONE,
      ledd: NONE,
      body: null,
      notes: NONE,
      marks: NONE,
      ownEnd: lines.end[entry.line]!,
      parent
    }
    drafts.push(draft)
    if (parent) (parent.children = grown(parent.children)).push(draft)
    else top.push(draft)
    openSegment({role: entry.kind === 'section' ? 'body' : 'container', owner: draft, startLine: entry.line + 1, spanLine: entry.line})
  }

  return {top, segments}
}

/** A section body's template (parsed once per distinct text when a cache is given). */
function sectionBody(ctx: ParseContext, chunk: string, start: number): BodyTemplate {
  const {templates, cache, text, point, names} = ctx
  const hit = templates?.get(chunk)
  if (hit) return hit
  // A kept template stands in for the chunk's Root, which then need not stay in the cache.
  const root = parseChunk(chunk, cache, templates === undefined)
  const body = parseBody(root, start, text)
  let end = -Infinity
  for (const l of body.ledd) end = Math.max(end, l.end - start)
  for (const n of body.notes) end = Math.max(end, n.end - start)
  const {nodes, warnings, text: wording} = buildSubtree(body.ledd, text, start, point, names)
  const template: BodyTemplate = {
    nodes,
    warnings,
    text: wording,
    notes: body.notes.length === 0 ? NONE : body.notes.map((n) => ({text: n.text, start: n.start - start, end: n.end - start})),
    marks: body.marks.length === 0 ? NONE : body.marks.map((m) => ({type: m.type, text: m.text, start: m.start - start, end: m.end - start})),
    end,
    repealed: body.repealed
  }
  if (templates && body.shiftable) templates.set(chunk, template)
  else cache?.set(chunk, root)
  return template
}

/** Bodies: parse each segment's text and attach it to its owner. Returns every section, in order. */
function attachBodies(ctx: ParseContext, segments: Segment[]): Draft[] {
  const warnedOutside = new Set<Draft>()
  const allSections: Draft[] = []
  for (let k = 0; k < segments.length; k++) attachSegment(ctx, segments[k]!, warnedOutside, allSections)
  return allSections
}

// A function, not a loop body: called once per segment, it is optimised, where parseProvisions (run once
// per file) mostly is not.
function attachSegment(ctx: ParseContext, seg: Segment, warnedOutside: Set<Draft>, allSections: Draft[]): void {
  const {lines, text, cache, localIds, position, warn, sc} = ctx
  const lineEndOf = (lineIndex: number): number => (lineIndex < lines.count ? lines.start[lineIndex]! : text.length)
  if (seg.role === 'annex') return
  const start = seg.startLine < lines.count ? lines.start[seg.startLine]! : text.length
  const end = Math.max(start, lineEndOf(seg.endLine))
  const chunk = text.slice(start, end)
  let body: BodyDraft | null = null
  const owner = seg.owner
  if (seg.role === 'body' && owner && localIds) {
    headingOf(ctx, owner)
    allSections.push(owner)
    if (!NON_BLANK.test(chunk)) return
    const template = sectionBody(ctx, chunk, start)
    if (template.notes.length > 0) owner.notes = grown(owner.notes)
    for (const n of template.notes) owner.notes.push({text: n.text, position: position(n.start + start, n.end + start)})
    if (template.marks.length > 0) owner.marks = grown(owner.marks)
    for (const m of template.marks) owner.marks.push({type: m.type, text: m.text, start: m.start + start, end: m.end + start})
    owner.body = {template, base: start}
    if (template.repealed) owner.repealed = true
    owner.ownEnd = Math.max(owner.ownEnd, template.end + start)
    return
  }
  if (NON_BLANK.test(chunk)) body = parseBody(parseChunk(chunk, cache), start, text)
  if (seg.role === 'body' && owner) {
    headingOf(ctx, owner)
    allSections.push(owner)
  } else if (seg.role === 'container' && owner && seg.spanLine === owner.entry.line) headingOf(ctx, owner)
  if (!body) return
  if (owner) {
    if (body.notes.length > 0) (owner.notes = grown(owner.notes)).push(...body.notes.map((n) => ({text: n.text, position: position(n.start, n.end)})))
    if (body.marks.length > 0) (owner.marks = grown(owner.marks)).push(...body.marks)
    if (body.ledd.length > 0) (owner.ledd = grown(owner.ledd)).push(...body.ledd)
    if (body.repealed) owner.repealed = true
    const last = Math.max(...body.ledd.map((l) => l.end), ...body.notes.map((n) => n.end), owner.ownEnd)
    owner.ownEnd = last
    if (seg.role !== 'body' && body.firstText !== null && !warnedOutside.has(owner)) {
      // One message per part or chapter: an untitled convention text under "Del B" is one finding.
      warnedOutside.add(owner)
      if (sc.entries.some((e) => e.kind === 'section')) {
        warn(`text under ${owner.kind === 'chapter' ? chapterCitation(owner.label) : partCitation(owner.label)} belongs to no §; it is kept as ledd of the ${owner.kind}`, body.firstText, 'text-outside-section')
      }
    }
  } else if (seg.role === 'unplaced' && body.firstText !== null) {
    warn('text under this heading belongs to no §; it is kept outside the provisions', body.firstText, 'text-outside-section')
  }
}

function headingOf(ctx: ParseContext, d: Draft): void {
  const {lines, text, cache, warn} = ctx
  const lineStart = lines.start[d.entry.line]!
  const line = lineText(text, lines, d.entry.line)
  let plain: string
  if (INLINE_MARKUP.test(line)) {
    const root = parseChunk(line, cache)
    const head = root.children[0]
    if (!head || !('children' in head)) return
    const inline = collectInline(head.children as never[], lineStart, text)
    if (inline.marks.length > 0) (d.marks = grown(d.marks)).push(...inline.marks)
    plain = collapse(inline).text
    // A struck heading ("~~§ 3-6. Forsøk …~~") in a proposal: the section is struck out, i.e. repealed.
    const struck = inline.marks.find((m) => m.type === 'delete' && /§|Kapit|Del\s/u.test(m.text))
    if (struck && !/[§]|Kapit|Del\s/u.test(plain)) {
      plain = struck.text
      d.repealed = true
    }
  } else {
    // Most headings have no markup: skip remark (one call per heading adds up on 10 MB texts). The
    // heading's text without its ATX markers, as a slice of the line (kept as the title, mostly).
    const from = prefixLength(ATX_OPEN, line)
    let to = line.length
    if (line.indexOf('#', from) !== -1) {
      ATX_CLOSE.lastIndex = from
      to = ATX_CLOSE.exec(line)?.index ?? to
    }
    plain = flatten(line.slice(from, to).trim())
  }
  const prefix =
    d.kind === 'section'
      ? d.entry.numbered
        ? NUMBERED_PREFIX
        : d.entry.range
          ? RANGE_PREFIX
          : d.entry.unreadable
            ? UNREADABLE_PREFIX
            : SECTION_PREFIX
      : d.kind === 'chapter'
        ? CHAPTER_PREFIX
        : PART_PREFIX
  const rest = plain.slice(prefixLength(prefix, plain)).trim()
  if (REPEALED_TITLE.test(rest)) {
    d.repealed = true
    d.title = null
  } else d.title = rest === '' ? null : rest
  if (d.entry.unreadable) {
    warn(`cannot read the section number "§ ${(d.entry.rawLabel ?? '').replace(/\.$/u, '')}"; it is kept as written`, d.entry.labelOffset, 'unreadable-section-number')
  }
}

/** A text without sections, and section numbers used twice. */
function checkSections(ctx: ParseContext, allSections: Draft[]): void {
  const {sc, lines, point, warn} = ctx
  if (!sc.entries.some((e) => e.kind === 'section')) {
    warn('no § found: the text has no section headings', sc.entries[0] ? lines.start[sc.entries[0].line]! : 0, 'no-sections')
  }

  // Duplicate section numbers (within the whole document: "§ 5" twice is ambiguous in any citation).
  const seenLabel = new Map<string, Draft>()
  for (let k = 0; k < allSections.length; k++) {
    const s = allSections[k]!
    if (s.entry.unreadable) continue
    const key = s.label.replace(/\s+/gu, '')
    const first = seenLabel.get(key)
    if (first) {
      const p = point(first.headStart)
      warn(`§ ${s.label} appears twice (first at line ${p.line}); the second gets a suffixed id`, s.entry.labelOffset, 'duplicate-section')
    } else seenLabel.set(key, s)
  }
}

function uniqueId(ctx: ParseContext, id: string, offset: number, report = true): string {
  const unique = claimUnique(ctx.ids, id)
  if (unique === id) return id
  // Duplicate sections are reported once above; other duplicates (two "Kapittel 2") here.
  if (report && !id.split('/').at(-1)!.startsWith('§')) ctx.warn(`the id ${id} is used twice; this one is ${unique}`, offset, 'duplicate-id')
  return unique
}

/** Ids below a provision checked against the whole tree (see `localIds`). */
function treeUniq(ctx: ParseContext, prefix: string): Uniq {
  return (id) => uniqueId(ctx, prefix + id, -1, false).slice(prefix.length)
}

/** The ledd (with items and sentences) of a provision, and the messages found building them. */
function leddNodes(ctx: ParseContext, d: Draft, id: string, citation: string): Provision[] {
  const {text, point, names, localIds, warn} = ctx
  const {template, base} = d.body ?? {template: buildSubtree(d.ledd, text, 0, point, names, localIds ? undefined : treeUniq(ctx, id)), base: 0}
  for (const w of template.warnings) {
    if (w.ruleId === 'list-sequence') warn(w.reason, w.offset + base, w.ruleId)
    else warn(`the id ${id + w.id} is used twice; this one is ${id + w.unique}`, w.offset + base, w.ruleId)
  }
  // A body starts a line, so its columns do not depend on where it is.
  return instantiate(template, id, citation, base, point(base).line)
}

/** Build provisions with ids, citations, spans. */
function buildProvision(ctx: ParseContext, d: Draft, prefix: string): Provision {
  const {text, point} = ctx
  const seg = d.kind === 'section' ? sectionId(d.label) : d.kind === 'chapter' ? chapterId(d.label) : partId(d.label)
  let id = uniqueId(ctx, prefix ? `${prefix}/${seg}` : seg, d.headStart)
  let citation = d.kind === 'section' ? (d.entry.numbered ? `punkt ${d.label}` : d.entry.range ? `§§ ${d.label}` : sectionCitation(d.label)) : d.kind === 'chapter' ? chapterCitation(d.label) : partCitation(d.label)
  // An unchanged section under the same id on the other side: keep its id and citation strings (the
  // ones its ledd already start with), not a second copy of each.
  const first = d.body?.template.first
  if (first && first.id === id && first.citation === citation) {
    id = first.id
    citation = first.citation
  }
  const node: Provision = {
    kind: d.kind,
    id,
    label: d.label,
    ordinal: null,
    citation,
    title: d.title,
    text: '',
    source: '',
    position: UNSET,
    children: NONE,
    marks: NONE,
    notes: d.notes,
    repealed: d.repealed
  }
  // Sections cite their ledd as "§ 3-2 første ledd"; text under a chapter is cited from the chapter.
  node.children = leddNodes(ctx, d, node.id, citation)
  for (let k = 0; k < d.children.length; k++) node.children.push(buildProvision(ctx, d.children[k]!, node.id))
  // Text under a part or chapter may sit between its sections: children in document order.
  node.children = inOrder(node.children)
  let end = d.ownEnd
  let last: Provision | null = null
  for (let k = 0; k < node.children.length; k++) {
    const c = node.children[k]!
    if (c.position.end.offset >= end) {
      end = c.position.end.offset
      last = c
    }
  }
  node.source = text.slice(d.headStart, end)
  // A section ending with its last ledd shares that ledd's end point (see `node` in subtree.ts).
  node.position = {start: point(d.headStart), end: last !== null ? last.position.end : point(end)}
  // A section's children are its ledd only: the template has their wording joined already.
  node.text = d.children.length === 0 && d.body ? d.body.template.text : joinWording(node.children, '\n\n')
  return node
}

/** Top-level spans run to the next top-level start so that every character is covered exactly once. */
function coverFile(ctx: ParseContext, segments: Segment[], children: Provision[]): ProvisionTree['outside'] {
  const {sc, lines, text, position} = ctx
  type Piece = {start: number; kind: 'provision'; node: Provision} | {start: number; kind: 'outside'; reason: ProvisionTree['outside'][number]['reason']}
  const pieces: Piece[] = []
  const firstEntryLine = segments[0]?.spanLine ?? lines.count
  // Before the first entry: front matter, title, preamble; blank lines go with what precedes them.
  let current: ProvisionTree['outside'][number]['reason'] | null = null
  for (let i = 0; i < firstEntryLine; i++) {
    let reason: ProvisionTree['outside'][number]['reason']
    if (sc.frontmatter && i < sc.frontmatter.end) reason = 'frontmatter'
    else if (i === sc.titleLine) reason = 'title'
    else if (current && !NON_BLANK.test(lineText(text, lines, i))) reason = current
    else reason = 'preamble'
    if (reason !== current) {
      pieces.push({start: lines.start[i]!, kind: 'outside', reason})
      current = reason
    }
  }
  let topIndex = 0
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k]!
    if (seg.owner === null) {
      pieces.push({start: lines.start[seg.spanLine]!, kind: 'outside', reason: seg.role === 'repeal' ? 'repeal' : seg.role === 'annex' ? 'annex' : 'unplaced'})
    } else if (seg.owner.parent === null && seg.spanLine === seg.owner.entry.line) {
      pieces.push({start: seg.owner.headStart, kind: 'provision', node: children[topIndex++]!})
    }
  }
  const outside: ProvisionTree['outside'] = []
  // The first piece starts at the file's start (before a byte order mark, if any).
  if (pieces[0]) pieces[0].start = 0
  pieces.forEach((p, i) => {
    const end = i + 1 < pieces.length ? pieces[i + 1]!.start : text.length
    if (p.kind === 'outside') {
      outside.push({source: text.slice(p.start, end), position: position(p.start, end), reason: p.reason})
    } else {
      p.node.source = text.slice(p.start, end)
      p.node.position = position(p.start, end)
    }
  })
  return outside
}

/** Change marks go on every node whose span contains them (sections and ledd see all of theirs). */
function assignMarks(ctx: ParseContext, top: Draft[], children: Provision[]): void {
  const {position} = ctx
  const allMarks: ChangeMark[] = []
  const collectMarks = (d: Draft): void => {
    for (const m of d.marks) allMarks.push({type: m.type, text: m.text, position: position(m.start, m.end)})
    d.children.forEach(collectMarks)
  }
  top.forEach(collectMarks)
  allMarks.sort((a, b) => a.position.start.offset - b.position.start.offset || a.position.end.offset - b.position.end.offset)
  const assign = (node: Provision, marks: ChangeMark[]): void => {
    // Every node is made with NONE: below a node without marks there is nothing to do (most subtrees).
    if (marks.length === 0) return
    const s = node.position.start.offset
    const e = node.position.end.offset
    const own = marks.length === 0 ? NONE : marks.filter((m) => m.position.start.offset >= s && m.position.end.offset <= e)
    node.marks = own.length === 0 ? NONE : own
    for (const c of node.children) assign(c, node.marks)
  }
  for (const c of children) assign(c, allMarks)
}

