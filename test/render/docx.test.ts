/**
 * The Word outputs on the real cases: well-formed OOXML with the proposal as tracked changes (author and
 * date from case.yaml), the same bytes on every run (whatever the clock or time zone), readable by mammoth,
 * and converted to PDF by headless LibreOffice (`soffice`, which CI installs).
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import JSZip from 'jszip'
import mammoth from 'mammoth'
import {afterAll, describe, expect, it} from 'vitest'
import {runCase} from '../../src/index.js'
import {renderBinary} from '../../src/render/index.js'
import {buildView, reportDate} from '../../src/render/view.js'

const caseDir = (name: string) => fileURLToPath(new URL(`../../regulations/${name}`, import.meta.url))
const scratch = mkdtempSync(join(tmpdir(), 'regdiff-docx-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

/** Every tag closed in order, one root element: what an XML parser needs before anything else. */
function wellFormed(xml: string): string | null {
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '')
  const stack: string[] = []
  let roots = 0
  for (const m of body.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<!\[CDATA\[[\s\S]*?\]\]>|<([^>]*)>/g)) {
    if (m[5] !== undefined) return `unreadable tag <${m[5]}>`
    if (m[2] === undefined) continue
    if (m[1]) {
      if (stack.pop() !== m[2]) return `</${m[2]}> closes nothing open`
    } else if (!m[4]) {
      if (stack.length === 0) roots++
      stack.push(m[2])
    } else if (stack.length === 0) roots++
  }
  if (stack.length) return `<${stack[stack.length - 1]}> not closed`
  if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(body)) return 'a bare &'
  return roots === 1 ? null : `${roots} root elements`
}

describe.each(['ips-ung', 'tiltak-2025'])('the Word files of %s', (name) => {
  it('are well-formed OOXML with the changes tracked by the ministry on the case date, and the answer form', async () => {
    const result = await runCase(caseDir(name), {formats: ['docx', 'answer-docx'], lang: 'nb'})
    expect(result.ok, result.messages.map(String).join('\n')).toBe(true)
    const meta = result.report!.case
    for (const file of ['report.docx', 'answer.docx']) {
      const zip = await JSZip.loadAsync(result.binaries[file]!)
      const names = Object.keys(zip.files)
      for (const part of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'docProps/core.xml']) expect(names, `${file} ${part}`).toContain(part)
      for (const part of names.filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
        expect(wellFormed(await zip.file(part)!.async('string')), `${file} ${part}`).toBeNull()
      }
      const text = (await mammoth.extractRawText({buffer: result.binaries[file]!})).value
      expect(text).toContain(meta.title.slice(0, 40))
    }
    const document = await (await JSZip.loadAsync(result.binaries['report.docx']!)).file('word/document.xml')!.async('string')
    const revisions = [...document.matchAll(/<w:(ins|del) w:id="\d+" w:author="([^"]*)" w:date="([^"]*)">/g)]
    const changed = result.report!.diff.changes.filter((c) => c.kind !== 'relettered').length
    expect(revisions.filter((r) => r[1] === 'ins').length).toBeGreaterThan(0)
    expect(revisions.filter((r) => r[1] === 'del').length).toBeGreaterThan(0)
    expect(revisions.length).toBeGreaterThanOrEqual(changed)
    // The date the case gives the report (the note's date, else its latest date), never the clock.
    const day = (reportDate(meta.dates) ?? '') + ['', '-01-01', '-01', ''][(reportDate(meta.dates) ?? '').split('-').length]
    expect(day).toMatch(/^20\d\d-\d\d-\d\d$/)
    for (const r of revisions) expect([r[2], r[3]]).toEqual([meta.ministry, `${day}T00:00:00Z`])
    // Deleted text is in w:delText, as Word reads it.
    expect(document).toMatch(/<w:del [^>]*><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:delText xml:space="preserve">/)
    const answer = (await mammoth.extractRawText({buffer: result.binaries['answer.docx']!})).value
    for (const c of buildView(result.report!, 'nb', 'summary').changes) expect(answer, c.id).toContain(`${c.citation}: ${c.headline}`)
  })

  it('give the same bytes on every run, whatever the time zone', async () => {
    const report = (await runCase(caseDir(name), {formats: [], lang: 'nb'})).report!
    const first = await renderBinary(report, 'docx', {lang: 'nb'})
    const zone = process.env['TZ']
    process.env['TZ'] = 'Pacific/Kiritimati'
    try {
      await new Promise((r) => setTimeout(r, 1100))
      expect((await renderBinary(report, 'docx', {lang: 'nb'})).equals(first)).toBe(true)
      expect((await renderBinary(report, 'answer-docx', {lang: 'en'})).equals(await renderBinary(report, 'answer-docx', {lang: 'en'}))).toBe(true)
    } finally {
      if (zone === undefined) delete process.env['TZ']
      else process.env['TZ'] = zone
    }
  })
})

describe('headless LibreOffice', () => {
  it('converts report.docx and answer.docx of IPS ung to PDF, with the tracked text in it', async () => {
    const result = await runCase(caseDir('ips-ung'), {formats: ['docx', 'answer-docx'], lang: 'nb'})
    for (const file of ['report.docx', 'answer.docx']) writeFileSync(join(scratch, file), result.binaries[file]!)
    // A profile of its own in the scratch folder: nothing is written to the home folder or the repository.
    execFileSync('soffice', [`-env:UserInstallation=file://${scratch}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', scratch, join(scratch, 'report.docx'), join(scratch, 'answer.docx')], {
      stdio: 'pipe',
      timeout: 120_000
    })
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
    for (const [file, expected] of [['report.pdf', 'Aldersgrensen senkes'], ['answer.pdf', 'Merknader']] as const) {
      const pdf = await pdfjs.getDocument({data: new Uint8Array(readFileSync(join(scratch, file)))}).promise
      expect(pdf.numPages, file).toBeGreaterThan(1)
      let text = ''
      for (let i = 1; i <= pdf.numPages; i++) text += (await (await pdf.getPage(i)).getTextContent()).items.map((x) => ('str' in x ? x.str : '')).join(' ')
      expect(text.replace(/\s+/g, ' '), file).toContain(expected)
    }
  }, 150_000)
})
