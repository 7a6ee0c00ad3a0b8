// Fallback for machines without GNU time: runs the regdiff CLI in this process and, on exit, prints the
// process's peak RSS as {"maxRSS":<kB>} on stderr for bench/run.js to read.
//   node bench/measure.js <bin/regdiff.js> <args…>
import {pathToFileURL} from 'node:url'

const [script, ...args] = process.argv.slice(2)
process.argv = [process.argv[0], script, ...args]
process.on('exit', () => {
  process.stderr.write(`\n{"maxRSS":${process.resourceUsage().maxRSS}}\n`)
})
await import(pathToFileURL(script).href)
