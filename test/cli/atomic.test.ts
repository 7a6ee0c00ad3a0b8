import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {writeFilesAtomic} from '../../src/cli/atomic.js'
import {encodeChunks, sha256} from '../../src/cli/hash.js'
import {listFiles, removeDir, tempDir} from './helpers.js'

describe('writeFilesAtomic', () => {
  let dir: string
  beforeEach(async () => {
    dir = await tempDir()
  })
  afterEach(async () => removeDir(dir))

  it('creates the folder and writes every file', async () => {
    await writeFilesAtomic(join(dir, 'a', 'b'), {'report.md': '# x\n', 'report.json': '{}\n'})
    expect(await listFiles(dir)).toEqual(['a/b/report.json', 'a/b/report.md'])
    expect(await readFile(join(dir, 'a', 'b', 'report.md'), 'utf8')).toBe('# x\n')
  })

  it('replaces existing files whole', async () => {
    await writeFile(join(dir, 'report.md'), 'old old old old')
    await writeFilesAtomic(dir, {'report.md': 'new'})
    expect(await readFile(join(dir, 'report.md'), 'utf8')).toBe('new')
    expect(await listFiles(dir)).toEqual(['report.md'])
  })

  it('replaces nothing and leaves no temporary file when one target cannot be replaced', async () => {
    await writeFile(join(dir, 'report.html'), 'old html')
    await mkdir(join(dir, 'report.md'))
    await expect(writeFilesAtomic(dir, {'report.html': 'new html', 'report.md': 'new md'})).rejects.toThrow(/not a regular file/)
    expect(await readFile(join(dir, 'report.html'), 'utf8')).toBe('old html')
    expect(await listFiles(dir)).toEqual(['report.html'])
  })

  it('fails cleanly when the folder cannot be created', async () => {
    await writeFile(join(dir, 'out'), 'a file where a folder should be')
    await expect(writeFilesAtomic(join(dir, 'out', 'case'), {'report.md': 'x'})).rejects.toThrow()
    expect(await listFiles(dir)).toEqual(['out'])
  })

  it('writes text given in pieces, and on a failure while a piece is produced replaces nothing and leaves nothing', async () => {
    await writeFilesAtomic(dir, {'report.json': ['{', '"a": 1', '}\n'], 'report.md': 'x'})
    expect(await readFile(join(dir, 'report.json'), 'utf8')).toBe('{"a": 1}\n')
    function* broken(): Generator<string> {
      yield 'new'
      throw new Error('render failed')
    }
    await expect(writeFilesAtomic(dir, {'report.html': 'new html', 'report.json': broken()})).rejects.toThrow(/render failed/)
    expect(await listFiles(dir)).toEqual(['report.json', 'report.md'])
    expect(await readFile(join(dir, 'report.json'), 'utf8')).toBe('{"a": 1}\n')
  })
})

describe('encodeChunks', () => {
  it('gives the bytes and hash of the joined text, whatever the pieces (surrogate pairs split between pieces too)', () => {
    const text = 'æøå – 😀'.repeat(30_000) + '\ud800 lone'
    const whole = Buffer.from(text, 'utf8')
    for (const size of [1, 7, 1000, 65_536, 300_000, text.length]) {
      const pieces: string[] = []
      for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size))
      const parts: Buffer[] = []
      const result = encodeChunks(pieces, (bytes) => parts.push(Buffer.from(bytes)))
      expect(Buffer.concat(parts).equals(whole), `pieces of ${size}`).toBe(true)
      expect(result).toEqual({sha256: sha256(whole), bytes: whole.length})
    }
  })
})
