/**
 * Replaying Lovdata's amendment history (`/work/shared/corpus/lovdata-historie/`): every amendment per section, with
 * the instruction sentence as enacted and the new wording quoted. Where one amendment gives a section in full, the
 * later partial amendments of that section are applied, one act at a time, to that wording (and to what they made
 * of it), and the result is checked:
 * - **applied**: the instruction is read and applied without error;
 * - **found**: the quoted new wording (or, for a rename, the new words) stands in the result, and a repealed
 *   provision's wording is gone;
 * - **lost**: the instruction is not read, or not applied (an error at its line);
 * - **unverifiable**: it names a list item (bokstav, nr., punkt) in a section whose quoted wording in the history
 *   has no list left (Lovdata's conversion ran the items together: «fastsette:Studiets læringsmål …»), so no
 *   applier could find the item; counted apart, never as applied;
 * - **exact**: where the text in force today is in the sample (`lovdata-sample/`) and the chain from the last full
 *   wording up to today was applied without loss, the result equals that text (whitespace normalised).
 * An instruction that names another section than the one it stands under is not counted (`other`).
 */
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {applyInstructions} from '../../src/instructions/apply.js'
import {readInstructionSentence} from '../../src/grammar/instruction.js'
import {sentencesOf} from '../../src/grammar/sentences.js'
import {compareLabels} from '../../src/instructions/apply.js'
import {bareItemSpans, findSection, itemSpans, readDocument, renderSection, type Section} from '../../src/instructions/document.js'
import {parseProvisions} from '../../src/parse/index.js'

export interface HistoryEntry {
  date: string
  act: string
  instruction: string
  /** The quoted new wording, paragraphs separated by a blank line; '' when none is quoted. */
  quote: string
}

export interface HistorySection {
  label: string
  entries: HistoryEntry[]
}

export interface Replay {
  file: string
  section: string
  act: string
  instruction: string
  outcome: 'exact' | 'found' | 'applied' | 'lost' | 'unverifiable'
  /** Why it was lost or not found (the first error, or what is missing). */
  why: string
  /**
   * Exactly applied: the section after equals the section before with each instruction's quoted wording put
   * exactly at its address and nothing else changed (see `expectedAfter`); `equal: null` (with the shape) when the
   * group has a shape that comparison does not cover (items, moves, punctuation); absent when it was lost.
   */
  exact?: {equal: boolean | null; why: string} | null
}

export interface ReplayFigures {
  replayed: number
  applied: number
  found: number
  lost: number
  unverifiable: number
  /** Sections compared with the text in force today, and how many of those were exactly equal. */
  compared: number
  exact: number
  /** Applied groups whose text after could be computed from the text before and the quotes, and how many equal it. */
  exactMeasured: number
  exactEqual: number
  replays: Replay[]
}

export function readHistory(text: string): {refid: string; sections: HistorySection[]; other: HistoryEntry[]} {
  const refid = /^refid:\s*"([^"]+)"/m.exec(text)?.[1] ?? ''
  const sections: HistorySection[] = []
  // «(annet)»: entries Lovdata could not place under one section, e.g. «Nåværende § 46 tredje ledd blir nytt fjerde ledd.»
  const otherSection: HistorySection = {label: '(annet)', entries: []}
  let section: HistorySection | null = null
  let entry: HistoryEntry | null = null
  const quote: string[] = []
  const close = (): void => {
    if (entry) entry.quote = quote.join('\n').replace(/\n{3,}/g, '\n\n').trim()
    quote.length = 0
  }
  for (const line of text.split('\n')) {
    const h2 = /^## (?:§\s*)?(.+)$/.exec(line)
    const h3 = /^### (\S+) — (\S+)/.exec(line)
    if (h2) {
      close()
      entry = null
      section = line.startsWith('## §') ? {label: (h2[1] ?? '').trim(), entries: []} : line.startsWith('## (annet)') ? otherSection : null
      if (section && section !== otherSection) sections.push(section)
    } else if (h3 && section) {
      close()
      entry = {date: h3[1] ?? '', act: h3[2] ?? '', instruction: '', quote: ''}
      section.entries.push(entry)
    } else if (entry && /^\*.*\*$/.test(line.trim()) && entry.instruction === '') {
      entry.instruction = line.trim().slice(1, -1).trim()
    } else if (entry && line.startsWith('>')) {
      quote.push(line.replace(/^> ?/, ''))
    }
  }
  close()
  return {refid, sections, other: otherSection.entries}
}

