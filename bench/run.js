// The benchmark behind `npm run bench`: regdiff's CLI end to end (every format, a fresh process per run)
// against `git diff --no-index --word-diff=porcelain` on the same synthetic pair, interleaved round by round so
// that machine noise hits both alike. Prints median wall time, the median of the per-round ratios to git, peak
// RSS, and regdiff's own time per phase (REGDIFF_TIMINGS=1). Then pathological inputs, each run once with a
// time bound. Speed goals live here, never in unit tests.
//
//   node bench/run.js [--sizes 1,10] [--share 0.05] [--rounds 5] [--bound 120] [--no-pathological]
//                     [--only-pathological] [--profile] [--keep] [--json] [--bin path/to/regdiff.js] [--help]
// --bin runs another build's launcher (e.g. one built from an older commit) for before/after figures.
// --profile adds one run per size under `node --cpu-prof` and prints the functions with the most self time.
// (through npm: npm run bench -- --sizes 0.25,0.5,1 --no-pathological). --sizes with several values and --share
// show whether time grows linearly in size and in the number of changed sections.
import {spawn} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs'
import {cpus, loadavg, tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {generateCase, generatePathological} from './generate.js'
import {generateLovdataCase} from './generate-lovdata.js'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const USAGE = `usage: node bench/run.js [options]   (npm run bench -- [options])
  --sizes 1,10          synthetic case sizes in MB (default 1,10)
  --share 0.05          share of sections changed (default 0.05)
  --generators a,b      which generators write the pairs: synthetic (bench/generate.js) and lovdata
                        (bench/generate-lovdata.js, other habits); default both
  --formats LIST        regdiff's --format (default: every format, as \`regdiff report\` writes by default)
  --rounds N            timed rounds per size (default 5 below 10 MB, else 3)
  --bound 120           time bound per run, seconds (default 120)
  --no-pathological     skip the pathological inputs
  --only-pathological   only the pathological inputs
  --profile             one extra run per size under node --cpu-prof; prints the top self time
  --keep                keep the generated cases and outputs
  --json                also print the results as JSON
  --bin PATH            the regdiff launcher to run (default bin/regdiff.js of this checkout)
  --help                this text
`
const argvEarly = process.argv.slice(2)
if (argvEarly.includes('--help') || argvEarly.includes('-h')) {
  process.stdout.write(USAGE)
  process.exit(0)
}
const binIndex = argvEarly.indexOf('--bin')
const bin = binIndex === -1 ? join(root, 'bin', 'regdiff.js') : resolve(argvEarly[binIndex + 1])
const measureWrapper = join(root, 'bench', 'measure.js')
const TIME = '/usr/bin/time'
const TARGETS = {1: {ratio: 10}, 10: {ratio: 5, rssMb: 300}}

const argv = process.argv.slice(2)
const flag = (name) => argv.includes(name)
const option = (name, fallback) => {
  const i = argv.indexOf(name)
  return i === -1 ? fallback : argv[i + 1]
}
const sizes = String(option('--sizes', '1,10')).split(',').map(Number).filter((n) => n > 0)
const roundsOption = option('--rounds', null)
const bound = Number(option('--bound', 120)) * 1000
const share = Number(option('--share', 0.05))
const generators = String(option('--generators', 'synthetic,lovdata')).split(',').filter(Boolean)
const formats = option('--formats', null)
// Each generator with its own seeds, so a size gives the same pair every time.
const GENERATORS = {
  synthetic: (dir, sizeMb) => generateCase(dir, {sizeMb, seed: 20260626 + Math.round(sizeMb * 100), share}),
  lovdata: (dir, sizeMb) => generateLovdataCase(dir, {sizeMb, seed: 1073 + Math.round(sizeMb * 100), share})
}
const useTime = existsSync(TIME)

function log(line = '') {
  process.stdout.write(`${line}\n`)
}

/**
 * Run a command to completion (or the time bound), returning wall ms, peak RSS (MB), exit code, stderr.
 * RSS comes from GNU time when present, else from a wrapper that runs the CLI in-process and reports
 * process.resourceUsage().maxRSS (only possible for regdiff itself, not for git).
 */
function run(cmd, args, {cwd = root, env = process.env, rss = true} = {}) {
  return new Promise((resolve) => {
    let command = cmd
    let commandArgs = args
    if (rss && useTime) {
      command = TIME
      commandArgs = ['-v', cmd, ...args]
    } else if (rss && cmd === process.execPath && args[0] === bin) {
      commandArgs = [measureWrapper, ...args]
    }
    const started = process.hrtime.bigint()
    const child = spawn(command, commandArgs, {cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true})
    let stdoutBytes = 0
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => {
      stdoutBytes += chunk.length
      if (stdout.length < 64 * 1024) stdout += chunk
    })
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 4 * 1024 * 1024) stderr += chunk
    })
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      // Kill the process group we started (time + its child), nothing else.
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {}
    }, bound)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      let rssMb = null
      const gnu = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)
      if (gnu) rssMb = Number(gnu[1]) / 1024
      const wrapped = /^\{"maxRSS":(\d+)\}$/m.exec(stderr)
      if (wrapped) rssMb = Number(wrapped[1]) / 1024
      // GNU time reports "Command exited with non-zero status N" and the child's code as its own.
      resolve({ms, rssMb, code: timedOut ? null : code, signal, timedOut, stdout, stderr, stdoutBytes})
    })
  })
}

