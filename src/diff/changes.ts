/**
 * The changes between aligned sections: in-place edits (modified, editorial, relettered), lone
 * sections (added, removed, repealed), and moves — a ledd, sentence or item that leaves one place
 * and reappears, possibly reworded, in another (same section or another one) is ONE moved change.
 */
import type {Change, ChangeKind, Provision, ProvisionKind, ProvisionRef} from '../types.js'
import {normalizeForMatch} from '../text/normalize.js'
import {alignSequences} from './align.js'
import type {ChapterChange} from './chapters.js'
import type {SectionGroup} from './sections.js'
import {similarityOfBags, wordBag} from './similarity.js'
import {wordingKey} from '../grammar/tokens.js'
import {leddOf, printedLabel, ref, unitKey, unitsOf, withoutLabel} from './units.js'
import {wordDiff} from './words.js'
import type {Stemmer} from '../grammar/stem.js'

// In-place pairing: below this the two units are unrelated (a deletion and an insertion).
const PAIR_MIN = 0.3
// A move must keep at least half of its vocabulary and three words: short formulae ("Planen skal
// holdes oppdatert.") recur across sections and must not be mistaken for moves unless identical.
const MOVE_MIN = 0.45
const MOVE_MIN_SHARED = 3
// A reworded sentence that stays inside its own section is more likely the same rule than a
// coincidence across sections (IPS ung § 3-1: "har fylt 16 år" → "fra det året personen fyller 16 år").
const SAME_SECTION_BONUS = 0.1
// Bound on the quadratic move search; beyond it only identical units are matched as moves.
const MAX_MOVE_CELLS = 1_000_000

/** A change before ids are given; `order` places it in document order. */
export interface DraftChange {
  order: number
  kind: ChangeKind
  level: ProvisionKind
  sectionId: string
  current: ProvisionRef | null
  proposed: ProvisionRef | null
  words: Change['words']
  relabel: Change['relabel']
  /** Explicit repeal statement behind a `repealed` change (declares it). */
  repealDeclared: boolean
  /** Group index, for section statuses. */
  groups: number[]
}

interface Slot {
  order: number
  side: 'current' | 'proposed'
  node: Provision
  group: number
  /** Inside a section that is itself added/removed/repealed: reported by the section change unless moved. */
  covered: boolean
  /** For a whole ledd: its units, expanded when the ledd as a whole is not matched. */
  units?: Slot[]
  /** Unit of a whole-ledd slot. */
  parent?: Slot
  match?: Slot
  /** `unitKey(node)`, computed once (matchMoves compares every removed slot with every added one). */
  key?: string
}

/** For a section repealed or removed as a whole: which of its parts reappear elsewhere, and which do not. */
export interface CarryOver {
  group: number
  moved: Provision[]
  notMoved: Provision[]
}

/**
 * One computeChanges call: the drafts so far, the slots left for the move search, and the memo tables
 * every phase reads (matching keys, units and word bags, once per provision).
 */
interface ChangeRun {
  drafts: DraftChange[]
  removedLedd: Slot[]
  addedLedd: Slot[]
  removedUnits: Slot[]
  addedUnits: Slot[]
  order: number
  stemmer: Stemmer
  leddKeys: Map<Provision, string>
  unitKeys: Map<Provision, string>
  bags: Map<Provision, Map<string, number>>
  /** How often each differing wording stands on each side (see countWordings). */
  counts: {current: Map<string, number>; proposed: Map<string, number>}
}

/** The next order number: a thousand apart, so a ledd's units fit between it and the next. */
const nextOrder = (run: ChangeRun): number => (run.order += 1000)

function leddKey(run: ChangeRun, n: Provision): string {
  let k = run.leddKeys.get(n)
  if (k === undefined) run.leddKeys.set(n, (k = normalizeForMatch(withoutLabel(n))))
  return k
}

function keyOf(run: ChangeRun, n: Provision): string {
  let k = run.unitKeys.get(n)
  if (k === undefined) run.unitKeys.set(n, (k = unitKey(n)))
  return k
}

