/**
 * `report.json`: the report model with its three provision trees cut down to outlines and, in the default
 * reference form, the unchanged text of both inputs as byte offsets into them.
 *
 * Why an outline and not the trees: the in-memory `Report` keeps full trees (`source` and `text` at every
 * level, down to each sentence) because the HTML shows every section side by side and the consolidated text.
 * Serialised, those trees repeat each input about a dozen times (a 10 MB regulation gave ~860 MB of JSON,
 * more than the longest string V8 can hold). A consumer loses nothing by the cut: the wording of everything
 * that changed is in `diff.changes[]` (`current` / `proposed` with `text`, and `words`), and both input
 * texts are recoverable byte for byte from `diff.segments` (see `rebuildInputs` in `./rebuild.ts`). What stays
 * of the trees is what places a change: parts, chapters and sections with their ids, citations, titles,
 * positions, repeal state and amendment notes.
 *
 * Why references: even as outlines, the full form repeats every unchanged word of both inputs in
 * `diff.segments` (63 MB of JSON for a 10 MB regulation). The reference form records each input's sha256 and
 * byte length (`inputs`) and replaces each long unchanged stretch by `{op: 'equal', in, bytes: [start, end]}`,
 * so the file holds what changed and where, and the inputs supply the rest. `--format json-full` keeps the
 * self-contained form (`jsonForm: 'full'`).
 */
import {createHash, type Hash} from 'node:crypto'
import type {AlignedSegment, AmendmentNote, DiffResult, Position, Provision, ProvisionTree, Report, WordOp} from '../types.js'

/** A part, chapter or section of a provision tree, without wording (see the module comment). */
export interface ProvisionOutline {
  kind: 'part' | 'chapter' | 'section'
  id: string
  label: string | null
  citation: string
  title: string | null
  position: Position
  repealed: boolean
  notes: AmendmentNote[]
  /** The parts, chapters and sections inside a part or chapter; absent on a section. */
  children?: ProvisionOutline[]
}

/** A provision tree in `report.json`: its metadata and outline down to the sections. */
export interface ProvisionTreeOutline {
  path: string
  frontmatter: ProvisionTree['frontmatter']
  title: string | null
  repeals: ProvisionTree['repeals']
  children: ProvisionOutline[]
}

/**
 * One side's text as the segments reference it. `file`: the input file as regdiff read it (UTF-8, without a
 * byte-order mark); `amended`: the regulation as amended by the instructions in `path` (no file has it: it is
 * rebuilt from current.md and the changes, and its hash checks that rebuild).
 */
export interface InputRecord {
  path: string
  kind: 'file' | 'amended'
  sha256: string
  bytes: number
}

/** An unchanged stretch given by reference: bytes `[start, end)` of the input `in` (UTF-8). */
export interface EqualRef {
  op: 'equal'
  in: 'current' | 'proposed'
  bytes: [number, number]
}

export type SegmentOpJson = WordOp | EqualRef

export type AlignedSegmentJson = Omit<AlignedSegment, 'ops'> & {ops: SegmentOpJson[]}

/** The shape of `report.json` (`schema/report.schema.json`): the Report with outlines for its trees. */
export type ReportJson = Omit<Report, 'regulation' | 'diff'> & {
  /** `reference`: long unchanged stretches of `diff.segments` are byte ranges of `inputs`; `full`: all text. */
  jsonForm: 'reference' | 'full'
  inputs: {current: InputRecord; proposed: InputRecord}
  regulation: {current: ProvisionTreeOutline; proposed: ProvisionTreeOutline; consolidated: ProvisionTreeOutline}
  diff: Omit<DiffResult, 'segments'> & {segments: AlignedSegmentJson[]}
}

const OUTLINE_KINDS = new Set<Provision['kind']>(['part', 'chapter', 'section'])

function outlineNodes(nodes: Provision[]): ProvisionOutline[] {
  const out: ProvisionOutline[] = []
  for (const p of nodes) {
    if (!OUTLINE_KINDS.has(p.kind)) continue
    const node: ProvisionOutline = {
      kind: p.kind as ProvisionOutline['kind'],
      id: p.id,
      label: p.label,
      citation: p.citation,
      title: p.title,
      position: p.position,
      repealed: p.repealed,
      notes: p.notes
    }
    if (p.kind !== 'section') node.children = outlineNodes(p.children)
    out.push(node)
  }
  return out
}

