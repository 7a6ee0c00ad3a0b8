/** The assertions of issue 2 on the IPS ung texts (fixture copies of the shared case files). */
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import type {Provision} from '../../src/types.js'
import {parseFile, walk} from './helpers.js'

const fixtures = join(import.meta.dirname, '../fixtures/parse')
const find = (nodes: Provision[], id: string): Provision => {
  const hit = [...walk(nodes)].find((n) => n.id === id)
  if (!hit) throw new Error(`no ${id}`)
  return hit
}

describe('IPS ung, current regulation (FOR-2023-06-20-1073)', () => {
  const {tree, file} = parseFile(join(fixtures, 'ips-ung-current', 'input.md'))

  test('five chapters, 19 sections, no messages', () => {
    expect(tree.children.map((c) => `${c.kind} ${c.label} ${c.title}`)).toEqual([
      'chapter 1 Fellesbestemmelser',
      'chapter 2 Arbeid med støtte',
      'chapter 3 Individuell jobbstøtte',
      'chapter 4 Ungdomsgaranti',
      'chapter 5 Ikrafttredelse'
    ])
    expect([...walk(tree.children)].filter((n) => n.kind === 'section')).toHaveLength(19)
    expect(file.messages).toEqual([])
  })

  test('front matter and title are outside the provisions', () => {
    expect(tree.frontmatter?.['refid']).toBe('forskrift/2023-06-20-1073')
    expect(tree.title).toBe('Forskrift om oppfølgingstiltak i Arbeids- og velferdsetatens egenregi')
    expect(tree.outside.map((o) => o.reason)).toEqual(['frontmatter', 'title'])
  })

  test('§ 3-2 has four ledd; the first is a lead-in with items a–e', () => {
    const s = find(tree.children, 'kap3/§3-2')
    expect(s.citation).toBe('§ 3-2')
    expect(s.title).toBe('Innhold')
    expect(s.children.map((c) => c.kind)).toEqual(['ledd', 'ledd', 'ledd', 'ledd'])
    const first = s.children[0]!
    expect(first.children.map((c) => `${c.kind}:${c.label ?? c.ordinal}`)).toEqual([
      'sentence:1', 'item:a', 'item:b', 'item:c', 'item:d', 'item:e'
    ])
    const d = find(tree.children, 'kap3/§3-2/ledd1/bokstav-d')
    expect(d.citation).toBe('§ 3-2 første ledd bokstav d')
    expect(d.text).toBe('tilrettelegging på arbeidsplassen tilpasset den enkeltes behov og i samarbeid med arbeidsgiver og behandlingsteam')
    expect(d.source).toBe('d. tilrettelegging på arbeidsplassen tilpasset den enkeltes behov og i samarbeid med arbeidsgiver og behandlingsteam')
    expect(d.position.start).toEqual({line: 88, column: 1, offset: 4740})
  })

  test('citations of ledd and punktum', () => {
    expect(find(tree.children, 'kap3/§3-1/ledd1/pkt2').citation).toBe('§ 3-1 første ledd annet punktum')
    expect(find(tree.children, 'kap3/§3-1/ledd1/pkt2').text).toBe('Det er en forutsetning at personen har fylt 16 år.')
    expect(find(tree.children, 'kap2/§2-4/ledd2/pkt3').citation).toBe('§ 2-4 annet ledd tredje punktum')
    expect(find(tree.children, 'kap3').citation).toBe('kapittel 3')
  })

  test('Lovdata amendment notes are metadata, not wording', () => {
    const s = find(tree.children, 'kap2/§2-2')
    expect(s.notes.map((n) => n.text)).toEqual(['Endret ved forskrift 31 jan 2025 nr. 117 (i kraft 1 juli 2025).'])
    expect(s.text).not.toContain('Endret ved')
    expect(s.children).toHaveLength(3)
    expect(s.marks).toEqual([])
  })
})

describe('IPS ung, proposal (høringsnotat section 6 plus "§ 3-6 oppheves.")', () => {
  const {tree, file} = parseFile(join(fixtures, 'ips-ung-proposed', 'input.md'))

  test('§§ 3-1, 3-2, 3-3 and 3-5, and the repeal of § 3-6', () => {
    expect(tree.children.map((c) => c.id)).toEqual(['§3-1', '§3-2', '§3-3', '§3-5'])
    expect(tree.repeals.map((r) => [r.label, r.citation, r.text])).toEqual([['3-6', '§ 3-6', '§ 3-6 oppheves.']])
    expect(tree.repeals[0]!.position.start.line).toBe(45)
    expect(file.messages).toEqual([])
  })

  test('the struck item is a delete mark, not an item; the remaining items are a–d', () => {
    const ledd = find(tree.children, '§3-2/ledd1')
    expect(ledd.children.filter((c) => c.kind === 'item').map((c) => c.label)).toEqual(['a', 'b', 'c', 'd'])
    expect(ledd.marks.map((m) => [m.type, m.text])).toEqual([['delete', 'a. regelmessig og tilpasset oppfølging av en jobbspesialist']])
    expect(ledd.text).not.toContain('regelmessig og tilpasset oppfølging av en jobbspesialist\n')
    expect(find(tree.children, '§3-2/ledd1/bokstav-a').text).toBe('bistand til aktiv jobbsøking tidlig i oppfølgingen')
  })

  test('italic new text stays in the wording and is an insert mark on the punktum it forms', () => {
    const pkt = find(tree.children, '§3-1/ledd1/pkt2')
    expect(pkt.text).toBe('For unge under 30 år (IPS ung), kan tiltaket også tilbys de som har sammensatte psykiske problemer eller rusutfordringer.')
    expect(pkt.marks.map((m) => m.type)).toEqual(['insert'])
    expect(pkt.source.startsWith('*') && pkt.source.endsWith('*')).toBe(true)
    const s33 = find(tree.children, '§3-3/ledd1/pkt1')
    expect(s33.marks.map((m) => m.text)).toEqual(['jobbspesialisten'])
    expect(s33.text).toContain('helse- og omsorgstjenesten og jobbspesialisten.')
  })

  test('§ 3-2 keeps the lost full stop of the source (third ledd)', () => {
    expect(find(tree.children, '§3-2/ledd3/pkt2').text).toBe('Deltakeren kan også få oppfølging under opplæring og utdanning')
  })
})

describe('IPS ung case files in regulations/ips-ung (what the report is made from)', () => {
  const dir = join(import.meta.dirname, '../../regulations/ips-ung')

  test('current.md: five chapters, § 3-2 with four ledd, the first with items a–e', () => {
    const {tree, file} = parseFile(join(dir, 'current.md'))
    expect(tree.children.filter((c) => c.kind === 'chapter')).toHaveLength(5)
    const s = find(tree.children, 'kap3/§3-2')
    expect(s.children).toHaveLength(4)
    expect(s.children[0]!.children.filter((c) => c.kind === 'item').map((c) => c.label)).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(file.messages).toEqual([])
  })

  test('proposed.md: §§ 3-1, 3-2, 3-3, 3-5 and the repeal of § 3-6', () => {
    const {tree, file} = parseFile(join(dir, 'proposed.md'))
    expect(tree.children.map((c) => c.citation)).toEqual(['§ 3-1', '§ 3-2', '§ 3-3', '§ 3-5'])
    expect(tree.repeals.map((r) => r.citation)).toEqual(['§ 3-6'])
    expect(find(tree.children, '§3-2/ledd1').children.filter((c) => c.kind === 'item').map((c) => c.label)).toEqual(['a', 'b', 'c', 'd'])
    expect(file.messages).toEqual([])
  })
})
