/**
 * The view model: everything the HTML and Markdown templates show, computed once, as plain data. Templates
 * only loop and print; every decision (labels, order, grouping, anchors, which row a change touches) is
 * made here, where it can be tested and where the same report always gives the same view.
 */
import {alignBlocks, sectionBlocks, type DisplayBlock, type DisplayRow} from './align.js'
import {
  DATE_LABELS, DECLARED_LABELS, EFFECT_LABELS, FINDING_LABELS, FORM_LABELS, KIND_LABELS, METHOD_LABELS, ROLE_LABELS,
  SECTION_STATUS_LABELS, SEVERITY_COUNT_LABELS, SEVERITY_LABELS, STATUS_LABELS, STRINGS, formatDate, type Lang, type Strings
} from './i18n.js'
import type {
  Change, ChangeKind, EffectType, Finding, NoteParagraph, NoteSection, NoteTree, Provision, ProvisionTree, Report,
  SectionStatus, Severity, WordOp
} from '../types.js'

const KINDS: ChangeKind[] = ['added', 'modified', 'moved', 'relettered', 'removed', 'repealed', 'editorial']
const EFFECTS: EffectType[] = ['modality', 'threshold', 'scope', 'actor', 'reference', 'definition', 'editorial']
const SEVERITIES: Severity[] = ['error', 'warning', 'info']
// Under a change, a finding lists the changes it concerns only up to this many (see FindingView.manyChanges).
const MAX_LISTED_CHANGES = 10

export interface LinkView {
  id: string
  label: string
}

export interface CellView {
  label: string | null
  /** Set when the item's letter or number changed: the old label, shown quietly. */
  formerLabel: string | null
  ops: WordOp[]
}

export interface RowView {
  status: DisplayRow['status']
  current: CellView | null
  proposed: CellView | null
  /** Current → proposed operations for the inline view. */
  ops: WordOp[]
  label: string | null
  formerLabel: string | null
  changes: LinkView[]
  moves: string[]
}

export interface ReasonView {
  href: string | null
  linkLabel: string
  documentLabel: string
  where: string
  excerpt: string
  methodLabel: string
  score: string
}

export interface FindingView {
  severity: Severity
  severityLabel: string
  code: string
  codeLabel: string
  message: string
  changes: LinkView[]
  /**
   * Set instead of `changes` when a finding shown under one change concerns many (e.g. "no change is
   * marked", on every change): its count, with a link to the full list under Funn. Listing them all under
   * each change made the page quadratic in the number of changes (60 MB of links at 1,200 changes).
   */
  manyChanges: number | null
  place: string | null
}

export interface ChangeView {
  id: string
  kind: ChangeKind
  kindLabel: string
  citation: string
  currentCitation: string | null
  proposedCitation: string | null
  currentText: string | null
  proposedText: string | null
  words: WordOp[]
  effects: Array<{type: EffectType; typeLabel: string; detail: string}>
  reasons: ReasonView[]
  findings: FindingView[]
  relabel: string | null
  move: {from: string; to: string} | null
  declared: string | null
  instruction: string | null
  previous: string | null
  next: string | null
  sectionAnchor: string | null
  worstSeverity: Severity | null
  /** A new letter or number and nothing else: shown in one quiet line. */
  quiet: boolean
}

export interface SectionView {
  plain: false
  anchor: string
  heading: string
  status: SectionStatus['status']
  statusLabel: string
  statusNote: string | null
  rows: RowView[]
  changes: ChangeView[]
}

/** A section without changes, as it reads (shown collapsed with its unchanged neighbours). */
export interface PlainSectionView {
  plain: true
  anchor: string
  heading: string
  statusLabel: string
  statusNote: string | null
  /**
   * The section as it stands (null if the tree lacks it). Its ledd and items are printed straight from
   * the node (`forEachBlock` in align.ts): ~16,000 sections at 10 MB, no block list made for each.
   */
  section: Provision | null
  /**
   * The proposed node when its source is byte for byte the current one's: it reads the same, so the
   * consolidated text (which prints that node in a complete proposal) reuses this section's paragraphs.
   */
  twin: Provision | null
}