const key = (label: string): string => label.replace(/\s+/g, '').toLowerCase()

/** The section heading as the history quotes it («§ 18.Tidspunkt») made a Markdown heading. */
/** The part of a quote that is this section's («§ 1 og § 2 skal lyde:» quotes both, each under its heading). */
function ownPart(label: string, quote: string): string {
  const heading = /^§\s*(\d+(?:\s*-\s*\d+)?(?:\s?[a-zæøå])?)\s*\./gimu
  const starts = [...quote.matchAll(heading)].map((m) => ({at: m.index, label: m[1] ?? ''}))
  const own = starts.findIndex((h) => key(h.label) === key(label))
  if (starts.length < 2 || own < 0) return quote
  return quote.slice(starts[own]!.at, starts[own + 1]?.at ?? quote.length).trim()
}

function headingLine(label: string, whole: string): {heading: string; body: string} {
  const quote = ownPart(label, whole)
  const first = quote.split('\n')[0] ?? ''
  const m = /^§\s*([\d]+(?:\s*-\s*\d+)?(?:\s?[a-zæøå])?)\s*\.\s*(.*)$/i.exec(first)
  if (m && key(m[1] ?? '') === key(label)) {
    return {heading: `#### § ${label}. ${(m[2] ?? '').trim()}`.trimEnd(), body: quote.slice(first.length).trim()}
  }
  return {heading: `#### § ${label}.`, body: quote}
}

function documentOf(refid: string, heading: string, body: string): string {
  return `---\nrefid: "${refid}"\n---\n\n${heading}\n\n${body}\n`
}

/**
 * The section, and a stub for every other section the act's sentences name («§ 3 og § 4 skal lyde:», «§ 2-2 til
 * § 2-8 oppheves.»), in order, so an instruction is judged on this section and not on a neighbour the sample lacks.
 */
function withNeighbours(sectionText: string, label: string, group: HistoryEntry[]): string {
  const named = new Set<string>()
  for (const e of group) {
    // Only what the sentence amends (before «blir»/«vert»), not the numbers sections are given.
    const amended = e.instruction.split(/\s(?:blir|vert)\s/)[0] ?? ''
    for (const m of amended.matchAll(/§§?\s*(\d+(?:-\d+)?(?:\s?[a-z](?![a-zæøå]))?)/gi)) named.add((m[1] ?? '').replace(/\s+/g, ' '))
  }
  named.delete(label)
  const stubs = [...named].filter((l) => key(l) !== key(label)).map((l) => `#### § ${l}. Stub\n\nStub.\n`)
  const ordered = [{label, text: sectionText}, ...[...named].filter((l) => key(l) !== key(label)).map((l, i) => ({label: l, text: stubs[i]!}))]
  ordered.sort((a, b) => compareLabels(a.label, b.label))
  return ordered.map((o) => o.text.trimEnd() + '\n').join('\n')
}

