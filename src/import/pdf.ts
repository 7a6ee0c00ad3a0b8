/**
 * A PDF file → text lines through pdf.js (the legacy build, which runs in Node without a DOM). Lines are
 * rebuilt from the text items' positions; a gap wider than a line's height starts a paragraph (a blank
 * line); pages are separated by a form feed, as pdftotext does, so the same repairs (page numbers, running
 * headers, hyphens) apply. Raised small digits become superscripts (footnote references). The
 * ministries' marks become regdiff's: text in an italic font (by its name, pdf.js's italic flag, or a
 * slanted text matrix) or underlined is wrapped in `*…*` (new wording), struck-through text in `~~…~~`
 * (removed wording). Underline and strike-through are lines drawn on the page, read in pdf-marks.ts.
 */
import type {VFile} from 'vfile'
import {fail} from './fail.js'
import {horizontalRules, markItems, type OpCodes, type OperatorList} from './pdf-marks.js'
import type {Repair} from './types.js'

interface Item {
  str: string
  x: number
  y: number
  width: number
  height: number
  italic: boolean
  strike: boolean
  underline: boolean
  eol: boolean
}

/** How a run of text is marked in the output. */
type Style = 'insert' | 'delete' | 'plain'

/** Marked runs per kind, with the text lines (1-based, of `PdfText.text`) where they start. */
interface MarkLog {
  italic: number[]
  underline: number[]
  strike: number[]
}

export interface PdfText {
  text: string
  pdfjsVersion: string
  pages: number
  /** The marks read from fonts and drawn lines, as repairs (`pdf-italic-as-insertion` …). */
  repairs: Repair[]
}

// pdf.js types are not needed beyond these few fields; loading it lazily keeps `regdiff report` light.
interface PdfJs {
  version: string
  OPS: OpCodes
  getDocument(options: Record<string, unknown>): {promise: Promise<PdfDoc>}
}
interface PdfDoc {
  numPages: number
  getPage(n: number): Promise<PdfPage>
  destroy(): Promise<void>
}
interface PdfPage {
  getTextContent(): Promise<{items: Array<{str?: string; transform: number[]; width: number; height: number; fontName: string; hasEOL?: boolean}>}>
  getOperatorList(): Promise<OperatorList>
  commonObjs: {has(id: string): boolean; get(id: string): {name?: string; italic?: boolean} | undefined}
}

export async function pdfToText(bytes: Buffer, file: VFile): Promise<PdfText> {
  const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs
  let doc: PdfDoc
  try {
    doc = await pdfjs.getDocument({data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0}).promise
  } catch (error) {
    const name = (error as {name?: string}).name
    if (name === 'PasswordException') return fail(file, 'the PDF is encrypted with a password; open it, save an unprotected copy (or export its text), then run regdiff init again', 'import-pdf-encrypted')
    return fail(file, `the PDF cannot be read (${(error as Error).message}); is the file complete? Try another download, or give the note as .docx or text`, 'import-pdf-unreadable')
  }
  try {
    const pages: PageText[] = []
    for (let n = 1; n <= doc.numPages; n++) pages.push(pageText(await pageItems(await doc.getPage(n), pdfjs.OPS)))
    if (pages.every((page) => page.lines.every((line) => line.text.trim() === ''))) {
      return fail(file, `the PDF has ${doc.numPages} page(s) but no text layer (a scan or images of text); run OCR on it (e.g. ocrmypdf) or get the Word or text version from the ministry`, 'import-pdf-no-text')
    }
    return {...joinPages(pages), pdfjsVersion: pdfjs.version, pages: doc.numPages}
  } finally {
    await doc.destroy()
  }
}

async function pageItems(page: PdfPage, ops: OpCodes): Promise<Item[]> {
  const content = await page.getTextContent()
  // The operator list loads the fonts into commonObjs, where their real names (…-Italic) are, and holds
  // the lines drawn for underline and strike-through.
  const rules = horizontalRules(await page.getOperatorList(), ops)
  const italic = (fontName: string, transform: number[]): boolean => {
    const font = page.commonObjs.has(fontName) ? page.commonObjs.get(fontName) : undefined
    // A font without an italic face is slanted by the text matrix instead (a shear: c ≠ 0 while b = 0).
    const slanted = Math.abs(transform[1]!) < 1e-6 && Math.abs(transform[2]!) > Math.abs(transform[3]!) * 0.1
    return /italic|oblique/i.test(font?.name ?? '') || font?.italic === true || slanted
  }
  const items = content.items
    .filter((item) => typeof item.str === 'string')
    .map((item) => ({str: item.str!, x: item.transform[4]!, y: item.transform[5]!, width: item.width, height: item.height || Math.abs(item.transform[3]!), italic: italic(item.fontName, item.transform), strike: false, underline: false, eol: item.hasEOL === true}))
  return markItems(items, rules)
}

interface PageText {
  lines: Array<{text: string; marks: Record<keyof MarkLog, number>}>
}

