/**
 * `regdiff instructions --parse <file>` on real amending texts: the JSON of issue 14 part 2 on stdout, exit
 * 0 without error diagnostics, 1 with, 2 for a file that cannot be read.
 */
import {writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {SHARED} from '../helpers/shared.js'
import {removeDir, run, tempDir} from './helpers.js'

interface Parsed {
  instructions: Array<{line: number; column: number; text: string; operations: Array<Record<string, string>>}>
  diagnostics: Array<{line: number; column: number; severity: string; ruleId: string; message: string}>
}

describe('regdiff instructions --parse', () => {
  let dir: string
  beforeEach(async () => {
    dir = await tempDir()
  })
  afterEach(async () => removeDir(dir))

  it('prints the instructions of a real proposal with Lovdata targets, renumbering and the 19 renames', async () => {
    const result = await run(dir, ['instructions', '--parse', join(SHARED, 'cases/unseen-dev/dagligvare-tilsyn/proposed.md')])
    expect(result.code).toBe(0)
    const parsed = JSON.parse(result.stdout) as Parsed
    expect(Object.keys(parsed)).toEqual(['instructions', 'diagnostics'])
    const second = parsed.instructions[1]!
    expect(second).toEqual({
      line: 7, column: 1,
      text: '§ 11 fjerde ledd oppheves. Nåværende femte og sjette ledd blir fjerde og femte ledd. Femte ledd skal lyde:',
      operations: [
        {op: 'repeal', target: '§11/ledd/4'},
        {op: 'move', target: '§11/ledd/5', to: '§11/ledd/4'},
        {op: 'move', target: '§11/ledd/6', to: '§11/ledd/5'},
        {op: 'replace', target: '§11/ledd/5'}
      ]
    })
    const renames = parsed.instructions.flatMap((i) => i.operations).filter((o) => o.op === 'rename')
    expect(renames.filter((o) => o.from === 'Dagligvaretilsynet' && o.with === 'Konkurransetilsynet')).toHaveLength(13)
    expect(renames.filter((o) => o.from === 'Markedsrådet')).toHaveLength(6)
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })

  it('reads the one-sentence form of a small amending act (nynorsk)', async () => {
    const result = await run(dir, ['instructions', '--parse', join(SHARED, 'cases/unseen-dev/supplerande-stonad-bortfall/proposed.md')])
    expect(result.code).toBe(0)
    const parsed = JSON.parse(result.stdout) as Parsed
    expect(parsed.instructions[0]?.operations).toEqual([{op: 'insert', target: '§10/ledd/4'}])
  })

  it('reads a Lovtidend XML document by its content', async () => {
    const result = await run(dir, ['instructions', '--parse', join(SHARED, 'inputs/lovtidend/nl-20250620-097.xml')])
    expect(result.code).toBe(0)
    const parsed = JSON.parse(result.stdout) as Parsed
    expect(parsed.instructions[1]?.operations).toEqual([
      {op: 'repeal', target: '§3/ledd/3'},
      {op: 'move', target: '§3/ledd/4', to: '§3/ledd/3'},
      {op: 'move', target: '§3/ledd/5', to: '§3/ledd/4'}
    ])
  })

  it('exits 1 with a positioned Norwegian diagnostic for an instruction it cannot read', async () => {
    const file = join(dir, 'endring.md')
    await writeFile(file, 'I forskrift 11. desember 2015 nr. 1598 om arbeidsmarkedstiltak gjøres følgende endringer:\n\n§ 5 fotnote 1 skal lyde:\n\nNy tekst.\n')
    const result = await run(dir, ['instructions', '--parse', file])
    expect(result.code).toBe(1)
    const parsed = JSON.parse(result.stdout) as Parsed
    expect(parsed.diagnostics).toContainEqual({line: 3, column: 1, severity: 'error', ruleId: 'instruction-unread', message: 'Endringsinstruksen kan ikke leses: «§ 5 fotnote 1 skal lyde:»'})
  })

  it('exits 2, with the file named and nothing on stdout, for a missing or non-text file', async () => {
    const missing = await run(dir, ['instructions', '--parse', 'finnes-ikke.md'])
    expect(missing).toEqual({code: 2, stdout: '', stderr: 'regdiff: finnes-ikke.md: kan ikke leses\n'})
    const binary = join(dir, 'bin.md')
    await writeFile(binary, Buffer.from([0xff, 0xfe, 0x00, 0xc3]))
    const bad = await run(dir, ['instructions', '--parse', binary])
    expect(bad.code).toBe(2)
    expect(bad.stdout).toBe('')
    expect(bad.stderr).toContain('ikke gyldig UTF-8-tekst')
  })

  it('needs exactly one file', async () => {
    const result = await run(dir, ['instructions', '--parse'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('instructions --parse takes exactly one file')
  })
})
