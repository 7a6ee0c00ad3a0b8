/**
 * Broken references: after the proposal, does every reference in the regulation still point at what
 * it pointed at? A reference to a section the proposal repeals or removes, to a ledd or lettered item
 * that no longer exists, or (in text the proposal leaves unchanged) to an address that now holds
 * different wording after renumbering, is reported as a `broken-reference` warning.
 */
import type {Change, DiffResult, Finding, Point, Position, Provision, ProvisionTree} from '../types.js'
import {referenceMentions, type RefTarget, type Reference} from './rules/reference.js'
import type {Mention} from './mentions.js'
import {ordinalWord} from '../grammar/ordinals.js'
import type {Stemmer} from '../grammar/stem.js'
import {sectionIdOf} from '../text/ids.js'
import {sectionsIn} from '../parse/sections.js'

interface Trees {
  current: ProvisionTree
  proposed: ProvisionTree
  consolidated: ProvisionTree
}

const labelKey = (label: string): string => label.replace(/\s+/g, '').toLowerCase()
const citationKey = (citation: string): string => labelKey(citation.replace(/^§+\s*/, ''))

/** Every section of a tree, in document order (inside parts and chapters too). */
export const sections = (tree: ProvisionTree): Provision[] => sectionsIn(tree.children)

function descendants(p: Provision, kind: Provision['kind']): Provision[] {
  const out: Provision[] = []
  const walk = (q: Provision): void => {
    for (const c of q.children) {
      if (c.kind === kind) out.push(c)
      else walk(c)
    }
  }
  walk(p)
  return out
}

/** The provision a reference target names in a section, or a reason it is not there. */
function resolve(section: Provision | undefined, t: RefTarget): {node: Provision} | {missing: 'section' | 'repealed' | 'ledd' | 'item'} {
  if (!section) return {missing: 'section'}
  if (section.repealed) return {missing: 'repealed'}
  let scope: Provision = section
  if (t.ledd !== null) {
    const ledds = descendants(section, 'ledd')
    const ledd = t.ledd === 'siste' ? ledds[ledds.length - 1] : ledds.find((l) => l.ordinal === t.ledd)
    // A section printed without ledd nodes is its own first ledd.
    if (!ledd && !(ledds.length === 0 && t.ledd === 1)) return {missing: 'ledd'}
    if (ledd) scope = ledd
  }
  if (t.item !== null) {
    const item = descendants(scope, 'item').find((i) => (i.label ?? '').replace(/[.)]$/, '').toLowerCase() === t.item!.toLowerCase())
    if (!item) return {missing: 'item'}
    scope = item
  }
  return {node: scope}
}

/** The matching keys of a text's words (the grammar's one stemmer). */
function stems(text: string, stemmer: Stemmer): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => stemmer.key(w)))
}
/** Do two texts share half their stems? `stemsOf` gives (and may keep) a text's stems. */
function similar(a: string, b: string, stemsOf: (text: string) => Set<string>): boolean {
  const sa = stemsOf(a)
  const sb = stemsOf(b)
  if (sa.size === 0 || sb.size === 0) return sa.size === sb.size
  let shared = 0
  for (const s of sa) if (sb.has(s)) shared++
  return shared / Math.max(sa.size, sb.size) >= 0.5
}

/** Point of `index` inside a provision's exact source, from the provision's start. */
function pointIn(p: Provision, index: number): Point {
  const before = p.source.slice(0, index)
  const lines = before.split('\n')
  const line = p.position.start.line + lines.length - 1
  const column = lines.length === 1 ? p.position.start.column + index : lines[lines.length - 1]!.length + 1
  return {line, column, offset: p.position.start.offset + index}
}

/** The leaves of a provision whose wording holds a §, in document order, added to `out`. */
function citingLeaves(p: Provision, out: Provision[]): void {
  if (p.children.length > 0) for (const c of p.children) citingLeaves(c, out)
  else if (p.text.includes('§')) out.push(p)
}

/** Index of the n-th (0-based) occurrence of `needle`; -1 when there are fewer. */
function nthIndexOf(haystack: string, needle: string, n: number): number {
  let at = -1
  for (let i = 0; i <= n; i++) {
    at = haystack.indexOf(needle, at + 1)
    if (at < 0) return -1
  }
  return at
}

