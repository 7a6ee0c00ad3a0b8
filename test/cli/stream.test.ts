/**
 * The CLI takes the outputs as pieces (RunOptions.consume) and hashes and writes them one by one. A piece
 * that fails to render must fail the case as an internal error, with no report file touched and no
 * temporary left behind, as when the whole string was rendered before anything was written.
 */
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import type * as Render from '../../src/render/index.js'
import {IPS_UNG, copyCase, hasStackTrace, listFiles, removeDir, run, tempDir} from './helpers.js'

// Which format's rendering throws after its first piece (none unless a test sets it).
const failing = vi.hoisted(() => ({format: null as string | null}))
vi.mock('../../src/render/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof Render>()
  return {
    ...original,
    *renderReportChunks(...args: Parameters<typeof Render.renderReportChunks>) {
      const pieces = original.renderReportChunks(...args)
      if (args[1] !== failing.format) return yield* pieces
      yield pieces.next().value as string
      throw new Error('the renderer broke')
    }
  }
})

let dir: string
beforeAll(async () => {
  dir = await tempDir()
  await copyCase(IPS_UNG, join(dir, 'regulations', 'ips-ung'))
})
afterAll(async () => removeDir(dir))

describe('a piece that fails to render', () => {
  it('fails the case as an internal error and leaves the reports on disk as they were, with no temporary file', async () => {
    failing.format = null
    await run(dir, ['report', 'regulations/ips-ung', '--out', 'out'])
    const before = await listFiles(join(dir, 'out'))
    const html = await readFile(join(dir, 'out', 'ips-ung', 'report.html'), 'utf8')
    // JSON comes after HTML: the HTML's temporary is complete when the failure comes, and must go too.
    failing.format = 'json'
    const result = await run(dir, ['report', 'regulations/ips-ung', '--out', 'out', '--force'])
    failing.format = null
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/ips-ung\s+error\s+internal error in case ips-ung: the renderer broke\s+internal-error/)
    expect(hasStackTrace(result.stderr)).toBe(false)
    expect(await listFiles(join(dir, 'out'))).toEqual(before)
    expect(await readFile(join(dir, 'out', 'ips-ung', 'report.html'), 'utf8')).toBe(html)
  })

  it('writes nothing for a new report either', async () => {
    failing.format = 'html'
    const result = await run(dir, ['report', 'regulations/ips-ung', '--out', 'fresh'])
    failing.format = null
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('internal error in case ips-ung: the renderer broke')
    expect(await listFiles(join(dir, 'fresh'))).toEqual([])
  })

  it('fails --check the same way', async () => {
    failing.format = 'md'
    const result = await run(dir, ['report', 'regulations/ips-ung', '--out', 'out', '--check', '--force'])
    failing.format = null
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('internal error in case ips-ung: the renderer broke')
    expect(result.stderr).not.toMatch(/stale|missing/)
  })
})

describe('streamed outputs', () => {
  it('are the bytes renderReport gives, and REGDIFF_TIMINGS shows render and write', async () => {
    const {renderReport} = await vi.importActual<typeof Render>('../../src/render/index.js')
    const {runCase} = await import('../../src/index.js')
    const result = await run(dir, ['report', 'regulations/ips-ung', '--out', 'whole', '--force'], {env: {REGDIFF_TIMINGS: '1'}})
    const {timings} = JSON.parse(result.stderr.split('\n').find((line) => line.startsWith('{"timings":'))!) as {timings: Record<string, number>}
    expect(timings['render']).toBeTypeOf('number')
    expect(timings['write']).toBeTypeOf('number')
    const {report} = await runCase(join(dir, 'regulations', 'ips-ung'), {formats: [], lang: 'nb'})
    for (const format of ['html', 'md', 'json'] as const) {
      const onDisk = await readFile(join(dir, 'whole', 'ips-ung', `report.${format}`), 'utf8')
      expect(onDisk === renderReport(report!, format, {lang: 'nb'}), format).toBe(true)
    }
  })
})
