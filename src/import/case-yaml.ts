/**
 * case.yaml for an imported case: metadata from the documents (Lovdata's header, the note's first page, a
 * regjeringen.no page) and, for every document, where it came from (file, sha256, converter) and every
 * repair made, as data (`import`) and as Norwegian sentences (`remarks`, which every report shows).
 */
import {basename} from 'node:path'
import {stringify} from 'yaml'
import {monthNumber} from '../grammar/months.js'
import type {DocumentRole, ProposalForm} from '../types.js'
import type {Converted} from './convert.js'
import type {Block} from './pdf-text.js'
import type {ConsultationPage} from './regjeringen.js'
import type {SplitNote} from './split.js'
import type {Repair} from './types.js'

export interface DocumentEntry {
  role: DocumentRole
  path: string
  converted: Converted
  split?: SplitNote
}

interface CaseYamlInput {
  entries: DocumentEntry[]
  page: ConsultationPage | null
  form: ProposalForm | null
}

export function buildCaseYaml({entries, page, form}: CaseYamlInput): string {
  const current = entries.find((e) => e.role === 'current')!.converted
  const note = entries.find((e) => e.role === 'note')?.converted ?? null
  const front = note?.document ? frontPage(note.document.blocks) : {title: null, published: null, hoeringsfrist: null}
  const lovdata = current.lovdata
  const data: Record<string, unknown> = {}
  const title = front.title ?? page?.title ?? lovdata?.title
  if (title) data['title'] = title.replace(/\.$/, '')
  if (lovdata?.id && /^(FOR|LOV)-\d{4}-\d{2}-\d{2}-\d+[A-Za-z]?$/.test(lovdata.id)) data['regulationId'] = lovdata.id
  if (lovdata?.shortTitle) data['shortTitle'] = lovdata.shortTitle
  const ministry = page?.ministry ?? lovdata?.ministry
  if (ministry) data['ministry'] = ministry
  data['language'] = page?.language ?? 'nb'
  const dates: Record<string, string> = {}
  const published = page?.published ?? front.published
  if (published) dates['published'] = published
  const frist = page?.hoeringsfrist ?? front.hoeringsfrist
  if (frist) dates['hoeringsfrist'] = frist
  const inForce = lovdata?.lastChangeInForce ?? /^\d{4}-\d{2}-\d{2}/.exec(lovdata?.dateInForce ?? '')?.[0]
  if (inForce && /^\d{4}-\d{2}-\d{2}$/.test(inForce)) dates['currentInForce'] = inForce
  if (Object.keys(dates).length > 0) data['dates'] = dates
  if (form) data['proposalForm'] = form
  data['documents'] = entries.map(documentEntry)
  const header = [
    '# Made by regdiff init from the documents as published (see docs/case-format.md).',
    '# Every document has status "imported": check it, then set "verified" or "reconstructed" and say what you checked.'
  ]
  if (page?.url) header.push(`# Consultation page: ${page.url}`)
  for (const link of page?.noteLinks ?? []) header.push(`# Høringsnotat: ${link.href}`)
  return `${header.join('\n')}\n${stringify(data, {lineWidth: 0, aliasDuplicateObjects: false})}`
}

function documentEntry(entry: DocumentEntry): Record<string, unknown> {
  const {converted} = entry
  const out: Record<string, unknown> = {role: entry.role, path: entry.path, status: 'imported'}
  const title = documentTitle(entry)
  if (title) out['title'] = title
  out['source'] = sourceText(entry)
  const imported: Record<string, unknown> = {file: basename(converted.path), sha256: converted.sha256, converter: converted.converter, format: converted.format}
  if (Object.keys(converted.counts).length > 0) imported['counts'] = converted.counts
  if (converted.repairs.length > 0) imported['repairs'] = converted.repairs
  if (entry.role === 'current' && converted.lovdata && converted.lovdata.amendments.length > 0) imported['amendments'] = converted.lovdata.amendments
  out['import'] = imported
  const remarks = [...converted.repairs.map((r) => repairRemark(r, basename(converted.path), converted.format === 'pdf')), ...splitRemarks(entry)]
  if (remarks.length > 0) out['remarks'] = remarks
  return out
}

function documentTitle(entry: DocumentEntry): string | null {
  if (entry.role === 'proposed' && entry.split) return `Høringsnotatet: ${entry.split.heading}`
  if (entry.converted.lovdata?.title) return entry.converted.lovdata.title
  const first = entry.converted.document?.blocks.find((b) => b.kind === 'heading' && b.level === 1)
  return first?.kind === 'heading' ? first.text : null
}

function sourceText(entry: DocumentEntry): string {
  const {converted} = entry
  const file = basename(converted.path)
  const meta = converted.lovdata
  if (meta) {
    const state = meta.lastChangeInForce ? `, slik teksten lyder fra ${meta.lastChangeInForce}${meta.lastChangedBy ? ` (sist endret ved ${meta.lastChangedBy.split(' ')[0]})` : ''}` : ''
    return `${meta.title ?? 'Lovdata-dokument'}${meta.id ? ` (${meta.id})` : ''}${state}. Lovdatas åpne data (NLOD 2.0), «${file}», konvertert til Markdown med regdiff init.`
  }
  if (entry.split && entry.role === 'proposed') return `Kapitlet «${entry.split.heading}» i «${file}» (linje ${entry.split.line}), skilt ut med regdiff init.`
  if (entry.split) return `«${file}» uten forslagskapitlet, konvertert med regdiff init.`
  return `«${file}», konvertert med regdiff init (${converted.format}).`
}

