/**
 * `unresolved-reference`: new wording that cites a § of this regulation which exists in neither text.
 * Judged only where the current text holds a chapter whole, so an excerpt's gaps are never reported.
 */
import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {expect, test} from 'vitest'
import {classifyChanges} from '../../src/classify/index.js'
import {withEffects} from '../../src/report/build.js'
import {consolidate} from '../../src/diff/consolidate.js'
import {diffTrees} from '../../src/diff/index.js'
import {applyInstructions} from '../../src/instructions/apply.js'
import {parseProvisions} from '../../src/parse/index.js'
import type {DiffResult} from '../../src/types.js'

const read = (caseId: string, name: string): string => readFileSync(new URL(`../../regulations/${caseId}/${name}`, import.meta.url), 'utf8')

function classifyPartial(currentText: string, proposedText: string): DiffResult {
  const current = parseProvisions(new VFile({path: 'current.md', value: currentText}))
  const proposed = parseProvisions(new VFile({path: 'proposed.md', value: proposedText}))
  const diff = diffTrees(current, proposed, {form: 'partial', currentText, proposedText})
  return withEffects(diff, classifyChanges(diff, {current, proposed, consolidated: consolidate(current, proposed, diff)}))
}

const unresolved = (diff: DiffResult): string[] => diff.findings.filter((f) => f.code === 'unresolved-reference').map((f) => `${f.severity}: ${f.message}`)

test('IPS ung as proposed cites no section that does not exist', () => {
  expect(unresolved(classifyPartial(read('ips-ung', 'current.md'), read('ips-ung', 'proposed.md')))).toEqual([])
})

test('a new reference to § 3-17 in IPS ung (chapter 3 has §§ 3-1 to 3-6, no gap) is a warning at the change', () => {
  const proposed = read('ips-ung', 'proposed.md').replace('Tiltaket kan gis fra det året personen fyller 16 år.', 'Tiltaket kan gis fra det året personen fyller 16 år, jf. § 3-17.')
  const diff = classifyPartial(read('ips-ung', 'current.md'), proposed)
  expect(unresolved(diff)).toEqual([
    'warning: § 3-1 fjerde ledd viser til § 3-17, som ikke finnes i forskriften, verken i gjeldende tekst eller i forslaget.'
  ])
  const finding = diff.findings.find((f) => f.code === 'unresolved-reference')!
  const change = diff.changes.find((c) => c.id === finding.changeIds[0])!
  expect(change.proposed?.citation).toBe('§ 3-1 fjerde ledd')
  expect(finding.place?.position.start.line).toBe(change.proposed?.position.start.line)
})

test('tiltak-2025 is an excerpt (§§ 5-2 to 5-4, 7-3, 7-6): its new reference to § 7-2 is not judged', () => {
  const currentText = read('tiltak-2025', 'current.md')
  const current = parseProvisions(new VFile({path: 'current.md', value: currentText}))
  const applied = applyInstructions({tree: current, text: currentText}, new VFile({path: 'proposed.md', value: read('tiltak-2025', 'proposed.md')}))
  const proposed = parseProvisions(new VFile({path: 'proposed.md', value: applied.text}))
  const diff = diffTrees(current, proposed, {form: 'instructions', currentText, proposedText: applied.text})
  const result = withEffects(diff, classifyChanges(diff, {current, proposed, consolidated: proposed}))
  // The new § 7-3 tredje ledd does cite § 7-2, which the excerpt lacks.
  expect(result.changes.some((c) => c.proposed?.text.includes('§ 7-2 første ledd bokstav d'))).toBe(true)
  expect(unresolved(result)).toEqual([])
})