export interface SectionEntry {
  section: SectionView | null
  /** Consecutive sections without changes, collapsed together. */
  group: {label: string; sections: PlainSectionView[]} | null
}

export interface ConsolidatedEntry {
  chapter: string | null
  /** `node` is the consolidated section, printed ledd by ledd like a PlainSectionView's. */
  section: {anchor: string; heading: string; repealed: boolean; changesAnchor: string | null; node: Provision} | null
}

export interface NoteBlockView {
  type: 'paragraph' | 'list' | 'footnote'
  paragraphs: Array<{anchor: string; text: string; citedBy: LinkView[]}>
}

export interface NoteSectionView {
  anchor: string
  level: number
  heading: string
  blocks: NoteBlockView[]
}

export interface DocumentView {
  title: string
  path: string
  roleLabel: string
  preamble: NoteBlockView[]
  sections: NoteSectionView[]
}

export interface ReportView {
  lang: Lang
  docLang: string
  t: Strings
  title: string
  regulation: string | null
  ministry: string | null
  dates: Array<{label: string; value: string}>
  formLabel: string
  formReason: string
  sources: Array<{roleLabel: string; path: string; status: string; statusLabel: string; title: string | null; source: string; remarks: string[]}>
  total: number
  byKind: Array<{label: string; count: number}>
  byEffect: Array<{label: string; count: number}>
  bySeverity: Array<{severity: Severity; label: string; count: number}>
  changeList: Array<{id: string; citation: string; kindLabel: string; effects: string[]; reasons: string; reasonsMissing: boolean; findings: string}>
  findings: FindingView[]
  /** Every change in order (the Markdown report lists them flat). */
  changes: ChangeView[]
  entries: SectionEntry[]
  otherChanges: ChangeView[]
  consolidated: ConsolidatedEntry[]
  note: DocumentView | null
  background: DocumentView[]
  /** What to say when a change has no reasons: no passage found, or no note at all. */
  noReasons: string
  tool: string
  schemaVersion: string
}

// The dates a respondent looks for first; any other named date follows in name order.
const DATE_ORDER = ['hoeringsfrist', 'published', 'inForce', 'currentInForce']
const dateRank = (name: string) => (DATE_ORDER.includes(name) ? DATE_ORDER.indexOf(name) : DATE_ORDER.length)

// Parts, chapters and sections in document order; never below a section (the section views read their
// own ledd), so a 10 MB regulation's ~200,000 ledd, items and sentences are not visited here.
function walkToSections(nodes: Provision[], visit: (p: Provision) => void): void {
  for (const n of nodes) {
    visit(n)
    if (n.kind !== 'section') walkToSections(n.children, visit)
  }
}

/** Parts, chapters and sections by id (SectionStatus ids are section ids). */
function sectionIndex(tree: ProvisionTree): Map<string, Provision> {
  const map = new Map<string, Provision>()
  walkToSections(tree.children, (p) => map.set(p.id, p))
  return map
}

/**
 * `id` without "§", each run of other characters than [A-Za-z0-9_-] as one "-", without leading or
 * trailing "-" (what three regex replaces did; one pass, as it runs for every section twice).
 */
function anchorSlug(id: string): string {
  let out = ''
  let gap = false
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i)
    if (c === 0xa7) continue
    const keep = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45
    if (!keep) {
      gap = true
      continue
    }
    // A run is a "-" only between kept characters: at either end it would be trimmed.
    if (gap && out !== '') out += '-'
    gap = false
    out += id[i]
  }
  return out.charCodeAt(0) === 45 || out.charCodeAt(out.length - 1) === 45 ? out.replace(/^-+|-+$/g, '') : out
}