function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b)
  if (v.length === 0) return null
  const mid = Math.floor(v.length / 2)
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2
}

function timingsOf(stderr) {
  for (const line of stderr.split('\n')) {
    if (!line.startsWith('{"timings"')) continue
    try {
      return JSON.parse(line).timings
    } catch {}
  }
  return null
}

function fmt(ms) {
  if (ms === null || ms === undefined) return '—'
  return ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`
}

function regdiffArgs(dir, out) {
  return [bin, 'report', dir, '--out', out, ...(formats ? ['--format', formats] : []), '--force']
}

function gitArgs() {
  return ['-c', 'core.pager=cat', 'diff', '--no-index', '--no-color', '--word-diff=porcelain', 'current.md', 'proposed.md']
}

function firstError(stderr) {
  const lines = stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('{"') && !/^\s*(Command being timed|User time|System time|Percent of CPU|Elapsed|Average|Maximum|Major|Minor|Voluntary|Involuntary|Swaps|File system|Socket|Signals|Page size|Exit status|Command exited)/.test(l.trim()))
  return lines.slice(0, 3).join(' | ').slice(0, 300)
}

async function benchSize(tmp, sizeMb, generator = 'synthetic') {
  const dir = join(tmp, `${generator}-${sizeMb}mb`)
  const stats = GENERATORS[generator](dir, sizeMb)
  const rounds = Number(roundsOption ?? (sizeMb >= 10 ? 3 : 5))
  log(`\n## ${generator} ${sizeMb} MB: current.md ${(stats.bytes / 1048576).toFixed(2)} MB, ${stats.sections} sections, ${stats.changed} changed (${((100 * stats.changed) / stats.sections).toFixed(1)} %), ${rounds} rounds`)
  const env = {...process.env, REGDIFF_TIMINGS: '1'}
  // Warm the page cache and the module cache once, untimed.
  await run('git', gitArgs(), {cwd: dir, rss: false})
  const warm = await run(process.execPath, regdiffArgs(dir, join(tmp, `out-warm-${generator}-${sizeMb}`)), {env, rss: false})
  const outputs = outputSizes(join(tmp, `out-warm-${generator}-${sizeMb}`))
  if (outputs) log(`  output: ${outputs}`)
  const rows = []
  if (warm.timedOut) {
    // Rounds would only time out again; one bounded run already answers the question.
    log(`  warm-up run did not finish within ${fmt(bound)}; rounds skipped`)
    return {generator, sizeMb, bytes: stats.bytes, sections: stats.sections, changedSections: stats.changed, rounds: 0, succeeded: 0, regdiffMs: null, gitMs: null, ratio: null, peakRssMb: null, gitPeakRssMb: null, phases: null, failure: `did not finish within ${fmt(bound)}`, warmExit: null}
  }
  for (let i = 0; i < rounds; i++) {
    // Alternate which goes first, so drift within a round does not favour one side.
    const order = i % 2 === 0 ? ['regdiff', 'git'] : ['git', 'regdiff']
    const row = {}
    for (const which of order) {
      if (which === 'git') row.git = await run('git', gitArgs(), {cwd: dir})
      else row.regdiff = await run(process.execPath, regdiffArgs(dir, join(tmp, `out-${generator}-${sizeMb}-${i}`)), {env})
    }
    rows.push(row)
    const r = row.regdiff
    const status = r.timedOut ? `TIMEOUT after ${fmt(bound)}` : r.code === 0 || r.code === 1 ? `exit ${r.code}` : `FAILED exit ${r.code}: ${firstError(r.stderr)}`
    log(`  round ${i + 1}: regdiff ${fmt(r.ms)} (${r.rssMb ? r.rssMb.toFixed(0) + ' MB' : '? MB'}, ${status}); git ${fmt(row.git.ms)} (${row.git.rssMb ? row.git.rssMb.toFixed(0) + ' MB' : '? MB'})`)
  }
  const ok = rows.filter((row) => row.regdiff.code === 0 || row.regdiff.code === 1)
  const result = {
    generator,
    sizeMb,
    bytes: stats.bytes,
    sections: stats.sections,
    changedSections: stats.changed,
    rounds,
    succeeded: ok.length,
    regdiffMs: median(ok.map((row) => row.regdiff.ms)),
    gitMs: median(rows.map((row) => row.git.ms)),
    ratio: median(ok.map((row) => row.regdiff.ms / row.git.ms)),
    peakRssMb: ok.length ? Math.max(...ok.map((row) => row.regdiff.rssMb ?? 0)) : null,
    gitPeakRssMb: Math.max(...rows.map((row) => row.git.rssMb ?? 0)),
    phases: null,
    failure: ok.length < rows.length ? firstError(rows.find((row) => !ok.includes(row)).regdiff.stderr) || `exit ${rows.find((row) => !ok.includes(row)).regdiff.code}` : null,
    warmExit: warm.code
  }
  result.outputs = outputs
  result.floor = await floor(join(tmp, `out-warm-${generator}-${sizeMb}`), join(tmp, `floor-${generator}-${sizeMb}`), dir, result.gitMs)
  if (result.floor) log(`  floor: node start ${fmt(result.floor.startMs)} + reading both texts and finding their words once ${fmt(result.floor.readMs)} + encoding, hashing and writing the ${(result.floor.bytes / 1048576).toFixed(1)} MB of reports ${fmt(result.floor.writeMs)} = ${fmt(result.floor.ms)}, ${result.floor.ratio.toFixed(1)}× git before any parsing, diffing or rendering`)
  if (flag('--profile') && ok.length) result.profile = await profile(dir, join(tmp, `prof-${generator}-${sizeMb}`), join(tmp, `out-prof-${generator}-${sizeMb}`))
  const phaseRuns = ok.map((row) => timingsOf(row.regdiff.stderr)).filter(Boolean)
  if (phaseRuns.length) {
    result.phases = {}
    for (const name of Object.keys(phaseRuns[0])) result.phases[name] = median(phaseRuns.map((t) => t[name]))
  }
  return result
}