/** A provision tree as `report.json` carries it: metadata and the outline down to sections. */
export function outlineTree(tree: ProvisionTree): ProvisionTreeOutline {
  return {path: tree.path, frontmatter: tree.frontmatter, title: tree.title, repeals: tree.repeals, children: outlineNodes(tree.children)}
}

/**
 * The value `report.json` serialises. Shares (does not copy) everything but the trees and, in the reference
 * form, the segments.
 */
export function reportToJson(report: Report, form: ReportJson['jsonForm'] = 'reference'): ReportJson {
  const {current, proposed, consolidated} = report.regulation
  const refs = referenceSegments(report.diff, {current: current.path, proposed: proposed.path}, form)
  const {schemaVersion, tool, case: meta, sources, ...rest} = report
  // The model's key order, with the form and the inputs after the sources they belong with.
  return {
    schemaVersion, tool, case: meta, sources, jsonForm: form, inputs: refs.inputs,
    ...rest,
    regulation: {current: outlineTree(current), proposed: outlineTree(proposed), consolidated: outlineTree(consolidated)},
    diff: {...report.diff, segments: refs.segments}
  }
}

/**
 * Equal stretches shorter than this stay as text: a reference costs ~40 characters of JSON, and short ones
 * (a space, a word between two changes) are clearer to a reader of the diff as they are.
 */
const MIN_REFERENCE = 48

/** The running UTF-8 encoding of one side: its hash, its length in bytes, a high surrogate awaiting its pair. */
interface SideStream {
  hash: Hash
  bytes: number
  pending: string
}

function sideStream(): SideStream {
  return {hash: createHash('sha256'), bytes: 0, pending: ''}
}

/**
 * Add `text` to the side; returns whether it began and ended on character boundaries (a word op could in
 * principle split a surrogate pair, and a byte range inside a character cannot be sliced out of the file).
 */
function pushText(side: SideStream, text: string): boolean {
  const aligned = side.pending === ''
  let piece = side.pending + text
  side.pending = ''
  const last = piece.charCodeAt(piece.length - 1)
  if (last >= 0xd800 && last <= 0xdbff) {
    side.pending = piece.slice(-1)
    piece = piece.slice(0, -1)
  }
  side.hash.update(piece, 'utf8')
  side.bytes += Buffer.byteLength(piece, 'utf8')
  return aligned && side.pending === ''
}

function finish(side: SideStream, path: string, kind: InputRecord['kind']): InputRecord {
  if (side.pending) {
    side.hash.update(side.pending, 'utf8')
    side.bytes += Buffer.byteLength(side.pending, 'utf8')
  }
  return {path, kind, sha256: side.hash.digest('hex'), bytes: side.bytes}
}

/**
 * Both sides' hashes and lengths, read from the segments (which rebuild them exactly), and, for the reference
 * form, the segments with long equal stretches as byte ranges. An equal op refers to current.md when its
 * segment has a current span, else to proposed.md; never to an amended text (it is no file).
 */
export function referenceSegments(
  diff: DiffResult,
  paths: {current: string; proposed: string},
  form: ReportJson['jsonForm']
): {inputs: ReportJson['inputs']; segments: AlignedSegmentJson[]} {
  const current = sideStream()
  const proposed = sideStream()
  const amended = diff.form === 'instructions'
  const segments: AlignedSegmentJson[] = []
  for (const segment of diff.segments) {
    const onCurrent = segment.current !== null
    const onProposed = segment.proposed !== null
    const home = onCurrent ? current : amended ? null : proposed
    let ops: SegmentOpJson[] | null = form === 'full' ? segment.ops : null
    for (let i = 0; i < segment.ops.length; i++) {
      const op = segment.ops[i]!
      const start = home?.bytes ?? 0
      let aligned = true
      if (onCurrent && op.op !== 'insert') aligned = pushText(current, op.text) && home === current
      if (onProposed && op.op !== 'delete') aligned = pushText(proposed, op.text) && (home === proposed || aligned)
      if (form === 'full') continue
      if (op.op === 'equal' && home && aligned && op.text.length >= MIN_REFERENCE) {
        ops ??= segment.ops.slice(0, i)
        ops.push({op: 'equal', in: home === current ? 'current' : 'proposed', bytes: [start, home.bytes]})
      } else ops?.push(op)
    }
    segments.push(ops === segment.ops || ops === null ? segment : {...segment, ops})
  }
  return {
    inputs: {current: finish(current, paths.current, 'file'), proposed: finish(proposed, paths.proposed, amended ? 'amended' : 'file')},
    segments
  }
}

