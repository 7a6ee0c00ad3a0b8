/**
 * regdiff's library API: `runCase` glues the stages together; the stage functions are exported as-is.
 * Never prints, never exits: everything a caller needs is in the returned CaseResult.
 */
import {basename, isAbsolute, join, relative, resolve, sep} from 'node:path'
import {performance} from 'node:perf_hooks'
import {VFileMessage} from 'vfile-message'
import {VFile} from 'vfile'
import type {Root} from 'mdast'
import type {DiffResult, NoteTree, OutputFormat, ProvisionTree, Report} from './types.js'
import {loadCase, type LoadedCase} from './case/load.js'
import {parseProvisions, type BodyTemplate} from './parse/index.js'
import {applyInstructions, attachInstructions, generateInstructions, isInstructionForm} from './instructions/index.js'
import {diffTrees} from './diff/index.js'
import {consolidate} from './diff/consolidate.js'
import {classifyChanges} from './classify/index.js'
import {parseNote} from './note/index.js'
import {linkChanges} from './link/index.js'
import {buildReport, withEffects} from './report/build.js'
import {createStemmer, type Stemmer} from './grammar/stem.js'
import {renderBinary, renderReport, renderReportChunks, type BinaryFormat, type ReportFormat} from './render/index.js'
import {outputName, version} from './meta.js'

// The stages, as the library's public API (each takes and returns plain data; see src/types.ts).
export {loadCase, type LoadedCase} from './case/load.js'
export {parseProvisions, splitSentences} from './parse/index.js'
export {applyInstructions, attachInstructions, generateInstructions, isInstructionForm} from './instructions/index.js'
export {diffTrees} from './diff/index.js'
export {consolidate} from './diff/consolidate.js'
export {classifyChanges} from './classify/index.js'
export {parseNote} from './note/index.js'
export {linkChanges} from './link/index.js'
export {buildReport, withEffects, withReasons, REPORT_SCHEMA_VERSION} from './report/build.js'
export {sentencesOf, sentenceAround} from './grammar/sentences.js'
export {createStemmer, type Stemmer} from './grammar/stem.js'
export {renderReport, renderReportChunks} from './render/index.js'

export type * from './types.js'

const isBinary = (format: OutputFormat): format is BinaryFormat => format === 'docx' || format === 'answer-docx'
// Every output format is rendered by one of the two renderers.
export type {ReportFormat, BinaryFormat}

export interface RunOptions {
  /** Formats to render (in memory, or to `consume`); `[]` runs every stage up to the report model (what `lint` does). */
  formats: OutputFormat[]
  lang: 'nb' | 'en'
  /** Fill `timings` per phase (also on when the environment has `REGDIFF_TIMINGS=1`). */
  timings?: boolean
  /** Keep the stack of an unexpected exception on the "internal error" message (as its `cause`). */
  debug?: boolean
  /**
   * Take the outputs as pieces instead of strings (`outputs` then stays empty): called once, when the
   * report is built, with each format's output by file name (`renderReportChunks`, rendered while it is
   * iterated, in one pass). A 10 MB regulation gives ~100 MB of output, which can so be hashed and written
   * without ever being held whole. If a piece fails to render, the iteration throws; the callback should
   * then clean up, and the case fails with that error (an internal error, as in any stage) whatever the
   * callback does. Timings get `render` (the pieces) and `write` (the rest of the callback).
   */
  consume?: (outputs: Record<string, Iterable<string | Buffer>>) => void | Promise<void>
  /**
   * What several cases of one process share (`createRunContext`): a batch (`report --all`) and `report
   * --watch` pass one, so the stemmer's memo, parsed Markdown chunks and a note whose text did not change
   * are not made again for every case. Without it each case gets a fresh one and keeps nothing.
   */
  context?: RunContext
}

/**
 * Work one process can reuse between cases, held by the caller (never at module level). Everything in it is
 * keyed by the exact text it was made from and never mutated after it is stored, so a case run with a
 * context gives the same report and messages as one run without (test/cli/context.test.ts).
 */
export interface RunContext {
  /** One stemmer, its memo bounded (src/grammar/stem.ts). */
  stemmer: Stemmer
  /** Markdown chunks and section bodies by their source text (src/parse, ParseOptions). */
  chunks: Map<string, Root>
  bodies: Map<string, BodyTemplate>
  /** Parsed notes and background documents by absolute path, with the text they were parsed from and the messages parsing gave. */
  notes: Map<string, {text: string; tree: NoteTree; messages: VFileMessage[]}>
}

// Bounds on what a context keeps: a batch of hundreds of cases must not hold every case's chunks. When a
// table is full it is emptied whole (simple, bounded; the next case fills it again).
const CONTEXT_CHUNKS = 50_000
const CONTEXT_NOTES = 64

