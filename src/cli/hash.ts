import {createHash} from 'node:crypto'
import {closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync} from 'node:fs'
import {dirname, join, relative, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import {lstat, readdir, readFile, stat} from 'node:fs/promises'

/** Name of the file, next to the reports of a case, that records what they were made from. */
export const HASH_FILE = '.regdiff-hash'

export interface HashRecord {
  /** sha256 of the case's input files, the tool's code and the options that shape the output. */
  inputs: string
  /** sha256 of each output file, by file name. */
  files: Record<string, string>
  /** Findings at error severity in that run, so a skipped run still exits as the full run did. */
  errors?: number
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}

// Pieces are encoded straight into a buffer of this size, one per call (a buffer shared between calls
// would be overwritten by a nested call), and handed on when it is full: few hash and write calls, and no
// batch string (joining pieces makes a string that must then be flattened, a copy of its own, which at
// ~100 MB of output per report was most of what writing allocated).
const SCRATCH_BYTES = 1 << 18

/**
 * Encode text given in pieces as UTF-8, handing the bytes to `sink` a buffer at a time (valid only during
 * the call) and hashing them; the bytes are those of `Buffer.from(pieces.join(''))`. Returns their sha256
 * and count.
 */
export function encodeChunks(pieces: Iterable<string | Buffer>, sink: (bytes: Uint8Array) => void): {sha256: string; bytes: number} {
  const hash = createHash('sha256')
  let bytes = 0
  const emit = (data: Uint8Array): void => {
    hash.update(data)
    bytes += data.length
    sink(data)
  }
  const buffer = Buffer.allocUnsafe(SCRATCH_BYTES)
  let used = 0
  const flush = (): void => {
    if (used > 0) emit(buffer.subarray(0, used))
    used = 0
  }
  const put = (text: string): void => {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit, so text that fits by that count fits.
    if (used + text.length * 3 > buffer.length) flush()
    if (text.length * 3 > buffer.length) emit(Buffer.from(text, 'utf8'))
    else used += buffer.write(text, used, 'utf8')
  }
  // A surrogate pair split between two pieces must be encoded whole: its first half waits for the next piece.
  let held = ''
  for (let piece of pieces) {
    if (held) {
      if (typeof piece === 'string') piece = held + piece
      else put(held)
      held = ''
    }
    if (typeof piece !== 'string') {
      flush()
      emit(piece)
      continue
    }
    const last = piece.charCodeAt(piece.length - 1)
    if (last >= 0xd800 && last <= 0xdbff) {
      held = piece.slice(-1)
      piece = piece.slice(0, -1)
    }
    put(piece)
  }
  if (held) put(held)
  flush()
  return {sha256: hash.digest('hex'), bytes}
}

/** sha256 and size of a file, read in pieces; null if it cannot be read. */
export function hashFile(path: string): {sha256: string; bytes: number} | null {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch {
    return null
  }
  try {
    const hash = createHash('sha256')
    const buffer = Buffer.allocUnsafe(1 << 20)
    let bytes = 0
    for (let n; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0; bytes += n) hash.update(buffer.subarray(0, n))
    return {sha256: hash.digest('hex'), bytes}
  } catch {
    return null
  } finally {
    closeSync(fd)
  }
}

// Deep enough for `background/*.md`; a bound keeps a symlink loop or a huge tree from running away.
const MAX_DEPTH = 4

/**
 * Hash every file in a case folder (relative POSIX path + content, in code-unit order). Symlinked
 * folders are not followed (a loop must not hang the hash). Returns null when the folder cannot be
 * read; the pipeline then runs and reports why.
 */
export async function hashCaseInputs(dir: string, extra: string, tool: string): Promise<string | null> {
  const hash = createHash('sha256')
  hash.update(`tool ${tool}\noptions ${extra}\n`)
  try {
    const files: string[] = []
    const walk = async (folder: string, depth: number): Promise<void> => {
      const entries = (await readdir(folder)).sort()
      for (const name of entries) {
        const full = join(folder, name)
        const info = await lstat(full)
        if (info.isDirectory()) {
          if (depth < MAX_DEPTH) await walk(full, depth + 1)
        } else if (info.isSymbolicLink()) {
          const target = await stat(full).catch(() => null)
          if (target?.isFile()) files.push(full)
        } else if (info.isFile()) files.push(full)
      }
    }
    await walk(dir, 0)
    for (const file of files) {
      const content = await readFile(file)
      hash.update(`${relative(dir, file).split(sep).join('/')}\0${content.length}\0`)
      hash.update(content)
    }
  } catch {
    return null
  }
  return hash.digest('hex')
}

/** Written by scripts/bundle.mjs next to the bundle: the sha256 of every file of the bundle, made at build time. */
export const BUNDLE_DIGEST_FILE = 'code-digest.txt'

/**
 * A digest of the running tool: its version, its compiled code (or sources, under vitest), templates and
 * the lock file. Any change to how reports are made invalidates the cached hashes, not only a version bump.
 * Run from the bundle, the code's part is the digest the build wrote (reading and hashing the ~6 MB of dist/
 * cost 30–130 ms of every `regdiff report`, as much as the pipeline on a small case); elsewhere it reads every
 * code file, so a command computes it once and passes it to each case (`hashCaseInputs`).
 */
export function toolFingerprint(): string {
  const here = dirname(fileURLToPath(import.meta.url))
  const codeDir = dirname(here) // src/, dist/src/ or dist/ (from dist/bundle/)
  let root = codeDir
  while (!existsSync(join(root, 'package.json')) && dirname(root) !== root) root = dirname(root)
  const hash = createHash('sha256')
  const add = (folder: string): void => {
    if (!existsSync(folder)) return
    const walk = (current: string): void => {
      for (const name of readdirSync(current).sort()) {
        const full = join(current, name)
        const info = statSync(full)
        if (info.isDirectory()) walk(full)
        else if (/\.(c?js|ts|hbs|css|json)$/.test(name) && !name.endsWith('.d.ts')) {
          hash.update(`${relative(root, full).split(sep).join('/')}\0`)
          hash.update(readFileSync(full))
        }
      }
    }
    walk(folder)
  }
  const bundled = bundleDigest(here)
  if (bundled !== null) hash.update(`bundle\0${bundled}\0`)
  else add(codeDir)
  // Templates are read at run time (loadTemplate checks each against its source), so they are hashed as they are now.
  add(join(root, 'templates'))
  for (const file of ['package.json', 'package-lock.json']) {
    const full = join(root, file)
    if (existsSync(full)) hash.update(readFileSync(full))
  }
  return hash.digest('hex')
}

/** The build's digest of the bundle this code runs from, or null when it does not run from a bundle. */
function bundleDigest(codeDir: string): string | null {
  try {
    const text = readFileSync(join(codeDir, BUNDLE_DIGEST_FILE), 'utf8').trim()
    return /^[0-9a-f]{64}$/.test(text) ? text : null
  } catch {
    return null
  }
}

export function parseHashRecord(text: string): HashRecord | null {
  try {
    const value = JSON.parse(text) as HashRecord
    if (typeof value.inputs !== 'string' || typeof value.files !== 'object' || value.files === null) return null
    return value
  } catch {
    return null
  }
}

/** `digests`: the sha256 of each output file as written, by file name. */
export function formatHashRecord(inputs: string, digests: Record<string, string>, errors: number): string {
  const files: Record<string, string> = {}
  for (const name of Object.keys(digests).sort()) files[name] = digests[name]!
  return JSON.stringify({inputs, files, errors}, null, 2) + '\n'
}
