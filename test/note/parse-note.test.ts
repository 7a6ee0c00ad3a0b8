import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {flattenSections, parseNote} from '../../src/note/index.js'

const source = readFileSync('regulations/ips-ung/note.md', 'utf8')
const lines = source.split('\n')
const lineOf = (prefix: string): number => lines.findIndex((l) => l.startsWith(prefix)) + 1

function parse(value: string, path = 'note.md') {
  const file = new VFile({path, value})
  return {tree: parseNote(file), file}
}

describe('parseNote on the IPS ung høringsnotat', () => {
  const {tree, file} = parse(source)
  const all = flattenSections(tree.sections)

  it('has the title, and the title block as preamble', () => {
    expect(tree.title).toBe(
      'Forslag til endringer i forskrift om oppfølgingstiltak i Arbeids- og velferdsetatens egenregi kapittel 3 om individuell jobbstøtte (IPS ung - fra forsøk til ordinær drift).'
    )
    expect(tree.preamble.map((p) => p.text)).toEqual([
      'DET KONGELIGE ARBEIDS- OG INKLUDERINGSDEPARTEMENT',
      'Høringsnotat',
      'Mai 2026',
      'Høringsfrist: 26. 06. 2026'
    ])
    expect(file.messages).toEqual([])
  })

  it('has the real heading structure: numbers, headings, depths, anchors', () => {
    expect(all.map((s) => [s.depth, s.number, s.heading, s.anchor])).toEqual([
      [2, '1', '1. Innledning', 'note-1'],
      [2, '2', '2. Bakgrunn', 'note-2'],
      [2, '3', '3. Gjeldende rett', 'note-3'],
      [3, null, 'Individuell jobbstøtte', 'note-individuell-jobbstotte'],
      [3, null, 'Forsøk med IPS ung', 'note-forsok-med-ips-ung'],
      [2, '4', '4. Departementets vurderinger', 'note-4'],
      [3, '4.1', '4.1. Fra forsøk til ordinær regulering', 'note-4-1'],
      [3, '4.2', '4.2. Justering av aldersgrensen for IPS', 'note-4-2'],
      [3, '4.3', '4.3. Forsøket innarbeides i ordinære bestemmelser', 'note-4-3'],
      [4, null, 'Personkrets – § 3-1', 'note-personkrets-3-1'],
      [4, null, 'Innhold – § 3-2', 'note-innhold-3-2'],
      [4, null, 'Varighet – § 3-5', 'note-varighet-3-5'],
      [2, '5', '5. Økonomiske og administrative konsekvenser', 'note-5'],
      [2, '6', '6. Forslag til endringer i forskrift om oppfølgingstiltak i Arbeids- og velferdsetatens egenregi kapittel 3', 'note-6'],
      [3, null, '§ 3-1. Personkrets', 'note-3-1-personkrets'],
      [3, null, '§ 3-2. Innhold', 'note-3-2-innhold'],
      [3, null, '§ 3-3. Planlegging, gjennomføring og brukermedvirkning', 'note-3-3-planlegging-gjennomforing-og-brukermedvirkning'],
      [3, null, '§ 3-5. Varighet', 'note-3-5-varighet']
    ])
    const anchors = [...all.map((s) => s.anchor), ...all.flatMap((s) => s.paragraphs.map((p) => p.anchor)), ...tree.preamble.map((p) => p.anchor)]
    expect(new Set(anchors).size).toBe(anchors.length)
  })

  it('counts paragraphs per section as in the source, with the summary bullets as list items', () => {
    const counts = Object.fromEntries(all.map((s) => [s.anchor, s.paragraphs.map((p) => p.type[0]).join('')]))
    expect(counts).toMatchObject({
      'note-1': 'pllllp',
      'note-2': 'pppppff',
      'note-3': 'pp',
      'note-individuell-jobbstotte': 'pppppppp',
      'note-forsok-med-ips-ung': 'ppp',
      'note-4': '',
      'note-4-1': 'pppf',
      'note-4-2': 'ppppppppff',
      'note-4-3': 'ppp',
      'note-personkrets-3-1': 'ppppp',
      'note-innhold-3-2': 'ppppppp',
      'note-varighet-3-5': 'pp',
      'note-5': 'pp',
      'note-3-2-innhold': 'plllllpppp'
    })
    expect(all[0]!.paragraphs[2]).toMatchObject({anchor: 'note-1-p3', type: 'list-item', text: 'det åpnes opp for at IPS kan gis fra det året man fyller 16 år,'})
  })

  it('keeps footnotes with the section that cites them, and rejoins paragraphs the page break split', () => {
    const bakgrunn = all.find((s) => s.anchor === 'note-2')!
    expect(bakgrunn.paragraphs[5]).toMatchObject({anchor: 'note-fn-1', type: 'footnote'})
    expect(bakgrunn.paragraphs[5]!.text).toBe(
      'Drake, R. E., Bond, G. R., & Becker, D. R. (2012). Individual Placement and Support: An Evidence-Based Approach to Supported Employment. Oxford University Press.'
    )
    expect(bakgrunn.paragraphs[3]!.text).toContain('sluttrapport i 2024. Evalueringen viser')
    expect(bakgrunn.paragraphs[3]!.text).toContain('fornøyde med IPS ung, og mener jobbspesialistene')
    const age = all.find((s) => s.anchor === 'note-4-2')!
    expect(age.paragraphs.filter((p) => p.type === 'footnote').map((p) => p.anchor)).toEqual(['note-fn-4', 'note-fn-5'])
    expect(age.paragraphs[3]!.text).toContain('og uheldig å utelukke personer i målgruppen som er født sent på året')
  })

  it('gives headings and paragraphs their place in the file', () => {
    const section = all.find((s) => s.anchor === 'note-4-3')!
    expect(section.position.start).toEqual({line: lineOf('### 4.3.'), column: 1, offset: source.indexOf('### 4.3.')})
    const p = all.find((s) => s.anchor === 'note-personkrets-3-1')!.paragraphs[3]!
    expect(p.anchor).toBe('note-personkrets-3-1-p4')
    expect(p.position.start.line).toBe(lineOf('Videre er det en forutsetning'))
    expect(source.slice(p.position.start.offset, p.position.end.offset)).toBe(lines[p.position.start.line - 1])
  })

  it('keeps the ministry\'s wording, errors included', () => {
    const text = all.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n')
    for (const kept of ['Villkårene', 'budsjettammen', 'arbeids- og forvaltningsloven § 4 tredje ledd', 'Innholdet i IPS Ung']) {
      expect(text).toContain(kept)
    }
    const innhold = all.find((s) => s.anchor === 'note-innhold-3-2')!
    expect(innhold.paragraphs[5]!.text).toContain('individuell jobbstøtte skal få regelmessig')
  })

  it('is deterministic', () => {
    expect(JSON.stringify(parse(source).tree)).toBe(JSON.stringify(tree))
  })
})

