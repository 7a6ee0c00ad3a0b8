/**
 * Classify what each change means (issue 3): transparent, rule-based effects per change (by change id)
 * and `broken-reference` findings for references left pointing at what the proposal repeals, removes or
 * renumbers. The diff is read, never changed; report/build.ts puts the effects on the changes.
 */
import type {Change, ClassifyResult, DiffResult, Effect, Provision, ProvisionTree} from '../types.js'
import {carriedOverIndexed, indexSentencesByStem, treeSectionTexts, type SentenceIndex} from './carried-over.js'
import {sentencesOf, splitSentences, type SentenceSpan} from '../grammar/sentences.js'
import {effectsOf} from './effects.js'
import {findBrokenReferences, findUnresolvedReferences, sections as sectionsOf} from './broken-references.js'
import {quote} from './mentions.js'
import {actorMentions} from './rules/actor.js'
import {modalMentions} from './rules/modality.js'
import {thresholdMentions} from './rules/threshold.js'
import {scopeMentions} from './rules/scope.js'
import type {Mention} from './mentions.js'
import type {Threshold} from './rules/threshold.js'
import {createStemmer, type Stemmer} from '../grammar/stem.js'
import {sectionIdOf, sectionSegmentOf} from '../text/ids.js'

export {effectsOf} from './effects.js'
export type {EffectContext} from './effects.js'

export interface ClassifyTrees {
  current: ProvisionTree
  proposed: ProvisionTree
  consolidated: ProvisionTree
}

/** What a run shares with classify: the stemmer (its memo is the run's). */
export interface ClassifyContext {
  stemmer: Stemmer
}

type SectionStatus = DiffResult['sections'][number]

/**
 * One classify call's memo tables (module-level tables made the stage non-reentrant): the id indexes of
 * the trees, section statuses by id and by §, and the actors and thresholds of section texts (a section
 * rewritten into thousands of changes would otherwise be read again for each of them).
 */
interface ClassifyRun {
  diff: DiffResult
  trees: ClassifyTrees
  ids: Map<ProvisionTree, IdIndex>
  statusById: Map<string, SectionStatus> | null
  statusBySection: Map<string, SectionStatus> | null
  actorIds: Map<string, Set<string>>
  thresholds: Map<string, Array<Mention<Threshold>>>
}

// Every provision a tree's id path reaches, by id: the first in document order, as a walk down the ids
// would find it (a walk only enters children whose id extends their parent's). Built once per tree (a
// walk per change was quadratic in sections on large regulations), and only down to sections: the
// changes ask for sections, and the sentences below them are most of the tree.
interface IdIndex {
  /** The first node per id, leaving out what lies below sections. */
  upper: Map<string, Provision>
  /** Ids of the sections reached: only an id extending one of them can name a node below a section. */
  sections: Set<string>
  /** The same as `upper` for the whole tree, built when a node below a section is asked for. */
  whole: Map<string, Provision> | null
}

function walkIds(tree: ProvisionTree, belowSections: boolean): {map: Map<string, Provision>; sections: Set<string>} {
  const map = new Map<string, Provision>()
  const sections = new Set<string>()
  const walk = (p: Provision): void => {
    if (!map.has(p.id)) map.set(p.id, p)
    if (p.kind === 'section') {
      sections.add(p.id)
      if (!belowSections) return
    }
    const n = p.id.length
    // `c.id.startsWith(p.id + '/')` without building the prefix string for every child.
    for (const c of p.children) if (c.id.charCodeAt(n) === 47 && c.id.startsWith(p.id)) walk(c)
  }
  tree.children.forEach(walk)
  return {map, sections}
}

