/**
 * One input file → regdiff Markdown (or, for a høringsnotat, blocks that can still be split), by the format
 * its bytes show. Unusable input throws a fatal VFileMessage on the input's own VFile, with the place where
 * there is one and what to do instead.
 */
import {createHash} from 'node:crypto'
import {VFile} from 'vfile'
import {version} from '../meta.js'
import {detectFormat, type Format} from './detect.js'
import {docxToMarkdown} from './docx.js'
import {fail} from './fail.js'
import {isLovdataTree, lovdataToMarkdown, parseHtml} from './lovdata.js'
import {blocksToMarkdown, repairPdfText, type Block, type PdfDocument} from './pdf-text.js'
import {pdfToText} from './pdf.js'
import {isRegjeringenPage, readConsultationPage, type ConsultationPage} from './regjeringen.js'
import type {LovdataMeta, Repair} from './types.js'

export interface Converted {
  /** The file as given on the command line. */
  path: string
  sha256: string
  format: Format | 'lovdata-html' | 'regjeringen-page'
  converter: string
  markdown: string
  /** Blocks of a note, for splitting; null for Lovdata texts. */
  document: PdfDocument | null
  repairs: Repair[]
  counts: Record<string, number>
  lovdata: LovdataMeta | null
  page: ConsultationPage | null
  /** Warnings and infos about this input. */
  file: VFile
}

/** Convert `bytes` read from `path` (as the user gave it: messages name it). */
export async function convertFile(path: string, bytes: Buffer): Promise<Converted> {
  const file = new VFile({path})
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const detected = detectFormat(bytes)
  const base = {path, sha256, file, lovdata: null, page: null, document: null, counts: {}, repairs: []}
  switch (detected.format) {
    case 'binary':
      return fail(file, `${detected.reason}; regdiff init reads Lovdata's XML/HTML, a PDF, a Word .docx or text`, 'import-unreadable', detected.place)
    case 'ole':
      return fail(file, 'this is an old Word .doc (binary) file; open it in Word or LibreOffice and save it as .docx (or export a PDF), then run regdiff init again', 'import-old-word')
    case 'zip':
      return fail(file, 'this is a zip archive but not a Word document (no word/document.xml); give the .docx, PDF or text itself', 'import-not-docx')
    case 'docx': {
      const converted = await docxToMarkdown(bytes, file)
      return {...base, format: 'docx', converter: `regdiff ${version} (mammoth + OOXML tracked changes)`, markdown: converted.markdown, document: markdownBlocks(converted.markdown), repairs: converted.repairs, counts: converted.counts}
    }
    case 'pdf': {
      const text = await pdfToText(bytes, file)
      const converted = fromText({...base, format: 'pdf', converter: `regdiff ${version} (pdf.js ${text.pdfjsVersion}, marks from fonts and drawn lines + PDF text repairs)`}, text.text)
      return {...converted, repairs: [...text.repairs, ...converted.repairs]}
    }
    case 'html':
      return fromHtml(base, detected.text!)
    case 'markdown':
      file.value = detected.text!
      return {...base, format: 'markdown', converter: `regdiff ${version} (Markdown, taken as it is)`, markdown: detected.text!, document: markdownBlocks(detected.text!)}
    case 'text':
      return fromText({...base, format: 'text', converter: `regdiff ${version} (PDF text repairs)`}, detected.text!)
  }
}

type Base = Omit<Converted, 'format' | 'converter' | 'markdown'>

function fromText(base: Base & {format: Converted['format']; converter: string}, text: string): Converted {
  base.file.value = text
  const document = repairPdfText(text)
  return {...base, markdown: blocksToMarkdown(document.blocks, document.footnotes), document, repairs: document.repairs}
}

function fromHtml(base: Base, text: string): Converted {
  base.file.value = text
  const tree = parseHtml(base.file)
  if (isLovdataTree(tree)) {
    const converted = lovdataToMarkdown(tree, base.file)
    return {...base, format: 'lovdata-html', converter: `regdiff ${version} (rehype-parse + Lovdata-struktur)`, markdown: converted.markdown, lovdata: converted.meta, counts: converted.counts}
  }
  if (isRegjeringenPage(tree)) {
    return {...base, format: 'regjeringen-page', converter: `regdiff ${version} (rehype-parse, høringsside)`, markdown: '', page: readConsultationPage(tree)}
  }
  return fail(
    base.file,
    "this HTML is not a Lovdata document (no main.documentBody or div.paragraf) nor a regjeringen.no consultation page; save the regulation from Lovdata (or its XML from Lovdata's open data), or give the note as PDF, .docx or text",
    'import-not-lovdata',
    {line: 1, column: 1, offset: 0}
  )
}

/** A Markdown note as blocks (ATX headings, blank-line paragraphs), so it can be split like a PDF's text. */
export function markdownBlocks(markdown: string): PdfDocument {
  const blocks: Block[] = []
  const lines = markdown.split(/\r?\n/)
  let paragraph: {lines: string[]; line: number} | null = null
  const close = (): void => {
    if (paragraph) blocks.push({kind: 'paragraph', lines: paragraph.lines, line: paragraph.line})
    paragraph = null
  }
  lines.forEach((text, index) => {
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(text)
    if (heading) {
      close()
      blocks.push({kind: 'heading', level: heading[1]!.length, number: /^\d[\d.]*/.exec(heading[2]!)?.[0] ?? null, text: heading[2]!, line: index + 1})
    } else if (text.trim() === '') close()
    else if (paragraph) (paragraph as {lines: string[]}).lines.push(text)
    else paragraph = {lines: [text], line: index + 1}
  })
  close()
  return {blocks, footnotes: new Map(), repairs: []}
}
