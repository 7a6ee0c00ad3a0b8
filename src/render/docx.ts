/**
 * The Word files: `report.docx` (the regulation with the proposal as real tracked changes, `w:ins` /
 * `w:del`, then the change list) and `answer.docx` (the respondent's form, one part per change). Written
 * with the `docx` package; the package is then re-zipped with fixed entry dates and order, and the core
 * properties get the case's date, so two runs give the same bytes (the package stamps the clock).
 */
import {
  AlignmentType, DeletedTextRun, Document, Footer, HeadingLevel, InsertedTextRun, Packer, PageOrientation, Paragraph, TextRun,
  type ParagraphChild
} from 'docx'
import {fixZipDates} from './zip.js'
import {reportDate, type ChangeView, type ReportView, type SectionView} from './view.js'
import type {Report, WordOp} from '../types.js'
import {forEachBlock} from './sides.js'

/** Who and when the tracked changes are by: the ministry and the case's date, never the clock. */
interface Revision {
  author: string
  date: string
  next: () => number
}

/** `2026-05` → `2026-05-01T00:00:00Z`; a case without dates gets the epoch of the zip format. */
export function revisionDate(report: Report): string {
  const iso = reportDate(report.case.dates) ?? '1980-01-01'
  const [y, m = '01', d = '01'] = iso.split('-')
  return `${y}-${m}-${d}T00:00:00Z`
}

function revision(report: Report): Revision {
  let id = 0
  return {author: report.case.ministry ?? 'regdiff', date: revisionDate(report), next: () => ++id}
}

/** Word operations as runs: kept text plain, inserted and deleted text as tracked changes. */
function runs(ops: WordOp[], rev: Revision): ParagraphChild[] {
  return ops
    .filter((o) => o.text !== '')
    .map((o) => {
      if (o.op === 'equal') return new TextRun(o.text)
      const meta = {id: rev.next(), author: rev.author, date: rev.date, text: o.text}
      return o.op === 'insert' ? new InsertedTextRun(meta) : new DeletedTextRun(meta)
    })
}

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({text, heading: level})
const plain = (text: string) => new Paragraph({children: [new TextRun(text)]})

/** One changed section: its heading and each row with both sides in one tracked run. */
function changedSection(section: SectionView, rev: Revision): Paragraph[] {
  const out = [heading(section.heading, HeadingLevel.HEADING_3)]
  for (const row of section.rows) {
    const label = row.proposed?.label ?? row.current?.label ?? null
    out.push(new Paragraph({children: [...(label ? [new TextRun(`${label} `)] : []), ...runs(row.inline, rev)]}))
  }
  return out
}

/** The regulation, section by section: unchanged sections as they read, changed ones with tracked changes. */
function regulationBody(view: ReportView, rev: Revision): Paragraph[] {
  const out: Paragraph[] = [heading(view.t.consolidated, HeadingLevel.HEADING_2)]
  for (const entry of view.entries) {
    if (entry.section) out.push(...changedSection(entry.section, rev))
    for (const s of entry.group?.sections ?? []) {
      out.push(heading(s.heading, HeadingLevel.HEADING_3))
      forEachBlock(s.section, (_id, label, text) => out.push(plain(label ? `${label} ${text}` : text)))
    }
  }
  return out
}

function changeParagraphs(c: ChangeView, view: ReportView): Paragraph[] {
  const out = [heading(`${c.citation}: ${c.headline}`, HeadingLevel.HEADING_3)]
  for (const e of c.effects) out.push(plain(`${e.detail} (${e.typeLabel})`))
  if (c.folded) out.push(plain(`${view.t.consequential}: ${c.folded.line}`))
  if (c.reason) {
    out.push(new Paragraph({children: [new TextRun({text: `${view.t.reasons} (${c.reason.where}):`, bold: true})]}))
    out.push(new Paragraph({children: [new TextRun({text: c.reason.excerpt, italics: true})], indent: {left: 567}}))
  } else out.push(new Paragraph({children: [new TextRun({text: view.noReasons, italics: true})]}))
  for (const f of c.findings) out.push(plain(`${f.title}: ${f.message}`))
  return out
}

