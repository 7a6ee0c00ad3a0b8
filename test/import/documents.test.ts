/**
 * Word and PDF inputs (fixtures made by test/fixtures/import/make-fixtures.mjs from the real IPS ung note's
 * words, since no høringsnotat as .docx or PDF could be obtained), the regjeringen.no pages, and every kind
 * of bad input of issue 17.7: a clear message, the right rule, and (through the CLI) exit 2 with nothing written.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {VFileMessage} from 'vfile-message'
import {convertFile} from '../../src/import/convert.js'
import {buildCase} from '../../src/import/index.js'
import {parseProvisions} from '../../src/parse/index.js'
import {VFile} from 'vfile'
import {SHARED} from '../helpers/shared.js'

const FIXTURES = new URL('../fixtures/import/', import.meta.url).pathname
const fixture = (name: string): Buffer => readFileSync(path.join(FIXTURES, name))
const input = (p: string) => ({shown: path.basename(p), path: p})

async function failure(name: string, bytes: Buffer): Promise<VFileMessage> {
  try {
    await convertFile(name, bytes)
  } catch (error) {
    expect(error).toBeInstanceOf(VFileMessage)
    return error as VFileMessage
  }
  throw new Error(`${name} was accepted`)
}

describe('Word with tracked changes', () => {
  it('turns the tracked insertion into italics and the tracked deletion into strike-through, and the split proposal declares them', async () => {
    const built = await buildCase({current: input(path.join(SHARED, 'inputs/lovdata-xml/sf-20230620-1073.xml')), note: input(path.join(FIXTURES, 'note-tracked-changes.docx')), proposed: null, background: []})
    const proposed = built.files['proposed.md']!
    expect(proposed).toMatch(/^# 2\. Forslag til endringer i forskrift/)
    expect(proposed).toContain('\n*For deltakere i IPS ung som er i opplæring eller utdanning, kan tiltaket forlenges med inntil ett år. Samlet varighet kan være inntil to år, eller inntil fire år for personer med nedsatt arbeidsevne.*\n')
    expect(proposed).toContain('\n~~Forsøket med individuell jobbstøtte for unge videreføres til 31. desember 2026.~~\n')
    const tree = parseProvisions(new VFile({path: 'proposed.md', value: proposed}))
    const marks = tree.children.flatMap((s) => s.marks.map((m) => `${s.label} ${m.type}`))
    expect(marks).toEqual(['3-1 insert', '3-5 insert', '3-6 delete'])
    expect(built.files['note.md']).toMatch(/^# Forslag til endringer i forskrift/)
    expect(built.files['note.md']).toContain('fylte 16 år.[^1]')
    expect(built.files['note.md']).toContain('[^1]: Malmberg-Heimoen, I. et al (2024): Evaluering av IPS ung. AFI-rapport 2024: 01.')
    expect(built.files['case.yaml']).toMatch(/kind: tracked-insertion-as-italics\n\s+count: 1/)
    expect(built.files['case.yaml']).toMatch(/kind: tracked-deletion-as-strike\n\s+count: 1/)
  })
})

describe('PDF through pdf.js (LibreOffice export of the same document)', () => {
  it('gives the words of the Word document with page numbers, running headers and the footnote repaired', async () => {
    const pdf = await convertFile('note.pdf', fixture('note.pdf'))
    const docx = await convertFile('note.docx', fixture('note-tracked-changes.docx'))
    const kinds = Object.fromEntries(pdf.repairs.map((r) => [r.kind, r.count]))
    expect(kinds).toMatchObject({'page-number-removed': 2, 'running-header-removed': 2, 'footnote-moved': 1, 'footnote-reference': 1})
    expect(pdf.markdown).not.toContain('Høringsnotat – IPS ung')
    expect(pdf.markdown).toContain('fylte 16 år.[^1]')
    // Same words in the same order (the marks, read from the lines LibreOffice draws for the tracked
    // changes, are compared in pdf-marks.test.ts); paragraph breaks between full lines without extra
    // spacing are not recovered.
    const words = (md: string): string[] => md.replace(/\*|~~|^#+ /gm, '').split(/\s+/).filter(Boolean)
    expect(words(pdf.markdown)).toEqual(words(docx.markdown))
    // Italics come from the font (LiberationSerif-Italic), over a line break as one run.
    expect(pdf.markdown).toContain('Tiltaket kan gis fra det året personen fyller 16 år. *For unge under 30 år (IPS ung), kan tiltaket også tilbys de som har sammensatte psykiske problemer eller rusutfordringer.*')
    const headings = pdf.markdown.split('\n').filter((l) => l.startsWith('#'))
    expect(headings).toEqual([
      '# Forslag til endringer i forskrift om oppfølgingstiltak i Arbeids- og velferdsetatens egenregi kapittel 3',
      '## 1. Justering av aldersgrensen for IPS',
      '## 2. Forslag til endringer i forskrift om oppfølgingstiltak i Arbeids- og velferdsetatens egenregi kapittel 3'
    ])
  })
})

describe('regjeringen.no consultation pages into case.yaml', () => {
  it.each([
    ['id3168423.page.html', 'Energidepartementet', '2026-10-01', 'nb', 'horingsnotat_forslag-til-endringer-i-forskrift-om-kost-nytteanalyse'],
    ['id3168525.page.html', 'Finansdepartementet', '2026-08-14', 'nn', 'hoyringsnotat.pdf'],
    ['id3167072.page.html', null, null, null, null]
  ])('%s', async (name, ministry, frist, language, link) => {
    const page = await convertFile(name, readFileSync(path.join(SHARED, 'inputs/regjeringen-pages', name)))
    expect(page.format).toBe('regjeringen-page')
    if (ministry === null) {
      expect(page.page!.title).toMatch(/\S/)
      return
    }
    expect(page.page).toMatchObject({ministry, hoeringsfrist: frist, language, published: '2026-07-03'})
    expect(page.page!.noteLinks[0]!.href).toMatch(new RegExp(`^https://www\\.regjeringen\\.no/contentassets/.*${link}`))
    const built = await buildCase({
      current: input(path.join(SHARED, 'inputs/lovdata-xml/sf-20230620-1073.xml')),
      proposed: input(path.join(FIXTURES, 'note-tracked-changes.docx')),
      note: null,
      background: [input(path.join(SHARED, 'inputs/regjeringen-pages', name))]
    })
    expect(built.files['case.yaml']).toContain(`hoeringsfrist: ${frist}`)
    expect(built.files['case.yaml']).toContain(`ministry: ${ministry}`)
    expect(built.files['case.yaml']).toMatch(/# Høringsnotat: https:\/\/www\.regjeringen\.no\/contentassets\//)
    expect(Object.keys(built.files).filter((f) => f.startsWith('background/'))).toEqual([])
  })
})

describe('bad input (17.7): one clear message each', () => {
  it.each([
    ['encrypted.pdf', () => fixture('encrypted.pdf'), 'import-pdf-encrypted', /encrypted with a password/],
    ['scan.pdf', () => fixture('scan.pdf'), 'import-pdf-no-text', /no text layer/],
    ['truncated.pdf', () => fixture('note.pdf').subarray(0, 2000), 'import-pdf-unreadable', /cannot be read/],
    ['notes.docx (text)', () => Buffer.from([0x50, 0x4b, 0x03, 0x04, ...Buffer.from('word/document.xml but not a zip')]), 'import-not-docx', /cannot be opened as a zip/],
    ['notes.docx (binary)', () => Buffer.from([0x00, 0x01, 0x02, 0xff]), 'import-unreadable', /NUL byte/],
    ['archive.zip', () => fixture('note-tracked-changes.docx').subarray(0, 4).length === 4 ? zipWithout() : Buffer.alloc(0), 'import-not-docx', /not a Word document/],
    ['old.doc', () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'import-old-word', /old Word \.doc/],
    ['page.html', () => Buffer.from('<!DOCTYPE html><html><body><p>Hei</p></body></html>'), 'import-not-lovdata', /not a Lovdata document/],
    ['latin1.txt', () => Buffer.from('H\xf8ringsnotat\n', 'latin1'), 'import-unreadable', /not UTF-8/]
  ])('%s', async (name, bytes, ruleId, reason) => {
    const message = await failure(name, bytes())
    expect(message.ruleId).toBe(ruleId)
    expect(message.reason).toMatch(reason)
    expect(message.fatal).toBe(true)
  })

  it('a note without a proposal chapter says how to give the proposal', async () => {
    const note = readFileSync(path.join(SHARED, 'cases/ips-ung/hoeringsnotat-ips-ung-2026.txt'), 'utf8')
    const withoutProposal = note.slice(0, note.indexOf('6. Forslag til endringer'))
    const {mkdtemp, writeFile, rm} = await import('node:fs/promises')
    const dir = await mkdtemp(path.join((await import('node:os')).tmpdir(), 'regdiff-noprop-'))
    try {
      await writeFile(path.join(dir, 'note.txt'), withoutProposal)
      const error = await buildCase({current: input(path.join(SHARED, 'inputs/lovdata-xml/sf-20230620-1073.xml')), note: input(path.join(dir, 'note.txt')), proposed: null, background: []}).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(VFileMessage)
      expect((error as VFileMessage).ruleId).toBe('import-no-proposal')
      expect((error as VFileMessage).reason).toMatch(/--proposed <file>/)
    } finally {
      await rm(dir, {recursive: true, force: true})
    }
  })
})

/** A real zip (the .docx with its word/ entries renamed away) that is not a Word document. */
function zipWithout(): Buffer {
  const bytes = Buffer.from(fixture('note-tracked-changes.docx'))
  // Entry names are stored as they are in the zip's headers: change every «word/» so none says Word.
  let at = bytes.indexOf('word/')
  while (at !== -1) {
    bytes.write('wurd/', at, 'latin1')
    at = bytes.indexOf('word/', at + 1)
  }
  return bytes
}
