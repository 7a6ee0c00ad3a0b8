/**
 * The rules on every provision of the 19 real acts and regulations in the corpus sample: a spacing
 * edit is editorial and nothing else, an appended duty is found and read as nothing else, and nothing
 * throws on long EEA paragraphs, tables or nynorsk.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {VFile} from 'vfile'
import {expect, test} from 'vitest'
import {effectsOf} from '../../src/classify/index.js'
import {parseProvisions} from '../../src/parse/index.js'
import type {Provision} from '../../src/types.js'
import {makeChange} from './helpers.js'
import {CORPUS} from '../helpers/shared.js'

const dir = CORPUS + '/'
const files = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md').sort()

function leaves(nodes: Provision[]): Provision[] {
  return nodes.flatMap((p) => (p.children.length === 0 ? [p] : leaves(p.children)))
}

const docs = files.map((f) => {
  const tree = parseProvisions(new VFile({path: f, value: readFileSync(dir + f, 'utf8')}))
  // Every 7th leaf with some words keeps the run short on the two large regulations.
  return {file: f, texts: leaves(tree.children).map((p) => p.text).filter((t) => /\p{L}{3}/u.test(t)).filter((_, i) => i % 7 === 0)}
})

test('the corpus sample gives the test something to chew on', () => {
  expect(files.length).toBe(19)
  expect(docs.reduce((n, d) => n + d.texts.length, 0)).toBeGreaterThan(500)
})

test.each(docs.map((d) => [d.file, d] as const))('%s: a doubled space is editorial only', (_, doc) => {
  for (const text of doc.texts) {
    const at = text.indexOf(' ')
    if (at < 0) continue
    const edited = text.slice(0, at) + '  ' + text.slice(at)
    expect(effectsOf(makeChange(text, edited)).map((e) => e.rule)).toEqual(['editorial/whitespace'])
  }
})

test.each(docs.map((d) => [d.file, d] as const))('%s: an appended duty is found, and no threshold or reference', (_, doc) => {
  for (const text of doc.texts) {
    // A leaf without a final full stop (list items, lead-ins) gets one, so the new sentence stands alone.
    const edited = `${text}${/[.:;!?]$/.test(text) ? '' : '.'} Søkeren skal legge ved dokumentasjon.`
    const rules = effectsOf(makeChange(text, edited)).map((e) => e.rule)
    expect(rules, text).toContain('modality/added-skal')
    // (Appending to a definition item does change the definition, so definition effects are allowed.)
    expect(rules.filter((r) => /^(threshold|reference|editorial)\//.test(r)), text).toEqual([])
  }
})