const unitsOfLedd = (run: ChangeRun, ledd: Provision): Provision[] => unitsOf(ledd, (n) => keyOf(run, n))

/** Word bag (wording without the printed label), once per provision. */
function bagOf(run: ChangeRun, n: Provision): Map<string, number> {
  let b = run.bags.get(n)
  if (!b) run.bags.set(n, (b = wordBag(withoutLabel(n), run.stemmer)))
  return b
}

/** A whole ledd left for the move search, with its units. */
function leddSlot(run: ChangeRun, node: Provision, side: Slot['side'], group: number, covered: boolean): Slot {
  const slot: Slot = {order: nextOrder(run), side, node, group, covered}
  slot.units = unitsOfLedd(run, node).map((u, k) => ({order: slot.order + k + 1, side, node: u, group, covered, parent: slot}))
  ;(side === 'current' ? run.removedLedd : run.addedLedd).push(slot)
  return slot
}

function emitChapters(run: ChangeRun, list: ChapterChange[] | undefined): void {
  for (const ch of list ?? []) {
    run.drafts.push({
      order: nextOrder(run), kind: ch.kind, level: ch.level, sectionId: ch.node.id, current: ch.current, proposed: ch.proposed,
      words: ch.current && ch.proposed ? wordDiff(ch.before, ch.after) : [], relabel: null, repealDeclared: false, groups: []
    })
  }
}

/**
 * Wording that reappears word for word somewhere else is a move, whatever sits at its old place: such
 * units must not be paired in place with a merely similar neighbour. Counted per side over the parts
 * that differ: a leftover whose wording occurs at least as often on the other side has an unmatched copy
 * there (exact matches in place pair copies off one to one).
 */
function countWordings(run: ChangeRun, groups: SectionGroup[]): void {
  const bump = (m: Map<string, number>, k: string): void => { m.set(k, (m.get(k) ?? 0) + 1) }
  for (const g of groups) {
    if (g.relation === 'not-in-proposal' || (g.current && g.proposed && g.current.source === g.proposed.source)) continue
    for (const [side, section] of [['current', g.current], ['proposed', g.proposed]] as const) {
      if (!section) continue
      for (const l of leddOf(section)) {
        bump(run.counts[side], `ledd:${leddKey(run, l)}`)
        for (const u of unitsOfLedd(run, l)) {
          bump(run.counts[side], `unit:${keyOf(run, u)}`)
          // Sentences of a long item are compared on their own (see compareUnits).
          for (const c of u.kind === 'item' ? u.children : []) if (c.kind === 'sentence' || c.kind === 'item') bump(run.counts[side], `unit:${keyOf(run, c)}`)
        }
      }
    }
  }
}

/** Two provisions not to pair in place: their wordings differ and one of them stands word for word elsewhere. */
function movedAway(run: ChangeRun, kind: 'ledd' | 'unit'): (a: Provision, b: Provision) => boolean {
  const elsewhere = (k: string, side: 'current' | 'proposed', other: 'current' | 'proposed'): boolean => {
    const there = run.counts[other].get(k) ?? 0
    return there > 0 && there >= (run.counts[side].get(k) ?? 0)
  }
  return (a, b) => {
    const ka = `${kind}:${kind === 'ledd' ? leddKey(run, a) : keyOf(run, a)}`
    const kb = `${kind}:${kind === 'ledd' ? leddKey(run, b) : keyOf(run, b)}`
    return ka !== kb && (elsewhere(ka, 'current', 'proposed') || elsewhere(kb, 'proposed', 'current'))
  }
}

/** What one group's phases need: its index, the section it reports under, and the in-place pairing rules. */
interface GroupContext {
  gi: number
  sectionId: string
  leddMoved: (a: Provision, b: Provision) => boolean
  unitMoved: (a: Provision, b: Provision) => boolean
}

type DraftInput = Omit<DraftChange, 'order' | 'sectionId' | 'repealDeclared' | 'groups'>

function draft(run: ChangeRun, gc: GroupContext, d: DraftInput): void {
  run.drafts.push({order: nextOrder(run), sectionId: gc.sectionId, repealDeclared: false, groups: [gc.gi], ...d})
}

