/**
 * A proposal written as amendment instructions, read for the applier. The sentences are read by the one
 * instruction grammar (`src/grammar/instruction-read.ts`, `readAmendingText`); this module only turns its
 * `Operation`s (Lovdata addresses) into the applier's targets and adds what a *proposal* has beyond an amending
 * act: new wording split into blocks with their exact separators, sections printed in full without an instruction
 * (a mixed proposal), chapter headings placing them, and a role for every paragraph (nothing dropped unread).
 */
import {readAmendingText, type AmendingText, type ParagraphReading, type ParsedInstruction as ReadInstruction} from '../grammar/instruction-read.js'
import {readInstructionSentence, splitClauses} from '../grammar/instruction.js'
import {MONTH_PATTERN, monthNumber} from '../grammar/months.js'
import {ordinalWord} from '../grammar/ordinals.js'
import type {Operation} from '../grammar/operations.js'
import {ITEM_START, sectionKey} from './document.js'
import type {InstructionAction, InstructionTarget, InstructionWording, Renumbering} from './types.js'

export interface ParsedInstruction extends InstructionWording {
  /** Body blocks with the exact separators between them (for verbatim application). */
  bodyBlocks: Array<{text: string; sep: string}>
  /** Act or regulation the instruction amends (`LOV-2005-04-29-21`), or null. */
  regulationId: string | null
  start: number
  end: number
  /** A bulk rename: the words are replaced in their inflected forms too (genitive «-s», plural). */
  inflect?: boolean
  /** A section printed in full without an instruction (a mixed proposal): replaces it, or adds it when new. */
  implicit?: boolean
  /** Several items in one sentence («nr. 6 og ny nr. 7 skal lyde:»): the label of this one's item in the wording. */
  pickItem?: string
  /** The instruction whose wording this one shares (the first of such a sentence). */
  shareBodyWith?: ParsedInstruction
  /** A bulk rename's opening sentence, when the provision this instruction names is listed after it. */
  lead?: {start: number; end: number}
}

export interface GrammarIssue {
  ruleId: string
  reason: string
  start: number
  end: number
  severity: 'error' | 'warning' | 'info'
}

export type BlockRole =
  | 'title' | 'part' | 'intro' | 'entry-into-force' | 'instruction' | 'body' | 'renumbering' | 'provision-list' | 'section' | 'heading'
  | 'ellipsis' | 'unrecognised'

export interface ParsedProposal {
  instructions: ParsedInstruction[]
  entryIntoForce: string | null
  entryIntoForceAt: {start: number; end: number} | null
  issues: GrammarIssue[]
  /** What each paragraph of the proposal was read as, in order. */
  roles: Array<{start: number; end: number; role: BlockRole}>
}

interface Span {
  start: number
  end: number
}

/** One reading of a proposal: what the paragraph handlers read and add to. */
interface Walk {
  text: string
  read: AmendingText
  lineStarts: number[]
  out: ParsedProposal
  /** The instruction whose new wording the following paragraphs are. */
  open: ParsedInstruction | null
  /** Whole sections given in one sentence («§ 1 og § 2 skal lyde:»), whose wording follows section by section. */
  group: ParsedInstruction[] | null
  /** Heading and ledd given in one sentence: each takes its paragraphs of the wording in turn. */
  sequence: ParsedInstruction[] | null
  /** Where each instruction's last body block starts (to extend it by a following line of the same paragraph). */
  lastBlockStart: Map<ParsedInstruction, number>
  seenFirst: boolean
}

// ------------------------------------------------------------------------------------------- proposal

export function parseProposal(text: string): ParsedProposal {
  const read = readAmendingText(maskFrontmatter(text))
  const walk: Walk = {
    text, read, lineStarts: lineStarts(text), open: null, group: null, sequence: null, lastBlockStart: new Map(), seenFirst: false,
    out: {instructions: [], entryIntoForce: null, entryIntoForceAt: null, issues: [], roles: []}
  }
  const byOffset = new Map(read.instructions.map((i) => [i.offset, i]))
  const errors = read.diagnostics.filter((d) => d.severity === 'error')
  for (const p of read.paragraphs) {
    const own = errors.filter((d) => d.line === p.line)
    // Inside a section printed in full, a sentence of law text that only looks like an instruction («I den grad …
    // skal …») is wording; one that ends as an instruction does is still an error, never taken as wording.
    const wording = p.role === 'unread' && walk.open !== null && !INSTRUCTION_END.test(p.text)
    if (!wording) for (const d of own) pushDiagnostic(walk, d)
    const role = wording ? readLoose(walk, p) : readParagraph(walk, p, byOffset.get(p.start) ?? null)
    if (role) walk.out.roles.push({...lineSpan(walk, p.line), role})
    walk.seenFirst = true
  }
  const lines = new Set(read.paragraphs.map((p) => p.line))
  for (const d of errors) if (!lines.has(d.line)) pushDiagnostic(walk, d)
  for (const ins of walk.out.instructions) {
    if (ins.shareBodyWith) {
      ins.bodyBlocks = ins.shareBodyWith.bodyBlocks
      ins.end = ins.shareBodyWith.end
    }
    if (ins.bodyBlocks.length > 0) ins.body = ins.bodyBlocks.map((b) => b.text + b.sep).join('')
    reportUnnamedItems(walk, ins)
  }
  return walk.out
}