/** Norwegian citation of one target of a reference group ("§ 3-2 første ledd bokstav e"). */
function describeTarget(t: RefTarget): string {
  const ledd = t.ledd === null ? '' : ` ${t.ledd === 'siste' ? 'siste' : ordinalWord(t.ledd)} ledd`
  const item = t.item === null ? '' : /^\d+$/.test(t.item) ? ` nr. ${t.item}` : ` bokstav ${t.item}`
  return `§ ${t.section}${ledd}${item}`
}


/**
 * Changes by the section part of their ids: an id extends another (or equals it) only within one
 * section, so a finding reads the changes of its sections instead of every change. Changes with an id
 * without a section part are listed under '' and always read.
 */
function changesBySection(changes: Change[]): Map<string, Change[]> {
  const out = new Map<string, Change[]>()
  for (const c of changes) {
    const parts = new Set([c.current, c.proposed].flatMap((side) => (side ? [sectionIdOf(side.id) ?? ''] : [])))
    for (const part of parts) {
      const list = out.get(part)
      if (list) list.push(c)
      else out.set(part, [c])
    }
  }
  return out
}

/** Ids of the changes whose provisions contain, or lie inside, one of `ids` (in no particular order). */
function changesTouching(bySection: Map<string, Change[]>, ids: string[]): string[] {
  const hit = (id: string | undefined): boolean => id !== undefined && ids.some((x) => id === x || id.startsWith(x + '/') || x.startsWith(id + '/'))
  const parts = new Set(ids.some((x) => sectionIdOf(x) === null) ? bySection.keys() : [...ids.map((x) => sectionIdOf(x)!), ''])
  const out: string[] = []
  for (const part of parts) for (const c of bySection.get(part) ?? []) if (hit(c.current?.id) || hit(c.proposed?.id)) out.push(c.id)
  return out
}

/** `f` remembering its answer per argument (for the duration of one call of the caller). */
function memo<T>(f: (s: string) => T): (s: string) => T {
  const known = new Map<string, T>()
  return (s) => {
    let value = known.get(s)
    if (value === undefined && !known.has(s)) known.set(s, (value = f(s)))
    return value as T
  }
}

type Resolved = ReturnType<typeof resolve>
type Why = {nb: string; en: string}

/** One findBrokenReferences call: the sections before and after, what the diff says of them, and its memo tables. */
interface BrokenRun {
  diff: DiffResult
  /** Keys of the sections the proposal touches: only a reference into one can have lost its target. */
  touched: Set<string>
  currentSections: Map<string, Provision>
  afterSections: Map<string, {section: Provision; tree: ProvisionTree}>
  /** The first section status per key, for what became of a gone target. */
  statusByKey: Map<string, DiffResult['sections'][number]['status']>
  gone: Set<string>
  seen: Set<string>
  bySection: Map<string, Change[]> | null
  /** A target's stems, for the many references into one section. */
  stemsOf: (text: string) => Set<string>
  /** What a target resolves to, per section and place in it: many references name the same place. */
  resolved: Map<Provision, Map<string, Resolved>>
}

/**
 * The regulation as it would read: the consolidated text, completed by current sections it does not print
 * when the diff says they stay (a partial proposal's consolidated tree may hold only what changed; a
 * complete proposal's is the proposed tree itself, read once).
 */
function afterSectionsOf(trees: Trees, currentSections: Map<string, Provision>, gone: Set<string>): Map<string, {section: Provision; tree: ProvisionTree}> {
  const after = new Map<string, {section: Provision; tree: ProvisionTree}>()
  for (const tree of trees.proposed === trees.consolidated ? [trees.consolidated] : [trees.consolidated, trees.proposed]) {
    for (const s of sections(tree)) {
      const key = labelKey(s.label ?? '')
      if (!after.has(key)) after.set(key, {section: s, tree})
    }
  }
  for (const [key, s] of currentSections) if (!after.has(key) && !gone.has(key)) after.set(key, {section: s, tree: trees.current})
  return after
}

function brokenRun(diff: DiffResult, trees: Trees, stemmer: Stemmer, touched: Set<string>): BrokenRun {
  const currentSections = new Map(sections(trees.current).map((s) => [labelKey(s.label ?? ''), s]))
  const statusByKey = new Map<string, DiffResult['sections'][number]['status']>()
  for (const s of diff.sections) {
    const key = citationKey(s.citation)
    if (!statusByKey.has(key)) statusByKey.set(key, s.status)
  }
  const gone = new Set(diff.sections.filter((s) => s.status === 'repealed' || s.status === 'removed').map((s) => citationKey(s.citation)))
  return {
    diff, touched, currentSections, afterSections: afterSectionsOf(trees, currentSections, gone), statusByKey, gone,
    seen: new Set(), bySection: null, stemsOf: memo((text: string) => stems(text, stemmer)), resolved: new Map()
  }
}

