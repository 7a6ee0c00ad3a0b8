// Small-case speed (issue 18): a fresh `regdiff report` of one real case against a bare `node -e 0`, a batch
// of real cases in one `regdiff report --all` run, and `regdiff report --watch` regenerating a case after a
// save. Speed goals live here, never in unit tests. Machine noise (other jobs on the same cores) hits both
// sides of a ratio alike because the runs are interleaved round by round; figures are medians.
//
//   node bench/startup.js [--rounds 11] [--case regulations/ips-ung] [--format html,md,json]
//                         [--batch DIR | --no-batch] [--no-watch] [--bin path/to/regdiff.js] [--json]
//
// --bin runs another build's launcher (e.g. /work/wt/old/bin/regdiff.js) for before/after figures; --watch
// is skipped for a launcher that does not know it.
import {spawn, spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs'
import {cpus, loadavg, tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const USAGE = `usage: node bench/startup.js [options]
  --rounds N        interleaved rounds for the fresh-process figure (default 11)
  --case DIR        the small case (default regulations/ips-ung)
  --format LIST     formats of the fresh-process and watch runs (default html,md,json, as bench/run.js)
  --batch DIR       a folder of case folders for the batch figure (default: built from /work/shared, see
                    bench/README.md); --no-batch skips it
  --batch-size N    cases in the built batch (default 40)
  --no-watch        skip the watch figure
  --keep            keep the built batch and the reports (the folder is printed)
  --bin PATH        the regdiff launcher (default bin/regdiff.js of this checkout)
  --json            also print the results as JSON
`
const argv = process.argv.slice(2)
if (argv.includes('--help') || argv.includes('-h')) {
  process.stdout.write(USAGE)
  process.exit(0)
}
const flag = (name) => argv.includes(name)
const option = (name, fallback) => {
  const i = argv.indexOf(name)
  return i === -1 ? fallback : argv[i + 1]
}
const bin = resolve(option('--bin', join(root, 'bin', 'regdiff.js')))
const rounds = Number(option('--rounds', 11))
const caseDir = resolve(root, option('--case', 'regulations/ips-ung'))
const format = option('--format', 'html,md,json')
const TIME = '/usr/bin/time'
const TARGETS = {ratio: 3, batchSeconds: 0.1, watchMs: 100}

function log(line = '') {
  process.stdout.write(`${line}\n`)
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Wall time of one run (ms) and, with GNU time, its CPU time (user + system, ms). */
function timed(cmd, args, env = process.env) {
  const useTime = existsSync(TIME)
  const started = process.hrtime.bigint()
  const result = useTime
    ? spawnSync(TIME, ['-f', '@@%U %S', cmd, ...args], {cwd: root, env, encoding: 'utf8'})
    : spawnSync(cmd, args, {cwd: root, env, encoding: 'utf8'})
  const wall = Number(process.hrtime.bigint() - started) / 1e6
  const line = useTime ? result.stderr.split('\n').find((l) => l.startsWith('@@')) : undefined
  const cpu = line ? line.slice(2).split(' ').reduce((sum, s) => sum + Number(s) * 1000, 0) : null
  const stderr = useTime ? result.stderr.split('\n').filter((l) => !l.startsWith('@@')).join('\n') : result.stderr
  return {wall, cpu, status: result.status, stderr}
}

function fresh(out) {
  const args = [bin, 'report', caseDir, '--out', out, '--force', '--format', format]
  // One untimed warm-up of each: the file cache then holds node, the bundle and the case alike.
  timed(process.execPath, ['-e', '0'])
  const warm = timed(process.execPath, args)
  if (warm.status !== 0 && warm.status !== 1) throw new Error(`regdiff failed (${warm.status}): ${warm.stderr}`)
  const nodeRuns = []
  const caseRuns = []
  for (let round = 0; round < rounds; round++) {
    // Alternate which goes first so neither always follows the other.
    const pair = round % 2 ? [() => caseRuns.push(timed(process.execPath, args)), () => nodeRuns.push(timed(process.execPath, ['-e', '0']))] : [() => nodeRuns.push(timed(process.execPath, ['-e', '0'])), () => caseRuns.push(timed(process.execPath, args))]
    for (const step of pair) step()
  }
  const ratios = caseRuns.map((run, i) => run.wall / nodeRuns[i].wall)
  const timings = timed(process.execPath, args, {...process.env, REGDIFF_TIMINGS: '1'})
  const phases = timings.stderr.split('\n').filter((l) => l.startsWith('{"timings"')).map((l) => JSON.parse(l).timings)
  return {
    node: {wall: median(nodeRuns.map((r) => r.wall)), cpu: nodeRuns[0].cpu === null ? null : median(nodeRuns.map((r) => r.cpu))},
    regdiff: {wall: median(caseRuns.map((r) => r.wall)), cpu: caseRuns[0].cpu === null ? null : median(caseRuns.map((r) => r.cpu))},
    ratio: median(ratios),
    phases: phases[0] ?? null
  }
}

// ---------------------------------------------------------------------------------------------------------
// The batch: real Lovdata texts, each against a copy with a few edits of the kinds real amendments make.

const SAMPLE = '/work/shared/corpus/lovdata-sample'
const HISTORY = '/work/shared/corpus/lovdata-historie'

/** Seeded PRNG (mulberry32): the same batch on every machine. */
function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Real wording enacted as new text of a provision (the quoted lines of Lovdata's amendment history). */
function enactedWordings() {
  const out = []
  for (const name of readdirSync(HISTORY).filter((n) => n.endsWith('.md') && n !== 'README.md').sort()) {
    for (const line of readFileSync(join(HISTORY, name), 'utf8').split('\n')) {
      const text = line.startsWith('> ') ? line.slice(2).trim() : ''
      if (text.length > 80 && text.length < 300 && /^[A-ZÆØÅ]/.test(text) && /\.$/.test(text) && !/[*#|]/.test(text)) out.push(text)
    }
  }
  return out
}

/** The paragraphs (ledd) of a text that lie inside a section: lines of plain prose after a § heading. */
function leddLines(lines) {
  const out = []
  let inSection = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (/^#{1,6} /.test(line)) inSection = /^#{1,6} §/.test(line)
    else if (inSection && /^[A-ZÆØÅ]/.test(line) && line.length > 60 && !line.startsWith('*')) out.push(i)
  }
  return out
}

// The edits: a time limit or amount changed, «kan» made «skal», a sentence struck, a new ledd in enacted wording.
const EDITS = [
  (line) => line.replace(/(\d+)(\s+(?:dager|uker|måneder|år|prosent|kroner|timer))/u, (_m, n, unit) => `${Number(n) + 1}${unit}`),
  (line) => line.replace(/ kan /u, ' skal '),
  (line) => {
    const cut = line.lastIndexOf('. ', line.length - 3)
    return cut > 40 ? line.slice(0, cut + 1) : line
  },
  (line, wording) => `${line}\n\n${wording}`
]

function editText(text, seed, wordings) {
  const next = random(seed)
  const lines = text.split('\n')
  const candidates = leddLines(lines)
  const edits = Math.min(candidates.length, 2 + Math.floor(next() * 4))
  for (let k = 0; k < edits; k++) {
    const at = candidates[Math.floor(next() * candidates.length)]
    const edit = EDITS[Math.floor(next() * EDITS.length)]
    lines[at] = edit(lines[at], wordings[Math.floor(next() * wordings.length)])
  }
  return lines.join('\n')
}

/**
 * Write the batch: every text of the Lovdata sample between 1 and 250 kB (the 0.6 and 0.9 MB regulations are
 * the 1 MB bench's business), each against `variants` edited copies, as case folders with current.md and
 * proposed.md; then the real cases of regulations/ (with their notes). Returns the folder.
 */
function buildBatch(dir, size) {
  const wordings = enactedWordings()
  const texts = readdirSync(SAMPLE).filter((n) => n.endsWith('.md') && n !== 'SOURCES.md').sort()
    .map((name) => ({name: name.replace(/\.md$/, ''), text: readFileSync(join(SAMPLE, name), 'utf8')}))
    // Texts with sections (an amending act is instructions, not a text in force) of Lovdata's usual sizes.
    .filter(({text}) => text.length >= 1000 && text.length <= 250_000 && (text.match(/^#{1,6} §/gmu) ?? []).length >= 3)
  const real = readdirSync(join(root, 'regulations')).sort()
  let made = 0
  for (let variant = 0; made < size - real.length; variant++) {
    for (const {name, text} of texts) {
      if (made >= size - real.length) break
      const caseDir = join(dir, `${name}-${variant + 1}`)
      spawnSync('mkdir', ['-p', caseDir])
      writeFileSync(join(caseDir, 'current.md'), text)
      writeFileSync(join(caseDir, 'proposed.md'), editText(text, 1000 * variant + made, wordings))
      made++
    }
  }
  for (const name of real) spawnSync('cp', ['-r', join(root, 'regulations', name), join(dir, name)])
  return dir
}

function batch(dir, out) {
  const names = readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory())
  const bytes = names.reduce((sum, n) => sum + ['current.md', 'proposed.md'].reduce((s, f) => s + (existsSync(join(dir, n, f)) ? statSync(join(dir, n, f)).size : 0), 0), 0)
  const args = [bin, 'report', '--all', dir, '--out', out, '--force', '--format', format]
  const runs = []
  for (let round = 0; round < 3; round++) runs.push(timed(process.execPath, args))
  const failed = runs.find((r) => r.status !== 0 && r.status !== 1)
  if (failed) throw new Error(`regdiff --all failed (${failed.status}): ${failed.stderr.slice(0, 2000)}`)
  const wall = median(runs.map((r) => r.wall))
  const cpu = runs[0].cpu === null ? null : median(runs.map((r) => r.cpu))
  return {cases: names.length, inputBytes: bytes, wall, cpu, perCase: wall / names.length / 1000}
}

/**
 * `report --watch` on a copy of the case: the proposal is saved `saves` times (a word toggled), and each save
 * is timed from the write to the line the watch prints; the line itself says how long the regeneration took.
 */
async function watchFigure(dir, out, saves = 9) {
  spawnSync('cp', ['-r', caseDir, dir])
  const child = spawn(process.execPath, [bin, 'report', '--watch', dir, '--out', out, '--format', format], {cwd: root, stdio: ['ignore', 'ignore', 'pipe']})
  let stderr = ''
  const waiters = []
  child.stderr.on('data', (chunk) => {
    stderr += chunk
    for (const waiter of waiters.splice(0)) waiter()
  })
  const lines = (text) => stderr.split('\n').filter((line) => line.includes(text)).length
  const until = async (text, count) => {
    while (lines(text) < count) {
      if (child.exitCode !== null) throw new Error(`watch exited: ${stderr.slice(0, 2000)}`)
      await new Promise((resolve) => {
        waiters.push(resolve)
        setTimeout(resolve, 100)
      })
    }
  }
  await until('regdiff: watching', 1)
  const proposed = join(dir, 'proposed.md')
  const original = readFileSync(proposed, 'utf8')
  const latencies = []
  for (let save = 1; save <= saves; save++) {
    // Let the previous regeneration settle, so each save is one regeneration.
    await new Promise((resolve) => setTimeout(resolve, 300))
    const started = process.hrtime.bigint()
    writeFileSync(proposed, save % 2 ? original.replace(/ skal /u, ' kan ') : original)
    await until(': regenerated', save)
    latencies.push(Number(process.hrtime.bigint() - started) / 1e6)
  }
  child.kill('SIGINT')
  const code = await new Promise((resolve) => child.on('exit', resolve))
  const regenerations = stderr.split('\n').filter((line) => line.includes(': regenerated')).map((line) => Number(/in (\d+) ms/.exec(line)?.[1]))
  // The first regeneration after start still runs code the first report did not reach: shown apart.
  return {first: regenerations[0], regeneration: median(regenerations.slice(1)), latency: median(latencies.slice(1)), exit: code}
}

function printWatch(result) {
  log(`## Watch: regdiff report --watch ${caseDir.slice(root.length + 1)} (--format ${format}), the proposal saved 9 times`)
  log(`regeneration (as printed): first ${result.first} ms, then median ${Math.round(result.regeneration)} ms  (target ≤ ${TARGETS.watchMs} ms: ${result.regeneration <= TARGETS.watchMs ? 'met' : 'missed'})`)
  log(`from the save to the printed line (includes the ${40} ms quiet time): median ${Math.round(result.latency)} ms; Ctrl-C exit code ${result.exit}`)
  log()
}

function printBatch(result, source) {
  log(`## Batch: regdiff report --all (--format ${format}), ${result.cases} cases, ${(result.inputBytes / 1e6).toFixed(1)} MB of current.md + proposed.md`)
  log(`cases: ${source}`)
  log(`one run, median of 3: ${(result.wall / 1000).toFixed(2)} s = ${result.perCase.toFixed(3)} s per case  (target ≤ ${TARGETS.batchSeconds} s: ${result.perCase <= TARGETS.batchSeconds ? 'met' : 'missed'})`)
  if (result.cpu !== null) log(`CPU time (user + system) of that run: ${(result.cpu / 1000).toFixed(2)} s = ${(result.cpu / result.cases / 1000).toFixed(3)} s per case`)
  log()
}

const fmt = (ms) => (ms === null ? '–' : `${Math.round(ms)} ms`)

function printFresh(result) {
  log(`## Fresh process: ${caseDir.slice(root.length + 1)} (--format ${format}), ${rounds} interleaved rounds`)
  log(`node -e 0         wall ${fmt(result.node.wall)}  cpu ${fmt(result.node.cpu)}`)
  log(`regdiff report    wall ${fmt(result.regdiff.wall)}  cpu ${fmt(result.regdiff.cpu)}`)
  log(`ratio (median of per-round ratios): ${result.ratio.toFixed(2)}×  (target ≤ ${TARGETS.ratio}×: ${result.ratio <= TARGETS.ratio ? 'met' : 'missed'})`)
  if (result.phases) log(`phases in that process (ms): ${JSON.stringify(result.phases)}`)
  log()
}

const results = {machine: {cpus: cpus().length, load: loadavg().map((n) => n.toFixed(2)).join(' '), node: process.version}}
log(`node ${process.version}, ${cpus().length} CPUs, load average ${results.machine.load}, launcher ${bin}`)
log()
const out = mkdtempSync(join(tmpdir(), 'regdiff-startup-'))
try {
  results.fresh = fresh(out)
  printFresh(results.fresh)
  if (!flag('--no-batch')) {
    const given = option('--batch', null)
    const dir = given ? resolve(given) : buildBatch(join(out, 'batch'), Number(option('--batch-size', 40)))
    results.batch = batch(dir, join(out, 'batch-reports'))
    printBatch(results.batch, given ? dir : 'built from /work/shared/corpus/lovdata-sample (edited copies) and regulations/; see bench/README.md')
  }
  const help = spawnSync(process.execPath, [bin, '--help'], {encoding: 'utf8'}).stdout
  if (!flag('--no-watch') && help.includes('--watch')) {
    results.watch = await watchFigure(join(out, 'watch-case'), join(out, 'watch-reports'))
    printWatch(results.watch)
  }
} finally {
  if (flag('--keep')) log(`kept: ${out}`)
  else rmSync(out, {recursive: true, force: true})
}
if (flag('--json')) log(JSON.stringify(results, null, 2))
