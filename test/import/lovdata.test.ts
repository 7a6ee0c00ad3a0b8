/**
 * Every Lovdata XML in shared/inputs (consolidated texts and the two regulations as first announced) imports
 * with every § in order and every ledd's wording, checked against the XML itself with hast-util-to-text (not
 * with the importer's own walk), and a self-comparison of each imported text reports nothing.
 */
import {readFileSync} from 'node:fs'
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {Element, ElementContent, Root} from 'hast'
import {select, selectAll} from 'hast-util-select'
import {toText} from 'hast-util-to-text'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {runCase} from '../../src/index.js'
import {lovdataToMarkdown, parseHtml} from '../../src/import/lovdata.js'
import {parseProvisions} from '../../src/parse/index.js'
import {sectionsIn} from '../../src/parse/sections.js'
import type {Provision, ProvisionTree} from '../../src/types.js'
import {SHARED} from '../helpers/shared.js'

const INPUTS = path.join(SHARED, 'inputs')
const FILES = [
  'lovdata-xml/sf-20230620-1073.xml',
  'lovdata-xml/sf-20151211-1598.xml',
  'lovdata-xml/sf-20091002-1229.xml',
  'lovdata-xml/nl-20041210-076.xml',
  'lovtidend/sf-20230620-1073.xml',
  'lovtidend/sf-20151211-1598.xml'
]

const sections = (tree: ProvisionTree): Provision[] => sectionsIn(tree.children)

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** The ledd's wording as the XML has it: list labels (data-name) before each item, footnote markers left out. */
function expectedLedd(el: Element): string {
  const copy = structuredClone(el) as Element
  const edit = (node: Element): void => {
    node.children = node.children.filter((c) => !(c.type === 'element' && c.tagName === 'sup'))
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (child.tagName === 'li') {
        // A dash item's «-» is a Markdown bullet, markup in regdiff's wording (the item is `strek-N`).
        const label = String(child.properties['dataName'] ?? child.properties['dataLiIdentifier'] ?? '').replace(/^-$/, '')
        child.children.unshift({type: 'text', value: ` ${label} `} as ElementContent)
      }
      edit(child)
    }
  }
  edit(copy)
  return squash(toText(copy))
}

function xmlSections(tree: Root): Element[] {
  return selectAll('article.legalArticle', tree)
}

describe.each(FILES)('Lovdata import of %s', (name) => {
  const xml = readFileSync(path.join(INPUTS, name), 'utf8')
  const file = new VFile({path: name, value: xml})
  const hast = parseHtml(file)
  const imported = lovdataToMarkdown(hast, file)
  const tree = parseProvisions(new VFile({path: 'current.md', value: imported.markdown}))

  it('has every § of the XML, in order, and nothing else', () => {
    const want = xmlSections(hast).map((a) => String(a.properties['dataName']).replace(/^§/, ''))
    const got = sections(tree).map((s) => (s.label ?? '').replace(/ /g, ''))
    expect(want.length).toBeGreaterThan(10)
    expect(got).toEqual(want)
    expect(file.messages.map(String)).toEqual([])
  })

  it("has every ledd's wording, and every footnote, as the XML has it", () => {
    const got = sections(tree)
    xmlSections(hast).forEach((article, index) => {
      const ledd = article.children.filter((c): c is Element => c.type === 'element' && (c.properties['className'] as string[] | undefined)?.includes('legalP') === true)
      const footnotes = selectAll('.footnote', article).map((note) => squash(toText(note).replace(/^\s*\S+/, '')))
      const want = [...ledd.map(expectedLedd), ...footnotes]
      const section = got[index]!
      expect(section.children.filter((c) => c.kind === 'ledd').map((c) => squash(c.text)), `§ ${section.label}`).toEqual(want)
    })
  })

  it('keeps every amendment note as a note of its §', () => {
    const want = selectAll('article.legalArticle > article.changesToParent', hast).length
    const got = sections(tree).reduce((n, s) => n + s.notes.length, 0)
    expect(got).toBe(want)
  })

  it('compared with itself, reports no change', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'regdiff-self-'))
    try {
      await writeFile(path.join(dir, 'current.md'), imported.markdown)
      await writeFile(path.join(dir, 'proposed.md'), imported.markdown)
      await writeFile(path.join(dir, 'case.yaml'), 'proposalForm: complete\n')
      const result = await runCase(dir, {formats: [], lang: 'nb'})
      expect(result.ok).toBe(true)
      expect(result.report!.diff.changes).toEqual([])
      expect(result.report!.diff.sections.every((s) => s.status === 'unchanged')).toBe(true)
    } finally {
      await rm(dir, {recursive: true, force: true})
    }
  })
})

