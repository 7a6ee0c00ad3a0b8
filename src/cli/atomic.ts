import {lstat, mkdir, rename, unlink, writeFile} from 'node:fs/promises'
import {join} from 'node:path'

let counter = 0

/**
 * Write a set of files into one folder so that a failure never leaves a half-written report:
 * every file goes to a temporary name in the same folder first (same file system, so the rename is
 * atomic), targets are checked before the first rename, and temporaries are removed on any failure.
 */
export async function writeFilesAtomic(dir: string, files: Record<string, string | Buffer>): Promise<void> {
  await mkdir(dir, {recursive: true})
  const names = Object.keys(files).sort()
  const temps = new Map<string, string>()
  try {
    for (const name of names) {
      const temp = join(dir, `.${name}.${process.pid}.${++counter}.tmp`)
      temps.set(name, temp)
      await writeFile(temp, files[name] ?? '', {flag: 'wx'})
    }
    // A target that is a folder (or anything but a file) would make a later rename fail after
    // earlier ones succeeded: refuse before replacing anything.
    for (const name of names) {
      const stat = await lstat(join(dir, name)).catch(() => null)
      if (stat && !stat.isFile()) throw new Error(`cannot replace ${join(dir, name)}: not a regular file`)
    }
    for (const name of names) {
      await rename(temps.get(name)!, join(dir, name))
      temps.delete(name)
    }
  } finally {
    for (const temp of temps.values()) await unlink(temp).catch(() => undefined)
  }
}