function resolveOnce(run: BrokenRun, section: Provision | undefined, t: RefTarget): Resolved {
  if (!section) return resolve(section, t)
  let places = run.resolved.get(section)
  if (!places) run.resolved.set(section, (places = new Map()))
  const place = `${t.ledd}|${t.item}`
  let answer = places.get(place)
  if (!answer) places.set(place, (answer = resolve(section, t)))
  return answer
}

const MISSING: Record<'repealed' | 'section' | 'ledd' | 'item', Why> = {
  repealed: {nb: 'som oppheves i forslaget', en: 'which the proposal repeals'},
  section: {nb: 'som fjernes i forslaget', en: 'which the proposal removes'},
  ledd: {nb: 'men det leddet finnes ikke lenger', en: 'but that paragraph (ledd) no longer exists'},
  item: {nb: 'men den bokstaven eller det nummeret finnes ikke lenger', en: 'but that letter or number no longer exists'}
}
const MOVED: Why = {nb: 'men på det stedet står nå en annen tekst (omnummerert eller flyttet)', en: 'but different text now stands in that place (renumbered or moved)'}

/** Where a target pointed before and points after the proposal (a target that did not exist before is not judged: null). */
function targetBeforeAfter(run: BrokenRun, t: RefTarget): {was: {node: Provision}; now: Resolved} | null {
  const key = labelKey(t.section)
  if (!run.touched.has(key)) return null
  const was = resolveOnce(run, run.currentSections.get(key), t)
  // A target that never existed in the current text cannot be judged here (an excerpt, another
  // numbering); only what the proposal takes away or moves is reported.
  if (!('node' in was)) return null
  const now: Resolved = run.gone.has(key)
    ? {missing: run.statusByKey.get(key) === 'removed' ? 'section' : 'repealed'}
    : resolveOnce(run, run.afterSections.get(key)?.section, t)
  return {was, now}
}

/** The finding for one broken target of a reference in a leaf, pointing at the target where it is written out. */
function brokenFinding(run: BrokenRun, node: Provision, ref: Mention<Reference>, t: RefTarget, targetIds: string[], why: Why, path: string): Finding | null {
  const citedAs = describeTarget(t)
  const dedupeKey = `${node.id}|${ref.start}|${citedAs}`
  if (run.seen.has(dedupeKey)) return null
  run.seen.add(dedupeKey)
  // Point at this target where it is written out in full, else at the start of the group.
  const groupAt = nthIndexOf(node.source, ref.text, node.text.slice(0, ref.start).split(ref.text).length - 1)
  const fullAt = groupAt >= 0 ? node.source.indexOf(citedAs, groupAt) : -1
  const index = fullAt >= 0 && fullAt < groupAt + ref.text.length ? fullAt : groupAt
  const length = index === fullAt ? citedAs.length : ref.text.length
  const position: Position = index >= 0 ? {start: pointIn(node, index), end: pointIn(node, index + length)} : node.position
  run.bySection ??= changesBySection(run.diff.changes)
  const changeIds = [...new Set([...changesTouching(run.bySection, targetIds), ...changesTouching(run.bySection, [node.id])])].sort()
  return {
    code: 'broken-reference',
    severity: 'warning',
    message: `${node.citation} viser til ${citedAs}, ${why.nb}.`,
    messageEn: `${node.citation} refers to ${citedAs}, ${why.en}.`,
    changeIds,
    place: {path, position}
  }
}

/** The broken references of one section of the regulation as it would read. */
function sectionFindings(run: BrokenRun, referring: Provision, tree: ProvisionTree, citing: Provision[]): Finding[] {
  const out: Finding[] = []
  const before = run.currentSections.get(labelKey(referring.label ?? ''))
  // Only a group with a target in a touched section is judged: the others are not read further.
  const intoTouched = (targets: RefTarget[]): boolean => targets.some((t) => run.touched.has(labelKey(t.section)))
  // Leaves (sentences, items) hold every word once, so each reference is read once, in its place.
  citing.length = 0
  citingLeaves(referring, citing)
  for (const node of citing) for (const ref of referenceMentions(node.text, intoTouched)) {
    if (ref.value.act !== null) continue
    // Text carried over unchanged from the current regulation was written for the old numbering
    // (asked only for a reference into a touched section: most references are not).
    let carried: boolean | undefined
    for (const t of ref.value.targets) {
      const target = targetBeforeAfter(run, t)
      if (!target) continue
      const {was, now} = target
      let why: Why | null = null
      if ('missing' in now) why = MISSING[now.missing]
      else if ((carried ??= before !== undefined && before.text.includes(node.text)) && !similar(was.node.text, now.node.text, run.stemsOf)) why = MOVED
      if (!why) continue
      const finding = brokenFinding(run, node, ref, t, [was.node.id, ...('node' in now ? [now.node.id] : [])], why, tree.path)
      if (finding) out.push(finding)
    }
  }
  return out
}