/** Short pieces are gathered to about this many characters before they are handed out. */
const JSON_CHUNK = 1 << 14

/**
 * How a document is laid out: containers are walked (and indented by two spaces) down to `arrayDepth` /
 * `objectDepth`; below that each value is one `JSON.stringify(…, null, 2)` call at its depth. A container for
 * which `compact(path, value)` is true is printed on one line (`JSON.stringify(value)`).
 */
export interface JsonLayout {
  arrayDepth: number
  objectDepth: number
  compact: ((path: readonly string[], value: object) => boolean) | null
}

// The full form: exactly `JSON.stringify(value, null, 2)`. Arrays are walked deeper than objects because the
// long lists are what make report.json big (diff.segments, diff.changes, the outline's chapters, a note's
// sections): each element becomes one leaf, so a chunk is never much more than one element.
export const PRETTY_LAYOUT: JsonLayout = {arrayDepth: 5, objectDepth: 3, compact: null}

/**
 * The reference form: pretty where a reviewer reads a diff of two reports in git (the changes, findings, the
 * note), one line per element for the bulk that is looked up rather than read (the segments with their byte
 * ranges, the section map, the outline's sections), so a changed section changes one line.
 */
export const REFERENCE_LAYOUT: JsonLayout = {
  arrayDepth: Infinity,
  objectDepth: Infinity,
  compact: (path, value) =>
    (path.length === 3 && path[0] === 'diff' && (path[1] === 'segments' || path[1] === 'sections')) ||
    (path[0] === 'regulation' && (value as {kind?: unknown}).kind === 'section') ||
    // Positions are three numbers each; on one line they stay readable.
    path[path.length - 1] === 'position'
}

/** What one document's printing shares: its layout, the key path being printed, the leaf brackets' memo. */
interface JsonPrinter {
  layout: JsonLayout
  path: string[]
  cuts: Array<{head: number; tail: number}>
}

// Containers this shallow are walked by the generator, so their elements go out as separate pieces; deeper
// ones are printed by plain recursion (a generator per object costs ~5× the printing itself).
const STREAM_DEPTH = 3

/**
 * `JSON.stringify(value, null, 2) + '\n'` in pieces (with `PRETTY_LAYOUT`; other layouts print some
 * containers on one line), produced as they are iterated, so no string of the whole document ever exists.
 * Containers are walked here with the same rules (`toJSON(key)` called once, `undefined`, functions and
 * symbols left out of objects and `null` in arrays, holes as `null`, `[]` and `{}` when nothing is printed);
 * below the layout's depths each value is one `JSON.stringify` call, made at its depth (nested in arrays,
 * whose brackets are then cut off) so its lines come out with the indentation they have in the whole document.
 */
export function* jsonChunks(value: unknown, layout: JsonLayout = PRETTY_LAYOUT): Generator<string, void, undefined> {
  const printer: JsonPrinter = {layout, path: [], cuts: []}
  let out = ''
  function* emit(value: unknown, depth: number): Generator<string, void, undefined> {
    const kind = containerKind(printer, value, depth)
    if (kind === null || depth >= STREAM_DEPTH) {
      const text = printValue(printer, value, depth)
      // A long value goes out as its own piece: joined to the pieces around it, it would be copied once more.
      if (text.length < JSON_CHUNK / 8) out += text
      else {
        if (out) yield out
        out = ''
        yield text
      }
      return
    }
    const entries = containerEntries(value as object, kind)
    if (entries.length === 0) {
      out += kind === 'array' ? '[]' : '{}'
      return
    }
    const inner = '\n' + indent(depth + 1)
    for (let i = 0; i < entries.length; i++) {
      const [key, item] = entries[i]!
      out += (i === 0 ? (kind === 'array' ? '[' : '{') : ',') + inner + (kind === 'object' ? JSON.stringify(key) + ': ' : '')
      printer.path.push(key)
      if (omitted(item)) out += 'null'
      else yield* emit(item, depth + 1)
      printer.path.pop()
      if (out.length >= JSON_CHUNK) {
        yield out
        out = ''
      }
    }
    out += '\n' + indent(depth) + (kind === 'array' ? ']' : '}')
  }
  const top = resolve(value, '')
  // JSON.stringify gives undefined for these; `+ '\n'` then made the string "undefined\n".
  if (omitted(top)) out = 'undefined'
  else yield* emit(top, 0)
  yield out + '\n'
}

