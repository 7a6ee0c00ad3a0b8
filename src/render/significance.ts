/**
 * What a change means to a reader, decided once for every output (HTML, Markdown, Word, answer form):
 * a plain headline from its effects and kind, how much it weighs, which changes are only the consequence
 * of another (relettering after an item is removed) or editorial (a full stop lost in transcription, as
 * the provenance says), and which findings a reader needs (the rest are case-authoring diagnostics, left
 * to `regdiff lint` and report.json).
 */
import type {Change, Effect, Finding, NoteParagraph, NoteTree, Report, SourceDocument, WordOp} from '../types.js'
import type {Lang} from './i18n.js'

/** How a change is shown: its own card, folded into the change that caused it, or in the editorial group. */
export type Placement = {kind: 'card'} | {kind: 'folded'; into: string} | {kind: 'editorial'; remark: string | null}

export interface Significance {
  headline: string
  /** The effect the headline states (not repeated under it). */
  lead: Effect | null
  weight: number
  placement: Placement
  /** Effects worth a line on the card (a duration already stated by a broader effect is left out). */
  effects: Effect[]
}

// Findings a reader acts on; everything else is about how the case was written (marks, unreadable
// references, which summary point a change answers — that one is used for grouping instead).
const READER_CODES = new Set(['unexplained-change', 'claim-vs-effect', 'reference-mismatch', 'broken-reference', 'missing-change', 'repealed-content'])

/** Weight of an effect rule for ordering by consequence: limits and duties first, references and words last. */
function effectWeight(effect: Effect): number {
  const r = effect.rule
  if (r.startsWith('threshold/age')) return 10
  if (/^modality\/(kan-to-skal|added-skal|removed-|skal-to-kan|added-kan-bare)/.test(r)) return 9
  if (r.startsWith('scope/condition') || r === 'scope/narrowed' || r === 'scope/widened') return 8
  if (r.startsWith('modality/')) return 7
  if (r.startsWith('scope/') || r.startsWith('actor/')) return 6
  // A duration or number below who is covered: «fire år» → «inntil fire år» says less than a new group.
  if (r.startsWith('threshold/')) return 5
  if (r.startsWith('definition/')) return 5
  if (r.startsWith('reference/')) return 4
  return 0
}

const KIND_WEIGHT: Record<Change['kind'], number> = {repealed: 10, removed: 5, added: 4, moved: 3, modified: 3, relettered: 1, editorial: 0}

const quote = (text: string | null | undefined): string => (text ? `«${text}»` : '')

/** A text cut to about `words` words, for a headline that quotes new or removed wording. */
function gist(text: string, words = 10): string {
  const parts = text.trim().split(/\s+/)
  return parts.length <= words ? text.trim() : `${parts.slice(0, words).join(' ')} …`
}

type Phrases = Record<string, (e: Effect) => string>

