/**
 * The semantic diff: align the sections of two versions of a regulation, compare them ledd by ledd
 * and sentence by sentence, find moves and relettering, check the ministry's own change marks, and
 * keep a lossless alignment of both files. `effects` and `reasons` are left empty for later stages.
 */
import type {Change, DiffResult, Finding, ProposalForm, Provision, ProvisionTree, SectionStatus} from '../types.js'
import {compareChapters} from './chapters.js'
import {computeChanges, type CarryOver, type DraftChange} from './changes.js'
import {compareDeclared} from './declared.js'
import {decideForm} from './form.js'
import {sectionsIn} from '../parse/sections.js'
import {alignSections, repealsWholeSection, sectionKey, type SectionGroup} from './sections.js'
import {buildSegments} from './segments.js'
import {createStemmer, type Stemmer} from '../grammar/stem.js'

export interface DiffOptions {
  /** As declared for the case; null lets regdiff decide from the texts (see `formReason`). */
  form: ProposalForm | null
  /** The full text of current.md, for the lossless `segments`. */
  currentText: string
  /** The full text of proposed.md (for instruction form: the consolidated text the tree was built from). */
  proposedText: string
  /**
   * Runs each sub-phase (`align`: pair the sections; `diff`: compare them) and may time it; the benchmark
   * reports the two apart (issue 7). Defaults to just running it.
   */
  time?: <T>(phase: 'align' | 'diff', run: () => T) => T
  /** The run's stemmer (its memo is shared with classify and link); a fresh one when absent. */
  stemmer?: Stemmer
}

const untimed = <T>(_phase: 'align' | 'diff', run: () => T): T => run()

export function diffTrees(current: ProvisionTree, proposed: ProvisionTree, options: DiffOptions): DiffResult {
  const time = options.time ?? untimed
  const stemmer = options.stemmer ?? createStemmer()
  const {form, formReason, groups} = time('align', () => {
    const decided = decideForm(current, proposed, options.form)
    return {...decided, groups: alignSections(current, proposed, decided.form, stemmer)}
  })
  return time('diff', () => compareGroups(current, proposed, options, form, formReason, groups, stemmer))
}

/** Everything after the alignment: changes, section statuses, findings and the lossless segments. */
function compareGroups(
  current: ProvisionTree,
  proposed: ProvisionTree,
  options: DiffOptions,
  form: ProposalForm,
  formReason: string,
  groups: SectionGroup[],
  stemmer: Stemmer
): DiffResult {
  const {drafts, carryOver} = computeChanges(groups, compareChapters(current, proposed, form), stemmer)

  const declaredRepeals = new Set<string>()
  const changes: Change[] = drafts.map((d, i) => {
    const id = `c-${String(i + 1).padStart(3, '0')}`
    if (d.repealDeclared) declaredRepeals.add(id)
    return {
      id, kind: d.kind, level: d.level, sectionId: d.sectionId, current: d.current, proposed: d.proposed,
      words: d.words, effects: [], reasons: [], relabel: d.relabel, declared: null, instruction: null
    }
  })

  const idsByGroup = new Map<number, string[]>()
  // Pushed, not copied: one rewritten paragraph can give thousands of changes in one group.
  drafts.forEach((d, i) => {
    for (const gi of d.groups) {
      const ids = idsByGroup.get(gi)
      if (ids) ids.push(changes[i]!.id)
      else idsByGroup.set(gi, [changes[i]!.id])
    }
  })
  const sections: SectionStatus[] = groups.map((g, gi) => {
    const changeIds = idsByGroup.get(gi) ?? []
    const node = (g.current ?? g.proposed)!
    const status: SectionStatus['status'] =
      g.relation === 'not-in-proposal' ? 'not-in-proposal'
        : g.relation === 'repealed' ? 'repealed'
        : g.relation === 'removed' ? 'removed'
        : g.relation === 'added' ? 'added'
        : g.relation === 'partly-repealed' ? (changeIds.length > 0 ? 'changed' : 'not-in-proposal')
        : changeIds.length > 0 ? 'changed' : 'unchanged'
    return {citation: sectionCitation(node.label, node.citation), currentId: g.current?.id ?? null, proposedId: g.proposed?.id ?? null, status, changeIds}
  })

  // Instructions are themselves the declaration of every change; marks are a feature of printed texts.
  const findings = [
    ...unresolvedRepeals(current, proposed, groups),
    ...carryOverFindings(carryOver, groups, drafts, changes),
    ...(form === 'instructions' ? [] : compareDeclared(changes, groups, proposed, declaredRepeals))
  ]
  const segments = buildSegments(groups, options.currentText, options.proposedText)
  return {form, formReason, sections, changes, findings, segments}
}

