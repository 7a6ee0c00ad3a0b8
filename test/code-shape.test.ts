/**
 * The code-shape rules of issue 13, checked on the syntax trees of src/ by scripts/code-shape.mjs: no
 * import cycles anywhere; in the areas made to follow them already (diff, classify but its rules, text,
 * grammar's splitter/stemmer/tokens, the note reader, the library entry, the report assembly and the CLI),
 * no function over 80 lines and no module-level mutable state. The counts for the whole of src/ are printed for the record.
 */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
// @ts-expect-error: a plain ESM script without type declarations.
import {checkShape} from '../scripts/code-shape.mjs'

interface Shape {
  long: Array<{path: string; name: string; line: number; lines: number}>
  state: Array<{path: string; name: string; line: number; kind: string}>
  cycles: string[][]
}

const root = fileURLToPath(new URL('..', import.meta.url))
const shape = checkShape(root) as Shape

const CLEAN = [
  /^src\/diff\//,
  /^src\/classify\/(?!rules\/|effects\.ts)/,
  /^src\/text\//,
  /^src\/note\//,
  /^src\/grammar\/(sentences|stem|tokens)\.ts$/,
  /^src\/(index|types|meta)\.ts$/,
  /^src\/report\/build\.ts$/,
  /^src\/cli\//,
  /^src\/import\//
]
const clean = (path: string): boolean => CLEAN.some((re) => re.test(path))

describe('code shape', () => {
  it('has no import cycle', () => {
    expect(shape.cycles.filter((c) => c.some(clean))).toEqual([])
  })

  it('has no function over 80 lines in the cleaned areas', () => {
    expect(shape.long.filter((f) => clean(f.path)).map((f) => `${f.path}:${f.line} ${f.name} (${f.lines})`)).toEqual([])
  })

  it('has no module-level Map, WeakMap, typed array or let in the cleaned areas', () => {
    expect(shape.state.filter((s) => clean(s.path)).map((s) => `${s.path}:${s.line} ${s.name}`)).toEqual([])
    console.info(`src/: ${shape.long.length} functions over 80 lines, ${shape.state.length} module-level mutable bindings, ${shape.cycles.length} import cycles`)
  })

  it('finds what it looks for (the checker is not blind)', () => {
    // A small src/ with one of each: a long function, a module-level Map and a let, and a cycle.
    const dir = mkdtempSync(join(tmpdir(), 'regdiff-shape-'))
    try {
      mkdirSync(join(dir, 'src'))
      const body = Array.from({length: 85}, (_, k) => `  const v${k} = ${k}`).join('\n')
      writeFileSync(join(dir, 'src', 'a.ts'), `import {b} from './b.js'\nconst memo = new Map<string, number>()\nlet count = 0\nexport function long(): number {\n${body}\n  return b()\n}\n`)
      writeFileSync(join(dir, 'src', 'b.ts'), `import {long} from './a.js'\nexport const b = (): number => 1\nexport const c = long\n`)
      const found = checkShape(dir) as Shape
      expect(found.long.map((f) => `${f.path} ${f.name}`)).toEqual(['src/a.ts long'])
      expect(found.state.map((x) => `${x.path} ${x.name}`)).toEqual(['src/a.ts memo', 'src/a.ts count'])
      expect(found.cycles).toEqual([['src/a.ts', 'src/b.ts']])
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })
})
