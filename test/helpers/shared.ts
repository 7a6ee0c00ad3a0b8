/**
 * Where the project's shared, read-only material lives (`shared/` beside the checkout: the corpus of
 * Lovdata texts and the source texts of the cases). CI clones the repository with `shared/` beside it,
 * so resolve it relative to the checkout, not by an absolute path. `REGDIFF_SHARED` overrides.
 */
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import path from 'node:path'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

function locate(): string {
  const candidates = [process.env['REGDIFF_SHARED'], path.resolve(repoRoot, '..', 'shared'), '/work/shared']
  for (const candidate of candidates) {
    if (candidate && existsSync(path.join(candidate, 'corpus', 'lovdata-sample'))) return candidate
  }
  // Fail loudly rather than skip: these tests are part of what the project promises.
  throw new Error(`shared/ not found (looked in ${candidates.filter(Boolean).join(', ')}); set REGDIFF_SHARED`)
}

export const SHARED = locate()
export const CORPUS = path.join(SHARED, 'corpus', 'lovdata-sample')
