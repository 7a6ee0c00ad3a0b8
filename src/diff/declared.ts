/**
 * Declared versus computed: the ministry marks new text in italics and removed text with
 * strike-through, but marks are often incomplete. Each computed change without a mark, and each mark
 * without a change, becomes a finding, so a reader knows where the printed proposal under-reports.
 */
import type {Change, ChangeMark, Finding, Provision, ProvisionTree} from '../types.js'
import {normalizeForMatch} from '../text/normalize.js'
import {wordingKey} from '../grammar/tokens.js'
import type {SectionGroup} from './sections.js'
import {marksIn} from './units.js'

const KIND_WORD: Record<Change['kind'], string> = {
  added: 'Den nye teksten',
  removed: 'Teksten som er tatt ut',
  modified: 'Endringen',
  moved: 'Flyttingen',
  relettered: 'Omnummereringen',
  repealed: 'Opphevingen',
  editorial: 'Den redaksjonelle endringen'
}

const KIND_WORD_EN: Record<Change['kind'], string> = {
  added: 'The new text',
  removed: 'The text taken out',
  modified: 'The change',
  moved: 'The move',
  relettered: 'The renumbering',
  repealed: 'The repeal',
  editorial: 'The editorial change'
}

interface MarkEntry {
  mark: ChangeMark
  matched: boolean
}

export function compareDeclared(
  changes: Change[],
  groups: SectionGroup[],
  proposed: ProvisionTree,
  declaredRepeals: Set<string>
): Finding[] {
  const marks = proposalMarks(groups)
  declare(changes, groups, marks, declaredRepeals)
  // Relettering follows from an item taken out or put in; ministries never mark it (an instruction
  // says "Nåværende bokstav d og e blir c og d"), so its absence of a mark is no finding.
  const undeclared = changes.filter((c) => c.declared === null && c.kind !== 'relettered')
  return [...undeclaredFindings(undeclared, marks.length > 0, proposed), ...unmatchedMarkFindings(marks, proposed)]
}

/** The ministry's marks in the proposed sections that differ from the current ones. */
function proposalMarks(groups: SectionGroup[]): MarkEntry[] {
  const marks: MarkEntry[] = []
  for (const g of groups) {
    // A byte-identical section has the same italics on both sides: typography, never a change mark.
    if (!g.proposed || (g.current && g.current.source === g.proposed.source)) continue
    // Italics that the current text has in the same place are typography (headings in tables, Lovdata's
    // notes), not the ministry marking a change.
    const typographic = new Set(g.current ? marksIn(g.current).map((m) => `${m.type}:${wordingKey(m.text)}`) : [])
    for (const m of marksIn(g.proposed)) if (!typographic.has(`${m.type}:${wordingKey(m.text)}`)) marks.push({mark: m, matched: false})
  }
  return marks
}

/** Set each change's `declared` from the marks that match it (and the marks' `matched`); explicit repeals declare too. */
function declare(changes: Change[], groups: SectionGroup[], marks: MarkEntry[], declaredRepeals: Set<string>): void {
  // The proposed section a change's current side belongs to: found by walking up its id path.
  const bySectionId = new Map<string, SectionGroup>()
  for (const g of groups) if (g.current) bySectionId.set(g.current.id, g)
  const proposedSectionOf = (id: string): Provision | null => {
    for (let cut = id.length; cut > 0; cut = id.lastIndexOf('/', cut - 1)) {
      const g = bySectionId.get(id.slice(0, cut))
      if (g) return g.proposed
    }
    return null
  }
  for (const change of changes) {
    let insert = false
    let del = false
    const section = change.current ? proposedSectionOf(change.current.id) : null
    for (const entry of marks) {
      if (!matches(entry.mark, change, section)) continue
      entry.matched = true
      if (entry.mark.type === 'insert') insert = true
      else del = true
    }
    change.declared = insert && del ? 'both' : insert ? 'insert' : del ? 'delete' : null
    // An explicit repeal statement ("§ 3-6 oppheves.") is the ministry's own declaration.
    if (change.declared === null && declaredRepeals.has(change.id)) change.declared = 'delete'
  }
}

