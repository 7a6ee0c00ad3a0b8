/**
 * End to end on the adopted tiltaksforskrift amendment (instruction form): apply the instructions,
 * diff, classify. Expectations from our own reading of FOR-2025-07-30-1575.
 */
import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {expect, test} from 'vitest'
import {classifyChanges} from '../../src/classify/index.js'
import {withEffects} from '../../src/report/build.js'
import {diffTrees} from '../../src/diff/index.js'
import {applyInstructions} from '../../src/instructions/apply.js'
import {parseProvisions} from '../../src/parse/index.js'
import type {Change} from '../../src/types.js'

const dir = new URL('../../regulations/tiltak-2025/', import.meta.url)
const currentText = readFileSync(new URL('current.md', dir), 'utf8')
const current = parseProvisions(new VFile({path: 'current.md', value: currentText}))
const applied = applyInstructions({tree: current, text: currentText}, new VFile({path: 'proposed.md', value: readFileSync(new URL('proposed.md', dir), 'utf8')}))
const proposed = parseProvisions(new VFile({path: 'proposed.md', value: applied.text}))
const diff = diffTrees(current, proposed, {form: 'instructions', currentText, proposedText: applied.text})
const result = withEffects(diff, classifyChanges(diff, {current, proposed, consolidated: proposed}))

const at = (citation: string): Change => {
  const c = result.changes.find((x) => (x.proposed ?? x.current)?.citation === citation)
  if (!c) throw new Error(`no change at ${citation}`)
  return c
}
const rules = (c: Change): string[] => c.effects.map((e) => e.rule)

test('§ 5-2: the mentor now has a duty to give follow-up', () => {
  expect(rules(at('§ 5-2 første ledd tredje punktum'))).toEqual(['modality/added-skal'])
  expect(at('§ 5-2 første ledd tredje punktum').effects[0]!.evidence.after).toMatch(/^skal gi/)
  // The diff split the rewritten § 5-2 into sentences; the old "kan gi" and the new "skal gi" point to each other.
  expect(at('§ 5-2 første ledd tredje punktum').effects[0]!.detail).toBe(
    'Ny plikt: «skal gi individuelt tilpasset» (jf. § 5-2 første ledd første punktum: «kan gi praktisk bistand»)'
  )
  expect(at('§ 5-2 første ledd første punktum').effects.map((e) => e.rule)).toContain('modality/removed-kan')
})

test('§ 5-3: job seekers in vocational training are no longer named as a group that can get a mentor', () => {
  const c = at('§ 5-3 første ledd annet punktum')
  expect(c.kind).toBe('removed')
  expect(rules(c)).toEqual(['modality/removed-kan', 'scope/group-removed', 'scope/narrowed', 'reference/removed'])
})

test('§ 5-4: "Tiltaket mentor" → "Tiltaket" means nothing; the new sentence gives young people a longer mentor period', () => {
  expect(at('§ 5-4 første ledd annet punktum').effects).toEqual([])
  const c = at('§ 5-4 første ledd fjerde punktum')
  expect(rules(c)).toEqual(['modality/added-kan', 'threshold/age-added', 'threshold/duration-added', 'scope/group-added'])
  expect(c.effects.find((e) => e.type === 'threshold' && e.rule.startsWith('threshold/duration'))!.evidence.after).toBe('inntil tre år')
})

test('§ 7-3 new third ledd: a lower age for training under § 7-2 first ledd letter d, on a condition', () => {
  const c = at('§ 7-3 tredje ledd')
  expect(rules(c)).toEqual(['modality/added-kan', 'threshold/age-added', 'scope/condition-added', 'reference/added'])
  expect(c.effects[1]!.evidence.after).toBe('fra det året personen fyller 16 år')
})

test('§ 7-6 new last ledd: a restriction, an internal and an external reference; the bodies were already named', () => {
  const c = at('§ 7-6 fjerde ledd')
  expect(rules(c)).toEqual(['modality/added-kan-bare', 'reference/added', 'reference/external-added'])
  expect(c.effects[2]!.evidence.after).toBe('forskrift 12. august 2016 nr. 974 om offentlige anskaffelser § 3-3')
})

test('no broken references: § 7-6 cites the new § 7-3 third ledd, and § 7-2 is outside the excerpt', () => {
  expect(result.findings.filter((f) => f.code === 'broken-reference')).toEqual([])
})

test('a reference in unchanged text to § 7-3 third ledd now meets the new ledd: reported as renumbered', () => {
  // § 7-6 third ledd is not amended; make it cite § 7-3 third ledd as the old numbering had it.
  const edited = currentText.replace('kan bare tilbys gjennom bruk av', 'og opplæring etter § 7-3 tredje ledd kan bare tilbys gjennom bruk av')
  expect(edited).not.toBe(currentText)
  const cur = parseProvisions(new VFile({path: 'current.md', value: edited}))
  const app = applyInstructions({tree: cur, text: edited}, new VFile({path: 'proposed.md', value: readFileSync(new URL('proposed.md', dir), 'utf8')}))
  const prop = parseProvisions(new VFile({path: 'proposed.md', value: app.text}))
  const d = diffTrees(cur, prop, {form: 'instructions', currentText: edited, proposedText: app.text})
  const broken = classifyChanges(d, {current: cur, proposed: prop, consolidated: prop}).findings.filter((f) => f.code === 'broken-reference')
  expect(broken.map((f) => f.message)).toEqual([
    '§ 7-6 tredje ledd første punktum viser til § 7-3 tredje ledd, men på det stedet står nå en annen tekst (omnummerert eller flyttet).'
  ])
  const added = d.changes.find((c) => c.proposed?.citation === '§ 7-3 tredje ledd')!
  expect(broken[0]!.changeIds).toContain(added.id)
})
