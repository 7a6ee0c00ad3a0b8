import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {plainChunk} from '../../src/parse/plain-chunk.js'
import {CORPUS, SHARED} from '../helpers/shared.js'

const gfm = unified().use(remarkParse).use(remarkGfm)
const commonmark = unified().use(remarkParse)
const corpus = CORPUS
const texts = [
  join(SHARED, 'cases', 'ips-ung', 'forskrift-2023-06-20-1073-konsolidert-2025-08-01.md'),
  ...readdirSync(corpus).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md').map((f) => join(corpus, f))
].map((f) => readFileSync(f, 'utf8'))

// Section bodies as the parser cuts them (text between heading lines), and single lines.
function chunks(text: string): string[] {
  return [...text.split(/^#{1,6} .*\n/m), ...text.split('\n').map((l) => l + '\n')]
}

describe('plainChunk', () => {
  it('gives exactly what remark gives, on every chunk of the real texts it accepts', () => {
    let accepted = 0
    for (const text of texts) {
      for (const chunk of chunks(text)) {
        const fast = plainChunk(chunk)
        if (!fast) continue
        accepted++
        expect(fast).toEqual(commonmark.parse(chunk))
        expect(fast).toEqual(gfm.parse(chunk))
      }
    }
    // Most ledd are plain lines: the fast path must actually be taken on real regulations.
    expect(accepted).toBeGreaterThan(1000)
  })

  it('reads plain ledd separated by blank lines as paragraphs with their positions', () => {
    const chunk = '\nFørste ledd, jf. § 3-1.\nannen linje.\n\nAndre ledd (nytt).\n'
    expect(plainChunk(chunk)).toEqual(commonmark.parse(chunk))
    expect(plainChunk(chunk)!.children).toHaveLength(2)
  })

  it("reads Lovdata's lists («1. …», «- …», tight or a blank line apart) exactly as remark does, also when edited", () => {
    // Edits that change what the list is: blank lines removed or added, markers swapped, lazy lines, indents.
    const edits = (c: string): string[] => [
      c,
      c.replace(/\n\n/g, '\n'),
      c.replace(/\n(?=[-\d])/g, '\n\n'),
      c.replace(/^- /gm, '1. '),
      c.replace(/^(\d+)\. /gm, '- '),
      c.replace(/^(\d+)\. /gm, '$1) '),
      c.replace(/^(\d+)\./gm, '$1$1$1$1$1.'),
      c.replace(/^- /gm, '-  '),
      c.replace(/\n\n(?=\d)/, '\nTekst\n'),
      c.replace(/^/gm, ' ')
    ]
    let lists = 0
    for (const text of texts) {
      for (const chunk of text.split(/^#{1,6} .*\n/m).filter((c) => /^(?:- |\d+\. )/m.test(c))) {
        for (const edited of edits(chunk)) {
          const fast = plainChunk(edited)
          if (!fast) continue
          if (fast.children.some((node) => node.type === 'list')) lists++
          expect(fast, JSON.stringify(edited).slice(0, 200)).toEqual(gfm.parse(edited))
        }
      }
    }
    expect(lists).toBeGreaterThan(100)
  })

  it('leaves anything that could be Markdown syntax to remark', () => {
    for (const chunk of [
      'Tiltaket *kan* tilbys.\n', // emphasis
      'Første ledd.\n- punkt\n', // a list right after a paragraph line (may interrupt it)
      '1) Første\n', // ordered list with a parenthesis
      '- punkt\nfortsatt\n', // lazy continuation of a list item
      '- punkt\n1. Første\n', // a list of the other kind without a blank line
      '1. Første\n   innrykket\n', // an item's indented continuation
      '- [ ] oppgave\n', // GFM task list item
      'Tekst  \nmed hard linjeskift.\n', // trailing spaces: a break node
      'Tekst\n===\n', // setext heading
      '    Kode\n', // indented code
      'Se www.lovdata.no i dag.\n', // GFM autolink literal
      'Tekst\r\nmed CRLF.\n',
      'Tekst med\u00a0NBSP.\n',
      'Ledd\n  \nmed blanke tegn på tom linje.\n'
    ]) {
      expect(plainChunk(chunk), JSON.stringify(chunk)).toBeNull()
    }
  })
})
