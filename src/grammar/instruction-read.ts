/**
 * Read a whole amending text — plain text, Markdown or a Norsk Lovtidend XML/HTML document — into its
 * instructions, each with its operations, the part (I, II …) and document it belongs to and the span of
 * the new wording that follows it. Every paragraph is used or reported: a paragraph that looks like an
 * instruction but cannot be read is an error diagnostic with its line and column.
 */
import {toLovdataPath, type Address} from './address.js'
import {readDocumentCitation, type Cursor} from './address.js'
import {readInstructionSentence, readTargetList, type FollowingTargets, type SentenceReading} from './instruction.js'
import {isMarkup, markupParagraphs, textParagraphs, type SourceParagraph} from './instruction-source.js'
import type {AmendedDocument, Operation} from './operations.js'

export interface ParsedInstruction {
  line: number
  column: number
  /** Offset of the instruction paragraph in the input. */
  offset: number
  /** The instruction sentence, verbatim. */
  text: string
  operations: Operation[]
  /** The part it stands in (`I`, `II`), or null. */
  part: string | null
  /** The act or regulation it amends, when the text names it. */
  document: AmendedDocument | null
  /** Offsets of the new wording that follows (the paragraphs up to the next instruction or part), or null. */
  wording: {start: number; end: number} | null
  /** The text of each paragraph of that wording (for Lovtidend input, without the markup). */
  wordingParagraphs: string[]
  /** Lovdata's own targets for it, when the input is a Lovtidend document with change markup. */
  reference?: Operation[]
  /** Operations read from a list paragraph after the sentence («§ 13 første ledd» under «I følgende bestemmelser
   *  skal «X» endres til «Y»:»): `operations[from..to)` came from the paragraph at `start..end`. */
  listed: Array<{from: number; to: number; start: number; end: number}>
}

/** What a paragraph of the amending text was read as: every paragraph gets one (nothing is dropped unread). */
export type ParagraphRole =
  | 'part' | 'title' | 'document' | 'intro' | 'in-force' | 'instruction' | 'wording' | 'list' | 'own' | 'unread' | 'other'

export interface ParagraphReading {
  role: ParagraphRole
  start: number
  end: number
  line: number
  column: number
  /** The paragraph's text as read (Markdown emphasis and quote markers removed). */
  text: string
}

export type Severity = 'error' | 'warning' | 'info'

export interface Diagnostic {
  line: number
  column: number
  offset: number
  severity: Severity
  ruleId: string
  /** Norwegian bokmål. */
  message: string
  source: 'regdiff'
}

export interface AmendingText {
  format: 'text' | 'lovtidend'
  document: AmendedDocument | null
  instructions: ParsedInstruction[]
  diagnostics: Diagnostic[]
  /** The entry-into-force sentences, verbatim. */
  inForce: string[]
  /** Every paragraph, in order, with what it was read as. */
  paragraphs: ParagraphReading[]
}

export interface ReadOptions {
  /** Report paragraphs that are neither instructions nor wording as `info` (default true). */
  reportOther?: boolean
}

interface FoldState {
  result: AmendingText
  part: string | null
  document: AmendedDocument | null
  context: Address | null
  current: ParsedInstruction | null
  /** The current instruction takes new wording from the paragraphs that follow. */
  open: boolean
  /** «I følgende bestemmelser skal «X» endres til «Y»:» waiting for its list of provisions. */
  follow: FollowingTargets | null
  options: Required<ReadOptions>
}

/** Read an amending text; the format is told from its content. */
export function readAmendingText(text: string, options: ReadOptions = {}): AmendingText {
  const markup = isMarkup(text)
  const state: FoldState = {
    result: {format: markup ? 'lovtidend' : 'text', document: null, instructions: [], diagnostics: [], inForce: [], paragraphs: []},
    part: null, document: null, context: null, current: null, open: false, follow: null,
    options: {reportOther: options.reportOther ?? true}
  }
  const paragraphs = markup ? markupParagraphs(text) : textParagraphs(text)
  for (const p of paragraphs) foldParagraph(state, p)
  return state.result
}

function foldParagraph(state: FoldState, p: SourceParagraph): void {
  const role = foldRole(state, p)
  state.result.paragraphs.push({role, start: p.start, end: p.end, line: p.line, column: p.column, text: p.text})
}