const EFFECT_HEADLINES: Record<Lang, Phrases> = {
  nb: {
    'threshold/age-lowered': (e) => `Aldersgrensen senkes: ${quote(e.evidence.after)}`,
    'threshold/age-raised': (e) => `Aldersgrensen heves: ${quote(e.evidence.after)}`,
    'threshold/age-added': (e) => `Aldersgrense: ${quote(e.evidence.after)}`,
    'threshold/age-removed': (e) => `Aldersgrensen tas bort: ${quote(e.evidence.before)}`,
    'threshold/duration-changed': (e) => `Varigheten endres: ${quote(e.evidence.before)} blir ${quote(e.evidence.after)}`,
    'threshold/duration-added': (e) => `Varighet: ${quote(e.evidence.after)}`,
    'modality/kan-to-skal': (e) => `Adgang blir plikt: ${quote(e.evidence.before)} blir ${quote(e.evidence.after)}`,
    'modality/added-skal': (e) => `Ny plikt: ${quote(e.evidence.after)}`,
    'modality/added-kan': (e) => `Ny adgang: ${quote(e.evidence.after)}`,
    'modality/added-kan-bare': (e) => `Ny begrensning: ${quote(e.evidence.after)}`,
    'modality/removed-kan': (e) => `Adgangen tas bort: ${quote(e.evidence.before)}`,
    'scope/condition-extended': (e) => `Nytt vilkår: ${quote(e.evidence.after)}`,
    'scope/condition-added': (e) => `Nytt vilkår: ${quote(gist(e.evidence.after ?? ''))}`,
    'scope/condition-removed': (e) => `Vilkår tas bort: ${quote(gist(e.evidence.before ?? ''))}`,
    'scope/group-changed': (e) => `Persongruppen endres: ${quote(e.evidence.before)} blir ${quote(e.evidence.after)}`,
    'actor/added': (e) => `Ny aktør: ${quote(e.evidence.after)}`,
    'actor/removed': (e) => `Aktør tas ut: ${quote(e.evidence.before)}`
  },
  en: {
    'threshold/age-lowered': (e) => `Age limit lowered: ${quote(e.evidence.after)}`,
    'threshold/age-raised': (e) => `Age limit raised: ${quote(e.evidence.after)}`,
    'threshold/age-added': (e) => `Age limit: ${quote(e.evidence.after)}`,
    'threshold/age-removed': (e) => `Age limit removed: ${quote(e.evidence.before)}`,
    'threshold/duration-changed': (e) => `Duration changed: ${quote(e.evidence.before)} becomes ${quote(e.evidence.after)}`,
    'threshold/duration-added': (e) => `Duration: ${quote(e.evidence.after)}`,
    'modality/kan-to-skal': (e) => `Option becomes a duty: ${quote(e.evidence.before)} becomes ${quote(e.evidence.after)}`,
    'modality/added-skal': (e) => `New duty: ${quote(e.evidence.after)}`,
    'modality/added-kan': (e) => `New option: ${quote(e.evidence.after)}`,
    'modality/added-kan-bare': (e) => `New restriction: ${quote(e.evidence.after)}`,
    'modality/removed-kan': (e) => `Option removed: ${quote(e.evidence.before)}`,
    'scope/condition-extended': (e) => `New condition: ${quote(e.evidence.after)}`,
    'scope/condition-added': (e) => `New condition: ${quote(gist(e.evidence.after ?? ''))}`,
    'scope/condition-removed': (e) => `Condition removed: ${quote(gist(e.evidence.before ?? ''))}`,
    'scope/group-changed': (e) => `Group of persons changed: ${quote(e.evidence.before)} becomes ${quote(e.evidence.after)}`,
    'actor/added': (e) => `New actor: ${quote(e.evidence.after)}`,
    'actor/removed': (e) => `Actor removed: ${quote(e.evidence.before)}`
  }
}

/** The effect a headline is made from: the weightiest, earliest on ties; an editorial one only when it is all there is. */
function leadEffect(effects: Effect[]): Effect | null {
  let best: Effect | null = null
  for (const e of effects) if (e.type !== 'editorial' && (!best || effectWeight(e) > effectWeight(best))) best = e
  return best ?? effects[0] ?? null
}

function effectHeadline(effect: Effect, lang: Lang): string {
  const phrase = EFFECT_HEADLINES[lang][effect.rule]
  if (phrase && (effect.evidence.after || effect.evidence.before)) return phrase(effect)
  return lang === 'en' ? effect.detailEn : effect.detail
}

/** What the words of a change did, when no effect says more: «x» taken out, «y» added, or «x» becomes «y». */
function wordsHeadline(words: WordOp[], lang: Lang): string | null {
  const deleted = words.filter((w) => w.op === 'delete' && w.text.trim()).map((w) => w.text.trim())
  const inserted = words.filter((w) => w.op === 'insert' && w.text.trim()).map((w) => w.text.trim())
  if (deleted.length === 0 && inserted.length === 0) return null
  const d = quote(gist(deleted.join(' … ')))
  const i = quote(gist(inserted.join(' … ')))
  if (lang === 'en') return inserted.length === 0 ? `Wording removed: ${d}` : deleted.length === 0 ? `Wording added: ${i}` : `Wording changed: ${d} becomes ${i}`
  return inserted.length === 0 ? `Ordlyden strammes inn: ${d} tas ut` : deleted.length === 0 ? `Tilføyd: ${i}` : `Ordlyden endres: ${d} blir ${i}`
}

/** Where the content of a repealed section went: the moves out of it, by their new citation. */
function carriedInto(change: Change, changes: Change[]): string[] {
  const section = change.current?.id ?? change.sectionId
  return changes
    .filter((c) => c.kind === 'moved' && c.current && c.proposed && (c.current.id === section || c.current.id.startsWith(section + '/')))
    .map((c) => c.proposed!.citation)
}

