/**
 * Section-level alignment: by number first, then (for complete proposals) by content for sections
 * that were renumbered; explicit repeals and absent sections read according to the proposal form.
 */
import type {Provision, ProvisionTree, ProposalForm, RepealStatement} from '../types.js'
import {normalizeForMatch} from '../text/normalize.js'
import {sectionsIn} from '../parse/sections.js'
import {similarity, similarityOfBags, wordBag} from './similarity.js'
import type {Stemmer} from '../grammar/stem.js'
import {resolveUnitRepeal, type UnitRepeal} from './repeals.js'

export interface SectionGroup {
  current: Provision | null
  proposed: Provision | null
  /** How the pair reads before any text comparison. */
  relation: 'pair' | 'renumbered' | 'repealed' | 'partly-repealed' | 'removed' | 'added' | 'not-in-proposal'
  /** The explicit repeal statement, when the proposal has one for this section. */
  repeal: RepealStatement | null
  /** Repeal statements naming a ledd, item or sentence of this (current) section. */
  unitRepeals: UnitRepeal[]
}

// A renumbered section keeps most of its wording; below this we call it one removal and one addition.
const RENUMBERED_MIN = 0.6
// A pair by number is only doubted when its two sides have little in common, and only broken for a
// partner that is nearly the same text: moving a sentence out of a short section must not turn it
// into a "renumbered" copy of some other section.
const SUSPECT_BELOW = 0.5
const REPAIR_MIN = 0.8
const MAX_RENUMBER_CELLS = 250_000


export {sectionKey} from '../text/ids.js'
import {sectionKey} from '../text/ids.js'

/** True when a repeal statement names a whole section, not one ledd, item or sentence of it. */
export function repealsWholeSection(statement: RepealStatement): boolean {
  return !/\b(ledd|bokstav|nr\.|nummer|punktum)\b/i.test(statement.citation)
}

/** The sections of both sides with their keys, and the pairing being built (index of the partner, or null). */
interface Pairing {
  cur: Provision[]
  prop: Provision[]
  curKey: string[]
  propKey: string[]
  propOfCur: Array<number | null>
  curOfProp: Array<number | null>
  /** Whole-section repeal statements by section key (the first for a key). */
  repeals: Map<string, RepealStatement>
  /** Current sections paired by content under another number. */
  renumbered: Set<number>
}

export function alignSections(
  current: ProvisionTree,
  proposed: ProvisionTree,
  form: ProposalForm,
  stemmer: Stemmer
): SectionGroup[] {
  const pairing = pairByNumber(sectionsIn(current.children), sectionsIn(proposed.children), proposed)
  // Complete proposals: a section may have been renumbered or moved rather than written anew.
  if (form !== 'partial') repairByContent(pairing, stemmer)
  return groupsOf(pairing, proposed, form)
}

/** Pair by number; a number used twice (a law with separately numbered parts) pairs by occurrence. */
function pairByNumber(cur: Provision[], prop: Provision[], proposed: ProvisionTree): Pairing {
  // Each section's key once (NFC and two regexes; a whole law has ~16,000 sections a side).
  const curKey = cur.map((c) => sectionKey(c.label))
  const propKey = prop.map((p) => sectionKey(p.label))
  const repeals = new Map<string, RepealStatement>()
  for (const r of proposed.repeals) if (repealsWholeSection(r) && !repeals.has(sectionKey(r.label))) repeals.set(sectionKey(r.label), r)
  const occurrence = (counts: Map<string, number>, key: string): string => {
    const n = counts.get(key) ?? 0
    counts.set(key, n + 1)
    return `${key}#${n}`
  }
  const byKey = new Map<string, number>()
  const propCounts = new Map<string, number>()
  prop.forEach((_, j) => byKey.set(occurrence(propCounts, propKey[j]!), j))
  const propOfCur = new Array<number | null>(cur.length).fill(null)
  const curOfProp = new Array<number | null>(prop.length).fill(null)
  const curCounts = new Map<string, number>()
  cur.forEach((c, i) => {
    const j = byKey.get(occurrence(curCounts, curKey[i]!))
    if (j !== undefined && c.label !== null) {
      propOfCur[i] = j
      curOfProp[j] = i
    }
  })
  return {cur, prop, curKey, propKey, propOfCur, curOfProp, repeals, renumbered: new Set()}
}

/**
 * An unpaired proposed section whose wording is an unpaired current section's was renumbered (or moved),
 * not written anew. A new § 2-3 pushes the old § 2-3 to § 2-4: pairs by number whose wording has little
 * in common are suspects, re-paired by content when a better partner exists and restored otherwise (then
 * it is the same section, rewritten).
 */
function repairByContent(pairing: Pairing, stemmer: Stemmer): void {
  const {cur, prop, propOfCur, curOfProp} = pairing
  const suspects: Array<[number, number]> = []
  cur.forEach((c, i) => {
    const j = propOfCur[i]
    if (j === null || j === undefined) return
    const p = prop[j]!
    if (c.source === p.source || p.repealed || c.repealed || normalizeForMatch(c.text) === normalizeForMatch(p.text)) return
    if (similarity(c.text, p.text, stemmer) < SUSPECT_BELOW) {
      suspects.push([i, j])
      propOfCur[i] = null
      curOfProp[j] = null
    }
  })
  pairByContent(pairing, suspects, stemmer)
  for (const [i, j] of suspects) {
    if (propOfCur[i] === null && curOfProp[j] === null) {
      propOfCur[i] = j
      curOfProp[j] = i
    }
  }
}

