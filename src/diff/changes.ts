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

export function computeChanges(groups: SectionGroup[], chapters: ChapterChange[], stemmer: Stemmer): {drafts: DraftChange[]; carryOver: CarryOver[]} {
  const drafts: DraftChange[] = []
  const removedLedd: Slot[] = []
  const addedLedd: Slot[] = []
  const removedUnits: Slot[] = []
  const addedUnits: Slot[] = []
  let order = 0
  const next = (): number => (order += 1000)
  // Matching keys, once per provision: the counts below, the in-place alignments and their similarity
  // callbacks (asked once per candidate pair) and the move search all read them.
  const leddKeys = new Map<Provision, string>()
  const leddKey = (n: Provision): string => {
    let k = leddKeys.get(n)
    if (k === undefined) leddKeys.set(n, (k = normalizeForMatch(n.text)))
    return k
  }
  const unitKeys = new Map<Provision, string>()
  const keyOf = (n: Provision): string => {
    let k = unitKeys.get(n)
    if (k === undefined) unitKeys.set(n, (k = unitKey(n)))
    return k
  }
  const units = (ledd: Provision): Provision[] => unitsOf(ledd, keyOf)
  // Word bags (wording without the printed label), once per provision: the in-place alignments' similarity
  // and the move search read the same units.
  const bags = new Map<Provision, Map<string, number>>()
  const bagOf = (n: Provision): Map<string, number> => {
    let b = bags.get(n)
    if (!b) bags.set(n, (b = wordBag(withoutLabel(n), stemmer)))
    return b
  }

  const leddSlot = (node: Provision, side: Slot['side'], group: number, covered: boolean): Slot => {
    const slot: Slot = {order: next(), side, node, group, covered}
    slot.units = units(node).map((u, k) => ({order: slot.order + k + 1, side, node: u, group, covered, parent: slot}))
    ;(side === 'current' ? removedLedd : addedLedd).push(slot)
    return slot
  }

  // Chapter heading changes go just before the first section of their chapter.
  const chapterAt = new Map<Provision, ChapterChange[]>()
  const trailing: ChapterChange[] = []
  for (const ch of chapters) {
    if (ch.firstSection) chapterAt.set(ch.firstSection, [...(chapterAt.get(ch.firstSection) ?? []), ch])
    else trailing.push(ch)
  }
  const emitChapters = (list: ChapterChange[] | undefined): void => {
    for (const ch of list ?? []) {
      drafts.push({
        order: next(), kind: ch.kind, level: ch.level, sectionId: ch.node.id, current: ch.current, proposed: ch.proposed,
        words: ch.current && ch.proposed ? wordDiff(ch.before, ch.after) : [], relabel: null, repealDeclared: false, groups: []
      })
    }
  }
  // Wording that reappears word for word somewhere else is a move, whatever sits at its old place:
  // such units must not be paired in place with a merely similar neighbour. Counted per side over
  // the parts that differ: a leftover whose wording occurs at least as often on the other side has an
  // unmatched copy there (exact matches in place pair copies off one to one).
  const counts = {current: new Map<string, number>(), proposed: new Map<string, number>()}
  const bump = (m: Map<string, number>, k: string): void => { m.set(k, (m.get(k) ?? 0) + 1) }
  for (const g of groups) {
    if (g.relation === 'not-in-proposal' || (g.current && g.proposed && g.current.source === g.proposed.source)) continue
    for (const [side, section] of [['current', g.current], ['proposed', g.proposed]] as const) {
      if (!section) continue
      for (const l of leddOf(section)) {
        bump(counts[side], `ledd:${leddKey(l)}`)
        for (const u of units(l)) {
          bump(counts[side], `unit:${keyOf(u)}`)
          // Sentences of a long item are compared on their own (see compareUnits).
          for (const c of u.kind === 'item' ? u.children : []) if (c.kind === 'sentence' || c.kind === 'item') bump(counts[side], `unit:${keyOf(c)}`)
        }
      }
    }
  }
  const elsewhere = (k: string, side: 'current' | 'proposed', other: 'current' | 'proposed'): boolean => {
    const there = counts[other].get(k) ?? 0
    return there > 0 && there >= (counts[side].get(k) ?? 0)
  }
  const movedAway = (kind: 'ledd' | 'unit') => (a: Provision, b: Provision): boolean => {
    const ka = `${kind}:${kind === 'ledd' ? leddKey(a) : keyOf(a)}`
    const kb = `${kind}:${kind === 'ledd' ? leddKey(b) : keyOf(b)}`
    return ka !== kb && (elsewhere(ka, 'current', 'proposed') || elsewhere(kb, 'proposed', 'current'))
  }
  const leddMoved = movedAway('ledd')
  const unitMoved = movedAway('unit')

  groups.forEach((g, gi) => {
    if (g.current) emitChapters(chapterAt.get(g.current))
    if (g.proposed) emitChapters(chapterAt.get(g.proposed))
    const sectionOf = (g.proposed ?? g.current)!
    const draft = (d: Omit<DraftChange, 'order' | 'sectionId' | 'repealDeclared' | 'groups'> & {order?: number}): void => {
      drafts.push({order: d.order ?? next(), sectionId: sectionOf.id, repealDeclared: false, groups: [gi], ...d})
    }
    if (g.relation === 'not-in-proposal') return
    if (g.relation === 'partly-repealed') {
      for (const u of g.unitRepeals) {
        if (!u.node) continue
        drafts.push({
          order: next(), kind: 'repealed', level: u.node.kind, sectionId: g.current!.id, current: ref(u.node), proposed: null,
          words: [], relabel: null, repealDeclared: true, groups: [gi]
        })
        // Its wording may reappear elsewhere in the proposal: then it is also traced as a move.
        ;(u.node.kind === 'ledd' ? removedLedd : removedUnits).push(
          u.node.kind === 'ledd'
            ? {order: next(), side: 'current', node: u.node, group: gi, covered: true, units: []}
            : {order: next(), side: 'current', node: u.node, group: gi, covered: true}
        )
      }
      return
    }
    if (g.relation === 'repealed' || g.relation === 'removed') {
      const c = g.current!
      drafts.push({
        order: next(), kind: g.relation, level: 'section', sectionId: c.id, current: ref(c),
        proposed: g.proposed ? ref(g.proposed) : null, words: [], relabel: null,
        repealDeclared: g.repeal !== null || g.proposed?.repealed === true, groups: [gi]
      })
      if (!c.repealed) for (const l of leddOf(c)) leddSlot(l, 'current', gi, true)
      return
    }
    if (g.relation === 'added') {
      const p = g.proposed!
      draft({kind: 'added', level: 'section', current: null, proposed: ref(p), words: [], relabel: null})
      for (const l of leddOf(p)) leddSlot(l, 'proposed', gi, true)
      return
    }
    const c = g.current!
    const p = g.proposed!
    // The common case in a big law: the section is byte-identical. Nothing else to look at.
    if (g.relation === 'pair' && c.source === p.source && c.title === p.title) return
    if (g.relation === 'renumbered') {
      draft({kind: 'relettered', level: 'section', current: ref(c), proposed: ref(p), words: wordDiff(c.text, p.text), relabel: {from: c.label ?? '', to: p.label ?? ''}})
    }
    const sameTitle = normalizeForMatch(c.title ?? '') === normalizeForMatch(p.title ?? '')
    if (!sameTitle) {
      const title = (n: Provision): ProvisionRef => ({...ref(n), citation: `${n.citation} (overskrift)`, text: n.title ?? ''})
      const kind = wordingKey(c.title ?? '') === wordingKey(p.title ?? '') ? 'editorial' : 'modified'
      draft({kind, level: 'section', current: title(c), proposed: title(p), words: wordDiff(c.title ?? '', p.title ?? ''), relabel: null})
    }
    if (c.source === p.source) return
    if (normalizeForMatch(c.text) === normalizeForMatch(p.text)) {
      // Same reading but different characters (a no-break space, a soft hyphen, doubled spaces inside
      // the wording): one editorial change. A difference in the markup alone (line wrapping, list
      // bullets) leaves the wording equal and is no change.
      if (c.text !== p.text) draft({kind: 'editorial', level: 'section', current: ref(c), proposed: ref(p), words: wordDiff(c.text, p.text), relabel: null})
      return
    }
    const firstDraft = drafts.length
    const compareUnits = (as: Provision[], bs: Provision[]): void => {
      const unitOps = alignSequences(as, bs, {
        key: keyOf,
        similarity: cachedSimilarity(unitMoved, bagOf),
        minSimilarity: PAIR_MIN,
        position: (n) => `${n.kind}:${n.ordinal}`
      })
      for (const u of unitOps) {
        if (u.type === 'delete') { removedUnits.push({order: next(), side: 'current', node: u.a, group: gi, covered: false}); continue }
        if (u.type === 'insert') { addedUnits.push({order: next(), side: 'proposed', node: u.b, group: gi, covered: false}); continue }
        const la = printedLabel(u.a)
        const lb = printedLabel(u.b)
        const relabel = u.a.kind === 'item' && u.b.kind === 'item' && la !== lb ? {from: la ?? '', to: lb ?? ''} : null
        if (u.type === 'equal') {
          if (relabel) draft({kind: 'relettered', level: 'item', current: ref(u.a), proposed: ref(u.b), words: wordDiff(u.a.text, u.b.text), relabel})
          continue
        }
        const editorial = wordingKey(withoutLabel(u.a)) === wordingKey(withoutLabel(u.b))
        // A long item (several sentences, or a sub-list) keeping its letter is compared inside, so the
        // change is cited at the sentence that changed ("bokstav c annet punktum"), not the whole item.
        const inner = (n: Provision): Provision[] => n.children.filter((c) => c.kind === 'sentence' || c.kind === 'item')
        if (!editorial && !relabel && u.a.kind === 'item' && (inner(u.a).length > 1 || inner(u.b).length > 1)) {
          compareUnits(inner(u.a), inner(u.b))
          continue
        }
        const kind: ChangeKind = editorial ? (relabel ? 'relettered' : 'editorial') : 'modified'
        draft({kind, level: u.b.kind, current: ref(u.a), proposed: ref(u.b), words: wordDiff(u.a.text, u.b.text), relabel})
      }
    }
    const leddOps = alignSequences(leddOf(c), leddOf(p), {
      key: leddKey,
      similarity: cachedSimilarity(leddMoved, bagOf),
      minSimilarity: PAIR_MIN,
      position: (n) => (n.kind === 'ledd' ? String(n.ordinal) : null)
    })
    for (const op of leddOps) {
      if (op.type === 'equal') continue
      if (op.type === 'delete') { leddSlot(op.a, 'current', gi, false); continue }
      if (op.type === 'insert') { leddSlot(op.b, 'proposed', gi, false); continue }
      compareUnits(units(op.a), units(op.b))
    }
    // Punctuation or spacing only, in several places of one section: one editorial change for the
    // section, not one per comma (a single one stays at its sentence, where a reader can find it).
    const mine = drafts.slice(firstDraft)
    const inPlaceOnly = removedUnits.concat(addedUnits, removedLedd, addedLedd).every((s) => s.group !== gi)
    if (mine.length > 1 && inPlaceOnly && mine.every((d) => d.kind === 'editorial' && d.level !== 'section') && wordingKey(c.text) === wordingKey(p.text)) {
      drafts.splice(firstDraft, mine.length, {
        order: mine[0]!.order, kind: 'editorial', level: 'section', sectionId: sectionOf.id, current: ref(c), proposed: ref(p),
        words: wordDiff(c.text, p.text), relabel: null, repealDeclared: false, groups: [gi]
      })
    }
  })

  emitChapters(trailing)

  // Moves, whole ledd first: a ledd that moved as a whole is one change, not one per sentence.
  matchMoves(removedLedd, addedLedd, keyOf, bagOf)
  for (const slot of [...removedLedd, ...addedLedd]) {
    if (slot.match) continue
    for (const u of slot.units ?? []) (slot.side === 'current' ? removedUnits : addedUnits).push(u)
  }
  matchMoves(removedUnits, addedUnits, keyOf, bagOf)

  const leddAsUnit = (slot: Slot): Slot => {
    // A one-sentence ledd is cited as the ledd ("§ 3-1 fjerde ledd"), as a lawyer would.
    const parent = slot.parent
    return parent && (parent.units?.length ?? 0) === 1 ? parent : slot
  }
  const sectionIdOf = (gi: number): string => {
    const g = groups[gi]!
    return (g.proposed ?? g.current)!.id
  }
  for (const slot of addedUnits.concat(addedLedd)) {
    if (!slot.match) continue
    const from = leddAsUnit(slot.match)
    const to = leddAsUnit(slot)
    const fromNode = from.node
    const toNode = to.node
    drafts.push({
      order: slot.order, kind: 'moved', level: toNode.kind, sectionId: sectionIdOf(slot.group),
      current: ref(fromNode), proposed: ref(toNode), words: wordDiff(fromNode.text, toNode.text),
      relabel: {from: fromNode.id, to: toNode.id}, repealDeclared: false,
      groups: slot.match.group === slot.group ? [slot.group] : [slot.match.group, slot.group]
    })
  }
  // Unmatched leftovers: a ledd none of whose units moved is one ledd-level change.
  const lone = (slot: Slot): void => {
    if (slot.covered || slot.match) return
    const kind: ChangeKind = slot.side === 'current' ? 'removed' : 'added'
    const node = leddAsUnit(slot).node
    drafts.push({
      order: slot.order, kind, level: node.kind, sectionId: sectionIdOf(slot.group),
      current: slot.side === 'current' ? ref(node) : null, proposed: slot.side === 'proposed' ? ref(node) : null,
      words: [], relabel: null, repealDeclared: false, groups: [slot.group]
    })
  }
  // A ledd taken out and another put in at the same place, with nothing moved, is that ledd rewritten
  // ("første ledd skal lyde: …"): one modified change with the word diff, not a removal and an addition.
  const replaced = new Set<Slot>()
  const unmoved = (s: Slot): boolean => !s.match && !s.covered && !(s.units ?? []).some((u) => u.match)
  for (const r of removedLedd) {
    if (!unmoved(r) || r.node.kind !== 'ledd') continue
    const a = addedLedd.find((x) => !replaced.has(x) && unmoved(x) && x.group === r.group && x.node.kind === 'ledd' && x.node.ordinal === r.node.ordinal)
    if (!a) continue
    replaced.add(r)
    replaced.add(a)
    drafts.push({
      order: a.order, kind: 'modified', level: 'ledd', sectionId: sectionIdOf(a.group), current: ref(r.node), proposed: ref(a.node),
      words: wordDiff(r.node.text, a.node.text), relabel: null, repealDeclared: false, groups: [a.group]
    })
  }
  for (const slot of [...removedLedd, ...addedLedd]) {
    if (slot.match || slot.covered || replaced.has(slot)) continue
    const units = slot.units ?? []
    if (units.some((u) => u.match) ) units.forEach(lone)
    else lone({...slot, units: undefined})
  }
  for (const slot of [...removedUnits, ...addedUnits]) if (!slot.parent) lone(slot)

  drafts.sort((a, b) => a.order - b.order)

  const carry = new Map<number, CarryOver>()
  for (const slot of removedLedd) {
    const g = groups[slot.group]!
    if (!slot.covered || (g.relation !== 'repealed' && g.relation !== 'removed')) continue
    const entry = carry.get(slot.group) ?? {group: slot.group, moved: [], notMoved: []}
    carry.set(slot.group, entry)
    const units = slot.units ?? []
    if (slot.match) entry.moved.push(slot.node)
    else if (units.every((u) => !u.match)) entry.notMoved.push(slot.node)
    else for (const u of units) (u.match ? entry.moved : entry.notMoved).push(leddAsUnit(u).node)
  }
  const carryOver = [...carry.values()].filter((c) => c.moved.length > 0).sort((a, b) => a.group - b.group)
  return {drafts, carryOver}
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
