/**
 * The rows of a changed section, side by side (current | proposed), marked with the word operations the
 * diff stage computed for each change (`Change.words`). Nothing is diffed here: each side of a block is
 * printed from the changes whose current (or proposed) provision is that block or one of its sentences,
 * so a row never shows a diff the changes were not computed from.
 *
 * A moved text is whole on each side (deleted where it left, inserted where it arrived): its own word diff,
 * against where it came from, is on the change's card. Blocks are paired from the changes too: a change
 * that is not a move joins its two blocks, identical texts are paired, and a ledd pairs with the ledd of
 * the same number unless a change added, removed or moved it whole.
 */
import type {Change, Provision, WordOp} from '../types.js'

export interface DisplayBlock {
  /** Provision id of the ledd or item the block shows (the lead-in of a list is its ledd). */
  id: string
  /** Item label as printed (`a.`), null for a ledd. */
  label: string | null
  text: string
  /** The sentences the block reads (empty when the parser made none). */
  sentences: Provision[]
}

export interface SideCell {
  label: string | null
  ops: WordOp[]
}

export interface SectionRow {
  current: (SideCell & {id: string}) | null
  proposed: (SideCell & {id: string}) | null
  /** Old label when an item's letter changed (shown quietly beside the new one). */
  formerLabel: string | null
  changed: boolean
  /** Both sides in one run of operations (deleted and inserted text in place), as tracked changes show it. */
  inline: WordOp[]
  /** The changes that touch the row. */
  changeIds: string[]
}

/**
 * The blocks of a section in order, given to `visit` without building them: the HTML prints the ~16,000
 * unchanged sections of a whole law (twice: as they stand and in the consolidated text) straight from
 * the tree, so no per-section block arrays are made and kept until the template runs.
 */
export function forEachBlock(section: Provision | null, visit: (id: string, label: string | null, text: string, sentences: Provision[]) => void): void {
  if (!section || section.repealed) return
  if (section.children.length === 0) {
    if (section.text) visit(section.id, null, section.text, [])
    return
  }
  for (const child of section.children) {
    // Most ledd have no items, so the list is only filtered when there is one.
    const first = child.children.find((c) => c.kind === 'item')
    if (!first) {
      visit(child.id, null, child.text, child.children.filter((c) => c.kind === 'sentence'))
      continue
    }
    const before = child.children.slice(0, child.children.indexOf(first)).filter((c) => c.kind === 'sentence')
    const lead = before.length ? before.map((s) => s.text).join(' ') : leadText(child, first)
    if (lead) visit(child.id, null, lead, before)
    for (const item of child.children) {
      if (item.kind === 'item') visit(item.id, item.label ? `${item.label}.` : null, item.text, item.children.filter((c) => c.kind === 'sentence'))
    }
  }
}

// The lead-in of a list when the parser made no sentences: the ledd's wording up to the first item.
function leadText(ledd: Provision, first: Provision): string {
  const at = ledd.text.indexOf(first.text)
  return at > 0 ? ledd.text.slice(0, at).replace(/\s*\(?[\p{L}\d]{1,3}[.)]\s*$/u, '').trim() : ''
}

export function sectionBlocks(section: Provision | null): DisplayBlock[] {
  const blocks: DisplayBlock[] = []
  forEachBlock(section, (id, label, text, sentences) => blocks.push({id, label, text, sentences}))
  return blocks
}

/** The changes of a section by the provision id each side names. */
export interface SideIndex {
  current: Map<string, Change>
  proposed: Map<string, Change>
}

export function sideIndex(changes: Change[]): SideIndex {
  const index: SideIndex = {current: new Map(), proposed: new Map()}
  for (const c of changes) {
    if (c.current) index.current.set(c.current.id, c)
    if (c.proposed) index.proposed.set(c.proposed.id, c)
  }
  return index
}

/** One side of a change's words: equal and deleted text (current) or equal and inserted text (proposed). */
function sideOps(change: Change, side: 'current' | 'proposed', text: string): WordOp[] {
  const whole: WordOp = {op: side === 'current' ? 'delete' : 'insert', text}
  // A move is whole on both sides; additions, removals and repeals have no word diff.
  if (change.kind === 'moved' || change.words.length === 0) return [whole]
  const drop = side === 'current' ? 'insert' : 'delete'
  const ops = change.words.filter((w) => w.op !== drop)
  return ops.map((w) => w.text).join('') === text ? ops : [whole]
}

/** The changes of a block on one side: the block's own, or those of its sentences. */
function blockChanges(block: DisplayBlock, side: 'current' | 'proposed', index: SideIndex): Change[] {
  const map = index[side]
  const own = map.get(block.id)
  if (own) return [own]
  return block.sentences.map((s) => map.get(s.id)).filter((c): c is Change => c !== undefined)
}

/** A block's text on one side, with the marks of the changes that touch it (a whole-section change marks it all). */
export function blockCell(block: DisplayBlock, side: 'current' | 'proposed', index: SideIndex, sectionChange: Change | null): SideCell {
  const map = index[side]
  const own = map.get(block.id)
  if (own) return {label: block.label, ops: sideOps(own, side, block.text)}
  if (block.sentences.some((s) => map.has(s.id))) {
    const ops: WordOp[] = []
    block.sentences.forEach((s, i) => {
      if (i > 0) ops.push({op: 'equal', text: ' '})
      const c = map.get(s.id)
      const rest: WordOp = sectionChange ? {op: side === 'current' ? 'delete' : 'insert', text: s.text} : {op: 'equal', text: s.text}
      ops.push(...(c ? sideOps(c, side, s.text) : [rest]))
    })
    return {label: block.label, ops}
  }
  if (sectionChange) return {label: block.label, ops: [{op: side === 'current' ? 'delete' : 'insert', text: block.text}]}
  return {label: block.label, ops: [{op: 'equal', text: block.text}]}
}