export function createRunContext(): RunContext {
  return {stemmer: createStemmer(), chunks: new Map(), bodies: new Map(), notes: new Map()}
}

/** Empty the tables of a context that have grown past their bound (called before each case). */
function boundContext(context: RunContext): void {
  if (context.chunks.size > CONTEXT_CHUNKS || context.bodies.size > CONTEXT_CHUNKS) {
    context.chunks.clear()
    context.bodies.clear()
  }
  if (context.notes.size > CONTEXT_NOTES) context.notes.clear()
}

/**
 * parseNote, or the tree parsed from exactly this text at this path earlier in the process (its messages
 * are put on the file again, as parsing would have). The tree is never mutated by later stages.
 */
function parseNoteOnce(context: RunContext, caseDir: string, file: VFile): NoteTree {
  const key = join(caseDir, file.path ?? '')
  const text = String(file.value)
  const known = context.notes.get(key)
  if (known && known.text === text) {
    file.messages.push(...known.messages)
    return known.tree
  }
  const before = file.messages.length
  const tree = parseNote(file)
  context.notes.set(key, {text, tree, messages: file.messages.slice(before)})
  return tree
}

export interface CaseResult {
  /** Folder name of the case. */
  caseId: string
  /** False when a stage stopped with a fatal message or an unexpected exception. */
  ok: boolean
  report: Report | null
  /** File name (`report.html` …) → content; empty unless `ok`, and when the outputs went to `consume`. */
  outputs: Record<string, string>
  /** The Word outputs (`report.docx`, `answer.docx`) by file name, as for `outputs`. */
  binaries: Record<string, Buffer>
  /** Every diagnostic from every stage, in file, line, column order. */
  messages: VFileMessage[]
  /** Milliseconds per phase (`load`, `parse`, `align`, `diff`, `classify`, `link`, `render`, `total` …); empty unless asked. */
  timings: Record<string, number>
}

/** The version of regdiff (from package.json), recorded in every report. */
export {version, OUTPUT_FILES, outputName} from './meta.js'

export async function runCase(dir: string, options: RunOptions): Promise<CaseResult> {
  const caseDir = resolve(dir)
  const caseId = basename(caseDir)
  const measure = options.timings === true || process.env['REGDIFF_TIMINGS'] === '1'
  const timings: Record<string, number> = {}
  const messages: VFileMessage[] = []
  const started = performance.now()
  // Times each phase; phases that run more than once (parse) accumulate. Async phases are timed to
  // when their promise settles.
  const phase: Timer = (name, run) => {
    const t0 = performance.now()
    const stop = (): void => {
      if (measure) timings[name] = round((timings[name] ?? 0) + performance.now() - t0)
    }
    let value
    try {
      value = run()
    } catch (error) {
      stop()
      throw error
    }
    if (value instanceof Promise) return value.finally(stop) as typeof value
    stop()
    return value
  }
  const result: CaseResult = {caseId, ok: false, report: null, outputs: {}, binaries: {}, messages, timings}
  const files: Array<{messages: VFileMessage[]}> = []
  try {
    const pipeline = await runPipeline(caseDir, options, phase, files, measure ? timings : null)
    result.report = pipeline.report
    result.outputs = pipeline.outputs
    result.binaries = pipeline.binaries
    result.ok = true
  } catch (error) {
    messages.push(failure(error, caseId, caseDir, options.debug === true))
  }
  collectMessages(messages, files, caseDir)
  if (measure) timings['total'] = round(performance.now() - started)
  return result
}

type Timer = <T>(name: string, run: () => T) => T

interface Compared {
  loaded: LoadedCase
  current: ProvisionTree
  proposed: ProvisionTree
  consolidated: ProvisionTree
  diff: DiffResult
}

/**
 * Load, parse both sides (applying amendment instructions first when the proposal is written as
 * instructions) and diff. Collects every VFile whose messages make up the case's diagnostics.
 */