const REPAIR_TEXT: Record<string, string> = {
  'hyphen-joined': 'orddelinger ved linjeskift er slått sammen',
  'line-joined': 'linjeskift inne i avsnitt er fjernet',
  'page-number-removed': 'linjer med bare sidetall er fjernet',
  'running-header-removed': 'gjentatte topp- eller bunntekstlinjer er fjernet',
  'page-break-removed': 'sideskift er fjernet',
  'paragraph-split': 'avsnitt er delt der en kort linje avsluttet en setning',
  'footnote-moved': 'fotnoter som sto midt i teksten, er flyttet til Markdown-fotnoter',
  'paragraph-rejoined': 'avsnitt som en fotnote delte, er satt sammen igjen',
  'footnote-reference': 'fotnotehenvisninger i hevet skrift er gjort om til Markdown-fotnoter',
  'title-recovered': 'tittel er gjort til overskrift',
  'heading-recovered': 'nummererte overskrifter er gjenkjent',
  'subheading-recovered': 'unummererte mellomtitler er gjort til overskrifter',
  'tracked-insertion-as-italics': 'sporede innsettinger i Word-dokumentet er markert med kursiv',
  'tracked-deletion-as-strike': 'sporede slettinger i Word-dokumentet er markert med gjennomstreking',
  'tracked-move-as-marks': 'sporede flyttinger i Word-dokumentet er markert (kursiv der teksten kom inn, gjennomstreking der den gikk ut)',
  'page-break-bridged': 'avsnitt som fortsetter over et sideskift, er satt sammen',
  'bullet-as-list-item': 'punkttegn (•, ●) er gjort til Markdown-listepunkter',
  'docx-underline-as-insertion': 'understreket tekst i Word-dokumentet er markert med kursiv (ny tekst)',
  'pdf-italic-as-insertion': 'tekstbiter i kursiv skrift i PDF-en er markert med kursiv (ny tekst)',
  'pdf-underline-as-insertion': 'understreket tekst i PDF-en (en linje under skriften) er markert med kursiv (ny tekst)',
  'pdf-strike-as-deletion': 'gjennomstreket tekst i PDF-en (en linje gjennom skriften) er markert med gjennomstreking (tekst som går ut)'
}

/** For a PDF, the lines are those of the text regdiff read out of it (pdf.js), not of the file itself. */
function repairRemark(repair: Repair, file: string, fromPdf: boolean): string {
  const what = REPAIR_TEXT[repair.kind] ?? `reparasjon «${repair.kind}»`
  const source = fromPdf ? `teksten regdiff leste ut av «${file}»` : `«${file}»`
  const where = repair.lines.length === 0 ? '' : ` (linje ${repair.lines.join(', ')}${repair.count > repair.lines.length ? ' …' : ''} i ${source})`
  return `${repair.count} ${what}${where}.`
}

function splitRemarks(entry: DocumentEntry): string[] {
  if (!entry.split || entry.role !== 'proposed') return []
  const out = [`Forslagsformen «${entry.split.form}» er valgt fordi: ${entry.split.formReason}`]
  for (const repeal of entry.split.unstatedRepeals) {
    out.push(`Høringsnotatet sier at § ${repeal.label} skal oppheves (linje ${repeal.line}), men forslagskapitlet sier det ikke. Linjen «§ ${repeal.label} oppheves.» er ikke lagt til.`)
  }
  return out
}

/** The note's first page: its title (the level-1 heading), the month it is dated and the høringsfrist. */
function frontPage(blocks: Block[]): {title: string | null; published: string | null; hoeringsfrist: string | null} {
  const out = {title: null as string | null, published: null as string | null, hoeringsfrist: null as string | null}
  for (const block of blocks) {
    if (block.kind === 'heading' && block.level === 1 && out.title === null) out.title = block.text
    if (block.kind === 'heading' && block.number !== null) break
    if (block.kind !== 'paragraph' || block.lines.length !== 1) continue
    const text = block.lines[0]!.trim()
    const frist = /^h[øo]y?ringsfrist:?\s*(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})/i.exec(text) ?? /^h[øo]y?ringsfrist:?\s*(\d{1,2})\.\s*([a-zæøå]+)\s+(\d{4})/i.exec(text)
    if (frist) {
      const month = /^\d+$/.test(frist[2]!) ? Number(frist[2]) : (monthNumber(frist[2]!) ?? 0)
      if (month > 0) out.hoeringsfrist = `${frist[3]}-${String(month).padStart(2, '0')}-${frist[1]!.padStart(2, '0')}`
    }
    const dated = /^([A-Za-zæøåÆØÅ]+)\s+(\d{4})$/.exec(text)
    const publishedMonth = dated ? monthNumber(dated[1]!) : null
    if (dated && publishedMonth) out.published = `${dated[2]}-${String(publishedMonth).padStart(2, '0')}`
  }
  return out
}
