/**
 * `regdiff init` on PDF files through the installed command (bin/regdiff.js, the esbuild bundle), not only
 * through the library: pdf.js starts its worker from a file beside its own module, which a bundled copy of
 * pdf.js did not have, so every PDF failed in the real CLI while the library tests passed.
 */
import {execFile} from 'node:child_process'
import {mkdtemp, readFile, readdir, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {REPO} from '../cli/helpers.js'
import {SHARED} from '../helpers/shared.js'

const BIN = path.join(REPO, 'bin', 'regdiff.js')
const XML = path.join(SHARED, 'inputs/lovdata-xml/sf-20230620-1073.xml')
const FIXTURES = new URL('../fixtures/import/', import.meta.url).pathname

async function spawn(args: string[], cwd: string): Promise<{code: number; stdout: string; stderr: string}> {
  try {
    const {stdout, stderr} = await promisify(execFile)(process.execPath, [BIN, ...args], {cwd})
    return {code: 0, stdout, stderr}
  } catch (error) {
    const failed = error as {code: number; stdout: string; stderr: string}
    return {code: failed.code, stdout: failed.stdout, stderr: failed.stderr}
  }
}

describe('bin/regdiff.js init with a PDF note', () => {
  let dir = ''
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'regdiff-launcher-pdf-'))
  })
  afterAll(async () => {
    await rm(dir, {recursive: true, force: true})
  })

  it('writes the case, with the marks read from the PDF in proposed.md', async () => {
    const result = await spawn(['init', 'case', '--current', XML, '--note', path.join(FIXTURES, 'hoeringsnotat-ips-ung-marks.pdf')], dir)
    expect(result.stderr).not.toMatch(/fake worker|cannot be read/)
    expect(result.code).toBe(0)
    const proposed = await readFile(path.join(dir, 'case', 'proposed.md'), 'utf8')
    expect(proposed).toContain('\n~~a. regelmessig og tilpasset oppfølging av en jobbspesialist~~\n')
    expect(proposed).toContain('deltakeren, ~~og~~ helse- og omsorgstjenesten og *jobbspesialisten*.')
  })

  it('refuses a scanned PDF with the clear message and exit 2, writing nothing', async () => {
    const result = await spawn(['init', 'scan', '--current', XML, '--note', path.join(FIXTURES, 'scan.pdf')], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/no text layer \(a scan or images of text\)/)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect((await readdir(dir)).includes('scan')).toBe(false)
  })
})
