import {readFileSync, writeFileSync} from 'node:fs'
import {Ajv} from 'ajv'
import * as standaloneModule from 'ajv/dist/standalone/index.js'
import {describe, expect, it} from 'vitest'

const GENERATED = 'src/case/case-schema-validator.ts'

type StandaloneCode = (ajv: Ajv, validate: unknown) => string
// A CommonJS module whose default export is itself a module object under nodenext typing.
const loaded = standaloneModule as unknown as {default: StandaloneCode | {default: StandaloneCode}}
const standaloneCode: StandaloneCode = typeof loaded.default === 'function' ? loaded.default : loaded.default.default

/**
 * The loader validates case.yaml with ajv's standalone output instead of compiling the schema at run time:
 * compiling costs ~50 ms of start-up in every CLI run. This regenerates the code from schema/case.schema.json
 * and checks the committed file is identical (REGDIFF_UPDATE=1 rewrites it).
 */
function generate(): string {
  const schema = JSON.parse(readFileSync('schema/case.schema.json', 'utf8')) as object
  // unicode: false counts minLength in UTF-16 units, which needs no runtime import (only minLength: 1 is used).
  const ajv = new Ajv({allErrors: true, strict: true, unicode: false, logger: false, code: {source: true, esm: true}})
  const code = standaloneCode(ajv, ajv.compile(schema))
  return `// @ts-nocheck\n// Generated from schema/case.schema.json by test/case/schema-validator.test.ts (REGDIFF_UPDATE=1 npx vitest run test/case/schema-validator.test.ts); do not edit.\n${code}\n`
}

describe('the precompiled case.yaml validator', () => {
  it('is the ajv standalone code of schema/case.schema.json', () => {
    const fresh = generate()
    if (process.env['REGDIFF_UPDATE'] === '1') writeFileSync(GENERATED, fresh)
    expect(readFileSync(GENERATED, 'utf8')).toBe(fresh)
  })
})
