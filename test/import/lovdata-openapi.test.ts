/**
 * Independent checks on further acts and regulations from Lovdata's open data (test/fixtures/import/
 * lovdata-openapi/, see its SOURCES.md): every § in order, every ledd's and item's wording (checked against
 * the XML with hast-util-to-text, not with the importer's walk), every amendment note, nothing unknown, and
 * a self-comparison without a change. They were chosen for forms the four consolidated texts of
 * shared/inputs do not have: a regulation of one ledd and no §, chapters without §§, a table inside a ledd,
 * «§ 1a», nynorsk, lettered lists, §§ with titles, a «– – –» placeholder ledd.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {Element, ElementContent, Root} from 'hast'
import {selectAll} from 'hast-util-select'
import {toText} from 'hast-util-to-text'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {runCase} from '../../src/index.js'
import {lovdataToMarkdown, parseHtml} from '../../src/import/lovdata.js'
import {parseProvisions} from '../../src/parse/index.js'
import {sectionsIn} from '../../src/parse/sections.js'
import type {Provision, ProvisionTree} from '../../src/types.js'

const DIR = new URL('../fixtures/import/lovdata-openapi/', import.meta.url).pathname
const FILES = readdirSync(DIR).filter((name) => name.endsWith('.xml')).sort()

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim()

// An amendment note whose first sentence is no amendment phrase: the importer writes it as a note (in
// italics, after the ledd), but the parser (src/parse/body.ts isNote) reads only notes that start «Endret
// ved …», «Tilføyd ved …» and the like, so this one becomes a fourth ledd of § 97. Reported to src/parse.
const PARSER_READS_AS_LEDD = ['Første og annet ledd utelatt her som uten betydning. Tredje ledd tilføyd ved lov 25 feb 1927.']

const sections = (tree: ProvisionTree): Provision[] => sectionsIn(tree.children)

/** Every ledd and item, and the preamble and unplaced text outside them, in file order, as plain wording. */
function inFileOrder(tree: ProvisionTree): string[] {
  const pieces: Array<{at: number; text: string}> = []
  const visit = (node: Provision): void => {
    if (node.kind === 'ledd' || node.kind === 'item') pieces.push({at: node.position.start.offset ?? 0, text: squash(node.text)})
    node.children.forEach(visit)
  }
  tree.children.forEach(visit)
  for (const o of tree.outside) if (o.reason === 'preamble' || o.reason === 'unplaced') pieces.push({at: o.position.start.offset ?? 0, text: squash(o.source)})
  return pieces.sort((a, b) => a.at - b.at).map((p) => p.text)
}

/** A ledd's own words as the XML has them: up to its list, footnote markers left out. */
function ownWords(ledd: Element): string {
  const own = {...ledd, children: ledd.children.filter((c: ElementContent) => !(c.type === 'element' && (c.tagName === 'ol' || c.tagName === 'ul' || c.tagName === 'sup')))}
  return squash(toText(own))
}

/** Text the parser kept outside every provision as unplaced (not front matter, title or preamble). */
function unplaced(tree: ProvisionTree): string[] {
  return tree.outside.filter((o) => o.reason === 'unplaced').map((o) => squash(o.source))
}

type Imported = ReturnType<typeof imported>

/** The only messages allowed: a table in the wording read row by row, and ledd under no § nor chapter. */
function checkMessages({hast, file}: Imported): void {
  const allowed = new Set(['lovdata-table-as-wording', 'lovdata-ledd-outside-provisions'])
  expect(file.messages.filter((m) => !allowed.has(m.ruleId ?? '')).map(String)).toEqual([])
  const loose = selectAll('main.documentBody > article.legalP', hast).length
  expect(file.messages.filter((m) => m.ruleId === 'lovdata-ledd-outside-provisions').length).toBe(loose > 0 ? 1 : 0)
}

/**
 * Each legalP's own words, in document order, begin the wording of a ledd or item in the same order (a
 * ledd's wording goes on with its list). Ledd under no § nor chapter are outside the provisions (warned):
 * their words are looked for in the text outside them.
 */
function checkWording(name: string, {hast, tree}: Imported): void {
  const got = inFileOrder(tree)
  let at = 0
  for (const ledd of selectAll('article.legalP', hast)) {
    const words = ownWords(ledd)
    if (words === '') continue
    const index = got.findIndex((text, i) => i >= at && text.startsWith(words))
    expect(index, `${name}: «${words.slice(0, 80)}»`).toBeGreaterThanOrEqual(at)
    at = index + 1
  }
}

/** Every note is a note of its §, except the one the parser reads as a ledd; a note in the body itself is outside. */
function checkNotes({hast, tree}: Imported): void {
  const loose = selectAll('main.documentBody > article.changesToParent', hast)
  const want = selectAll('article.changesToParent', hast).filter((n) => !loose.includes(n)).map((n) => squash(toText(n)))
  const found: string[] = []
  const collect = (node: Provision): void => {
    found.push(...node.notes.map((n) => squash(n.text)))
    node.children.forEach(collect)
  }
  tree.children.forEach(collect)
  expect(found).toEqual(want.filter((n) => !PARSER_READS_AS_LEDD.includes(n)))
}

