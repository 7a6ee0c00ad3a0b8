import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import type {Nodes, RootContent} from 'mdast'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkFrontmatter from 'remark-frontmatter'
import {parseBlocks} from '../../src/note/blocks.js'

// parseBlocks builds plain headings and paragraphs itself and leaves the rest to micromark: what the note
// parser reads of the blocks (kind, depth, position, text with whitespace collapsed) must be what
// micromark alone gives, block for block.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze()

function textOf(node: Nodes): string {
  if (node.type === 'break') return ' '
  if ('value' in node && typeof node.value === 'string') return node.value
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('')
  return ''
}

function view(nodes: RootContent[]): unknown[] {
  const walk = (node: Nodes): unknown => ({
    type: node.type,
    depth: 'depth' in node ? node.depth : undefined,
    start: node.position?.start,
    end: node.position?.end,
    text: textOf(node).replace(/[ \t\r\n\u00A0]+/g, ' ').trim(),
    // Only the top level is built directly; below it every node comes from micromark, positions included.
    children: node.type === 'paragraph' || node.type === 'heading' ? undefined : 'children' in node ? (node.children as Nodes[]).map(walk) : undefined
  })
  return nodes.map(walk)
}

const same = (source: string): void => {
  expect(view(parseBlocks(source))).toEqual(view((processor.parse(source) as {children: RootContent[]}).children))
}

describe('parseBlocks', () => {
  it('reads the IPS ung note as micromark does', () => {
    same(readFileSync('regulations/ips-ung/note.md', 'utf8'))
  })

  it('reads the background documents as micromark does', () => {
    for (const name of readdirSync('regulations/ips-ung/background')) same(readFileSync(`regulations/ips-ung/background/${name}`, 'utf8'))
  })

  it('keeps plain blocks next to lists, quotes, tables, footnotes and code in place', () => {
    same(
      [
        '# Tittel',
        '',
        '## 1. Innledning',
        'Første avsnitt rett under overskriften,',
        'over to linjer.   ',
        '',
        '- et punkt',
        '',
        'Avsnitt som avslutter listen.',
        '',
        '> sitat',
        'lat fortsettelse',
        '',
        '| a | b |',
        '|---|---|',
        '| 1 | 2 |',
        '',
        'Tekst med fotnote.[^1]',
        '',
        '[^1]: Fotnoten.',
        '',
        '    kode',
        '',
        '1. nummerert',
        '2. liste',
        '',
        '### 1.1 Overskrift med *utheving*',
        '',
        '«Sitat» og § 3-2 i teksten',
        '## Overskrift etter avsnitt',
        'Siste linje uten linjeskift'
      ].join('\n')
    )
  })

  it('hands documents with fences, raw HTML or front matter to micromark whole', () => {
    same('```\n\nTekst i kode\n\n```\n\nEtter koden')
    same('<!--\n\nTekst i kommentar\n\n-->\n\nEtter kommentaren')
    same('---\ntittel: x\n\nmer: y\n---\n\nTekst')
    same('Linje\r\nmed CR\r\n\r\nNeste')
  })
})
