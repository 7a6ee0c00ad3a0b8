/**
 * References to provisions in running Norwegian text ("se forslag til nytt siste ledd i § 3-1",
 * "§§ 3-1 til 3-5", "arbeidsmiljøloven § 4-2"), and their resolution to provision ids.
 */
import type {Provision, ProvisionTree} from '../types.js'
import type {CitedLevel, CitedSection} from '../grammar/address.js'
import {readTextCitations, type TextCitation} from '../grammar/references.js'
import {MONTHS as MONTH_NAMES} from '../grammar/months.js'
import {sectionsIn} from '../parse/sections.js'

export interface LeddRef {
  /** 1-based ordinal, or `last` for "siste ledd". */
  ordinal: number | 'last'
  /** "nytt siste ledd": the ledd is new in the proposal, so it is looked up there only. */
  isNew: boolean
}

export interface Reference {
  /** The reference as written, from the first qualifier to the last ("nytt siste ledd i § 3-1"). */
  text: string
  /** Offsets into the text given to `extractReferences` (UTF-16 units, end exclusive). */
  start: number
  end: number
  /** `self`: this regulation; `external`: another act or regulation (named in `act`). */
  scope: 'self' | 'external'
  /** The act named with the reference, as written ("arbeidsmiljøloven", "loven"), or null when none is. */
  act: string | null
  /** Section labels in the order written, normalised without spaces (`3-1`, `14a`). */
  sections: string[]
  /** For "§§ 3-1 til 3-5" / "§ 3-1 til § 3-5": the bounds (also present in `sections`). */
  range: {from: string; to: string} | null
  ledd: LeddRef | null
  /** Letters of "bokstav a til e" expanded (`a`…`e`), or null. */
  letters: string[] | null
  /** Numbers of "nr. 3", or null. */
  numbers: string[] | null
  sentence: number | 'last' | null
  /**
   * A part of the section named without its number: "et nytt punktum i § 2-3", "en bokstav i § 6-16",
   * "et ledd i § 3-14". `isNew` for "nytt"/"ny"/"nye".
   */
  part: {kind: 'ledd' | 'punktum' | 'bokstav'; isNew: boolean} | null
}

export interface ExtractOptions {
  /**
   * Names the text uses for the regulation itself ("egenregiforskriften"), lowercase. "forskriften" and
   * "denne forskrift" always mean the regulation itself.
   */
  selfNames?: string[]
}

const SELF_ALWAYS = ['forskriften', 'forskrifta', 'denne forskrift', 'denne forskriften', 'denne forskrifta']

/**
 * The references of a text, read by the grammar (`src/grammar/references.ts`). A group of sections is
 * one reference («§ 4a og § 7», «§§ 3-1 til 3-5»), split after a section that names its own levels
 * («§ 3-1 første ledd og § 3-2» is two references, each with its own ledd).
 */
export function extractReferences(text: string, options: ExtractOptions = {}): Reference[] {
  const selfNames = new Set([...SELF_ALWAYS, ...(options.selfNames ?? []).map((name) => name.toLowerCase())])
  return readTextCitations(text).flatMap((citation) => referencesOf(text, citation, selfNames))
}

function referencesOf(text: string, citation: TextCitation, selfNames: Set<string>): Reference[] {
  const runs = splitRuns(citation.sections)
  const before = citation.levelsBefore ? stepsOf(citation.levelsBefore.levels) : null
  const part = before ? null : citation.partBefore
  const qualified = before !== null || part !== null
  // An act named by its title is left out: a note names the text it discusses so, often in other words
  // («lov om supplerande stønad ved kort butid § 2» in the note on that act).
  const actBefore = citation.actBefore?.titled ? null : citation.actBefore
  let act = citation.actAfter?.name ?? (qualified ? null : (actBefore?.name ?? null))
  if (act === null && citation.earlier) act = citation.earlier
  const scope = act === null || selfNames.has(act.toLowerCase()) ? 'self' : 'external'
  return runs.map((run, i) => {
    const first = i === 0
    const last = i === runs.length - 1
    const start = first ? (citation.levelsBefore?.start ?? part?.start ?? citation.at) : run[0]!.start
    const end = last && citation.actAfter ? citation.actAfter.end : run[run.length - 1]!.end
    const steps = mergeSteps(first ? before : null, stepsOf(run[run.length - 1]!.levels))
    const labels = run.map((s) => normaliseLabel(s.section))
    const range = citation.ranges.find(([from]) => labels.includes(normaliseLabel(from)))
    return {
      text: text.slice(start, end),
      start,
      end,
      scope,
      act,
      sections: labels,
      range: range ? {from: normaliseLabel(range[0]), to: normaliseLabel(range[1])} : null,
      ...steps,
      part: first ? part : null
    }
  })
}

