/**
 * The command line: a thin shell around the library API. Parses arguments, runs cases one by one
 * (one bad case never stops the others), prints diagnostics, writes reports atomically.
 */
import {readdir, readFile, stat} from 'node:fs/promises'
import {basename, isAbsolute, join, relative, resolve, sep} from 'node:path'
import {parseArgs} from 'node:util'
import {VFileMessage} from 'vfile-message'
import type {CaseResult, OutputFormat, RunContext, RunOptions} from '../index.js'
import {outputName, version} from '../meta.js'
import type {Finding} from '../types.js'
import {commitStaging, discardStaging, openStaging, stageFile, type Staging} from './atomic.js'
import {HASH_FILE, encodeChunks, formatHashRecord, hashCaseInputs, hashFile, parseHashRecord, toolFingerprint} from './hash.js'
import {HELP} from './help.js'
import {formatMessages, severityOf} from './reporter.js'

export interface OutStream {
  write(chunk: string): unknown
  isTTY?: boolean
}

export interface MainOptions {
  argv: string[]
  cwd: string
  stdout: OutStream
  stderr: OutStream
  /** Environment (default `process.env`); read for `REGDIFF_TIMINGS`. */
  env?: Record<string, string | undefined>
  /** Ends `report --watch` (which exits 0 then); without it, the watch ends on SIGINT or SIGTERM (Ctrl-C). */
  signal?: AbortSignal
}

export const EXIT_OK = 0
export const EXIT_FINDINGS = 1
export const EXIT_INPUT = 2

class UsageError extends Error {}

// The pipeline (remark, micromark, yaml …) is loaded only by the commands that run it: --help,
// --version, usage errors and `report --check` on reports that are up to date answer without it.
const library = (): Promise<typeof import('../index.js')> => import('../index.js')

const FORMATS: OutputFormat[] = ['html', 'md', 'json', 'docx', 'answer', 'answer-docx', 'consolidated']

export async function main(io: MainOptions): Promise<number> {
  try {
    return await dispatch(io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`regdiff: ${error.message}\nRun 'regdiff --help' for usage.\n`)
      return EXIT_INPUT
    }
    // Never a stack trace for the user; --debug shows it.
    const debug = io.argv.includes('--debug')
    const detail = debug && error instanceof Error && error.stack ? `\n${error.stack}` : ''
    io.stderr.write(`regdiff: internal error: ${error instanceof Error ? error.message : String(error)}${detail}\n`)
    return EXIT_INPUT
  }
}

export interface Context {
  io: MainOptions
  color: boolean
  debug: boolean
  /** What the cases of this command share (stemmer, parsed chunks, unchanged notes), made when the first case runs. */
  shared?: RunContext
}

/** The library and the command's shared RunContext, both loaded or made on first use. */
async function pipeline(ctx: Context): Promise<{lib: typeof import('../index.js'); context: RunContext}> {
  const lib = await library()
  ctx.shared ??= lib.createRunContext()
  return {lib, context: ctx.shared}
}

