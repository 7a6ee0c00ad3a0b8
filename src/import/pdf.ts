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
    .map((item) => ({str: item.str!, x: item.transform[4]!, y: item.transform[5]!, width: item.width, height: item.height || Math.abs(item.transform[3]!), italic: italic(item.fontName)}))
}

/** Items grouped into lines by baseline (top to bottom), then joined with a space where there is a gap. */
function pageText(items: Item[]): string {
  const lines: Item[][] = []
  const sorted = [...items].filter((i) => i.str !== '').sort((a, b) => b.y - a.y || a.x - b.x)
  for (const item of sorted) {
    const line = lines.find((l) => Math.abs(l[0]!.y - item.y) < Math.max(2, l[0]!.height * 0.6))
    if (line) line.push(item)
    else lines.push([item])
  }
  const out: string[] = []
  let previous: Item[] | null = null
  for (const line of lines) {
    line.sort((a, b) => a.x - b.x)
    const height = Math.max(...line.map((i) => i.height))
    if (previous && previous[0]!.y - line[0]!.y > height * 1.9) out.push('')
    out.push(lineText(line, height))
    previous = line
  }
  return out.join('\n')
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
