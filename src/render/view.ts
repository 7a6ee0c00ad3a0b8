/**
 * The view model: everything the templates show, computed once, as plain data. Templates only loop and
 * print; every decision (headlines, order, grouping, anchors, which findings a reader sees) is made here
 * and in significance.ts, where it can be tested and the same report always gives the same view.
 */
import {forEachBlock, sectionBlocks, sectionRows, type SectionRow} from './sides.js'
import {
  DATE_LABELS, EFFECT_LABELS, FINDING_LABELS, FORM_LABELS, KIND_LABELS, ROLE_LABELS, SECTION_STATUS_LABELS, STATUS_LABELS,
  STRINGS, formReasonText, formatDate, type Lang, type Strings
} from './i18n.js'
import {isReaderFinding, significance, summaryPoints, type Placement, type Significance} from './significance.js'
import type {Change, ChangeKind, Finding, NoteParagraph, NoteSection, NoteTree, Provision, ProvisionTree, Report, SectionStatus, Severity, WordOp} from '../types.js'
import {documentViews, type DocumentView} from './documents.js'

export type {DocumentView} from './documents.js'

export interface LinkView {
  id: string
  label: string
}

export interface CellView {
  label: string | null
  formerLabel: string | null
  ops: WordOp[]
}

export interface RowView {
  changed: boolean
  /** Both sides in one run (for tracked changes in Word). */
  inline: WordOp[]
  current: CellView | null
  proposed: CellView | null
  /** Moves into or out of this row, linked to their card in another section. */
  notes: Array<{href: string; text: string}>
}

export interface ReasonView {
  href: string | null
  linkLabel: string
  documentLabel: string
  where: string
  excerpt: string
}

export interface FindingView {
  severity: Severity
  severityLabel: string
  title: string
  message: string
  changes: LinkView[]
  /**
   * Under a card, a finding about many changes names only the first few (else a finding about every change
   * would list them all on every card: 14,000 links per card at 10 MB); the rest are counted, linking to the
   * finding in «Verdt å merke seg».
   */
  moreLabel: string | null
}

export interface ChangeView {
  id: string
  kind: ChangeKind
  kindLabel: string
  headline: string
  citation: string
  currentCitation: string | null
  proposedCitation: string | null
  currentText: string | null
  proposedText: string | null
  words: WordOp[]
  /** The effects beyond the headline, each in one line. */
  effects: Array<{detail: string; typeLabel: string}>
  /** For a move: where from and where to; the card then shows the word diff against where it came from. */
  move: {from: string; to: string} | null
  relabel: string | null
  instruction: string | null
  /** Changes that follow from this one (new letters after an item is removed), said in one line. */
  folded: {ids: string[]; line: string} | null
  /** The note's reasoning (the strongest passage, the others collapsed). */
  reason: ReasonView | null
  moreReasons: ReasonView[]
  /** Background documents that also speak to the change (never shown as the ministry's reasoning). */
  background: ReasonView[]
  findings: FindingView[]
  /** For an editorial change: the source's own remark that explains it. */
  editorialRemark: string | null
  previous: LinkView | null
  next: LinkView | null
  weight: number
  placement: Placement['kind']
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
  section: Provision | null
  /** The proposed node when its source is byte for byte the current one's (the consolidated text reuses it). */
  twin: Provision | null
}

export interface SectionEntry {
  section: SectionView | null
  /**
   * Unchanged sections in a row. The page prints only their label and a link to the first of them in the
   * consolidated text (`href`), where their wording is; the Word report prints their `sections`.
   */
  group: {label: string; href: string; sections: PlainSectionView[]} | null
}

/**
 * A line of the consolidated text: a heading (a chapter opens a fold, `<details>`, open when something in it
 * changes; a part is a plain heading), a section, or with neither, the close of the last fold.
 */
