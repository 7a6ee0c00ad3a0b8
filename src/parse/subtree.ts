/**
 * The provisions below a section (ledd > item > sentence), built once relative to their owner: ids
 * and citations without the owner's part, offsets relative to where the body starts. A section body is
 * a pure function of its text, so identical bodies (unchanged sections on both sides of a diff) build
 * their nodes once: the first use takes them as they are, later uses copy them to their own place and id.
 */
import type {Point, Position, Provision} from '../types.js'
import type {ItemDraft, LeddDraft} from './body.js'
import {stepCitation, stepId, type CitationStep} from './citation.js'
import {offsetAt, type Plain} from './inline.js'
import {splitSentences} from './sentences.js'

/** A message found while building, replayed (in order) where the template is used. */
export type TemplateWarning =
  | {ruleId: 'list-sequence'; reason: string; offset: number}
  | {ruleId: 'duplicate-id'; id: string; unique: string; offset: number}

export interface Subtree {
  /**
   * The provisions themselves. Until first placed, ids and citations are relative to the owner (`/ledd1`,
   * ` første ledd`), offsets to the base and lines to the base's line (the base starts a line, so columns
   * do not move with it). Placing them (`instantiate`'s first call) makes them the first owner's
   * provisions; later uses copy them with the offsets moved. Keeping no separate template saves a copy
   * of every node that would live as long as the cache (and be copied by every scavenge).
   */
  nodes: Provision[]
  warnings: TemplateWarning[]
  /** The owner's wording when these are all its children: their non-empty texts in document order. */
  text: string
  /** Where `nodes` were placed: their owner's id and citation, the base offset and its line. */
  first?: {id: string; citation: string; base: number; baseLine: number}
}

/**
 * One string per distinct relative id or citation (`/ledd1/pkt2`, ` første ledd annet punktum`): the
 * same few recur in every section, and a placed node's id only points at it (owner id + relative id),
 * so a shared one is a string less per node kept alive with the tree.
 */
export interface Names {
  (s: string): string
  /**
   * The id (`${prefix}/pkt2`) or citation (`${prefix} annet punktum`) of the `ordinal`-th ledd or punktum
   * under `prefix`, made the first time only: every section has a "/ledd1/pkt1", and building and
   * hashing it again per node was a string of garbage each.
   */
  numbered(name: 'id' | 'citation', prefix: string, kind: 'ledd' | 'sentence', ordinal: number): string
}

export function namesTable(): Names {
  const seen = new Map<string, string>()
  const intern = (s: string): string => {
    const hit = seen.get(s)
    if (hit !== undefined) return hit
    seen.set(s, s)
    return s
  }
  // By name and kind, then by prefix: the names by ordinal.
  const memo = {id: {ledd: new Map<string, string[]>(), sentence: new Map<string, string[]>()}, citation: {ledd: new Map<string, string[]>(), sentence: new Map<string, string[]>()}}
  return Object.assign(intern, {
    numbered(name: 'id' | 'citation', prefix: string, kind: 'ledd' | 'sentence', ordinal: number): string {
      const byPrefix = memo[name][kind]
      let list = byPrefix.get(prefix)
      if (list === undefined) byPrefix.set(prefix, (list = []))
      let hit = list[ordinal]
      if (hit === undefined) {
        const step: CitationStep = {kind, ordinal}
        list[ordinal] = hit = intern(name === 'id' ? `${prefix}/${stepId(step)}` : `${prefix} ${stepCitation(step)}`)
      }
      return hit
    }
  })
}

/** Gives a node's relative id back, made unique (`~2`) when it is taken. */
export type Uniq = (id: string) => string

/**
 * Claim `id` in `taken`, or the first free `id~2`, `id~3` … when it is taken (two "Kapittel 2", two
 * "bokstav a" in one ledd): ids stay unique and the duplicate stays visible in its id. Returns the id claimed.
 */
export function claimUnique(taken: Set<string>, id: string): string {
  if (!taken.has(id)) {
    taken.add(id)
    return id
  }
  let n = 2
  while (taken.has(`${id}~${n}`)) n++
  const unique = `${id}~${n}`
  taken.add(unique)
  return unique
}

/**
 * The empty list every leaf has for `children`, `marks` and `notes`: one shared, frozen array instead
 * of three per node (most nodes are leaves; a 10 MB text has hundreds of thousands). Frozen, so code
 * that tried to add to it would fail loudly instead of changing every leaf.
 */
export const NONE: never[] = Object.freeze([]) as unknown as never[]