/** A section repealed unit by unit ("§ 3-2 annet ledd oppheves"): one repealed change per unit, also traced as a possible move. */
function comparePartlyRepealed(run: ChangeRun, g: SectionGroup, gi: number): void {
  for (const u of g.unitRepeals) {
    if (!u.node) continue
    run.drafts.push({
      order: nextOrder(run), kind: 'repealed', level: u.node.kind, sectionId: g.current!.id, current: ref(u.node), proposed: null,
      words: [], relabel: null, repealDeclared: true, groups: [gi]
    })
    // Its wording may reappear elsewhere in the proposal: then it is also traced as a move.
    if (u.node.kind === 'ledd') run.removedLedd.push({order: nextOrder(run), side: 'current', node: u.node, group: gi, covered: true, units: []})
    else run.removedUnits.push({order: nextOrder(run), side: 'current', node: u.node, group: gi, covered: true})
  }
}

/** A section repealed or removed whole: one change, its ledd left for the move search. */
function compareGone(run: ChangeRun, g: SectionGroup, gi: number): void {
  const c = g.current!
  run.drafts.push({
    order: nextOrder(run), kind: g.relation as 'repealed' | 'removed', level: 'section', sectionId: c.id, current: ref(c),
    proposed: g.proposed ? ref(g.proposed) : null, words: [], relabel: null,
    repealDeclared: g.repeal !== null || g.proposed?.repealed === true, groups: [gi]
  })
  if (!c.repealed) for (const l of leddOf(c)) leddSlot(run, l, 'current', gi, true)
}

/** The units of two paired ledd (or items) aligned in place; what does not pair is left for the move search. */
function compareUnits(run: ChangeRun, gc: GroupContext, as: Provision[], bs: Provision[]): void {
  const unitOps = alignSequences(as, bs, {
    key: (n) => keyOf(run, n),
    similarity: cachedSimilarity(gc.unitMoved, (n) => bagOf(run, n)),
    minSimilarity: PAIR_MIN,
    position: (n) => `${n.kind}:${n.ordinal}`
  })
  for (const u of unitOps) {
    if (u.type === 'delete') { run.removedUnits.push({order: nextOrder(run), side: 'current', node: u.a, group: gc.gi, covered: false}); continue }
    if (u.type === 'insert') { run.addedUnits.push({order: nextOrder(run), side: 'proposed', node: u.b, group: gc.gi, covered: false}); continue }
    const la = printedLabel(u.a)
    const lb = printedLabel(u.b)
    const labelled = u.a.kind === u.b.kind && (u.a.kind === 'item' || u.a.kind === 'ledd')
    const relabel = labelled && la !== lb ? {from: la ?? '', to: lb ?? ''} : null
    if (u.type === 'equal') {
      if (relabel) draft(run, gc, {kind: 'relettered', level: u.b.kind, current: ref(u.a), proposed: ref(u.b), words: wordDiff(u.a.text, u.b.text), relabel})
      continue
    }
    const editorial = wordingKey(withoutLabel(u.a)) === wordingKey(withoutLabel(u.b))
    // A long item (several sentences, or a sub-list) keeping its letter is compared inside, so the
    // change is cited at the sentence that changed ("bokstav c annet punktum"), not the whole item.
    const inner = (n: Provision): Provision[] => n.children.filter((c) => c.kind === 'sentence' || c.kind === 'item')
    if (!editorial && !relabel && u.a.kind === 'item' && (inner(u.a).length > 1 || inner(u.b).length > 1)) {
      compareUnits(run, gc, inner(u.a), inner(u.b))
      continue
    }
    const kind: ChangeKind = editorial ? (relabel ? 'relettered' : 'editorial') : 'modified'
    draft(run, gc, {kind, level: u.b.kind, current: ref(u.a), proposed: ref(u.b), words: wordDiff(u.a.text, u.b.text), relabel})
  }
}