export interface ConsolidatedEntry {
  chapter: string | null
  /** This heading opens a fold (a chapter) rather than standing alone (a part). */
  fold: boolean
  /** The fold is open: a section in it has changes. */
  open: boolean
  /** Close the fold opened before this entry. */
  closeFold: boolean
  section: {anchor: string; heading: string; repealed: boolean; changesAnchor: string | null; node: Provision} | null
}

export interface ReportView {
  lang: Lang
  docLang: string
  t: Strings
  title: string
  regulation: string | null
  ministry: string | null
  dates: Array<{label: string; value: string}>
  reportDate: string | null
  formLabel: string
  formReason: string
  sources: Array<{roleLabel: string; path: string; status: string; statusLabel: string; title: string | null; source: string; remarks: string[]}>
  /** The note's summary points with the changes each covers (empty when the note has none). */
  points: Array<{text: string; changes: LinkView[]}>
  /** The changes with cards, most consequential first. */
  /** The change list, most consequential first; changes with the same headline (a bulk rename) share one line. */
  ranked: RankedEntry[]
  findings: FindingView[]
  /** Every change with a card, in document order (Markdown and the answer form list them flat). */
  changes: ChangeView[]
  editorial: ChangeView[]
  entries: SectionEntry[]
  otherChanges: ChangeView[]
  consolidated: ConsolidatedEntry[]
  note: DocumentView | null
  background: DocumentView[]
  counts: {total: number; cards: number; folded: number; editorial: number; diagnostics: number}
  noReasons: string
  tool: string
  schemaVersion: string
  files: {docx: string; answer: string; consolidated: string}
}

// The dates a respondent looks for first; any other named date follows in name order.
const DATE_ORDER = ['hoeringsfrist', 'published', 'inForce', 'currentInForce']
const dateRank = (name: string) => (DATE_ORDER.includes(name) ? DATE_ORDER.indexOf(name) : DATE_ORDER.length)

/**
 * The date a report carries (never the clock): `dates.report` if the case gives one, else the date the
 * note was sent (`published`), else the latest date the case names.
 */
export function reportDate(dates: Record<string, string>): string | null {
  if (dates['report']) return dates['report']
  if (dates['published']) return dates['published']
  const all = Object.values(dates).sort()
  return all[all.length - 1] ?? null
}

function walkToSections(nodes: Provision[], visit: (p: Provision) => void): void {
  for (const n of nodes) {
    visit(n)
    if (n.kind !== 'section') walkToSections(n.children, visit)
  }
}

function sectionIndex(tree: ProvisionTree): Map<string, Provision> {
  const map = new Map<string, Provision>()
  walkToSections(tree.children, (p) => map.set(p.id, p))
  return map
}

/** `id` without "§", each run of characters other than [A-Za-z0-9_-] as one "-", trimmed of "-". */
function anchorSlug(id: string): string {
  return id.replace(/§/g, '').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '')
}

/** Anchor ids from provision ids: `kap3/§3-1` → `p-kap3-3-1`; unique within the page. */
export function anchorFactory(): (prefix: string, id: string) => string {
  const used = new Set<string>()
  return (prefix, id) => {
    const base = `${prefix}-${anchorSlug(id)}`
    let anchor = base
    for (let n = 2; used.has(anchor); n++) anchor = `${base}-${n}`
    used.add(anchor)
    return anchor
  }
}

/** `kap3/§3-1/ledd2/pkt1` → `kap3/§3-1`: the id of the section a provision id sits in (null above sections). */
function sectionKey(id: string): string | null {
  let at = 0
  if (!id.startsWith('§')) {
    at = id.indexOf('/§') + 1
    if (at === 0) return null
  }
  const end = id.indexOf('/', at)
  return end < 0 ? id : id.slice(0, end)
}

function dotJoin(a: string | null | undefined, b: string | null | undefined): string {
  return a && b ? `${a}. ${b}` : a || b || ''
}