function foldRole(state: FoldState, p: SourceParagraph): ParagraphRole {
  switch (p.kind) {
    case 'part':
      state.part = p.text
      state.context = null
      close(state)
      return 'part'
    case 'title':
      close(state)
      return 'title'
    case 'document':
      state.document = documentFromId(p.documentId ?? '') ?? state.document
      state.result.document ??= state.document
      return 'document'
    case 'wording':
      return addWording(state, p)
    case 'change':
      return foldChange(state, p)
    case 'candidate':
      return foldCandidate(state, p)
    case 'own-article':
      close(state)
      diagnose(state, p, 'info', 'own-provision', `${p.text.replace(/^§/u, '§ ') || 'Paragrafen'} er en bestemmelse i selve teksten, ikke en endringsinstruks; den er ikke brukt.`)
      return 'own'
    case 'own':
      return foldOwn(state, p)
  }
}

function close(state: FoldState): void {
  state.open = false
  state.follow = null
}

function addWording(state: FoldState, p: SourceParagraph): ParagraphRole {
  if (state.follow && followList(state, p)) return 'list'
  const current = state.current
  if (!current) {
    diagnose(state, p, 'warning', 'wording-without-instruction', 'Ny tekst uten endringsinstruks foran: den er ikke brukt.')
    return 'other'
  }
  current.wording = current.wording ? {start: current.wording.start, end: Math.max(current.wording.end, p.end)} : {start: p.start, end: p.end}
  current.wordingParagraphs.push(p.text)
  return 'wording'
}

/** The instruction sentence of a Lovtidend `article.change`; an empty one refers to the paragraph before. */
function foldChange(state: FoldState, p: SourceParagraph): ParagraphRole {
  if (state.current && (p.text === '' || (state.follow && followList(state, p)))) {
    state.current.reference = [...(state.current.reference ?? []), ...(p.reference ?? [])]
    state.open = true
    return p.text === '' ? 'instruction' : 'list'
  }
  const reading = readInstructionSentence(p.text, {previous: state.context})
  const instruction = startInstruction(state, p, reading)
  if (p.reference) instruction.reference = p.reference
  if (reading.operations.length === 0 && reading.problems.length === 0 && !reading.targetsFollow) {
    diagnose(state, p, 'error', 'instruction-unread', `Endringsinstruksen kan ikke leses: «${p.text}»`)
  }
  state.open = true
  return 'instruction'
}

function foldCandidate(state: FoldState, p: SourceParagraph): ParagraphRole {
  if (state.follow && followList(state, p)) return 'list'
  const reading = readInstructionSentence(p.text, {previous: state.context})
  // Inside new wording only a sentence on the whole text's force closes it («Forskriften trer i kraft …»);
  // «Forskriften kapittel 4 trer i kraft 1. juli 2023.» in a new § «Ikrafttredelse» is wording.
  if (reading.kind === 'in-force' && !(state.open && !WHOLE_IN_FORCE.test(p.text))) {
    state.result.inForce.push(p.text)
    close(state)
    return 'in-force'
  }
  if (reading.kind === 'intro') {
    setDocument(state, reading)
    state.context = null
    close(state)
    return 'intro'
  }
  if (reading.kind === 'instruction') {
    startInstruction(state, p, reading)
    state.open = reading.expectsWording || /:\s*$/u.test(p.text) || reading.targetsFollow !== null
    return 'instruction'
  }
  // Inside new wording an unread sentence is law text, unless it ends as an instruction does («… skal lyde:»):
  // then it is an instruction that could not be read, never silently taken as wording.
  if (state.open && !(reading.kind === 'unread' && INSTRUCTION_END.test(p.text))) return addWording(state, p)
  if (reading.kind === 'unread') {
    reportProblems(state, p, reading)
    return 'unread'
  }
  if (state.options.reportOther) diagnose(state, p, 'info', 'paragraph-not-instruction', 'Avsnittet er verken endringsinstruks, ny tekst eller ikrafttredelse, og er ikke brukt.')
  return 'other'
}

/** A paragraph of the text's own sections: only an instruction or entry into force is taken from it. */
function foldOwn(state: FoldState, p: SourceParagraph): ParagraphRole {
  const reading = readInstructionSentence(p.text, {previous: state.context})
  if (reading.kind === 'in-force') {
    state.result.inForce.push(p.text)
    return 'in-force'
  }
  if (reading.kind === 'instruction' && reading.problems.length === 0) {
    startInstruction(state, p, reading)
    state.open = reading.expectsWording
    return 'instruction'
  }
  return 'own'
}

