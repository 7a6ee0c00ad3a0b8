/**
 * Cross-references: "§ 3-2", "§§ 3-1 til 3-5", "§ 7-2 første ledd bokstav d", and references to other
 * acts ("arbeidsmiljøloven § 4-2", "forskrift 12. august 2016 nr. 974 om offentlige anskaffelser § 3-3"),
 * which are told apart because they cannot break when this regulation changes.
 */
import type {Alignment} from '../align.js'
import {type Mention, compareMentions, quote} from '../mentions.js'
import type {CitedSection} from '../../grammar/address.js'
import {readActChapters, readDatedActs, readItemNumbers, readTextCitations, type TextCitation} from '../../grammar/references.js'
import type {Effect} from '../../types.js'

export interface RefTarget {
  /** Section label as written in the regulation: `3-2`, `14a`, `12 a`. */
  section: string
  ledd: number | 'siste' | null
  item: string | null
}

export interface Reference {
  /** Name of the other act or regulation, or null for this regulation. */
  act: string | null
  targets: RefTarget[]
  /** Section ranges ("§§ 3-1 til 3-5"): first and last label. */
  ranges: Array<[string, string]>
}

const THIS = /^(?:denne|dette|same|samme)\s/i

/** What a target names below its section: the first ledd, and the first bokstav or nummer. */
function targetOf(section: CitedSection): RefTarget {
  const ledd = section.levels.find((l) => l.unit === 'ledd')?.values[0]
  const item = section.levels.find((l) => l.unit === 'bokstav')?.values[0] ?? section.levels.find((l) => l.unit === 'nummer')?.values[0]
  return {
    section: section.section,
    ledd: ledd === 'siste' ? 'siste' : ledd && /^\d+$/.test(ledd) ? Number(ledd) : null,
    item: item ?? null
  }
}

/** The other act a citation names, before the § (dated ones with their title) or after it; never this one. */
function actOf(citation: TextCitation): {act: string | null; start: number; end: number} {
  const before = citation.actBefore
  if (before && !THIS.test(before.name)) {
    return {act: before.title ? `${before.name} ${before.title}` : before.name, start: before.start, end: citation.end}
  }
  const after = citation.actAfter
  if ((!before || THIS.test(before.name)) && after && !THIS.test(after.name)) return {act: after.name, start: citation.at, end: after.end}
  return {act: null, start: citation.at, end: citation.end}
}

/**
 * Every reference group in a text, with its targets and whether it points into another act, as the
 * grammar reads them (`src/grammar/references.ts`). With `keep`, only the groups whose targets it accepts
 * (the others skip the act lookups, most of the cost; the groups kept are the same either way).
 */
export function referenceMentions(text: string, keep?: (targets: RefTarget[]) => boolean): Array<Mention<Reference>> {
  const citations = readTextCitations(text, keep ? (group) => keep(group.sections.map(targetOf)) : undefined)
  return citations.map((citation) => {
    const {act, start, end} = actOf(citation)
    const written = text.slice(start, end)
    return {
      start,
      end,
      text: written,
      id: (act ? act.toLowerCase() + ' ' : '') + written.slice(written.indexOf('§')).replace(/\s+/g, ' ').replace(/\s+i\s+\S+$/u, ''),
      pairKey: act ? 'external' : 'internal',
      value: {act, targets: citation.sections.map(targetOf), ranges: citation.ranges}
    }
  })
}

function datedActMentions(text: string, taken: Array<Mention<Reference>>): Array<Mention<Reference>> {
  const out: Array<Mention<Reference>> = []
  for (const m of readDatedActs(text)) {
    if (taken.some((t) => t.start <= m.start && m.end <= t.end)) continue
    const act = m.text.replace(/\s+/g, ' ')
    out.push({start: m.start, end: m.end, text: m.text, id: act.toLowerCase(), pairKey: 'external', value: {act, targets: [], ranges: []}})
  }
  return out
}

function otherMentions(text: string, taken: Array<Mention<Reference>>): Array<Mention<Reference>> {
  const out: Array<Mention<Reference>> = []
  const free = (start: number, end: number): boolean => !taken.some((t) => t.start < end && start < t.end) && !out.some((t) => t.start < end && start < t.end)
  for (const m of readActChapters(text)) {
    if (!free(m.start, m.end)) continue
    out.push({start: m.start, end: m.end, text: m.text, id: m.text.replace(/\s+/g, ' ').toLowerCase(), pairKey: 'external', value: {act: m.act, targets: [], ranges: []}})
  }
  for (const m of readItemNumbers(text)) {
    if (!free(m.start, m.end)) continue
    out.push({start: m.start, end: m.end, text: m.text, id: 'nr ' + m.number, pairKey: 'internal', value: {act: null, targets: [], ranges: []}})
  }
  return out
}

/** Section references, dated acts and act chapters cited without a section, and bare item numbers. */
function allReferences(text: string): Array<Mention<Reference>> {
  // Each kind is written with its sign ("§", "nr.", "kap"): most texts have none, and then no reference.
  if (!text.includes('§') && !text.includes('nr.') && !text.includes('kap')) return []
  const sections = referenceMentions(text)
  const dated = datedActMentions(text, sections)
  return [...sections, ...dated, ...otherMentions(text, [...sections, ...dated])].sort((a, b) => a.start - b.start)
}

export function referenceEffects(al: Alignment): Effect[] {
  const cmp = compareMentions(al, allReferences(al.before), allReferences(al.after))
  const effects: Effect[] = []
  const where = (r: Reference): {nb: string; en: string; rule: string} =>
    r.act ? {nb: ' til annet regelverk', en: ' to another act', rule: 'external-'} : {nb: '', en: '', rule: ''}
  for (const {before, after} of cmp.replaced) {
    const w = where(after.value)
    effects.push({
      type: 'reference',
      rule: `reference/${w.rule}changed`,
      detail: `Henvisning${w.nb} endret: ${quote(before.text)} blir ${quote(after.text)}`,
      detailEn: `Reference${w.en} changed: ${quote(before.text)} becomes ${quote(after.text)}`,
      evidence: {before: before.text, after: after.text}
    })
  }
  for (const m of cmp.added) {
    const w = where(m.value)
    effects.push({
      type: 'reference',
      rule: `reference/${w.rule}added`,
      detail: `Ny henvisning${w.nb}: ${quote(m.text)}`,
      detailEn: `Reference${w.en} added: ${quote(m.text)}`,
      evidence: {before: null, after: m.text}
    })
  }
  for (const m of cmp.removed) {
    const w = where(m.value)
    effects.push({
      type: 'reference',
      rule: `reference/${w.rule}removed`,
      detail: `Henvisning${w.nb} fjernet: ${quote(m.text)}`,
      detailEn: `Reference${w.en} removed: ${quote(m.text)}`,
      evidence: {before: m.text, after: null}
    })
  }
  return effects
}