/**
 * A finished child list as kept in the tree: NONE when empty, else an exact-size copy (a list grown by
 * `push` keeps room for 16 more; most ledd have one or two punktum and live as long as the tree).
 */
function fitted(list: Provision[]): Provision[] {
  return list.length === 0 ? NONE : list.slice()
}

/**
 * The non-empty wording of `nodes` joined by `sep`. Built with `+`, not `join`: V8 keeps the result as a
 * rope over the parts instead of copying their characters. A section's, chapter's or part's wording is
 * its children's wording again (for a chapter: as much as the file itself), and is seldom read whole;
 * whoever reads it pays the one copy `join` would have made.
 */
export function joinWording(nodes: readonly Provision[], sep: string): string {
  let out = ''
  for (const n of nodes) if (n.text !== '') out = out === '' ? n.text : out + sep + n.text
  return out
}

const MARKUP = new Set(['*', '_', '~'])
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzæøå'
// "– – –" marks items left out of an excerpt (amending acts): a jump after it is intended.
const ELLIPSIS = /[–—-]\s*[–—-]\s*[–—-]$/u

/**
 * Templates for the ledd drafts of one owner. `text` is the whole file (sources and the markup around
 * sentences are read from it); offsets in the result are relative to `base`.
 *
 * Without `treeUniq`, ids need only be unique below the owner (see index.ts for when that is enough):
 * ledd and punktum are numbered, so only items ("a." twice) can collide, and only with their siblings.
 * With it, every id is checked with it (against the whole tree). `names` shares equal relative strings.
 */
export function buildSubtree(ledd: LeddDraft[], text: string, base: number, point: (offset: number) => Point, names: Names, treeUniq?: Uniq): Subtree {
  const ctx: SubtreeContext = {text, base, baseLine: point(base).line, point, names, treeUniq, warnings: [], items: undefined}
  const nodes = ledd.map((l, i) => leddNode(ctx, ledd, l, i))
  // As the owner joins its children's wording: in document order (a stable sort by start, as there).
  const wording = joinWording(inOrder(nodes), '\n\n')
  return {nodes, warnings: ctx.warnings.length === 0 ? NONE : ctx.warnings, text: wording}
}

/** What every phase of one buildSubtree call reads (and the warnings and item ids it adds to). */
interface SubtreeContext {
  text: string
  base: number
  baseLine: number
  point: (offset: number) => Point
  names: Names
  treeUniq: Uniq | undefined
  warnings: TemplateWarning[]
  /** Item ids below the owner, when no tree-wide `treeUniq` checks them. */
  items: Set<string> | undefined
}

/** A fresh point from `point`, made relative in place. */
function relative(ctx: SubtreeContext, offset: number): Point {
  const p = ctx.point(offset)
  p.line -= ctx.baseLine
  p.offset -= ctx.base
  return p
}

/**
 * `parent` is the position of the node this one goes under (null for a ledd): a point equal to one of
 * its ends (a ledd's first punktum starts where the ledd does, its last ends where it ends) is the
 * parent's point object itself, and a span equal to the parent's is its position (a third of all
 * points, 48 bytes each, kept as long as the tree). `place` and `copy` keep that sharing.
 */
function node(ctx: SubtreeContext, kind: Provision['kind'], id: string, label: string | null, ordinal: number, citation: string, wording: string, start: number, end: number, parent: Position | null): Provision {
  const unique = ctx.treeUniq ? ctx.treeUniq(id) : kind === 'item' ? claimUnique((ctx.items ??= new Set()), id) : id
  // Duplicate sections are reported elsewhere; a duplicate below a section ("bokstav-a" twice) here.
  if (unique !== id && !id.slice(id.lastIndexOf('/') + 1).startsWith('§')) ctx.warnings.push({ruleId: 'duplicate-id', id, unique, offset: start - ctx.base})
  const from = parent !== null && parent.start.offset === start - ctx.base ? parent.start : relative(ctx, start)
  const to = parent !== null && parent.end.offset === end - ctx.base ? parent.end : relative(ctx, end)
  return {
    kind,
    id: ctx.names(unique),
    label,
    ordinal,
    citation: ctx.names(citation),
    title: null,
    text: wording,
    source: sourceOf(ctx, wording, start, end),
    position: parent !== null && from === parent.start && to === parent.end ? parent : {start: from, end: to},
    // Sentences are leaves; ledd and items get their list (made NONE again if it stays empty).
    children: kind === 'sentence' ? NONE : [],
    marks: NONE,
    notes: NONE,
    repealed: false
  }
}

