import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {consolidate} from '../../src/diff/consolidate.js'
import {diffTrees} from '../../src/diff/index.js'
import {reconstruct} from '../../src/diff/reconstruct.js'
import {sectionsIn} from '../../src/parse/sections.js'
import {parseProvisions} from '../../src/parse/index.js'
import type {Change, WordOp} from '../../src/types.js'

const dir = new URL('../../regulations/ips-ung/', import.meta.url)
const currentText = readFileSync(new URL('current.md', dir), 'utf8')
const proposedText = readFileSync(new URL('proposed.md', dir), 'utf8')
const expected = JSON.parse(readFileSync(new URL('../fixtures/diff/ips-ung/expected-changes.json', import.meta.url), 'utf8')) as {
  notInProposal: string[]
  sections: Record<string, string>
  changes: Array<{kind: string; current: string | null; proposed: string | null; relabel?: [string, string]; declared: string | null}>
}

function run(form: 'partial' | null = 'partial') {
  const current = parseProvisions(new VFile({path: 'current.md', value: currentText}))
  const proposed = parseProvisions(new VFile({path: 'proposed.md', value: proposedText}))
  return {current, proposed, diff: diffTrees(current, proposed, {form, currentText, proposedText})}
}

const text = (ops: WordOp[], op: WordOp['op']): string => ops.filter((w) => w.op === op).map((w) => w.text).join('|')

