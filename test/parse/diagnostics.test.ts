/** Every diagnostic the parser gives, with its position, rule id and source; and input that must not throw. */
import {describe, expect, test} from 'vitest'
import {VFile} from 'vfile'
import {parseProvisions} from '../../src/parse/index.js'
import {invariantProblems, walk} from './helpers.js'

function run(value: string | Uint8Array) {
  const file = new VFile({path: 'forskrift.md', value})
  const tree = parseProvisions(file)
  const text = typeof value === 'string' ? value : new TextDecoder().decode(value)
  return {file, tree, text, messages: file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)}
}

describe('diagnostics', () => {
  test('all messages name the file, carry source "regdiff" and a rule id', () => {
    const {file} = run('## § 3--1. Tittel\n\nTekst.\n')
    expect(file.messages).toHaveLength(1)
    const m = file.messages[0]!
    expect(m.source).toBe('regdiff')
    expect(m.file).toBe('forskrift.md')
    expect(m.fatal).toBe(false)
    expect(String(m)).toMatch(/^forskrift\.md:1:4: cannot read the section number "§ 3--1"/)
  })

  test('unreadable section number, as a heading and as a bare line', () => {
    const {messages, tree} = run('# Tittel\n\n#### § 3--1. Personkrets\n\nTekst.\n\n§ 3-. Innhold\n\nTekst.\n')
    expect(messages).toEqual(['3:6 unreadable-section-number', '7:1 unreadable-section-number'])
    // The section is kept, with its number as written, so nothing is lost.
    expect(tree.children.map((c) => c.label)).toEqual(['3--1', '3-'])
  })

  test('duplicate section: the second gets a suffixed id', () => {
    const {messages, tree, file} = run('## § 1. A\n\nTekst.\n\n## § 2. B\n\nTekst.\n\n## § 1. C\n\nTekst.\n')
    expect(messages).toEqual(['9:4 duplicate-section'])
    expect(file.messages[0]!.reason).toContain('first at line 1')
    expect(tree.children.map((c) => c.id)).toEqual(['§1', '§2', '§1~2'])
  })

  test('list letters that skip or go out of order', () => {
    const {messages} = run('## § 1. A\n\nTilskudd gis til\na. kurs,\nc. reiser,\nd. mat.\n\nSøknaden skal ha\na. navn\nc. adresse\nb. fødselsdato\n')
    expect(messages).toEqual(['5:1 list-sequence', '10:1 list-sequence', '11:1 list-sequence'])
  })

  test('list letters that skip across paragraphs', () => {
    const {messages, tree} = run('## § 1. A\n\nTilskudd gis til\n\na. kurs,\n\nb. reiser,\n\nd. mat.\n')
    expect(messages).toEqual(['9:1 list-sequence'])
    expect(tree.children[0]!.children.map((c) => c.children.map((x) => x.id.split('/').pop()))).toEqual([['pkt1', 'bokstav-a', 'bokstav-b'], ['bokstav-d']])
  })

  test('two dash lists in one ledd are numbered on, a new list in another style is a new ledd', () => {
    const {tree, messages} = run('## § 1. A\n\nPlanen skal omfatte\n\n- mål\n- tiltak\n\n* frister\n\n2. Annet punkt\n\n- mer\n')
    expect(messages).toEqual([])
    const ids = tree.children[0]!.children.map((c) => c.children.map((x) => x.id.split('/').pop()))
    expect(ids).toEqual([['pkt1', 'strek-1', 'strek-2', 'strek-3'], ['nr-2'], ['strek-1']])
  })

  test('list numbers that skip, in a Markdown list', () => {
    const {messages, file} = run('## § 1. A\n\nSøknaden skal ha:\n\n1. navn\n3. adresse\n')
    expect(messages).toEqual(['6:1 list-sequence'])
    expect(file.messages[0]!.reason).toBe('list number 3. follows 1.; expected 2')
  })

  test('"– – –" (items left out of an excerpt) is not a skip', () => {
    expect(run('## § 1. A\n\nFølgende endres:\n1. lov A\n– – –\n5. lov B\n').messages).toEqual([])
  })

  test('text under a chapter before its first section belongs to no §', () => {
    const {messages, tree} = run('## Kapittel 1. Alminnelig\n\nLøs tekst.\n\n#### § 1-1. A\n\nTekst.\n')
    expect(messages).toEqual(['3:1 text-outside-section'])
    expect(tree.children[0]!.children.map((c) => c.id)).toEqual(['kap1/ledd1', 'kap1/§1-1'])
  })

  test('text after a heading that closes the last section belongs to no §', () => {
    const {messages, tree} = run('#### § 1. A\n\nTekst.\n\n## Merknader\n\nLøs tekst.\n')
    expect(messages).toEqual(['7:1 text-outside-section'])
    expect(tree.outside.map((o) => o.reason)).toEqual(['unplaced'])
  })

  test('preamble before the first § is fine', () => {
    expect(run('# Tittel\n\nInnledning uten paragraf.\n\n## § 1. A\n\nTekst.\n').messages).toEqual([])
  })

  test('a text with no § at all still gives a tree, with a message', () => {
    const {messages, tree} = run('# Bare en tittel\n\nOg litt tekst.\n')
    expect(messages).toEqual(['1:1 no-sections'])
    expect(tree.children).toEqual([])
    expect(tree.outside.map((o) => o.reason)).toEqual(['title', 'preamble'])
  })

  test('two chapters with the same number', () => {
    const {messages, tree} = run('## Kapittel 2. A\n\n#### § 2-1. A\n\nTekst.\n\n## Kapittel 2. B\n\n#### § 2-2. B\n\nTekst.\n')
    expect(messages).toEqual(['7:1 duplicate-id'])
    expect(tree.children.map((c) => c.id)).toEqual(['kap2', 'kap2~2'])
  })

  test('front matter that is not YAML', () => {
    const {messages, tree} = run('---\ntittel: "uavsluttet\n---\n\n## § 1. A\n\nTekst.\n')
    expect(messages).toEqual(['2:1 frontmatter-invalid'])
    expect(tree.frontmatter).toBeNull()
  })
})