function findById(run: ClassifyRun, tree: ProvisionTree, id: string): Provision | null {
  let index = run.ids.get(tree)
  if (!index) {
    const {map, sections} = walkIds(tree, false)
    run.ids.set(tree, (index = {upper: map, sections, whole: null}))
  }
  for (let cut = id.lastIndexOf('/'); cut > 0; cut = id.lastIndexOf('/', cut - 1)) {
    if (index.sections.has(id.slice(0, cut))) return (index.whole ??= walkIds(tree, true).map).get(id) ?? null
  }
  return index.upper.get(id) ?? null
}

function sectionTitle(run: ClassifyRun, change: Change): string | null {
  const {trees} = run
  for (const tree of [trees.proposed, trees.current, trees.consolidated]) {
    const p = findById(run, tree, change.sectionId)
    if (p) return p.title
  }
  return null
}

/** The sentence of `text` that holds `evidence` (or the whole text). */
function sentenceWith(text: string, evidence: string): string {
  return sentencesOf(text).find((s) => s.includes(evidence)) ?? text
}

// Positions of the two sides' sentence lists in the sentence index.
const BEFORE = 0
const AFTER = 1

/**
 * Effects with words on one side only (something added or removed) are dropped when that sentence
 * reappears, with the same words, on the other side of the regulation: the diff reported a move it
 * could not pair, not a change of meaning.
 */
function dropCarriedOver(change: Change, effects: Effect[], index: () => SentenceIndex): Effect[] {
  return effects.filter((e) => {
    if (e.type === 'editorial' || e.type === 'definition') return true
    const {before, after} = e.evidence
    if (before !== null && after === null && change.current) {
      return !carriedOverIndexed(before, sentenceWith(change.current.text, before), index(), AFTER)
    }
    if (after !== null && before === null && change.proposed) {
      return !carriedOverIndexed(after, sentenceWith(change.proposed.text, after), index(), BEFORE)
    }
    return true
  })
}

/**
 * The changes with both sides that may lie inside a provision, in order: an id that extends another
 * has its section part, so only the changes of that section are read, or all for an id above sections.
 */
function changesInside(changes: Change[]): (id: string) => Change[] {
  const paired = changes.filter((c) => c.current && c.proposed)
  let bySection: Map<string, Change[]> | undefined
  return (id) => {
    const part = sectionIdOf(id)
    if (part === null) return paired
    if (!bySection) {
      bySection = new Map()
      for (const c of paired) {
        const key = sectionIdOf(c.current!.id)
        if (key === null) continue
        const list = bySection.get(key)
        if (list) list.push(c)
        else bySection.set(key, [c])
      }
    }
    return bySection.get(part) ?? []
  }
}

/**
 * A repealed or removed provision whose parts the diff traced elsewhere (moved changes) is judged on
 * what is left: the moved parts carry their own effects.
 */
function withoutMovedOut(change: Change, inside: (id: string) => Change[]): Change {
  if (!change.current || change.proposed) return change
  const prefix = change.current.id + '/'
  let text = change.current.text
  for (const other of inside(change.current.id)) {
    if (other === change || !other.current || !other.proposed) continue
    if (!other.current.id.startsWith(prefix)) continue
    text = text.replace(other.current.text, ' ')
  }
  if (text === change.current.text) return change
  return {...change, current: {...change.current, text: text.replace(/[ \t]*\n[ \t]*(?:\n[ \t]*)*/g, '\n').replace(/ {2,}/g, ' ').trim()}}
}

/** The first section status naming an id on either side (indexed once per run, not a scan per change). */
function statusOf(run: ClassifyRun, id: string): SectionStatus | undefined {
  if (!run.statusById) {
    const index = new Map<string, SectionStatus>()
    for (const s of run.diff.sections) {
      if (s.currentId !== null && !index.has(s.currentId)) index.set(s.currentId, s)
      if (s.proposedId !== null && !index.has(s.proposedId)) index.set(s.proposedId, s)
    }
    run.statusById = index
  }
  return run.statusById.get(id)
}

