import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {REPO, hasStackTrace, listFiles, removeDir, run, tempDir} from './helpers.js'

describe('regdiff usage', () => {
  let dir: string
  beforeEach(async () => {
    dir = await tempDir()
  })
  afterEach(async () => removeDir(dir))

  it('--help prints usage with every command and exit code, exit 0', async () => {
    const result = await run(dir, ['--help'])
    expect(result.code).toBe(0)
    for (const word of ['regdiff report', '--all', 'regdiff lint', 'regdiff instructions', '--check', '--format', '--lang', 'Exit codes']) {
      expect(result.stdout).toContain(word)
    }
    expect(result.stderr).toBe('')
  })

  it('--version prints the package version, exit 0', async () => {
    const pkg = JSON.parse(await readFile(join(REPO, 'package.json'), 'utf8')) as {version: string}
    const result = await run(dir, ['--version'])
    expect(result).toEqual({code: 0, stdout: `${pkg.version}\n`, stderr: ''})
  })

  it('no command prints usage on stderr, exit 2', async () => {
    const result = await run(dir, [])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Usage:')
  })

  it.each([
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['report', '--bogus', 'x'], /Unknown option '--bogus'/],
    [['report', 'x', '--format', 'pdf'], /unknown format 'pdf'/],
    [['report', 'x', '--format', ','], /at least one of/],
    [['report', 'x', '--format', 'json,json-full'], /json and json-full both write report\.json: choose one/],
    [['report', 'x', '--lang', 'de'], /--lang must be nb or en/],
    [['report'], /no case folder given/],
    [['report', 'x', '--all', 'y'], /not both/],
    [['report', '--all', 'does-not-exist'], /cannot read folder does-not-exist/],
    [['lint', 'x', '--check'], /lint takes no/],
    [['lint', 'x', '--watch'], /lint takes no/],
    [['report', 'x', '--watch', '--check'], /cannot be combined with --check/],
    [['instructions'], /exactly one case folder/]
  ])('%j is a usage error, exit 2', async (argv, pattern) => {
    const result = await run(dir, argv)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(pattern)
    expect(result.stderr).toContain("regdiff --help")
    expect(hasStackTrace(result.stderr)).toBe(false)
  })

  it('--all on a folder without case folders is an input error, exit 2', async () => {
    const result = await run(dir, ['report', '--all', '.'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/no case folders in \./)
  })

  it('a case folder that does not exist is an input error naming it, exit 2, nothing written', async () => {
    const result = await run(dir, ['report', 'nowhere/case-x', '--out', 'reports'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('nowhere/case-x')
    expect(result.stderr).toMatch(/error\s+case folder not found\s+case-folder\s+regdiff/)
    expect(await listFiles(dir)).toEqual([])
  })
})
