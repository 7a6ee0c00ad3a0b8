import {test} from 'vitest'
import {linkChanges, THRESHOLDS} from '../../src/link/index.js'
import {runCase} from '../../src/index.js'
import {buildDiff, IPS_CHANGES, miniTree, readBackground, readNote} from './helpers.js'
import {score} from './gold.js'
test('sweep', async () => {
  const r = await runCase('regulations/ips-ung', {formats: [], lang: 'nb'})
  const rep = r.report!
  const realTrees = {current: rep.regulation.current, proposed: rep.regulation.proposed}
  const trees = {current: miniTree('current.md'), proposed: miniTree('proposed.md')}
  const hand = buildDiff(trees, IPS_CHANGES)
  for (const f of [0.25, 0.5, 0.6, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2]) {
    const th = {partial: THRESHOLDS.partial * f, heading: THRESHOLDS.heading * f, similarity: THRESHOLDS.similarity * f}
    const a = score(linkChanges(hand, readNote(), readBackground(), trees, {thresholds: th}))
    const b = score(linkChanges(rep.diff, rep.note, rep.background, realTrees, {thresholds: th}))
    console.log(f, 'hand', a.precision.toFixed(3), a.recall.toFixed(3), a.details.join('; '), '| real', b.precision.toFixed(3), b.recall.toFixed(3), b.details.join('; '))
  }
})