/** The file's text in [start, end): the wording itself when equal (most punktum have no markup), one string less. */
function sourceOf(ctx: SubtreeContext, wording: string, start: number, end: number): string {
  return end - start === wording.length && ctx.text.startsWith(wording, start) ? wording : ctx.text.slice(start, end)
}

function sentences(ctx: SubtreeContext, out: Provision[], plain: Plain, bounds: {start: number; end: number}, parent: Position, prefix: string, citation: string, first: number, whole: boolean): number {
  const {text, names} = ctx
  const spans = whole ? [{text: plain.text, start: 0, end: plain.text.length}] : splitSentences(plain.text)
  const length = plain.text.length
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!
    let start = offsetAt(plain, s.start)
    let end = offsetAt(plain, s.end - 1) + 1
    // "*Tiltaket kan også tilbys unge.*": emphasis or strike markup right around a sentence belongs
    // to it, so the sentence's span contains the ministry's mark.
    const before = s.start > 0 ? offsetAt(plain, s.start - 1) + 1 : bounds.start
    const after = s.end < length ? offsetAt(plain, s.end) : bounds.end
    while (start > before && MARKUP.has(text[start - 1]!)) start--
    while (end < after && MARKUP.has(text[end]!)) end++
    const ordinal = first + i
    out.push(node(ctx, 'sentence', names.numbered('id', prefix, 'sentence', ordinal), null, ordinal, names.numbered('citation', citation, 'sentence', ordinal), s.text, start, end, parent))
  }
  return spans.length
}

function checkSequence(ctx: SubtreeContext, items: ItemDraft[]): void {
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1]!
    const b = items[i]!
    if (a.style !== b.style || a.style === 'strek') continue
    if (ELLIPSIS.test(a.plain.text)) continue
    const expected = a.style === 'bokstav' ? ALPHABET[ALPHABET.indexOf(a.label) + 1] : String(Number(a.label) + 1)
    if (b.label !== expected) {
      const what = a.style === 'bokstav' ? 'letter' : 'number'
      ctx.warnings.push({ruleId: 'list-sequence', reason: `list ${what} ${b.written} follows ${a.written}; expected ${expected ?? 'none'}`, offset: b.labelOffset - ctx.base})
    }
  }
}

const writtenLine = (item: ItemDraft, t: Provision): string => (item.written ? `${item.written} ${t.text}` : t.text)

function item(ctx: SubtreeContext, draft: ItemDraft, parent: Position, prefix: string, citation: string, ordinal: number): Provision {
  const step: CitationStep = {kind: 'item', label: draft.label, style: draft.style}
  const own = `${citation} ${stepCitation(step)}`
  const t = node(ctx, 'item', `${prefix}/${stepId(step)}`, draft.label, ordinal, own, draft.plain.text, draft.start, draft.end, parent)
  sentences(ctx, t.children, draft.plain, draft, t.position, t.id, t.citation, 1, false)
  if (draft.children.length > 0) {
    const lines = [t.text]
    checkSequence(ctx, draft.children)
    draft.children.forEach((c, i) => {
      const child = item(ctx, c, t.position, t.id, own, i + 1)
      t.children.push(child)
      lines.push(writtenLine(c, child))
    })
    t.text = lines.join('\n')
  }
  t.children = fitted(t.children)
  return t
}

/** The `i`th ledd of `ledd`: its lead-in's punktum, its items, and the punktum after the list (numbered on). */
function leddNode(ctx: SubtreeContext, ledd: LeddDraft[], l: LeddDraft, i: number): Provision {
  const {names} = ctx
  const ordinal = i + 1
  const citation = names.numbered('citation', '', 'ledd', ordinal)
  const t = node(ctx, 'ledd', names.numbered('id', '', 'ledd', ordinal), null, ordinal, citation, '', l.start, l.end, null)
  const lines: string[] = []
  // Sentences after a list continue the ledd's numbering of punktum.
  let sentenceCount = 0
  if (l.lead) {
    sentenceCount += sentences(ctx, t.children, l.lead, l, t.position, t.id, citation, sentenceCount + 1, l.heading === true)
    lines.push(l.lead.text)
  }
  checkSequence(ctx, l.items)
  // A list block that does not continue the previous ledd's list became its own ledd: still a skip
  // when it is in the same style and the previous ledd has no closing text.
  const before = i > 0 ? ledd[i - 1]! : null
  const first = l.items[0]
  if (!l.lead && first && before && !before.trailing && before.items.length > 0) checkSequence(ctx, [before.items.at(-1)!, first])
  // Dash items are numbered by position in the whole ledd (two dash lists may make one ledd).
  let dash = 0
  for (const it of l.items) if (it.style === 'strek') it.label = String(++dash)
  l.items.forEach((it, k) => {
    const child = item(ctx, it, t.position, t.id, citation, k + 1)
    t.children.push(child)
    lines.push(writtenLine(it, child))
  })
  if (l.trailing) {
    sentenceCount += sentences(ctx, t.children, l.trailing, l, t.position, t.id, citation, sentenceCount + 1, l.heading === true)
    lines.push(l.trailing.text)
  }
  t.text = lines.length === 1 ? lines[0]! : lines.join('\n')
  // A ledd's source was sliced before its wording was known: the wording when equal (a one-line ledd).
  if (t.source.length === t.text.length && t.source === t.text) t.source = t.text
  t.children = fitted(t.children)
  return t
}