/**
 * What any run that reads this pair and writes these reports pays before doing anything else: a fresh Node
 * process (`node -e 0`), reading both texts and finding their words once, and encoding, hashing and writing the
 * very report files of the warm-up run (bench/floor.js). Set against git, it shows how much of a ratio target
 * is spent before any parsing, diffing or rendering.
 */
async function floor(outRoot, scratch, caseDir, gitMs) {
  const reportDir = existsSync(outRoot) ? readdirSync(outRoot).map((name) => join(outRoot, name))[0] : null
  if (!reportDir || gitMs === null) return null
  const starts = []
  const writes = []
  const reads = []
  let bytes = 0
  for (let i = 0; i < 5; i++) {
    starts.push((await run(process.execPath, ['-e', '0'], {rss: false})).ms)
    if (i >= 3) continue
    const r = await run(process.execPath, [join(root, 'bench', 'floor.js'), reportDir, scratch, caseDir], {rss: false})
    try {
      const parsed = JSON.parse(r.stdout)
      reads.push(parsed.readMs)
      writes.push(parsed.floorMs)
      bytes = parsed.bytes
    } catch {
      return null
    }
  }
  const startMs = median(starts)
  const readMs = median(reads)
  const writeMs = median(writes)
  const ms = startMs + readMs + writeMs
  return {startMs, readMs, writeMs, bytes, ms, ratio: ms / gitMs}
}

