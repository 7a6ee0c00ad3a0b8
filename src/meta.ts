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

export const OUTPUT_FILES: Record<OutputFormat, string> = {html: 'report.html', md: 'report.md', json: 'report.json'}