/** The current and the proposed text of the section a change belongs to. */
function sectionTexts(run: ClassifyRun, change: Change): {current: string; proposed: string} {
  const status = statusOf(run, change.sectionId)
  const current = status?.currentId ? findById(run, run.trees.current, status.currentId)?.text ?? '' : ''
  const proposed = status?.proposedId ? findById(run, run.trees.proposed, status.proposedId)?.text ?? '' : ''
  return {current, proposed}
}

/** Actor ids named in a (section) text, remembered per run. */
function actorIds(run: ClassifyRun, text: string): Set<string> {
  let ids = run.actorIds.get(text)
  if (!ids) run.actorIds.set(text, (ids = new Set(actorMentions(text).map((m) => m.id))))
  return ids
}

/**
 * A sentence or ledd added to a section names actors; one the section already named before (or
 * still names after, for a removal) gets no new part from it.
 */
function dropKnownActors(run: ClassifyRun, change: Change, effects: Effect[]): Effect[] {
  const {current, proposed} = sectionTexts(run, change)
  const named = (text: string, who: string): boolean => {
    const ids = actorIds(run, text)
    return actorMentions(who).some((w) => ids.has(w.id))
  }
  return effects.filter((e) => {
    if (e.rule === 'actor/added' && e.evidence.after) return !named(current, e.evidence.after)
    if (e.rule === 'actor/removed' && e.evidence.before) return !named(proposed, e.evidence.before)
    return true
  })
}

/** The § segment of an id (`§3-2` of `kap3/§3-2/ledd1`), or the id when it names no section. */
const sectionOf = (id: string): string => sectionSegmentOf(id) ?? id

/** The first section status whose proposed id lies in a given § (by `sectionOf`), indexed once per run. */
function targetOf(run: ClassifyRun, section: string): SectionStatus | undefined {
  if (!run.statusBySection) {
    const index = new Map<string, SectionStatus>()
    for (const s of run.diff.sections) {
      if (s.proposedId === null) continue
      const key = sectionOf(s.proposedId)
      if (!index.has(key)) index.set(key, s)
    }
    run.statusBySection = index
  }
  return run.statusBySection.get(section)
}

/**
 * Text moved from one section into another brings its thresholds into a section that did not have
 * them (IPS ung: the longer duration for participants in education, from § 3-6 into § 3-5). The word
 * diff against the old place hides that; the target section's old text shows it.
 */
function movedInThresholds(run: ClassifyRun, change: Change, effects: Effect[]): Effect[] {
  if (change.kind !== 'moved' || !change.current || !change.proposed) return []
  if (sectionOf(change.current.id) === sectionOf(change.proposed.id)) return []
  const target = targetOf(run, sectionOf(change.proposed.id))
  const targetBefore = target?.currentId ? findById(run, run.trees.current, target.currentId) : null
  if (!targetBefore) return []
  const had = new Set(sectionThresholds(run, targetBefore.text).map((m) => m.id))
  const reported = new Set(effects.filter((e) => e.rule.endsWith('-added')).map((e) => e.evidence.after))
  const from = change.current.citation
  const to = target?.citation ?? sectionOf(change.proposed.id)
  return thresholdMentions(change.proposed.text)
    .filter((m) => !had.has(m.id) && !reported.has(m.text))
    .map((m) => ({
      type: 'threshold' as const,
      rule: `threshold/${m.value.category}-added`,
      detail: `Ny i ${to} (flyttet fra ${from}): ${quote(m.text)}`,
      detailEn: `New in ${to} (moved from ${from}): ${quote(m.text)}`,
      evidence: {before: null, after: m.text}
    }))
}

/**
 * The same for the persons a provision reaches: a sentence moved into another section widens that
 * section's circle when it names a group or a widening the section did not have (IPS ung: «For unge under
 * 30 år (IPS ung), kan tiltaket også tilbys …», from § 3-6 into § 3-1 første ledd). Compared by wording,
 * since every widening has the same kind.
 */
