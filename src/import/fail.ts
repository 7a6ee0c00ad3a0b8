import type {VFile} from 'vfile'
import type {Point} from '../types.js'

/** Stop the import with a fatal message on the input's VFile (its place where there is one). */
export function fail(file: VFile, reason: string, ruleId: string, place?: Point): never {
  return file.fail(reason, {ruleId, source: 'regdiff', ...(place ? {place} : {})})
}
