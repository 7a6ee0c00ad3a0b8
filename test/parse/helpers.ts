/** Shared helpers for the parser tests: reading fixtures, a compact tree summary, invariants. */
import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {parseProvisions, type ParseOptions} from '../../src/parse/index.js'
import type {Position, Provision, ProvisionTree} from '../../src/types.js'

export function parseFile(path: string, options?: ParseOptions): {file: VFile; tree: ProvisionTree; text: string} {
  const text = readFileSync(path, 'utf8')
  const file = new VFile({path, value: text})
  return {file, tree: parseProvisions(file, options), text}
}

export const at = (p: Position): string => `${p.start.line}:${p.start.column}-${p.end.line}:${p.end.column}`

/**
 * A readable summary of a tree for golden files: every node with id, citation, title, wording and
 * position; `source` is left out because it is checked against the file by `checkInvariants`.
 */
export function summarize(tree: ProvisionTree, file: VFile): unknown {
  const node = (p: Provision): Record<string, unknown> => {
    const out: Record<string, unknown> = {id: p.id, kind: p.kind, citation: p.citation}
    if (p.label !== null) out.label = p.label
    if (p.ordinal !== null) out.ordinal = p.ordinal
    if (p.title !== null) out.title = p.title
    if (p.repealed) out.repealed = true
    out.text = p.text
    out.at = at(p.position)
    if (p.marks.length > 0) out.marks = p.marks.map((m) => `${m.type} ${at(m.position)} ${m.text}`)
    if (p.notes.length > 0) out.notes = p.notes.map((n) => `${at(n.position)} ${n.text}`)
    if (p.children.length > 0) out.children = p.children.map(node)
    return out
  }
  return {
    title: tree.title,
    frontmatter: tree.frontmatter,
    outside: tree.outside.map((o) => `${o.reason} ${at(o.position)}`),
    repeals: tree.repeals.map((r) => `${r.label} | ${r.citation} | ${r.text} | ${at(r.position)}`),
    messages: file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`),
    children: tree.children.map(node)
  }
}

export function* walk(nodes: Provision[]): Generator<Provision> {
  for (const n of nodes) {
    yield n
    yield* walk(n.children)
  }
}

/** Problems with the tree's contract: spans, coverage, unique ids, line/column consistent with offsets. */
export function invariantProblems(tree: ProvisionTree, text: string): string[] {
  const problems: string[] = []
  const lineStarts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1)
  const checkPoint = (p: {line: number; column: number; offset: number}, what: string): void => {
    const start = lineStarts[p.line - 1]
    if (start === undefined || start + p.column - 1 !== p.offset) problems.push(`${what}: line/column ${p.line}:${p.column} does not match offset ${p.offset}`)
  }
  const ids = new Set<string>()
  for (const n of walk(tree.children)) {
    if (ids.has(n.id)) problems.push(`duplicate id ${n.id}`)
    ids.add(n.id)
    if (text.slice(n.position.start.offset, n.position.end.offset) !== n.source) problems.push(`${n.id}: source is not the file slice`)
    checkPoint(n.position.start, n.id)
    checkPoint(n.position.end, n.id)
    for (const c of n.children) {
      if (c.position.start.offset < n.position.start.offset || c.position.end.offset > n.position.end.offset) problems.push(`${c.id} is outside ${n.id}`)
    }
  }
  const pieces = [...tree.outside.map((o) => ({p: o.position, s: o.source, what: o.reason})), ...tree.children.map((c) => ({p: c.position, s: c.source, what: c.id}))]
  pieces.sort((a, b) => a.p.start.offset - b.p.start.offset)
  let offset = 0
  for (const piece of pieces) {
    if (piece.p.start.offset !== offset) problems.push(`coverage: ${piece.what} starts at ${piece.p.start.offset}, expected ${offset}`)
    if (text.slice(piece.p.start.offset, piece.p.end.offset) !== piece.s) problems.push(`${piece.what}: source is not the file slice`)
    offset = piece.p.end.offset
  }
  if (offset !== text.length) problems.push(`coverage ends at ${offset}, file has ${text.length}`)
  if (pieces.map((p) => p.s).join('') !== text) problems.push('concatenated pieces differ from the file')
  return problems
}
