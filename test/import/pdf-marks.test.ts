/**
 * The ministry's marks read from a PDF file: italics from the font, strike-through and underline from the
 * lines drawn over and under the glyphs (pdf.js's operator list). The fixture hoeringsnotat-ips-ung-marks.pdf
 * is GENERATED (test/fixtures/import/make-pdf-marks.mjs): the real IPS ung høringsnotat's text laid out as
 * the ministry's Word file and exported by LibreOffice, its proposal chapter marked as the hand-built
 * regulations/ips-ung/proposed.md has it (new wording in italics, the removed item struck through), and
 * § 3-3 marked the other way ministries do: the removed «og» struck in mid-line, «jobbspesialisten» underlined.
 */
import {mkdir, mkdtemp, rm, writeFile, appendFile} from 'node:fs/promises'
import {readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {VFile} from 'vfile'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runCase} from '../../src/index.js'
import {buildCase, type InitResult} from '../../src/import/index.js'
import {horizontalRules, markItems, type MarkableItem, type OpCodes} from '../../src/import/pdf-marks.js'
import {parseProvisions} from '../../src/parse/index.js'
import type {Change, Provision, Report} from '../../src/types.js'
import {SHARED} from '../helpers/shared.js'

const FIXTURES = new URL('../fixtures/import/', import.meta.url).pathname
const HAND = new URL('../../regulations/ips-ung/', import.meta.url).pathname
const XML = path.join(SHARED, 'inputs/lovdata-xml/sf-20230620-1073.xml')
const LETTER = path.join(SHARED, 'cases/ips-ung/oppdragsbrev-ips-ung-2021.txt')
const input = (p: string) => ({shown: path.basename(p), path: p})

const marksOf = (markdown: string): string[] =>
  parseProvisions(new VFile({path: 'proposed.md', value: markdown})).children.flatMap((s) => s.marks.map((m) => `${s.label} ${m.type} «${m.text}»`))

/** Every ledd's (and item's) plain wording per section: struck text is not wording. */
function wording(markdown: string): string[] {
  const out: string[] = []
  const visit = (node: Provision, where: string): void => {
    if (node.kind === 'ledd' || node.kind === 'item') out.push(`${where} ${node.kind}: ${node.text}`)
    for (const child of node.children) visit(child, where)
  }
  for (const section of parseProvisions(new VFile({path: 'proposed.md', value: markdown})).children) visit(section, `§ ${section.label}`)
  return out
}

function summary(change: Change): string {
  const reasons = change.reasons.map((r) => (r.document === 'note' ? r.anchor : `${r.document}:${r.anchor.replace(/^.*-(p\d+)$/, '$1')}`)).sort()
  return `${change.kind} ${change.current?.citation ?? '-'} → ${change.proposed?.citation ?? '-'} [${change.effects.map((e) => e.type).join(',')}] ${reasons.join('|')}`
}

async function report(dir: string): Promise<Report> {
  const result = await runCase(dir, {formats: [], lang: 'nb'})
  expect(result.ok, result.messages.map(String).join('\n')).toBe(true)
  return result.report!
}