/** What every part of the view reads: the report, the language, the decisions of significance.ts. */
interface Ctx {
  report: Report
  lang: Lang
  t: Strings
  sig: Map<string, Significance>
  anchor: (prefix: string, id: string) => string
  /** DOM id of each note paragraph by `path#anchor`. */
  domIds: Map<string, string>
  findingsByChange: Map<string, Finding[]>
  readerFinding: (f: Finding) => boolean
  changeById: Map<string, Change>
}

function makeCtx(report: Report, lang: Lang, full: boolean): Ctx {
  const t = STRINGS[lang]
  const titles = new Map<string, string | null>()
  if (full) walkToSections(report.regulation.current.children, (p) => titles.set(p.id, p.title))
  else for (const c of report.diff.changes) if (c.kind === 'repealed') titles.set(c.current?.id ?? c.sectionId, sectionTitleOf(report.regulation.current, c.current?.id ?? c.sectionId))
  const sig = significance(report, lang, titles)
  const placements = new Map([...sig].map(([id, s]) => [id, s.placement]))
  const findingsByChange = new Map<string, Finding[]>()
  for (const f of report.diff.findings) {
    for (const id of f.changeIds) findingsByChange.set(id, [...(findingsByChange.get(id) ?? []), f])
  }
  const anchor = anchorFactory()
  return {
    report, lang, t, sig, anchor,
    domIds: documentAnchors(report, anchor),
    findingsByChange,
    readerFinding: (f) => isReaderFinding(f, report, placements),
    changeById: new Map(report.diff.changes.map((c) => [c.id, c]))
  }
}

function sectionTitleOf(tree: ProvisionTree, id: string): string | null {
  let title: string | null = null
  walkToSections(tree.children, (p) => {
    if (p.id === id) title = p.title
  })
  return title
}

/** Paragraph anchors of the appended documents: unique DOM ids even when two documents share an anchor. */
function documentAnchors(report: Report, anchor: (prefix: string, id: string) => string): Map<string, string> {
  const domIds = new Map<string, string>()
  const seen = new Set<string>()
  for (const doc of [...(report.note ? [report.note] : []), ...report.background]) {
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
        s.paragraphs.forEach((p: NoteParagraph) => register(p.anchor))
        visit(s.children)
      }
    }
    doc.preamble.forEach((p) => register(p.anchor))
    visit(doc.sections)
  }
  return domIds
}

/** A change named for a reader: by its headline (never by its id). */
function changeLink(ctx: Ctx, id: string): LinkView {
  const placement = ctx.sig.get(id)?.placement
  const target = placement?.kind === 'folded' ? placement.into : id
  const c = ctx.changeById.get(target)
  return {id, label: c?.proposed?.citation ?? c?.current?.citation ?? c?.sectionId ?? id}
}

/** How many other changes a finding under a card names before it counts the rest. */
const CARD_FINDING_LINKS = 5

/** A finding as shown; under a change (`under`), it does not link to that change again. */
function findingView(ctx: Ctx, f: Finding, under: string | null = null): FindingView {
  const others = f.changeIds.filter((id) => id !== under)
  const shown = under === null ? others : others.slice(0, CARD_FINDING_LINKS)
  const more = others.length - shown.length
  return {
    severity: f.severity,
    severityLabel: f.severity,
    title: FINDING_LABELS[ctx.lang][f.code] ?? f.code,
    message: ctx.lang === 'en' ? f.messageEn : f.message,
    changes: shown.map((id) => changeLink(ctx, id)),
    moreLabel: more > 0 ? `${ctx.t.and} ${more} ${more === 1 ? ctx.t.moreChange : ctx.t.moreChanges}` : null
  }
}

