import {test} from 'vitest'
import {runCase} from '../../src/index.js'
test('scratch', async () => {
  const r = await runCase('regulations/ips-ung', {formats: [], lang: 'nb'})
  const out = r.report!.diff
  for (const c of out.changes) {
    console.log(c.id, c.kind, c.level, c.current?.citation, '→', c.proposed?.citation)
    for (const r of c.reasons) console.log('    ', r.method, r.score, r.path, r.noteSection, r.heading.slice(0, 30), r.anchor, '|', r.excerpt.slice(0, 80))
  }
  for (const f of out.findings.filter(f => f.code !== 'undeclared-change')) console.log(f.code, f.severity, f.changeIds.join(','), f.message.slice(0, 200))
})
