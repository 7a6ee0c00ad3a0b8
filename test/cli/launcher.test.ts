/**
 * The installed command: bin/regdiff.js runs the bundled CLI (dist/bundle/, built by `npm install` / `npm run
 * build`) as a separate process, with the exit code and streams main() returns.
 */
import {execFile} from 'node:child_process'
import {existsSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {REPO} from './helpers.js'

const BIN = join(REPO, 'bin', 'regdiff.js')

async function spawn(args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  try {
    const {stdout, stderr} = await promisify(execFile)(process.execPath, [BIN, ...args], {cwd: REPO})
    return {code: 0, stdout, stderr}
  } catch (error) {
    const failed = error as {code: number; stdout: string; stderr: string}
    return {code: failed.code, stdout: failed.stdout, stderr: failed.stderr}
  }
}

describe('bin/regdiff.js', () => {
  it('is built (npm install and npm run build compile src/ to dist/ and bundle the CLI)', () => {
    expect(existsSync(join(REPO, 'dist', 'src', 'cli', 'main.js')), 'run npm run build').toBe(true)
    expect(existsSync(join(REPO, 'dist', 'bundle', 'regdiff.js')), 'run npm run build').toBe(true)
  })

  it('prints the version and exits 0', async () => {
    const pkg = JSON.parse(await readFile(join(REPO, 'package.json'), 'utf8')) as {version: string}
    expect(await spawn(['--version'])).toEqual({code: 0, stdout: `${pkg.version}\n`, stderr: ''})
  })

  it('exits 2 with a usage message, and no stack trace, on a bad option', async () => {
    const result = await spawn(['report', '--no-such-option'])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^regdiff: Unknown option '--no-such-option'/)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('exits 2 naming a case folder that does not exist', async () => {
    const result = await spawn(['lint', 'regulations/no-such-case'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('regulations/no-such-case  error  case folder not found')
  })
})