function reasonView(ctx: Ctx, r: Change['reasons'][number]): ReasonView {
  const doc = r.document === 'note' ? ctx.report.note : ctx.report.background.find((d) => d.path === r.path)
  const dom = ctx.domIds.get(`${r.path}#${r.anchor}`)
  const title = doc?.title ?? r.path
  return {
    href: dom ? `#${dom}` : null,
    linkLabel: r.document === 'note' ? ctx.t.readInNote : ctx.t.readInBackground,
    documentLabel: r.document === 'note' ? ctx.t.note : title,
    where: r.document === 'background' && r.heading === title ? '' : r.noteSection && !r.heading.startsWith(r.noteSection) ? `${r.noteSection} ${r.heading}` : r.heading,
    excerpt: r.excerpt
  }
}

/** "bokstav b, c og e blir a, b og d; ordlyden er den samme." for the reletterings a change caused. */
function foldedLine(ctx: Ctx, changes: Change[]): string {
  const and = ctx.lang === 'en' ? 'and' : 'og'
  const list = (xs: string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} ${and} ${xs[xs.length - 1]}` : (xs[0] ?? ''))
  const from = list(changes.map((c) => c.relabel?.from ?? c.current?.citation ?? ''))
  const to = list(changes.map((c) => c.relabel?.to ?? c.proposed?.citation ?? ''))
  const what = changes[0]?.level === 'item' ? (ctx.lang === 'en' ? 'item' : 'bokstav') : ''
  return ctx.lang === 'en' ? `${what} ${from} becomes ${to}; the wording is the same.`.trim() : `${what} ${from} blir ${to}; ordlyden er den samme.`.trim()
}

function changeView(ctx: Ctx, c: Change): ChangeView {
  const s = ctx.sig.get(c.id)!
  const note = c.reasons.filter((r) => r.document === 'note')
  const lead = s.effects.filter((e) => e !== s.lead)
  return {
    id: c.id,
    kind: c.kind,
    kindLabel: KIND_LABELS[ctx.lang][c.kind],
    headline: s.headline,
    citation: c.proposed?.citation ?? c.current?.citation ?? c.sectionId,
    currentCitation: c.current?.citation ?? null,
    proposedCitation: c.proposed?.citation ?? null,
    currentText: c.current?.text ?? null,
    proposedText: c.proposed?.text ?? null,
    words: c.words,
    effects: lead.map((e) => ({detail: ctx.lang === 'en' ? e.detailEn : e.detail, typeLabel: EFFECT_LABELS[ctx.lang][e.type]})),
    move: c.kind === 'moved' && c.current && c.proposed ? {from: c.current.citation, to: c.proposed.citation} : null,
    relabel: c.relabel && c.kind !== 'moved' ? `${c.relabel.from} → ${c.relabel.to}` : null,
    instruction: c.instruction?.text ?? null,
    folded: null,
    reason: note[0] ? reasonView(ctx, note[0]) : null,
    moreReasons: note.slice(1).map((r) => reasonView(ctx, r)),
    background: c.reasons.filter((r) => r.document === 'background').map((r) => reasonView(ctx, r)),
    // What a repeal leaves behind is said on the repeal, not on each move out of the repealed section.
    findings: (ctx.findingsByChange.get(c.id) ?? [])
      .filter((f) => ctx.readerFinding(f) && (f.code !== 'repealed-content' || c.kind === 'repealed'))
      .map((f) => findingView(ctx, f, c.id)),
    editorialRemark: s.placement.kind === 'editorial' ? s.placement.remark : null,
    previous: null,
    next: null,
    weight: s.weight,
    placement: s.placement.kind
  }
}

/** Cards in document order with their folded changes and previous/next links among the cards. */
function changeViews(ctx: Ctx): {cards: ChangeView[]; editorial: ChangeView[]; all: Map<string, ChangeView>} {
  const all = new Map(ctx.report.diff.changes.map((c) => [c.id, changeView(ctx, c)]))
  const causes = new Map<string, Change[]>()
  for (const c of ctx.report.diff.changes) {
    const p = ctx.sig.get(c.id)!.placement
    if (p.kind === 'folded') causes.set(p.into, [...(causes.get(p.into) ?? []), c])
  }
  for (const [id, list] of causes) {
    const view = all.get(id)
    if (view) view.folded = {ids: list.map((c) => c.id), line: foldedLine(ctx, list)}
  }
  const cards = [...all.values()].filter((v) => v.placement === 'card')
  const editorial = [...all.values()].filter((v) => v.placement === 'editorial')
  const walk = [...cards, ...editorial]
  walk.forEach((v, i) => {
    const prev = walk[i - 1]
    const next = walk[i + 1]
    v.previous = prev ? {id: prev.id, label: prev.citation} : null
    v.next = next ? {id: next.id, label: next.citation} : null
  })
  return {cards, editorial, all}
}

/** The note's summary points with their changes, and a last line for the changes no point covers. */
function pointViews(ctx: Ctx, cards: ChangeView[]): Array<{text: string; changes: LinkView[]}> {
  const points = summaryPoints(ctx.report.diff.findings, ctx.report.note)
  if (points.length === 0) return []
  const covered = new Set<string>()
  const views = points.map((p) => {
    const ids = [...new Set(p.changeIds.map((id) => {
      const placement = ctx.sig.get(id)?.placement
      return placement?.kind === 'folded' ? placement.into : id
    }))].filter((id) => ctx.sig.get(id)?.placement.kind === 'card')
    ids.forEach((id) => covered.add(id))
    return {text: p.point, changes: ids.map((id) => changeLink(ctx, id))}
  })
  const rest = cards.filter((c) => !covered.has(c.id))
  if (rest.length > 0) views.push({text: ctx.t.otherPoint, changes: rest.map((c) => changeLink(ctx, c.id))})
  return views
}

/** Which section each change's card goes in: its own (`sectionId`), else the first section that lists it. */
function homeSections(report: Report): Map<string, number> {
  const bySectionId = new Map<string, number>()
  report.diff.sections.forEach((s, i) => {
    if (s.currentId) bySectionId.set(s.currentId, i)
    if (s.proposedId && !bySectionId.has(s.proposedId)) bySectionId.set(s.proposedId, i)
  })
  // The first section listing each change, found in one pass (a search per change was quadratic: 16 M
  // comparisons for a 10 MB regulation).
  const listedIn = new Map<string, number>()
  report.diff.sections.forEach((s, i) => {
    for (const id of s.changeIds) if (!listedIn.has(id)) listedIn.set(id, i)
  })
  const home = new Map<string, number>()
  for (const c of report.diff.changes) {
    const own = bySectionId.get(c.sectionId) ?? listedIn.get(c.id)
    if (own !== undefined) home.set(c.id, own)
  }
  return home
}

/** The changes whose home is each section, by section index, in document order. */
function changesByHome(report: Report, home: Map<string, number>): Map<number, Change[]> {
  const by = new Map<number, Change[]>()
  for (const c of report.diff.changes) {
    const i = home.get(c.id)
    if (i === undefined) continue
    const list = by.get(i)
    if (list) list.push(c)
    else by.set(i, [c])
  }
  return by
}

/** Changes by the section their current or proposed provision sits in (for the rows of each section). */
function changesNear(report: Report): Map<string, Change[]> {
  const near = new Map<string, Change[]>()
  const file = (id: string | undefined, c: Change) => {
    if (id === undefined) return
    const key = sectionKey(id) ?? '*'
    const list = near.get(key) ?? []
    if (list[list.length - 1] !== c) list.push(c)
    near.set(key, list)
  }
  for (const c of report.diff.changes) {
    file(c.current?.id, c)
    file(c.proposed?.id, c)
  }
  return near
}

function rowView(ctx: Ctx, r: SectionRow, cardSection: Map<string, string>, here: string): RowView {
  const notes: RowView['notes'] = []
  for (const id of r.changeIds) {
    const c = ctx.changeById.get(id)!
    if (c.kind !== 'moved' || !c.current || !c.proposed) continue
    const arriving = r.proposed?.id === c.proposed.id || c.proposed.id.startsWith(`${r.proposed?.id}/`)
    const text = arriving ? `${ctx.t.movedHere} ${c.current.citation}` : `${ctx.t.movedAway} ${c.proposed.citation}`
    if (cardSection.get(id) !== here || arriving) notes.push({href: `#${id}`, text})
  }
  return {
    changed: r.changed,
    inline: r.inline,
    current: r.current ? {label: r.current.label, formerLabel: null, ops: r.current.ops} : null,
    proposed: r.proposed ? {label: r.proposed.label, formerLabel: r.formerLabel, ops: r.proposed.ops} : null,
    notes
  }
}

