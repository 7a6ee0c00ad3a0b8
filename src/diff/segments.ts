/**
 * The lossless alignment: both files cut into spans that cover them completely, section against
 * section and gap against gap, with word operations inside each span. `reconstruct` proves it.
 */
import type {AlignedSegment, Provision, WordOp} from '../types.js'
import type {SectionGroup} from './sections.js'
import {wordDiffFast} from './words.js'

interface Span {
  start: number
  end: number
}

interface Piece {
  kind: 'gap' | 'section'
  span: Span
  node: Provision | null
  group: SectionGroup | null
}

export function buildSegments(groups: SectionGroup[], currentText: string, proposedText: string): AlignedSegment[] {
  // Pairs that keep order in both files become anchors; a pair out of order (a section moved far)
  // is shown as a lone current and a lone proposed section, which is still lossless.
  const valid = (n: Provision, text: string): boolean =>
    n.position.start.offset >= 0 && n.position.start.offset <= n.position.end.offset && n.position.end.offset <= text.length
  const pairs = groups.filter((g) => g.current && g.proposed && valid(g.current, currentText) && valid(g.proposed, proposedText))
  const anchors = longestIncreasing(pairs, (g) => g.proposed!.position.start.offset)
  const anchorSet = new Set(anchors)

  const curPieces = pieces(groups.filter((g) => g.current && !anchorSet.has(g)).map((g) => ({node: g.current!, group: g})), anchors.map((g) => g.current!), currentText)
  const propPieces = pieces(groups.filter((g) => g.proposed && !anchorSet.has(g)).map((g) => ({node: g.proposed!, group: g})), anchors.map((g) => g.proposed!), proposedText)

  const out: AlignedSegment[] = []
  // Walk region by region: the text before anchor k on both sides, then anchor k.
  let ci = 0
  let pi = 0
  for (let k = 0; k <= anchors.length; k++) {
    const anchor = anchors[k]
    const curRegion: Piece[] = []
    while (ci < curPieces.length && curPieces[ci]!.node !== anchor?.current) curRegion.push(curPieces[ci++]!)
    const propRegion: Piece[] = []
    while (pi < propPieces.length && propPieces[pi]!.node !== anchor?.proposed) propRegion.push(propPieces[pi++]!)
    emitRegion(out, curRegion, propRegion, currentText, proposedText)
    if (anchor) {
      const c = curPieces[ci++]!
      const p = propPieces[pi++]!
      const a = currentText.slice(c.span.start, c.span.end)
      const b = proposedText.slice(p.span.start, p.span.end)
      out.push({type: 'section', currentId: c.node!.id, proposedId: p.node!.id, current: c.span, proposed: p.span, ops: wordDiffFast(a, b)})
    }
  }
  return out
}

/** Leading gaps of a region pair up (headings, front matter); the rest is lone, current side first. */
function emitRegion(out: AlignedSegment[], cur: Piece[], prop: Piece[], currentText: string, proposedText: string): void {
  const c0 = cur[0]?.kind === 'gap' ? cur.shift()! : null
  const p0 = prop[0]?.kind === 'gap' ? prop.shift()! : null
  if (c0 || p0) {
    const a = c0 ? currentText.slice(c0.span.start, c0.span.end) : ''
    const b = p0 ? proposedText.slice(p0.span.start, p0.span.end) : ''
    out.push({type: 'gap', currentId: null, proposedId: null, current: c0?.span ?? null, proposed: p0?.span ?? null, ops: wordDiffFast(a, b)})
  }
  for (const piece of cur) {
    const text = currentText.slice(piece.span.start, piece.span.end)
    // A section a partial proposal leaves alone is unchanged, not deleted: its text is "equal" even
    // though it has no proposed span.
    const unchanged = piece.kind === 'gap' || piece.group?.relation === 'not-in-proposal'
    const ops: WordOp[] = text === '' ? [] : [{op: unchanged ? 'equal' : 'delete', text}]
    out.push({type: piece.kind, currentId: piece.node?.id ?? null, proposedId: null, current: piece.span, proposed: null, ops})
  }
  for (const piece of prop) {
    const text = proposedText.slice(piece.span.start, piece.span.end)
    const unchanged = piece.kind === 'gap' || piece.group?.relation === 'not-in-proposal'
    const ops: WordOp[] = text === '' ? [] : [{op: unchanged ? 'equal' : 'insert', text}]
    out.push({type: piece.kind, currentId: null, proposedId: piece.node?.id ?? null, current: null, proposed: piece.span, ops})
  }
}

/**
 * Cut a file into gap and section pieces covering [0, length). Section spans come from the parser's
 * positions; any that overlap an earlier one or fall outside the file are left to the gaps, so the
 * cover is exact whatever the tree says.
 */
function pieces(
  lone: Array<{node: Provision; group: SectionGroup}>,
  anchorNodes: Provision[],
  text: string
): Piece[] {
  const anchorSet = new Set(anchorNodes)
  const all = [...lone.map((x) => ({node: x.node, group: x.group as SectionGroup | null})), ...anchorNodes.map((n) => ({node: n, group: null}))]
  all.sort((x, y) => x.node.position.start.offset - y.node.position.start.offset || x.node.position.end.offset - y.node.position.end.offset)
  const out: Piece[] = []
  let cursor = 0
  for (const {node, group} of all) {
    const start = node.position.start.offset
    const end = node.position.end.offset
    if (!(start >= cursor && end >= start && end <= text.length)) {
      // Anchors must be present for the region walk; a malformed one becomes an empty section piece.
      if (anchorSet.has(node)) out.push({kind: 'section', span: {start: cursor, end: cursor}, node, group})
      continue
    }
    if (start > cursor) out.push({kind: 'gap', span: {start: cursor, end: start}, node: null, group: null})
    out.push({kind: 'section', span: {start, end}, node, group})
    cursor = end
  }
  if (cursor < text.length) out.push({kind: 'gap', span: {start: cursor, end: text.length}, node: null, group: null})
  return out
}

/** Longest subsequence (in the given order) whose keys increase strictly; O(n log n), deterministic. */
function longestIncreasing<T>(items: T[], key: (item: T) => number): T[] {
  const tails: number[] = []
  const prev: number[] = new Array(items.length).fill(-1)
  items.forEach((item, i) => {
    const k = key(item)
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (key(items[tails[mid]!]!) < k) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) prev[i] = tails[lo - 1]!
    tails[lo] = i
  })
  const out: T[] = []
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = prev[i]!) out.push(items[i]!)
  return out.reverse()
}
