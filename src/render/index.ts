import type {Report} from '../types.js'
import {htmlTemplate, markdownTemplate} from './templates.js'
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
  const view = buildView(report, options.lang)
  if (format === 'md') return renderMarkdown(view)
  const assets = htmlTemplate()
  return assets.template({...view, css: assets.css, script: assets.script, scriptHash: assets.scriptHash})
}

/** GitHub refuses comments longer than 65,536 characters; stay below it with room for a bot's header. */
export const MARKDOWN_LIMIT = 60_000

// Cut the per-change details first, then the table rows, from the end, until the comment fits; the
// cut is said in the text. Deterministic: the same view always gives the same cut.
function renderMarkdown(view: ReportView): string {
  const template = markdownTemplate()
  const render = (details: number, rows: number) =>
    template({
      ...view,
      changes: view.changes.slice(0, details),
      changeList: view.changeList.slice(0, rows),
      omittedDetails: view.changes.length - details,
      omittedRows: view.changeList.length - rows
    }).replace(/\n{3,}/g, '\n\n')
  let details = view.changes.length
  let rows = view.changeList.length
  let out = render(details, rows)
  while (out.length > MARKDOWN_LIMIT && details > 0) {
    details = Math.floor(details * 0.8)
    out = render(details, rows)
  }
  while (out.length > MARKDOWN_LIMIT && rows > 0) {
    rows = Math.floor(rows * 0.8)
    out = render(details, rows)
  }
  return out
}