interface SectionsOut {
  entries: SectionEntry[]
  otherChanges: ChangeView[]
  /** The anchor of the section part each section's changes are in, by section citation. */
  anchors: Map<string, string>
}

function sectionViews(ctx: Ctx, views: Map<string, ChangeView>, inConsolidated: Map<string, string>): SectionsOut {
  const {report, t, lang} = ctx
  const currentIndex = sectionIndex(report.regulation.current)
  const proposedIndex = sectionIndex(report.regulation.proposed)
  const home = homeSections(report)
  const near = changesNear(report)
  const ownBySection = changesByHome(report, home)
  const anchors = report.diff.sections.map((s) => ctx.anchor('p', s.currentId ?? s.proposedId ?? s.citation))
  const cardSection = new Map([...home].map(([id, i]) => [id, anchors[i]!]))
  const citations = new Map<string, string>()
  const list = report.diff.sections.map((s, i): SectionView | PlainSectionView => {
    const current = s.currentId ? (currentIndex.get(s.currentId) ?? null) : null
    const proposed = s.proposedId ? (proposedIndex.get(s.proposedId) ?? null) : null
    const heading = dotJoin(s.citation, (proposed ?? current)?.title)
    const statusNote = s.status === 'added' ? t.newSection : s.status === 'repealed' ? t.repealedSection : s.status === 'not-in-proposal' ? t.notInProposal : null
    const statusLabel = SECTION_STATUS_LABELS[lang][s.status]
    const own = ownBySection.get(i) ?? []
    const touching = [...new Set([...(s.currentId ? (near.get(sectionKey(s.currentId) ?? s.currentId) ?? []) : []), ...(s.proposedId ? (near.get(sectionKey(s.proposedId) ?? s.proposedId) ?? []) : [])])]
    if (own.length === 0 && touching.length === 0 && (s.status === 'unchanged' || s.status === 'not-in-proposal')) {
      const twin = proposed && current && proposed !== current && proposed.source === current.source && proposed.repealed === current.repealed ? proposed : null
      return {plain: true, anchor: anchors[i]!, heading, statusLabel, statusNote, section: current, twin}
    }
    citations.set(s.citation, anchors[i]!)
    const whole = own.find((c) => c.level === 'section' && (c.kind === 'repealed' || c.kind === 'removed' || c.kind === 'added')) ?? null
    const rows = sectionRows(sectionBlocks(current), s.status === 'repealed' || s.status === 'removed' ? [] : sectionBlocks(proposed), [...new Set([...touching, ...own])], whole)
    return {
      plain: false, anchor: anchors[i]!, heading, status: s.status, statusLabel, statusNote,
      rows: rows.map((r) => rowView(ctx, r, cardSection, anchors[i]!)),
      changes: own.map((c) => views.get(c.id)!).filter((v) => v.placement === 'card')
    }
  })
  const otherChanges = report.diff.changes.filter((c) => !home.has(c.id)).map((c) => views.get(c.id)!).filter((v) => v.placement === 'card')
  return {entries: groupPlain(list, t, inConsolidated), otherChanges, anchors: citations}
}