async function dispatch(io: MainOptions): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: io.argv,
      allowPositionals: true,
      strict: true,
      options: {
        all: {type: 'string'},
        out: {type: 'string'},
        format: {type: 'string'},
        lang: {type: 'string'},
        check: {type: 'boolean'},
        watch: {type: 'boolean'},
        force: {type: 'boolean'},
        parse: {type: 'boolean'},
        debug: {type: 'boolean'},
        current: {type: 'string'},
        note: {type: 'string'},
        proposed: {type: 'string'},
        background: {type: 'string', multiple: true},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'V'}
      }
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const {values, positionals} = parsed
  if (values.help) {
    io.stdout.write(HELP)
    return EXIT_OK
  }
  if (values.version) {
    io.stdout.write(`${version}\n`)
    return EXIT_OK
  }
  const [command, ...rest] = positionals
  if (command === undefined) {
    io.stderr.write(HELP)
    return EXIT_INPUT
  }
  const ctx: Context = {io, color: io.stderr.isTTY === true, debug: values.debug === true}
  const formats = parseFormats(values.format)
  const lang = values.lang ?? 'nb'
  if (lang !== 'nb' && lang !== 'en') throw new UsageError(`--lang must be nb or en, not '${lang}'`)
  const env = io.env ?? process.env
  const options: RunOptions = {formats, lang, timings: env['REGDIFF_TIMINGS'] === '1', debug: ctx.debug}

  switch (command) {
    case 'report': {
      if (values.watch && values.check) throw new UsageError('--watch writes reports; it cannot be combined with --check')
      const cases = await collectCases(io.cwd, rest, values.all)
      const settings = {out: resolve(io.cwd, values.out ?? 'reports'), check: values.check === true, force: values.force === true, tool: toolFingerprint()}
      const code = await runReports(ctx, cases, options, settings)
      return values.watch ? watchReports(ctx, cases, options, settings, code) : code
    }
    case 'lint': {
      if (values.check || values.out || values.format || values.watch) throw new UsageError('lint takes no --out, --format, --check or --watch')
      const cases = await collectCases(io.cwd, rest, values.all)
      return runLint(ctx, cases, {...options, formats: []})
    }
    case 'instructions': {
      if (values.parse) {
        if (rest.length !== 1 || values.all) throw new UsageError('instructions --parse takes exactly one file')
        return (await import('./parse-instructions.js')).parseInstructionFile(io, resolve(io.cwd, rest[0]!), rest[0]!)
      }
      if (rest.length !== 1 || values.all) throw new UsageError('instructions takes exactly one case folder')
      return runInstructions(ctx, resolve(io.cwd, rest[0]!), options)
    }
    case 'init':
      return initCommand(ctx, rest, values)
    default:
      throw new UsageError(`unknown command '${command}'`)
  }
}

/** `regdiff init <case-dir> --current <file> …` (src/cli/init.ts, loaded only for this command). */
async function initCommand(
  ctx: Context,
  rest: string[],
  values: {all?: string; current?: string; note?: string; proposed?: string; background?: string[]; force?: boolean}
): Promise<number> {
  if (rest.length !== 1 || values.all) throw new UsageError('init takes exactly one case folder')
  if (values.current === undefined) throw new UsageError('init needs --current <file> (the text in force)')
  const {runInit} = await import('./init.js')
  return runInit(ctx, resolve(ctx.io.cwd, rest[0]!), {
    current: values.current,
    note: values.note ?? null,
    proposed: values.proposed ?? null,
    background: values.background ?? [],
    force: values.force === true
  })
}

function parseFormats(value: string | undefined): OutputFormat[] {
  if (value === undefined) return [...FORMATS]
  const wanted = value.split(',').map((part) => part.trim()).filter(Boolean)
  if (wanted.length === 0) throw new UsageError(`--format needs at least one of ${FORMATS.join(', ')}`)
  for (const format of wanted) {
    if (!FORMATS.includes(format as OutputFormat) && format !== 'json-full') throw new UsageError(`unknown format '${format}' (use ${FORMATS.join(', ')} or json-full)`)
  }
  // json-full is report.json in the self-contained form (every text in full): one or the other.
  if (wanted.includes('json') && wanted.includes('json-full')) throw new UsageError('json and json-full both write report.json: choose one')
  // Fixed order, whatever order was asked: outputs and hashes must not depend on it.
  return [...FORMATS, 'json-full' as const].filter((format) => wanted.includes(format))
}

/** A case to run: its folder, or why it cannot be run. */
interface CaseRef {
  dir: string
  id: string
  problem: string | null
}

const CASE_MARKERS = ['current.md', 'proposed.md', 'case.yaml']

async function collectCases(cwd: string, dirs: string[], all: string | undefined): Promise<CaseRef[]> {
  if (all !== undefined && dirs.length > 0) throw new UsageError('give case folders or --all <dir>, not both')
  const refs: CaseRef[] = []
  if (all !== undefined) {
    const root = resolve(cwd, all)
    const entries = await readdir(root, {withFileTypes: true}).catch(() => {
      throw new UsageError(`cannot read folder ${all}`)
    })
    // Code-unit order: the same cases in the same order on every machine.
    for (const name of entries.map((entry) => entry.name).sort()) {
      if (name.startsWith('.') || name.startsWith('_')) continue
      const dir = join(root, name)
      const info = await stat(dir).catch(() => null)
      if (!info?.isDirectory()) continue
      const names = await readdir(dir).catch(() => [] as string[])
      if (names.some((file) => CASE_MARKERS.includes(file))) refs.push({dir, id: name, problem: null})
    }
    if (refs.length === 0) throw new UsageError(`no case folders in ${all} (a case folder holds current.md, proposed.md or case.yaml)`)
  } else {
    if (dirs.length === 0) throw new UsageError('no case folder given (or use --all <dir>)')
    for (const given of dirs) {
      const dir = resolve(cwd, given)
      const info = await stat(dir).catch(() => null)
      const problem = info === null ? 'case folder not found' : info.isDirectory() ? null : 'not a folder'
      refs.push({dir, id: basename(dir), problem})
    }
  }
  const seen = new Set<string>()
  for (const ref of refs) {
    if (ref.problem === null && seen.has(ref.id)) ref.problem = `another case in this run is also named '${ref.id}'; reports would overwrite each other`
    seen.add(ref.id)
  }
  return refs
}