/** Repeal statements that name nothing in the current text: the reader must know they were not applied. */
function unresolvedRepeals(current: ProvisionTree, proposed: ProvisionTree, groups: SectionGroup[]): Finding[] {
  // Most proposals state no repeal: then no label is keyed.
  if (proposed.repeals.length === 0) return []
  const labels = new Set(sectionsIn(current.children).map((s) => sectionKey(s.label)))
  const resolved = new Set(groups.flatMap((g) => g.unitRepeals.filter((u) => u.node !== null).map((u) => u.statement)))
  return proposed.repeals
    .filter((r) => (repealsWholeSection(r) ? !labels.has(sectionKey(r.label)) : !resolved.has(r)))
    .map((r) => ({
      code: 'unresolved-repeal',
      severity: 'warning' as const,
      message: `Forslaget opphever ${r.citation}, men regdiff finner ikke ${r.citation} i gjeldende tekst; opphevingen er ikke tatt med i sammenligningen.`,
      messageEn: `The proposal repeals ${r.citation}, but regdiff cannot find ${r.citation} in the current text; the repeal is left out of the comparison.`,
      changeIds: [],
      place: {path: proposed.path, position: r.position}
    }))
}

/**
 * A section that goes, but part of whose wording reappears elsewhere: say what was carried over and,
 * as important for a reader, what was not.
 */
/** Draft indices per group, in order: one scan, shared by every carried-over section's finding. */
function draftsByGroup(drafts: DraftChange[]): {drafts: DraftChange[]; byGroup: Map<number, number[]>} {
  const byGroup = new Map<number, number[]>()
  drafts.forEach((d, i) => {
    // A draft listing a group twice is still listed once, as `includes` would find it once.
    for (const gi of new Set(d.groups)) {
      const list = byGroup.get(gi)
      if (list) list.push(i)
      else byGroup.set(gi, [i])
    }
  })
  return {drafts, byGroup}
}

function carryOverFindings(carryOver: CarryOver[], groups: SectionGroup[], drafts: DraftChange[], changes: Change[]): Finding[] {
  if (carryOver.length === 0) return []
  const indexed = draftsByGroup(drafts)
  return carryOver.map((c) => carryOverFinding(c, groups, indexed, changes))
}

function carryOverFinding(c: CarryOver, groups: SectionGroup[], indexed: {drafts: DraftChange[]; byGroup: Map<number, number[]>}, changes: Change[]): Finding {
  const {drafts, byGroup} = indexed
  const section = groups[c.group]!.current!
  const local = (n: Provision): string => (n.citation.startsWith(section.citation + ' ') ? n.citation.slice(section.citation.length + 1) : n.citation)
  const list = (ns: Provision[]): string => {
    const parts = ns.map(local)
    return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} og ${parts[parts.length - 1]}`
  }
  const movedIds = new Set(c.moved.map((n) => n.id))
  const ids = (byGroup.get(c.group) ?? []).flatMap((i) => {
    const d = drafts[i]!
    return d.kind === 'repealed' || d.kind === 'removed' || (d.kind === 'moved' && d.current && movedIds.has(d.current.id)) ? [changes[i]!.id] : []
  })
  const listEn = (ns: Provision[]): string => {
    const parts = ns.map(local)
    return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
  }
  const repealed = groups[c.group]!.relation === 'repealed'
  const verb = repealed ? 'oppheves' : 'tas ut'
  const rest = c.notMoved.length > 0 ? ` Dette er ikke ført videre: ${list(c.notMoved)}.` : ' Alt innholdet er ført videre.'
  const restEn = c.notMoved.length > 0 ? ` Not carried over: ${listEn(c.notMoved)}.` : ' All of the content is carried over.'
  return {
    code: 'repealed-content',
    severity: 'info',
    message: `${section.citation} ${verb}. Av innholdet er ${list(c.moved)} ført videre i andre bestemmelser.${rest}`,
    messageEn: `${section.citation} is ${repealed ? 'repealed' : 'taken out'}. Of its content, ${listEn(c.moved)} ${c.moved.length === 1 ? 'is' : 'are'} carried over into other provisions.${restEn}`,
    changeIds: ids,
    place: null
  }
}

function sectionCitation(label: string | null, citation: string): string {
  return citation !== '' ? citation : label === null ? '' : `§ ${label}`
}
