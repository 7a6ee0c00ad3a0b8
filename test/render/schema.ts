import {readFileSync} from 'node:fs'
import {Ajv2020} from 'ajv/dist/2020.js'

const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'))
const ajv = new Ajv2020({allErrors: true, strict: true})
const validate = ajv.compile(schema)

/** Validate a parsed report.json against `schema/report.schema.json`; errors as "path message" lines. */
export function validateReport(data: unknown): {errors: string[]} {
  if (validate(data)) return {errors: []}
  return {errors: (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`)}
}