function movedInScope(run: ClassifyRun, change: Change, effects: Effect[]): Effect[] {
  if (change.kind !== 'moved' || !change.current || !change.proposed) return []
  if (sectionOf(change.current.id) === sectionOf(change.proposed.id)) return []
  const target = targetOf(run, sectionOf(change.proposed.id))
  const targetBefore = target?.currentId ? findById(run, run.trees.current, target.currentId) : null
  if (!targetBefore) return []
  const old = targetBefore.text.toLowerCase()
  const reported = new Set(effects.filter((e) => e.type === 'scope').map((e) => e.evidence.after))
  const from = change.current.citation
  const to = target?.citation ?? sectionOf(change.proposed.id)
  return scopeMentions(change.proposed.text)
    .filter((m) => (m.value === 'widen' || m.value === 'group') && !old.includes(m.text.toLowerCase()) && !reported.has(m.text))
    .map((m) => ({
      type: 'scope' as const,
      rule: m.value === 'widen' ? 'scope/widened' : 'scope/group-added',
      detail: `Ny i ${to} (flyttet fra ${from}), utvider personkretsen der: ${quote(m.text)}`,
      detailEn: `New in ${to} (moved from ${from}), widens the scope there: ${quote(m.text)}`,
      evidence: {before: null, after: m.text}
    }))
}

/** Thresholds of a whole section's text, remembered per run: the changes moved out of or into one section each read it. */
function sectionThresholds(run: ClassifyRun, text: string): Array<Mention<Threshold>> {
  let mentions = run.thresholds.get(text)
  if (!mentions) run.thresholds.set(text, (mentions = thresholdMentions(text)))
  return mentions
}

function agesSurvive(evidence: string | null, ages: Set<number>): boolean {
  const mentions = evidence ? thresholdMentions(evidence).filter((m) => m.value.category === 'age') : []
  return mentions.length > 0 && mentions.every((m) => m.value.numbers.every((n) => ages.has(n)))
}

/**
 * A threshold the word diff calls new in text moved across sections may only be new to its new place:
 * when the section it came from set the same number ("under 30 år" from § 3-6's "mellom 16 år og 30
 * år"), say so instead of announcing a new limit.
 */
function markMovedIn(run: ClassifyRun, change: Change, effects: Effect[]): Effect[] {
  if (change.kind !== 'moved' || !change.current || !change.proposed) return effects
  const fromSection = sectionIdOf(change.current.id) ?? change.current.id
  if (sectionOf(fromSection) === sectionOf(change.proposed.id)) return effects
  const source = findById(run, run.trees.current, fromSection)
  if (!source) return effects
  const had = sectionThresholds(run, source.text)
  const to = sectionOf(change.proposed.id).replace('§', '§ ')
  return effects.map((e) => {
    if (e.type !== 'threshold' || !e.rule.endsWith('-added') || !e.evidence.after) return e
    const [m] = thresholdMentions(e.evidence.after)
    if (!m || !m.value.numbers.every((n) => had.some((h) => h.value.category === m.value.category && h.value.numbers.includes(n)))) return e
    return {
      ...e,
      detail: `Ny i ${to}, samme grense som i ${source.citation}: ${quote(e.evidence.after)}`,
      detailEn: `New in ${to}, the same limit as in ${source.citation}: ${quote(e.evidence.after)}`
    }
  })
}

/**
 * The diff may split one rewritten provision into a modified sentence and new ones (tiltak-2025 § 5-2:
 * "Mentoren kan gi …" and, new, "Mentoren skal gi …"). A modal verb removed in one and the same verb
 * with another modal added in the other, in the same section, is one shift; each effect points to the
 * other so the reader sees "kan gi" became "skal gi" without evidence crossing changes.
 */
