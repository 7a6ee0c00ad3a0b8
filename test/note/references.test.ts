import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {createSectionIndex, extractReferences, findSelfNames, resolveReference, selfNamesFromId} from '../../src/note/references.js'
import type {Reference} from '../../src/note/references.js'
import {flattenSections} from '../../src/note/index.js'
import type {Provision, ProvisionTree} from '../../src/types.js'
import {miniTree, readNote} from '../link/helpers.js'

interface Expected {
  where: string
  text: string
  scope: Reference['scope']
  act: string | null
  sections: string[]
  range?: Reference['range']
  ledd?: Reference['ledd']
  letters?: string[]
  heading?: boolean
  resolves?: {current: string[]; proposed: string[]}
}

const fixture = JSON.parse(readFileSync('test/fixtures/note/ips-ung-references.json', 'utf8')) as {references: Expected[]}
const trees = {current: miniTree('current.md'), proposed: miniTree('proposed.md')}

function citations(tree: ProvisionTree, ids: string[]): string[] {
  const byId = new Map<string, Provision>()
  const walk = (list: Provision[]): void => list.forEach((p) => (byId.set(p.id, p), walk(p.children)))
  walk(tree.children)
  return ids.map((id) => byId.get(id)?.citation ?? `?${id}`)
}

describe('extractReferences on every § reference of the IPS ung note', () => {
  const note = readNote()
  const selfNames = findSelfNames(flattenSections(note.sections).flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n'))
  const found: Array<{where: string; heading: boolean; ref: Reference; source: string}> = []
  for (const section of flattenSections(note.sections)) {
    for (const ref of extractReferences(section.heading, {selfNames})) found.push({where: section.anchor, heading: true, ref, source: section.heading})
    for (const p of section.paragraphs) {
      for (const ref of extractReferences(p.text, {selfNames})) found.push({where: section.anchor, heading: false, ref, source: p.text})
    }
  }

  it('reads the note\'s own name for the regulation', () => {
    expect(selfNames).toEqual(['egenregiforskriften'])
  })

  it('finds exactly the references listed in the fixture, in order', () => {
    expect(found.map((f) => `${f.where}: ${f.ref.text}`)).toEqual(fixture.references.map((e) => `${e.where}: ${e.text}`))
  })

  it.each(fixture.references.map((e, i) => [i, e] as const))('reference %i: %j', (i, expected) => {
    const {ref, heading, source} = found[i]!
    expect(source.slice(ref.start, ref.end)).toBe(expected.text)
    expect(heading).toBe(expected.heading ?? false)
    expect(ref.scope).toBe(expected.scope)
    expect(ref.act).toBe(expected.act)
    expect(ref.sections).toEqual(expected.sections)
    expect(ref.range).toEqual(expected.range ?? null)
    expect(ref.ledd).toEqual(expected.ledd ?? null)
    expect(ref.letters).toEqual(expected.letters ?? null)
    const resolution = resolveReference(ref, trees, createSectionIndex())
    const want = expected.resolves ?? {current: [], proposed: []}
    expect(citations(trees.current, resolution.current)).toEqual(want.current)
    expect(citations(trees.proposed, resolution.proposed)).toEqual(want.proposed)
  })
})

describe('extractReferences on the forms of the brief and of current.md', () => {
  const one = (text: string, selfNames: string[] = []) => {
    const refs = extractReferences(text, {selfNames})
    expect(refs).toHaveLength(1)
    return refs[0]!
  }

  it('reads ranges written both ways', () => {
    expect(one('Bestemmelsene i § 3-1 til § 3-5 gjelder').range).toEqual({from: '3-1', to: '3-5'})
    expect(one('jf. §§ 3-1 til 3-5.').text).toBe('§§ 3-1 til 3-5')
    expect(one('§§ 3-1, 3-2 og 3-4 gjelder').sections).toEqual(['3-1', '3-2', '3-4'])
  })

  it('keeps two sections of another act together with that act', () => {
    const ref = one('i henhold til arbeids- og velferdsforvaltningsloven § 4a og § 7 behandle')
    expect(ref).toMatchObject({text: '§ 4a og § 7', scope: 'external', act: 'arbeids- og velferdsforvaltningsloven', sections: ['4a', '7']})
  })

  it('knows a dated act and "i loven" as other acts, "forskriften" as this regulation', () => {
    expect(one('jf. lov 16. juni 2006 nr. 20 § 4 tredje ledd')).toMatchObject({scope: 'external', act: 'lov 16. juni 2006 nr. 20'})
    expect(one('jf. lov 16. juni 2006 nr. 20 om arbeids- og velferdsforvaltningen § 4')).toMatchObject({scope: 'external', act: 'lov 16. juni 2006 nr. 20'})
    expect(one('etter lov 10. desember 2004 nr. 76 om arbeidsmarkedstjenester, og foreslår at § 3-5 justeres').scope).toBe('self')
    expect(one('etter lov 10. desember 2004 nr. 76 om arbeidsmarkedstjenester og foreslår at § 3-5 justeres').scope).toBe('self')
    expect(one('jf. § 14a i loven.')).toMatchObject({scope: 'external', act: 'loven', sections: ['14a']})
    expect(one('etter § 3-1 i forskriften')).toMatchObject({scope: 'self', act: 'forskriften'})
    expect(one('egenregiforskriften § 3-6', ['egenregiforskriften']).scope).toBe('self')
    expect(one('egenregiforskriften § 3-6').scope).toBe('external')
    expect(one('se helsepersonelloven § 22.')).toMatchObject({scope: 'external', act: 'helsepersonelloven'})
    // A note names the act it discusses by its title, in other words than the act's own (supplerande stønad).
    expect(one('se lov om supplerande stønad ved kort butid § 2 fjerde ledd').scope).toBe('self')
  })

  it('reads ledd, punktum, bokstav and nummer before and after the section', () => {
    expect(one('se nytt første ledd i § 3-2.')).toMatchObject({ledd: {ordinal: 1, isNew: true}, text: 'nytt første ledd i § 3-2'})
    expect(one('annet punktum i § 3-2 første ledd')).toMatchObject({sentence: 2, ledd: {ordinal: 1, isNew: false}})
    expect(one('§ 3-1 tredje ledd annet punktum')).toMatchObject({sentence: 2, ledd: {ordinal: 3, isNew: false}})
    expect(one('§ 3-1 andre ledd')).toMatchObject({ledd: {ordinal: 2, isNew: false}})
    expect(one('§ 3-1 siste ledd')).toMatchObject({ledd: {ordinal: 'last', isNew: false}})
    expect(one('§ 3-2 bokstav a, c og e')).toMatchObject({letters: ['a', 'c', 'e']})
    expect(one('§ 3-2 første ledd bokstav d')).toMatchObject({ledd: {ordinal: 1, isNew: false}, letters: ['d']})
    expect(one('§ 5 nr. 1 til 3')).toMatchObject({numbers: ['1', '2', '3']})
    expect(one('bokstav c i § 3-2')).toMatchObject({letters: ['c'], sections: ['3-2']})
    expect(one('Det foreslås et nytt punktum i § 2-3 som')).toMatchObject({text: 'et nytt punktum i § 2-3', part: {kind: 'punktum', isNew: true}, ledd: null})
    expect(one('å oppheve en bokstav i § 6-16.')).toMatchObject({text: 'en bokstav i § 6-16', part: {kind: 'bokstav', isNew: false}})
    expect(one('Et ledd i § 3-14 foreslås flyttet')).toMatchObject({part: {kind: 'ledd', isNew: false}})
    expect(one('to nye ledd i § 3-1')).toMatchObject({part: {kind: 'ledd', isNew: true}})
    expect(one('se § 3-1').part).toBeNull()
  })

  it('does not take a following word for a section letter', () => {
    expect(one('kriteriene i § 3-1 eller som har').sections).toEqual(['3-1'])
    expect(one('§ 12 a. Tittel').sections).toEqual(['12a'])
    expect(one('jf. § 4 og 7 personer').sections).toEqual(['4'])
    expect(one('§ 3-1 i loven').sections).toEqual(['3-1'])
  })

  it('resolves "siste ledd" and punktum in the trees, and nothing for a section that does not exist', () => {
    expect(citations(trees.current, resolveReference(one('§ 3-2 siste ledd'), trees, createSectionIndex()).current)).toEqual(['§ 3-2 fjerde ledd'])
    expect(citations(trees.proposed, resolveReference(one('§ 3-2 siste ledd'), trees, createSectionIndex()).proposed)).toEqual(['§ 3-2 femte ledd'])
    expect(resolveReference(one('§ 3-7'), trees, createSectionIndex())).toEqual({current: [], proposed: []})
    expect(resolveReference(one('arbeidsmiljøloven § 4-2'), trees, createSectionIndex())).toEqual({current: [], proposed: []})
  })

  it('is deterministic', () => {
    const text = readFileSync('regulations/ips-ung/current.md', 'utf8')
    expect(JSON.stringify(extractReferences(text))).toBe(JSON.stringify(extractReferences(text)))
  })
})

describe('the regulation named by its date and number', () => {
  it('derives the names from the Lovdata id, in front-matter and in FOR- form', () => {
    expect(selfNamesFromId('forskrift/2023-06-20-1073')).toEqual(['forskrift 20. juni 2023 nr. 1073', 'forskrift av 20. juni 2023 nr. 1073'])
    expect(selfNamesFromId('FOR-2023-06-20-1073')).toEqual(['forskrift 20. juni 2023 nr. 1073', 'forskrift av 20. juni 2023 nr. 1073'])
    expect(selfNamesFromId('lov/2006-06-16-20')).toEqual(['lov 16. juni 2006 nr. 20', 'lov av 16. juni 2006 nr. 20'])
    expect(selfNamesFromId(null)).toEqual([])
    expect(selfNamesFromId('forskrift/2023-13-20-1073')).toEqual([])
  })

  it('reads "forskrift 20. juni 2023 nr. 1073 § 3-2" as this regulation, another dated regulation as external', () => {
    const selfNames = selfNamesFromId('forskrift/2023-06-20-1073')
    const own = extractReferences('Se forskrift 20. juni 2023 nr. 1073 § 3-2 første ledd.', {selfNames})
    expect(own.map((r) => [r.text, r.scope])).toEqual([['§ 3-2 første ledd', 'self']])
    const other = extractReferences('jf. forskrift 12. august 2016 nr. 974 om offentlige anskaffelser § 3-3', {selfNames})
    expect(other.map((r) => [r.text, r.scope])).toEqual([['§ 3-3', 'external']])
    // Without the id the same citation is another act: the id is what makes the difference.
    expect(extractReferences('Se forskrift 20. juni 2023 nr. 1073 § 3-2 første ledd.').map((r) => r.scope)).toEqual(['external'])
  })
})
