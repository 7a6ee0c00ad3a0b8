// A lower bound on any run that reads a pair and writes regdiff's reports, in two parts timed in this process:
// reading both texts as UTF-8 and finding their words once (one regex pass, nothing kept: less than any
// word-level comparison needs), and writing the report files of a finished run (UTF-8 encoding, sha256 for
// .regdiff-hash, writing to disk; reading them back first is not timed). Run as a fresh process by run.js,
// which adds Node's own start-up (`node -e 0`).
//   node bench/floor.js <folder with report.*> <scratch folder> <case folder>
//   → {"readMs": …, "floorMs": …, "bytes": …}
import {createHash} from 'node:crypto'
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

const [from, to, caseDir] = process.argv.slice(2)
const readStarted = process.hrtime.bigint()
let words = 0
for (const name of ['current.md', 'proposed.md']) {
  const text = readFileSync(join(caseDir, name), 'utf8')
  const word = /[\p{L}\p{N}]+/gu
  while (word.exec(text) !== null) words++
}
const readMs = Number(process.hrtime.bigint() - readStarted) / 1e6
// Every report file of the run (all formats): the text ones as strings, as the CLI holds them before writing,
// the Word files as the bytes they are.
const names = readdirSync(from).filter((name) => !name.startsWith('.')).sort()
const texts = names.map((name) => (name.endsWith('.docx') ? readFileSync(join(from, name)) : readFileSync(join(from, name), 'utf8')))
mkdirSync(to, {recursive: true})
const started = process.hrtime.bigint()
let bytes = 0
for (const [i, text] of texts.entries()) {
  const data = typeof text === 'string' ? Buffer.from(text, 'utf8') : text
  createHash('sha256').update(data).digest('hex')
  writeFileSync(join(to, names[i]), data)
  bytes += data.length
}
const floorMs = Number(process.hrtime.bigint() - started) / 1e6
process.stdout.write(`${JSON.stringify({readMs, words, floorMs, bytes})}\n`)