/** Consecutive sections without changes, collapsed together. */
function groupPlain(list: Array<SectionView | PlainSectionView>, t: Strings, inConsolidated: Map<string, string>): SectionEntry[] {
  const entries: SectionEntry[] = []
  let run: PlainSectionView[] = []
  const flush = () => {
    if (run.length === 0) return
    const first = run[0]!.heading.split('. ')[0]
    const last = run[run.length - 1]!.heading.split('. ')[0]
    const href = inConsolidated.get(run[0]!.section?.citation ?? first ?? '') ?? 'consolidated'
    entries.push({section: null, group: {label: `${run.length} ${run.length === 1 ? t.unchangedOne : t.unchangedGroup}: ${first}${run.length > 1 ? ` – ${last}` : ''}`, href, sections: run}})
    run = []
  }
  for (const s of list) {
    if (s.plain) run.push(s)
    else {
      flush()
      entries.push({section: s, group: null})
    }
  }
  flush()
  return entries
}

/** The consolidated text, entry by entry; `changesAnchor` is filled in by `linkConsolidated`. */
function consolidatedEntries(ctx: Ctx): ConsolidatedEntry[] {
  const out: ConsolidatedEntry[] = []
  let inFold = false
  walkToSections(ctx.report.regulation.consolidated.children, (p) => {
    if (p.kind === 'chapter' || p.kind === 'part') {
      const heading = [p.kind === 'chapter' ? `${ctx.t.chapter} ${p.label ?? ''}`.trim() : p.citation, p.title].filter(Boolean).join('. ')
      out.push({chapter: heading, fold: p.kind === 'chapter', open: false, closeFold: inFold, section: null})
      inFold = p.kind === 'chapter'
    } else if (p.kind === 'section') {
      const section = {
        anchor: ctx.anchor('k', p.id),
        heading: p.repealed ? `${p.citation}. ${ctx.t.repealed}` : dotJoin(p.citation, p.title),
        repealed: p.repealed,
        changesAnchor: null,
        node: p
      }
      out.push({chapter: null, fold: false, open: false, closeFold: false, section})
    }
  })
  if (inFold) out.push({chapter: null, fold: false, open: false, closeFold: true, section: null})
  return out
}

