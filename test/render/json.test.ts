import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {reportJsonChunks} from '../../src/render/json.js'
import {renderReport} from '../../src/render/index.js'
import {hostileReport} from '../fixtures/render/hostile-report.js'
import {ipsUngReport} from '../fixtures/render/ips-ung-report.js'

describe('reportJsonChunks', () => {
  it('gives exactly the bytes of renderReport(…, "json") for the fixture reports, in bounded chunks', () => {
    for (const report of [ipsUngReport(), hostileReport()]) {
      const chunks = [...reportJsonChunks(report)]
      expect(chunks.join('')).toBe(renderReport(report, 'json', {lang: 'nb'}))
      expect(chunks.length).toBeGreaterThan(1)
      for (const c of chunks) expect(c.length).toBeLessThan(2 * 65536)
    }
  })
  it('matches JSON.stringify with two-space indent for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect([...reportJsonChunks(value)].join('')).toBe(JSON.stringify(value, null, 2) + '\n')
      }),
      {numRuns: 500, seed: 42}
    )
  })
  it('leaves out undefined members and writes undefined array items as null, as JSON.stringify does', () => {
    const value = {a: undefined, b: [undefined, 1], c: {d: () => 1}}
    expect([...reportJsonChunks(value)].join('')).toBe(JSON.stringify(value, null, 2) + '\n')
  })
})