async function compareCase(caseDir: string, time: Timer, files: Array<{messages: VFileMessage[]}>, context: RunContext): Promise<Compared> {
  const stemmer = context.stemmer
  const loaded = await time('load', () => loadCase(caseDir))
  files.push({messages: loaded.messages}, loaded.current, loaded.proposed)
  if (loaded.note) files.push(loaded.note)
  files.push(...loaded.background)
  // From here on documents are named relative to the case folder: those names end up in report.json,
  // which must not depend on where the case was checked out. Messages get the folder back for printing.
  for (const file of [loaded.current, loaded.proposed, loaded.note, ...loaded.background]) {
    if (file?.path && isAbsolute(file.path)) file.path = relative(caseDir, file.path).split(sep).join('/')
  }

  // One cache for both sides: an unchanged section is parsed and built once (see src/parse/index.ts); with a
  // shared context also across the cases and regenerations of one process.
  const cache = context.chunks
  const bodies = context.bodies
  const currentText = String(loaded.current.value)
  const proposedText = String(loaded.proposed.value)
  const current = time('parse', () => parseProvisions(loaded.current, {cache, bodies}))
  const declared = loaded.meta.proposalForm
  const instructionForm = declared === 'instructions' || (declared === null && isInstructionForm(proposedText))

  let proposed: ProvisionTree
  let diff: DiffResult
  if (instructionForm) {
    // The instructions are applied to current.md; what is compared is the regulation as it would read.
    // Problems with an instruction are reported on proposed.md by the applier, at the instruction.
    const applied = time('instructions', () => applyInstructions({tree: current, text: currentText}, loaded.proposed))
    // Parser messages on the assembled text would point into a file nobody has; it is made of current.md
    // (already checked) and the instructions' wording (checked by the applier), so they are left out.
    const assembled = new VFile({path: loaded.proposed.path, value: applied.text})
    proposed = time('parse', () => parseProvisions(assembled, {cache, bodies}))
    diff = diffTrees(current, proposed, {form: 'instructions', currentText, proposedText: applied.text, time, stemmer})
    diff = attachInstructions(diff, applied.instructions)
    // The closing part ("Forskriften trer i kraft 1. august 2025.") dates the proposal; case.yaml wins
    // when it says otherwise, but the disagreement is worth a warning.
    const declaredInForce = loaded.meta.dates['inForce']
    if (applied.entryIntoForce && declaredInForce === undefined) {
      loaded.meta = {...loaded.meta, dates: {...loaded.meta.dates, inForce: applied.entryIntoForce}}
    } else if (applied.entryIntoForce && declaredInForce !== applied.entryIntoForce) {
      loaded.proposed.message(
        `Instruksene setter ikrafttredelse til ${applied.entryIntoForce}, men case.yaml oppgir ${declaredInForce}; rapporten bruker case.yaml`,
        {ruleId: 'in-force-mismatch', source: 'regdiff'}
      )
    }
    // diffTrees only sees `instructions`; whether that was declared or read from the text is known here.
    if (declared === null) {
      diff = {
        ...diff,
        formReason:
          'Forslaget leses som endringsinstrukser (instruksene er brukt på gjeldende tekst, og resultatet sammenlignes som en fullstendig tekst): ' +
          'teksten består av instrukser som «… skal lyde:» og «… oppheves.». Formen er ikke oppgitt i saken, så den er utledet av teksten.'
      }
    }
  } else {
    proposed = time('parse', () => parseProvisions(loaded.proposed, {cache, bodies}))
    diff = diffTrees(current, proposed, {form: declared, currentText, proposedText, time, stemmer})
  }
  const consolidated = time('diff', () => consolidate(current, proposed, diff))
  return {loaded, current, proposed, consolidated, diff}
}

/** The stages in order. Each stage owns its module; this only passes data along. */
async function runPipeline(
  caseDir: string,
  options: RunOptions,
  time: Timer,
  files: Array<{messages: VFileMessage[]}>,
  timings: Record<string, number> | null
): Promise<{report: Report; outputs: Record<string, string>; binaries: Record<string, Buffer>}> {
  // One stemmer per run (or per process, with a context): its memo is shared by the stages.
  const context = options.context ?? createRunContext()
  boundContext(context)
  const stemmer = context.stemmer
  const {loaded, current, proposed, consolidated, diff} = await compareCase(caseDir, time, files, context)
  const classified = time('classify', () => classifyChanges(diff, {current, proposed, consolidated}, {stemmer}))
  const note = loaded.note ? time('link', () => parseNoteOnce(context, caseDir, loaded.note!)) : null
  const background = time('link', () => loaded.background.map((file) => parseNoteOnce(context, caseDir, file)))
  // link weighs a change's effects: it reads the diff with classify's effects on it (a new object).
  const linked = time('link', () => linkChanges(withEffects(diff, classified), note, background, {current, proposed}, {stemmer}))
  const report = time('report', () =>
    buildReport({
      meta: loaded.meta,
      sources: loaded.sources,
      regulation: {current, proposed, consolidated},
      diff,
      classified,
      linked,
      note,
      background,
      toolVersion: version
    })
  )
  const outputs: Record<string, string> = {}
  const binaries: Record<string, Buffer> = {}
  if (options.consume) {
    await consumeOutputs(report, options, options.consume, time, timings)
    return {report, outputs, binaries}
  }
  // Every format is rendered in memory before anything is written (the CLI writes them together).
  for (const format of options.formats) {
    const name = outputName(format, options.lang)
    if (isBinary(format)) binaries[name] = await time('render', () => renderBinary(report, format, {lang: options.lang}))
    else outputs[name] = time('render', () => renderReport(report, format, {lang: options.lang}))
  }
  return {report, outputs, binaries}
}