/** The first consolidated anchor of each section citation (where an unchanged section's wording is). */
function consolidatedAnchors(entries: ConsolidatedEntry[]): Map<string, string> {
  const map = new Map<string, string>()
  for (const e of entries) if (e.section && !map.has(e.section.node.citation)) map.set(e.section.node.citation, e.section.anchor)
  return map
}

/** Each section's link to its changes, and the chapters with a changed section open. */
function linkConsolidated(entries: ConsolidatedEntry[], changes: Map<string, string>): void {
  let fold: ConsolidatedEntry | null = null
  for (const e of entries) {
    if (e.chapter !== null) fold = e.fold ? e : null
    if (!e.section) continue
    e.section.changesAnchor = changes.get(e.section.node.citation) ?? null
    if (fold && e.section.changesAnchor) fold.open = true
  }
}

/** Output file names the page links to (beside it, in the same language). */
function fileNames(lang: Lang): ReportView['files'] {
  const suffix = lang === 'nb' ? '' : `.${lang}`
  return {docx: `report${suffix}.docx`, answer: `answer${suffix}.docx`, consolidated: `consolidated${suffix}.md`}
}

function headerView(report: Report, lang: Lang): Pick<ReportView, 'title' | 'regulation' | 'ministry' | 'dates' | 'reportDate' | 'formLabel' | 'formReason' | 'sources' | 'docLang'> {
  const date = reportDate(report.case.dates)
  return {
    // From case.yaml: only a well-formed BCP 47 tag may go into lang="" (else screen readers guess).
    docLang: /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(report.case.language) ? report.case.language : 'nb',
    title: report.case.title,
    regulation: [report.case.regulationId, report.case.shortTitle].filter(Boolean).join(' – ') || null,
    ministry: report.case.ministry,
    dates: Object.keys(report.case.dates)
      .filter((k) => k !== 'report')
      .sort((a, b) => dateRank(a) - dateRank(b) || (a < b ? -1 : a > b ? 1 : 0))
      .map((k) => ({label: DATE_LABELS[lang][k] ?? k.charAt(0).toUpperCase() + k.slice(1), value: formatDate(report.case.dates[k]!, lang)})),
    reportDate: date ? formatDate(date, lang) : null,
    formLabel: FORM_LABELS[lang][report.diff.form],
    formReason: formReasonText(report.diff.formReason, report.diff.form, lang),
    sources: report.sources.map((s) => ({
      roleLabel: ROLE_LABELS[lang][s.role], path: s.path, status: s.status, statusLabel: STATUS_LABELS[lang][s.status],
      title: s.title, source: s.source, remarks: s.remarks
    }))
  }
}