const relative = (id: string): string => id.slice(id.indexOf('/', id.indexOf('§')) + 1)

/** Whether a change takes a whole block away or brings it in (then the block pairs with nothing). */
function wholeBlock(block: DisplayBlock, side: 'current' | 'proposed', index: SideIndex): boolean {
  const c = index[side].get(block.id)
  return !!c && (c.kind === 'moved' || c.kind === 'added' || c.kind === 'removed')
}

/** The most specific block a provision id falls in (an item rather than its ledd's lead-in). */
function blockOf(blocks: DisplayBlock[], id: string): number {
  let best = -1
  blocks.forEach((b, i) => {
    if ((id === b.id || id.startsWith(b.id + '/')) && (best < 0 || b.id.length > blocks[best]!.id.length)) best = i
  })
  return best
}

function pairs(current: DisplayBlock[], proposed: DisplayBlock[], index: SideIndex): (i: number, j: number) => boolean {
  const joined = new Set<string>()
  for (const c of index.current.values()) {
    if (c.kind === 'moved' || !c.proposed || !c.current) continue
    const i = blockOf(current, c.current.id)
    const j = blockOf(proposed, c.proposed.id)
    if (i >= 0 && j >= 0) joined.add(`${i}:${j}`)
  }
  return (i, j) => {
    const a = current[i]!
    const b = proposed[j]!
    if (joined.has(`${i}:${j}`) || (a.text === b.text && a.label === b.label)) return true
    return a.label === null && b.label === null && relative(a.id) === relative(b.id) && !wholeBlock(a, 'current', index) && !wholeBlock(b, 'proposed', index)
  }
}

/** Pair the blocks of two versions (the longest chain of pairs in document order), then print each side. */
export function sectionRows(current: DisplayBlock[], proposed: DisplayBlock[], changes: Change[], sectionChange: Change | null): SectionRow[] {
  const index = sideIndex(changes)
  const paired = pairs(current, proposed, index)
  const n = current.length
  const m = proposed.length
  // best[i][j]: most pairs aligning current[i..] with proposed[j..]; sections have tens of blocks at most.
  const best = Array.from({length: n + 1}, () => new Int32Array(m + 1))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) best[i]![j] = Math.max(paired(i, j) ? best[i + 1]![j + 1]! + 1 : 0, best[i + 1]![j]!, best[i]![j + 1]!)
  }
  const rows: SectionRow[] = []
  const make = (a: DisplayBlock | null, b: DisplayBlock | null) => rows.push(row(a, b, index, sectionChange))
  let i = 0
  let j = 0
  while (i < n || j < m) {
    if (i < n && j < m && paired(i, j) && best[i]![j] === best[i + 1]![j + 1]! + 1) make(current[i++]!, proposed[j++]!)
    // Removed text before added text when both are possible, as a reader expects from a diff.
    else if (i < n && (j >= m || best[i]![j] === best[i + 1]![j])) make(current[i++]!, null)
    else make(null, proposed[j++]!)
  }
  return rows
}

function row(a: DisplayBlock | null, b: DisplayBlock | null, index: SideIndex, sectionChange: Change | null): SectionRow {
  const current = a ? {id: a.id, ...blockCell(a, 'current', index, sectionChange)} : null
  const proposed = b ? {id: b.id, ...blockCell(b, 'proposed', index, sectionChange)} : null
  const ids = new Set<string>()
  if (a) for (const c of blockChanges(a, 'current', index)) ids.add(c.id)
  if (b) for (const c of blockChanges(b, 'proposed', index)) ids.add(c.id)
  const formerLabel = a && b && a.label !== b.label ? a.label : null
  const marked = [current, proposed].some((cell) => cell?.ops.some((o) => o.op !== 'equal'))
  const inline = mergeSides(current?.ops ?? [], proposed?.ops ?? [])
  return {current, proposed, formerLabel, changed: marked || formerLabel !== null || !a || !b, inline, changeIds: [...ids].sort()}
}

/**
 * The two sides of a row as one run: the current side's deletions and the proposed side's insertions
 * between the text both keep. A zipper, not a diff: the kept text is the same on both sides (each side is
 * printed from the same changes), and when it is not, the row is shown as replaced whole.
 */
export function mergeSides(current: WordOp[], proposed: WordOp[]): WordOp[] {
  const kept = (ops: WordOp[]) => ops.filter((o) => o.op === 'equal').map((o) => o.text).join('')
  if (kept(current) !== kept(proposed)) {
    const text = (ops: WordOp[]) => ops.map((o) => o.text).join('')
    return [...(current.length ? [{op: 'delete' as const, text: text(current)}] : []), ...(proposed.length ? [{op: 'insert' as const, text: text(proposed)}] : [])]
  }
  const out: WordOp[] = []
  const a = current.map((o) => ({...o}))
  const b = proposed.map((o) => ({...o}))
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && a[i]!.op !== 'equal') out.push(a[i++]!)
    else if (j < b.length && b[j]!.op !== 'equal') out.push(b[j++]!)
    else {
      // Both at kept text: take the shorter piece, leave the rest of the longer for the next turn.
      const x = a[i]!
      const y = b[j]!
      const n = Math.min(x.text.length, y.text.length)
      out.push({op: 'equal', text: x.text.slice(0, n)})
      x.text = x.text.slice(n)
      y.text = y.text.slice(n)
      if (!x.text) i++
      if (!y.text) j++
    }
  }
  return out
}
