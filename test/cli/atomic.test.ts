import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {writeFilesAtomic} from '../../src/cli/atomic.js'
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
})