/** One line of the change list: a headline, the change it links to, and the other places the same change is made. */
export interface RankedEntry {
  id: string
  headline: string
  citation: string
  /** Further changes with the very same headline («Aktør byttet: «X» blir «Y»» in thirteen provisions). */
  more: Array<{id: string; citation: string}>
}

/**
 * One line per distinct headline, at the rank of its weightiest change: a bulk rename made in thirteen provisions
 * is one thing the reader must know, not thirteen lines that look the same. Each place keeps its own link.
 */
function rankedEntries(ranked: Array<{id: string; headline: string; citation: string}>): RankedEntry[] {
  const byHeadline = new Map<string, RankedEntry>()
  for (const v of ranked) {
    const entry = byHeadline.get(v.headline)
    if (entry) entry.more.push({id: v.id, citation: v.citation})
    else byHeadline.set(v.headline, {id: v.id, headline: v.headline, citation: v.citation, more: []})
  }
  return [...byHeadline.values()]
}

/**
 * The view of a report. `scope: 'summary'` leaves out what only the HTML page shows (the section-by-section
 * views, the consolidated text, the appended documents): for a whole law that is most of the work, and
 * the Markdown comment and the answer form need none of it. `sections` (the Word report) has the
 * section-by-section views but not the consolidated text or the documents.
 */
export function buildView(report: Report, lang: Lang, scope: 'full' | 'sections' | 'summary' = 'full'): ReportView {
  const full = scope === 'full'
  const withSections = scope !== 'summary'
  const ctx = makeCtx(report, lang, withSections)
  const {cards, editorial, all} = changeViews(ctx)
  // The consolidated text's anchors first: the change-by-change part links unchanged sections to them.
  const consolidated = full ? consolidatedEntries(ctx) : []
  const sections: SectionsOut = withSections ? sectionViews(ctx, all, consolidatedAnchors(consolidated)) : {entries: [], otherChanges: [], anchors: new Map()}
  linkConsolidated(consolidated, sections.anchors)
  const ranked = [...cards].sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1))
  const readerFindings = report.diff.findings.filter(ctx.readerFinding)
  return {
    lang,
    t: ctx.t,
    ...headerView(report, lang),
    points: pointViews(ctx, cards),
    ranked: rankedEntries(ranked),
    findings: readerFindings.map((f) => findingView(ctx, f)),
    changes: cards,
    editorial,
    entries: sections.entries,
    otherChanges: sections.otherChanges,
    consolidated,
    ...(full ? documentViews(report, lang, ctx.t, ctx.domIds) : {note: null, background: []}),
    counts: {
      total: report.diff.changes.length,
      cards: cards.length,
      folded: [...ctx.sig.values()].filter((s) => s.placement.kind === 'folded').length,
      editorial: editorial.length,
      diagnostics: report.diff.findings.length - readerFindings.length
    },
    noReasons: report.note || report.background.length > 0 ? ctx.t.noReasons : ctx.t.noNote,
    tool: `${report.tool.name} ${report.tool.version}`,
    schemaVersion: report.schemaVersion,
    files: fileNames(lang)
  }
}

export {forEachBlock}