function linkModalAcrossChanges(changes: Change[]): Change[] {
  // Each evidence's modal verb once (a rewritten section can have thousands of changes).
  const verbs = new Map<string, string | undefined>()
  const verbOf = (text: string | null): string | undefined => {
    if (!text) return undefined
    if (!verbs.has(text)) verbs.set(text, modalMentions(text)[0]?.anchor)
    return verbs.get(text)
  }
  const modal = (e: Effect, side: 'removed' | 'added'): boolean => e.type === 'modality' && e.rule.startsWith(`modality/${side}-`)
  const notes = new Map<Effect, {nb: string; en: string}>()
  // Only changes of the same section can pair, and only through an added modal with the same verb:
  // per section and verb, the changes' added-modal effects in order (change, then effect). Reading
  // these lists gives what a scan of every change of the section for every removed modal would.
  const added = new Map<string, Array<{b: Change; e: Effect}>>()
  for (const b of changes) {
    for (const e of b.effects) {
      if (!modal(e, 'added')) continue
      const verb = verbOf(e.evidence.after)
      if (verb === undefined) continue
      const key = `${b.sectionId}\u0000${verb}`
      const list = added.get(key)
      if (list) list.push({b, e})
      else added.set(key, [{b, e}])
    }
  }
  for (const a of changes) {
    for (const ea of a.effects.filter((e) => modal(e, 'removed'))) {
      const verb = verbOf(ea.evidence.before)
      if (!verb) continue
      let tried: Change | null = null
      for (const {b, e: eb} of added.get(`${a.sectionId}\u0000${verb}`) ?? []) {
        // Only the first effect of a change with another modal counts for that change (as `find` would).
        if (b === a || b === tried || eb.rule.slice(15) === ea.rule.slice(17)) continue
        tried = b
        if (notes.has(ea) || notes.has(eb)) continue
        const citeA = (a.current ?? a.proposed)!.citation
        const citeB = (b.proposed ?? b.current)!.citation
        notes.set(ea, {nb: ` (jf. ${citeB}: ${quote(eb.evidence.after!)})`, en: ` (cf. ${citeB}: ${quote(eb.evidence.after!)})`})
        notes.set(eb, {nb: ` (jf. ${citeA}: ${quote(ea.evidence.before!)})`, en: ` (cf. ${citeA}: ${quote(ea.evidence.before!)})`})
        break // ea is paired; every later change would be skipped
      }
    }
  }
  if (notes.size === 0) return changes
  return changes.map((c) => ({
    ...c,
    effects: c.effects.map((e) => {
      const n = notes.get(e)
      return n ? {...e, detail: e.detail + n.nb, detailEn: e.detailEn + n.en} : e
    })
  }))
}

/**
 * The regulation's wording before and after the proposal, read lazily: most diffs never need it, and
 * on a large regulation it costs more than the rules.
 */
interface Sides {
  /** The run's stemmer. */
  stemmer: Stemmer
  /** Sentence index over both sides (BEFORE, AFTER). */
  index: () => SentenceIndex
  /** Ages the regulation sets after the proposal. */
  afterAges: () => Set<number>
  /** Every sentence of a side joined by a space, lower-cased. */
  afterText: () => string
  beforeText: () => string
}

const lazy = <T>(make: () => T): (() => T) => {
  let value: T | undefined
  return () => (value ??= make())
}

/**
 * What the regulation says after the proposal, and what it said before. A consolidated tree that holds
 * only the printed sections is completed with the current sections the diff leaves standing.
 */
