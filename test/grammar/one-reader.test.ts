/**
 * Issue 13: the legal language is read once, in src/grammar/. Read off the syntax trees of src/ (oxc, as
 * scripts/code-shape.mjs does), not off comments: no regular expression or pattern string outside the
 * grammar reads a cited section («§» then a number), no other month table, one Snowball stemmer, one
 * jsdiff word diff.
 */
import {readFileSync, readdirSync, statSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseSync} from 'rolldown/utils'
import {describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))

function sources(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) out.push(...sources(path))
    else if (entry.endsWith('.ts') && !entry.endsWith('.d.ts')) out.push(path)
  }
  return out
}

interface Pattern {
  path: string
  line: number
  /** The regex pattern, or the value of a string or template piece. */
  source: string
  /** The module a string names in an `import` declaration. */
  imported?: boolean
}

/** Every regex literal, string literal and template piece of src/, with its file and line. */
function patterns(): Pattern[] {
  const out: Pattern[] = []
  for (const file of sources(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8')
    const path = relative(root, file).split('\\').join('/')
    const line = (offset: number): number => text.slice(0, offset).split('\n').length
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return
      if (Array.isArray(node)) return node.forEach(walk)
      const n = node as {type?: string; start: number; regex?: {pattern: string}; value?: unknown; source?: {value: string}}
      if (n.type === 'ImportDeclaration' && n.source) out.push({path, line: line(n.start), source: n.source.value, imported: true})
      if (n.type === 'Literal' && n.regex) out.push({path, line: line(n.start), source: n.regex.pattern})
      else if (n.type === 'Literal' && typeof n.value === 'string') out.push({path, line: line(n.start), source: n.value})
      else if (n.type === 'TemplateElement') out.push({path, line: line(n.start), source: (n.value as {raw: string}).raw})
      for (const [key, value] of Object.entries(n)) if (key !== 'parent') walk(value)
    }
    walk(parseSync(file, text).program)
  }
  return out
}

const all = patterns()

// A pattern that reads a cited section: «§» followed, within a few characters and not inside a character
// class with other signs, by a digit class (`§\s*\d`, `§§?\s*(\d+`); or a pattern piece that ends in «§»
// and its space, to be joined with a label pattern (`'§§?\\s*' + LABEL`).
const CITATION = /§[^\]]{0,12}?(?:\\d|\[0-9|\\p\{N\})|§§?\??\\s[*+?]?\(?$/u

// Places outside src/grammar that still read «§ 3-2» themselves, each with its reason: the section *headings*
// of a document being parsed or imported, and the amendment-instruction applier, all outside the citation
// work of issue 13 (they belong to a heading reader and the instruction reader, still to be moved into the
// grammar). A folder (ending in «/») is left to the work that owns it; a file listed that no longer has such a
// pattern fails the test, so the list of files only shrinks.
const HEADING_READERS: Record<string, string> = {
  'src/parse/scan.ts': 'section heading lines of the regulation being parsed',
  'src/parse/index.ts': 'the «§ 3-2.» prefix of a heading title',
  'src/import/': 'section headings and repeal sentences of documents being imported (PDF text, Lovdata HTML, a note being split)',
  'src/instructions/': 'the amendment-instruction applier (its reading moves to src/grammar/instruction*.ts)'
}
const exempt = (path: string): boolean => Object.keys(HEADING_READERS).some((place) => (place.endsWith('/') ? path.startsWith(place) : path === place))

describe('one reader of the legal language (issue 13)', () => {
  it('no citation pattern outside src/grammar/ but the heading readers listed', () => {
    const outside = all.filter((p) => !p.path.startsWith('src/grammar/') && CITATION.test(p.source))
    expect(outside.filter((p) => !exempt(p.path)).map((p) => `${p.path}:${p.line} ${p.source}`)).toEqual([])
    const stale = Object.keys(HEADING_READERS).filter((place) => !place.endsWith('/') && !outside.some((p) => p.path === place))
    expect(stale, 'listed files that no longer read «§ n»: take them off the list').toEqual([])
  })

  it('finds the citation patterns it is meant to find (the grammar\'s own)', () => {
    expect(all.filter((p) => p.path === 'src/grammar/references.ts' && CITATION.test(p.source)).length).toBeGreaterThan(0)
  })

  it('one month table: no month name as a string or pattern outside src/grammar/', () => {
    const months = /\b(?:januar|februar|august|september|oktober|desember)\b/u
    expect(all.filter((p) => !p.path.startsWith('src/grammar/') && months.test(p.source)).map((p) => `${p.path}:${p.line}`)).toEqual([])
  })

  it('one stemmer and one word diff: snowball-stemmers only in grammar/stem.ts, jsdiff only in diff/words.ts', () => {
    expect([...new Set(all.filter((p) => p.source === 'snowball-stemmers').map((p) => p.path))]).toEqual(['src/grammar/stem.ts'])
    expect([...new Set(all.filter((p) => p.imported && p.source === 'diff').map((p) => p.path))]).toEqual(['src/diff/words.ts'])
  })
})
