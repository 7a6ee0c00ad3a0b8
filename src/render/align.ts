/**
 * Rows for the side-by-side and inline views of one section: the section's ledd (and lettered items, one
 * row each, so a list reads as a list) lined up between the current and the proposed text.
 *
 * This is a *display* alignment. The changes themselves (kind, effects, moves) come from the diff stage;
 * here we only decide which paragraph sits next to which, so the reader sees the whole section with the
 * differences marked, and each row links to the changes that touch it.
 */
import {diffSequences} from '../diff/myers.js'
import {normalizeForMatch} from '../text/normalize.js'
import type {Provision, WordOp} from '../types.js'

export interface DisplayBlock {
  /** Provision id of the ledd or item the block shows. */
  id: string
  /** Item label as printed (`a.`), null for a ledd. */
  label: string | null
  text: string
}

export interface DisplayRow {
  current: DisplayBlock | null
  proposed: DisplayBlock | null
  status: 'equal' | 'changed' | 'added' | 'removed'
  /** Word operations from current to proposed text (one `equal` op for unchanged rows). */
  ops: WordOp[]
}

// Two blocks are shown side by side when at least half their words are shared (Dice coefficient);
// below that a row would pair unrelated paragraphs and the word diff would be noise.
const PAIR_THRESHOLD = 0.5
// Beyond this many cells the O(n·m) alignment is not worth it for display: fall back to pairing in order.
const MAX_CELLS = 250_000
// Word diffs inside one paragraph; beyond this the row is shown as replaced.
const MAX_EDIT_LENGTH = 400

export function sectionBlocks(section: Provision | null): DisplayBlock[] {
  const blocks: DisplayBlock[] = []
  forEachBlock(section, (id, label, text) => blocks.push({id, label, text}))
  return blocks
}

/**
 * The blocks of a section in order, given to `visit` without building them: the HTML prints the ~16,000
 * unchanged sections of a whole law (twice: as they stand and in the consolidated text) straight from
 * the tree, so no per-section block arrays are made and kept until the template runs.
 */
export function forEachBlock(section: Provision | null, visit: (id: string, label: string | null, text: string) => void): void {
  if (!section || section.repealed) return
  if (section.children.length === 0) {
    if (section.text) visit(section.id, null, section.text)
    return
  }
  for (const child of section.children) {
    // Most ledd have no items, so the list is only filtered when there is one.
    const first = child.children.find((c) => c.kind === 'item')
    if (!first) {
      visit(child.id, null, child.text)
      continue
    }
    const lead = leadText(child, first)
    if (lead) visit(child.id, null, lead)
    for (const item of child.children) if (item.kind === 'item') visit(item.id, item.label ? `${item.label}.` : null, item.text)
  }
}

// The lead-in of a list ("Deltakere … kan få tilbud om"): its sentence children if the parser made them,
// otherwise the ledd's wording up to the first item (without that item's label).
function leadText(ledd: Provision, first: Provision): string {
  const before = ledd.children.slice(0, ledd.children.indexOf(first)).filter((c) => c.kind === 'sentence')
  let lead = before.map((s) => s.text).join(' ')
  if (!lead) {
    const at = ledd.text.indexOf(first.text)
    lead = at > 0 ? ledd.text.slice(0, at).replace(/\s*\(?[\p{L}\d]{1,3}[.)]\s*$/u, '').trim() : ''
  }
  return lead
}

function words(text: string): Set<string> {
  return new Set(normalizeForMatch(text).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean))
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1
  let shared = 0
  for (const w of a) if (b.has(w)) shared++
  return (2 * shared) / (a.size + b.size)
}

// Words (with inner hyphens and apostrophes: "arbeids-", "IPS-deltakeren"), runs of whitespace, and single
// other characters. Tokens are compared exactly, so the operations rebuild both texts byte for byte (jsdiff's
// diffWords takes equal whitespace from one side only, which shows "år ." for "år.").
const TOKEN = /\s+|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*-?|[^\s\p{L}\p{N}]/gu

