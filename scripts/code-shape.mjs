#!/usr/bin/env node
/**
 * The code-shape checks of issue 13, read off the TypeScript syntax trees of src/ (no type checking):
 * functions longer than 80 lines, module-level mutable state (a top-level `let`, or a top-level binding
 * made with `new Map`/`new WeakMap`/`new Set`/`new WeakSet` or a typed array), and import cycles among
 * src/'s own modules. `node scripts/code-shape.mjs` prints a report and exits 1 on a cycle; the test
 * (test/code-shape.test.ts) imports `checkShape`.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
// oxc's TypeScript parser (ESTree output), as rolldown exposes it; rolldown comes with vitest. The
// installed `typescript` is the native compiler (7.x), which has no JavaScript API to read trees with.
import {parseSync} from 'rolldown/utils'

const MAX_LINES = 80
// Sets built once as constant word lists are tables, not state; maps, weak maps, typed arrays and `let` are.
const STATEFUL = /^new (Map|WeakMap|(Ui|I)nt(8|16|32)Array|Uint8ClampedArray|Float(32|64)Array)\b/
const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression'])

/** Every .ts file under `dir`, sorted. */
function sources(dir) {
  const out = []
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) out.push(...sources(path))
    else if (entry.endsWith('.ts') && !entry.endsWith('.d.ts')) out.push(path)
  }
  return out
}

/** 1-based line of an offset. */
function lineAt(lineStarts, offset) {
  let lo = 0
  let hi = lineStarts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (lineStarts[mid] <= offset) lo = mid
    else hi = mid - 1
  }
  return lo + 1
}

/** Every node of an ESTree tree with its parent, depth first. */
function walk(node, visit, parent = null) {
  if (!node || typeof node.type !== 'string') return
  visit(node, parent)
  for (const key of Object.keys(node)) {
    const value = node[key]
    if (key === 'parent' || !value || typeof value !== 'object') continue
    if (Array.isArray(value)) for (const child of value) walk(child, visit, node)
    else walk(value, visit, node)
  }
}

/** A function's name, for the report: its own, or the binding or property it is assigned to. */
function nameOf(node, parent) {
  if (node.id?.name) return node.id.name
  if (parent?.type === 'VariableDeclarator') return parent.id.name ?? '(pattern)'
  if ((parent?.type === 'Property' || parent?.type === 'MethodDefinition' || parent?.type === 'PropertyDefinition') && parent.key) return parent.key.name ?? '(computed)'
  return '(anonymous)'
}

function check(path, text, rel) {
  const {program} = parseSync(path, text, {lang: 'ts'})
  const lineStarts = [0]
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1)
  const long = []
  walk(program, (node, parent) => {
    if (!FUNCTIONS.has(node.type) || !node.body) return
    const first = lineAt(lineStarts, node.start)
    const lines = lineAt(lineStarts, node.end) - first + 1
    if (lines > MAX_LINES) long.push({path: rel, name: nameOf(node, parent), line: first, lines})
  })
  const state = []
  const imports = []
  for (let statement of program.body) {
    if ((statement.type === 'ImportDeclaration' || statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportAllDeclaration') && statement.source?.value.startsWith('.')) {
      imports.push(resolve(dirname(path), statement.source.value.replace(/\.js$/, '.ts')))
    }
    if (statement.type === 'ExportNamedDeclaration' && statement.declaration) statement = statement.declaration
    if (statement.type !== 'VariableDeclaration') continue
    for (const d of statement.declarations) {
      const init = d.init ? text.slice(d.init.start, d.init.end) : ''
      if (statement.kind === 'let' || statement.kind === 'var' || STATEFUL.test(init)) {
        state.push({path: rel, name: text.slice(d.id.start, d.id.end).split(':')[0].trim(), line: lineAt(lineStarts, d.start), kind: statement.kind === 'const' ? init.split('(')[0].split('<')[0] : statement.kind})
      }
    }
  }
  return {long, state, imports}
}

/** Cycles of the import graph, each once, as lists of paths (Tarjan's strongly connected components). */
function cycles(graph) {
  let index = 0
  const stack = []
  const info = new Map()
  const out = []
  const strong = (v) => {
    info.set(v, {index, low: index, on: true})
    index++
    stack.push(v)
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue
      if (!info.has(w)) {
        strong(w)
        info.get(v).low = Math.min(info.get(v).low, info.get(w).low)
      } else if (info.get(w).on) info.get(v).low = Math.min(info.get(v).low, info.get(w).index)
    }
    if (info.get(v).low === info.get(v).index) {
      const component = []
      let w
      do {
        w = stack.pop()
        info.get(w).on = false
        component.push(w)
      } while (w !== v)
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.sort())
    }
  }
  for (const v of [...graph.keys()].sort()) if (!info.has(v)) strong(v)
  return out
}

/** The checks over the `src/` of the repository at `root`; paths in the result are relative to it. */
export function checkShape(root) {
  const rel = (p) => relative(root, p).split('\\').join('/')
  const graph = new Map()
  const long = []
  const state = []
  for (const path of sources(join(root, 'src'))) {
    const found = check(path, readFileSync(path, 'utf8'), rel(path))
    long.push(...found.long)
    state.push(...found.state)
    graph.set(path, found.imports)
  }
  return {long, state, cycles: cycles(graph).map((c) => c.map(rel))}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
  const {long, state, cycles: found} = checkShape(root)
  console.log(`Functions over ${MAX_LINES} lines: ${long.length}`)
  for (const f of long) console.log(`  ${f.path}:${f.line} ${f.name} (${f.lines} lines)`)
  console.log(`Module-level mutable bindings: ${state.length}`)
  for (const s of state) console.log(`  ${s.path}:${s.line} ${s.name} (${s.kind})`)
  console.log(`Import cycles: ${found.length}`)
  for (const c of found) console.log(`  ${c.join(' → ')}`)
  process.exitCode = found.length > 0 ? 1 : 0
}
