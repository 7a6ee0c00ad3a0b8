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
import {rmSync} from 'node:fs'
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
  legalComments: 'none'
})