function sidesOf(diff: DiffResult, trees: ClassifyTrees, stemmer: Stemmer): Sides {
  const key = (p: Provision): string => (p.label ?? '').replace(/\s+/g, '').toLowerCase()
  const printed = new Set([...sectionsOf(trees.consolidated), ...sectionsOf(trees.proposed)].map(key))
  const gone = new Set(diff.sections.filter((s) => s.status === 'repealed' || s.status === 'removed').map((s) => s.currentId))
  const standing = sectionsOf(trees.current).filter((s) => !printed.has(key(s)) && !gone.has(s.id) && !s.repealed)
  const afterTexts = lazy(() => [...treeSectionTexts(trees.consolidated), ...treeSectionTexts(trees.proposed), ...standing.map((s) => s.text)])
  const beforeTexts = lazy(() => treeSectionTexts(trees.current))
  // Each distinct text split once, for the index and the joined texts alike: most texts stand on both
  // sides (and twice on a complete proposal's after side).
  const split = new Map<string, SentenceSpan[]>()
  const spans = (text: string): SentenceSpan[] => {
    let out = split.get(text)
    if (!out) split.set(text, (out = splitSentences(text)))
    return out
  }
  const joined = (texts: string[]): string[] => {
    const parts: string[] = []
    for (const text of texts) {
      const part = spans(text).map((s) => s.text).join(' ')
      if (part !== '') parts.push(part)
    }
    return parts
  }
  const afterJoined = lazy(() => joined(afterTexts()).join(' '))
  return {
    stemmer,
    index: lazy(() => indexSentencesByStem([beforeTexts(), afterTexts()], stemmer, spans)),
    afterAges: lazy(() => new Set(thresholdMentions(afterJoined()).filter((m) => m.value.category === 'age').flatMap((m) => m.value.numbers))),
    afterText: lazy(() => afterJoined().toLowerCase()),
    beforeText: lazy(() => joined(beforeTexts()).join(' ').toLowerCase())
  }
}

/** The effects of one change, before modal shifts across changes are paired. */
function changeEffects(run: ClassifyRun, sides: Sides, change: Change, inside: (id: string) => Change[]): Effect[] {
  let effects = effectsOf(withoutMovedOut(change, inside), {sectionTitle: sectionTitle(run, change), stemmer: sides.stemmer})
  // Only changes the diff could not pair can hide a move it missed.
  if (!change.current || !change.proposed) effects = dropCarriedOver(change, effects, sides.index)
  else effects = [...markMovedIn(run, change, effects), ...movedInThresholds(run, change, effects), ...movedInScope(run, change, effects)]
  // An age limit in repealed or removed text that the regulation still sets (the same ages, now in
  // other provisions: IPS ung's "mellom 16 år og 30 år") is not gone; the moves carry the detail.
  if (change.current && !change.proposed) {
    effects = effects.filter((e) => !((e.rule === 'threshold/age-removed' || e.rule === 'scope/group-removed') && agesSurvive(e.evidence.before, sides.afterAges())))
  }
  effects = dropKnownActors(run, change, effects)
  // "No longer named" must be true of the whole regulation, not only of this provision.
  return effects.filter((e) => {
    if (e.rule === 'scope/group-removed' && e.evidence.before) return !sides.afterText().includes(e.evidence.before.toLowerCase())
    if (e.rule === 'scope/group-added' && e.evidence.after) return !sides.beforeText().includes(e.evidence.after.toLowerCase())
    return true
  })
}

/**
 * The classify stage: the effects of every change, by change id (in the diff's order), and the
 * findings about references the proposal leaves broken. Reads the diff and the trees; changes neither.
 */
export function classifyChanges(diff: DiffResult, trees: ClassifyTrees, context: ClassifyContext = {stemmer: createStemmer()}): ClassifyResult {
  const run: ClassifyRun = {diff, trees, ids: new Map(), statusById: null, statusBySection: null, actorIds: new Map(), thresholds: new Map()}
  const sides = sidesOf(diff, trees, context.stemmer)
  const inside = changesInside(diff.changes)
  const withEffects = diff.changes.map((change) => ({...change, effects: changeEffects(run, sides, change, inside)}))
  const effects: Record<string, Effect[]> = {}
  for (const change of linkModalAcrossChanges(withEffects)) effects[change.id] = change.effects
  const findings = [...findBrokenReferences(diff, trees, context.stemmer), ...findUnresolvedReferences(diff, trees)]
  return {effects, findings}
}
