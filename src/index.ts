/**
 * regdiff's library API: `runCase` glues the stages together; the stage functions are exported as-is.
 * Never prints, never exits: everything a caller needs is in the returned CaseResult.
 */
import {existsSync, readFileSync} from 'node:fs'
import {basename, dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {performance} from 'node:perf_hooks'
import {VFileMessage} from 'vfile-message'
import type {Report} from './types.js'

export type * from './types.js'

export type OutputFormat = 'html' | 'md' | 'json'

export interface RunOptions {
  /** Formats to render, in memory; `[]` runs every stage up to the report model (what `lint` does). */
  formats: OutputFormat[]
  lang: 'nb' | 'en'
  /** Fill `timings` per phase (also on when the environment has `REGDIFF_TIMINGS=1`). */
  timings?: boolean
  /** Keep the stack of an unexpected exception on the "internal error" message (as its `cause`). */
  debug?: boolean
}

export interface CaseResult {
  /** Folder name of the case. */
  caseId: string
  /** False when a stage stopped with a fatal message or an unexpected exception. */
  ok: boolean
  report: Report | null
  /** File name (`report.html` …) → content; empty unless `ok`. */
  outputs: Record<string, string>
  /** Every diagnostic from every stage, in file, line, column order. */
  messages: VFileMessage[]
  /** Milliseconds per phase (`load`, `parse`, `diff`, `classify`, `link`, `render`, `total` …); empty unless asked. */
  timings: Record<string, number>
}

function readVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir)
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {version?: string}
  return pkg.version ?? '0.0.0'
}

/** The version of regdiff (from package.json), recorded in every report. */
export const version: string = readVersion()

export const OUTPUT_FILES: Record<OutputFormat, string> = {html: 'report.html', md: 'report.md', json: 'report.json'}

export async function runCase(dir: string, options: RunOptions): Promise<CaseResult> {
  const caseDir = resolve(dir)
  const caseId = basename(caseDir)
  const measure = options.timings === true || process.env['REGDIFF_TIMINGS'] === '1'
  const timings: Record<string, number> = {}
  const messages: VFileMessage[] = []
  const started = performance.now()
  // Times each phase; phases that run more than once (parse) accumulate.
  const phase = <T>(name: string, run: () => T): T => {
    const t0 = performance.now()
    try {
      return run()
    } finally {
      if (measure) timings[name] = round((timings[name] ?? 0) + performance.now() - t0)
    }
  }
  const result: CaseResult = {caseId, ok: false, report: null, outputs: {}, messages, timings}
  const files: Array<{messages: VFileMessage[]}> = []
  try {
    const pipeline = await runPipeline(caseDir, options, phase, files)
    result.report = pipeline.report
    result.outputs = pipeline.outputs
    result.ok = true
  } catch (error) {
    if (error instanceof VFileMessage) {
      // A stage's `file.fail(...)`: it is already on its file's messages when the file is known.
      if (!files.some((file) => file.messages.includes(error))) messages.push(error)
    } else {
      const reason = `internal error in case ${caseId}: ${error instanceof Error ? error.message : String(error)}`
      const message = new VFileMessage(reason, {
        ruleId: 'internal-error',
        source: 'regdiff',
        ...(options.debug && error instanceof Error ? {cause: error} : {})
      })
      message.fatal = true
      message.file = caseDir
      messages.push(message)
    }
  }
  for (const file of files) messages.push(...file.messages)
  messages.sort(compareMessages)
  if (measure) timings['total'] = round(performance.now() - started)
  return result
}

type Phase = <T>(name: string, run: () => T) => T

/** The stages in order. Each stage owns its module; this only passes data along. */
async function runPipeline(
  caseDir: string,
  options: RunOptions,
  phase: Phase,
  files: Array<{messages: VFileMessage[]}>
): Promise<{report: Report; outputs: Record<string, string>}> {
  void caseDir
  void options
  void phase
  void files
  throw new Error('pipeline stages have not landed yet')
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10
}

function compareMessages(a: VFileMessage, b: VFileMessage): number {
  const fa = a.file ?? ''
  const fb = b.file ?? ''
  if (fa !== fb) return fa < fb ? -1 : 1
  const la = a.line ?? 0
  const lb = b.line ?? 0
  if (la !== lb) return la - lb
  return (a.column ?? 0) - (b.column ?? 0)
}