const WHOLE_IN_FORCE = /^(?:\d+\.\s+)?(?:Denne\s+)?(?:(?:loven|lova|forskriften|forskrifta|endringene|endringane|endringsloven|endringslova|endringsforskriften|endringsforskrifta|lovendringene)\s+(?:under\s+[IVX]+\s+)?(?:trer|trår|tek|tar|gjelder|gjeld|begynner|skal\s+gjelde|har\s+virkning)\b|Kongen\s+kan\b)/iu
const INSTRUCTION_END = /(?:\bskal\s+(?:\S+\s+){0,3}(?:lyde|lyda)|\boppheves|\b(?:blir|vert)\s+oppheva)\s*[:.]?\s*$/iu

function setDocument(state: FoldState, reading: SentenceReading): void {
  if (!reading.document) return
  state.document = reading.document
  state.result.document ??= reading.document
}

function startInstruction(state: FoldState, p: SourceParagraph, reading: SentenceReading): ParsedInstruction {
  setDocument(state, reading)
  const instruction: ParsedInstruction = {
    line: p.line, column: p.column, offset: p.start, text: p.text, operations: reading.operations,
    part: state.part, document: state.document, wording: null, wordingParagraphs: [], listed: []
  }
  state.result.instructions.push(instruction)
  state.current = instruction
  state.context = reading.context
  state.follow = reading.targetsFollow
  reportProblems(state, p, reading)
  return instruction
}

function reportProblems(state: FoldState, p: SourceParagraph, reading: SentenceReading): void {
  for (const problem of reading.problems) {
    state.result.diagnostics.push({
      ...positionAt(p, problem.offset), severity: 'error', ruleId: problem.ruleId, message: problem.message, source: 'regdiff'
    })
  }
}

/** The provisions of «I følgende bestemmelser skal «X» endres til «Y»:», one or more per paragraph or line. */
function followList(state: FoldState, p: SourceParagraph): boolean {
  const follow = state.follow
  const current = state.current
  if (!follow || !current) return false
  const lines = p.text.split('\n').map((l) => l.trim()).filter(Boolean)
  if (follow.documents) return followRepeals(current, lines)
  const read = lines.map(readFollowItem)
  if (read.length === 0 || read.some((r) => r === null)) return false
  const from = current.operations.length
  for (const item of read) {
    for (const a of item!.addresses) {
      for (const pair of follow.pairs) {
        const op: Operation = {op: 'rename', target: toLovdataPath(follow.heading ? {...a, heading: true} : a), from: pair.from, with: pair.with}
        if (item!.document) op.document = item!.document
        current.operations.push(op)
      }
    }
  }
  current.listed.push({from, to: current.operations.length, start: p.start, end: p.end})
  return true
}

/** «Følgende lover oppheves:» then «lov 11. januar 2013 nr. 3 om …» per line: a whole-document repeal each. */
function followRepeals(current: ParsedInstruction, lines: string[]): boolean {
  const docs = lines.map((line) => readDocumentCitation({text: line.replace(/^(?:[-–•*]|\d{1,3}\.)\s+/u, ''), pos: 0}))
  if (docs.length === 0 || docs.some((d) => !d?.id)) return false
  for (const d of docs) current.operations.push({op: 'repeal', target: '', document: d!.id!})
  return true
}

/** One listed provision; it may name another act: «I lov 4. juli 1991 nr. 47 om ekteskap § 26 a andre ledd bokstav d». */
function readFollowItem(line: string): {addresses: Address[]; document: string | null} | null {
  const c: Cursor = {text: line.replace(/^(?:[-–•*]|\d{1,3}\.)\s+/u, '').replace(/^I\s+(?=(?:lov|forskrift)\s)/u, ''), pos: 0}
  const doc = readDocumentCitation(c)
  const addresses = readTargetList(c.text.slice(c.pos).trim(), {context: null})
  if (!addresses || addresses.length === 0 || addresses.some((a) => a.relative)) return null
  return {addresses, document: doc?.id ?? null}
}

function positionAt(p: SourceParagraph, offset: number): {line: number; column: number; offset: number} {
  // Instruction sentences are single lines, so a position inside one is on the paragraph's line.
  return {line: p.line, column: p.column + offset, offset: p.start + offset}
}

function diagnose(state: FoldState, p: SourceParagraph, severity: Severity, ruleId: string, message: string): void {
  state.result.diagnostics.push({line: p.line, column: p.column, offset: p.start, severity, ruleId, message, source: 'regdiff'})
}

/** `lov/2005-06-17-62` → the amended document (without title: the markup does not give it). */
export function documentFromId(id: string): AmendedDocument | null {
  const m = /^(lov|forskrift)\/(\d{4}-\d{2}-\d{2})-(\d+)$/u.exec(id)
  if (!m) return null
  return {kind: m[1] as 'lov' | 'forskrift', date: m[2]!, number: m[3]!, id, title: null}
}