/** «nr. 6 og ny nr. 7 skal lyde:» with a wording that also gives nr. 8: that item is used by no instruction — said. */
function reportUnnamedItems(walk: Walk, ins: ParsedInstruction): void {
  const more = ins.target.moreItems
  if (!more || ins.pickItem === undefined || ins.body === null) return
  const named = new Set([ins.pickItem, ...more.map((m) => m.label)])
  const given = ins.body.split('\n').map((line) => ITEM_START.exec(line.trim())?.[1]?.toLowerCase()).filter((l): l is string => l !== undefined)
  const extra = [...new Set(given.filter((l) => !named.has(l)))]
  if (extra.length === 0) return
  walk.out.issues.push({
    ruleId: 'instruction-body-mismatch', severity: 'warning', start: ins.start, end: ins.end,
    reason: `Den nye teksten i «${truncate(ins.citation, 60)}» har også punkt ${extra.join(', ')}, som instruksen ikke nevner; de er ikke brukt.`
  })
}

const INSTRUCTION_END = /(?:\bskal\s+(?:\S+\s+){0,3}(?:lyde|lyda)|\boppheves|\b(?:blir|vert)\s+oppheva)\s*[:.]?\s*$/iu

function pushDiagnostic(walk: Walk, d: AmendingText['diagnostics'][number]): void {
  const span = lineSpan(walk, d.line)
  walk.out.issues.push({ruleId: d.ruleId === 'instruction-unread' ? 'instruction-unrecognised' : d.ruleId, reason: d.message, ...span, severity: 'error'})
}

/** Frontmatter is not part of the proposal: blanked (offsets and lines kept) before reading. */
function maskFrontmatter(text: string): string {
  if (!text.startsWith('---\n')) return text
  const close = text.indexOf('\n---', 3)
  if (close < 0) return text
  return text.slice(0, close + 4).replace(/[^\n]/g, ' ') + text.slice(close + 4)
}

function lineStarts(text: string): number[] {
  const out = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') out.push(i + 1)
  return out
}

/** A paragraph is a line: from its first character to its last (a CR belongs to the line break). */
function lineSpan(walk: Walk, line: number): Span {
  const start = walk.lineStarts[line - 1] ?? 0
  let end = (walk.lineStarts[line] ?? walk.text.length + 1) - 1
  while (end > start && /[\r\n]/.test(walk.text[end - 1] ?? '')) end--
  return {start, end}
}

function readParagraph(walk: Walk, p: ParagraphReading, read: ReadInstruction | null): BlockRole | null {
  switch (p.role) {
    case 'part':
    case 'title':
    case 'intro':
      walk.open = null
      walk.group = null
      walk.sequence = null
      return p.role
    case 'in-force':
      walk.open = null
      return readEntryIntoForce(walk, p)
    case 'list':
      return 'provision-list'
    case 'unread':
      walk.open = null
      return 'unrecognised'
    case 'instruction':
      return read ? readInstruction(walk, p, read) : 'instruction'
    case 'document':
    case 'own':
      return null
    case 'wording':
    case 'other':
      return readLoose(walk, p)
  }
}

const IN_FORCE_DATE = new RegExp(`(?:kraft|gjelde|gjelder|gjeld)\\s+(?:fra\\s+og\\s+med\\s+|fra\\s+|frå\\s+|med\\s+virkning\\s+fra\\s+)?(\\d{1,2})\\.\\s*(${MONTH_PATTERN})\\s+(\\d{4})`, 'iu')

function readEntryIntoForce(walk: Walk, p: ParagraphReading): BlockRole {
  const d = IN_FORCE_DATE.exec(p.text)
  const date = d ? isoDate(d[1]!, d[2]!, d[3]!) : null
  const span = lineSpan(walk, p.line)
  if (date && walk.out.entryIntoForce === null) {
    walk.out.entryIntoForce = date
    walk.out.entryIntoForceAt = span
  } else if (date && date !== walk.out.entryIntoForce) {
    walk.out.issues.push({
      ruleId: 'instruction-several-dates', severity: 'warning', ...span,
      reason: `Forslaget har flere ikrafttredelsesdatoer; ${walk.out.entryIntoForce} er brukt som dato for ikrafttredelse.`
    })
  }
  return 'entry-into-force'
}