/** Pages separated by a form feed (as pdftotext does); the marks logged at their line in the whole text. */
function joinPages(pages: PageText[]): {text: string; repairs: Repair[]} {
  const log: MarkLog = {italic: [], underline: [], strike: []}
  const texts: string[] = []
  let line = 1
  for (const page of pages) {
    for (const [index, entry] of page.lines.entries()) {
      for (const kind of ['italic', 'underline', 'strike'] as const) for (let n = 0; n < entry.marks[kind]; n++) log[kind].push(line + index)
    }
    texts.push(page.lines.map((l) => l.text).join('\n'))
    line += page.lines.length + (page.lines.length === 0 ? 1 : 0)
  }
  const repair = (kind: string, lines: number[]): Repair[] => (lines.length === 0 ? [] : [{kind, count: lines.length, lines: [...new Set(lines)].slice(0, 20)}])
  return {text: texts.join('\n\f'), repairs: [...repair('pdf-italic-as-insertion', log.italic), ...repair('pdf-underline-as-insertion', log.underline), ...repair('pdf-strike-as-deletion', log.strike)]}
}

/**
 * Items grouped into lines in the order the PDF draws them (reading order for the word processors that make
 * høringsnotater): a line ends at an item marked end-of-line or where the baseline moves; a small item
 * raised above the baseline (a footnote number) stays on its line.
 */
function pageText(items: Item[]): PageText {
  const lines: Item[][] = []
  let line: Item[] = []
  for (const item of items) {
    const base = line.find((i) => i.str.trim() !== '' && !isRaised(i, line))
    const sameLine = line.length === 0 || base === undefined || Math.abs(item.y - base.y) <= base.height * 0.5 || (item.y > base.y && item.y - base.y < base.height && item.height < base.height * 0.8)
    if (!sameLine) {
      lines.push(line)
      line = []
    }
    if (item.str !== '') line.push(item)
    if (item.eol && line.length > 0) {
      lines.push(line)
      line = []
    }
  }
  if (line.length > 0) lines.push(line)
  const out: PageText['lines'] = []
  let previous: Item[] | null = null
  for (const current of footnoteLabels(lines.filter((l) => l.some((i) => i.str.trim() !== '')))) {
    const height = lineHeight(current)
    const previousHeight = previous ? lineHeight(previous) : height
    // A paragraph starts after extra space, or where the type size changes (a heading and its text).
    if (previous && (previous[0]!.y - current[0]!.y > height * 1.5 || Math.abs(previousHeight - height) > height * 0.15)) out.push({text: '', marks: {italic: 0, underline: 0, strike: 0}})
    out.push(lineText(current, height))
    previous = current
  }
  return {lines: out}
}

/**
 * A footnote's number drawn apart from its text (a line of one digit in smaller type than the line after it)
 * is put back in front of the text as a superscript, so the repairs move it out as a footnote.
 */
function footnoteLabels(lines: Item[][]): Item[][] {
  const out: Item[][] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const next = lines[i + 1]
    const label = line.map((item) => item.str).join('').trim()
    if (next && /^\d{1,2}$/.test(label) && lineHeight(line) < lineHeight(next) * 0.8) {
      const sup = [...label].map((d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]).join('')
      out.push([{...next[0]!, str: `${sup} ${next[0]!.str.replace(/^\s+/, '')}`}, ...next.slice(1)])
      i++
    } else out.push(line)
  }
  return out
}

function lineHeight(line: Item[]): number {
  return Math.max(...line.map((i) => i.height))
}

function isRaised(item: Item, line: Item[]): boolean {
  return /^\d+$/.test(item.str.trim()) && item.height < lineHeight(line) * 0.8
}

const MARK: Record<Style, string> = {insert: '*', delete: '~~', plain: ''}

function styleOf(item: Item): Style {
  return item.strike ? 'delete' : item.italic || item.underline ? 'insert' : 'plain'
}

/** One line's text with its marked runs closed and opened around the words (never around a space). */
function lineText(line: Item[], height: number): {text: string; marks: Record<keyof MarkLog, number>} {
  let text = ''
  let end = -Infinity
  let style: Style = 'plain'
  const marks = {italic: 0, underline: 0, strike: 0}
  for (const item of line) {
    const superscript = /^\d+$/.test(item.str.trim()) && item.height < height * 0.8
    const str = superscript ? [...item.str.trim()].map((d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]).join('') : item.str
    const gap = item.x - end > height * 0.15 && text !== '' && !text.endsWith(' ') && !str.startsWith(' ') && !superscript
    const next = styleOf(item)
    if (next !== style && str.trim() !== '') {
      // Close the open mark right after the last word, open the new one right before the next word.
      const closed = style === 'plain' ? text : `${text.replace(/\s+$/, '')}${MARK[style]}${/\s$/.test(text) ? ' ' : ''}`
      text = `${closed}${gap ? ' ' : ''}${MARK[next]}${str.replace(/^\s+/, '')}`
      if (next !== 'plain') marks[item.strike ? 'strike' : item.italic ? 'italic' : 'underline']++
      style = next
    } else text += (gap ? ' ' : '') + str
    end = item.x + item.width
  }
  if (style !== 'plain') text = `${text.replace(/\s+$/, '')}${MARK[style]}`
  return {text: text.replace(/\s+$/, ''), marks}
}
