import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {PRECOMPILED_FILE, precompiledTemplates} from '../../src/render/templates.js'

const FILE = new URL(`../../templates/${PRECOMPILED_FILE}`, import.meta.url)

describe('precompiled templates', () => {
  // The renderer falls back to compiling a template whose source changed, so a stale file only costs
  // time; this keeps the committed file current (UPDATE_TEMPLATES=1 rewrites it).
  it('templates/compiled.cjs is what the .hbs files compile to now', () => {
    const expected = precompiledTemplates()
    if (process.env['UPDATE_TEMPLATES'] === '1' || !existsSync(FILE)) {
      writeFileSync(FILE, expected)
      if (process.env['UPDATE_TEMPLATES'] !== '1') throw new Error(`${PRECOMPILED_FILE} was missing and has been written; rerun`)
    }
    expect(readFileSync(FILE, 'utf8') === expected, `${PRECOMPILED_FILE} is stale: UPDATE_TEMPLATES=1 npx vitest run test/render/templates.test.ts`).toBe(true)
  })
})