export function wordDiff(before: string, after: string): WordOp[] {
  if (before === after) return [{op: 'equal', text: before}]
  const a = before.match(TOKEN) ?? []
  const b = after.match(TOKEN) ?? []
  const parts = diffSequences(a, b, MAX_EDIT_LENGTH)
  // The diff gives up (undefined) past the limit: show the paragraph as replaced rather than hang.
  if (!parts) return [{op: 'delete', text: before}, {op: 'insert', text: after}]
  let i = 0
  let j = 0
  // A deletion reads the old tokens; equal and inserted runs read the new ones (as jsdiff's values did).
  const raw: WordOp[] = parts.map((p) => {
    if (p.op === 'delete') return {op: p.op, text: a.slice(i, (i += p.count)).join('')}
    if (p.op === 'equal') i += p.count
    return {op: p.op, text: b.slice(j, (j += p.count)).join('')}
  })
  // A lone space kept as "equal" between two edits splits one replaced phrase into word-by-word noise:
  // fold it into both sides of the edit.
  const folded: WordOp[] = []
  raw.forEach((o, i) => {
    const between = i > 0 && i < raw.length - 1 && raw[i - 1]!.op !== 'equal' && raw[i + 1]!.op !== 'equal'
    if (o.op === 'equal' && between && /^\s+$/.test(o.text)) folded.push({op: 'delete', text: o.text}, {op: 'insert', text: o.text})
    else folded.push(o)
  })
  // Within each run of edits: all deleted text, then all inserted text.
  const out: WordOp[] = []
  for (let i = 0; i < folded.length; ) {
    if (folded[i]!.op === 'equal') {
      out.push(folded[i++]!)
      continue
    }
    let del = ''
    let ins = ''
    for (; i < folded.length && folded[i]!.op !== 'equal'; i++) {
      if (folded[i]!.op === 'delete') del += folded[i]!.text
      else ins += folded[i]!.text
    }
    if (del) out.push({op: 'delete', text: del})
    if (ins) out.push({op: 'insert', text: ins})
  }
  return out
}

function row(current: DisplayBlock | null, proposed: DisplayBlock | null): DisplayRow {
  if (current && proposed) {
    const equal = current.text === proposed.text
    return {current, proposed, status: equal && current.label === proposed.label ? 'equal' : 'changed', ops: wordDiff(current.text, proposed.text)}
  }
  if (current) return {current, proposed: null, status: 'removed', ops: [{op: 'delete', text: current.text}]}
  return {current: null, proposed, status: 'added', ops: [{op: 'insert', text: proposed!.text}]}
}

/** Line up the blocks of two versions of a section; order follows both texts. */
export function alignBlocks(current: DisplayBlock[], proposed: DisplayBlock[]): DisplayRow[] {
  const n = current.length
  const m = proposed.length
  if (n * m > MAX_CELLS) {
    return Array.from({length: Math.max(n, m)}, (_, i) => row(current[i] ?? null, proposed[i] ?? null))
  }
  // The common case (a section shown unchanged) needs no alignment at all.
  if (n === m && current.every((c, i) => c.text === proposed[i]!.text && c.label === proposed[i]!.label)) {
    return current.map((c, i) => row(c, proposed[i]!))
  }
  // Word sets are built only for blocks that are compared and differ, once per distinct text: most blocks
  // of a changed section read the same on both sides.
  const byText = new Map<string, Set<string>>()
  const wordsOf = (text: string): Set<string> => {
    let set = byText.get(text)
    if (!set) byText.set(text, (set = words(text)))
    return set
  }
  const aw: Array<Set<string> | undefined> = []
  const bw: Array<Set<string> | undefined> = []
  const a = {at: (i: number) => (aw[i] ??= wordsOf(current[i]!.text))}
  const b = {at: (j: number) => (bw[j] ??= wordsOf(proposed[j]!.text))}
  // score[i][j]: best total similarity aligning current[i..] with proposed[j..] (suffix form, so the
  // walk below reads forward in document order).
  const score: Float64Array[] = Array.from({length: n + 1}, () => new Float64Array(m + 1))
  const sim = (i: number, j: number) => (current[i]!.text === proposed[j]!.text ? 1.0001 : similarity(a.at(i), b.at(j)))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = sim(i, j)
      const pair = s >= PAIR_THRESHOLD ? s + score[i + 1]![j + 1]! : -1
      score[i]![j] = Math.max(pair, score[i + 1]![j]!, score[i]![j + 1]!)
    }
  }
  const rows: DisplayRow[] = []
  let i = 0
  let j = 0
  while (i < n || j < m) {
    if (i < n && j < m) {
      const s = sim(i, j)
      if (s >= PAIR_THRESHOLD && score[i]![j] === s + score[i + 1]![j + 1]!) {
        rows.push(row(current[i++]!, proposed[j++]!))
        continue
      }
      // Removed text before added text when both are possible, as a reader expects from a diff.
      if (score[i]![j] === score[i + 1]![j]) rows.push(row(current[i++]!, null))
      else rows.push(row(null, proposed[j++]!))
    } else if (i < n) rows.push(row(current[i++]!, null))
    else rows.push(row(null, proposed[j++]!))
  }
  return rows
}
