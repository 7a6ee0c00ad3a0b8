/**
 * The 19 Lovdata documents of the shared corpus: each parses without throwing, covers every character
 * exactly once, has as many sections as it has § headings (counted here by a plain regex over lines),
 * has unique ids, and parses identically with a shared chunk cache.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {VFile} from 'vfile'
import {parseProvisions} from '../../src/parse/index.js'
import type {Root} from 'mdast'
import {invariantProblems, walk} from './helpers.js'
import {CORPUS} from '../helpers/shared.js'

const corpus = CORPUS
const docs = readdirSync(corpus).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md').sort()

/** § headings counted independently of the parser: ATX heading lines whose text starts with "§ <digit>". */
function countSectionHeadings(text: string): number {
  return text.split('\n').filter((line) => /^ {0,3}#{1,6}[ \t]+§\s*\d/u.test(line)).length
}

describe('Lovdata corpus', () => {
  test('has the 19 documents', () => {
    expect(docs).toHaveLength(19)
  })

  for (const name of docs) {
    test(name, () => {
      const text = readFileSync(join(corpus, name), 'utf8')
      const file = new VFile({path: name, value: text})
      const tree = parseProvisions(file)
      expect(invariantProblems(tree, text)).toEqual([])
      const sections = [...walk(tree.children)].filter((n) => n.kind === 'section')
      expect(sections.length).toBe(countSectionHeadings(text))
      for (const n of walk(tree.children)) {
        expect(n.text, n.id).not.toMatch(/\*Endret ved|\*Endra ved|\*Tilføyd ved/u)
        expect(n.citation, n.id).not.toBe('')
      }
      // Ids are made unique by a suffix, but a suffix outside a real duplicate would be a parser fault.
      expect(file.messages.filter((m) => m.ruleId === 'duplicate-id').map(String)).toEqual([])
      for (const m of file.messages) {
        expect(m.source).toBe('regdiff')
        expect(m.line, String(m)).toBeGreaterThan(0)
      }
    })
  }

  test('known shapes: parts above chapters, "§ 1a" and "§ 1 a", headings to level 6, nynorsk notes', () => {
    const parse = (name: string) => parseProvisions(new VFile({path: name, value: readFileSync(join(corpus, name), 'utf8')}))
    const ids = (name: string) => [...walk(parse(name).children)].filter((n) => n.kind !== 'ledd' && n.kind !== 'item' && n.kind !== 'sentence').map((n) => n.id)
    expect(ids('forskrift-2015-12-11-1666.md').slice(0, 3)).toEqual(['del-1', 'del-1/§1', 'del-1/§2'])
    expect(ids('lov-1991-07-20-67.md').slice(0, 4)).toEqual(['del-I', 'del-I/del-A', 'del-I/del-A/kapI', 'del-I/del-A/kapI/§1'])
    expect(ids('forskrift-2014-12-17-1808.md')).toContain('kap2/§4a')
    const nn = parse('forskrift-1984-06-22-1302.md')
    expect(nn.children[0]!.notes.map((n) => n.text)).toEqual(['Overskrifta endra ved forskrift 26 aug 2009 nr. 1120 (i kraft 1 sep 2009).'])
    // The EEA regulation text printed before the Norwegian §§ is preamble, not provisions.
    const vin = parse('forskrift-2013-03-21-370.md')
    expect(vin.children.map((c) => c.id)).toEqual(['§1', '§2', '§2a', '§3', '§4', '§5', '§6', '§7', '§8', '§9', '§10'])
    expect(vin.outside.map((o) => o.reason)).toEqual(['frontmatter', 'title', 'preamble'])
  })

  test('a shared cache gives the same trees and is used', () => {
    const name = 'lov-2020-12-18-146.md'
    const text = readFileSync(join(corpus, name), 'utf8')
    const cache = new Map<string, Root>()
    const plain = parseProvisions(new VFile({path: name, value: text}))
    const first = parseProvisions(new VFile({path: name, value: text}), {cache})
    const size = cache.size
    const second = parseProvisions(new VFile({path: name, value: text}), {cache})
    expect(cache.size).toBe(size)
    expect(JSON.stringify(first)).toBe(JSON.stringify(plain))
    expect(JSON.stringify(second)).toBe(JSON.stringify(plain))
  })
})
