/** The entry-into-force date of an instruction-form proposal goes into the case metadata. */
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, expect, test} from 'vitest'
import {runCase} from '../../src/index.js'

const source = new URL('../../regulations/tiltak-2025/', import.meta.url)
const scratch = mkdtempSync(join(tmpdir(), 'regdiff-in-force-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

function caseWith(inForceLine: string | null): string {
  const dir = join(scratch, `tiltak-${inForceLine === null ? 'none' : 'other'}`)
  cpSync(source, dir, {recursive: true})
  const yaml = readFileSync(join(dir, 'case.yaml'), 'utf8')
  const replaced = yaml.replace(/^ {2}inForce: "2025-08-01"\n/m, inForceLine ?? '')
  expect(replaced).not.toBe(yaml)
  writeFileSync(join(dir, 'case.yaml'), replaced)
  return dir
}

test('without inForce in case.yaml, part II ("trer i kraft 1. august 2025") supplies it', async () => {
  const result = await runCase(caseWith(null), {formats: [], lang: 'nb'})
  expect(result.ok).toBe(true)
  expect(result.report?.case.dates['inForce']).toBe('2025-08-01')
  expect(result.messages.filter((m) => m.ruleId === 'in-force-mismatch')).toEqual([])
})

test('when case.yaml says another date it wins, with a warning on proposed.md', async () => {
  const result = await runCase(caseWith('  inForce: "2025-09-01"\n'), {formats: [], lang: 'nb'})
  expect(result.report?.case.dates['inForce']).toBe('2025-09-01')
  const warnings = result.messages.filter((m) => m.ruleId === 'in-force-mismatch')
  expect(warnings.map((m) => [m.file?.endsWith('proposed.md'), m.reason])).toEqual([
    [true, 'Instruksene setter ikrafttredelse til 2025-08-01, men case.yaml oppgir 2025-09-01; rapporten bruker case.yaml']
  ])
})