/**
 * `nodes` in document order (a stable sort by start): `nodes` itself when they already are, as nearly
 * always (a sort copies the list even then).
 */
export function inOrder(nodes: Provision[]): Provision[] {
  for (let i = 1; i < nodes.length; i++) {
    if (nodes[i]!.position.start.offset < nodes[i - 1]!.position.start.offset) {
      return [...nodes].sort((a, b) => a.position.start.offset - b.position.start.offset)
    }
  }
  return nodes
}

/**
 * The provisions of `tree` for an owner with this id and citation whose body starts at `base` (on line
 * `baseLine`). The first call places the tree's own nodes there (no copy); later calls copy them with
 * offsets and lines moved. Strings (wording, source) are shared: they are equal wherever the body is.
 * Under the first owner's id and citation (an unchanged section on the other side) ids and citations
 * are shared too instead of built again. The returned list is the caller's (it may add to it).
 */
export function instantiate(tree: Subtree, id: string, citation: string, base: number, baseLine: number): Provision[] {
  const first = tree.first
  if (!first) {
    place(tree.nodes, null, id, citation, base, baseLine)
    tree.first = {id, citation, base, baseLine}
    return tree.nodes.slice()
  }
  const same = first.id === id && first.citation === citation
  return copy(tree.nodes, null, null, same ? null : {id, citation, idFrom: first.id.length, citationFrom: first.citation.length}, base - first.base, baseLine - first.baseLine)
}

/** Moves `nodes` (below `parent`'s position, already moved) to their place; a point shared with the parent moves once. */
function place(nodes: Provision[], parent: Position | null, id: string, citation: string, base: number, baseLine: number): void {
  for (const p of nodes) {
    p.id = id + p.id
    p.citation = citation + p.citation
    const pos = p.position
    if (pos !== parent) {
      const {start, end} = pos
      if (start !== parent?.start) {
        start.line += baseLine
        start.offset += base
      }
      if (end !== parent?.end) {
        end.line += baseLine
        end.offset += base
      }
    }
    if (p.children.length > 0) place(p.children, pos, id, citation, base, baseLine)
  }
}

/** `owner` when the owner's id or citation differs from the first's: then the part after it is kept. */
type Reowner = {id: string; citation: string; idFrom: number; citationFrom: number} | null

/** Copies `nodes`, whose parent's position was `from` and is now `to`: points shared with it stay shared. */
function copy(nodes: Provision[], from: Position | null, to: Position | null, owner: Reowner, offsetBy: number, lineBy: number): Provision[] {
  const out: Provision[] = new Array(nodes.length)
  for (let i = 0; i < nodes.length; i++) {
    const t = nodes[i]!
    const old = t.position
    let position: Position
    if (old === from) position = to!
    else {
      const {start, end} = old
      position = {
        start: start === from?.start ? to!.start : {line: start.line + lineBy, column: start.column, offset: start.offset + offsetBy},
        end: end === from?.end ? to!.end : {line: end.line + lineBy, column: end.column, offset: end.offset + offsetBy}
      }
    }
    out[i] = {
      kind: t.kind,
      id: owner ? owner.id + t.id.slice(owner.idFrom) : t.id,
      label: t.label,
      ordinal: t.ordinal,
      citation: owner ? owner.citation + t.citation.slice(owner.citationFrom) : t.citation,
      title: null,
      text: t.text,
      source: t.source,
      position,
      children: t.children.length === 0 ? NONE : copy(t.children, old, position, owner, offsetBy, lineBy),
      marks: NONE,
      notes: NONE,
      repealed: false
    }
  }
  return out
}