/** Renumbering and a changed heading of a paired section. */
function compareHeading(run: ChangeRun, gc: GroupContext, g: SectionGroup, c: Provision, p: Provision): void {
  if (g.relation === 'renumbered') {
    draft(run, gc, {kind: 'relettered', level: 'section', current: ref(c), proposed: ref(p), words: wordDiff(c.text, p.text), relabel: {from: c.label ?? '', to: p.label ?? ''}})
  }
  if (normalizeForMatch(c.title ?? '') === normalizeForMatch(p.title ?? '')) return
  const title = (n: Provision): ProvisionRef => ({...ref(n), citation: `${n.citation} (overskrift)`, text: n.title ?? ''})
  const kind = wordingKey(c.title ?? '') === wordingKey(p.title ?? '') ? 'editorial' : 'modified'
  draft(run, gc, {kind, level: 'section', current: title(c), proposed: title(p), words: wordDiff(c.title ?? '', p.title ?? ''), relabel: null})
}

/** A ledd whose wording is unchanged but whose printed «(n)» is not: renumbered, folded like a relettered item. */
function leddRenumbered(run: ChangeRun, gc: GroupContext, a: Provision, b: Provision): void {
  const from = printedLabel(a)
  const to = printedLabel(b)
  if (from === to) return
  // Numbering added to or taken off a ledd («(1)» where there was none) changes only its form.
  if (from === null || to === null) {
    draft(run, gc, {kind: 'editorial', level: 'ledd', current: ref(a), proposed: ref(b), words: wordDiff(a.text, b.text), relabel: null})
    return
  }
  draft(run, gc, {kind: 'relettered', level: 'ledd', current: ref(a), proposed: ref(b), words: wordDiff(a.text, b.text), relabel: {from, to}})
}

/** The ledd of a paired section aligned in place, and the units of each pair of ledd. */
function compareBodies(run: ChangeRun, gc: GroupContext, c: Provision, p: Provision): void {
  const leddOps = alignSequences(leddOf(c), leddOf(p), {
    key: (n) => leddKey(run, n),
    similarity: cachedSimilarity(gc.leddMoved, (n) => bagOf(run, n)),
    minSimilarity: PAIR_MIN,
    position: (n) => (n.kind === 'ledd' ? String(n.ordinal) : null)
  })
  for (const op of leddOps) {
    if (op.type === 'equal') { leddRenumbered(run, gc, op.a, op.b); continue }
    if (op.type === 'delete') { leddSlot(run, op.a, 'current', gc.gi, false); continue }
    if (op.type === 'insert') { leddSlot(run, op.b, 'proposed', gc.gi, false); continue }
    compareUnits(run, gc, unitsOfLedd(run, op.a), unitsOfLedd(run, op.b))
  }
}

/**
 * Punctuation or spacing only, in several places of one section: one editorial change for the section,
 * not one per comma (a single one stays at its sentence, where a reader can find it).
 */
function mergeEditorial(run: ChangeRun, gc: GroupContext, firstDraft: number, c: Provision, p: Provision): void {
  const mine = run.drafts.slice(firstDraft)
  const inPlaceOnly = run.removedUnits.concat(run.addedUnits, run.removedLedd, run.addedLedd).every((s) => s.group !== gc.gi)
  if (mine.length > 1 && inPlaceOnly && mine.every((d) => d.kind === 'editorial' && d.level !== 'section') && wordingKey(c.text) === wordingKey(p.text)) {
    run.drafts.splice(firstDraft, mine.length, {
      order: mine[0]!.order, kind: 'editorial', level: 'section', sectionId: gc.sectionId, current: ref(c), proposed: ref(p),
      words: wordDiff(c.text, p.text), relabel: null, repealDeclared: false, groups: [gc.gi]
    })
  }
}

