// Bundles the CLI into dist/bundle/ (run by `npm run build`, after tsc).
//
// Why: a fresh `regdiff report` process spent ~0.2 s just loading ~300 small ES modules (remark, micromark,
// handlebars, yaml …) before reading a byte; the benchmark (issue 7) runs the CLI as a fresh process, and a
// CI job runs it once per case. One pre-linked file loads in about a third of that. The library API
// (`dist/src/index.js`) stays unbundled for programmatic users; only `bin/regdiff.js` uses the bundle.
//
// Code splitting keeps `--version` and `--help` from loading the pipeline (main.ts imports it lazily).
// snowball-stemmers stays external: it is CommonJS loaded through createRequire, which esbuild does not
// follow; it resolves from node_modules as before. pdfjs-dist stays external too: in Node it starts its
// «fake worker» by importing pdf.worker.mjs beside its own file, which a bundled copy does not have (every
// PDF failed with «Setting up fake worker failed»); it is loaded lazily, only by `regdiff init` on a PDF.
import {createHash} from 'node:crypto'
import {readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {build} from 'esbuild'

// Chunk names carry a content hash: clear old ones so dist/ holds exactly one build.
rmSync('dist/bundle', {recursive: true, force: true})

await build({
  entryPoints: {regdiff: 'dist/src/cli/main.js'},
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['snowball-stemmers', 'pdfjs-dist'],
  // CommonJS dependencies bundled into an ES module still call require() for Node built-ins.
  banner: {js: "import {createRequire as __regdiffRequire} from 'node:module'; const require = __regdiffRequire(import.meta.url);"},
  chunkNames: 'chunk-[hash]',
  logLevel: 'warning',
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true
})

// The digest of the bundle, made once here rather than by every `regdiff report` (src/cli/hash.ts,
// toolFingerprint): it names the code in each report's hash record, so a rebuild with other code makes the
// recorded reports stale. Every file of the bundle, by name and content, in code-unit order.
const digest = createHash('sha256')
for (const name of readdirSync('dist/bundle').sort()) {
  digest.update(`${name}\0`)
  digest.update(readFileSync(join('dist/bundle', name)))
}
writeFileSync(join('dist/bundle', 'code-digest.txt'), digest.digest('hex') + '\n')