/** Whitespace and Lovdata's conversion artefacts («§ 18.Tidspunkt», « .») normalised, amendment notes dropped. */
export function normalised(section: Section): string {
  const heading = section.heading.replace(/^#+\s*/, '').replace(/^(§\s*[^.]+\.)\s*/, '$1 ')
  const ledd = section.units.filter((u) => u.kind === 'ledd' && !u.removed).map((u) => u.text)
  return [heading, ...ledd].join('\n').replace(/\s+([.,;:])/g, '$1').replace(/\s+/g, ' ').trim()
}

/** The operations the one instruction grammar reads from a history sentence. */
function operationsOf(instruction: string) {
  return readInstructionSentence(instruction, {previous: null}).operations
}

const sectionOfPath = (path: string): string => (/^§([^/]+)/.exec(path)?.[1] ?? '').toLowerCase()

function isWholeSection(instruction: string, label: string): boolean {
  return operationsOf(instruction).some((o) => (o.op === 'replace' || o.op === 'insert') && o.target.toLowerCase() === `§${key(label)}`)
}

function targetsSection(instruction: string, label: string): boolean {
  const ops = operationsOf(instruction)
  // A sentence that starts with its section names it first; others (renames over several provisions,
  // renumberings) are counted when they name the section at all.
  if (ops[0] && /^(?:I\s+|Ny\s+|Nytt\s+)?§\s*\d|^Overskrift/iu.test(instruction)) return sectionOfPath(ops[0].target) === key(label)
  return new RegExp(`§\\s*${label.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&')}(?![\\d-])`).test(instruction)
}

/** Group consecutive entries of one act (an act may amend a section with several sentences). */
function byAct(entries: HistoryEntry[]): HistoryEntry[][] {
  const groups: HistoryEntry[][] = []
  for (const e of entries) {
    const last = groups[groups.length - 1]
    if (last && last[0]!.act === e.act) last.push(e)
    else groups.push([e])
  }
  return groups
}

interface Chain {
  text: string
  /** False once an instruction of the chain was lost: what follows is not compared with today's text. */
  intact: boolean
  partials: number
}

function proposalOf(group: HistoryEntry[]): string {
  return group.map((e) => (e.quote === '' ? e.instruction : `${e.instruction}\n\n${e.quote}`)).join('\n\n') + '\n'
}

function judge(group: HistoryEntry[], result: {text: string; messages: VFile['messages']}, label: string): Pick<Replay, 'outcome' | 'why'> {
  const error = result.messages.find((m) => m.fatal === true || m.ruleId === 'instruction-none' || m.ruleId === 'instruction-unrecognised')
  if (error) return {outcome: 'lost', why: `${error.ruleId}: ${error.reason}`}
  const section = findSection(readDocument(result.text), label)
  const text = section ? normalised(section) : ''
  for (const e of group) {
    const renamed = /«[^»]*»\s+(?:endres til|skal lyde|erstattes med)\s+«([^»]+)»/.exec(e.instruction)
    const wanted = renamed ? (renamed[1] ?? '') : e.quote
    for (const paragraph of wanted.split(/\n\s*\n/)) {
      const words = paragraph.replace(/^§\s*[^.]+\.\s*/, '').replace(/^\(\d+\)\s*/, '').replace(/\s+([.,;:])/g, '$1').replace(/\s+/g, ' ').trim()
      if (words !== '' && !text.includes(words)) return {outcome: 'applied', why: `ikke funnet: «${words.slice(0, 60)}»`}
    }
  }
  return {outcome: 'found', why: ''}
}

/** The section's text has no list item at all, yet the instruction names one. */
function listLost(chainText: string, label: string, group: HistoryEntry[]): boolean {
  const section = findSection(readDocument(chainText), label)
  if (!section) return false
  const names = group.some((e) => /\b(?:bokstav|nr\.|nummer|punkt)\s+\w/i.test(e.instruction))
  const hasItems = section.units.some((u) => itemSpans(u.text).length > 0 || bareItemSpans(u.text).length > 0)
  return names && !hasItems
}

function replayGroup(label: string, chain: Chain, group: HistoryEntry[]): {replay: Pick<Replay, 'outcome' | 'why' | 'exact'>; text: string} {
  if (listLost(chain.text, label, group)) {
    return {replay: {outcome: 'unverifiable', why: 'the quoted wording has no list left'}, text: chain.text}
  }
  const file = new VFile({path: 'proposed.md', value: proposalOf(group)})
  const refid = /^refid: "([^"]*)"/m.exec(chain.text)?.[1] ?? ''
  const own = findSection(readDocument(chain.text), label)!
  const text = `---\nrefid: "${refid}"\n---\n\n${withNeighbours(renderSection(own), label, group)}`
  const tree = parseProvisions(new VFile({path: 'current.md', value: text}))
  const result = applyInstructions({tree, text}, file)
  const after = findSection(readDocument(result.text), label)
  const next = after ? `---\nrefid: "${refid}"\n---\n\n${renderSection(after).trimEnd()}\n` : chain.text
  const replay: Pick<Replay, 'outcome' | 'why' | 'exact'> = judge(group, {text: result.text, messages: file.messages}, label)
  if (replay.outcome !== 'lost' && after) replay.exact = exactness(group, label, own, after)
  return {replay, text: next}
}