describe('bad input never throws and stays lossless', () => {
  const cases: Array<[string, string | Uint8Array]> = [
    ['empty', ''],
    ['only §', '§'],
    ['only headings', '#\n##\n###### §\n'],
    ['CRLF line endings', '# Tittel\r\n\r\n## § 1. A\r\n\r\nTilskudd gis til\r\na. kurs,\r\nb. reiser.\r\n\r\n§ 2 oppheves.\r\n'],
    ['unclosed front matter', '---\ntittel: x\n\n## § 1. A\n'],
    ['unclosed fence', '## § 1. A\n\n```\n## § 2. B\n'],
    ['bytes', new TextEncoder().encode('## § 1. Å\n\nTekst.\n')],
    ['control characters', '## § 1. A\u0000\n\n\u0007Tekst.\u001b[31m\n'],
    ['html and links', '## § 1. <b>A</b>\n\n<div>Tekst [lenke](http://x) ![bilde](y)</div>\n\nMer *tekst* ~~borte~~.\n'],
    ['deep nesting', '## § 1. A\n\n' + '>'.repeat(200) + ' tekst\n'],
    ['struck only', '## § 1. A\n\n~~Alt er strøket.~~\n'],
    ['byte order mark', '\uFEFF---\ntittel: x\n---\n# Tittel\n\n## § 1. A\n\nTekst.\n'],
    ['byte order mark before a heading', '\uFEFF## § 1. A\n\nTekst.\n']
  ]
  for (const [name, value] of cases) {
    test(name, () => {
      const {tree, text} = run(value)
      expect(invariantProblems(tree, text)).toEqual([])
    })
  }

  test('CRLF: items and repeal are found, text has no carriage returns', () => {
    const {tree} = run(cases[3]![1] as string)
    const items = [...walk(tree.children)].filter((n) => n.kind === 'item')
    expect(items.map((i) => i.text)).toEqual(['kurs,', 'reiser.'])
    expect(tree.repeals.map((r) => r.label)).toEqual(['2'])
    for (const n of walk(tree.children)) expect(n.text).not.toContain('\r')
  })

  test('a byte order mark does not hide the front matter or the first heading', () => {
    expect(run(cases[11]![1] as string).tree.frontmatter).toEqual({tittel: 'x'})
    const {tree} = run(cases[12]![1] as string)
    expect(tree.children.map((c) => c.id)).toEqual(['§1'])
    expect(tree.children[0]!.source.startsWith('\uFEFF')).toBe(true)
  })

  test('a fenced code block hides headings inside it', () => {
    const {tree} = run('## § 1. A\n\n```\n## § 2. B\n```\n\nTekst.\n')
    expect(tree.children.map((c) => c.id)).toEqual(['§1'])
  })
})
