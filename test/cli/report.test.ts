/**
 * `regdiff report`, `--check` and `lint` run in process on copies of the real IPS ung case: exit codes,
 * determinism, atomic writes, stale/missing detection, batches with a broken case.
 */
import {mkdir, readFile, rm, stat, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {IPS_UNG, REPO, copyCase, hasStackTrace, listFiles, removeDir, run, tempDir} from './helpers.js'

const TILTAK = join(REPO, 'regulations', 'tiltak-2025')

// Every output a report run writes by default, and the input hash (see docs/report.md).
const OUTPUTS = ['answer.docx', 'answer.md', 'consolidated.md', 'report.docx', 'report.html', 'report.json', 'report.md']
const WRITTEN = ['ips-ung/.regdiff-hash', ...OUTPUTS.map((name) => `ips-ung/${name}`)]

let work: string
/** Exit code of a clean run on IPS ung (0, or 1 if the case has findings at error severity). */
let cleanCode: number

beforeAll(async () => {
  work = await tempDir()
  await copyCase(IPS_UNG, join(work, 'regulations', 'ips-ung'))
  const first = await run(work, ['report', '--all', 'regulations', '--out', 'reports'])
  cleanCode = first.code
})
afterAll(async () => removeDir(work))

async function fresh(name: string): Promise<string> {
  const dir = join(work, name)
  await copyCase(IPS_UNG, join(dir, 'regulations', 'ips-ung'))
  return dir
}

describe('regdiff report', () => {
  it('writes report.html, report.md, report.json and the input hash for every case, and prints nothing when not on a TTY', async () => {
    expect(cleanCode).toBeLessThan(2)
    expect(await listFiles(join(work, 'reports'))).toEqual(WRITTEN)
    const json = JSON.parse(await readFile(join(work, 'reports', 'ips-ung', 'report.json'), 'utf8')) as {case: {id: string}}
    expect(json.case.id).toBe('ips-ung')
    const html = await readFile(join(work, 'reports', 'ips-ung', 'report.html'), 'utf8')
    expect(html).toMatch(/<html[^>]*lang="nb"/)
    expect(html).toContain('§ 3-2')
  })

  it('gives byte-identical reports on a second run, also when forced to regenerate', async () => {
    const dir = await fresh('determinism')
    await run(dir, ['report', 'regulations/ips-ung', '--out', 'a'])
    await run(dir, ['report', 'regulations/ips-ung', '--out', 'b', '--force'])
    for (const name of WRITTEN) {
      expect(await readFile(join(dir, 'b', name), 'utf8'), name).toBe(await readFile(join(dir, 'a', name), 'utf8'))
    }
  })

  it('skips an unchanged case without touching its files', async () => {
    const dir = await fresh('skip')
    await run(dir, ['report', 'regulations/ips-ung', '--out', 'reports'])
    const before = (await stat(join(dir, 'reports', 'ips-ung', 'report.html'))).mtimeMs
    await new Promise((resolve) => setTimeout(resolve, 20))
    await copyCase(IPS_UNG, join(dir, 'regulations', 'second'))
    const again = await run(dir, ['report', '--all', 'regulations', '--out', 'reports'], {tty: true})
    expect(again.code).toBe(cleanCode)
    expect(again.stderr).toMatch(/^\[1\/2\] ips-ung: unchanged \(reports\/ips-ung\)$/m)
    expect(again.stderr).toMatch(/^\[2\/2\] second: written \(reports\/second\)$/m)
    expect((await stat(join(dir, 'reports', 'ips-ung', 'report.html'))).mtimeMs).toBe(before)
  })

  it('gives the same bytes wherever the case folder is (no absolute path reaches a report)', async () => {
    const dir = await fresh('elsewhere/deeper/still')
    await run(dir, ['report', 'regulations/ips-ung', '--out', 'reports'])
    for (const name of WRITTEN) {
      const here = await readFile(join(dir, 'reports', name), 'utf8')
      expect(here, name).toBe(await readFile(join(work, 'reports', name), 'utf8'))
      expect(here).not.toContain(work)
    }
  })

  it('exits 1 on a diagnostic at error severity, still writes the reports, and says so again when skipping', async () => {
    const dir = await tempDir()
    try {
      const caseDir = join(dir, 'regulations', 'tiltak-2025')
      await copyCase(TILTAK, caseDir)
      const proposed = join(caseDir, 'proposed.md')
      // An amendment instruction aimed at a section the regulation does not have cannot be applied.
      await writeFile(proposed, (await readFile(proposed, 'utf8')).replace('§ 5-3 første ledd skal lyde:', '§ 5-9 første ledd skal lyde:'))
      const result = await run(dir, ['report', 'regulations/tiltak-2025', '--out', 'reports'])
      expect(result.code).toBe(1)
      expect(result.stderr).toMatch(/regulations\/tiltak-2025\/proposed\.md:\d+:1\s+error\s+§ 5-9 finnes ikke i gjeldende tekst.*instruction-target-missing\s+regdiff/)
      expect(await listFiles(join(dir, 'reports'))).toHaveLength(OUTPUTS.length + 1)
      const again = await run(dir, ['report', 'regulations/tiltak-2025', '--out', 'reports'])
      expect(again.code).toBe(1)
      expect(again.stderr).toContain("tiltak-2025: unchanged, with 1 error(s) (run 'regdiff lint regulations/tiltak-2025' to see them)")
      const lint = await run(dir, ['lint', 'regulations/tiltak-2025'])
      expect(lint.code).toBe(1)
      expect(lint.stderr).toContain('instruction-target-missing')
    } finally {
      await removeDir(dir)
    }
  })

  it('colours diagnostics only on a TTY', async () => {
    const dir = await tempDir()
    try {
      await copyCase(TILTAK, join(dir, 'regulations', 'tiltak-2025'))
      const plain = await run(dir, ['lint', 'regulations/tiltak-2025'])
      const tty = await run(dir, ['lint', 'regulations/tiltak-2025'], {tty: true})
      expect(plain.stderr).not.toContain('\u001b[')
      expect(tty.stderr).toContain('\u001b[')
      expect(tty.stderr.replace(/\u001b\[\d+m/g, '')).toBe(plain.stderr)
    } finally {
      await removeDir(dir)
    }
  })

  it('--format json-full writes report.json in the self-contained form', async () => {
    const dir = await fresh('json-full')
    const result = await run(dir, ['report', 'regulations/ips-ung', '--out', 'out', '--format', 'json-full'])
    expect(result.code).toBe(cleanCode)
    expect(await listFiles(join(dir, 'out'))).toEqual(['ips-ung/.regdiff-hash', 'ips-ung/report.json'])
    const report = JSON.parse(await readFile(join(dir, 'out', 'ips-ung', 'report.json'), 'utf8')) as {jsonForm: string; diff: {segments: Array<{ops: Array<{text?: string}>}>}}
    expect(report.jsonForm).toBe('full')
    expect(report.diff.segments.every((s) => s.ops.every((op) => typeof op.text === 'string'))).toBe(true)
  })

  it('--format and --lang choose what is written', async () => {
    const dir = await fresh('formats')
    const result = await run(dir, ['report', 'regulations/ips-ung', '--out', 'out', '--format', 'md,json', '--lang', 'en'])
    expect(result.code).toBe(cleanCode)
    // English files sit beside the Norwegian ones and never replace them; each language keeps its own hash record.
    expect(await listFiles(join(dir, 'out'))).toEqual(['ips-ung/.regdiff-hash.en', 'ips-ung/report.en.json', 'ips-ung/report.en.md'])
    const nb = await run(dir, ['report', 'regulations/ips-ung', '--out', 'out', '--format', 'md'])
    expect(nb.code).toBe(cleanCode)
    expect(await listFiles(join(dir, 'out'))).toEqual(['ips-ung/.regdiff-hash', 'ips-ung/.regdiff-hash.en', 'ips-ung/report.en.json', 'ips-ung/report.en.md', 'ips-ung/report.md'])
    const en = await readFile(join(dir, 'out', 'ips-ung', 'report.en.md'), 'utf8')
    expect(en).toContain('What the proposal changes')
    expect(en).not.toBe(await readFile(join(dir, 'out', 'ips-ung', 'report.md'), 'utf8'))
  })

  it('on a TTY prints a progress line per case when several run; silent otherwise', async () => {
    const dir = await fresh('progress')
    await copyCase(IPS_UNG, join(dir, 'regulations', 'ips-ung-2'))
    const tty = await run(dir, ['report', '--all', 'regulations', '--out', 'out'], {tty: true})
    expect(tty.stderr).toMatch(/^\[1\/2\] ips-ung: written \(out\/ips-ung\)$/m)
    expect(tty.stderr).toMatch(/^\[2\/2\] ips-ung-2: written \(out\/ips-ung-2\)$/m)
    const quiet = await run(dir, ['report', '--all', 'regulations', '--out', 'out2'])
    expect(quiet.stderr).not.toMatch(/\[1\/2\]|written/)
    const single = await run(dir, ['report', 'regulations/ips-ung', '--out', 'out3', '--force'], {tty: true})
    expect(single.stderr).not.toMatch(/\[1\/1\]|written/)
  })

  it('REGDIFF_TIMINGS=1 prints one JSON line of phase timings per case', async () => {
    const dir = await fresh('timings')
    const result = await run(dir, ['report', 'regulations/ips-ung', '--out', 'out'], {env: {REGDIFF_TIMINGS: '1'}})
    const line = result.stderr.split('\n').find((text) => text.startsWith('{"timings":'))
    expect(line).toBeDefined()
    const {timings, case: id} = JSON.parse(line!) as {timings: Record<string, number>; case: string}
    expect(id).toBe('ips-ung')
    for (const phase of ['load', 'parse', 'align', 'diff', 'classify', 'link', 'render', 'total']) {
      expect(timings[phase], phase).toBeTypeOf('number')
    }
    expect(timings['total']).toBeGreaterThan(0)
  })

  it('a failure while writing leaves no partial file and exits 2', async () => {
    const dir = await fresh('failure')
    // A folder where report.md should go: the write of that format must fail.
    await mkdir(join(dir, 'out', 'ips-ung', 'report.md'), {recursive: true})
    const result = await run(dir, ['report', 'regulations/ips-ung', '--out', 'out'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/out\/ips-ung\s+error\s+cannot write the report: .*nothing was replaced\s+write-failed/)
    expect(hasStackTrace(result.stderr)).toBe(false)
    // Nothing else appeared: no report.html or report.json, no temporary file.
    expect(await listFiles(join(dir, 'out'))).toEqual([])
  })

  it('a batch with one broken case still writes the others, and exits 2', async () => {
    const dir = await fresh('batch')
    await copyCase(IPS_UNG, join(dir, 'regulations', 'broken'))
    await writeFile(join(dir, 'regulations', 'broken', 'proposed.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))
    await copyCase(IPS_UNG, join(dir, 'regulations', 'later'))
    const result = await run(dir, ['report', '--all', 'regulations', '--out', 'out'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('regulations/broken/proposed.md:1:')
    const files = await listFiles(join(dir, 'out'))
    expect(files.filter((file) => file.startsWith('broken/'))).toEqual([])
    expect(files.filter((file) => file.startsWith('ips-ung/'))).toHaveLength(OUTPUTS.length + 1)
    expect(files.filter((file) => file.startsWith('later/'))).toHaveLength(OUTPUTS.length + 1)
  })

  it('two case folders with the same name in one run: the second is refused, exit 2', async () => {
    const dir = await fresh('same-name')
    await copyCase(IPS_UNG, join(dir, 'other', 'ips-ung'))
    const result = await run(dir, ['report', 'regulations/ips-ung', 'other/ips-ung', '--out', 'out'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/other\/ips-ung\s+error\s+another case in this run is also named 'ips-ung'/)
    expect(await listFiles(join(dir, 'out'))).toHaveLength(OUTPUTS.length + 1)
  })
})

describe('regdiff report --check', () => {
  async function checked(name: string): Promise<string> {
    const dir = await fresh(name)
    await run(dir, ['report', '--all', 'regulations', '--out', 'reports'])
    return dir
  }

  it('exits with the clean code and writes nothing when reports are current', async () => {
    const dir = await checked('check-fresh')
    const before = await listFiles(dir)
    const result = await run(dir, ['report', '--all', 'regulations', '--out', 'reports', '--check'])
    expect(result.code).toBe(cleanCode)
    expect(result.stderr).not.toMatch(/stale|missing/)
    expect(await listFiles(dir)).toEqual(before)
  })

  it('regenerates in memory when the hash is out of date, and still finds current reports current', async () => {
    const dir = await checked('check-hash-stale')
    await writeFile(join(dir, 'reports', 'ips-ung', '.regdiff-hash'), '{"inputs":"0","files":{}}\n')
    const result = await run(dir, ['report', '--all', 'regulations', '--out', 'reports', '--check'])
    expect(result.code).toBe(cleanCode)
    expect(result.stderr).not.toMatch(/stale|missing/)
  })

  it('lists every stale file when an input changed, exit 1, and writes nothing', async () => {
    const dir = await checked('check-stale')
    const proposed = join(dir, 'regulations', 'ips-ung', 'proposed.md')
    await writeFile(proposed, (await readFile(proposed, 'utf8')).replace('inntil ett år. Samlet', 'inntil to år. Samlet'))
    const html = await readFile(join(dir, 'reports', 'ips-ung', 'report.html'), 'utf8')
    const result = await run(dir, ['report', '--all', 'regulations', '--out', 'reports', '--check'])
    expect(result.code).toBe(1)
    for (const name of ['report.html', 'report.json', 'report.md']) expect(result.stderr).toContain(`stale: reports/ips-ung/${name}`)
    expect(result.stderr).toMatch(/npm run report/)
    expect(await readFile(join(dir, 'reports', 'ips-ung', 'report.html'), 'utf8')).toBe(html)
  })

  it('finds a report edited by hand even though the inputs are unchanged', async () => {
    const dir = await checked('check-edited')
    const md = join(dir, 'reports', 'ips-ung', 'report.md')
    await writeFile(md, (await readFile(md, 'utf8')) + '\nEn hånd har vært her.\n')
    const result = await run(dir, ['report', '--all', 'regulations', '--out', 'reports', '--check'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('stale: reports/ips-ung/report.md')
    expect(result.stderr).not.toContain('report.html')
  })

  it('lists missing files, exit 1', async () => {
    const dir = await checked('check-missing')
    await rm(join(dir, 'reports', 'ips-ung', 'report.html'))
    await rm(join(dir, 'reports', 'ips-ung', 'report.json'))
    const result = await run(dir, ['report', '--all', 'regulations', '--out', 'reports', '--check'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('missing: reports/ips-ung/report.html')
    expect(result.stderr).toContain('missing: reports/ips-ung/report.json')
    expect(await listFiles(join(dir, 'reports'))).toEqual(WRITTEN.filter((name) => !/report\.(html|json)$/.test(name)))
  })

  it('with no reports at all lists every output as missing', async () => {
    const dir = await fresh('check-none')
    const result = await run(dir, ['report', '--all', 'regulations', '--out', 'reports', '--check'])
    expect(result.code).toBe(1)
    expect(result.stderr.match(/^missing: /gm)).toHaveLength(OUTPUTS.length)
    expect(await listFiles(dir)).not.toContain('reports/ips-ung/report.md')
  })
})

describe('regdiff lint', () => {
  it('prints diagnostics, writes nothing, exits with the clean code', async () => {
    const dir = await fresh('lint')
    const before = await listFiles(dir)
    const result = await run(dir, ['lint', 'regulations/ips-ung'])
    expect(result.code).toBe(cleanCode)
    expect(result.stdout).toBe('')
    expect(await listFiles(dir)).toEqual(before)
  })

  it('exits 2 on a case that cannot be read, with the place', async () => {
    const dir = await fresh('lint-bad')
    await writeFile(join(dir, 'regulations', 'ips-ung', 'case.yaml'), 'title: [unclosed\n')
    const result = await run(dir, ['lint', '--all', 'regulations'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/regulations\/ips-ung\/case\.yaml:\d+:\d+\s+error\s+.*case-yaml-syntax/)
    expect(hasStackTrace(result.stderr)).toBe(false)
  })
})

describe('regdiff instructions', () => {
  it('prints the IPS ung proposal as amendment instructions on stdout, exit 0, writes nothing', async () => {
    const dir = await fresh('instructions')
    const before = await listFiles(dir)
    const result = await run(dir, ['instructions', 'regulations/ips-ung'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^I forskrift 20\. juni 2023 nr\. 1073 om oppfølgingstiltak .* gjøres følgende endringer:$/m)
    for (const line of ['§ 3-1 skal lyde:', '§ 3-2 skal lyde:', '§ 3-6 oppheves.']) expect(result.stdout).toContain(line)
    // § 3-4 is not in the proposal: a partial proposal leaves it as it is.
    expect(result.stdout).not.toContain('§ 3-4')
    expect(await listFiles(dir)).toEqual(before)
  })

  it('exits 2 with the place on a case that cannot be read', async () => {
    const dir = await fresh('instructions-bad')
    await writeFile(join(dir, 'regulations', 'ips-ung', 'current.md'), '')
    const result = await run(dir, ['instructions', 'regulations/ips-ung'])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/regulations\/ips-ung\/current\.md\s+error\s+the file is empty\s+empty-file/)
  })
})

describe('--debug', () => {
  it('shows the stack of a case that could not be processed only when asked', async () => {
    const dir = await fresh('debug')
    const proposed = join(dir, 'regulations', 'ips-ung', 'proposed.md')
    // Thousands of nested block quotes exhaust the parser's recursion (see test/fixtures/bad/deep-nesting).
    await writeFile(proposed, (await readFile(proposed, 'utf8')) + '\n' + '>'.repeat(5000) + ' dypt\n')
    const plain = await run(dir, ['lint', 'regulations/ips-ung'])
    const debug = await run(dir, ['lint', 'regulations/ips-ung', '--debug'])
    for (const result of [plain, debug]) {
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(/regulations\/ips-ung\s+error\s+case ips-ung could not be processed: .*input-too-complex/)
    }
    expect(hasStackTrace(plain.stderr)).toBe(false)
    expect(hasStackTrace(debug.stderr)).toBe(true)
    expect(debug.stderr).toMatch(/RangeError: Maximum call stack size exceeded/)
  })
})

describe('amendment instructions without case.yaml', () => {
  it('are recognised, applied, and the report says the form was read from the text', async () => {
    const dir = await tempDir()
    try {
      await copyCase(TILTAK, join(dir, 'regulations', 'tiltak'))
      await rm(join(dir, 'regulations', 'tiltak', 'case.yaml'))
      const result = await run(dir, ['report', 'regulations/tiltak', '--out', 'out', '--format', 'json'])
      expect(result.code).toBe(0)
      const report = JSON.parse(await readFile(join(dir, 'out', 'tiltak', 'report.json'), 'utf8')) as {
        diff: {form: string; formReason: string; changes: Array<{instruction: {text: string} | null}>}
      }
      expect(report.diff.form).toBe('instructions')
      expect(report.diff.formReason).toMatch(/ikke oppgitt i saken, så den er utledet av teksten/)
      expect(report.diff.changes.length).toBeGreaterThan(0)
      expect(report.diff.changes.every((change) => change.instruction !== null)).toBe(true)
    } finally {
      await removeDir(dir)
    }
  })
})