function replaySection(file: string, refid: string, section: HistorySection, other: HistoryEntry[], today: Section | null, out: ReplayFigures): void {
  let chain: Chain | null = null
  for (const group of byAct(section.entries)) {
    // Renumberings of this section's ledd or items that Lovdata filed under «(annet)» belong to the act's sentences.
    const placedElsewhere = other.filter(
      (e) => e.act === group[0]!.act && /^(?:Nåværende|Noverande)\s+§/i.test(e.instruction) && /\b(?:ledd|bokstav|nr\.)/i.test(e.instruction) &&
        new RegExp(`^(?:Nåværende|Noverande)\\s+§\\s*${section.label.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&')}\\s`, 'i').test(e.instruction)
    )
    const relevant = [...group.filter((e) => targetsSection(e.instruction, section.label)), ...placedElsewhere]
    if (relevant.length === 0) continue
    const whole = relevant.find((e) => isWholeSection(e.instruction, section.label) && e.quote !== '')
    if (whole && relevant.length === 1) {
      const {heading, body} = headingLine(section.label, whole.quote)
      const text = documentOf(refid, heading, body)
      // A label the regulation model cannot hold (three levels, «§ 3-1-2») starts no chain: nothing to replay on.
      chain = findSection(readDocument(text), section.label) ? {text, intact: true, partials: 0} : null
      continue
    }
    if (!chain) continue
    const {replay, text} = replayGroup(section.label, chain, relevant)
    out.replays.push({file, section: section.label, act: group[0]!.act, instruction: relevant.map((e) => e.instruction).join(' / '), ...replay})
    chain = {text, intact: chain.intact && replay.outcome !== 'lost' && replay.outcome !== 'unverifiable', partials: chain.partials + 1}
  }
  if (today && chain && chain.intact && chain.partials > 0) {
    const mine = findSection(readDocument(chain.text), section.label)
    out.compared++
    if (mine && normalised(mine) === normalised(today)) {
      out.exact++
      const last = [...out.replays].reverse().find((r) => r.file === file && r.section === section.label)
      if (last && last.outcome === 'found') last.outcome = 'exact'
    }
  }
}

