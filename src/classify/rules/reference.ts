/**
 * Cross-references: "§ 3-2", "§§ 3-1 til 3-5", "§ 7-2 første ledd bokstav d", and references to other
 * acts ("arbeidsmiljøloven § 4-2", "forskrift 12. august 2016 nr. 974 om offentlige anskaffelser § 3-3"),
 * which are told apart because they cannot break when this regulation changes.
 */
import type {Alignment} from '../align.js'
import {type Mention, compareMentions, quote} from '../mentions.js'
import {ORDINAL_PATTERN, parseOrdinal} from '../../grammar/ordinals.js'
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

// "§ 12 a" and "§ 14a" carry a letter; "§ 3 i denne forskriften" does not ("i" is the preposition).
const LABEL = '\\d+(?:-\\d+)?(?:[a-zæøå]|\\s(?!i\\s)[a-zæøå])?(?![\\p{L}\\p{N}])'
const QUAL =
  '(?:\\s+(?:' + ORDINAL_PATTERN + ')\\s+(?:ledd|punktum)' +
  '|\\s+bokstav\\s+[a-zæøå]{1,2}(?:\\s*(?:–|-|til)\\s*[a-zæøå]{1,2})?(?![\\p{L}\\p{N}])' +
  '|\\s+(?:nr\\.|nummer)\\s*\\d+)*'
const ONE = '(?<lab>' + LABEL + ')(?<q>' + QUAL + ')'
const START = new RegExp('§§?\\s*' + LABEL + QUAL, 'gu')
const CONT = new RegExp('^(?:\\s*,\\s*|\\s+(?:og|eller|til|–)\\s+)(?<sec>§\\s*)?' + ONE, 'u')
const PART = new RegExp('^' + ONE, 'u')

// "arbeidsmiljøloven § 4-2", "tiltaksforskriften § 7-3", but not "denne forskriften § …".
const ACT_BEFORE = /(?:^|[\s(])((?:[\p{L}]+-\s+og\s+)?[\p{L}]*(?:loven|lova|lov|forskriften|forskrifta|forordningen|direktivet|avtalen|konvensjonen|instruksen|reglementet))\s+(?:jf\.\s+)?$/u
const DATED_ACT_BEFORE = /((?:lov|forskrift|forskrifta|forordning)\s+(?:av\s+)?\d{1,2}\.?\s*\p{L}+\.?\s+\d{4}\s+nr\.?\s*\d+(?:\s+(?:om|til|for)\s+[^§.;]{1,120}?)?)\s+$/u
const ACT_AFTER = /^\s+i\s+(?!denne\b|dette\b)((?:[\p{L}]+-\s+og\s+)?[\p{L}]*(?:loven|lova|forskriften|forskrifta)|(?:lov|forskrift)\s+\d{1,2}\.?\s*\p{L}+\.?\s+\d{4}\s+nr\.?\s*\d+)/u
const THIS = /^(?:denne|dette|same|samme)$/i

const LEDD = new RegExp('(' + ORDINAL_PATTERN + ')\\s+ledd', 'u')

function parseLedd(q: string): number | 'siste' | null {
  const m = LEDD.exec(q)
  if (!m) return null
  return m[1]!.toLowerCase() === 'siste' ? 'siste' : parseOrdinal(m[1]!)
}

function parseItem(q: string): string | null {
  return /bokstav\s+([a-zæøå]{1,2})/u.exec(q)?.[1] ?? /(?:nr\.|nummer)\s*(\d+)/u.exec(q)?.[1] ?? null
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').replace(/\s?([a-zæøå])$/u, '$1').trim()

/**
 * Every reference group in a text, with its targets and whether it points into another act. With
 * `keep`, only the groups whose targets it accepts (the others skip the act lookups, most of the cost;
 * the groups kept are the same either way).
 */
export function referenceMentions(text: string, keep?: (targets: RefTarget[]) => boolean): Array<Mention<Reference>> {
  const out: Array<Mention<Reference>> = []
  START.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = START.exec(text))) {
    let start = m.index
    let end = m.index + m[0].length
    const plural = m[0].startsWith('§§')
    const first = PART.exec(m[0].replace(/^§§?\s*/, ''))
    const targets: RefTarget[] = []
    const ranges: Array<[string, string]> = []
    if (first?.groups) {
      targets.push({section: norm(first.groups['lab']!), ledd: parseLedd(first.groups['q'] ?? ''), item: parseItem(first.groups['q'] ?? '')})
    }
    // Continuations: "og § 7", "til 3-5", ", 3-3".
    for (;;) {
      const c = CONT.exec(text.slice(end))
      if (!c?.groups) break
      const bare = !c.groups['sec']
      // A bare number continues only a "§§" group or a chapter-form label ("§ 3-1 til 3-5").
      if (bare && !plural && !/-/.test(c.groups['lab']!)) break
      const label = norm(c.groups['lab']!)
      const prev = targets[targets.length - 1]
      if (/^\s+(?:til|–)\s+/u.test(c[0]) && prev) ranges.push([prev.section, label])
      targets.push({section: label, ledd: parseLedd(c.groups['q'] ?? ''), item: parseItem(c.groups['q'] ?? '')})
      end += c[0].length
    }
    START.lastIndex = end
    if (keep && !keep(targets)) continue
    const head = text.slice(Math.max(0, start - 200), start)
    let act: string | null = null
    const dated = DATED_ACT_BEFORE.exec(head)
    const named = ACT_BEFORE.exec(head)
    if (dated) {
      act = dated[1]!.replace(/\s+/g, ' ')
      start -= head.length - dated.index
    } else if (named && !THIS.test(head.slice(0, named.index + named[0].length - named[1]!.length).trim().split(/\s+/).pop() ?? '')) {
      act = named[1]!.replace(/\s+/g, ' ')
      start = start - head.length + head.lastIndexOf(named[1]!)
    } else {
      const after = ACT_AFTER.exec(text.slice(end))
      if (after) {
        act = after[1]!.replace(/\s+/g, ' ')
        end += after[0].length
      }
    }
    const written = text.slice(start, end)
    out.push({
      start,
      end,
      text: written,
      id: (act ? act.toLowerCase() + ' ' : '') + written.slice(written.indexOf('§')).replace(/\s+/g, ' ').replace(/\s+i\s+\S+$/u, ''),
      pairKey: act ? 'external' : 'internal',
      value: {act, targets, ranges}
    })
  }
  return out
}

