/**
 * End to end on the real IPS ung case: parse both texts, diff them, consolidate, classify. The
 * expectations are our own reading of the current regulation and section 6 of the høringsnotat.
 */
import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {classifyChanges} from '../../src/classify/index.js'
import {withEffects} from '../../src/report/build.js'
import {diffTrees} from '../../src/diff/index.js'
import {consolidatePartial} from '../../src/instructions/consolidate.js'
import {parseProvisions} from '../../src/parse/index.js'
import type {Change, DiffResult} from '../../src/types.js'

const dir = new URL('../../regulations/ips-ung/', import.meta.url)
const currentText = readFileSync(new URL('current.md', dir), 'utf8')
const proposedText = readFileSync(new URL('proposed.md', dir), 'utf8')

function run(current: string): {diff: DiffResult; result: DiffResult; consolidatedText: string} {
  const currentTree = parseProvisions(new VFile({path: 'current.md', value: current}))
  const proposedTree = parseProvisions(new VFile({path: 'proposed.md', value: proposedText}))
  const diff = diffTrees(currentTree, proposedTree, {form: 'partial', currentText: current, proposedText})
  const consolidatedText = consolidatePartial(current, proposedTree)
  const consolidated = parseProvisions(new VFile({path: 'consolidated.md', value: consolidatedText}))
  const result = withEffects(diff, classifyChanges(diff, {current: currentTree, proposed: proposedTree, consolidated}))
  return {diff, result, consolidatedText}
}

const {diff, result} = run(currentText)

const byProposed = (citation: string): Change => {
  const c = result.changes.find((x) => x.proposed?.citation === citation)
  if (!c) throw new Error(`no change at ${citation}`)
  return c
}
const byCurrent = (citation: string): Change => {
  const c = result.changes.find((x) => x.current?.citation === citation)
  if (!c) throw new Error(`no change from ${citation}`)
  return c
}
const rules = (c: Change): string[] => c.effects.map((e) => e.rule)

