import {closeSync, openSync, writeSync} from 'node:fs'
import {lstat, mkdir, rename, unlink} from 'node:fs/promises'
import {join} from 'node:path'
import {encodeChunks} from './hash.js'

/** What a file is written from: its text, its bytes, or its text in pieces (produced while they are written). */
export type FileContent = string | Buffer | Iterable<string>

/** Temporary files in one folder, each next to the file it will replace (file name → temporary path). */
export interface Staging {
  dir: string
  temps: Map<string, string>
}

/**
 * Write a set of files into one folder so that a failure never leaves a half-written report:
 * every file goes to a temporary name in the same folder first (same file system, so the rename is
 * atomic), targets are checked before the first rename, and temporaries are removed on any failure.
 */
export async function writeFilesAtomic(dir: string, files: Record<string, FileContent>): Promise<void> {
  const staging = await openStaging(dir)
  try {
    for (const name of Object.keys(files).sort()) stageFile(staging, name, files[name] ?? '')
  } catch (error) {
    await discardStaging(staging)
    throw error
  }
  await commitStaging(staging)
}

/** Start a set of files for `dir` (created if needed); `stageFile` each, then `commitStaging` or `discardStaging`. */
export async function openStaging(dir: string): Promise<Staging> {
  await mkdir(dir, {recursive: true})
  return {dir, temps: new Map()}
}

/**
 * Write one file of the set to its temporary name, piece by piece (no whole output is ever held), and
 * return the sha256 of the bytes written. On an error, also one thrown while a piece is produced, the
 * caller discards the set (the temporary is already part of it).
 */
/**
 * A new temporary file beside `name`, created exclusively: the first free `.<name>.<pid>.<k>.tmp`, so
 * two stagings in one process (or one left by a crash) never share one, without a counter kept in the module.
 */
function createTemporary(dir: string, name: string): {temp: string; fd: number} {
  for (let k = 1; ; k++) {
    const temp = join(dir, `.${name}.${process.pid}.${k}.tmp`)
    try {
      return {temp, fd: openSync(temp, 'wx')}
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
}

export function stageFile(staging: Staging, name: string, content: FileContent): string {
  const {temp, fd} = createTemporary(staging.dir, name)
  staging.temps.set(name, temp)
  try {
    // Sync writes: the CLI does one thing at a time, and the bytes of a piece can then be reused at once.
    const pieces = typeof content === 'string' || Buffer.isBuffer(content) ? [content] : content
    return encodeChunks(pieces, (bytes) => {
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done)
    }).sha256
  } finally {
    closeSync(fd)
  }
}

/** Rename every staged file onto its target (in name order), or replace nothing if any target cannot be replaced. */
export async function commitStaging(staging: Staging): Promise<void> {
  const names = [...staging.temps.keys()].sort()
  try {
    // A target that is a folder (or anything but a file) would make a later rename fail after
    // earlier ones succeeded: refuse before replacing anything.
    for (const name of names) {
      const stat = await lstat(join(staging.dir, name)).catch(() => null)
      if (stat && !stat.isFile()) throw new Error(`cannot replace ${join(staging.dir, name)}: not a regular file`)
    }
    for (const name of names) {
      await rename(staging.temps.get(name)!, join(staging.dir, name))
      staging.temps.delete(name)
    }
  } finally {
    await discardStaging(staging)
  }
}

/** Remove the temporaries not (yet) renamed. */
export async function discardStaging(staging: Staging): Promise<void> {
  for (const temp of staging.temps.values()) await unlink(temp).catch(() => undefined)
  staging.temps.clear()
}
