import type {Report} from '../types.js'
import {BLOCK_MARK, htmlTemplate, markdownTemplates, renderHtmlShell} from './templates.js'
import {buildView, type ReportView} from './view.js'
import {PRETTY_LAYOUT, REFERENCE_LAYOUT, jsonChunks, reportToJson} from './json.js'
import {consolidatedView} from './consolidated.js'

export {jsonChunks, reportToJson, type ReportJson} from './json.js'
export {InputMismatchError, rebuildInputs} from './rebuild.js'

/** Text outputs: the page, the pull-request comment, the contract, the answer form and the regulation as it would read. */
export type ReportFormat = 'html' | 'md' | 'json' | 'json-full' | 'answer' | 'consolidated'
/** Word outputs (zip packages, made asynchronously by the `docx` package). */
export type BinaryFormat = 'docx' | 'answer-docx'

/**
 * A Word output: `docx` is the report with the regulation as tracked changes, `answer-docx` the answer form.
 * Deterministic: the same report gives the same bytes (see `packDocument`).
 */
export async function renderBinary(report: Report, format: BinaryFormat, options: {lang: 'nb' | 'en'}): Promise<Buffer> {
  const view = buildView(report, options.lang, format === 'docx' ? 'sections' : 'summary')
  // Loaded on demand: the docx package is a large part of the CLI's code, and a run that writes no Word
  // file should not pay for loading it.
  const {answerDocument, packDocument, reportDocument, revisionDate} = await import('./docx.js')
  const doc = format === 'docx' ? reportDocument(view, report) : answerDocument(view, report)
  return packDocument(doc, revisionDate(report))
}

/**
 * Render the report model. `json` is the model with its provision trees as outlines (`reportToJson`;
 * what `schema/report.schema.json` describes); `html` is one self-contained page; `md` is GitHub-flavoured Markdown for a pull-request comment.
 * Pure: the same report and options always give the same string (the pieces of `renderReportChunks`, joined).
 */
export function renderReport(report: Report, format: ReportFormat, options: {lang: 'nb' | 'en'}): string {
  // One join copies each piece once into a flat string; `+=` would build a tree of ~10,000 pieces to flatten.
  return Array.from(renderReportChunks(report, format, options)).join('')
}

/**
 * The same output as `renderReport`, as pieces of modest size produced while they are iterated (one pass
 * only): at 10 MB the HTML is 35 M characters and the JSON 63 M, which the CLI hashes and writes piece by
 * piece instead of holding whole. The report must not change while the pieces are iterated.
 */
export function* renderReportChunks(report: Report, format: ReportFormat, options: {lang: 'nb' | 'en'}): Generator<string, void, undefined> {
  // The trees go out as outlines (see json.ts for why); everything else is the model as it is.
  if (format === 'json') yield* jsonChunks(reportToJson(report, 'reference'), REFERENCE_LAYOUT)
  else if (format === 'json-full') yield* jsonChunks(reportToJson(report, 'full'), PRETTY_LAYOUT)
  else if (format === 'md') yield renderMarkdown(buildView(report, options.lang, 'summary'))
  else if (format === 'answer') yield markdownTemplates().answer(buildView(report, options.lang, 'summary')).replace(/\n{4,}/g, '\n\n\n')
  else if (format === 'consolidated') yield markdownTemplates().consolidated(consolidatedView(report, options.lang)).replace(/\n{3,}/g, '\n\n')
  else yield* htmlChunks(buildView(report, options.lang))
}

/**
 * The page: the template renders the shell (header, change list, findings: ~0.8 M of 35 M characters at
 * 10 MB), and the blocks (each changed section, each group of unchanged sections, the consolidated text
 * entry by entry, the note and background documents) follow where their marks are, rendered as reached.
 */
function* htmlChunks(view: ReportView): Generator<string, void, undefined> {
  const assets = htmlTemplate()
  const context = {...view, css: assets.css, script: assets.script, scriptHash: assets.scriptHash}
  const {shell, blocks} = renderHtmlShell(context)
  const parts = shell.split(BLOCK_MARK)
  if (parts.length !== blocks.length + 1) {
    // A mark spelled by the text itself (only case.yaml can hold a NUL): the split would not be exact, so
    // the page is rendered whole, with every block printed in place.
    yield assets.template({...context})
    return
  }
  for (let i = 0; i < parts.length; i++) {
    yield parts[i]!
    if (i < blocks.length) yield* blocks[i]!()
  }
}

/** GitHub refuses comments longer than 65,536 characters; stay below it with room for a bot's header. */
export const MARKDOWN_LIMIT = 60_000

/**
 * Blocks for the items in order, stopping once the blocks so far cannot fit in a comment together (a
 * proposal with 5,000 changes renders ~60 details, not 5,000). A block's length with its newline runs
 * collapsed and its edge newlines trimmed is a floor on what it adds to the comment (that text appears in
 * the comment as it is), so once the floors pass the limit no longer prefix can fit: the cut is the same as
 * if every block had been rendered.
 */
function renderBlocks<T>(items: T[], render: (item: T) => string): string[] {
  const blocks: string[] = []
  let floor = 0
  for (const item of items) {
    if (floor > MARKDOWN_LIMIT) break
    const block = render(item)
    blocks.push(block)
    floor += block.replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '').length
  }
  return blocks
}

/**
 * The comment is assembled from blocks rendered once each (change table rows, findings, per-change
 * details); only the short skeleton is rendered again while looking for the cut. Past the limit the details
 * of the last changes go first, then the last table rows, then the last (least severe) findings, each as
 * few as possible (the longest prefix that fits, found by bisection); the text says what was left out.
 * Deterministic: the same view always gives the same cut.
 */
function renderMarkdown(view: ReportView): string {
  const templates = markdownTemplates()
  const data = {data: {root: view}}
  const rows = renderBlocks(view.ranked, (entry) => templates.row(entry, data))
  const findings = renderBlocks(view.findings, (finding) => templates.finding(finding, data))
  const details = renderBlocks(view.changes, (change) => templates.details(change, data))
  const shown = {details: details.length, rows: rows.length, findings: findings.length}
  const assemble = (): string =>
    templates
      .report({
        ...view,
        changeRows: rows.slice(0, shown.rows),
        findingLines: findings.slice(0, shown.findings),
        changeDetails: details.slice(0, shown.details),
        omittedDetails: view.changes.length - shown.details,
        omittedRows: view.ranked.length - shown.rows,
        omittedFindings: view.findings.length - shown.findings
      })
      .replace(/\n{3,}/g, '\n\n')
  let out = assemble()
  for (const part of ['details', 'rows', 'findings'] as const) {
    if (out.length <= MARKDOWN_LIMIT) break
    // Longest prefix of this part that fits with the parts before it already cut; 0 if none does.
    let fits = 0
    let tooLong = shown[part]
    while (tooLong - fits > 1) {
      const mid = (fits + tooLong) >>> 1
      shown[part] = mid
      if (assemble().length <= MARKDOWN_LIMIT) fits = mid
      else tooLong = mid
    }
    shown[part] = fits
    out = assemble()
  }
  return out
}