export function findBrokenReferences(diff: DiffResult, trees: Trees, stemmer: Stemmer): Finding[] {
  const touched = new Set(diff.sections.filter((s) => s.status !== 'unchanged' && s.status !== 'not-in-proposal').map((s) => citationKey(s.citation)))
  if (touched.size === 0) return []
  const run = brokenRun(diff, trees, stemmer, touched)
  const ordered = [...run.afterSections.values()].sort((a, b) =>
    a.tree.path === b.tree.path ? a.section.position.start.offset - b.section.position.start.offset : a.tree.path < b.tree.path ? -1 : 1
  )
  // One list for every section's leaves (most sections have none that cite).
  const citing: Provision[] = []
  const findings: Finding[] = []
  for (const {section, tree} of ordered) if (!section.repealed) findings.push(...sectionFindings(run, section, tree, citing))
  return findings
}

/** `3-17` → {chapter: '3', number: 17}; `12 a` → {chapter: '', number: 12}; null when there is no number. */
function numbering(key: string): {chapter: string; number: number} | null {
  const m = /^(?:([0-9a-z]+)-)?(\d+)/.exec(key)
  return m ? {chapter: m[1] ?? '', number: Number(m[2])} : null
}

/**
 * Chapters (by the number before the hyphen; '' for flat numbering) whose sections in the current text
 * run 1, 2, … n without a gap. Only there can regdiff tell that a § does not exist: an excerpt (such as
 * tiltak-2025's) leaves gaps, and a reference into a gap may well be right.
 */
function completeChapters(list: Provision[]): Set<string> {
  const numbers = new Map<string, Set<number>>()
  for (const s of list) {
    const n = numbering(labelKey(s.label ?? ''))
    if (!n) continue
    if (!numbers.has(n.chapter)) numbers.set(n.chapter, new Set())
    numbers.get(n.chapter)!.add(n.number)
  }
  const complete = new Set<string>()
  for (const [chapter, set] of numbers) if ([...set].every((_, i) => set.has(i + 1))) complete.add(chapter)
  return complete
}

/**
 * References that new wording in the proposal makes to a section of this regulation that exists in
 * neither the current text nor the proposal (`unresolved-reference`). Only references the change adds are
 * judged (wording carried over was checked when it was adopted), and only into chapters the current text
 * evidently holds whole (see completeChapters).
 */
export function findUnresolvedReferences(diff: DiffResult, trees: Trees): Finding[] {
  // (A complete proposal's consolidated tree is the proposed one: each tree is read once.)
  const known = new Set([...new Set([trees.current, trees.proposed, trees.consolidated])].flatMap((t) => sections(t).map((s) => labelKey(s.label ?? ''))))
  const complete = completeChapters(sections(trees.current))
  const findings: Finding[] = []
  const seen = new Set<string>()
  for (const change of diff.changes) {
    const after = change.proposed
    if (!after || !after.text.includes('§')) continue
    const before = change.current?.text ?? ''
    for (const ref of referenceMentions(after.text)) {
      if (ref.value.act !== null || before.includes(ref.text)) continue
      for (const t of ref.value.targets) {
        const key = labelKey(t.section)
        const n = numbering(key)
        if (known.has(key) || !n || !complete.has(n.chapter)) continue
        const dedupeKey = `${after.id}|${key}`
        if (seen.has(dedupeKey)) continue
        seen.add(dedupeKey)
        findings.push({
          code: 'unresolved-reference',
          severity: 'warning',
          message: `${after.citation} viser til § ${t.section}, som ikke finnes i forskriften, verken i gjeldende tekst eller i forslaget.`,
          messageEn: `${after.citation} refers to § ${t.section}, which does not exist in the regulation, neither in the current text nor in the proposal.`,
          changeIds: [change.id],
          place: {path: trees.proposed.path, position: after.position}
        })
      }
    }
  }
  return findings
}