/** A section on both sides (paired by number or content). */
function comparePaired(run: ChangeRun, gc: GroupContext, g: SectionGroup): void {
  const c = g.current!
  const p = g.proposed!
  // The common case in a big law: the section is byte-identical. Nothing else to look at.
  if (g.relation === 'pair' && c.source === p.source && c.title === p.title) return
  compareHeading(run, gc, g, c, p)
  if (c.source === p.source) return
  if (normalizeForMatch(c.text) === normalizeForMatch(p.text)) {
    // Same reading but different characters (a no-break space, a soft hyphen, doubled spaces inside
    // the wording): one editorial change. A difference in the markup alone (line wrapping, list
    // bullets) leaves the wording equal and is no change.
    if (c.text !== p.text) draft(run, gc, {kind: 'editorial', level: 'section', current: ref(c), proposed: ref(p), words: wordDiff(c.text, p.text), relabel: null})
    return
  }
  const firstDraft = run.drafts.length
  compareBodies(run, gc, c, p)
  mergeEditorial(run, gc, firstDraft, c, p)
}

/** One group's in-place changes; what may have moved is left in the run's slots. */
function compareGroup(run: ChangeRun, g: SectionGroup, gi: number, pairRules: Pick<GroupContext, 'leddMoved' | 'unitMoved'>): void {
  if (g.relation === 'not-in-proposal') return
  if (g.relation === 'partly-repealed') return comparePartlyRepealed(run, g, gi)
  if (g.relation === 'repealed' || g.relation === 'removed') return compareGone(run, g, gi)
  const gc: GroupContext = {gi, sectionId: (g.proposed ?? g.current)!.id, ...pairRules}
  if (g.relation === 'added') {
    draft(run, gc, {kind: 'added', level: 'section', current: null, proposed: ref(g.proposed!), words: [], relabel: null})
    for (const l of leddOf(g.proposed!)) leddSlot(run, l, 'proposed', gi, true)
    return
  }
  comparePaired(run, gc, g)
}

/** A one-sentence ledd is cited as the ledd ("§ 3-1 fjerde ledd"), as a lawyer would. */
function leddAsUnit(slot: Slot): Slot {
  const parent = slot.parent
  return parent && (parent.units?.length ?? 0) === 1 ? parent : slot
}

const groupSectionId = (groups: SectionGroup[], gi: number): string => (groups[gi]!.proposed ?? groups[gi]!.current)!.id

/** Moves, whole ledd first (a ledd that moved as a whole is one change, not one per sentence), then units. */
function emitMoves(run: ChangeRun, groups: SectionGroup[]): void {
  const keys = (n: Provision): string => keyOf(run, n)
  const bags = (n: Provision): Map<string, number> => bagOf(run, n)
  matchMoves(run.removedLedd, run.addedLedd, keys, bags)
  for (const slot of [...run.removedLedd, ...run.addedLedd]) {
    if (slot.match) continue
    for (const u of slot.units ?? []) (slot.side === 'current' ? run.removedUnits : run.addedUnits).push(u)
  }
  matchMoves(run.removedUnits, run.addedUnits, keys, bags)
  for (const slot of run.addedUnits.concat(run.addedLedd)) {
    if (!slot.match) continue
    const fromNode = leddAsUnit(slot.match).node
    const toNode = leddAsUnit(slot).node
    run.drafts.push({
      order: slot.order, kind: 'moved', level: toNode.kind, sectionId: groupSectionId(groups, slot.group),
      current: ref(fromNode), proposed: ref(toNode), words: wordDiff(fromNode.text, toNode.text),
      relabel: {from: fromNode.id, to: toNode.id}, repealDeclared: false,
      groups: slot.match.group === slot.group ? [slot.group] : [slot.match.group, slot.group]
    })
  }
}

/**
 * A ledd taken out and another put in at the same place, with nothing moved, is that ledd rewritten
 * ("første ledd skal lyde: …"): one modified change with the word diff, not a removal and an addition.
 */
function emitRewrittenLedd(run: ChangeRun, groups: SectionGroup[]): Set<Slot> {
  const replaced = new Set<Slot>()
  const unmoved = (s: Slot): boolean => !s.match && !s.covered && !(s.units ?? []).some((u) => u.match)
  for (const r of run.removedLedd) {
    if (!unmoved(r) || r.node.kind !== 'ledd') continue
    const a = run.addedLedd.find((x) => !replaced.has(x) && unmoved(x) && x.group === r.group && x.node.kind === 'ledd' && x.node.ordinal === r.node.ordinal)
    if (!a) continue
    replaced.add(r)
    replaced.add(a)
    run.drafts.push({
      order: a.order, kind: 'modified', level: 'ledd', sectionId: groupSectionId(groups, a.group), current: ref(r.node), proposed: ref(a.node),
      words: wordDiff(r.node.text, a.node.text), relabel: null, repealDeclared: false, groups: [a.group]
    })
  }
  return replaced
}