// A dated act or regulation cited without a section: "forskrift 14. desember 2016 nr. 1578".
const DATED_ACT = /(?<![\p{L}\p{N}])(?:lov|forskrift)\s+\d{1,2}\.\s*\p{L}+\s+\d{4}\s+nr\.\s*\d+(?![\p{N}])/gu

function datedActMentions(text: string, taken: Array<Mention<Reference>>): Array<Mention<Reference>> {
  const out: Array<Mention<Reference>> = []
  for (const m of text.matchAll(DATED_ACT)) {
    const start = m.index
    const end = start + m[0].length
    if (taken.some((t) => t.start <= start && end <= t.end)) continue
    const act = m[0].replace(/\s+/g, ' ')
    out.push({start, end, text: m[0], id: act.toLowerCase(), pairKey: 'external', value: {act, targets: [], ranges: []}})
  }
  return out
}

// A chapter of a named act ("tvangsfullbyrdelsesloven kapittel 13") and a bare item number of this
// text ("i medhold av nr. 1"), but not the number of a dated act ("2016 nr. 974") or an EU act ("(EU) nr. 923/2012").
const ACT_CHAPTER = /(?<![\p{L}\p{N}])((?:[\p{L}]+-\s+og\s+)?[\p{L}]*(?:loven|lova|forskriften|forskrifta))\s+(kapittel|kap\.)\s+(\d+|[IVXLC]+)(?![\p{L}\p{N}])/gu
const ITEM_NUMBER = /(?<!\d{4}\s|\)\s)(?<![\p{L}\p{N}])nr\.\s*(\d+)(?![\d/])/gu

function otherMentions(text: string, taken: Array<Mention<Reference>>): Array<Mention<Reference>> {
  const out: Array<Mention<Reference>> = []
  const free = (start: number, end: number): boolean => !taken.some((t) => t.start < end && start < t.end) && !out.some((t) => t.start < end && start < t.end)
  for (const m of text.matchAll(ACT_CHAPTER)) {
    if (!free(m.index, m.index + m[0].length) || /^denne\b/i.test(m[1]!)) continue
    const act = m[1]!.replace(/\s+/g, ' ')
    out.push({start: m.index, end: m.index + m[0].length, text: m[0], id: m[0].replace(/\s+/g, ' ').toLowerCase(), pairKey: 'external', value: {act, targets: [], ranges: []}})
  }
  for (const m of text.matchAll(ITEM_NUMBER)) {
    if (!free(m.index, m.index + m[0].length)) continue
    out.push({start: m.index, end: m.index + m[0].length, text: m[0], id: 'nr ' + m[1], pairKey: 'internal', value: {act: null, targets: [], ranges: []}})
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