function inputProblem(ref: CaseRef): VFileMessage {
  const message = new VFileMessage(ref.problem ?? 'cannot read case', {ruleId: 'case-folder', source: 'regdiff'})
  message.fatal = true
  message.file = ref.dir
  return message
}

interface ReportSettings {
  out: string
  check: boolean
  force: boolean
  /** The running tool's fingerprint (toolFingerprint), computed once per command: it reads every code file. */
  tool: string
}

type Outcome = 'written' | 'unchanged' | 'current' | 'stale' | 'failed'

async function runReports(ctx: Context, cases: CaseRef[], options: RunOptions, settings: ReportSettings): Promise<number> {
  let exit = EXIT_OK
  let stale = false
  for (const [index, ref] of cases.entries()) {
    const {code, outcome} = await reportCase(ctx, ref, options, settings)
    exit = Math.max(exit, code)
    stale ||= outcome === 'stale'
    progress(ctx, cases.length, index, ref, outcome, settings)
  }
  if (stale) ctx.io.stderr.write("Reports are out of date: regenerate them (npm run report, or regdiff report without --check) and commit them.\n")
  return exit
}

/**
 * `report --watch`: after the first run, regenerate a case whenever one of its files is saved (a save always
 * regenerates, as with --force), printing a line per regeneration and its diagnostics, until Ctrl-C (exit 0).
 */
async function watchReports(ctx: Context, cases: CaseRef[], options: RunOptions, settings: ReportSettings, firstCode: number): Promise<number> {
  // A folder that is not there cannot be watched; the first run has said why.
  if (cases.some((ref) => ref.problem !== null)) return Math.max(firstCode, EXIT_INPUT)
  const {watchCases} = await import('./watch.js')
  const say = (line: string): void => void ctx.io.stderr.write(`${line}\n`)
  const stopper = ctx.io.signal ? null : interruptSignal()
  const names = cases.map((ref) => ref.id).join(', ')
  say(`regdiff: watching ${cases.length === 1 ? 'case' : `${cases.length} cases`} ${names}; Ctrl-C stops`)
  await watchCases(cases, {
    regenerate: async (ref) => {
      const {outcome} = await reportCase(ctx, {...ref, problem: null}, options, {...settings, force: true})
      return outcome === 'written' ? `regenerated (${display(ctx.io.cwd, join(settings.out, ref.id))})` : outcome
    },
    say,
    ignore: settings.out,
    signal: ctx.io.signal ?? stopper!.signal
  })
  stopper?.dispose()
  say('regdiff: stopped watching')
  return EXIT_OK
}

/** An AbortSignal that Ctrl-C (SIGINT) or SIGTERM aborts, for a watch started without MainOptions.signal. */
function interruptSignal(): {signal: AbortSignal; dispose: () => void} {
  const controller = new AbortController()
  const abort = (): void => controller.abort()
  process.once('SIGINT', abort)
  process.once('SIGTERM', abort)
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', abort)
      process.off('SIGTERM', abort)
    }
  }
}

function progress(ctx: Context, total: number, index: number, ref: CaseRef, outcome: Outcome, settings: ReportSettings): void {
  // Only for a person watching a terminal run several cases; pipelines and logs get diagnostics alone.
  if (ctx.io.stderr.isTTY !== true || total < 2) return
  const where = display(ctx.io.cwd, join(settings.out, ref.id))
  ctx.io.stderr.write(`[${index + 1}/${total}] ${ref.id}: ${outcome}${outcome === 'written' || outcome === 'unchanged' ? ` (${where})` : ''}\n`)
}