describe('parseNote on other documents', () => {
  it('reads the 2021 letter with its own anchor prefix', () => {
    const path = 'background/oppdragsbrev-2021.md'
    const {tree, file} = parse(readFileSync(`regulations/ips-ung/${path}`, 'utf8'), path)
    expect(tree.title).toBe('Felles oppdrag til Helsedirektoratet og Arbeids- og velferdsdirektoratet om IPS ung mv.')
    expect(tree.sections).toHaveLength(1)
    expect(tree.sections[0]).toMatchObject({anchor: 'oppdragsbrev-2021-tekst', number: null})
    expect(tree.sections[0]!.paragraphs[0]!.anchor).toBe('oppdragsbrev-2021-tekst-p1')
    expect(tree.sections[0]!.paragraphs[0]!.text).toMatch(/^Arbeids- og sosialdepartementet viser til omtale av IPS ung/)
    expect(tree.preamble[0]!.text).toBe('DET KONGELIGE ARBEIDS- OG SOSIALDEPARTEMENT')
    // A title and no sections is what a letter is: nothing to warn about.
    expect(file.messages).toEqual([])
  })

  it('puts a note without headings in one implicit section and says so', () => {
    const {tree, file} = parse('Departementet foreslår at § 3-6 oppheves.\n\nDet er alt.\n')
    expect(tree.sections).toHaveLength(1)
    expect(tree.sections[0]).toMatchObject({anchor: 'note-tekst', number: null, heading: '', depth: 1})
    expect(tree.sections[0]!.paragraphs.map((p) => p.anchor)).toEqual(['note-tekst-p1', 'note-tekst-p2'])
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages
    expect(message).toMatchObject({ruleId: 'note-no-headings', source: 'regdiff', line: 1, column: 1})
    expect(message!.reason).toBe('Notatet har ingen overskrifter; hele teksten behandles som ett avsnitt')
  })

  it('survives an empty note', () => {
    const {tree, file} = parse('')
    expect(tree.sections[0]!.paragraphs).toEqual([])
    expect(file.messages.map((m) => m.ruleId)).toEqual(['note-no-headings'])
  })

  it('warns about a section number used twice, with its place, and keeps anchors unique', () => {
    const {tree, file} = parse('# Notat\n\n## 1. Innledning\n\nTekst.\n\n## 1. Igjen\n\nMer.\n')
    expect(tree.sections.map((s) => s.anchor)).toEqual(['note-1', 'note-1-2'])
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]).toMatchObject({ruleId: 'note-duplicate-number', line: 7, column: 1, source: 'regdiff'})
  })

  it('reads nested lists, tables and block quotes as paragraphs', () => {
    const {tree} = parse('## 2 Bakgrunn\n\n- ett\n  - to\n\n> sitat\n\n| a | b |\n|---|---|\n| c | d |\n')
    expect(tree.sections[0]!.number).toBe('2')
    expect(tree.sections[0]!.paragraphs.map((p) => [p.type, p.text])).toEqual([
      ['list-item', 'ett'],
      ['list-item', 'to'],
      ['paragraph', 'sitat'],
      ['paragraph', 'a | b'],
      ['paragraph', 'c | d']
    ])
  })
})