/** Sizes of the report files a run wrote (the report model's size drives render, hashing and writing time). */
function outputSizes(outRoot) {
  try {
    const parts = []
    for (const caseDir of readdirSync(outRoot)) {
      for (const name of readdirSync(join(outRoot, caseDir)).sort()) {
        if (!name.startsWith('.')) parts.push(`${name} ${(statSync(join(outRoot, caseDir, name)).size / 1048576).toFixed(1)} MB`)
      }
    }
    return parts.join(', ') || null
  } catch {
    return null
  }
}

/** One run under the V8 profiler; the 20 functions with the most self time (file:line in dist/). */
async function profile(dir, profDir, out) {
  const r = await run(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profDir, ...regdiffArgs(dir, out)], {rss: false})
  if (r.timedOut) return null
  const file = readdirSync(profDir).find((name) => name.endsWith('.cpuprofile'))
  if (!file) return null
  const prof = JSON.parse(readFileSync(join(profDir, file), 'utf8'))
  const byId = new Map(prof.nodes.map((node) => [node.id, node]))
  const self = new Map()
  prof.samples.forEach((id, i) => {
    const frame = byId.get(id).callFrame
    const where = frame.url.replace(/^file:\/\//, '').replace(/^.*\/(node_modules|dist)\//, '')
    const key = `${frame.functionName || '(anonymous)'} ${where}${where ? `:${frame.lineNumber + 1}` : ''}`
    self.set(key, (self.get(key) ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000)
  })
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)
  log(`  profile (self time, one run of ${fmt((prof.endTime - prof.startTime) / 1000)}):`)
  for (const [key, ms] of top) log(`    ${fmt(ms).padStart(8)}  ${key}`)
  return top.map(([key, ms]) => ({fn: key, ms: Math.round(ms)}))
}

async function benchPathological(tmp) {
  const cases = generatePathological(join(tmp, 'pathological'))
  const results = []
  log(`\n## Pathological inputs (bound ${fmt(bound)} each)`)
  for (const c of cases) {
    const env = {...process.env, REGDIFF_TIMINGS: '1'}
    const r = await run(process.execPath, regdiffArgs(c.dir, join(tmp, `out-${c.name}`)), {env})
    const g = await run('git', gitArgs(), {cwd: c.dir})
    const bytes = readFileSync(join(c.dir, 'current.md')).length
    // What regdiff said about the input (warnings such as a bounded diff), without GNU time's lines.
    const said = r.stderr
      .split('\n')
      .filter((l) => /warning|error|info/i.test(l) && !l.startsWith('{"'))
      .map((l) => l.trim())
    const status = r.timedOut ? 'TIMEOUT' : r.code === 0 || r.code === 1 ? 'ok' : `FAILED (exit ${r.code})`
    results.push({name: c.name, what: c.what, bytes, ms: r.ms, gitMs: g.ms, rssMb: r.rssMb, status, code: r.code, phases: timingsOf(r.stderr), messages: said.slice(0, 5), failure: status.startsWith('FAILED') ? firstError(r.stderr) : null})
    log(`  ${c.name} (${c.what}; ${(bytes / 1048576).toFixed(2)} MB): ${status}, ${fmt(r.ms)}, ${r.rssMb ? r.rssMb.toFixed(0) : '?'} MB; git ${fmt(g.ms)}`)
    if (status.startsWith('FAILED')) log(`    ${firstError(r.stderr)}`)
    for (const line of said.slice(0, 3)) log(`    regdiff: ${line.slice(0, 200)}`)
  }
  return results
}