/** The sections of a group in runs that end at a section with its own levels. */
function splitRuns(sections: CitedSection[]): CitedSection[][] {
  const runs: CitedSection[][] = [[]]
  for (const s of sections) {
    runs[runs.length - 1]!.push(s)
    if (s.levels.length > 0) runs.push([])
  }
  return runs.filter((r) => r.length > 0)
}

type Steps = Pick<Reference, 'ledd' | 'letters' | 'numbers' | 'sentence'>

/** One ledd and one punktum when the citation names exactly one; bokstaver and numre as listed. */
function stepsOf(levels: CitedLevel[]): Steps {
  const ledd = levels.find((l) => l.unit === 'ledd')
  const sentence = levels.find((l) => l.unit === 'punktum')
  const leddOrdinal = ledd?.values.length === 1 ? ordinalOf(ledd.values[0]!) : null
  return {
    ledd: ledd && leddOrdinal !== null ? {ordinal: leddOrdinal, isNew: ledd.isNew} : null,
    letters: levels.find((l) => l.unit === 'bokstav')?.values ?? null,
    numbers: levels.find((l) => l.unit === 'nummer')?.values ?? null,
    sentence: sentence?.values.length === 1 ? ordinalOf(sentence.values[0]!) : null
  }
}

/** Levels written before the § and after it: «annet punktum i § 3-2 første ledd». */
function mergeSteps(before: Steps | null, after: Steps): Steps {
  if (!before) return after
  return {
    ledd: before.ledd ?? after.ledd,
    letters: before.letters ?? after.letters,
    numbers: before.numbers ?? after.numbers,
    sentence: before.sentence ?? after.sentence
  }
}

function ordinalOf(value: string): number | 'last' | null {
  if (value === 'siste') return 'last'
  return /^\d+$/.test(value) ? Number(value) : null
}

/**
 * Names a document gives the regulation itself: "(heretter omtalt som egenregiforskriften)",
 * "(heretter kalt forskriften)", "(heretter X)". Lowercase, in order of appearance.
 */
export function findSelfNames(text: string): string[] {
  const names: string[] = []
  const re = /\(heretter\s+(?:omtalt\s+som\s+|kalt\s+|benevnt\s+)?([\p{L}-]+)\)/giu
  for (const m of text.matchAll(re)) {
    const name = m[1]!.toLowerCase()
    if (/forskrift/.test(name) && !names.includes(name)) names.push(name)
  }
  return names
}


/**
 * How a note names the regulation itself by date and number ("forskrift 20. juni 2023 nr. 1073", also
 * with "av"), from its Lovdata id (`forskrift/2023-06-20-1073` as in front matter, or
 * `FOR-2023-06-20-1073`). Without this, "forskrift … nr. 1073 § 3-2" reads as a reference to another act.
 */
export function selfNamesFromId(id: string | null | undefined): string[] {
  const m = /^(forskrift|for|lov)[/-](\d{4})-(\d{2})-(\d{2})-(\d+)$/i.exec((id ?? '').trim())
  const month = m ? MONTH_NAMES[Number(m[3]) - 1] : undefined
  if (!m || !month) return []
  const kind = m[1]!.toLowerCase() === 'lov' ? 'lov' : 'forskrift'
  const dated = `${Number(m[4])}. ${month} ${m[2]} nr. ${Number(m[5])}`
  return [`${kind} ${dated}`, `${kind} av ${dated}`]
}

export interface Resolution {
  /** Provision ids in the current tree (empty when the reference is new or not found there). */
  current: string[]
  /** Provision ids in the proposed tree. */
  proposed: string[]
}

/**
 * Resolve a reference to this regulation to provision ids in the current and proposed trees. "nytt …
 * ledd" is looked up in the proposal only. External references resolve to nothing.
 */
export function resolveReference(
  ref: Reference,
  trees: {current: ProvisionTree; proposed: ProvisionTree | null},
  index: SectionIndex
): Resolution {
  if (ref.scope !== 'self') return {current: [], proposed: []}
  const newOnly = ref.ledd?.isNew === true
  return {
    current: newOnly ? [] : resolveIn(ref, trees.current, index),
    proposed: trees.proposed ? resolveIn(ref, trees.proposed, index) : []
  }
}

