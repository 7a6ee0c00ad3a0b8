/**
 * `regdiff init` through the CLI: writes the case, refuses to replace one without --force, writes nothing
 * on an error (exit 2 with the file named); and `regdiff report` on case folders holding documents it cannot
 * read (a note.docx where note.md is missing, a PDF named .md) or text pasted from a PDF points at init.
 */
import {copyFile, mkdir, readFile, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {listFiles, run, tempDir} from '../cli/helpers.js'
import {SHARED} from '../helpers/shared.js'

const XML = path.join(SHARED, 'inputs/lovdata-xml/sf-20230620-1073.xml')
const NOTE = path.join(SHARED, 'cases/ips-ung/hoeringsnotat-ips-ung-2026.txt')
const FIXTURES = new URL('../fixtures/import/', import.meta.url).pathname
const cleanup: string[] = []
afterEach(async () => {
  for (const dir of cleanup.splice(0)) await rm(dir, {recursive: true, force: true})
})
async function temp(): Promise<string> {
  const dir = await tempDir('regdiff-init-')
  cleanup.push(dir)
  return dir
}

describe('regdiff init', () => {
  it('writes current.md, proposed.md, note.md and case.yaml, and the case reports', async () => {
    const dir = await temp()
    const init = await run(dir, ['init', 'case', '--current', XML, '--note', NOTE])
    expect(init.code).toBe(0)
    expect(init.stderr).toMatch(/warning\s+the note says § 3-6 is to be repealed/)
    expect(await listFiles(path.join(dir, 'case'))).toEqual(['case.yaml', 'current.md', 'note.md', 'proposed.md'])
    const yaml = await readFile(path.join(dir, 'case', 'case.yaml'), 'utf8')
    expect(yaml).toMatch(/status: imported/)
    expect(yaml).toMatch(/sha256: [0-9a-f]{64}/)
    const report = await run(dir, ['report', 'case', '--out', 'out', '--format', 'md'])
    expect(report.code).toBeLessThan(2)
    const md = await readFile(path.join(dir, 'out', 'case', 'report.md'), 'utf8')
    expect(md).toMatch(/\*\*Importert\*\*/)
    expect(md).toMatch(/Importert med regdiff init fra «sf-20230620-1073\.xml» \(sha256 [0-9a-f]{64}\)/)
  })

  it('refuses to replace a case without --force, and replaces it with --force', async () => {
    const dir = await temp()
    await mkdir(path.join(dir, 'case'))
    await writeFile(path.join(dir, 'case', 'current.md'), '# Mine\n')
    const refused = await run(dir, ['init', 'case', '--current', XML, '--note', NOTE])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/already holds a case \(current\.md\); nothing was written\. Use --force/)
    expect(await readFile(path.join(dir, 'case', 'current.md'), 'utf8')).toBe('# Mine\n')
    const forced = await run(dir, ['init', 'case', '--current', XML, '--note', NOTE, '--force'])
    expect(forced.code).toBe(0)
    expect(await readFile(path.join(dir, 'case', 'current.md'), 'utf8')).toMatch(/^---\ntittel: "Forskrift om oppfølgingstiltak/)
  })

  it.each([
    ['an encrypted PDF note', ['--note', path.join(FIXTURES, 'encrypted.pdf')], /encrypted\.pdf.*encrypted with a password/],
    ['a scanned PDF note', ['--note', path.join(FIXTURES, 'scan.pdf')], /scan\.pdf.*no text layer/],
    ['a current text that is a web page, not Lovdata', ['--note', NOTE, '--current-html'], /not a Lovdata document/]
  ])('writes nothing on %s (exit 2, the file named)', async (_what, args, message) => {
    const dir = await temp()
    let argv = ['init', 'case', '--current', XML, ...args]
    if (args.includes('--current-html')) {
      await writeFile(path.join(dir, 'page.html'), '<!DOCTYPE html><html><body><p>Forskrift</p></body></html>')
      argv = ['init', 'case', '--current', 'page.html', '--note', NOTE]
    }
    const result = await run(dir, argv)
    expect(result.code).toBe(2)
    expect(result.stderr.replace(/\n\s+/g, ' ')).toMatch(message)
    expect(await listFiles(dir)).toEqual(argv.includes('page.html') ? ['page.html'] : [])
  })

  it('needs --current and one case folder', async () => {
    const dir = await temp()
    expect((await run(dir, ['init', 'case', '--note', NOTE])).stderr).toMatch(/init needs --current/)
    expect((await run(dir, ['init', '--current', XML])).code).toBe(2)
  })
})

describe('regdiff report on documents it cannot read', () => {
  async function caseWith(files: Record<string, string | Buffer>): Promise<string> {
    const dir = await temp()
    await mkdir(path.join(dir, 'case'))
    for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, 'case', name), content)
    return dir
  }
  const current = '# Forskrift\n\n#### § 1. Formål\n\nForskriften gjelder tiltak.\n'

  it('names a note.docx where note.md is missing, and says how to import it', async () => {
    const dir = await caseWith({'current.md': current, 'proposed.md': current})
    await copyFile(path.join(FIXTURES, 'note-tracked-changes.docx'), path.join(dir, 'case', 'note.docx'))
    const result = await run(dir, ['lint', 'case'])
    expect(result.stderr.replace(/\n\s+/g, ' ')).toMatch(/note\.docx.*is not read.*regdiff init \(--note note\.docx\)/)
  })

  it('names a PDF saved as proposed.md and says to use regdiff init (exit 2)', async () => {
    const dir = await caseWith({'current.md': current})
    await copyFile(path.join(FIXTURES, 'note.pdf'), path.join(dir, 'case', 'proposed.md'))
    const result = await run(dir, ['lint', 'case'])
    expect(result.code).toBe(2)
    expect(result.stderr.replace(/\n\s+/g, ' ')).toMatch(/proposed\.md:1:1.*this is a PDF file, not Markdown text.*regdiff init/)
  })

  it('names a missing current.md with the current.pdf beside it', async () => {
    const dir = await caseWith({'proposed.md': current})
    await copyFile(path.join(FIXTURES, 'note.pdf'), path.join(dir, 'case', 'current.pdf'))
    const result = await run(dir, ['lint', 'case'])
    expect(result.code).toBe(2)
    expect(result.stderr.replace(/\n\s+/g, ' ')).toMatch(/missing current\.md.*current\.pdf is here.*regdiff init \(--current current\.pdf\)/)
  })

  it('warns that a proposal pasted from a PDF (a page number, hyphenated words) should be imported with regdiff init', async () => {
    const pasted = [
      '§ 8-7. Varighet', '', 'Tiltaket kan ha en varighet på inntil ett år. For personer med nedsatt arbeids-', 'evne kan tiltaket ha en varighet på inntil tre år, og for deltakere i opp-', 'læring inntil fire år.', '', '14', '', 'Høringsnotat – tiltaksforskriften', '',
      'Tiltaket kan forlenges.', ''
    ].join('\n')
    const dir = await caseWith({'current.md': current, 'proposed.md': pasted})
    const result = await run(dir, ['lint', 'case'])
    expect(result.stderr.replace(/\n\s+/g, ' ')).toMatch(/proposed\.md:3:1\s+warning\s+this text looks pasted from a PDF \(1 page-number line\(s\), 2 word\(s\) hyphenated at a line end\).*regdiff init/)
  })
})

describe('a binary file named .md', () => {
  it('is an error at the NUL byte that says regdiff init converts published documents', async () => {
    const dir = await temp()
    await mkdir(path.join(dir, 'case'))
    await writeFile(path.join(dir, 'case', 'current.md'), '# Forskrift\n\n#### § 1. Formål\n\nTekst.\n')
    await writeFile(path.join(dir, 'case', 'proposed.md'), Buffer.from([0x23, 0x20, 0x41, 0x0a, 0x00, 0x01]))
    const result = await run(dir, ['lint', 'case'])
    expect(result.code).toBe(2)
    expect(result.stderr.replace(/\n\s+/g, ' ')).toMatch(/proposed\.md:2:1.*NUL byte.*regdiff init/)
  })
})