/** Anchor ids from provision ids: `kap3/§3-1` → `p-kap3-3-1`; unique within the page. */
function anchorFactory() {
  const used = new Set<string>()
  return (prefix: string, id: string): string => {
    const base = `${prefix}-${anchorSlug(id)}`
    let anchor = base
    for (let n = 2; used.has(anchor); n++) anchor = `${base}-${n}`
    used.add(anchor)
    return anchor
  }
}

/** `kap3/§3-1/ledd2/pkt1` → `kap3/§3-1`: the id of the section a provision id sits in (null above sections). */
function sectionKey(id: string): string | null {
  // The first path segment that starts with "§", found without splitting (called for every section and change).
  let at = 0
  if (!id.startsWith('§')) {
    at = id.indexOf('/§') + 1
    if (at === 0) return null
  }
  const end = id.indexOf('/', at)
  return end < 0 ? id : id.slice(0, end)
}

/** `[a, b].filter(Boolean).join('. ')` without the array (a heading for every section, twice). */
function dotJoin(a: string | null | undefined, b: string | null | undefined): string {
  return a && b ? `${a}. ${b}` : a || b || ''
}

const within = (id: string | undefined, blockId: string) => id !== undefined && (id === blockId || id.startsWith(blockId + '/'))

// Each change is attached to the most specific block it falls in (an item rather than its ledd's lead-in).
function blockFor(id: string | undefined, blocks: DisplayBlock[]): DisplayBlock | null {
  let best: DisplayBlock | null = null
  for (const b of blocks) if (within(id, b.id) && (!best || b.id.length > best.id.length)) best = b
  return best
}

/**
 * The view of a report. `scope: 'summary'` leaves out what only the HTML page shows (the section-by-section
 * views, the consolidated text, the note appendix; `entries`, `otherChanges`, `consolidated` are empty, `note`
 * null, `background` empty): for a whole law that is most of the work, and the Markdown comment needs none
 * of it.
 */
