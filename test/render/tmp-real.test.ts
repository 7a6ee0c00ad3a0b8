import {it} from 'vitest'
import {writeFileSync} from 'node:fs'
import {runCase} from '../../src/index.js'
import {validateReport} from './schema.js'
it('real', async () => {
  const r = await runCase('regulations/ips-ung', {formats: ['html', 'md', 'json'], lang: 'nb'})
  console.log(r.ok, r.messages.map(m => String(m)).slice(0, 10))
  if (!r.report) return
  console.log(validateReport(JSON.parse(r.outputs['report.json']!)).errors.slice(0, 20))
  for (const [k, v] of Object.entries(r.outputs)) writeFileSync('tmp/real-' + k, v)
}, 60000)