function imported(name: string): {hast: Root; markdown: string; file: VFile; tree: ProvisionTree} {
  const file = new VFile({path: name, value: readFileSync(path.join(DIR, name), 'utf8')})
  const hast = parseHtml(file)
  const {markdown} = lovdataToMarkdown(hast, file)
  return {hast, markdown, file, tree: parseProvisions(new VFile({path: 'current.md', value: markdown}))}
}

describe('further documents from Lovdata\'s open data', () => {
  it('has the documents SOURCES.md lists', () => {
    const listed = [...readFileSync(path.join(DIR, 'SOURCES.md'), 'utf8').matchAll(/`((?:nl|sf)-[\d-]+\.xml)`/g)].map((m) => m[1])
    expect(FILES).toEqual([...new Set(listed)].sort())
    expect(FILES.length).toBeGreaterThanOrEqual(8)
  })

  it.each(FILES)('%s: every § in order, every ledd\'s and item\'s wording, every note, nothing unknown', (name) => {
    const doc = imported(name)
    checkMessages(doc)
    const want = selectAll('article.legalArticle', doc.hast).map((a) => String(a.properties['dataName']).replace(/^§+/, ''))
    expect(sections(doc.tree).map((s) => (s.label ?? '').replace(/ /g, ''))).toEqual(want)
    checkWording(name, doc)
    checkNotes(doc)
  })

  it('compared with itself, each reports no change', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'regdiff-openapi-'))
    try {
      await writeFile(path.join(dir, 'case.yaml'), 'proposalForm: complete\n')
      for (const name of FILES) {
        const {markdown} = imported(name)
        await writeFile(path.join(dir, 'current.md'), markdown)
        await writeFile(path.join(dir, 'proposed.md'), markdown)
        const result = await runCase(dir, {formats: [], lang: 'nb'})
        expect(result.ok, name).toBe(true)
        expect(result.report!.diff.changes, name).toEqual([])
      }
    } finally {
      await rm(dir, {recursive: true, force: true})
    }
  }, 120_000)

  it('has one ledd the parser leaves outside the provisions: «Nåværende § 8 annet ledd blir tredje ledd.» (FOR-1969-09-12-5 § 2)', () => {
    // The importer writes it as the third ledd of § 2, like the others; the parser (src/parse) reads a ledd
    // that starts «Nåværende § 8 …» as no ledd of § 2 and keeps it as unplaced text. Reported to src/parse;
    // this test fails when that changes, so the exception is then removed from the check above.
    const all = FILES.flatMap((name) => unplaced(imported(name).tree).map((text) => `${name}: ${text}`))
    expect(all).toEqual(['sf-19690912-0005.xml: Nåværende § 8 annet ledd blir tredje ledd.'])
    expect(imported('sf-19690912-0005.xml').markdown).toContain('skal § 8 nytt annet ledd lyde:\n\nDersom en utenlandsk domstol')
  })

  it('has one note the parser reads as a ledd (LOV-1918-08-14-4 § 97)', () => {
    const {markdown, tree} = imported('nl-19180814-004.xml')
    expect(markdown).toContain(`\n\n*${PARSER_READS_AS_LEDD[0]}*\n\n`)
    const section97 = sections(tree).find((s) => s.label === '97')!
    expect(section97.notes).toEqual([])
    expect(section97.children.filter((c) => c.kind === 'ledd').map((c) => squash(c.text))).toContain(PARSER_READS_AS_LEDD[0])
  })

  it('keeps a list inside a list item nested (FOR-2019-06-07-710 § 3)', () => {
    const {tree} = imported('sf-20190607-0710.xml')
    const section3 = sections(tree).find((s) => s.label === '3')!
    const [ledd] = section3.children.filter((c) => c.kind === 'ledd')
    const items = ledd!.children.filter((c) => c.kind === 'item')
    expect(items.map((i) => `${i.label}: ${i.children.filter((c) => c.kind === 'item').map((c) => c.label).join(',')}`)).toEqual(['a: 1,2', 'b: ', 'c: '])
    expect(squash(items[1]!.text)).toMatch(/^«passasjerskip»: skip som fører flere enn 12 passasjerer/)
  })

  it('reads a table in a ledd row by row, words apart (FOR-1960-06-02-2)', () => {
    const {file, tree} = imported('sf-19600602-0002.xml')
    expect(file.messages.map((m) => m.ruleId)).toEqual(['lovdata-table-as-wording', 'lovdata-ledd-outside-provisions'])
    const ledd = squash(tree.outside.find((o) => o.reason === 'preamble')!.source)
    expect(ledd).toContain('§ 2 nr. 4 § 2 nr. 5 til Norsk Rikskringkasting, § 2 nr. 6')
    expect(ledd).toContain('§ 2 nr. 48 til enhver § 2 nr. 50 til enhver')
  })
})