function summary(sizesResults, pathological) {
  log('\n## Summary')
  log('| input | regdiff (median) | git word-diff (median) | ratio (median of rounds) | target | peak RSS | floor (start + read + write) | verdict |')
  log('|---|---|---|---|---|---|---|---|')
  for (const r of sizesResults) {
    const target = TARGETS[r.sizeMb]
    const ratioOk = target && r.ratio !== null ? r.ratio <= target.ratio : null
    const rssOk = target?.rssMb && r.peakRssMb !== null ? r.peakRssMb <= target.rssMb : null
    const verdict = r.succeeded === 0 ? `regdiff failed: ${r.failure}` : [ratioOk === null ? '' : ratioOk ? 'ratio met' : 'RATIO MISSED', rssOk === null ? '' : rssOk ? 'RSS met' : 'RSS MISSED'].filter(Boolean).join(', ') || 'no target'
    log(`| ${r.generator} ${r.sizeMb} MB | ${fmt(r.regdiffMs)} | ${fmt(r.gitMs)} | ${r.ratio === null ? '—' : r.ratio.toFixed(1) + '×'} | ${target ? `≤ ${target.ratio}×${target.rssMb ? `, ≤ ${target.rssMb} MB` : ''}` : '—'} | ${r.peakRssMb === null ? '—' : r.peakRssMb.toFixed(0) + ' MB'} | ${r.floor ? `${fmt(r.floor.ms)} = ${r.floor.ratio.toFixed(1)}×` : '—'} | ${verdict} |`)
  }
  const measured = sizesResults.filter((r) => r.regdiffMs !== null)
  if (measured.length >= 2) {
    // Linear time means a flat ms-per-MB and ms-per-changed-section line across sizes.
    log(`\nScaling: ${measured.map((r) => `${r.generator} ${r.sizeMb} MB → ${fmt(r.regdiffMs / (r.bytes / 1048576))}/MB, ${fmt(r.regdiffMs / r.changedSections)}/changed section`).join('; ')}`)
  }
  const withPhases = sizesResults.filter((r) => r.phases)
  if (withPhases.length) {
    log('\nTime per phase (median ms, from REGDIFF_TIMINGS=1):')
    const names = [...new Set(withPhases.flatMap((r) => Object.keys(r.phases)))]
    log(`| phase | ${withPhases.map((r) => `${r.generator} ${r.sizeMb} MB`).join(' | ')} |`)
    log(`|---|${withPhases.map(() => '---').join('|')}|`)
    for (const name of names) log(`| ${name} | ${withPhases.map((r) => (r.phases[name] === undefined ? '—' : fmt(r.phases[name]))).join(' | ')} |`)
    for (const r of withPhases) {
      const entries = Object.entries(r.phases).filter(([k]) => k !== 'total')
      if (entries.length === 0) continue
      const [top, ms] = entries.sort((a, b) => b[1] - a[1])[0]
      const total = r.phases.total ?? entries.reduce((s, [, v]) => s + v, 0)
      log(`Dominant phase at ${r.generator} ${r.sizeMb} MB: ${top} (${fmt(ms)}, ${((100 * ms) / total).toFixed(0)} % of ${fmt(total)} in-process; the rest of the wall time is Node start-up, module loading and file I/O).`)
    }
  } else if (sizesResults.some((r) => r.succeeded > 0)) {
    log('\nNo per-phase timings: the CLI printed no {"timings":…} line with REGDIFF_TIMINGS=1.')
  }
  if (pathological.length) {
    log('\n| pathological input | size | regdiff | git | peak RSS | status |')
    log('|---|---|---|---|---|---|')
    for (const p of pathological) log(`| ${p.what} | ${(p.bytes / 1048576).toFixed(2)} MB | ${fmt(p.ms)} | ${fmt(p.gitMs)} | ${p.rssMb ? p.rssMb.toFixed(0) + ' MB' : '—'} | ${p.status}${p.failure ? `: ${p.failure}` : ''} |`)
  }
}

async function main() {
  if (!existsSync(join(root, 'dist', 'src', 'cli', 'main.js'))) {
    process.stderr.write('bench: dist/ is missing; run `npm run build` first (npm run bench does it)\n')
    process.exitCode = 2
    return
  }
  const tmp = mkdtempSync(join(tmpdir(), 'regdiff-bench-'))
  log(`# regdiff benchmark — node ${process.version}, ${useTime ? 'peak RSS from GNU time' : 'peak RSS from process.resourceUsage()'}; cases in ${tmp}`)
  // Other work on the machine inflates long runs more than git's short ones; say how busy it was.
  const load = () => `load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs`
  log(`Start: ${load()}`)
  try {
    const sizeResults = []
    if (!flag('--only-pathological')) for (const generator of generators) for (const size of sizes) sizeResults.push(await benchSize(tmp, size, generator))
    const pathological = flag('--no-pathological') ? [] : await benchPathological(tmp)
    summary(sizeResults, pathological)
    log(`\nEnd: ${load()}`)
    if (flag('--json')) log(JSON.stringify({sizes: sizeResults, pathological}))
  } finally {
    if (flag('--keep')) log(`\nKept ${tmp}`)
    else rmSync(tmp, {recursive: true, force: true})
  }
}

await main()
