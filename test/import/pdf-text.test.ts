/**
 * PDF text repairs on the real IPS ung høringsnotat as extracted (footnotes mid-text, headings as plain lines),
 * and on the same text laid out again as a PDF extraction without layout gives it (lines of at most 78
 * characters, long words hyphenated at the line end, a page number and a running header on every page):
 * the repairs must give back exactly what the unwrapped text gives.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {blocksToMarkdown, repairPdfText} from '../../src/import/pdf-text.js'
import {splitNote} from '../../src/import/split.js'
import {SHARED} from '../helpers/shared.js'

const NOTE = readFileSync(path.join(SHARED, 'cases/ips-ung/hoeringsnotat-ips-ung-2026.txt'), 'utf8')
const HAND_NOTE = readFileSync(new URL('../../regulations/ips-ung/note.md', import.meta.url), 'utf8')

/** Break one paragraph line at spaces; a long lower-case word that does not fit is hyphenated in its middle. */
function wrapLine(line: string, width: number): string[] {
  const out: string[] = []
  let current = ''
  for (const word of line.split(' ')) {
    if (current === '' || current.length + 1 + word.length <= width) {
      current = current === '' ? word : `${current} ${word}`
      continue
    }
    if (/^[a-zæøå]{12,}$/.test(word) && current.length + 8 <= width) {
      const cut = Math.min(word.length - 4, width - current.length - 2)
      out.push(`${current} ${word.slice(0, cut)}-`)
      current = word.slice(cut)
      continue
    }
    out.push(current)
    current = word
  }
  if (current !== '') out.push(current)
  return out
}

/** The note as a PDF extraction gives it: hard-wrapped lines, 40 lines a page, page number and header on each. */
function asPdfExtraction(text: string): string {
  const wrapped = text.split('\n').flatMap((line) => (line.length > 78 ? wrapLine(line, 78) : [line]))
  const pages: string[] = []
  for (let i = 0; i < wrapped.length; i += 40) pages.push(['Høringsnotat – IPS ung', '', ...wrapped.slice(i, i + 40), '', String(pages.length + 1)].join('\n'))
  return pages.join('\n\f')
}

const squash = (text: string): string => text.replace(/[ \t]+/g, ' ')

describe('PDF text repairs, real høringsnotat', () => {
  const doc = repairPdfText(NOTE)
  const kinds = Object.fromEntries(doc.repairs.map((r) => [r.kind, r.count]))

  it('moves the five footnotes out and joins the two paragraphs they split', () => {
    expect([...doc.footnotes.keys()]).toEqual(['1', '2', '3', '4', '5'])
    expect(kinds).toMatchObject({'footnote-moved': 5, 'footnote-reference': 5, 'paragraph-rejoined': 2})
    const markdown = blocksToMarkdown(doc.blocks, doc.footnotes)
    expect(markdown).toContain('sluttrapport i 2024.[^2] Evalueringen viser')
    expect(markdown).toMatch(/\[\^4\]: Se bl\.a\. Lima/)
  })

  it('recovers the numbered headings 1–6 with 4.1–4.3 and the unnumbered sub-headings, as the hand-built note.md has them', () => {
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? `${'#'.repeat(b.level)} ${b.text}` : ''))
    const hand = HAND_NOTE.split('\n').filter((line) => /^#{1,4} /.test(line) && !/^### § /.test(line))
    expect(headings).toEqual(hand)
  })

  it('gives the note the hand transcription gives, up to its two-line letterhead and the proposal chapter', () => {
    const split = splitNote(doc)!
    const handWithoutProposal = HAND_NOTE.replace(/## 6\. Forslag[\s\S]*?(?=\[\^1\]:)/, '').replace('DET KONGELIGE  \nARBEIDS- OG', 'DET KONGELIGE ARBEIDS- OG')
    expect(split.note).toBe(handWithoutProposal)
  })
})

describe('PDF text repairs, the same note hard-wrapped with page furniture', () => {
  const original = repairPdfText(NOTE)
  const pdfLike = asPdfExtraction(NOTE)
  const repaired = repairPdfText(pdfLike)
  const kinds = Object.fromEntries(repaired.repairs.map((r) => [r.kind, r.count]))

  it('is really broken: many more lines, hyphenated line ends, a number and a header on every page', () => {
    const lines = pdfLike.split('\n')
    expect(lines.length).toBeGreaterThan(NOTE.split('\n').length * 2)
    expect(lines.filter((l) => /[a-zæøå]-$/.test(l)).length).toBeGreaterThan(10)
    expect(pdfLike.split('\f').length).toBeGreaterThan(5)
  })

  it('gives back exactly the Markdown of the unwrapped text', () => {
    expect(squash(blocksToMarkdown(repaired.blocks, repaired.footnotes))).toBe(squash(blocksToMarkdown(original.blocks, original.footnotes)))
  })

  it('counts every repair by kind, with the lines it touched', () => {
    const pages = pdfLike.split('\f').length
    expect(kinds['page-number-removed']).toBe(pages)
    expect(kinds['running-header-removed']).toBe(pages)
    // A hyphen before «og»/«eller» on the next line is an open compound («helse- og omsorg»): it stays.
    const lines = pdfLike.split('\n')
    const cut = lines.filter((l, i) => /[a-zæøå]-$/.test(l) && !/^(?:og|eller) /.test(lines[i + 1] ?? ''))
    expect(cut.length).toBeGreaterThan(10)
    expect(kinds['hyphen-joined']).toBe(cut.length)
    const hyphen = repaired.repairs.find((r) => r.kind === 'hyphen-joined')!
    expect(pdfLike.split('\n')[hyphen.lines[0]! - 2]).toMatch(/[a-zæøå]-$/)
  })
})
