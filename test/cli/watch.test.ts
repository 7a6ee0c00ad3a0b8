/**
 * `regdiff report --watch`: one process regenerates a case when one of its files is saved, prints a line
 * per regeneration, and exits 0 on Ctrl-C. On a copy of the real IPS ung case; no timing is asserted (speed
 * is measured in bench/startup.js).
 */
import {spawn} from 'node:child_process'
import {readFile, stat, utimes, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {main} from '../../src/cli/main.js'
import {IPS_UNG, REPO, copyCase, hasStackTrace, removeDir, tempDir} from './helpers.js'

let work: string | null = null
afterEach(async () => {
  if (work) await removeDir(work)
  work = null
})

/** Resolves when `read()` includes `text` `count` times (polled; the test's own timeout bounds it). */
async function until(read: () => string, text: string, count = 1): Promise<void> {
  while (read().split(text).length - 1 < count) await new Promise((resolve) => setTimeout(resolve, 25))
}

async function prepare(): Promise<{dir: string; out: string}> {
  work = await tempDir('regdiff-watch-')
  const dir = join(work, 'ips-ung')
  await copyCase(IPS_UNG, dir)
  return {dir, out: join(work, 'reports')}
}

describe('regdiff report --watch', () => {
  it('regenerates a case when its proposal is saved, reports the new wording, and stops with exit 0', {timeout: 120_000}, async () => {
    const {dir, out} = await prepare()
    let stderr = ''
    const stop = new AbortController()
    const exit = main({
      argv: ['report', '--watch', dir, '--out', out, '--format', 'md,json'],
      cwd: work!,
      stdout: {write: () => true},
      stderr: {write: (chunk: string) => (stderr += chunk)},
      env: {},
      signal: stop.signal
    })
    await until(() => stderr, 'regdiff: watching case ips-ung')
    const before = JSON.parse(await readFile(join(out, 'ips-ung', '.regdiff-hash'), 'utf8')) as {inputs: string}
    expect(await readFile(join(out, 'ips-ung', 'report.md'), 'utf8')).not.toContain('tjuefem')

    const proposed = join(dir, 'proposed.md')
    const text = await readFile(proposed, 'utf8')
    expect(text).toContain('under 30 år')
    await writeFile(proposed, text.replace('under 30 år', 'under tjuefem år'))
    await until(() => stderr, 'ips-ung: regenerated')

    const after = JSON.parse(await readFile(join(out, 'ips-ung', '.regdiff-hash'), 'utf8')) as {inputs: string}
    expect(after.inputs).not.toBe(before.inputs)
    expect(await readFile(join(out, 'ips-ung', 'report.md'), 'utf8')).toContain('tjuefem')
    // A second save, of the note (a changed text, so the note is parsed again), is a second regeneration.
    const note = join(dir, 'note.md')
    await writeFile(note, (await readFile(note, 'utf8')) + '\nEt nytt avsnitt om tjuefemåringer.\n')
    await until(() => stderr, 'ips-ung: regenerated', 2)

    stop.abort()
    expect(await exit).toBe(0)
    expect(stderr).toContain('regdiff: stopped watching')
    expect(hasStackTrace(stderr)).toBe(false)
  })

  it('as a process: a touched file rewrites the hash record, and Ctrl-C (SIGINT) exits 0', {timeout: 120_000}, async () => {
    const {dir, out} = await prepare()
    const child = spawn(process.execPath, [join(REPO, 'bin', 'regdiff.js'), 'report', '--watch', dir, '--out', out, '--format', 'md'], {cwd: work!})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    await until(() => stderr, 'regdiff: watching case ips-ung')
    const record = join(out, 'ips-ung', '.regdiff-hash')
    const first = await stat(record)

    const now = new Date(Date.now() + 5_000)
    await utimes(join(dir, 'current.md'), now, now)
    await until(() => stderr, 'ips-ung: regenerated')
    // Written again (atomically: a new file renamed into place), with the same content: nothing changed.
    const second = await stat(record)
    expect(second.ino !== first.ino || second.mtimeMs !== first.mtimeMs).toBe(true)

    child.kill('SIGINT')
    expect(await exited).toBe(0)
    expect(stderr).toContain('regdiff: stopped watching')
    expect(hasStackTrace(stderr)).toBe(false)
  })
})