function titlePage(view: ReportView, kind: string): Paragraph[] {
  const meta = [view.regulation, view.ministry, ...view.dates.map((d) => `${d.label}: ${d.value}`)].filter(Boolean).join(' · ')
  return [new Paragraph({text: `${kind}: ${view.title}`, heading: HeadingLevel.TITLE}), plain(meta)]
}

function footerLine(view: ReportView): Paragraph {
  const date = view.reportDate ? `${view.t.reportDate}: ${view.reportDate} · ` : ''
  return new Paragraph({children: [new TextRun({text: `${date}${view.t.generatedBy} ${view.tool}`, size: 16})], alignment: AlignmentType.LEFT})
}

function document(view: ReportView, report: Report, children: Paragraph[], landscape: boolean): Document {
  return new Document({
    creator: report.case.ministry ?? 'regdiff',
    title: view.title,
    description: view.tool,
    features: {trackRevisions: landscape},
    sections: [
      {
        properties: landscape ? {page: {size: {orientation: PageOrientation.LANDSCAPE}}} : {},
        footers: {default: new Footer({children: [footerLine(view)]})},
        children
      }
    ]
  })
}

/** The Word report: summary, the regulation with tracked changes, then every change with its reasoning. */
export function reportDocument(view: ReportView, report: Report): Document {
  const rev = revision(report)
  const children: Paragraph[] = [
    ...titlePage(view, view.t.reportTitle),
    heading(view.t.whatChanges, HeadingLevel.HEADING_2),
    ...view.points.map((p) => new Paragraph({text: `${p.text}: ${p.changes.map((c) => c.label).join(', ')}`, bullet: {level: 0}})),
    heading(view.t.byConsequence, HeadingLevel.HEADING_2),
    ...view.ranked.map((r) => new Paragraph({text: `${r.headline} — ${[r.citation, ...r.more.map((m) => m.citation)].join(', ')}`, bullet: {level: 0}})),
    ...regulationBody(view, rev),
    heading(view.t.changesPart, HeadingLevel.HEADING_2),
    ...view.changes.flatMap((c) => changeParagraphs(c, view)),
    ...(view.editorial.length ? [heading(view.t.editorialPart, HeadingLevel.HEADING_2), ...view.editorial.flatMap((c) => changeParagraphs(c, view))] : [])
  ]
  return document(view, report, children, true)
}

/** The answer form: one part per change with its citation, headline and reasoning, and room to answer. */
export function answerDocument(view: ReportView, report: Report): Document {
  const t = view.t
  const room = () => [plain(''), plain(''), plain('')]
  const children: Paragraph[] = [
    ...titlePage(view, t.answerTitle),
    plain(t.answerIntro),
    new Paragraph({children: [new TextRun({text: `${t.answerBy}: `, bold: true})]}),
    heading(t.answerGeneral, HeadingLevel.HEADING_2),
    new Paragraph({children: [new TextRun({text: `${t.answerYours}:`, italics: true})]}),
    ...room()
  ]
  for (const c of view.changes) {
    children.push(heading(`${c.citation}: ${c.headline}`, HeadingLevel.HEADING_2))
    if (c.reason) {
      children.push(new Paragraph({children: [new TextRun({text: `${t.answerReasoning} (${c.reason.where}):`, bold: true})]}))
      children.push(new Paragraph({children: [new TextRun({text: c.reason.excerpt, italics: true})], indent: {left: 567}}))
    } else children.push(new Paragraph({children: [new TextRun({text: t.answerNoReasoning, italics: true})]}))
    children.push(new Paragraph({children: [new TextRun({text: `${t.answerYours}:`, italics: true})]}), ...room())
  }
  return document(view, report, children, false)
}

/**
 * The package's bytes, the same on every run: entries in the order the `docx` package wrote them, each
 * with the zip epoch as its date, and the core properties' created/modified set to the case's date.
 */
export async function packDocument(doc: Document, when: string): Promise<Buffer> {
  const packed = await Packer.toBuffer(doc)
  return fixZipDates(packed, (name, content) =>
    name === 'docProps/core.xml' ? Buffer.from(content().toString('utf8').replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${when}$3`), 'utf8') : null
  )
}
