import {it} from 'vitest'
import {runCase} from '../src/index.js'
it('probe', async () => {
  for (const name of (process.env.CASES ?? '').split(',')) {
    const dir = name.includes('/') ? name : `test/fixtures/real/${name}`
    const r = await runCase(dir, {formats: ['json'], lang: 'nb'})
    console.log('=== ' + name, r.ok)
    for (const m of r.messages ?? []) console.log('MSG', String(m.ruleId), m.reason ?? m.message, m.line)
    for (const c of r.report?.diff.changes ?? []) {
      console.log(c.id, c.kind, c.level, c.current?.id, '->', c.proposed?.id, JSON.stringify(c.effects.map((e) => e.rule)))
      for (const x of c.reasons) console.log('   R', x.document, x.method, x.heading, x.score?.toFixed?.(2))
    }
    for (const f of r.report?.diff.findings ?? []) console.log('  F', f.code, f.changeIds.join(','))
  }
})
