/**
 * Parses and validates `case.yaml` against `schema/case.schema.json`. Every problem is a fatal message at the
 * YAML line:column of the offending value (the `yaml` package keeps node ranges), because a case whose
 * provenance cannot be read must not produce a report that shows wrong provenance.
 */
import type {ErrorObject, ValidateFunction} from 'ajv'
import {isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document} from 'yaml'
import type {VFile} from 'vfile'
import type {DocumentRole, Point, ProposalForm} from '../types.js'
// ajv's standalone code for schema/case.schema.json, generated and kept identical by
// test/case/schema-validator.test.ts: compiling the schema at run time would cost ~50 ms per CLI start.
import {validate as generatedValidate} from './case-schema-validator.js'

/** `case.yaml` as validated by the schema. */
export interface CaseYaml {
  title?: string
  regulationId?: string
  shortTitle?: string
  ministry?: string
  language?: string
  dates?: Record<string, string>
  proposalForm?: ProposalForm
  documents?: CaseYamlDocument[]
}

export interface CaseYamlDocument {
  role: DocumentRole
  path: string
  status: 'verified' | 'reconstructed' | 'imported' | 'unknown'
  source: string
  title?: string
  /** Written by `regdiff init` (src/import/): where the text was converted from and what was repaired. */
  import?: CaseYamlImport
  remarks?: string[]
}

export interface CaseYamlImport {
  file: string
  sha256: string
  converter: string
  format?: string
  counts?: Record<string, number>
  repairs?: Array<{kind: string; count: number; lines?: number[]}>
  amendments?: string[]
}

export interface ParsedCaseYaml {
  data: CaseYaml
  /** Place of the value at a data path (e.g. `['documents', 2, 'path']`), for later messages. */
  placeOf: (path: Array<string | number>) => Point | undefined
}

const SOURCE = 'regdiff'
const validate = generatedValidate as unknown as ValidateFunction

/** Parse `file` (case.yaml, already decoded) and validate it; throws a fatal VFileMessage on the first problem. */
export function readCaseYaml(file: VFile): ParsedCaseYaml {
  const text = String(file.value)
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, {lineCounter, prettyErrors: false, uniqueKeys: true})
  const toPoint = (offset: number): Point => {
    const {line, col} = lineCounter.linePos(offset)
    return {line, column: col, offset}
  }

  const syntax = doc.errors[0]
  if (syntax) {
    const reason = `case.yaml is not valid YAML: ${firstLine(syntax.message)}`
    file.fail(reason, {ruleId: 'case-yaml-syntax', source: SOURCE, place: toPoint(syntax.pos[0])})
  }

  const placeOf = (path: Array<string | number>): Point | undefined => {
    const node = doc.getIn(path, true)
    if (isNode(node) && node.range) return toPoint(node.range[0])
    return undefined
  }

  const data: unknown = doc.contents === null ? {} : doc.toJS()
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    file.fail('case.yaml must be a mapping of fields (title:, documents: …); see docs/case-format.md', {
      ruleId: 'case-yaml-invalid',
      source: SOURCE,
      place: placeOf([]) ?? {line: 1, column: 1, offset: 0}
    })
  }

  if (!validate(data)) {
    const errors = sortErrors(validate.errors ?? [])
    const first = errors[0]!
    const {reason, place} = describeError(first, doc, placeOf, toPoint)
    const more = errors.length - 1
    const message = file.message(more > 0 ? `${reason} (and ${more} more problem${more === 1 ? '' : 's'} in case.yaml)` : reason, {
      ruleId: 'case-yaml-invalid',
      source: SOURCE,
      ...(place ? {place} : {})
    })
    message.fatal = true
    if (more > 0) message.note = errors.slice(1).map((error) => describeError(error, doc, placeOf, toPoint).reason).join('\n')
    throw message
  }
  return {data: data as CaseYaml, placeOf}
}

/** Most specific first, then document order, so the reported error is the one to fix. */
function sortErrors(errors: ErrorObject[]): ErrorObject[] {
  return [...errors].sort((a, b) => (a.instancePath < b.instancePath ? -1 : a.instancePath > b.instancePath ? 1 : 0))
}

function describeError(
  error: ErrorObject,
  doc: Document,
  placeOf: (path: Array<string | number>) => Point | undefined,
  toPoint: (offset: number) => Point
): {reason: string; place: Point | undefined} {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment))
  const where = path.length === 0 ? 'case.yaml' : path.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('').replace(/^\./, '')
  const params = error.params as Record<string, unknown>
  let place = placeOf(path)
  let reason: string
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params['additionalProperty'])
      place = keyPlace(doc, path, key, toPoint) ?? place
      reason = `unknown field "${key}"${path.length > 0 ? ` in ${where}` : ''} (allowed: see docs/case-format.md)`
      break
    }
    case 'required':
      reason = `${where} is missing the field "${String(params['missingProperty'])}"`
      break
    case 'enum':
      reason = `${where} must be one of ${(params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
      break
    case 'type':
      reason = `${where} must be ${article(String(params['type']))}`
      break
    case 'pattern':
      reason = `${where} has the wrong form (${describePattern(path)})`
      break
    case 'propertyNames':
      reason = `${where} has a field name that is not a plain word`
      break
    case 'minLength':
      reason = `${where} must not be empty`
      break
    default:
      reason = `${where} ${error.message ?? 'is invalid'}`
  }
  return {reason, place}
}

function keyPlace(doc: Document, path: Array<string | number>, key: string, toPoint: (offset: number) => Point): Point | undefined {
  const map = path.length === 0 ? doc.contents : doc.getIn(path, true)
  if (!isMap(map)) return undefined
  for (const item of map.items) {
    if (isPair(item) && isScalar(item.key) && String(item.key.value) === key && item.key.range) return toPoint(item.key.range[0])
  }
  return undefined
}

function describePattern(path: Array<string | number>): string {
  const last = path[path.length - 1]
  if (last === 'regulationId') return 'expected a Lovdata id such as FOR-2023-06-20-1073'
  if (path[0] === 'dates') return 'expected a date YYYY-MM-DD, or YYYY-MM / YYYY when no more is known'
  if (last === 'language') return 'expected a language tag such as nb or nn'
  if (last === 'path') return 'expected a path relative to the case folder, with forward slashes'
  return 'see docs/case-format.md'
}

function article(type: string): string {
  return type === 'object' ? 'a mapping' : type === 'array' ? 'a list' : `a ${type}`
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
}