/** Unmatched leftovers: removed or added; a ledd none of whose units moved is one ledd-level change. */
function emitLeftovers(run: ChangeRun, groups: SectionGroup[]): void {
  const lone = (slot: Slot): void => {
    if (slot.covered || slot.match) return
    const kind: ChangeKind = slot.side === 'current' ? 'removed' : 'added'
    const node = leddAsUnit(slot).node
    run.drafts.push({
      order: slot.order, kind, level: node.kind, sectionId: groupSectionId(groups, slot.group),
      current: slot.side === 'current' ? ref(node) : null, proposed: slot.side === 'proposed' ? ref(node) : null,
      words: [], relabel: null, repealDeclared: false, groups: [slot.group]
    })
  }
  const replaced = emitRewrittenLedd(run, groups)
  for (const slot of [...run.removedLedd, ...run.addedLedd]) {
    if (slot.match || slot.covered || replaced.has(slot)) continue
    const units = slot.units ?? []
    if (units.some((u) => u.match)) units.forEach(lone)
    else lone({...slot, units: undefined})
  }
  for (const slot of [...run.removedUnits, ...run.addedUnits]) if (!slot.parent) lone(slot)
}

/** For each section repealed or removed whole: which of its parts reappear elsewhere, and which do not. */
function carryOvers(run: ChangeRun, groups: SectionGroup[]): CarryOver[] {
  const carry = new Map<number, CarryOver>()
  for (const slot of run.removedLedd) {
    const g = groups[slot.group]!
    if (!slot.covered || (g.relation !== 'repealed' && g.relation !== 'removed')) continue
    const entry = carry.get(slot.group) ?? {group: slot.group, moved: [], notMoved: []}
    carry.set(slot.group, entry)
    const units = slot.units ?? []
    if (slot.match) entry.moved.push(slot.node)
    else if (units.every((u) => !u.match)) entry.notMoved.push(slot.node)
    else for (const u of units) (u.match ? entry.moved : entry.notMoved).push(leddAsUnit(u).node)
  }
  return [...carry.values()].filter((c) => c.moved.length > 0).sort((a, b) => a.group - b.group)
}

/**
 * The changes of the aligned sections, in document order, in phases: in-place comparison group by
 * group (chapter heading changes just before the first section of their chapter), then moves, then
 * leftovers; and what repealed sections carried over.
 */
export function computeChanges(groups: SectionGroup[], chapters: ChapterChange[], stemmer: Stemmer): {drafts: DraftChange[]; carryOver: CarryOver[]} {
  const run: ChangeRun = {
    drafts: [], removedLedd: [], addedLedd: [], removedUnits: [], addedUnits: [], order: 0, stemmer,
    leddKeys: new Map(), unitKeys: new Map(), bags: new Map(), counts: {current: new Map(), proposed: new Map()}
  }
  const chapterAt = new Map<Provision, ChapterChange[]>()
  const trailing: ChapterChange[] = []
  for (const ch of chapters) {
    if (ch.firstSection) chapterAt.set(ch.firstSection, [...(chapterAt.get(ch.firstSection) ?? []), ch])
    else trailing.push(ch)
  }
  countWordings(run, groups)
  const pairRules = {leddMoved: movedAway(run, 'ledd'), unitMoved: movedAway(run, 'unit')}
  groups.forEach((g, gi) => {
    if (g.current) emitChapters(run, chapterAt.get(g.current))
    if (g.proposed) emitChapters(run, chapterAt.get(g.proposed))
    compareGroup(run, g, gi, pairRules)
  })
  emitChapters(run, trailing)
  emitMoves(run, groups)
  emitLeftovers(run, groups)
  run.drafts.sort((a, b) => a.order - b.order)
  return {drafts: run.drafts, carryOver: carryOvers(run, groups)}
}