/** Hand the outputs to `consume` as pieces, timing their rendering and the rest; see RunOptions.consume. */
async function consumeOutputs(
  report: Report,
  options: RunOptions,
  consume: NonNullable<RunOptions['consume']>,
  time: Timer,
  timings: Record<string, number> | null
): Promise<void> {
  // The first exception a piece threw while rendering (the callback may have caught it).
  const failures: unknown[] = []
  function* timed(pieces: Iterator<string>): Generator<string, void, undefined> {
    for (;;) {
      let step: IteratorResult<string>
      try {
        step = time('render', () => pieces.next())
      } catch (error) {
        failures.push(error)
        throw error
      }
      if (step.done) return
      yield step.value
    }
  }
  const pieces: Record<string, Iterable<string | Buffer>> = {}
  for (const format of options.formats) {
    // A Word file is one zip package, made asynchronously: it is ready before the pieces are handed over.
    if (isBinary(format)) pieces[outputName(format, options.lang)] = [await time('render', () => renderBinary(report, format, {lang: options.lang}))]
    else pieces[outputName(format, options.lang)] = timed(renderReportChunks(report, format, {lang: options.lang}))
  }
  const rendered = timings?.['render'] ?? 0
  const t0 = performance.now()
  try {
    await consume(pieces)
  } catch (error) {
    if (failures.length === 0) throw error
  }
  if (timings) timings['write'] = round(performance.now() - t0 - ((timings['render'] ?? 0) - rendered))
  // Rendering is a stage: its failure is the case's, however the callback handled the exception.
  if (failures.length > 0) throw failures[0]
}

export interface InstructionsResult {
  caseId: string
  ok: boolean
  /** The proposal as amendment instructions ("§ 3-2 skal lyde: …"), Markdown; null unless `ok`. */
  text: string | null
  messages: VFileMessage[]
}

/**
 * Write the case's proposal as amendment instructions against current.md (what `regdiff instructions`
 * prints). A partial proposal is consolidated first; an instruction-form proposal is normalised.
 */
export async function runInstructions(dir: string, options: {debug?: boolean} = {}): Promise<InstructionsResult> {
  const caseDir = resolve(dir)
  const caseId = basename(caseDir)
  const files: Array<{messages: VFileMessage[]}> = []
  const messages: VFileMessage[] = []
  let text: string | null = null
  try {
    const {loaded, current, proposed, diff} = await compareCase(caseDir, (_name, run) => run(), files, createRunContext())
    // With the proposal's file, a change the generator cannot express is a warning at its place.
    text = generateInstructions(current, proposed, diff, loaded.meta, loaded.proposed)
  } catch (error) {
    messages.push(failure(error, caseId, caseDir, options.debug === true))
  }
  collectMessages(messages, files, caseDir)
  return {caseId, ok: text !== null, text, messages}
}

/** A stage's fatal message as it is; anything else is an internal error, its stack kept only for --debug. */
function failure(error: unknown, caseId: string, caseDir: string, debug: boolean): VFileMessage {
  if (error instanceof VFileMessage) return error
  // Recursion in a stage ran out of stack: the input is the cause (deep nesting, an enormous paragraph),
  // so say that rather than "internal error", and what the user can do.
  const overflow = error instanceof RangeError && /call stack/i.test(error.message)
  const reason = overflow
    ? `case ${caseId} could not be processed: a text is nested too deeply or has a paragraph too long for regdiff (${error.message}); split very long lines and remove deep nesting`
    : `internal error in case ${caseId}: ${error instanceof Error ? error.message : String(error)}`
  const message = new VFileMessage(reason, {
    ruleId: overflow ? 'input-too-complex' : 'internal-error',
    source: 'regdiff',
    ...(debug && error instanceof Error ? {cause: error} : {})
  })
  message.fatal = true
  message.file = caseDir
  return message
}

/** Add every file's messages once (loadCase lists its messages and also leaves them on their files), sorted. */
function collectMessages(messages: VFileMessage[], files: Array<{messages: VFileMessage[]}>, caseDir: string): void {
  const seen = new Set<VFileMessage>(messages)
  for (const file of files) {
    for (const message of file.messages) {
      if (seen.has(message)) continue
      seen.add(message)
      messages.push(message)
    }
  }
  for (const message of messages) {
    if (message.file && !isAbsolute(message.file)) message.file = join(caseDir, message.file)
  }
  messages.sort(compareMessages)
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
