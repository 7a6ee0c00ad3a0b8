import {cp, mkdtemp, readdir, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {main} from '../../src/cli/main.js'

export const REPO = join(import.meta.dirname, '..', '..')
export const IPS_UNG = join(REPO, 'regulations', 'ips-ung')

export interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Run the CLI in process, as the launcher would, with captured output. */
export async function run(cwd: string, argv: string[], options: {tty?: boolean; env?: Record<string, string>} = {}): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const code = await main({
    argv,
    cwd,
    stdout: {write: (chunk: string) => (stdout += chunk), isTTY: options.tty === true},
    stderr: {write: (chunk: string) => (stderr += chunk), isTTY: options.tty === true},
    env: options.env ?? {}
  })
  return {code, stdout, stderr}
}

/** A fresh temporary folder; removed by the returned function. */
export async function tempDir(prefix = 'regdiff-cli-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix))
}

export async function copyCase(from: string, to: string): Promise<void> {
  await cp(from, to, {recursive: true})
}

/** Every file under a folder, relative, sorted: to assert that nothing partial was left behind. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = []
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, {withFileTypes: true}).catch(() => [])
    for (const entry of entries) {
      const full = join(folder, entry.name)
      if (entry.isDirectory()) await walk(full)
      else out.push(relative(dir, full))
    }
  }
  await walk(dir)
  return out.sort()
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, {recursive: true, force: true})
}

/** No stack trace: no "    at fn (file:line:col)" frames and no Node error dump. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+[:(]\d+:\d+\)?$/m.test(text) || /node:internal/.test(text)
}