function kindHeadline(change: Change, changes: Change[], lang: Lang, title: string | null): string {
  const text = change.proposed?.text ?? change.current?.text ?? ''
  const en = lang === 'en'
  const named = `${change.current?.citation ?? change.sectionId}${title ? ` (${title})` : ''}`
  switch (change.kind) {
    case 'repealed': {
      const into = carriedInto(change, changes)
      if (en) return `${named} is repealed${into.length ? `; its content continues in ${into.join(' and ')}` : ''}`
      return `${named} oppheves${into.length ? `; innholdet føres videre i ${into.join(' og ')}` : ''}`
    }
    case 'removed':
      return en ? `Taken out: ${quote(gist(text))}` : `Tas ut: ${quote(gist(text))}`
    case 'added':
      return en ? `New text: ${quote(gist(text))}` : `Ny tekst: ${quote(gist(text))}`
    case 'relettered':
      if (change.level === 'ledd') {
        return en ? `Ledd renumbered: (${change.relabel?.from}) becomes (${change.relabel?.to})` : `Nytt leddnummer: (${change.relabel?.from}) blir (${change.relabel?.to})`
      }
      return en ? `New letter: ${change.relabel?.from} becomes ${change.relabel?.to}` : `Ny bokstav: ${change.relabel?.from} blir ${change.relabel?.to}`
    default:
      return wordsHeadline(change.words, lang) ?? (en ? 'Wording changed' : 'Ordlyden endres')
  }
}

/** One line that says what the change does, in plain words, from its effects and kind. */
export function headline(change: Change, changes: Change[], lang: Lang, sectionTitle: string | null = null): string {
  if (change.kind === 'repealed') return kindHeadline(change, changes, lang, sectionTitle)
  const lead = leadEffect(change.effects)
  if (!lead) return kindHeadline(change, changes, lang, sectionTitle)
  // A move is named by what it means; where the text came from is on the card.
  return effectHeadline(lead, lang)
}

export function weight(change: Change, findings: Finding[]): number {
  const effects = change.effects.reduce((w, e) => Math.max(w, effectWeight(e)), 0)
  const unexplained = findings.some((f) => f.code === 'unexplained-change' || f.code === 'claim-vs-effect') ? 0.5 : 0
  return Math.max(effects, KIND_WEIGHT[change.kind]) + unexplained
}

const parentOf = (id: string): string => id.slice(0, Math.max(0, id.lastIndexOf('/')))

/**
 * The change a relettering follows from: an item removed or added in the same list (same ledd), which
 * is what moved the letters. Null when the relettering stands alone (then it keeps its own card).
 */
function causeOf(change: Change, changes: Change[]): string | null {
  if (change.kind !== 'relettered' || change.effects.length > 0) return null
  if (change.level === 'ledd') return leddCauseOf(change, changes)
  if (change.instruction) return null
  const lists = new Set([change.current && parentOf(change.current.id), change.proposed && parentOf(change.proposed.id)].filter(Boolean))
  const cause = changes.find(
    (c) =>
      (c.kind === 'removed' || c.kind === 'added') &&
      c.level === 'item' &&
      ((c.current && lists.has(parentOf(c.current.id))) || (c.proposed && lists.has(parentOf(c.proposed.id))))
  )
  return cause?.id ?? null
}

/**
 * A renumbered «(n)» ledd follows from a ledd added or removed in the same section (an instruction states the
 * renumbering too, «Nåværende første til femte ledd blir tredje til sjuende ledd», so it does not keep a card).
 */
function leddCauseOf(change: Change, changes: Change[]): string | null {
  const section = (id: string | undefined): string | null => (id ? parentOf(id) : null)
  const own = section(change.proposed?.id) ?? section(change.current?.id)
  const cause = changes.find(
    (c) => (c.kind === 'removed' || c.kind === 'added') && c.level === 'ledd' && (section(c.proposed?.id) === own || section(c.current?.id) === own)
  )
  return cause?.id ?? null
}

const isEditorial = (c: Change): boolean => c.kind === 'editorial' || (c.effects.length > 0 && c.effects.every((e) => e.type === 'editorial'))

/**
 * The remark of a source that names the place of an editorial change ("§ 3-2 tredje ledd mangler punktum
 * … gikk tapt i tekstuttrekket"): the provenance saying that the change is a transcription artefact.
 * Tried from the full citation down to section and ledd.
 */