/** One finding for a proposal without marks, or one per unmarked change. */
function undeclaredFindings(undeclared: Change[], withMarks: boolean, proposed: ProvisionTree): Finding[] {
  if (!withMarks) {
    if (undeclared.length === 0) return []
    return [{
      code: 'undeclared-change',
      severity: 'info',
      message: `Forslaget har ingen markeringer av ny eller fjernet tekst (kursiv eller gjennomstreking); ingen av de ${undeclared.length} endringene som regdiff har funnet, er markert av departementet.`,
      messageEn: `The proposal has no marks for new or removed text (italics or strike-through); none of the ${undeclared.length} changes regdiff has found ${undeclared.length === 1 ? 'is' : 'are'} marked by the ministry.`,
      changeIds: undeclared.map((c) => c.id),
      place: null
    }]
  }
  return undeclared.map((change) => {
    const where = change.proposed?.citation ?? change.current?.citation ?? ''
    return {
      code: 'undeclared-change',
      severity: change.kind === 'editorial' ? 'info' : 'warning',
      message: `${KIND_WORD[change.kind]} i ${where} er ikke markert i forslaget (verken med kursiv eller gjennomstreking).`,
      messageEn: `${KIND_WORD_EN[change.kind]} in ${where} is not marked in the proposal (neither in italics nor with strike-through).`,
      changeIds: [change.id],
      place: change.proposed ? {path: proposed.path, position: change.proposed.position} : null
    }
  })
}

/** A mark no change accounts for. */
function unmatchedMarkFindings(marks: MarkEntry[], proposed: ProvisionTree): Finding[] {
  return marks.filter((entry) => !entry.matched).map((entry) => {
    const what = entry.mark.type === 'insert' ? 'som ny tekst (kursiv)' : 'som fjernet tekst (gjennomstreking)'
    const whatEn = entry.mark.type === 'insert' ? 'as new text (italics)' : 'as removed text (strike-through)'
    return {
      code: 'unmatched-mark',
      severity: 'warning',
      message: `Teksten «${short(entry.mark.text)}» er markert ${what}, men regdiff finner ingen tilsvarende endring.`,
      messageEn: `The text «${short(entry.mark.text)}» is marked ${whatEn}, but regdiff finds no matching change.`,
      changeIds: [],
      place: {path: proposed.path, position: entry.mark.position}
    }
  })
}

// Overlap, not containment: a mark's span includes its markup ("*…*"), which a sentence's span may not.
function within(mark: ChangeMark, span: {start: {offset: number}; end: {offset: number}}): boolean {
  return mark.position.start.offset < span.end.offset && mark.position.end.offset > span.start.offset
}

function contains(haystack: string, needle: string): boolean {
  const n = wordingKey(needle)
  return n !== '' && wordingKey(haystack).includes(n)
}

function matches(mark: ChangeMark, change: Change, section: Provision | null): boolean {
  const text = mark.text.replace(/^\s*(?:[-*]\s+)?(?:[\p{L}]{1,3}|\d{1,3})[.)]\s+/u, '')
  if (mark.type === 'insert') {
    if (!change.proposed || !within(mark, change.proposed.position)) return false
    if (change.kind === 'added' || change.kind === 'moved') return true
    const inserted = change.words.filter((w) => w.op === 'insert').map((w) => w.text).join(' ')
    return contains(inserted, text) || contains(text, inserted)
  }
  // Struck text is not part of the proposed wording: it must be wording the change takes away, and the
  // mark must sit in the proposed section the change belongs to.
  if (!change.current) return false
  const removed = change.kind === 'modified' || change.kind === 'editorial'
    ? change.words.filter((w) => w.op === 'delete').map((w) => w.text).join(' ')
    : change.current.text
  if (!(contains(removed, text) || contains(text, removed))) return false
  return section ? within(mark, section.position) : false
}

function short(text: string): string {
  const t = normalizeForMatch(text)
  return t.length > 80 ? t.slice(0, 77) + ' …' : t
}