/** How `value` (at the printer's path) is printed: walked as an array or object, or null for one piece. */
function containerKind(printer: JsonPrinter, value: unknown, depth: number): 'array' | 'object' | null {
  if (typeof value !== 'object' || value === null) return null
  const {layout} = printer
  if (layout.compact && depth > 0 && layout.compact(printer.path, value)) return null
  if (Array.isArray(value)) return depth < layout.arrayDepth ? 'array' : null
  return isPlainObject(value) && depth < layout.objectDepth ? 'object' : null
}

/** A container's printed entries, resolved: array elements (undefined as such, printed `null`), object members that print. */
function containerEntries(value: object, kind: 'array' | 'object'): Array<[string, unknown]> {
  const entries: Array<[string, unknown]> = []
  if (kind === 'array') {
    const list = value as unknown[]
    for (let i = 0; i < list.length; i++) entries.push([String(i), resolve(list[i], String(i))])
    return entries
  }
  for (const key of Object.keys(value)) {
    const item = resolve((value as Record<string, unknown>)[key], key)
    if (!omitted(item)) entries.push([key, item])
  }
  return entries
}

/** `value` printed whole at `depth`, by the same rules as `jsonChunks`, as one string. */
function printValue(printer: JsonPrinter, value: unknown, depth: number): string {
  const kind = containerKind(printer, value, depth)
  if (kind === null) {
    const compact = printer.layout.compact && typeof value === 'object' && value !== null && depth > 0 && printer.layout.compact(printer.path, value)
    return compact ? JSON.stringify(value) : leaf(value, depth, printer.cuts)
  }
  const entries = containerEntries(value as object, kind)
  if (entries.length === 0) return kind === 'array' ? '[]' : '{}'
  const inner = '\n' + indent(depth + 1)
  const parts: string[] = []
  for (const [key, item] of entries) {
    printer.path.push(key)
    const text = omitted(item) ? 'null' : printValue(printer, item, depth + 1)
    printer.path.pop()
    parts.push(kind === 'object' ? JSON.stringify(key) + ': ' + text : text)
  }
  return (kind === 'array' ? '[' : '{') + inner + parts.join(',' + inner) + '\n' + indent(depth) + (kind === 'array' ? ']' : '}')
}

function indent(depth: number): string {
  return '  '.repeat(depth)
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false
  const proto = Object.getPrototypeOf(value) as unknown
  return proto === Object.prototype || proto === null
}

function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}

/** What JSON.stringify serialises for `value` under `key`: the result of its `toJSON(key)` if it has one. */
function resolve(value: unknown, key: string): unknown {
  if ((typeof value === 'object' && value !== null) || typeof value === 'bigint') {
    const toJSON = (value as {toJSON?: unknown}).toJSON
    if (typeof toJSON === 'function') {
      const result = toJSON.call(value, key) as unknown
      // Handed to JSON.stringify as a leaf, the result's own toJSON would be called too; the whole-document
      // call does not do that. The report model has no toJSON at all, so this is refused rather than handled.
      if (typeof result === 'object' && result !== null && typeof (result as {toJSON?: unknown}).toJSON === 'function') {
        throw new TypeError('regdiff: cannot stream a value whose toJSON returns another value with toJSON')
      }
      return result
    }
  }
  return value
}

/**
 * A value printed `depth` levels down as JSON.stringify prints it there. `cuts` holds, per depth, how many
 * characters of the brackets that nest it are cut off again (one document's memo, passed in).
 */
function leaf(value: unknown, depth: number, cuts: Array<{head: number; tail: number}>): string {
  if (typeof value !== 'object' || value === null || depth === 0) return JSON.stringify(value, null, 2)
  let wrapped: unknown = value
  for (let i = 0; i < depth; i++) wrapped = [wrapped]
  let cut = cuts[depth]
  if (!cut) {
    let head = 0
    let tail = 0
    for (let i = 1; i <= depth; i++) {
      head += 2 + 2 * i // "[\n" and the next level's indentation
      tail += 2 + 2 * (i - 1) // "\n", the indentation and "]"
    }
    cuts[depth] = cut = {head, tail}
  }
  const text = JSON.stringify(wrapped, null, 2)
  return text.slice(cut.head, text.length - cut.tail)
}