/** Each language keeps its own record, so an English run beside the Norwegian one does not make it stale. */
function hashRecordName(lang: 'nb' | 'en'): string {
  return lang === 'nb' ? HASH_FILE : `${HASH_FILE}.${lang}`
}

/** A case whose inputs, tool and files on disk are exactly those of the run that wrote them: nothing to do. */
async function upToDate(ctx: Context, ref: CaseRef, outDir: string, names: string[], inputs: string | null, settings: ReportSettings & {hashName: string}): Promise<{code: number; outcome: Outcome} | null> {
  if (inputs === null || settings.force) return null
  const record = parseHashRecord(await readFile(join(outDir, settings.hashName), 'utf8').catch(() => ''))
  if (record === null || record.inputs !== inputs || !filesMatch(outDir, names, record.files)) return null
  const errors = typeof record.errors === 'number' ? record.errors : 0
  if (errors > 0) ctx.io.stderr.write(`${ref.id}: unchanged, with ${errors} error(s) (run 'regdiff lint ${display(ctx.io.cwd, ref.dir)}' to see them)\n`)
  return {code: errors > 0 ? EXIT_FINDINGS : EXIT_OK, outcome: settings.check ? 'current' : 'unchanged'}
}

/** Where a case's outputs went while it ran: staged files and their digests, or (for --check) what differs. */
interface Consumed {
  staging: Staging | null
  writeError: unknown
  digests: Record<string, string>
  problems: string[]
}

/**
 * The outputs come as pieces while the case runs (RunOptions.consume): they are hashed, and written to
 * temporary files or compared with the files on disk, piece by piece, never held whole (at 10 MB they are
 * ~100 MB of text). An exception from rendering fails the case in runCase; staging is then discarded.
 */
function consumer(ctx: Context, outDir: string, settings: ReportSettings, into: Consumed): NonNullable<RunOptions['consume']> {
  return async (outputs) => {
    if (settings.check) {
      for (const [name, pieces] of Object.entries(outputs)) {
        const path = join(outDir, name)
        const rendered = encodeChunks(pieces, () => undefined)
        const onDisk = hashFile(path)
        if (onDisk === null) into.problems.push(`missing: ${display(ctx.io.cwd, path)}`)
        else if (onDisk.bytes !== rendered.bytes || onDisk.sha256 !== rendered.sha256) into.problems.push(`stale: ${display(ctx.io.cwd, path)}`)
      }
      return
    }
    try {
      into.staging = await openStaging(outDir)
      for (const [name, pieces] of Object.entries(outputs)) into.digests[name] = stageFile(into.staging, name, pieces)
    } catch (error) {
      if (into.staging) await discardStaging(into.staging)
      into.staging = null
      into.writeError = error
    }
  }
}

/** Put the staged outputs and their hash record in place, or report why nothing was replaced. */
async function commitOutputs(ctx: Context, outDir: string, inputs: string | null, errorCount: number, consumed: Consumed, hashName: string): Promise<boolean> {
  const {staging, writeError, digests} = consumed
  try {
    if (writeError !== null || staging === null) throw writeError
    // The record is part of the committed output, so it must be byte-identical run to run.
    stageFile(staging, hashName, formatHashRecord(inputs ?? '', digests, errorCount))
    await commitStaging(staging)
    return true
  } catch (error) {
    if (staging) await discardStaging(staging)
    const message = new VFileMessage(
      `cannot write the report: ${error instanceof Error ? error.message : String(error)}; nothing was replaced`,
      {ruleId: 'write-failed', source: 'regdiff'}
    )
    message.fatal = true
    message.file = outDir
    printMessages(ctx, [message])
    return false
  }
}

