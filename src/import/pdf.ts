/**
 * A PDF file → text lines through pdf.js (the legacy build, which runs in Node without a DOM). Lines are
 * rebuilt from the text items' positions; a gap wider than a line's height starts a paragraph (a blank
 * line); pages are separated by a form feed, as pdftotext does, so the same repairs (page numbers, running
 * headers, hyphens) apply. Raised small digits become superscripts (footnote references), and text in an
 * italic font is wrapped in `*…*` (the ministries' mark of new wording). Strike-through is drawn as lines
 * in a PDF, not a font, and is not recovered.
 */
import type {VFile} from 'vfile'
import {fail} from './fail.js'

interface Item {
  str: string
  x: number
  y: number
  width: number
  height: number
  italic: boolean
  eol: boolean
}

export interface PdfText {
  text: string
  pdfjsVersion: string
  pages: number
}

// pdf.js types are not needed beyond these few fields; loading it lazily keeps `regdiff report` light.
interface PdfJs {
  version: string
  getDocument(options: Record<string, unknown>): {promise: Promise<PdfDoc>}
}
interface PdfDoc {
  numPages: number
  getPage(n: number): Promise<PdfPage>
  destroy(): Promise<void>
}
interface PdfPage {
  getTextContent(): Promise<{items: Array<{str?: string; transform: number[]; width: number; height: number; fontName: string; hasEOL?: boolean}>}>
  getOperatorList(): Promise<unknown>
  commonObjs: {has(id: string): boolean; get(id: string): {name?: string} | undefined}
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
    const pages: string[] = []
    for (let n = 1; n <= doc.numPages; n++) pages.push(pageText(await pageItems(await doc.getPage(n))))
    if (pages.every((page) => page.trim() === '')) {
      return fail(file, `the PDF has ${doc.numPages} page(s) but no text layer (a scan or images of text); run OCR on it (e.g. ocrmypdf) or get the Word or text version from the ministry`, 'import-pdf-no-text')
    }
    return {text: pages.join('\n\f'), pdfjsVersion: pdfjs.version, pages: doc.numPages}
  } finally {
    await doc.destroy()
  }
}

async function pageItems(page: PdfPage): Promise<Item[]> {
  const content = await page.getTextContent()
  // The operator list loads the fonts into commonObjs, where their real names (…-Italic) are.
  await page.getOperatorList()
  const italic = (fontName: string): boolean => {
    const font = page.commonObjs.has(fontName) ? page.commonObjs.get(fontName) : undefined
    return /italic|oblique/i.test(font?.name ?? '')
  }
  return content.items
    .filter((item) => typeof item.str === 'string')
    .map((item) => ({str: item.str!, x: item.transform[4]!, y: item.transform[5]!, width: item.width, height: item.height || Math.abs(item.transform[3]!), italic: italic(item.fontName), eol: item.hasEOL === true}))
}

/**
 * Items grouped into lines in the order the PDF draws them (reading order for the word processors that make
 * høringsnotater): a line ends at an item marked end-of-line or where the baseline moves; a small item
 * raised above the baseline (a footnote number) stays on its line.
 */
function pageText(items: Item[]): string {
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
  const out: string[] = []
  let previous: Item[] | null = null
  for (const current of footnoteLabels(lines.filter((l) => l.some((i) => i.str.trim() !== '')))) {
    const height = lineHeight(current)
    const previousHeight = previous ? lineHeight(previous) : height
    // A paragraph starts after extra space, or where the type size changes (a heading and its text).
    if (previous && (previous[0]!.y - current[0]!.y > height * 1.5 || Math.abs(previousHeight - height) > height * 0.15)) out.push('')
    out.push(lineText(current, height))
    previous = current
  }
  return out.join('\n')
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

function lineText(line: Item[], height: number): string {
  let text = ''
  let end = -Infinity
  let inItalic = false
  for (const item of line) {
    const superscript = /^\d+$/.test(item.str.trim()) && item.height < height * 0.8
    const str = superscript ? [...item.str.trim()].map((d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]).join('') : item.str
    const gap = item.x - end > height * 0.15 && text !== '' && !text.endsWith(' ') && !str.startsWith(' ') && !superscript
    if (item.italic !== inItalic && str.trim() !== '') {
      text = inItalic ? `${text.replace(/\s+$/, '')}*${gap ? ' ' : ''}` : `${text}${gap ? ' ' : ''}*`
      inItalic = item.italic
      text += str.replace(/^\s+/, '')
    } else text += (gap ? ' ' : '') + str
    end = item.x + item.width
  }
  if (inItalic) text = `${text.replace(/\s+$/, '')}*`
  return text.replace(/\s+$/, '')
}
