import type {Report} from '../types.js'
import {htmlTemplate, markdownTemplate} from './templates.js'
import {buildView} from './view.js'

export type ReportFormat = 'html' | 'md' | 'json'

/**
 * Render the report model. `json` is the model itself (what `schema/report.schema.json` describes);
 * `html` is one self-contained page; `md` is GitHub-flavoured Markdown for a pull-request comment.
 * Pure: the same report and options always give the same string.
 */
export function renderReport(report: Report, format: ReportFormat, options: {lang: 'nb' | 'en'}): string {
  if (format === 'json') return JSON.stringify(report, null, 2) + '\n'
  const view = buildView(report, options.lang)
  if (format === 'md') return markdownTemplate()(view).replace(/\n{3,}/g, '\n\n')
  const assets = htmlTemplate()
  return assets.template({...view, css: assets.css, script: assets.script, scriptHash: assets.scriptHash})
}