/** A word bag as parallel arrays of stem numbers and counts, with its total word count. */
interface NumberedBag {
  ids: Int32Array
  counts: Int32Array
  size: number
}

/** Greedy best-first one-to-one matching of removed against added slots, deterministic on ties. */
function matchMoves(removed: Slot[], added: Slot[], keyOf: (n: Provision) => string, bagOf: (n: Provision) => Map<string, number>): void {
  const free = (s: Slot): boolean => !s.match
  const rs = removed.filter(free)
  const as = added.filter(free)
  if (rs.length === 0 || as.length === 0) return
  for (const s of rs) s.key ??= keyOf(s.node)
  for (const s of as) s.key ??= keyOf(s.node)
  const candidates: Array<{r: Slot; a: Slot; s: number}> = []
  const exactOnly = rs.length * as.length > MAX_MOVE_CELLS
  if (exactOnly) {
    const byKey = new Map<string, Slot[]>()
    for (const a of as) {
      const k = a.key!
      const list = byKey.get(k)
      if (list) list.push(a)
      else byKey.set(k, [a])
    }
    for (const r of rs) for (const a of byKey.get(r.key!) ?? []) candidates.push({r, a, s: 1})
  } else {
    // Up to a million pairs: stems are numbered once so that the shared-word count of a pair is a walk over
    // typed arrays (the removed slot's counts spread in `own`), not a string-keyed Map lookup per stem.
    // The counts, and so every score, are exactly those of similarityOfBags / sharedWords.
    const stemIds = new Map<string, number>()
    const numbered = (slot: Slot): NumberedBag => {
      const bag = bagOf(slot.node)
      const ids = new Int32Array(bag.size)
      const counts = new Int32Array(bag.size)
      let k = 0
      let size = 0
      for (const [stem, count] of bag) {
        let id = stemIds.get(stem)
        if (id === undefined) stemIds.set(stem, (id = stemIds.size))
        ids[k] = id
        counts[k++] = count
        size += count
      }
      return {ids, counts, size}
    }
    const rBags = rs.map(numbered)
    const aBags = as.map(numbered)
    const own = new Int32Array(stemIds.size)
    rs.forEach((r, i) => {
      const rb = rBags[i]!
      for (let k = 0; k < rb.ids.length; k++) own[rb.ids[k]!] = rb.counts[k]!
      as.forEach((a, j) => {
        // Within one covered section (added or repealed as a whole) there is nothing to move.
        if (r.covered && a.covered && r.group === a.group) return
        if (r.key === a.key) {
          candidates.push({r, a, s: 1})
          return
        }
        const ab = aBags[j]!
        const total = rb.size + ab.size
        const bonus = r.group === a.group ? SAME_SECTION_BONUS : 0
        // A pair shares at most the smaller bag; when even that falls short of MOVE_MIN, skip the count.
        if (total > 0 && (2 * Math.min(rb.size, ab.size)) / total + bonus < MOVE_MIN) return
        let shared = 0
        for (let k = 0; k < ab.ids.length; k++) shared += Math.min(own[ab.ids[k]!]!, ab.counts[k]!)
        const s = (total === 0 ? 1 : (2 * shared) / total) + bonus
        if (s >= MOVE_MIN && shared >= Math.min(MOVE_MIN_SHARED, rb.size, ab.size)) candidates.push({r, a, s})
      })
      for (let k = 0; k < rb.ids.length; k++) own[rb.ids[k]!] = 0
    })
  }
  candidates.sort((x, y) => y.s - x.s || x.r.order - y.r.order || x.a.order - y.a.order)
  for (const {r, a} of candidates) {
    if (r.match || a.match) continue
    r.match = a
    a.match = r
  }
}

function cachedSimilarity(exclude: (a: Provision, b: Provision) => boolean, bag: (n: Provision) => Map<string, number>): (a: Provision, b: Provision) => number {
  // Units of different kinds (an item against a sentence) never pair in place.
  return (a, b) => (a.kind !== b.kind || exclude(a, b) ? 0 : similarityOfBags(bag(a), bag(b)))
}