export function buildView(report: Report, lang: Lang, scope: 'full' | 'summary' = 'full'): ReportView {
  const full = scope === 'full'
  const t = STRINGS[lang]
  const {diff} = report
  const anchor = anchorFactory()
  const currentIndex = full ? sectionIndex(report.regulation.current) : new Map<string, Provision>()
  const proposedIndex = full ? sectionIndex(report.regulation.proposed) : new Map<string, Provision>()
  const kindLabels = KIND_LABELS[lang]
  const severityLabels = SEVERITY_LABELS[lang]

  // Paragraph anchors in the appendix: a (document, anchor) pair maps to a DOM id that is unique even
  // if two documents used the same anchor; links from reasons go through this map.
  const domIds = new Map<string, string>()
  const documents = [...(report.note ? [report.note] : []), ...report.background]
  const seen = new Set<string>()
  for (const doc of documents) {
    const register = (a: string) => {
      const key = `${doc.path}#${a}`
      if (domIds.has(key)) return
      const id = seen.has(a) ? anchor('d', `${doc.path}-${a}`) : a
      seen.add(id)
      domIds.set(key, id)
    }
    const visit = (sections: NoteSection[]) => {
      for (const s of sections) {
        register(s.anchor)
        s.paragraphs.forEach((p) => register(p.anchor))
        visit(s.children)
      }
    }
    doc.preamble.forEach((p) => register(p.anchor))
    visit(doc.sections)
  }

  const findingView = (f: Finding, underChange = false): FindingView => ({
    severity: f.severity,
    severityLabel: severityLabels[f.severity],
    code: f.code,
    codeLabel: FINDING_LABELS[lang][f.code] ?? f.code,
    message: lang === 'en' ? f.messageEn : f.message,
    changes: underChange && f.changeIds.length > MAX_LISTED_CHANGES ? [] : f.changeIds.map((id) => ({id, label: id})),
    manyChanges: underChange && f.changeIds.length > MAX_LISTED_CHANGES ? f.changeIds.length : null,
    place: f.place ? `${f.place.path}:${f.place.position.start.line}:${f.place.position.start.column}` : null
  })

  // Changes by the section their current and proposed provisions sit in, so that a section looks only at
  // its own changes (a 10 MB regulation has ~16,000 sections and ~1,300 changes).
  const bySection = new Map<string, Change[]>()
  const file = (id: string | undefined, c: Change) => {
    if (id === undefined) return
    // Ids without a § segment (provisions numbered without "§") go to every section's candidates.
    const key = sectionKey(id) ?? '*'
    const list = bySection.get(key) ?? []
    if (list[list.length - 1] !== c) list.push(c)
    bySection.set(key, list)
  }
  for (const c of diff.changes) {
    file(c.current?.id, c)
    file(c.proposed?.id, c)
    file(c.sectionId, c)
  }
  const findingsByChange = new Map<string, Finding[]>()
  for (const f of diff.findings) {
    for (const id of f.changeIds) {
      const list = findingsByChange.get(id)
      if (list) list.push(f)
      else findingsByChange.set(id, [f])
    }
  }

  const sectionAnchors = new Map<string, string>()
  const changeViews: ChangeView[] = diff.changes.map((c, i) => changeView(c, i))
  function changeView(c: Change, i: number): ChangeView {
    const findings = (findingsByChange.get(c.id) ?? []).map((f) => findingView(f, true))
    const worst = SEVERITIES.find((s) => findings.some((f) => f.severity === s)) ?? null
    return {
      id: c.id,
      kind: c.kind,
      kindLabel: kindLabels[c.kind],
      citation: c.proposed?.citation ?? c.current?.citation ?? c.sectionId,
      currentCitation: c.current?.citation ?? null,
      proposedCitation: c.proposed?.citation ?? null,
      currentText: c.current?.text ?? null,
      proposedText: c.proposed?.text ?? null,
      words: c.words,
      effects: c.effects.map((e) => ({type: e.type, typeLabel: EFFECT_LABELS[lang][e.type], detail: lang === 'en' ? e.detailEn : e.detail})),
      reasons: c.reasons.map((r) => {
        const doc = documents.find((d) => d.path === r.path)
        return {
          href: domIds.has(`${r.path}#${r.anchor}`) ? `#${domIds.get(`${r.path}#${r.anchor}`)}` : null,
          linkLabel: r.document === 'note' ? t.readInNote : t.readInBackground,
          documentLabel: r.document === 'note' ? t.note : (doc?.title ?? r.path),
          where:
            r.document === 'background' && r.heading === (doc?.title ?? r.path)
              ? ''
              : r.noteSection && !r.heading.startsWith(r.noteSection) ? `${r.noteSection} ${r.heading}` : r.heading,
          excerpt: r.excerpt,
          methodLabel: METHOD_LABELS[lang][r.method],
          score: r.score.toFixed(2)
        }
      }),
      findings,
      relabel: c.relabel && c.kind !== 'moved' ? `${c.relabel.from} → ${c.relabel.to}` : null,
      move: c.kind === 'moved' && c.current && c.proposed ? {from: c.current.citation, to: c.proposed.citation} : null,
      declared: c.declared ? DECLARED_LABELS[lang][c.declared] : null,
      instruction: c.instruction?.text ?? null,
      previous: diff.changes[i - 1]?.id ?? null,
      next: diff.changes[i + 1]?.id ?? null,
      sectionAnchor: null,
      worstSeverity: worst,
      quiet: c.kind === 'relettered' && c.effects.length === 0 && c.reasons.length === 0 && findings.length === 0 && c.instruction === null
    }
  }
  const changeById = new Map(changeViews.map((v) => [v.id, v]))
  const changeIndex = new Map(diff.changes.map((c) => [c.id, c]))

  // Sections, in the diff's order; a change belongs to the section named by its sectionId.
  const placed = new Set<string>()
  const byId = (a: Change, b: Change) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  const anywhere = bySection.get('*')
  const sectionViews: Array<SectionView | PlainSectionView> = (full ? diff.sections : []).map((s) => {
    const current = s.currentId ? (currentIndex.get(s.currentId) ?? null) : null
    const proposed = s.proposedId ? (proposedIndex.get(s.proposedId) ?? null) : null
    const sectionAnchor = anchor('p', s.currentId ?? s.proposedId ?? s.citation)
    const nearCurrent = s.currentId ? bySection.get(sectionKey(s.currentId) ?? s.currentId) : undefined
    const nearProposed = s.proposedId ? bySection.get(sectionKey(s.proposedId) ?? s.proposedId) : undefined
    // Most sections of a whole law have no change near them: skip the lists, the sets, the sort and the
    // filter (the lists in `bySection` are never empty).
    const candidates =
      !nearCurrent && !nearProposed && s.changeIds.length === 0 && !anywhere
        ? []
        : [
            ...new Set([
              ...(nearCurrent ?? []),
              ...(nearProposed ?? []),
              ...s.changeIds.map((id) => changeIndex.get(id)).filter((c): c is Change => c !== undefined),
              ...(anywhere ?? [])
            ])
          ].sort(byId)
    const listed = candidates.length === 0 ? null : new Set(s.changeIds)
    const own = listed === null ? [] : candidates.filter((c) => listed.has(c.id) || c.sectionId === s.currentId || c.sectionId === s.proposedId)
    for (const c of own) {
      placed.add(c.id)
      sectionAnchors.set(c.id, sectionAnchor)
    }
    const heading = dotJoin(s.citation, (proposed ?? current)?.title)
    const statusNote =
      s.status === 'added' ? t.newSection : s.status === 'repealed' ? t.repealedSection : s.status === 'not-in-proposal' ? t.notInProposal : null
    const statusLabel = SECTION_STATUS_LABELS[lang][s.status]
    // A section shown as it stands (collapsed with its unchanged neighbours) needs no alignment and no
    // word diff: its ledd and items are printed as they read.
    if (own.length === 0 && (s.status === 'unchanged' || s.status === 'not-in-proposal')) {
      const twin = proposed && current && proposed !== current && proposed.source === current.source && proposed.repealed === current.repealed ? proposed : null
      return {plain: true, anchor: sectionAnchor, heading, statusLabel, statusNote, section: current, twin}
    }
    const currentBlocks = sectionBlocks(current)
    const showProposed = s.status !== 'unchanged' && s.status !== 'not-in-proposal'
    const proposedBlocks = showProposed ? sectionBlocks(proposed) : currentBlocks
    const rows =
      s.status === 'repealed' || s.status === 'removed'
        ? alignBlocks(currentBlocks, [])
        : alignBlocks(currentBlocks, proposed || !showProposed ? proposedBlocks : [])
    // Where each candidate change sits, found once per section rather than once per row.
    const placements = candidates.map((c) => ({c, current: blockFor(c.current?.id, currentBlocks), proposed: blockFor(c.proposed?.id, proposedBlocks)}))
    return {
      plain: false,
      anchor: sectionAnchor,
      heading,
      status: s.status,
      statusLabel,
      statusNote,
      rows: rows.map((r) => rowView(r, placements)),
      changes: own.map((c) => changeById.get(c.id)!)
    }
  })

  function rowView(r: DisplayRow, placements: Array<{c: Change; current: DisplayBlock | null; proposed: DisplayBlock | null}>): RowView {
    const changes: LinkView[] = []
    const moves: string[] = []
    for (const {c, current, proposed} of placements) {
      const hitCurrent = r.current && current === r.current
      const hitProposed = r.proposed && proposed === r.proposed
      if (!hitCurrent && !hitProposed) continue
      changes.push({id: c.id, label: c.id})
      if (c.kind === 'moved' && c.current && c.proposed) {
        if (hitProposed && !hitCurrent) moves.push(`${t.movedFrom} ${c.current.citation}`)
        if (hitCurrent && !hitProposed) moves.push(`${t.movedTo} ${c.proposed.citation}`)
      }
    }
    const labelChanged = !!(r.current && r.proposed && r.current.label !== r.proposed.label)
    const cell = (b: DisplayBlock | null, drop: WordOp['op']): CellView | null =>
      b ? {label: b.label, formerLabel: null, ops: r.ops.filter((o) => o.op !== drop)} : null
    const proposed = cell(r.proposed, 'delete')
    if (proposed && labelChanged) proposed.formerLabel = r.current!.label
    return {
      status: r.status,
      current: cell(r.current, 'insert'),
      proposed,
      ops: r.ops,
      label: (r.proposed ?? r.current)!.label,
      formerLabel: labelChanged ? r.current!.label : null,
      changes,
      moves
    }
  }

  for (const v of changeViews) v.sectionAnchor = sectionAnchors.get(v.id) ?? null

  const entries: SectionEntry[] = []
  let run: PlainSectionView[] = []
  const flush = () => {
    if (run.length === 0) return
    const first = run[0]!.heading.split('. ')[0]
    const last = run[run.length - 1]!.heading.split('. ')[0]
    entries.push({section: null, group: {label: `${run.length} ${t.unchangedGroup}: ${first}${run.length > 1 ? ` – ${last}` : ''}`, sections: run}})
    run = []
  }
  for (const s of sectionViews) {
    if (s.plain) run.push(s)
    else {
      flush()
      entries.push({section: s, group: null})
    }
  }
  flush()

  // Consolidated text: link each section that has changes to its place in the section-by-section part.
  const statusByCitation = new Map(sectionViews.map((s, i) => [diff.sections[i]!.citation, s]))
  const consolidated: ConsolidatedEntry[] = []
  walkToSections(full ? report.regulation.consolidated.children : [], (p) => {
    if (p.kind === 'chapter' || p.kind === 'part') {
      consolidated.push({chapter: [p.kind === 'chapter' ? `${t.chapter} ${p.label ?? ''}`.trim() : p.citation, p.title].filter(Boolean).join('. '), section: null})
    } else if (p.kind === 'section') {
      const status = statusByCitation.get(p.citation)
      consolidated.push({
        chapter: null,
        section: {
          anchor: anchor('k', p.id),
          heading: p.repealed ? `${p.citation}. ${t.repealed}` : dotJoin(p.citation, p.title),
          repealed: p.repealed,
          changesAnchor: status && !status.plain && status.changes.length > 0 ? status.anchor : null,
          node: p
        }
      })
    }
  })

  const citedBy = new Map<string, LinkView[]>()
  for (const c of diff.changes) {
    for (const r of c.reasons) {
      const key = `${r.path}#${r.anchor}`
      const list = citedBy.get(key) ?? []
      if (!list.some((l) => l.id === c.id)) list.push({id: c.id, label: c.id})
      citedBy.set(key, list)
    }
  }
  const documentView = (doc: NoteTree, roleLabel: string, baseLevel: number): DocumentView => {
    const blocks = (paragraphs: NoteParagraph[]): NoteBlockView[] => {
      const out: NoteBlockView[] = []
      for (const p of paragraphs) {
        const type = p.type === 'list-item' ? 'list' : p.type
        const view = {anchor: domIds.get(`${doc.path}#${p.anchor}`) ?? p.anchor, text: p.text, citedBy: citedBy.get(`${doc.path}#${p.anchor}`) ?? []}
        const last = out[out.length - 1]
        if (type === 'list' && last?.type === 'list') last.paragraphs.push(view)
        else out.push({type, paragraphs: [view]})
      }
      return out
    }
    const sections: NoteSectionView[] = []
    const visit = (list: NoteSection[]) => {
      for (const s of list) {
        sections.push({
          anchor: domIds.get(`${doc.path}#${s.anchor}`) ?? s.anchor,
          level: Math.min(6, baseLevel + Math.max(1, s.depth) - 1),
          // Some note readers keep the number in the heading text ("4.3. Forsøket …"); print it once.
          heading: s.number && !s.heading.startsWith(s.number) ? `${s.number} ${s.heading}` : s.heading,
          blocks: blocks(s.paragraphs)
        })
        visit(s.children)
      }
    }
    visit(doc.sections)
    return {title: doc.title ?? doc.path, path: doc.path, roleLabel, preamble: blocks(doc.preamble), sections}
  }

  const count = <T>(list: T[], pred: (x: T) => boolean) => list.reduce((n, x) => n + (pred(x) ? 1 : 0), 0)
  const allEffects = diff.changes.flatMap((c) => c.effects)

  return {
    lang,
    // From case.yaml: only a well-formed BCP 47 tag may go into lang="" (else screen readers guess).
    docLang: /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(report.case.language) ? report.case.language : 'nb',
    t,
    title: report.case.title,
    regulation: [report.case.regulationId, report.case.shortTitle].filter(Boolean).join(' – ') || null,
    ministry: report.case.ministry,
    dates: Object.keys(report.case.dates)
      .sort((a, b) => dateRank(a) - dateRank(b) || (a < b ? -1 : a > b ? 1 : 0))
      .map((k) => ({label: DATE_LABELS[lang][k] ?? k.charAt(0).toUpperCase() + k.slice(1), value: formatDate(report.case.dates[k]!, lang)})),
    formLabel: FORM_LABELS[lang][diff.form],
    formReason: diff.formReason,
    sources: report.sources.map((s) => ({
      roleLabel: ROLE_LABELS[lang][s.role], path: s.path, status: s.status, statusLabel: STATUS_LABELS[lang][s.status],
      title: s.title, source: s.source, remarks: s.remarks
    })),
    total: diff.changes.length,
    byKind: KINDS.map((k) => ({label: kindLabels[k], count: count(diff.changes, (c) => c.kind === k)})),
    byEffect: EFFECTS.map((e) => ({label: EFFECT_LABELS[lang][e], count: count(allEffects, (x) => x.type === e)})),
    bySeverity: SEVERITIES.map((s) => ({severity: s, label: severityLabels[s], count: count(diff.findings, (f) => f.severity === s)})),
    changeList: changeViews.map((v) => ({
      id: v.id,
      citation: v.citation,
      kindLabel: v.kindLabel,
      effects: v.effects.length ? v.effects.map((e) => e.detail) : [t.noEffect],
      reasons: v.reasons.length ? `${v.reasons.length} ${v.reasons.length === 1 ? t.reasonFound : t.reasonsFound}` : t.reasonsMissing,
      reasonsMissing: v.reasons.length === 0,
      findings: SEVERITIES.map((s) => [s, count(v.findings, (f) => f.severity === s)] as const)
        .filter(([, n]) => n > 0)
        .map(([s, n]) => `${n} ${(n === 1 ? SEVERITY_COUNT_LABELS[lang].one : SEVERITY_COUNT_LABELS[lang].many)[s]}`)
        .join(', ')
    })),
    findings: diff.findings.map((f) => findingView(f)),
    changes: changeViews,
    entries,
    otherChanges: full ? changeViews.filter((v) => !placed.has(v.id)) : [],
    consolidated,
    note: full && report.note ? documentView(report.note, t.note, 3) : null,
    background: full ? report.background.map((d) => documentView(d, ROLE_LABELS[lang].background, 4)) : [],
    noReasons: report.note || report.background.length > 0 ? t.noReasons : t.noNote,
    tool: `${report.tool.name} ${report.tool.version}`,
    schemaVersion: report.schemaVersion
  }
}