describe('IPS ung: current regulation against the proposal in the høringsnotat', () => {
  const {current, proposed, diff} = run()

  it('finds exactly the expected changes, in document order', () => {
    const got = diff.changes.map((c) => ({
      kind: c.kind,
      current: c.current?.citation ?? null,
      proposed: c.proposed?.citation ?? null,
      declared: c.declared
    }))
    expect(got).toEqual(expected.changes.map(({kind, current, proposed, declared}) => ({kind, current, proposed, declared})))
    expect(diff.changes.map((c) => c.id)).toEqual(diff.changes.map((_, i) => `c-${String(i + 1).padStart(3, '0')}`))
  })

  it('reports § 3-4 and every section outside the proposal as not changed', () => {
    const status = Object.fromEntries(diff.sections.map((s) => [s.citation, s.status]))
    for (const c of expected.notInProposal) expect(status[c], c).toBe('not-in-proposal')
    for (const [c, s] of Object.entries(expected.sections)) expect(status[c], c).toBe(s)
    expect(diff.changes.some((c) => c.current?.citation.startsWith('§ 3-4') || c.proposed?.citation.startsWith('§ 3-4'))).toBe(false)
  })

  it('repeals § 3-6 and traces its contents to §§ 3-1 and 3-5', () => {
    const s36 = diff.sections.find((s) => s.citation === '§ 3-6')!
    const fromS36 = diff.changes.filter((c) => c.kind === 'moved' && c.current?.citation.startsWith('§ 3-6'))
    expect(fromS36.map((c) => c.proposed?.citation.split(' ').slice(0, 2).join(' '))).toEqual(['§ 3-1', '§ 3-5'])
    for (const c of fromS36) expect(s36.changeIds).toContain(c.id)
    const repeal = diff.changes.find((c) => c.kind === 'repealed')!
    expect(repeal.current?.citation).toBe('§ 3-6')
    expect(s36.changeIds).toContain(repeal.id)
    // What is carried over, and what is not (the age range, the reference clause, "gis i henhold til § 3-2").
    const carried = diff.findings.filter((f) => f.code === 'repealed-content')
    expect(carried.map((f) => [f.message, f.changeIds])).toEqual([[
      '§ 3-6 oppheves. Av innholdet er tredje ledd første punktum og fjerde ledd ført videre i andre bestemmelser. ' +
        'Dette er ikke ført videre: første ledd, annet ledd og tredje ledd annet punktum.',
      [fromS36[0]!.id, fromS36[1]!.id, repeal.id]
    ]])
  })

  it('reads the § 3-2 list as one removed item plus relettering', () => {
    const items = diff.changes.filter((c) => c.level === 'item')
    expect(items.filter((c) => c.kind === 'removed').map((c) => c.current?.citation)).toEqual(['§ 3-2 første ledd bokstav a'])
    const relabels = items.filter((c) => c.relabel).map((c) => [c.relabel!.from, c.relabel!.to, c.kind])
    expect(relabels).toEqual([['b', 'a', 'relettered'], ['c', 'b', 'relettered'], ['d', 'c', 'modified'], ['e', 'd', 'relettered']])
    // Relettering is not a text edit: the word diff of an unchanged item has no deleted wording.
    for (const c of items.filter((c) => c.kind === 'relettered')) expect(text(c.words, 'delete').replace(/[a-e]\.?\s*/g, '')).toBe('')
    const d = items.find((c) => c.kind === 'modified')!
    expect(text(d.words, 'delete').trim()).toBe('tilpasset den enkeltes behov og')
    expect(text(d.words, 'insert')).toBe('')
  })

  it('gives the word diff of each changed sentence', () => {
    const byCitation = (cit: string): Change => diff.changes.find((c) => c.proposed?.citation === cit)!
    const age = byCitation('§ 3-1 fjerde ledd')
    expect(age.current?.text).toBe('Det er en forutsetning at personen har fylt 16 år.')
    expect(text(age.words, 'delete')).toContain('har fylt')
    expect(text(age.words, 'insert')).toContain('fyller')
    const duty = byCitation('§ 3-2 første ledd første punktum')
    expect(text(duty.words, 'delete')).toBe('kan|tilbud om')
    expect(text(duty.words, 'insert')).toBe('skal|regelmessig og tilpasset oppfølging av en jobbspesialist.')
    const plan = byCitation('§ 3-3 første ledd første punktum')
    expect(text(plan.words, 'insert')).toContain('jobbspesialisten')
    const stop = byCitation('§ 3-2 tredje ledd annet punktum')
    expect(stop.words.filter((w) => w.op !== 'equal')).toEqual([{op: 'delete', text: '.'}])
    // Every change between two texts has a word diff that rebuilds both of them.
    for (const c of diff.changes) {
      if (!c.current || !c.proposed || c.level === 'section') continue
      expect(c.words.filter((w) => w.op !== 'insert').map((w) => w.text).join('')).toBe(c.current.text)
      expect(c.words.filter((w) => w.op !== 'delete').map((w) => w.text).join('')).toBe(c.proposed.text)
    }
  })

  it('compares the ministry’s marks with the computed changes', () => {
    expect(diff.findings.filter((f) => f.code === 'unmatched-mark')).toEqual([])
    const undeclared = diff.findings.filter((f) => f.code === 'undeclared-change')
    const declaredIds = diff.changes.filter((c) => c.declared !== null).map((c) => c.id)
    // Every change is either declared by a mark or a repeal statement, or has a finding; never both.
    // Relettering is the exception: it follows from the removed item and is never marked.
    const relettered = diff.changes.filter((c) => c.kind === 'relettered').map((c) => c.id)
    expect(relettered.length).toBe(3)
    expect(new Set(undeclared.flatMap((f) => f.changeIds))).toEqual(
      new Set(diff.changes.map((c) => c.id).filter((id) => !declaredIds.includes(id) && !relettered.includes(id)))
    )
    const age = undeclared.find((f) => f.message.includes('§ 3-1 fjerde ledd'))!
    expect(age.severity).toBe('warning')
    expect(age.place?.path).toBe('proposed.md')
    expect(undeclared.find((f) => f.message.startsWith('Den redaksjonelle endringen i § 3-2 tredje ledd annet punktum'))?.severity).toBe('info')
  })

  it('is lossless and deterministic', () => {
    expect(reconstruct(diff.segments, 'current')).toBe(currentText)
    expect(reconstruct(diff.segments, 'proposed')).toBe(proposedText)
    expect(JSON.stringify(run().diff)).toBe(JSON.stringify(diff))
  })

  it('infers the partial form when the case does not declare it', () => {
    const inferred = run(null).diff
    expect(inferred.form).toBe('partial')
    expect(inferred.formReason).toMatch(/delvis.*4 av 19 paragrafer/)
    expect(inferred.changes.length).toBe(diff.changes.length)
  })

  it('consolidates the regulation as it would read', () => {
    const tree = consolidate(current, proposed, diff)
    const sections = sectionsIn(tree.children)
    expect(sections.map((s) => s.citation)).toEqual(sectionsIn(current.children).map((s) => s.citation))
    const byLabel = new Map(sections.map((s) => [s.label, s]))
    expect(byLabel.get('3-1')!.text).toContain('Tiltaket kan gis fra det året personen fyller 16 år.')
    expect(byLabel.get('3-1')!.id).toBe('kap3/§3-1')
    expect(byLabel.get('3-1')!.children[3]!.id).toBe('kap3/§3-1/ledd4')
    expect(byLabel.get('3-4')!.text).toBe(sectionsIn(current.children).find((s) => s.label === '3-4')!.text)
    expect(byLabel.get('3-6')!.repealed).toBe(true)
    expect(byLabel.get('3-6')!.children).toEqual([])
    const ids = new Set<string>()
    const walk = (n: {id: string; children: Array<{id: string; children: unknown[]}>}): void => {
      expect(ids.has(n.id), n.id).toBe(false)
      ids.add(n.id)
      n.children.forEach((c) => walk(c as typeof n))
    }
    tree.children.forEach(walk)
  })
})
