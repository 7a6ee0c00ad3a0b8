import {test} from 'vitest'
import {linkChanges} from '../../src/link/index.js'
import {runCase} from '../../src/index.js'
test('ctx', async () => {
  const r = await runCase('regulations/ips-ung', {formats: [], lang: 'nb'})
  const rep = r.report!
  const trees = {current: rep.regulation.current, proposed: rep.regulation.proposed}
  for (const t of [0.3, 0.4, 0.5]) {
    const out = linkChanges(rep.diff, rep.note, rep.background, trees, {thresholds: {context: t}})
    console.log('context', t)
    for (const c of out.changes) for (const x of c.reasons.filter((x) => x.document === 'background')) console.log('  ', c.id, c.current?.citation, '→', c.proposed?.citation, x.score, x.anchor, x.excerpt.slice(0, 120))
  }
})