describe('IPS ung, end to end', () => {
  test('§ 3-2 first ledd: the option to get follow-up becomes a duty (kan → skal)', () => {
    const c = byProposed('§ 3-2 første ledd første punktum')
    const e = c.effects.find((x) => x.rule === 'modality/kan-to-skal')
    expect(e).toBeDefined()
    expect(e!.evidence.before).toMatch(/^kan få tilbud om/)
    expect(e!.evidence.after).toMatch(/^skal få/)
    expect(e!.detail).toMatch(/^Skjerpet til plikt: «kan få tilbud om» blir «skal få/)
    // The jobbspesialist was already named in § 3-2 (old item a): no new actor.
    expect(rules(c)).not.toContain('actor/added')
  })

  test('§ 3-1: the age limit moves from the 16th birthday to the year the person turns 16', () => {
    const c = byProposed('§ 3-1 fjerde ledd')
    expect(rules(c)).toEqual(['threshold/age-lowered'])
    expect(c.effects[0]!.evidence).toEqual({before: 'har fylt 16 år', after: 'fra det året personen fyller 16 år'})
  })

  test('§ 3-1: the IPS ung group under 30 comes in from § 3-6 with an age limit', () => {
    const c = byProposed('§ 3-1 første ledd annet punktum')
    expect(c.kind).toBe('moved')
    expect(rules(c)).toContain('threshold/age-added')
    expect(rules(c).filter((r) => r.startsWith('modality/'))).toEqual([])
  })

  test('§ 3-1: the sentence moved from § 3-6 widens § 3-1’s circle, which had not named the group', () => {
    const c = byProposed('§ 3-1 første ledd annet punktum')
    const scope = c.effects.filter((e) => e.type === 'scope')
    expect(scope.length).toBeGreaterThan(0)
    expect(scope.every((e) => /^Ny i § 3-1 .*\(flyttet fra § 3-6/.test(e.detail))).toBe(true)
    expect(scope.map((e) => e.evidence.after).join(' ')).toMatch(/unge under 30 år|også tilbys de som/)
  })

  test('§ 3-1 third ledd: consent moves from § 3-2 and gains a second requirement', () => {
    const c = byProposed('§ 3-1 tredje ledd')
    expect(rules(c)).toEqual(['scope/condition-extended'])
    expect(c.effects[0]!.evidence.after).toMatch(/^og ønsker å komme/)
  })

  test('§ 3-5: the longer duration for participants in education is new in § 3-5', () => {
    const c = byProposed('§ 3-5 tredje ledd')
    const added = c.effects.filter((e) => e.rule === 'threshold/duration-added')
    expect(added.map((e) => e.evidence.after)).toContain('inntil to år')
    expect(added[0]!.detail).toMatch(/^Ny i § 3-5 \(flyttet fra § 3-6 fjerde ledd\)/)
  })

  test('§ 3-3: the jobbspesialist becomes a party to the plan', () => {
    const c = byProposed('§ 3-3 første ledd første punktum')
    expect(rules(c)).toEqual(['actor/added'])
    expect(c.effects[0]!.evidence.after).toBe('jobbspesialisten')
  })

  test('relettered and moved list items carry no effect; the lost full stop is editorial only', () => {
    for (const letter of ['b', 'c', 'e']) expect(byCurrent(`§ 3-2 første ledd bokstav ${letter}`).effects).toEqual([])
    expect(byCurrent('§ 3-2 første ledd bokstav a').effects).toEqual([])
    expect(rules(byCurrent('§ 3-2 tredje ledd annet punktum'))).toEqual(['editorial/punctuation'])
  })

  test('§ 3-6 repeal: its own references, its moved parts and its surviving age limits are not reported as lost', () => {
    const c = result.changes.find((x) => x.kind === 'repealed')!
    expect(c.current?.citation).toBe('§ 3-6')
    // References inside § 3-6 go with it; the third and fourth ledd are judged where they went (§§ 3-1,
    // 3-5); 16 and 30 years are still the limits (§ 3-1 fjerde ledd, § 3-1 første ledd annet punktum).
    // What is left is the one thing a reader needs: the section, as a rule, ends (issue 15).
    expect(c.effects.map((e) => e.rule)).toEqual(['scope/repealed'])
    expect(c.effects[0]!.detail).toBe('Gjelder ikke lenger: § 3-6: «Individuell jobbstøtte til unge (IPS ung) kan tilbys personer mellom 16 år og 30 år. …»')
    const moved = byProposed('§ 3-1 første ledd annet punktum').effects.find((e) => e.rule === 'threshold/age-added')!
    expect(moved.detail).toBe('Ny i § 3-1, samme grense som i § 3-6: «under 30 år»')
    // Nothing in the regulation as proposed refers to § 3-6 any more.
    expect(result.findings.filter((f) => f.code === 'broken-reference')).toEqual([])
  })

  test('a reference left to § 3-6 or to a relettered item elsewhere is broken', () => {
    // § 2-2 is not in the proposal; give it references the proposal would leave dangling.
    const edited = currentText.replace(
      'kan få bistand til å gjennomføre opplæringen.',
      'kan få bistand til å gjennomføre opplæringen. Deltakere etter § 3-6 kan få oppfølging som nevnt i § 3-2 første ledd bokstav e og § 3-2 første ledd bokstav d.'
    )
    expect(edited).not.toBe(currentText)
    const {result: r, consolidatedText} = run(edited)
    const broken = r.findings.filter((f) => f.code === 'broken-reference')
    expect(broken.map((f) => f.message)).toEqual([
      '§ 2-2 tredje ledd annet punktum viser til § 3-6, som oppheves i forslaget.',
      '§ 2-2 tredje ledd annet punktum viser til § 3-2 første ledd bokstav e, men den bokstaven eller det nummeret finnes ikke lenger.',
      '§ 2-2 tredje ledd annet punktum viser til § 3-2 første ledd bokstav d, men på det stedet står nå en annen tekst (omnummerert eller flyttet).'
    ])
    for (const f of broken) {
      expect(f.severity).toBe('warning')
      expect(f.changeIds.length).toBeGreaterThan(0)
      expect(f.place?.path).toBe('consolidated.md')
    }
    const repeal = r.changes.find((c) => c.kind === 'repealed')!
    expect(broken[0]!.changeIds).toContain(repeal.id)
    const e = r.changes.find((c) => c.current?.citation === '§ 3-2 første ledd bokstav e')!
    expect(broken[1]!.changeIds).toContain(e.id)
    // The place points at the reference itself in the consolidated text.
    const start = broken[0]!.place!.position.start
    const line = consolidatedText.split('\n')[start.line - 1]!
    expect(line.slice(start.column - 1)).toMatch(/^§ 3-6/)
    expect(consolidatedText.slice(start.offset)).toMatch(/^§ 3-6/)
  })

  test('same input, same output; the input diff is not changed', () => {
    const before = JSON.stringify(diff)
    const again = run(currentText).result
    expect(JSON.stringify(again)).toBe(JSON.stringify(result))
    expect(JSON.stringify(diff)).toBe(before)
    expect(diff.changes.every((c) => c.effects.length === 0)).toBe(true)
  })

  test('every effect has a rule, a Norwegian and an English line, and evidence from the change', () => {
    for (const c of result.changes) {
      for (const e of c.effects) {
        expect(e.rule.startsWith(e.type + '/')).toBe(true)
        expect(e.detail).not.toBe(e.detailEn)
        if (e.evidence.before && e.type !== 'editorial') expect(c.current?.text).toContain(e.evidence.before)
        if (e.evidence.after && e.type !== 'editorial') expect(c.proposed?.text).toContain(e.evidence.after)
      }
    }
  })
})
