import {describe, expect, it} from 'vitest'
import {buildReport, REPORT_SCHEMA_VERSION} from '../../src/report/build.js'
import {ipsUngInputs} from '../fixtures/render/ips-ung-report.js'

describe('buildReport', () => {
  it('puts lists in a stable order whatever order the stages gave', () => {
    const input = ipsUngInputs()
    const shuffled = structuredClone(input)
    shuffled.sources.reverse()
    shuffled.diff.changes.reverse()
    shuffled.diff.findings.reverse()
    for (const c of shuffled.diff.changes) c.reasons.reverse()
    expect(JSON.stringify(buildReport(shuffled))).toBe(JSON.stringify(buildReport(input)))
  })

  it('orders sources by role, findings by severity then change, reasons by score', () => {
    const report = buildReport(ipsUngInputs())
    expect(report.schemaVersion).toBe(REPORT_SCHEMA_VERSION)
    expect(report.tool).toEqual({name: 'regdiff', version: '0.1.0'})
    expect(report.sources.map((s) => s.role)).toEqual(['current', 'proposed', 'note', 'background'])
    expect(report.diff.findings.map((f) => `${f.severity} ${f.changeIds[0]}`)).toEqual([
      'warning c-002', 'warning c-002', 'warning c-004', 'warning c-008', 'warning c-012',
      'info c-001', 'info c-003', 'info c-008', 'info c-010'
    ])
    for (const c of report.diff.changes) {
      const scores = c.reasons.map((r) => r.score)
      expect(scores).toEqual([...scores].sort((a, b) => b - a))
    }
  })

  it('does not touch its input', () => {
    const input = ipsUngInputs()
    input.diff.changes.reverse()
    const before = JSON.stringify(input)
    buildReport(input)
    expect(JSON.stringify(input)).toBe(before)
  })
})