/** Greedy best-first pairing of the free sections by wording; ties by document order (deterministic). */
function pairByContent(pairing: Pairing, suspects: Array<[number, number]>, stemmer: Stemmer): void {
  const {cur, prop, curKey, propKey, propOfCur, curOfProp} = pairing
  const suspectCur = new Set(suspects.map(([i]) => i))
  const suspectProp = new Set(suspects.map(([, j]) => j))
  const freeCur = cur.map((_, i) => i).filter((i) => propOfCur[i] === null && !pairing.repeals.has(curKey[i]!))
  const freeProp = prop.map((_, j) => j).filter((j) => curOfProp[j] === null && !prop[j]!.repealed)
  if (freeCur.length * freeProp.length > MAX_RENUMBER_CELLS) return
  // Each section's bag of words and normalised text once, not once per candidate pair.
  const memo = <T>(f: (k: number) => T): ((k: number) => T) => {
    const cache = new Map<number, T>()
    return (k) => {
      if (!cache.has(k)) cache.set(k, f(k))
      return cache.get(k)!
    }
  }
  const bagCur = memo((i) => wordBag(cur[i]!.text, stemmer))
  const bagProp = memo((j) => wordBag(prop[j]!.text, stemmer))
  const normCur = memo((i) => normalizeForMatch(cur[i]!.text))
  const normProp = memo((j) => normalizeForMatch(prop[j]!.text))
  const candidates: Array<{i: number; j: number; s: number}> = []
  for (const i of freeCur) {
    for (const j of freeProp) {
      const s = normCur(i) === normProp(j) ? 1 : similarityOfBags(bagCur(i), bagProp(j))
      const doubted = suspectCur.has(i) || suspectProp.has(j)
      if (s >= (doubted ? REPAIR_MIN : RENUMBERED_MIN)) candidates.push({i, j, s})
    }
  }
  candidates.sort((x, y) => y.s - x.s || x.i - y.i || x.j - y.j)
  for (const {i, j} of candidates) {
    if (propOfCur[i] !== null || curOfProp[j] !== null) continue
    propOfCur[i] = j
    curOfProp[j] = i
    if (curKey[i] !== propKey[j]) pairing.renumbered.add(i)
  }
}

/** Where the proposed-only sections go: after the group of the paired section before them, or leading. */
function placeLoneSections(pairing: Pairing): {after: Map<number, number[]>; leading: number[]} {
  const after = new Map<number, number[]>()
  const leading: number[] = []
  let lastPaired: number | null = null
  pairing.prop.forEach((_, j) => {
    const i = pairing.curOfProp[j]
    if (i !== null && i !== undefined) lastPaired = i
    else if (lastPaired === null) leading.push(j)
    else after.set(lastPaired, [...(after.get(lastPaired) ?? []), j])
  })
  return {after, leading}
}

/** The group of a current section: paired, repealed, partly repealed, removed or not in the proposal. */
function currentGroup(pairing: Pairing, i: number, partRepeals: UnitRepeal[], form: ProposalForm): SectionGroup {
  const c = pairing.cur[i]!
  const j = pairing.propOfCur[i]
  const repeal = pairing.repeals.get(pairing.curKey[i]!) ?? null
  if (j !== null && j !== undefined) {
    const p = pairing.prop[j]!
    const relation = p.repealed && !c.repealed ? 'repealed' : pairing.renumbered.has(i) ? 'renumbered' : 'pair'
    return {current: c, proposed: p, relation, repeal, unitRepeals: []}
  }
  if (repeal !== null) return {current: c, proposed: null, relation: c.repealed ? 'not-in-proposal' : 'repealed', repeal, unitRepeals: []}
  const relation = partRepeals.length > 0 ? 'partly-repealed' : form === 'partial' || c.repealed ? 'not-in-proposal' : 'removed'
  return {current: c, proposed: null, relation, repeal: null, unitRepeals: partRepeals}
}

/** The groups in document order: current sections with their partners, proposed-only sections after the section before them. */
function groupsOf(pairing: Pairing, proposed: ProvisionTree, form: ProposalForm): SectionGroup[] {
  const {after, leading} = placeLoneSections(pairing)
  const lone = (j: number): SectionGroup => {
    const p = pairing.prop[j]!
    // "§ 9-9. (Opphevet)" for a section the current text does not have: nothing to repeal, nothing new.
    return {current: null, proposed: p, relation: p.repealed ? 'not-in-proposal' : 'added', repeal: null, unitRepeals: []}
  }
  // Repeals of a part of a section attach to that section's group (only meaningful for a section the
  // proposal does not print; a printed section already shows the part gone).
  const unitRepeals = new Map<string, UnitRepeal[]>()
  for (const r of proposed.repeals) {
    if (repealsWholeSection(r)) continue
    const k = sectionKey(r.label)
    unitRepeals.set(k, [...(unitRepeals.get(k) ?? []), resolveUnitRepeal(r, pairing.cur)])
  }
  const groups: SectionGroup[] = []
  // With no pairs at all, new sections follow the current ones (a regulation replaced as a whole).
  const anyPaired = pairing.curOfProp.some((i) => i !== null)
  if (anyPaired) for (const j of leading) groups.push(lone(j))
  pairing.cur.forEach((_, i) => {
    const key = pairing.curKey[i]!
    const paired = pairing.propOfCur[i] !== null && pairing.propOfCur[i] !== undefined
    const partRepeals = paired ? [] : unitRepeals.get(key) ?? []
    unitRepeals.delete(key)
    groups.push(currentGroup(pairing, i, partRepeals, form))
    for (const k of after.get(i) ?? []) groups.push(lone(k))
  })
  if (!anyPaired) for (const j of leading) groups.push(lone(j))
  return groups
}
