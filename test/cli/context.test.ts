/**
 * A RunContext shared by the cases of one process (report --all, --watch) reuses the stemmer, parsed chunks
 * and unchanged notes: every real case must give the same outputs and the same messages with it as without,
 * in either order and when run again.
 */
import {readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {createRunContext, runCase, type CaseResult} from '../../src/index.js'
import {REPO} from './helpers.js'

const CASES = readdirSync(join(REPO, 'regulations'), {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => join(REPO, 'regulations', entry.name))
  .sort()

const OPTIONS = {formats: ['html', 'md', 'json', 'answer', 'consolidated'] as const, lang: 'nb' as const}

function summary(result: CaseResult): {ok: boolean; outputs: Record<string, string>; messages: string[]} {
  return {
    ok: result.ok,
    outputs: result.outputs,
    messages: result.messages.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId} ${m.fatal} ${m.reason}`)
  }
}

describe('runCase with a shared RunContext', () => {
  it('gives every real case the same outputs and messages as a run on its own, in a batch and when run again', {timeout: 240_000}, async () => {
    expect(CASES.length).toBeGreaterThanOrEqual(5)
    const alone = new Map<string, ReturnType<typeof summary>>()
    for (const dir of CASES) alone.set(dir, summary(await runCase(dir, {...OPTIONS, formats: [...OPTIONS.formats]})))
    const context = createRunContext()
    // Backwards, then forwards: each case runs after others have filled the context, and after itself.
    for (const dir of [...CASES].reverse().concat(CASES)) {
      const shared = summary(await runCase(dir, {...OPTIONS, formats: [...OPTIONS.formats], context}))
      expect(shared.ok, dir).toBe(true)
      expect(shared.messages, dir).toEqual(alone.get(dir)!.messages)
      expect(shared.outputs, dir).toEqual(alone.get(dir)!.outputs)
    }
    expect(context.chunks.size).toBeGreaterThan(0)
  })

  it('parses a note again only when its text changed', async () => {
    const context = createRunContext()
    const dir = join(REPO, 'regulations', 'ips-ung')
    const first = await runCase(dir, {formats: [], lang: 'nb', context})
    const second = await runCase(dir, {formats: [], lang: 'nb', context})
    expect(first.report?.note).toBeTruthy()
    // The same tree object: the note was not parsed again.
    expect(second.report?.note).toBe(first.report?.note)
    const other = await runCase(join(REPO, 'regulations', 'dagligvare-tilsyn'), {formats: [], lang: 'nb', context})
    expect(other.report?.note).not.toBe(first.report?.note)
  })
})
