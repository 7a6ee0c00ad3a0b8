// A lower bound on any run that writes regdiff's reports: given the report files of a finished run, time only
// what writing them costs (UTF-8 encoding, sha256 for .regdiff-hash, writing to disk) in this process. Reading
// them back is not timed. Run as a fresh process by run.js, which adds Node's own start-up (`node -e 0`).
//   node bench/floor.js <folder with report.*> <scratch folder>   → {"floorMs": …, "bytes": …}
import {createHash} from 'node:crypto'
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

const [from, to] = process.argv.slice(2)
const names = readdirSync(from).filter((name) => name.startsWith('report.')).sort()
// As the CLI holds them before writing: strings, not bytes.
const texts = names.map((name) => readFileSync(join(from, name), 'utf8'))
mkdirSync(to, {recursive: true})
const started = process.hrtime.bigint()
let bytes = 0
for (const [i, text] of texts.entries()) {
  const data = Buffer.from(text, 'utf8')
  createHash('sha256').update(data).digest('hex')
  writeFileSync(join(to, names[i]), data)
  bytes += data.length
}
const floorMs = Number(process.hrtime.bigint() - started) / 1e6
process.stdout.write(`${JSON.stringify({floorMs, bytes})}\n`)