function resolveIn(ref: Reference, tree: ProvisionTree, index: SectionIndex): string[] {
  const sections = allSections(tree.children, index)
  let targets: Provision[]
  if (ref.range) {
    const lo = labelKey(ref.range.from)
    const hi = labelKey(ref.range.to)
    const extra = ref.sections.filter((s) => s !== ref.range!.from && s !== ref.range!.to)
    targets = sections.filter((s) => {
      const key = labelKey(normaliseLabel(s.label ?? ''))
      return (compareKeys(key, lo) >= 0 && compareKeys(key, hi) <= 0) || extra.includes(normaliseLabel(s.label ?? ''))
    })
  } else {
    const byLabel = sectionsByLabel(tree.children, index)
    targets = ref.sections.flatMap((label) => byLabel.get(label) ?? [])
  }
  if (ref.sections.length > 1 || ref.range) return targets.map((s) => s.id)
  const ids: string[] = []
  for (const section of targets) {
    let nodes: Provision[] = [section]
    if (ref.ledd) {
      const ledds = section.children.filter((c) => c.kind === 'ledd')
      const picked = ref.ledd.ordinal === 'last' ? ledds[ledds.length - 1] : ledds.find((l) => l.ordinal === ref.ledd!.ordinal)
      nodes = picked ? [picked] : []
    }
    if (ref.letters || ref.numbers) {
      const labels = ref.letters ?? ref.numbers ?? []
      nodes = nodes.flatMap((n) => descendants(n).filter((d) => d.kind === 'item' && labels.includes((d.label ?? '').toLowerCase())))
    }
    if (ref.sentence !== null) {
      nodes = nodes.flatMap((n) => {
        // "annet punktum" without a ledd points into the first ledd only when there is just one.
        const holder = n.kind === 'section' ? (n.children.filter((c) => c.kind === 'ledd').length === 1 ? n.children.find((c) => c.kind === 'ledd')! : null) : n
        if (!holder) return []
        const sentences = holder.children.filter((c) => c.kind === 'sentence')
        const picked = ref.sentence === 'last' ? sentences[sentences.length - 1] : sentences.find((s) => s.ordinal === ref.sentence)
        return picked ? [picked] : []
      })
    }
    ids.push(...nodes.map((n) => n.id))
  }
  return ids
}

/**
 * The sections of each provision list, and those by label, computed once per list for as long as the
 * caller keeps the index: references are resolved many times against the same two trees, and trees are
 * plain data that no stage mutates after parsing. Made per run (see `createSectionIndex`) rather than
 * kept at module level, so nothing outlives the run that built it.
 */
export interface SectionIndex {
  sections: WeakMap<Provision[], Provision[]>
  labels: WeakMap<Provision[], Map<string, Provision[]>>
}

export function createSectionIndex(): SectionIndex {
  return {sections: new WeakMap(), labels: new WeakMap()}
}

/** Sections by normalised label, in document order (a label used twice keeps both). */
export function sectionsByLabel(list: Provision[], index: SectionIndex): Map<string, Provision[]> {
  const hit = index.labels.get(list)
  if (hit) return hit
  const map = new Map<string, Provision[]>()
  for (const section of allSections(list, index)) {
    const label = normaliseLabel(section.label ?? '')
    const entry = map.get(label)
    if (entry) entry.push(section)
    else map.set(label, [section])
  }
  index.labels.set(list, map)
  return map
}

export function allSections(list: Provision[], index: SectionIndex): Provision[] {
  const hit = index.sections.get(list)
  if (hit) return hit
  const out = sectionsIn(list)
  index.sections.set(list, out)
  return out
}

function descendants(node: Provision): Provision[] {
  return node.children.flatMap((c) => [c, ...descendants(c)])
}

/** `12 a` → `12a`, `3-1` stays. */
export function normaliseLabel(label: string): string {
  // Most labels are already normal ("3-1", "12a"): returned as they are, without building new strings.
  return /[\sA-Z]/.test(label) || /[^\0-\x7f]/.test(label) ? label.replace(/\s+/g, '').toLowerCase() : label
}

function labelKey(label: string): Array<number | string> {
  return label.split(/(\d+)/).filter((p) => p !== '' && p !== '-').map((p) => (/^\d+$/.test(p) ? Number(p) : p))
}

function compareKeys(a: Array<number | string>, b: Array<number | string>): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i]
    const y = b[i]
    if (x === undefined) return -1
    if (y === undefined) return 1
    if (x === y) continue
    if (typeof x === 'number' && typeof y === 'number') return x - y
    return String(x) < String(y) ? -1 : 1
  }
  return 0
}