describe('IPS ung høringsnotat as a PDF file, marks from fonts and drawn lines', () => {
  let built: InitResult
  let dir = ''
  const hand = readFileSync(path.join(HAND, 'proposed.md'), 'utf8')

  beforeAll(async () => {
    built = await buildCase({current: input(XML), note: input(path.join(FIXTURES, 'hoeringsnotat-ips-ung-marks.pdf')), proposed: null, background: [input(LETTER)]})
    dir = await mkdtemp(path.join(tmpdir(), 'regdiff-pdf-marks-'))
    await mkdir(path.join(dir, 'background'))
    for (const [name, text] of Object.entries(built.files)) await writeFile(path.join(dir, name), text)
  })
  afterAll(async () => {
    await rm(dir, {recursive: true, force: true})
  })

  it('declares the insertions and the deletion the hand transcription declares, and § 3-3 as the PDF marks it', () => {
    const proposed = built.files['proposed.md']!
    expect(proposed).toContain('\n~~a. regelmessig og tilpasset oppfølging av en jobbspesialist~~\n')
    expect(proposed).toContain('i samarbeid med deltakeren, ~~og~~ helse- og omsorgstjenesten og *jobbspesialisten*. Planen skal')
    expect(marksOf(proposed)).toEqual([
      '3-1 insert «For unge under 30 år (IPS ung), kan tiltaket også tilbys de som har sammensatte psykiske problemer eller rusutfordringer.»',
      '3-2 delete «a. regelmessig og tilpasset oppfølging av en jobbspesialist»',
      '3-3 delete «og»',
      '3-3 insert «jobbspesialisten»'
    ])
    // The hand-built proposal marks the same, except the «og» it left unmarked in § 3-3.
    expect(marksOf(hand)).toEqual(marksOf(proposed).filter((m) => m !== '3-3 delete «og»'))
  })

  it('reads the same marks and wording from the PDF as from the Word file it was exported from', async () => {
    const fromDocx = await buildCase({current: input(XML), note: input(path.join(FIXTURES, 'hoeringsnotat-ips-ung-marks.docx')), proposed: null, background: []})
    expect(marksOf(built.files['proposed.md']!)).toEqual(marksOf(fromDocx.files['proposed.md']!))
    expect(wording(built.files['proposed.md']!)).toEqual(wording(fromDocx.files['proposed.md']!))
    // In the Word file the underline is direct formatting, read as an insertion as in the PDF, and said.
    expect(fromDocx.files['case.yaml']).toMatch(/kind: docx-underline-as-insertion\n\s+count: 1\n/)
  })

  it('gives every section, ledd and item the wording of the hand-built proposal (the struck «og» is not wording)', () => {
    const squash = (lines: string[]): string[] => lines.map((l) => l.replace(/\s+/g, ' ').replace(/ ([,.])/g, '$1'))
    // The hand-built proposal adds «§ 3-6 oppheves.» from the note's reasoning; the importer never does.
    expect(squash(wording(built.files['proposed.md']!))).toEqual(squash(wording(hand.replace('\n§ 3-6 oppheves.\n', '\n'))))
  })

  it('records each mark in the provenance, with the line of the PDF text it was read on', () => {
    const yaml = built.files['case.yaml']!
    expect(yaml).toContain('converter: regdiff 0.1.0 (pdf.js 4.10.38, marks from fonts and drawn lines + PDF text repairs)')
    expect(yaml).toMatch(/kind: pdf-underline-as-insertion\n\s+count: 1\n/)
    expect(yaml).toMatch(/kind: pdf-strike-as-deletion\n\s+count: 2\n/)
    expect(yaml).toMatch(/kind: pdf-italic-as-insertion\n\s+count: \d+\n/)
    // The remark says in Norwegian what was read, and that the lines are those of the text read out of the PDF.
    expect(yaml).toMatch(/- 2 gjennomstreket tekst i PDF-en \(en linje gjennom skriften\) er markert med gjennomstreking \(tekst som går ut\) \(linje \d+, \d+ i teksten regdiff leste ut av «hoeringsnotat-ips-ung-marks\.pdf»\)\./)
  })

  it('with «§ 3-6 oppheves.» added as the warning says, reports the same changes, reasons and findings as the hand-built case', async () => {
    expect(built.messages.map((m) => m.ruleId)).toEqual(['import-unstated-repeal'])
    await appendFile(path.join(dir, 'proposed.md'), '\n§ 3-6 oppheves.\n')
    const fromPdf = await report(dir)
    const handReport = await report(HAND)
    // As for the text import (ips-ung.test.ts): the assignment letter, imported as extracted, no longer
    // reaches the threshold for § 3-5 tredje ledd; everything else is the same.
    const withoutLetter = (line: string): string => line.replace(/ background:p2\|/, ' ')
    const handChanges = handReport.diff.changes.map(summary)
    expect(fromPdf.diff.changes.map(summary)).toEqual(handChanges.map((c) => (c.startsWith('moved § 3-6 fjerde ledd') ? withoutLetter(c) : c)))
    // § 3-3's deletion is now declared, so nothing about it is reported as unmarked; every other finding is the hand-built one.
    const findings = (r: Report): string[] => r.diff.findings.map((f) => `${f.severity} ${f.code}: ${f.message}`)
    expect(findings(fromPdf)).toEqual(findings(handReport))
  })
})

