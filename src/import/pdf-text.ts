/**
 * Text as a PDF gives it (pdftotext, copy-paste, or pdf.js lines) → blocks of a consultation note: page
 * numbers and running headers removed, words hyphenated across lines rejoined, broken lines joined into
 * paragraphs, footnotes that landed mid-text moved out (and the paragraph they split joined again), and the
 * numbered headings (1, 2, 4.1 …) recovered. Every repair is counted with the input lines it touched, for
 * the provenance in case.yaml. Marks already in the text (`*…*`, `~~…~~`) are kept as they are.
 */
import {isPageNumberLine} from '../text/page-number.js'
import type {Repair} from './types.js'

export interface Line {
  text: string
  /** 1-based line in the input. */
  line: number
}

export type Block =
  | {kind: 'heading'; level: number; number: string | null; text: string; line: number}
  | {kind: 'paragraph'; lines: string[]; line: number}

export interface PdfDocument {
  blocks: Block[]
  /** Footnote number → its text and input line. */
  footnotes: Map<string, {text: string; line: number}>
  repairs: Repair[]
}

/** The repairs of one run, by kind (no state outside a run). */
type RepairLog = Map<string, number[]>

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹'
const SUPER_RE = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/
// Bullets as word processors draw them: «•», «●», «▪», «◦», «–».
const LIST_START = /^(?:[-•●▪◦–]\s|~~[a-zæøå]\.|[a-zæøå]\)\s|[a-zæøå]\.\s|\d{1,2}\)\s)/
// «§ 3-1. Personkrets», not «§ 3-2 annet ledd …» that a line break happened to put first.
const SECTION_HEADING = /^(?:~~|\*)?§\s*\d+(?:-\d+)?\s?[a-z]?\.?\s+(?:[A-ZÆØÅ(]|oppheves)/
const END_OF_SENTENCE = /[.:!?»)”"*~][⁰¹²³⁴⁵⁶⁷⁸⁹]*$/

export function repairPdfText(text: string): PdfDocument {
  const log: RepairLog = new Map()
  let lines = toLines(text, log)
  lines = removePageNumbers(lines, log)
  lines = removeRunningHeaders(lines, log)
  lines = bridgePageBreaks(lines, log)
  const raw = toParagraphs(lines, log)
  const {blocks, footnotes} = moveFootnotes(raw, log)
  const withHeadings = recoverHeadings(blocks, log)
  return {blocks: withHeadings, footnotes, repairs: repairsOf(log)}
}

function note(log: RepairLog, kind: string, line: number): void {
  const lines = log.get(kind) ?? []
  lines.push(line)
  log.set(kind, lines)
}

function repairsOf(log: RepairLog): Repair[] {
  return [...log.entries()].map(([kind, lines]) => ({kind, count: lines.length, lines: lines.slice(0, 20)}))
}

/** Where page furniture (a page break, number or running header) was taken out; resolved by bridgePageBreaks. */
const PAGE = '\u0000page'

/** Lines with their input numbers; a form feed (a page break in pdftotext's output) becomes a page marker. */
function toLines(text: string, log: RepairLog): Line[] {
  const out: Line[] = []
  text.split(/\r?\n/).forEach((raw, index) => {
    const parts = raw.split('\f')
    parts.forEach((part, i) => {
      if (i > 0) {
        note(log, 'page-break-removed', index + 1)
        out.push({text: PAGE, line: index + 1})
      }
      if (i === 0 || part.trim() !== '') out.push({text: part.replace(/\s+$/, ''), line: index + 1})
    })
  })
  return out
}

function removePageNumbers(lines: Line[], log: RepairLog): Line[] {
  return lines.map((l) => {
    if (!isPageNumberLine(l.text)) return l
    note(log, 'page-number-removed', l.line)
    return {text: PAGE, line: l.line}
  })
}

/**
 * A running header or footer: the same short line (digits aside, since they often carry the page number)
 * three times or more. Headings, § lines, list items and footnotes are never taken for one.
 */
function removeRunningHeaders(lines: Line[], log: RepairLog): Line[] {
  const key = (text: string): string => text.trim().replace(/\d+/g, '#')
  const counts = new Map<string, number>()
  for (const l of lines) {
    const k = key(l.text)
    if (k !== '' && l.text !== PAGE && k.length <= 100 && !SECTION_HEADING.test(k) && !LIST_START.test(k) && !SUPER_RE.test(k[0] ?? '')) counts.set(k, (counts.get(k) ?? 0) + 1)
  }
  // With page breaks known (form feeds), furniture is what stands at a page's edge twice or more (a
  // two-page note has two headers); a line that is there once and in the text elsewhere is wording (the
  // last line of a paragraph, «arbeidsevne.», may end the last page and another paragraph too).
  const atEdge = (index: number): boolean => [-2, -1, 1, 2].some((d) => lines[index + d]?.text === PAGE) || index < 2 || index >= lines.length - 2
  const pages = lines.filter((l) => l.text === PAGE).length
  const edgeCounts = new Map<string, number>()
  lines.forEach((l, index) => {
    if (counts.has(key(l.text)) && atEdge(index)) edgeCounts.set(key(l.text), (edgeCounts.get(key(l.text)) ?? 0) + 1)
  })
  return lines.map((l, index) => {
    const count = counts.get(key(l.text)) ?? 0
    const furniture = pages > 0 ? atEdge(index) && (edgeCounts.get(key(l.text)) ?? 0) >= 2 : count >= 3
    if (!furniture) return l
    note(log, 'running-header-removed', l.line)
    return {text: PAGE, line: l.line}
  })
}

/**
 * Across removed page furniture a paragraph goes on (the blank lines around the furniture are dropped too)
 * when the text after it starts in lower case, when the line before it is a full line (a paragraph's last
 * line is rarely full), or when that line has not ended a sentence and is not a line of its own (a heading
 * at the foot of a page, «§ 3-3. Planlegging …» or «Forsøk med IPS ung», stays a heading).
 */
function bridgePageBreaks(lines: Line[], log: RepairLog): Line[] {
  const width = typicalWidth(lines.filter((l) => l.text !== PAGE))
  const out: Line[] = []
  let i = 0
  while (i < lines.length) {
    if (lines[i]!.text !== PAGE && lines[i]!.text.trim() !== '') {
      out.push(lines[i++]!)
      continue
    }
    let j = i
    let furniture = false
    while (j < lines.length && (lines[j]!.text === PAGE || lines[j]!.text.trim() === '')) {
      if (lines[j]!.text === PAGE) furniture = true
      j++
    }
    const before = out[out.length - 1]
    const after = lines[j]
    const continues = furniture && before !== undefined && after !== undefined && continuesAcross(before.text.trim(), after.text.trim(), out, width)
    if (continues) note(log, 'page-break-bridged', after.line)
    else if (j > i) out.push({text: '', line: lines[i]!.line})
    i = j
  }
  return out
}

function continuesAcross(before: string, after: string, out: Line[], width: number): boolean {
  // A footnote at a page's foot goes on at the top of the next page only when it is unfinished and the
  // text there starts in lower case; otherwise what follows is body text («… regjeringen.no» / «Dette har …»).
  if (startsFootnote(paragraphStart(out))) return !END_OF_SENTENCE.test(before) && /^[a-zæøå]/.test(after)
  if (/^[a-zæøå]/.test(after)) return true
  if (before.length >= width * 0.8 && !SECTION_HEADING.test(before)) return true
  const alone = out.length < 2 || out[out.length - 2]!.text.trim() === ''
  return !END_OF_SENTENCE.test(before) && !alone
}

/** «● forsøk med …» (a bullet glyph as the word processor drew it) → «- forsøk med …», a Markdown list item. */
function bulletAsListItem(text: string, line: number, log: RepairLog): string {
  if (!/^[•●▪◦]\s/.test(text)) return text
  note(log, 'bullet-as-list-item', line)
  return `- ${text.slice(1).trimStart()}`
}

/** The first line of the paragraph that `out` ends with. */
function paragraphStart(out: Line[]): string {
  let k = out.length - 1
  while (k > 0 && out[k - 1]!.text.trim() !== '' && out[k - 1]!.text !== PAGE) k--
  return out[k]?.text.trim() ?? ''
}

/**
 * Paragraphs from lines: blank lines separate; inside a run of lines, a list item, a § heading or a
 * footnote starts a new line of its own, and a short line that ends a sentence ends its paragraph.
 * Other line breaks are joined (a hyphenated word rejoined).
 */
function toParagraphs(lines: Line[], log: RepairLog): Block[] {
  const width = typicalWidth(lines)
  const blocks: Block[] = []
  let current: {lines: string[]; line: number} | null = null
  let previous: Line | null = null
  const close = (): void => {
    if (current) blocks.push({kind: 'paragraph', lines: current.lines, line: current.line})
    current = null
  }
  for (const l of lines) {
    const text = bulletAsListItem(l.text.trim(), l.line, log)
    if (text === '') {
      close()
      previous = null
      continue
    }
    const startsOwnLine = LIST_START.test(text) || SECTION_HEADING.test(text) || startsFootnote(text)
    // A short line that ends a sentence ends its paragraph; a § heading is a paragraph of its own.
    const endedParagraph = previous !== null && ((previous.text.trim().length < width * 0.7 && END_OF_SENTENCE.test(previous.text.trim())) || SECTION_HEADING.test(previous.text.trim()))
    if (current === null || (startsFootnote(text) && previous !== null) || (SECTION_HEADING.test(text) && previous !== null)) {
      close()
      current = {lines: [text], line: l.line}
    } else if (endedParagraph && !startsOwnLine) {
      note(log, 'paragraph-split', l.line)
      close()
      current = {lines: [text], line: l.line}
    } else if (startsOwnLine) (current as {lines: string[]}).lines.push(text)
    else {
      const cur = current as {lines: string[]}
      cur.lines[cur.lines.length - 1] = joinBroken(cur.lines[cur.lines.length - 1]!, text, l.line, log)
    }
    previous = l
  }
  close()
  return blocks
}

/** The usual length of a full line (the 90th percentile), below which a line may end a paragraph. */
function typicalWidth(lines: Line[]): number {
  const lengths = lines.map((l) => l.text.trim().length).filter((n) => n > 0).sort((a, b) => a - b)
  return lengths[Math.floor(lengths.length * 0.9)] ?? 80
}

/**
 * Join a line broken by the PDF. "opp-" + "følging" → "oppfølging" (a hyphen between lower-case letters);
 * "helse-" + "og omsorg" → "helse- og omsorg" (a compound left open); "IPS-" + "deltaker" → "IPS-deltaker".
 */
function joinBroken(before: string, after: string, line: number, log: RepairLog): string {
  // «§ 3-» + «2 innrettes»: a section number broken at its hyphen is one number again.
  if (/§+\s*\d+-$/.test(before) && /^\d/.test(after)) {
    note(log, 'line-joined', line)
    return before + after
  }
  const hyphen = /([A-Za-zÆØÅæøå])-$/.exec(before)
  if (hyphen) {
    const nextWord = /^\S+/.exec(after)?.[0] ?? ''
    if (/^(?:og|eller|og\/eller|til|samt|enn)$/.test(nextWord)) {
      note(log, 'line-joined', line)
      return `${before} ${after}`
    }
    if (/[a-zæøå]/.test(hyphen[1]!) && /^[a-zæøå]/.test(after)) {
      note(log, 'hyphen-joined', line)
      return before.slice(0, -1) + after
    }
    note(log, 'line-joined', line)
    return before + after
  }
  note(log, 'line-joined', line)
  // Italics that run on over the line break were closed and opened again at it: one run, not two.
  if (/\S\*$/.test(before) && /^\*\S/.test(after) && !/\*\*$/.test(before)) return `${before.slice(0, -1)} ${after.slice(1)}`
  if (/\S~~$/.test(before) && /^~~\S/.test(after)) return `${before.slice(0, -2)} ${after.slice(2)}`
  return `${before} ${after}`
}

function startsFootnote(text: string): boolean {
  return new RegExp(`^[${SUPERSCRIPT}]+\\s`).test(text)
}

function superToDigits(text: string): string {
  return [...text].map((c) => String(SUPERSCRIPT.indexOf(c))).join('')
}

/**
 * Footnotes: a paragraph that starts with superscript digits is a footnote's text; it leaves the flow, and
 * the paragraph it interrupted is joined again when it had not ended (no full stop before, or a lower-case
 * word after). References (superscript digits after a word) become `[^n]` only for footnotes found.
 */
function moveFootnotes(blocks: Block[], log: RepairLog): {blocks: Block[]; footnotes: PdfDocument['footnotes']} {
  const footnotes: PdfDocument['footnotes'] = new Map()
  const flow: Block[] = []
  let interrupted = false
  for (const block of blocks) {
    if (block.kind !== 'paragraph') {
      flow.push(block)
      continue
    }
    const first = block.lines[0]!
    if (startsFootnote(first)) {
      const match = /^(\S+)\s+([\s\S]*)$/.exec(first)!
      footnotes.set(superToDigits(match[1]!), {text: [match[2]!, ...block.lines.slice(1)].join(' '), line: block.line})
      note(log, 'footnote-moved', block.line)
      interrupted = true
      continue
    }
    const last = flow[flow.length - 1]
    if (interrupted && last?.kind === 'paragraph' && (!END_OF_SENTENCE.test(lastLine(last)) || /^[a-zæøå]/.test(first))) {
      note(log, 'paragraph-rejoined', block.line)
      last.lines[last.lines.length - 1] = `${lastLine(last)} ${first}`
      last.lines.push(...block.lines.slice(1))
    } else flow.push(block)
    interrupted = false
  }
  for (const block of flow) if (block.kind === 'paragraph') block.lines = block.lines.map((l) => referencesIn(l, footnotes, block.line, log))
  return {blocks: flow, footnotes}
}

function lastLine(block: Extract<Block, {kind: 'paragraph'}>): string {
  return block.lines[block.lines.length - 1]!
}

function referencesIn(text: string, footnotes: PdfDocument['footnotes'], line: number, log: RepairLog): string {
  return text.replace(/([^\s⁰¹²³⁴⁵⁶⁷⁸⁹])([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g, (whole, before: string, sup: string) => {
    const number = superToDigits(sup)
    if (!footnotes.has(number)) return whole
    note(log, 'footnote-reference', line)
    return `${before}[^${number}]`
  })
}

/**
 * Numbered headings: a one-line paragraph "4.1. Tittel" whose number continues the outline (the next
 * sibling, the first child, or the next number of an ancestor). The first long line before heading 1 is the
 * title; a short one-line paragraph without a full stop after heading 1 is an unnumbered sub-heading.
 */
function recoverHeadings(blocks: Block[], log: RepairLog): Block[] {
  let outline: number[] = []
  let titleDone = false
  return blocks.map((block, index): Block => {
    if (block.kind !== 'paragraph' || block.lines.length !== 1) return block
    const text = block.lines[0]!
    const numbered = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S.*)$/.exec(text)
    if (numbered && /^[A-ZÆØÅ«]/.test(numbered[2]!) && text.length <= 200) {
      const parts = numbered[1]!.split('.').map(Number)
      if (continuesOutline(outline, parts)) {
        outline = parts
        titleDone = true
        note(log, 'heading-recovered', block.line)
        return {kind: 'heading', level: parts.length + 1, number: numbered[1]!, text, line: block.line}
      }
    }
    // A letterhead in capitals («DET KONGELIGE … DEPARTEMENT») is not the title.
    if (!titleDone && outline.length === 0 && text.length > 40 && /^[A-ZÆØÅ]/.test(text) && text !== text.toUpperCase() && !/^høringsfrist/i.test(text)) {
      titleDone = true
      note(log, 'title-recovered', block.line)
      return {kind: 'heading', level: 1, number: null, text, line: block.line}
    }
    const next = blocks[index + 1]
    if (outline.length > 0 && isSubheading(text) && next?.kind === 'paragraph') {
      note(log, 'subheading-recovered', block.line)
      return {kind: 'heading', level: Math.min(outline.length + 2, 6), number: null, text, line: block.line}
    }
    return block
  })
}

function continuesOutline(outline: number[], parts: number[]): boolean {
  if (outline.length === 0) return parts.length === 1 && parts[0] === 1
  if (parts.length === outline.length + 1) return parts.slice(0, -1).every((n, i) => n === outline[i]) && parts[parts.length - 1] === 1
  if (parts.length > outline.length) return false
  // The next number at this level or an ancestor's: 4.3 after 4.2, 5 after 4.3.
  const depth = parts.length
  return parts.slice(0, depth - 1).every((n, i) => n === outline[i]) && parts[depth - 1] === outline[depth - 1]! + 1
}

function isSubheading(text: string): boolean {
  return text.length <= 90 && /^[A-ZÆØÅ]/.test(text) && !/[.:;,]$/.test(text) && !SECTION_HEADING.test(text) && !LIST_START.test(text) && !/^høringsfrist/i.test(text) && text.split(/\s+/).length <= 12
}

/** Blocks and footnotes back to Markdown (headings as ATX, paragraphs with their kept line breaks). */
export function blocksToMarkdown(blocks: Block[], footnotes: PdfDocument['footnotes']): string {
  const parts = blocks.map((block) => (block.kind === 'heading' ? `${'#'.repeat(block.level)} ${block.text}` : block.lines.join('\n')))
  const used = [...footnotes.keys()].filter((n) => blocks.some((b) => b.kind === 'paragraph' && b.lines.some((l) => l.includes(`[^${n}]`))))
  for (const n of used) parts.push(`[^${n}]: ${footnotes.get(n)!.text}`)
  return `${parts.join('\n\n')}\n`
}