function provenanceRemark(change: Change, sources: SourceDocument[]): string | null {
  const words = (change.proposed?.citation ?? change.current?.citation ?? '').split(' ')
  for (let n = words.length; n >= 4; n--) {
    const prefix = words.slice(0, n).join(' ')
    for (const s of sources) for (const r of s.remarks) if (r.includes(prefix)) return r
  }
  return null
}

function placement(change: Change, changes: Change[], sources: SourceDocument[]): Placement {
  const into = causeOf(change, changes)
  if (into) return {kind: 'folded', into}
  if (isEditorial(change)) return {kind: 'editorial', remark: provenanceRemark(change, sources)}
  return {kind: 'card'}
}

/**
 * Effects worth their own line: a duration or number already contained in a broader effect of the same
 * change («fire år» beside «fire år» → «inntil fire år») says nothing new.
 */
function usefulEffects(effects: Effect[]): Effect[] {
  return effects.filter(
    (e, i) =>
      !(e.type === 'threshold' && e.evidence.after &&
        effects.some((o, j) => j !== i && o.evidence.after && o.evidence.after !== e.evidence.after && o.evidence.after.includes(e.evidence.after!)))
  )
}

/** Whether the case says its proposal lost the ministry's marks (then unmarked changes are no finding). */
function marksKnownLost(sources: SourceDocument[]): boolean {
  return sources.some((s) => s.role === 'proposed' && s.remarks.some((r) => /markering/i.test(r) && /(ufullstendig|mistet|tapt|mangle)/i.test(r)))
}

/**
 * The findings a reader of the report needs. Left out (kept in report.json and `regdiff lint`): marks
 * the case says were lost, notes about the case files, and "not explained" for changes that are only a
 * consequence, editorial, or in a case without any note to explain them.
 */
export function isReaderFinding(f: Finding, report: Report, placements: Map<string, Placement>): boolean {
  if (f.code === 'undeclared-change') return !marksKnownLost(report.sources)
  if (!READER_CODES.has(f.code)) return false
  if (f.code === 'unexplained-change') {
    if (!report.note && report.background.length === 0) return false
    return f.changeIds.some((id) => placements.get(id)?.kind === 'card')
  }
  return true
}

export function significance(report: Report, lang: Lang, sectionTitles: Map<string, string | null>): Map<string, Significance> {
  const {changes, findings} = report.diff
  const out = new Map<string, Significance>()
  for (const c of changes) {
    const own = findings.filter((f) => f.changeIds.includes(c.id))
    out.set(c.id, {
      headline: headline(c, changes, lang, sectionTitles.get(c.current?.id ?? c.sectionId) ?? null),
      lead: c.kind === 'repealed' ? null : leadEffect(c.effects),
      weight: weight(c, own),
      placement: placement(c, changes, report.sources),
      effects: usefulEffects(c.effects)
    })
  }
  return out
}

/**
 * The note's own summary points that the link stage matched to changes (`summary-coverage` findings),
 * each with the changes it covers, in the note's order. The point's wording is the first «…» quote of
 * the finding (how the link stage writes it), completed from the note's list item it starts.
 */
export function summaryPoints(findings: Finding[], note: NoteTree | null): Array<{point: string; changeIds: string[]}> {
  const items = note ? [...note.preamble, ...note.sections.flatMap(function all(s): NoteParagraph[] { return [...s.paragraphs, ...s.children.flatMap(all)] })] : []
  const points: Array<{point: string; changeIds: string[]; at: number}> = []
  for (const f of findings) {
    if (f.code !== 'summary-coverage') continue
    const m = /«([^»]+)»/.exec(f.message)
    if (!m) continue
    const quoted = m[1]!.replace(/\s*…$/u, '').trim()
    const item = items.find((p) => p.text.startsWith(quoted))
    const point = (item?.text ?? quoted).trim().replace(/(,|\.|;|:|,? og)$/u, '')
    points.push({point: point.charAt(0).toUpperCase() + point.slice(1), changeIds: f.changeIds, at: item?.position.start.offset ?? f.place?.position.start.offset ?? 0})
  }
  return points.sort((a, b) => a.at - b.at).map(({point, changeIds}) => ({point, changeIds}))
}
