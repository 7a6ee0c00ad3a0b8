/**
 * Template loading and the two Handlebars environments. Each output format has its own environment
 * (`Handlebars.create()`), so HTML helpers can never run in Markdown and the reverse.
 */
import {createHash} from 'node:crypto'
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import Handlebars from 'handlebars'
import {escapeHtmlText, escapeMarkdown, escapeMarkdownLine} from './escape.js'
import type {Strings} from './i18n.js'
import type {WordOp} from '../types.js'

// Templates live at the package root. This module runs from `src/render/` under vitest and from
// `dist/src/render/` when compiled, so both depths are tried.
function templatesDir(): string {
  for (const relative of ['../../templates/', '../../../templates/']) {
    const dir = fileURLToPath(new URL(relative, import.meta.url))
    if (existsSync(dir + 'html/report.hbs')) return dir
  }
  throw new Error('regdiff: the templates folder was not found next to the package (expected templates/html/report.hbs)')
}

export interface HtmlAssets {
  template: HandlebarsTemplateDelegate
  css: string
  script: string
  /** CSP source for the inline script: `sha256-…`, computed from the exact bytes inserted. */
  scriptHash: string
}

let html: HtmlAssets | null = null
/** The Markdown report's skeleton and the blocks it is assembled from (each rendered once per item). */
export interface MarkdownTemplates {
  report: HandlebarsTemplateDelegate
  row: HandlebarsTemplateDelegate
  finding: HandlebarsTemplateDelegate
  details: HandlebarsTemplateDelegate
}

let markdown: MarkdownTemplates | null = null

type Root = {t: Strings}
function rootStrings(options: Handlebars.HelperOptions): Strings {
  return (options.data as {root: Root}).root.t
}

export function htmlTemplate(): HtmlAssets {
  if (html) return html
  const dir = templatesDir()
  const env = Handlebars.create()
  // Escape each word first, then wrap it; the visually hidden label carries insert/delete for screen
  // readers, so colour is never the only sign.
  env.registerHelper('words', function (ops: WordOp[], options: Handlebars.HelperOptions) {
    const t = rootStrings(options)
    const out = ops
      .map((o) => {
        const text = Handlebars.escapeExpression(o.text)
        if (o.op === 'equal') return text
        // Spacing stays outside the marks; a deleted space alone is not marked (the new wording's
        // own spacing is what the reader needs), so print shows no empty "[− −]".
        const core = text.trim()
        if (!core) return o.op === 'insert' ? text : ''
        const lead = /^\s/.test(text) ? ' ' : ''
        const trail = /\s$/.test(text) ? ' ' : ''
        const mark = o.op === 'insert' ? `<ins><span class="vh">${t.inserted} </span>${core}</ins>` : `<del><span class="vh">${t.deleted} </span>${core}</del>`
        return lead + mark + trail
      })
      .join('')
    return new Handlebars.SafeString(out)
  })
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b)
  const template = env.compile(readFileSync(dir + 'html/report.hbs', 'utf8'), {strict: true})
  const script = readFileSync(dir + 'html/nav.js', 'utf8')
  const scriptHash = 'sha256-' + createHash('sha256').update(script, 'utf8').digest('base64')
  html = {template, css: readFileSync(dir + 'html/style.css', 'utf8'), script, scriptHash}
  return html
}

export function markdownTemplates(): MarkdownTemplates {
  if (markdown) return markdown
  const dir = templatesDir()
  const env = Handlebars.create()
  env.registerHelper('md', (text: unknown) => escapeMarkdown(String(text ?? '')))
  env.registerHelper('mdLine', (text: unknown) => escapeMarkdownLine(String(text ?? '')))
  env.registerHelper('mdHtml', (text: unknown) => escapeHtmlText(String(text ?? '')))
  env.registerHelper('mdCode', (text: unknown) => {
    const s = String(text ?? '').replace(/\s+/g, ' ')
    // GFM splits table cells at `|` even inside code spans unless it is escaped.
    return s.includes('`') ? escapeMarkdown(s) : '`' + s.replace(/\|/g, '\\|') + '`'
  })
  // GitHub renders <del>/<ins> in comments; inside them Markdown escaping still applies.
  env.registerHelper('mdWords', (ops: WordOp[]) =>
    ops
      .map((o) => {
        const text = escapeMarkdown(o.text)
        const core = text.trim()
        // Whitespace stays outside the tags (GitHub would show "<ins> </ins>" as nothing, or trim it);
        // a deleted space alone is dropped: the inserted text carries the spacing of the new wording.
        if (o.op === 'equal') return text
        if (!core) return o.op === 'insert' ? text : ''
        const lead = text.startsWith(' ') ? ' ' : ''
        const trail = text.endsWith(' ') ? ' ' : ''
        return `${lead}<${o.op === 'insert' ? 'ins' : 'del'}>${core}</${o.op === 'insert' ? 'ins' : 'del'}>${trail}`
      })
      .join('')
      .replace(/ {2,}/g, ' ')
  )
  const compile = (name: string) => env.compile(readFileSync(dir + `md/${name}.md.hbs`, 'utf8'), {strict: true, noEscape: true})
  // A block file's last newline is the file's, not the block's: the skeleton puts each block on its own line.
  const block = (name: string): HandlebarsTemplateDelegate => {
    const template = compile(name)
    return (context, options) => template(context, options).replace(/\n$/, '')
  }
  markdown = {report: compile('report'), row: block('row'), finding: block('finding'), details: block('details')}
  return markdown
}
