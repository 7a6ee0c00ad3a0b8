/**
 * `report.json`: the report model with its three provision trees cut down to outlines.
 *
 * Why an outline and not the trees: the in-memory `Report` keeps full trees (`source` and `text` at every
 * level, down to each sentence) because the HTML shows every section side by side and the consolidated text.
 * Serialised, those trees repeat each input about a dozen times (a 10 MB regulation gave ~860 MB of JSON,
 * more than the longest string V8 can hold). A consumer loses nothing by the cut: the wording of everything
 * that changed is in `diff.changes[]` (`current` / `proposed` with `text`, and `words`), and both input
 * texts are recoverable byte for byte from `diff.segments` (`reconstruct(segments, side)` in
 * `src/diff/reconstruct.ts`). What stays of the trees is what places a change: parts, chapters and
 * sections with their ids, citations, titles, positions, repeal state and amendment notes.
 */
import type {AmendmentNote, Position, Provision, ProvisionTree, Report} from '../types.js'

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

/** The shape of `report.json` (`schema/report.schema.json`): the Report with outlines for its trees. */
export type ReportJson = Omit<Report, 'regulation'> & {
  regulation: {current: ProvisionTreeOutline; proposed: ProvisionTreeOutline; consolidated: ProvisionTreeOutline}
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

/** The value `report.json` serialises. Shares (does not copy) everything but the trees. */
export function reportToJson(report: Report): ReportJson {
  const {current, proposed, consolidated} = report.regulation
  // Spread keeps the model's key order, so `regulation` stays where it is in the file.
  return {...report, regulation: {current: outlineTree(current), proposed: outlineTree(proposed), consolidated: outlineTree(consolidated)}}
}

/** Short pieces are gathered to about this many characters before they are handed out. */
const JSON_CHUNK = 1 << 14

// How deep containers are walked rather than handed to JSON.stringify whole. Arrays are walked deeper than
// objects because the long lists are what make report.json big (diff.segments, diff.changes, the outline's
// chapters, a note's sections): each element becomes one leaf, so a chunk is never much more than one element.
const ARRAY_DEPTH = 5
const OBJECT_DEPTH = 3

/**
 * `JSON.stringify(value, null, 2) + '\n'` in pieces, produced as they are iterated, so no string of the
 * whole document (63 M characters at 10 MB) ever exists. Containers near the top are walked here with the
 * same rules (`toJSON(key)` called once, `undefined`, functions and symbols left out of objects and `null`
 * in arrays, holes as `null`, `[]` and `{}` when nothing is printed); below them each value is one
 * `JSON.stringify` call, made at its depth (nested in arrays, whose brackets are then cut off) so its lines
 * come out with the indentation they have in the whole document.
 */
export function* jsonChunks(value: unknown): Generator<string, void, undefined> {
  let out = ''
  // Key and index strings are what toJSON gets, as JSON.stringify passes them.
  function* emit(value: unknown, depth: number): Generator<string, void, undefined> {
    if (Array.isArray(value) && depth < ARRAY_DEPTH) {
      if (value.length === 0) {
        out += '[]'
        return
      }
      const inner = '\n' + indent(depth + 1)
      out += '['
      for (let i = 0; i < value.length; i++) {
        const item = resolve(value[i], String(i))
        out += i === 0 ? inner : ',' + inner
        if (omitted(item)) out += 'null'
        else yield* emit(item, depth + 1)
        if (out.length >= JSON_CHUNK) {
          yield out
          out = ''
        }
      }
      out += '\n' + indent(depth) + ']'
      return
    }
    if (isPlainObject(value) && depth < OBJECT_DEPTH) {
      const inner = '\n' + indent(depth + 1)
      let first = true
      for (const key of Object.keys(value)) {
        const item = resolve(value[key], key)
        if (omitted(item)) continue
        out += (first ? '{' : ',') + inner + JSON.stringify(key) + ': '
        first = false
        yield* emit(item, depth + 1)
        if (out.length >= JSON_CHUNK) {
          yield out
          out = ''
        }
      }
      out += first ? '{}' : '\n' + indent(depth) + '}'
      return
    }
    const text = leaf(value, depth)
    // A long value goes out as the string JSON.stringify made: joined to the pieces around it, it would
    // have to be copied once more when written.
    if (text.length < JSON_CHUNK / 8) out += text
    else {
      if (out) yield out
      out = ''
      yield text
    }
  }
  const top = resolve(value, '')
  // JSON.stringify gives undefined for these; `+ '\n'` then made the string "undefined\n".
  if (omitted(top)) out = 'undefined'
  else yield* emit(top, 0)
  yield out + '\n'
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

// Brackets that put a value `depth` levels down in JSON.stringify's output, and their printed lengths.
const wrapCuts: Array<{head: number; tail: number}> = []
function leaf(value: unknown, depth: number): string {
  if (typeof value !== 'object' || value === null || depth === 0) return JSON.stringify(value, null, 2)
  let wrapped: unknown = value
  for (let i = 0; i < depth; i++) wrapped = [wrapped]
  let cut = wrapCuts[depth]
  if (!cut) {
    let head = 0
    let tail = 0
    for (let i = 1; i <= depth; i++) {
      head += 2 + 2 * i // "[\n" and the next level's indentation
      tail += 2 + 2 * (i - 1) // "\n", the indentation and "]"
    }
    wrapCuts[depth] = cut = {head, tail}
  }
  const text = JSON.stringify(wrapped, null, 2)
  return text.slice(cut.head, text.length - cut.tail)
}