export function replayHistory(historyDir: string, sampleDir: string): ReplayFigures {
  const out: ReplayFigures = {replayed: 0, applied: 0, found: 0, lost: 0, unverifiable: 0, compared: 0, exact: 0, exactMeasured: 0, exactEqual: 0, replays: []}
  const samples = new Set(readdirSync(sampleDir))
  for (const name of readdirSync(historyDir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort()) {
    const {refid, sections, other} = readHistory(readFileSync(join(historyDir, name), 'utf8'))
    const today = samples.has(name) ? readDocument(readFileSync(join(sampleDir, name), 'utf8')) : null
    for (const section of sections) {
      replaySection(name, refid, section, other, today ? findSection(today, section.label) : null, out)
    }
  }
  out.unverifiable = out.replays.filter((r) => r.outcome === 'unverifiable').length
  out.replayed = out.replays.length - out.unverifiable
  out.lost = out.replays.filter((r) => r.outcome === 'lost').length
  out.applied = out.replayed - out.lost
  out.found = out.replays.filter((r) => r.outcome === 'found' || r.outcome === 'exact').length
  out.exactMeasured = out.replays.filter((r) => r.exact && r.exact.equal !== null).length
  out.exactEqual = out.replays.filter((r) => r.exact?.equal).length
  return out
}

// ------------------------------------------------------------------------------------------- exactness

/** A ledd as compared: «(2)» numbering, whitespace and Lovdata's « .» artefacts normalised. */
function plain(text: string): string {
  return text.replace(/^\(\d+\)\s*/u, '').replace(/\s+([.,;:])/gu, '$1').replace(/\s+/gu, ' ').trim()
}

interface Expected {
  title: string
  ledd: string[]
}

function expectedOf(section: Section): Expected {
  const title = section.heading.replace(/^#+\s*/u, '').replace(/^§\s*[^.]+\.\s*/u, '').trim()
  return {title: plain(title), ledd: section.units.filter((u) => u.kind === 'ledd' && !u.removed).map((u) => plain(u.text))}
}

/**
 * The section after the group, computed from the section before and the quotes alone (not by the applier):
 * a heading, a ledd or a range of ledd replaced, inserted or repealed, a punktum replaced or inserted
 * (punktum split by the one sentence splitter), a rename of words everywhere in the section. Null (with the
 * shape) when an operation is of another kind: items, moves, punctuation, «innledningen».
 */
export function expectedAfter(group: HistoryEntry[], label: string, before: Section): {expected: Expected | null; shape: string} {
  const e = expectedOf(before)
  for (const entry of group) {
    const ops = operationsOf(entry.instruction)
    const paragraphs = entry.quote.split(/\n\s*\n/u).map(plain).filter((p) => p !== '')
    if (ops.length === 0) return {expected: null, shape: 'unread'}
    let used = 0
    for (const op of ops) {
      const shape = applyExpected(e, op, label, paragraphs, used)
      if (typeof shape === 'string') return {expected: null, shape}
      used += shape
    }
  }
  return {expected: e, shape: ''}
}

type Op = ReturnType<typeof operationsOf>[number]

/** One operation on the expected section; the paragraphs of the quote it used, or the shape it cannot compute. */
function applyExpected(e: Expected, op: Op, label: string, paragraphs: string[], used: number): number | string {
  if (sectionOfPath(op.target) !== key(label) && op.op !== 'rename') return 'other section'
  const steps = op.target.split('/').slice(1)
  if (op.op === 'rename') {
    if (sectionOfPath(op.target) !== key(label)) return 'other section'
    const from = op.from ?? ''
    if (from === '') return 'rename'
    e.ledd = e.ledd.map((l) => plain(l.split(from).join(op.with ?? '')))
    e.title = plain(e.title.split(from).join(op.with ?? ''))
    return 0
  }
  if (steps.length === 1 && steps[0] === 'overskrift') {
    if (op.op === 'repeal') return 'heading repeal'
    e.title = (paragraphs[used] ?? '').replace(/^§\s*[^.]+\.\s*/u, '')
    return 1
  }
  const ledd = steps[0] === 'ledd' && steps.length === 2 ? steps[1]! : null
  if (ledd !== null) return leddExpected(e, op, ledd, paragraphs, used)
  const sentence = sentenceStep(steps)
  if (sentence) return sentenceExpected(e, op, sentence, paragraphs, used)
  if (steps.length === 0 && op.op !== 'repeal') return wholeExpected(e, paragraphs.slice(used))
  if (steps.length === 0) {
    // Lovdata's own form of a repealed section: the heading «§ X. (Opphevet)» and no ledd.
    e.title = '(Opphevet)'
    e.ledd = []
    return 0
  }
  return steps.find((s) => s === 'bokstav' || s === 'nummer') ?? steps.join('/')
}

/** «§ 3 skal lyde:» in a group with partial amendments: the quote is the section, its heading first when printed. */
function wholeExpected(e: Expected, paragraphs: string[]): number | string {
  if (paragraphs.length === 0) return 'quote shorter than the instructions'
  const head = /^§\s*[^.]+\.\s*(.*)$/u.exec(paragraphs[0]!)
  if (head) e.title = plain(head[1]!)
  e.ledd = head ? paragraphs.slice(1) : [...paragraphs]
  return paragraphs.length
}

function leddExpected(e: Expected, op: Op, value: string, paragraphs: string[], used: number): number | string {
  const n = value === 'siste' ? e.ledd.length : Number(value)
  if (!Number.isInteger(n) || n < 1) return 'ledd'
  if (op.op === 'repeal') {
    if (n > e.ledd.length) return 'ledd missing'
    e.ledd.splice(n - 1, 1)
    return 0
  }
  const text = paragraphs[used]
  if (text === undefined) return 'quote shorter than the instructions'
  if (op.op === 'insert') e.ledd.splice(n - 1, 0, text)
  else if (op.op === 'replace' && n <= e.ledd.length) e.ledd[n - 1] = text
  else return 'ledd missing'
  return 1
}

function sentenceStep(steps: string[]): {ledd: number | null; n: number} | null {
  if (steps.length === 2 && steps[0] === 'setning') return {ledd: null, n: Number(steps[1])}
  if (steps.length === 4 && steps[0] === 'ledd' && steps[2] === 'setning' && steps[1] !== 'siste' && steps[3] !== 'siste') {
    return {ledd: Number(steps[1]), n: Number(steps[3])}
  }
  return null
}

function sentenceExpected(e: Expected, op: Op, at: {ledd: number | null; n: number}, paragraphs: string[], used: number): number | string {
  const index = at.ledd === null ? (e.ledd.length === 1 ? 0 : -1) : at.ledd - 1
  if (index < 0 || index >= e.ledd.length || !Number.isInteger(at.n)) return 'punktum without its ledd'
  const sentences = sentencesOf(e.ledd[index]!)
  if (op.op === 'repeal') sentences.splice(at.n - 1, 1)
  else if (paragraphs[used] === undefined) return 'quote shorter than the instructions'
  else if (op.op === 'insert') sentences.splice(at.n - 1, 0, paragraphs[used]!)
  else if (at.n <= sentences.length) sentences[at.n - 1] = paragraphs[used]!
  else return 'punktum missing'
  e.ledd[index] = plain(sentences.join(' '))
  return op.op === 'repeal' ? 0 : 1
}

function exactness(group: HistoryEntry[], label: string, before: Section, after: Section): {equal: boolean | null; why: string} {
  const {expected, shape} = expectedAfter(group, label, before)
  if (!expected) return {equal: null, why: shape}
  const got = expectedOf(after)
  if (got.title !== expected.title) return {equal: false, why: 'heading'}
  if (got.ledd.length !== expected.ledd.length) return {equal: false, why: `ledd count ${got.ledd.length} ≠ ${expected.ledd.length}`}
  const i = got.ledd.findIndex((l, k) => l !== expected.ledd[k])
  if (i < 0) return {equal: true, why: ''}
  // Where the two first differ, with some context either side.
  const a = got.ledd[i]!
  const b = expected.ledd[i]!
  let at = 0
  while (at < a.length && a[at] === b[at]) at++
  const from = Math.max(0, at - 30)
  return {equal: false, why: `ledd ${i + 1}: «…${a.slice(from, at + 40)}» ≠ «…${b.slice(from, at + 40)}»`}
}