describe('Lovdata header into metadata', () => {
  it('reads id, title, ministry, dates and the amendment list of egenregiforskriften', () => {
    const file = new VFile({path: 'x.xml', value: readFileSync(path.join(INPUTS, 'lovdata-xml/sf-20230620-1073.xml'), 'utf8')})
    const {meta} = lovdataToMarkdown(parseHtml(file), file)
    expect(meta).toMatchObject({
      id: 'FOR-2023-06-20-1073',
      title: 'Forskrift om oppfølgingstiltak i Arbeids- og velferdsetatens egenregi',
      ministry: 'Arbeids- og inkluderingsdepartementet',
      lastChangeInForce: '2025-08-01',
      amendments: ['forskrift/2025-01-31-117', 'forskrift/2025-07-30-1576']
    })
  })

  it('gives the same text as the hand-checked current.md of regulations/ips-ung, up to blank lines and the eli line', () => {
    const file = new VFile({path: 'x.xml', value: readFileSync(path.join(INPUTS, 'lovdata-xml/sf-20230620-1073.xml'), 'utf8')})
    const {markdown} = lovdataToMarkdown(parseHtml(file), file)
    const hand = readFileSync(new URL('../../regulations/ips-ung/current.md', import.meta.url), 'utf8')
    const lines = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('eli:'))
    expect(lines(markdown)).toEqual(lines(hand))
  })
})

describe('the older lovdata.no page structure (fixture written after the documented structure)', () => {
  it('reads chapters, sections, ledd and one-row list tables', () => {
    const fixture = new URL('../fixtures/import/old-lovdata-page.html', import.meta.url)
    const file = new VFile({path: 'old.html', value: readFileSync(fixture, 'utf8')})
    const {markdown} = lovdataToMarkdown(parseHtml(file), file)
    expect(file.messages.map(String)).toEqual([])
    const tree = parseProvisions(new VFile({path: 'current.md', value: markdown}))
    const found = sections(tree)
    expect(found.map((s) => `${s.label} ${s.title}`)).toEqual(['2-1 Personkrets', '2-2 Innhold'])
    const ledd = found[1]!.children.filter((c) => c.kind === 'ledd')
    expect(ledd).toHaveLength(2)
    expect(ledd[0]!.children.filter((c) => c.kind === 'item').map((c) => c.label)).toEqual(['a', 'b', 'c'])
    expect(markdown).toContain('## Kapittel 2. Arbeid med støtte\n\n#### § 2-1. Personkrets')
  })
})

describe('lovdata.no\'s page form of 2026 (fixture written after a measured description, not a saved page)', () => {
  it('reads headings written as text, ledd, list-item tables and the note table, and leaves out the table of contents', () => {
    const fixture = new URL('../fixtures/import/lovdata-page-2026.html', import.meta.url)
    const file = new VFile({path: 'page.html', value: readFileSync(fixture, 'utf8')})
    const {markdown, counts} = lovdataToMarkdown(parseHtml(file), file)
    expect(file.messages.map((m) => m.ruleId)).toEqual(['lovdata-toc-skipped'])
    const tree = parseProvisions(new VFile({path: 'current.md', value: markdown}))
    const found = sections(tree)
    expect(found.map((s) => `${s.label} ${s.title}`)).toEqual(['3-1 Personkrets', '3-2 Innhold'])
    expect(found.map((s) => s.children.filter((c) => c.kind === 'ledd').length)).toEqual([2, 2])
    expect(found[1]!.children[0]!.children.filter((c) => c.kind === 'item').map((c) => c.label)).toEqual(['a', 'b'])
    expect(found[0]!.notes.map((n) => n.text)).toEqual(['Endret ved forskrift 31 jan 2025 nr. 117 (i kraft 1 juli 2025).'])
    expect(counts).toMatchObject({sections: 2, notes: 1, items: 2})
    // Its two sections are the consolidated XML's, word for word.
    const xml = new VFile({path: 'x.xml', value: readFileSync(path.join(INPUTS, 'lovdata-xml/sf-20230620-1073.xml'), 'utf8')})
    const fromXml = sections(parseProvisions(new VFile({path: 'current.md', value: lovdataToMarkdown(parseHtml(xml), xml).markdown})))
    const first = (s: Provision): string[] => s.children.filter((c) => c.kind === 'ledd').map((c) => squash(c.text))
    expect(first(found[0]!)).toEqual(first(fromXml.find((s) => s.label === '3-1')!))
  })
})
