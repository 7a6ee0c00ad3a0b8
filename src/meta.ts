/**
 * What the CLI needs before it knows it will run the pipeline (the version, the output file names), in
 * a module of its own: `regdiff --version`, `--help` and `report --check` on reports that are up to
 * date then do not load remark, micromark and yaml (~0.5 s).
 */
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {OutputFormat} from './types.js'

function readVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir)
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {version?: string}
  return pkg.version ?? '0.0.0'
}

/** The version of regdiff (from package.json), recorded in every report. */
export const version: string = readVersion()

/** Output file of each format, for the default language (nb). */
export const OUTPUT_FILES: Record<OutputFormat, string> = {
  html: 'report.html',
  md: 'report.md',
  json: 'report.json',
  docx: 'report.docx',
  answer: 'answer.md',
  'answer-docx': 'answer.docx',
  consolidated: 'consolidated.md',
  'json-full': 'report.json'
}

/**
 * The file a format is written to in a language: `report.html` for nb, `report.en.html` for en, so a
 * report in another language sits beside the Norwegian one and never replaces it.
 */
export function outputName(format: OutputFormat, lang: 'nb' | 'en'): string {
  const name = OUTPUT_FILES[format]
  if (lang === 'nb') return name
  const dot = name.lastIndexOf('.')
  return `${name.slice(0, dot)}.${lang}${name.slice(dot)}`
}
