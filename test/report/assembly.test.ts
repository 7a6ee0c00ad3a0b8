/**
 * Typed stage outputs on the real IPS ung case: diff, classify and link each return their own result and
 * change nobody else's; report/build.ts assembles the report from them.
 */
import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {classifyChanges} from '../../src/classify/index.js'
import {consolidate} from '../../src/diff/consolidate.js'
import {diffTrees} from '../../src/diff/index.js'
import {createStemmer} from '../../src/grammar/stem.js'
import {linkChanges} from '../../src/link/index.js'
import {parseNote} from '../../src/note/index.js'
import {parseProvisions} from '../../src/parse/index.js'
import {buildReport, withEffects} from '../../src/report/build.js'

const read = (name: string): string => readFileSync(new URL(`../../regulations/ips-ung/${name}`, import.meta.url), 'utf8')

describe('the stages of IPS ung, assembled', () => {
  const currentText = read('current.md')
  const proposedText = read('proposed.md')
  const current = parseProvisions(new VFile({path: 'current.md', value: currentText}))
  const proposed = parseProvisions(new VFile({path: 'proposed.md', value: proposedText}))
  const stemmer = createStemmer()
  const diff = diffTrees(current, proposed, {form: 'partial', currentText, proposedText, stemmer})
  const consolidated = consolidate(current, proposed, diff)
  const diffJson = JSON.stringify(diff)
  const classified = classifyChanges(diff, {current, proposed, consolidated}, {stemmer})
  const note = parseNote(new VFile({path: 'note.md', value: read('note.md')}))
  const input = withEffects(diff, classified)
  const inputJson = JSON.stringify(input)
  const linked = linkChanges(input, note, [], {current, proposed})
  const report = buildReport({
    meta: {id: 'ips-ung', title: 'IPS ung', regulationId: null, shortTitle: null, ministry: null, dates: {}, proposalForm: 'partial', language: 'nb'},
    sources: [], regulation: {current, proposed, consolidated}, diff, classified, linked, note, background: [], toolVersion: '0'
  })

  it('no stage changes what it read', () => {
    expect(JSON.stringify(diff)).toBe(diffJson)
    expect(JSON.stringify(input)).toBe(inputJson)
    expect(diff.changes.every((c) => c.effects.length === 0 && c.reasons.length === 0)).toBe(true)
  })

  it('classify and link answer for every change, by id', () => {
    const ids = diff.changes.map((c) => c.id).sort()
    expect(Object.keys(classified.effects).sort()).toEqual(ids)
    expect(Object.keys(linked.reasons).sort()).toEqual(ids)
    // Real effects and reasons: the § 3-2 duty and its explanation in the note.
    const duty = report.diff.changes.find((c) => c.effects.some((e) => e.rule === 'modality/kan-to-skal'))!
    expect(duty.proposed?.citation).toBe('§ 3-2 første ledd første punktum')
    expect(duty.reasons.length).toBeGreaterThan(0)
  })

  it('the report holds each stage’s output as it was returned', () => {
    for (const change of report.diff.changes) {
      expect(change.effects).toEqual(classified.effects[change.id])
      expect([...change.reasons].sort((a, b) => a.anchor.localeCompare(b.anchor))).toEqual([...linked.reasons[change.id]!].sort((a, b) => a.anchor.localeCompare(b.anchor)))
    }
    const codes = (fs: Array<{code: string; message: string}>): string[] => fs.map((f) => `${f.code} ${f.message}`).sort()
    expect(codes(report.diff.findings)).toEqual(codes([...diff.findings, ...classified.findings, ...linked.findings]))
  })

  it('link returns only its own findings, and the same when linking again', () => {
    const classifyCodes = new Set(classified.findings.map((f) => f.code))
    const diffCodes = new Set(diff.findings.map((f) => f.code))
    expect(linked.findings.some((f) => classifyCodes.has(f.code) || diffCodes.has(f.code))).toBe(false)
    const again = linkChanges(withEffects(report.diff, {effects: classified.effects, findings: []}), note, [], {current, proposed})
    expect(JSON.stringify(again.findings)).toBe(JSON.stringify(linked.findings))
  })
})