export function isoDate(day: string, month: string, year: string): string | null {
  const mi = monthNumber(month)
  const d = Number(day)
  if (mi === null) return null
  // "31. februar" is not a date: the day must exist in that month.
  const days = new Date(Date.UTC(Number(year), mi, 0)).getUTCDate()
  if (d < 1 || d > days) return null
  return `${year}-${String(mi).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

// A section printed in full: "#### § 8-6. Tittel", "§ 8-6. Tittel", "**§ 8-6.** *Tittel*".
const SECTION_LINE = /^(?:#{1,6}[ \t]+)?[*_]*§\s*(\d+(?:\s?[A-ZÆØÅ](?=\s?-\s?\d))?(?:\s*-\s*\d+)?(?:\s?[a-zæøå](?![\p{L}]))?)\s*[.][*_]*(?:[ \t]+\S.*)?$/iu
const CHAPTER_LINE = /^#{1,6}[ \t]+(?:Kapittel|Kapitel|Del)\s/iu
const ELLIPSIS = /^[–—-](?:\s*[–—-])*$/u

/** A paragraph that is not an instruction: new wording, a section printed in full, a heading, or unread. */
function readLoose(walk: Walk, p: ParagraphReading): BlockRole {
  const span = lineSpan(walk, p.line)
  // «§ 3-5 annet ledd skal lyde: Tiltaket …»: wording on the instruction's own line starts after the colon.
  if (/:\s*$/u.test(walk.text.slice(span.start, p.start))) span.start = p.start
  const raw = walk.text.slice(span.start, span.end).trim()
  if (!walk.seenFirst && /^#\s/u.test(raw)) return 'title'
  const open = walk.open
  const heading = SECTION_LINE.exec(raw)
  const inGroup = walk.group !== null && open !== null && walk.group.includes(open)
  // The sections of a new chapter («Nytt kapittel 5A skal lyde:») are its wording, not sections of their own.
  const chapterOpen = open !== null && open.target.chapter !== null && !open.target.heading
  if (chapterOpen) {
    appendBody(walk, open, span)
    return 'body'
  }
  if (heading && open !== null && inGroup) {
    const next = walk.group!.find((g) => sectionKey(g.target.section) === sectionKey(heading[1]!))
    if (next) walk.open = next
  } else if (heading && (open === null || open.bodyBlocks.length > 0)) {
    // A section printed in full where no instruction asks for its wording (a mixed proposal): «§ X skal lyde:».
    const ins = implicitSection(walk, heading[1]!, span)
    walk.out.instructions.push(ins)
    walk.open = ins
    walk.group = null
    return 'section'
  }
  if (CHAPTER_LINE.test(raw) && (open === null || open.bodyBlocks.length > 0)) {
    // A chapter or part heading of a proposal that prints sections in full: where they stand, not wording.
    walk.open = null
    walk.group = null
    return 'heading'
  }
  if (walk.open !== null) {
    appendBody(walk, nextInSequence(walk, walk.open, span), span)
    return 'body'
  }
  if (ELLIPSIS.test(raw)) return 'ellipsis'
  walk.out.issues.push({
    ruleId: 'instruction-unrecognised', severity: 'error', ...span,
    reason: `Avsnittet er verken en endringsinstruks eller ny tekst til en instruks, og er ikke brukt: «${truncate(raw, 80)}».`
  })
  return 'unrecognised'
}

function implicitSection(walk: Walk, label: string, span: Span): ParsedInstruction {
  const target = {...emptyTarget(), section: label.replace(/\s*-\s*/u, '-')}
  const ins = newInstruction({action: 'replace', target, citation: `§ ${target.section}`}, null, span)
  ins.implicit = true
  ins.bodyBlocks.push({text: walk.text.slice(span.start, span.end), sep: ''})
  walk.lastBlockStart.set(ins, span.start)
  return ins
}

/** In a sequence, a new paragraph goes to the next instruction once this one has all it takes. */
function nextInSequence(walk: Walk, open: ParsedInstruction, span: Span): ParsedInstruction {
  const seq = walk.sequence
  const at = seq ? seq.indexOf(open) : -1
  if (!seq || at < 0 || at === seq.length - 1) return open
  const newBlock = open.bodyBlocks.length === 0 || /\n[ \t]*\r?\n/u.test(walk.text.slice(open.end, span.start))
  if (!newBlock || open.bodyBlocks.length < paragraphsTaken(open.target)) return open
  const next = seq[at + 1]!
  walk.open = next
  return next
}

/** A line of new wording: a new block after a blank line, else the same block goes on. */
function appendBody(walk: Walk, ins: ParsedInstruction, span: Span): void {
  const last = ins.bodyBlocks[ins.bodyBlocks.length - 1]
  const between = walk.text.slice(ins.end, span.start)
  const lastStart = walk.lastBlockStart.get(ins)
  if (last && lastStart !== undefined && !/\n[ \t]*\r?\n/u.test(between)) {
    last.text = walk.text.slice(lastStart, span.end)
  } else {
    if (last) last.sep = between
    ins.bodyBlocks.push({text: walk.text.slice(span.start, span.end), sep: ''})
    walk.lastBlockStart.set(ins, span.start)
  }
  ins.end = span.end
}

// ------------------------------------------------------------------------------------------- instructions

interface Header {
  action: InstructionAction
  target: InstructionTarget
  citation: string
  from?: string | null
  to?: string | null
}

function newInstruction(h: Header, regulationId: string | null, span: Span, part: string | null = null): ParsedInstruction {
  return {
    action: h.action, target: h.target, citation: h.citation, from: h.from ?? null, to: h.to ?? null, body: null, bodyBlocks: [],
    renumbering: [], part, regulationId, start: span.start, end: span.end
  }
}

function emptyTarget(): InstructionTarget {
  return {section: '', ledd: null, leddTo: null, item: null, itemKind: null, sentence: null, adds: null, heading: false, chapter: null}
}

/** An instruction paragraph: its operations as the applier's instructions; the last that gives wording opens. */
function readInstruction(walk: Walk, p: ParagraphReading, read: ReadInstruction): BlockRole {
  const span = lineSpan(walk, p.line)
  const built = buildInstructions(walk, read, span)
  walk.open = null
  walk.group = null
  walk.sequence = null
  if (built.unsupported.length > 0) {
    walk.out.issues.push({
      ruleId: 'instruction-unsupported', severity: 'error', ...span,
      reason: `regdiff kan ikke bruke denne delen av instruksen: ${built.unsupported.join(', ')} («${truncate(read.text, 80)}»).`
    })
  }
  if (read.operations.length === 0 && !walk.out.issues.some((i) => i.start === span.start && i.severity === 'error')) {
    walk.out.issues.push({
      ruleId: 'instruction-unrecognised', severity: 'error', ...span,
      reason: `Instruksen er lest, men sier ikke hva som skal endres, og er ikke brukt: «${truncate(read.text, 80)}».`
    })
  }
  reportUnusedClauses(walk, read, span)
  const cited = sentenceCitation(read.text)
  const sections = new Set(built.instructions.map((b) => sectionKey(b.target.section)))
  if (cited && read.listed.length === 0 && sections.size === 1 && splitClauses(read.text).length === 1) {
    for (const b of built.instructions) if (b.action !== 'renumber') b.citation = cited
  }
  walk.out.instructions.push(...built.instructions)
  const opens = built.opens
  if (opens.length === 0 && built.unsupported.length > 0 && /:\s*$/u.test(read.text)) {
    // The wording of an instruction regdiff cannot carry out is covered by that instruction's error, not
    // reported again as stray text: it is held by an instruction that is never applied.
    walk.open = newInstruction({action: 'replace', target: emptyTarget(), citation: ''}, null, span, read.part)
  }
  if (opens.length > 0) {
    walk.open = opens[0]!
    walk.group = opens.length > 1 && opens.every((o) => isWholeSection(o.target)) ? opens : null
    walk.sequence = opens.length > 1 && !walk.group ? opens : null
  }
  return built.instructions.length === 0 && built.attached ? 'renumbering' : 'instruction'
}

/** «§ 3 oppheves. Departementet kan gi overgangsregler.»: a sentence in an instruction's paragraph that is none. */
function reportUnusedClauses(walk: Walk, read: ReadInstruction, span: Span): void {
  const clauses = splitClauses(read.text)
  if (clauses.length < 2) return
  let previous: ReturnType<typeof readInstructionSentence>['context'] = null
  for (const clause of clauses) {
    const reading = readInstructionSentence(clause.text, {previous})
    previous = reading.context ?? previous
    if (reading.kind !== 'other') continue
    walk.out.issues.push({
      ruleId: 'instruction-clause-unused', severity: 'warning', ...span,
      reason: `Setningen «${truncate(clause.text, 80)}» står i en endringsinstruks, men er verken en instruks eller en ikrafttredelse, og er ikke brukt.`
    })
  }
}

interface Built {
  instructions: ParsedInstruction[]
  /** The instructions the wording after the paragraph belongs to. */
  opens: ParsedInstruction[]
  /** Operations the applier cannot carry out, as the citation says them. */
  unsupported: string[]
  /** A renumbering was given to an instruction before this paragraph. */
  attached: boolean
}

/** Walk the operations in order: runs of one kind merge (ledd and punktum ranges, items sharing one wording). */
function buildInstructions(walk: Walk, read: ReadInstruction, span: Span): Built {
  const built: Built = {instructions: [], opens: [], unsupported: [], attached: false}
  const regulationId = regulationIdOf(read.document?.id ?? null)
  const ops = read.operations
  let i = 0
  while (i < ops.length) {
    const op = ops[i]!
    if (op.op === 'move') {
      i = readMoves(walk, read, i, span, built, regulationId)
      continue
    }
    const at = spanOfOperation(read, i, span)
    const target = targetOf(op, read.text)
    if (!target) {
      built.unsupported.push(op.target === '' ? 'hele loven eller forskriften' : op.target)
      i++
      continue
    }
    const docId = op.document ? regulationIdOf(op.document) : regulationId
    if (op.op === 'rename') {
      const ins = newInstruction({action: 'substitute', target, citation: citationOf(target), from: op.from ?? '', to: op.with ?? ''}, docId, at.span, read.part)
      if (/^I\s+(?:følgende|følgjande|disse|desse)\s/iu.test(read.text)) ins.inflect = true
      if (at.lead) ins.lead = at.lead
      built.instructions.push(ins)
      i++
      continue
    }
    i = op.op === 'repeal' && isWholeSection(target) ? readSectionRange(read, i, target, docId, span, built) : readRun(read, i, target, docId, span, built)
  }
  return built
}

/** «§ 2-2 til § 2-8 oppheves.»: one repeal of everything from the first to the last (also § 2-3 a between them). */
function readSectionRange(read: ReadInstruction, i: number, first: InstructionTarget, regulationId: string | null, span: Span, built: Built): number {
  let j = i + 1
  while (j < read.operations.length && read.operations[j]!.op === 'repeal' && isWholeSection(targetOf(read.operations[j]!, read.text) ?? emptyTarget())) j++
  const last = j - 1 > i ? targetOf(read.operations[j - 1]!, read.text) : null
  if (!last || !/\btil\b/u.test(read.text)) return readRun(read, i, first, regulationId, span, built)
  const target = {...first, sectionTo: last.section}
  built.instructions.push(newInstruction({action: 'repeal', target, citation: `§§ ${first.section} til ${last.section}`}, regulationId, span, read.part))
  return j
}

/** Where an operation was written: its list paragraph (with the sentence as lead) or the instruction itself. */
function spanOfOperation(read: ReadInstruction, index: number, span: Span): {span: Span; lead?: Span} {
  const listed = read.listed.find((l) => index >= l.from && index < l.to)
  if (!listed) return {span}
  // Only a list after the sentence carries the sentence along as its lead (one in the sentence is the sentence).
  return listed.start === read.offset ? {span} : {span: {start: listed.start, end: listed.end}, lead: span}
}

/** Replace, insert or repeal ops from `i` that read as one target (a range of ledd or punktum, items of one list). */
function readRun(read: ReadInstruction, i: number, first: InstructionTarget, regulationId: string | null, span: Span, built: Built): number {
  const ops = read.operations
  const action = actionOf(ops[i]!, first)
  let j = i + 1
  let target = {...first}
  // Consecutive ledd or punktum of one instruction are one span of text («annet og tredje ledd»).
  while (j < ops.length && ops[j]!.op === ops[i]!.op) {
    const next = targetOf(ops[j]!, read.text)
    const merged = next ? extendRange(target, next) : null
    if (!merged) break
    target = merged
    j++
  }
  const items = j === i + 1 && first.item !== null && action !== 'substitute' ? itemSiblings(read, i, first) : []
  const head = newInstruction({action, target, citation: citationOf(target)}, regulationId, span, read.part)
  built.instructions.push(head)
  const gives = action === 'replace' || action === 'insert'
  if (items.length > 0) return readItems(read, i, head, items, built, gives)
  if (gives) built.opens = [...(sharesWording(built.opens, target) ? built.opens : []), head]
  return j
}

/** «nr. 6 og ny nr. 7 skal lyde:», «bokstav a, b og c oppheves»: the items after the first in one list. */
function itemSiblings(read: ReadInstruction, i: number, first: InstructionTarget): Array<{target: InstructionTarget; op: Operation}> {
  const out: Array<{target: InstructionTarget; op: Operation}> = []
  for (let j = i + 1; j < read.operations.length; j++) {
    const op = read.operations[j]!
    const t = targetOf(op, read.text)
    if (!t || t.item === null || op.op === 'move' || op.op === 'rename' || !sameList(t, first)) break
    out.push({target: t, op})
  }
  return out
}

function readItems(read: ReadInstruction, i: number, head: ParsedInstruction, items: Array<{target: InstructionTarget; op: Operation}>, built: Built, gives: boolean): number {
  if (gives) {
    // One instruction per item; each takes its own item from the shared wording (pickItem in apply.ts).
    head.pickItem = head.target.item ?? undefined
    head.target.moreItems = items.map((s) => ({label: s.target.item!, adds: s.op.op === 'insert'}))
  }
  for (const s of items) {
    const action = actionOf(s.op, s.target)
    const sibling = newInstruction({action, target: s.target, citation: citationOf(s.target)}, head.regulationId, {start: head.start, end: head.end}, head.part)
    if (gives) {
      sibling.pickItem = s.target.item!
      sibling.shareBodyWith = head
    }
    built.instructions.push(sibling)
  }
  if (gives) built.opens = [head]
  return i + 1 + items.length
}

/**
 * Whether a target takes its part of one wording together with those before it in the sentence: whole sections
 * («§ 1 og § 2 skal lyde:», split at each section heading), or the heading and ledd of one section («§ 14 annet
 * ledd og nytt tredje ledd», «§ 5 ny overskrift og første ledd»: one paragraph each, in order).
 */
function sharesWording(before: ParsedInstruction[], t: InstructionTarget): boolean {
  if (before.length === 0) return false
  if (isWholeSection(t)) return before.every((o) => isWholeSection(o.target))
  return before.every((o) => isLeddLevel(o.target) && sectionKey(o.target.section) === sectionKey(t.section)) && isLeddLevel(t)
}

/** A heading or whole ledd (a range too): one paragraph of wording per ledd. */
function isLeddLevel(t: InstructionTarget): boolean {
  return t.chapter === null && t.item === null && t.sentence === null && (t.heading ? t.ledd === null : typeof t.ledd === 'number')
}

/** How many paragraphs of a shared wording a target takes: one per ledd, one for a heading. */
function paragraphsTaken(t: InstructionTarget): number {
  return typeof t.ledd === 'number' && typeof t.leddTo === 'number' ? t.leddTo - t.ledd + 1 : 1
}

function sameList(a: InstructionTarget, b: InstructionTarget): boolean {
  return sectionKey(a.section) === sectionKey(b.section) && a.ledd === b.ledd && a.sentence === b.sentence && a.itemKind === b.itemKind && !a.heading && !b.heading
}

function isWholeSection(t: InstructionTarget): boolean {
  return t.chapter === null && t.ledd === null && t.item === null && t.sentence === null && !t.heading && t.section !== ''
}

/** `a` then `b` as one target: the next ledd, or the next punktum of the same ledd, or the next section of a range. */
function extendRange(a: InstructionTarget, b: InstructionTarget): InstructionTarget | null {
  if (sectionKey(a.section) !== sectionKey(b.section) || a.heading || b.heading || a.item !== null || b.item !== null) return null
  if (a.sentence === null && b.sentence === null && typeof b.ledd === 'number') {
    const last = a.leddTo ?? a.ledd
    return typeof last === 'number' && b.ledd === last + 1 ? {...a, leddTo: b.ledd} : null
  }
  if (a.ledd === b.ledd && typeof b.sentence === 'number') {
    const last = a.sentenceTo ?? a.sentence
    return typeof last === 'number' && b.sentence === last + 1 ? {...a, sentenceTo: b.sentence} : null
  }
  return null
}

function actionOf(op: Operation, t: InstructionTarget): InstructionAction {
  if (op.op === 'repeal') return 'repeal'
  if (op.op === 'rename') return 'substitute'
  // A new heading of an existing section is a replacement of its heading.
  return op.op === 'insert' && (t.adds !== null || (t.chapter !== null && !t.heading)) ? 'insert' : 'replace'
}

/**
 * Consecutive moves as one renumbering. Of ledd or items of the section an instruction before names: that
 * instruction's (drafting practice: the statement follows the insertion or repeal); else an instruction of its own.
 */
function readMoves(walk: Walk, read: ReadInstruction, i: number, span: Span, built: Built, regulationId: string | null): number {
  const ops = read.operations
  let j = i
  const moves: Array<{from: MovePlace; to: MovePlace}> = []
  while (j < ops.length && ops[j]!.op === 'move') {
    const from = placeOf(ops[j]!.target, read.text)
    const to = placeOf(ops[j]!.to ?? '', read.text)
    if (!from || !to || from.level !== to.level || (moves[0] && moves[0].from.level !== from.level)) break
    moves.push({from, to})
    j++
  }
  if (moves.length === 0) {
    built.unsupported.push(`${ops[i]!.target} → ${ops[i]!.to ?? ''}`)
    return i + 1
  }
  const level = moves[0]!.from.level
  const clause = moveClause(read.text)
  const r: Renumbering = {level, from: moves.map((m) => m.from.label), to: moves.map((m) => m.to.label), text: clause}
  if (level !== 'section' && /§/u.test(clause)) r.section = moves[0]!.from.section
  const owner = level === 'section' ? null : ownerOf(walk, built, moves[0]!.from.section)
  if (owner) {
    owner.renumbering.push(r)
    owner.end = Math.max(owner.end, span.end)
    built.attached = true
  } else {
    const target = {...emptyTarget(), section: level === 'section' ? r.from[0]! : moves[0]!.from.section}
    const ins = newInstruction({action: 'renumber', target, citation: level === 'section' ? `§ ${r.from.join(', ')}` : `§ ${target.section}`}, regulationId, span, read.part)
    ins.renumbering.push(r)
    built.instructions.push(ins)
  }
  return j
}

/** The sentence of a chain that states the renumbering («Nåværende bokstav d og e blir bokstav c og d.»). */
function moveClause(text: string): string {
  const clauses = splitClauses(text)
  const moving = (c: {text: string}): boolean => /\s(?:blir|vert|flyttes)\s/iu.test(c.text) && !/\b(?:oppheva|opphevet|oppheve)\b/iu.test(c.text)
  return (clauses.find(moving)?.text ?? text).trim()
}

function ownerOf(walk: Walk, built: Built, section: string): ParsedInstruction | null {
  const prev = built.instructions[built.instructions.length - 1] ?? walk.out.instructions[walk.out.instructions.length - 1]
  if (!prev || prev.action === 'renumber' || prev.action === 'substitute') return null
  return sectionKey(prev.target.section) === sectionKey(section) ? prev : null
}

interface MovePlace {
  level: Renumbering['level']
  section: string
  label: string
}

/** `§3` → a section; `§11/ledd/5` → ledd 5 of § 11; `§2-2/bokstav/d` → item d. */
function placeOf(path: string, text: string): MovePlace | null {
  const t = targetOf({op: 'move', target: path}, text)
  if (!t || t.heading || t.sentence !== null || t.chapter !== null) return null
  if (t.item !== null) return {level: 'item', section: t.section, label: t.item}
  if (typeof t.ledd === 'number') return {level: 'ledd', section: t.section, label: String(t.ledd)}
  if (t.ledd === null) return {level: 'section', section: t.section, label: t.section}
  return null
}

const STEP = /^(ledd|setning|bokstav|nummer)$/u

/** A Lovdata address as the applier's target; null for what it cannot address (chapters, annexes, «innledningen»). */
export function targetOf(op: Operation, text: string): InstructionTarget | null {
  if (op.portion || (op.after && !op.target.startsWith('§'))) return null
  const parts = op.target.split('/')
  const t = emptyTarget()
  const head = parts[0] ?? ''
  const chapter = /^kap(.+)$/u.exec(head)
  if (chapter && parts.length === 2 && parts[1] === 'overskrift') return {...t, chapter: chapter[1]!, heading: true}
  // «Nytt kapittel 5A skal lyde:», «Kapittel 4 oppheves.»: a whole chapter.
  if (chapter && parts.length === 1 && op.op !== 'rename' && op.op !== 'move') return {...t, chapter: chapter[1]!}
  if (!head.startsWith('§') || head.length < 2) return null
  t.section = asWritten(head.slice(1), text)
  for (let k = 1; k < parts.length; k += 2) {
    const unit = parts[k]!
    if (unit === 'overskrift') {
      t.heading = true
      k--
      continue
    }
    const value = parts[k + 1]
    if (!STEP.test(unit) || value === undefined || !setStep(t, unit, value)) return null
  }
  if (op.op === 'insert') t.adds = addsOf(t, parts)
  return t
}

function setStep(t: InstructionTarget, unit: string, value: string): boolean {
  const n: number | 'last' | null = value === 'siste' ? 'last' : /^\d+$/u.test(value) ? Number(value) : null
  if (unit === 'ledd' && t.ledd === null && n !== null && t.item === null) t.ledd = n
  else if (unit === 'setning' && t.sentence === null && n !== null) t.sentence = n
  else if ((unit === 'bokstav' || unit === 'nummer') && t.item === null) {
    t.item = value.toLowerCase()
    t.itemKind = unit === 'bokstav' ? 'bokstav' : 'nr'
  } else return false
  return true
}

function addsOf(t: InstructionTarget, parts: string[]): InstructionTarget['adds'] {
  const steps = parts.filter((p) => STEP.test(p))
  const last = steps[steps.length - 1]
  if (t.heading) return null
  if (!last) return 'section'
  return last === 'ledd' ? 'ledd' : last === 'setning' ? 'sentence' : 'item'
}

/** A section label as the proposal writes it («12 a», not Lovdata's «12a»), for headings regdiff writes. */
function asWritten(label: string, text: string): string {
  // Only digits, letters and «-» occur in a label: a space may stand between any two of them.
  if (!/^[\p{L}\d-]+$/u.test(label)) return label
  const pattern = label.split('').join('\\s?')
  const m = new RegExp(`§\\s*(${pattern})(?![\\p{L}\\d])`, 'iu').exec(text)
  return (m?.[1] ?? label).replace(/\s*-\s*/gu, '-')
}

function regulationIdOf(id: string | null): string | null {
  const m = id ? /^(lov|forskrift)\/(\d{4}-\d{2}-\d{2})-(\d+)$/u.exec(id) : null
  return m ? `${m[1] === 'lov' ? 'LOV' : 'FOR'}-${m[2]}-${m[3]}` : null
}

// The citation as the sentence writes it: up to the verb, without «I», «Ny» and Lovdata's «(endret)».
const CITATION = /^(.*?)(?:,?\s+skal\s+(?:ha\s+følgende\s+overskrift|lyde|lyda)\b|,?\s+skal\s+(?:ordet\s+|ordene\s+|uttrykket\s+)?«|\s+(?:endres|erstattes)\s|\s+oppheves|\s+utgår|\s+(?:blir|vert)\s+oppheva|\s+fell\s+bort)/iu

function sentenceCitation(text: string): string | null {
  const m = CITATION.exec(text)
  if (!m || !/§|kapittel|overskrift/iu.test(m[1]!)) return null
  return m[1]!.replace(/^I\s+(?=§|overskrift)/iu, '').replace(/^(?:Ny|Nytt|Nye)\s+/iu, '').replace(/\s*\((?:endret|nytt|ny|endra|opphevet)\)/giu, '').trim()
}

function citationOf(t: InstructionTarget): string {
  if (t.chapter !== null) return `overskriften til kapittel ${t.chapter}`
  const parts = [`§ ${t.section}`]
  const ord = (n: number | 'last'): string => (n === 'last' ? 'siste' : ordinalWord(n))
  if (t.ledd !== null) parts.push(t.leddTo != null ? `${ord(t.ledd)} til ${ord(t.leddTo)} ledd` : `${ord(t.ledd)} ledd`)
  if (t.item !== null) parts.push(`${t.itemKind === 'nr' ? 'nr.' : 'bokstav'} ${t.item}`)
  if (t.sentence !== null) parts.push(t.sentenceTo != null ? `${ord(t.sentence)} til ${ord(t.sentenceTo)} punktum` : `${ord(t.sentence)} punktum`)
  if (t.heading) parts.push('overskriften')
  return parts.join(' ')
}

// ------------------------------------------------------------------------------------------- lines

const TITLE = /^(?:#{1,6}[ \t]*)?(?:Forskrift|Lov)\s+om\s+endring(?:er|ar)?\s+i\b/iu

/** Quick test used by isInstructionForm: does this line open an instruction or an amending text? */
export function looksLikeInstructionLine(line: string): boolean {
  const r = readInstructionSentence(stripLine(line), {previous: null})
  return r.kind === 'intro' || (r.kind === 'instruction' && (r.operations.length > 0 || r.targetsFollow !== null || r.document !== null))
}

/** Does this instruction line give new wording or words («skal lyde:», ««X» endres til «Y»»), not only repeal or renumber? */
export function givesWording(line: string): boolean {
  const r = readInstructionSentence(stripLine(line), {previous: null})
  return r.expectsWording || r.targetsFollow !== null || r.operations.some((o) => o.op === 'rename')
}

/** The title of an amending text ("Forskrift om endring i …", "Lov om endringer i …"). */
export function isAmendingTitle(line: string): boolean {
  return TITLE.test(line.trim())
}

function stripLine(line: string): string {
  let s = line.trim().replace(/^#{1,6}[ \t]+/u, '').replace(/^>\s?/u, '')
  const emphasis = /^(\*{1,2}|_{1,2})(.+)\1$/u.exec(s)
  if (emphasis) s = emphasis[2]!
  return s.trim()
}

export function truncate(text: string, n: number): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length <= n ? flat : flat.slice(0, n - 1) + '…'
}