async function reportCase(
  ctx: Context,
  ref: CaseRef,
  options: RunOptions,
  settings: ReportSettings
): Promise<{code: number; outcome: Outcome}> {
  if (ref.problem !== null) {
    printMessages(ctx, [inputProblem(ref)])
    return {code: EXIT_INPUT, outcome: 'failed'}
  }
  const outDir = join(settings.out, ref.id)
  const names = options.formats.map((format) => outputName(format, options.lang))
  const inputs = await hashCaseInputs(ref.dir, JSON.stringify({formats: options.formats, lang: options.lang}), settings.tool)
  const unchanged = await upToDate(ctx, ref, outDir, names, inputs, {...settings, hashName: hashRecordName(options.lang)})
  if (unchanged) return unchanged

  const consumed: Consumed = {staging: null, writeError: null, digests: {}, problems: []}
  const {lib, context} = await pipeline(ctx)
  const result = await lib.runCase(ref.dir, {...options, context, consume: consumer(ctx, outDir, settings, consumed)})
  const errorFindings = findingMessages(ref, result).filter((message) => message.fatal === true)
  printMessages(ctx, [...result.messages, ...errorFindings])
  printTimings(ctx, result)
  if (!result.ok) return {code: EXIT_INPUT, outcome: 'failed'}
  const errorCount = errorFindings.length + result.messages.filter((message) => message.fatal === true).length
  const findingsCode = errorCount > 0 ? EXIT_FINDINGS : EXIT_OK

  if (settings.check) {
    for (const line of consumed.problems) ctx.io.stderr.write(line + '\n')
    const stale = consumed.problems.length > 0
    return {code: Math.max(findingsCode, stale ? EXIT_FINDINGS : EXIT_OK), outcome: stale ? 'stale' : 'current'}
  }
  if (!(await commitOutputs(ctx, outDir, inputs, errorCount, consumed, hashRecordName(options.lang)))) return {code: EXIT_INPUT, outcome: 'failed'}
  return {code: findingsCode, outcome: 'written'}
}

function filesMatch(dir: string, names: string[], digests: Record<string, string>): boolean {
  for (const name of names) {
    const onDisk = hashFile(join(dir, name))
    if (onDisk === null || digests[name] !== onDisk.sha256) return false
  }
  return true
}

async function runLint(ctx: Context, cases: CaseRef[], options: RunOptions): Promise<number> {
  let exit = EXIT_OK
  for (const ref of cases) {
    if (ref.problem !== null) {
      printMessages(ctx, [inputProblem(ref)])
      exit = EXIT_INPUT
      continue
    }
    const {lib, context} = await pipeline(ctx)
    const result = await lib.runCase(ref.dir, {...options, context})
    const findings = findingMessages(ref, result)
    printMessages(ctx, [...result.messages, ...findings])
    printTimings(ctx, result)
    if (!result.ok) exit = EXIT_INPUT
    else if ([...result.messages, ...findings].some((message) => message.fatal === true)) exit = Math.max(exit, EXIT_FINDINGS)
  }
  return exit
}

async function runInstructions(ctx: Context, dir: string, options: RunOptions): Promise<number> {
  const result = await (await library()).runInstructions(dir, {debug: options.debug === true})
  printMessages(ctx, result.messages)
  if (!result.ok || result.text === null) return EXIT_INPUT
  ctx.io.stdout.write(result.text)
  return result.messages.some((message) => message.fatal === true) ? EXIT_FINDINGS : EXIT_OK
}

/** Report findings as diagnostics, pointing into the input they are about. */
function findingMessages(ref: CaseRef, result: CaseResult): VFileMessage[] {
  const findings: Finding[] = result.report?.diff.findings ?? []
  return findings.map((finding) => {
    const message = new VFileMessage(finding.message, {
      ruleId: finding.code,
      source: 'regdiff',
      ...(finding.place ? {place: finding.place.position} : {})
    })
    message.fatal = finding.severity === 'error' ? true : finding.severity === 'warning' ? false : undefined
    message.file = finding.place ? (isAbsolute(finding.place.path) ? finding.place.path : join(ref.dir, ...finding.place.path.split('/'))) : ref.dir
    return message
  })
}

export function printMessages(ctx: Context, messages: VFileMessage[]): void {
  const text = formatMessages(messages, {color: ctx.color, debug: ctx.debug, cwd: ctx.io.cwd})
  if (text) ctx.io.stderr.write(text)
}

function printTimings(ctx: Context, result: CaseResult): void {
  if (Object.keys(result.timings).length === 0) return
  ctx.io.stderr.write(JSON.stringify({timings: result.timings, case: result.caseId}) + '\n')
}

export function display(cwd: string, path: string): string {
  const rel = relative(cwd, path)
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel.split(sep).join('/')
}

export {severityOf}