describe('the marks of a Word document printed with its tracked changes (LibreOffice draws them as lines)', () => {
  it('reads the underlined insertion and the struck deletion as the .docx path reads the tracked changes', async () => {
    const fromPdf = await buildCase({current: input(XML), note: input(path.join(FIXTURES, 'note.pdf')), proposed: null, background: []})
    const fromDocx = await buildCase({current: input(XML), note: input(path.join(FIXTURES, 'note-tracked-changes.docx')), proposed: null, background: []})
    const kinds = (m: string): string => m.replace(/ «.*/, '')
    expect(marksOf(fromPdf.files['proposed.md']!).map(kinds)).toEqual(['3-1 insert', '3-5 insert', '3-6 delete'])
    expect(marksOf(fromPdf.files['proposed.md']!)).toEqual(marksOf(fromDocx.files['proposed.md']!))
  })
})

describe('one text item only partly under a line (as Word writes a line of equal font as one item)', () => {
  const item = (str: string, x: number, width: number): MarkableItem => ({str, x, y: 700, width, height: 12, strike: false, underline: false})

  it('marks the words under a strike-through and splits the item there', () => {
    // «deltakeren og helse-» 20 characters over 100 pt: «og» is characters 11–12, x 127–137.
    const parts = markItems([item('deltakeren og helse-', 72, 100)], [{x0: 126.5, x1: 137.5, y: 703.4, thickness: 0.7}])
    expect(parts.map((p) => [p.str, p.strike])).toEqual([['deltakeren ', false], ['og', true], [' helse-', false]])
  })

  it('tells an underline from a strike-through by its height over the baseline, and ignores a thick box', () => {
    const under = markItems([item('jobbspesialisten', 72, 80)], [{x0: 72, x1: 152, y: 698.9, thickness: 0.7}])
    expect(under.map((p) => [p.underline, p.strike])).toEqual([[true, false]])
    const box = markItems([item('jobbspesialisten', 72, 80)], [{x0: 72, x1: 152, y: 703, thickness: 6}])
    expect(box.map((p) => [p.underline, p.strike])).toEqual([[false, false]])
  })

  it('does not take a table\'s border under a cell\'s text for an underline: it runs on well past the text', () => {
    // A cell 200 pt wide, its text 60 pt, the border 3 pt under the baseline.
    const cell = markItems([item('Gruppe 1', 80, 60)], [{x0: 72, x1: 272, y: 697, thickness: 0.5}])
    expect(cell.map((p) => p.underline)).toEqual([false])
  })
})

describe('lines read from an operator list', () => {
  // pdf.js's operator codes, as pdfjs-dist 4 numbers them (OPS): passed in, as pdf.ts does.
  const OPS = {save: 10, restore: 11, transform: 12, setLineWidth: 2, constructPath: 91, moveTo: 13, lineTo: 14, curveTo: 15, curveTo2: 16, curveTo3: 17, closePath: 18, rectangle: 19, stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, eoFillStroke: 25, closeFillStroke: 26, closeEOFillStroke: 27, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75} satisfies OpCodes

  it('takes a filled thin rectangle under a transform (as Word draws a strike-through), and leaves out a clip and an unpainted path', () => {
    const rules = horizontalRules({
      fnArray: [OPS.constructPath, 0, 28, OPS.save, OPS.transform, OPS.constructPath, OPS.fill, OPS.restore, OPS.constructPath, 28],
      argsArray: [[[19], [0, 0, 595, 842]], null, null, null, [1, 0, 0, 1, 100, 700], [[19], [0, 3, 40, 0.6]], null, null, [[13, 14], [0, 10, 50, 10]], null]
    }, OPS)
    expect(rules).toEqual([{x0: 100, x1: 140, y: 703.3, thickness: expect.closeTo(0.6, 5)}])
  })

  it('takes a stroked line with the stroke\'s width scaled by the transform, as LibreOffice draws it', () => {
    const rules = horizontalRules({
      fnArray: [OPS.save, OPS.transform, OPS.setLineWidth, OPS.constructPath, OPS.stroke, OPS.restore],
      argsArray: [null, [2, 0, 0, 2, 72, 400], [0.35], [[13, 14], [0, 1.7, 20, 1.7]], null, null]
    }, OPS)
    expect(rules).toEqual([{x0: 72, x1: 112, y: 403.4, thickness: 0.7}])
  })
})
