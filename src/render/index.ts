import type {Report} from '../types.js'
import {htmlTemplate, markdownTemplates} from './templates.js'
import {buildView, type ReportView} from './view.js'
import {reportToJson} from './json.js'

export {reportToJson, type ReportJson} from './json.js'

export type ReportFormat = 'html' | 'md' | 'json'

/**
 * Render the report model. `json` is the model with its provision trees as outlines (`reportToJson`;
 * what `schema/report.schema.json` describes); `html` is one self-contained page; `md` is GitHub-flavoured Markdown for a pull-request comment.
 * Pure: the same report and options always give the same string.
 */
export function renderReport(report: Report, format: ReportFormat, options: {lang: 'nb' | 'en'}): string {
  // The trees go out as outlines (see json.ts for why); everything else is the model as it is.
  if (format === 'json') return JSON.stringify(reportToJson(report), null, 2) + '\n'
  if (format === 'md') return renderMarkdown(buildView(report, options.lang, 'summary'))
  const view = buildView(report, options.lang)
  const assets = htmlTemplate()
  return assets.template({...view, css: assets.css, script: assets.script, scriptHash: assets.scriptHash})
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
  const rows = renderBlocks(view.changeList, (entry) => templates.row(entry, data))
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
        omittedRows: view.changeList.length - shown.rows,
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
