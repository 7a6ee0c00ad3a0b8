/**
 * The one sentence splitter (src/grammar/sentences.ts), on real text: every ledd of the 19 Lovdata
 * documents of the shared corpus and every paragraph of the notes and source texts under
 * shared/cases. Every reader of legal language (parse, classify, link) splits with it.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {VFile} from 'vfile'
import {sentenceAround, sentencesJoined, sentencesOf, splitSentences} from '../../src/grammar/sentences.js'
import {splitSentences as parseSplit} from '../../src/parse/sentences.js'
import {sentencesOf as classifySentences} from '../../src/classify/carried-over.js'
import {parseProvisions} from '../../src/parse/index.js'
import {sentenceBounds} from '../../src/link/passages.js'
import type {Provision} from '../../src/types.js'
import {CORPUS, SHARED} from '../helpers/shared.js'

// Abbreviations the brief names: a sentence never ends on one of them when a capital follows.
const NEVER_FINAL = ['jf.', 'bl.a.', 'nr.', 'kap.', 'pkt.', 'f.eks.', 'dvs.', 'pr.', 'ca.']
const MONTHS = /^(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)\b/

function* walk(nodes: Provision[]): Generator<Provision> {
  for (const n of nodes) {
    yield n
    yield* walk(n.children)
  }
}

/** What must hold of any split: ordered, trimmed spans that leave only white space out. */
function splitProblems(text: string): string[] {
  const problems: string[] = []
  const spans = splitSentences(text)
  let cursor = 0
  for (const s of spans) {
    if (s.start < cursor || text.slice(s.start, s.end) !== s.text) problems.push(`bad span ${s.start}-${s.end}`)
    if (text.slice(cursor, s.start).trim() !== '') problems.push(`lost «${text.slice(cursor, s.start)}»`)
    if (s.text !== s.text.trim() || s.text === '') problems.push(`untrimmed «${s.text}»`)
    cursor = s.end
  }
  if (text.slice(cursor).trim() !== '') problems.push(`lost tail «${text.slice(cursor)}»`)
  spans.slice(0, -1).forEach((s, k) => {
    const last = s.text.split(/\s+/).at(-1)!.toLowerCase()
    if (NEVER_FINAL.includes(last)) problems.push(`split after «${last}»: «${s.text}» | «${spans[k + 1]!.text}»`)
    if (/^\d+\.$/.test(last) && MONTHS.test(spans[k + 1]!.text)) problems.push(`split in a date: «${s.text}»`)
  })
  return problems
}

const corpusDocs = readdirSync(CORPUS).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md').sort()

describe('on every ledd of the Lovdata corpus', () => {
  const ledds = corpusDocs.flatMap((name) => {
    const tree = parseProvisions(new VFile({path: name, value: readFileSync(join(CORPUS, name), 'utf8')}))
    return [...walk(tree.children)].filter((n) => n.kind === 'ledd').map((n) => ({name, n}))
  })

  test('each split keeps every word, in order, and never splits after an abbreviation or inside a date', () => {
    const problems = ledds.flatMap(({name, n}) => splitProblems(n.text).map((p) => `${name} ${n.citation}: ${p}`))
    expect(problems).toEqual([])
    // The corpus is large: thousands of ledd, more sentences than ledd.
    expect(ledds.length).toBeGreaterThan(1500)
    expect(ledds.reduce((k, {n}) => k + splitSentences(n.text).length, 0)).toBeGreaterThan(ledds.length)
  })

  test('parse cuts a ledd of plain sentences into the punktum the splitter finds', () => {
    let compared = 0
    const differ: string[] = []
    for (const {name, n} of ledds) {
      if (n.children.length === 0 || !n.children.every((c) => c.kind === 'sentence')) continue
      compared++
      const parsed = n.children.map((c) => c.text)
      if (JSON.stringify(parsed) !== JSON.stringify(sentencesOf(n.text))) differ.push(`${name} ${n.citation}`)
    }
    expect(differ).toEqual([])
    expect(compared).toBeGreaterThan(1000)
  })
})

/** Every file of prose under shared/cases (notes, consolidated texts, letters), by paragraph. */
function caseParagraphs(): Array<{file: string; text: string}> {
  const out: Array<{file: string; text: string}> = []
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry)
      if (statSync(path).isDirectory()) visit(path)
      else if (/\.(md|txt)$/.test(entry) && entry !== 'SOURCES.md') {
        for (const text of readFileSync(path, 'utf8').split(/\n\s*\n/)) if (text.trim() !== '') out.push({file: path.slice(SHARED.length + 1), text})
      }
    }
  }
  visit(join(SHARED, 'cases'))
  return out
}

describe('on the notes and texts under shared/cases', () => {
  const paragraphs = caseParagraphs()

  test('each split keeps every word, in order, and never splits after an abbreviation or inside a date', () => {
    const problems = paragraphs.flatMap(({file, text}) => splitProblems(text).map((p) => `${file}: ${p}`))
    expect(problems).toEqual([])
    expect(paragraphs.length).toBeGreaterThan(500)
  })

  test('every reader gives the same sentences (parse, classify, link and the grammar are one splitter)', () => {
    for (const {text} of paragraphs) {
      const grammar = sentencesOf(text)
      expect(parseSplit(text).map((s) => s.text)).toEqual(grammar)
      expect(classifySentences(text)).toEqual(grammar)
      expect(sentenceBounds(text).map(([a, b]) => text.slice(a, b))).toEqual(grammar)
      expect(sentencesJoined(text)).toBe(grammar.join(' '))
    }
  })
})

describe('the rules, on the sentences that tell them apart', () => {
  test('«jf. Nav sin veileder» does not end a sentence, and a colon never does', () => {
    const text = 'Tiltaket gis etter avtale, jf. Nav sin veileder. Oppfølgingen skal være minst 2 timer: Dette gjelder også ved fravær.'
    expect(sentencesOf(text)).toEqual([
      'Tiltaket gis etter avtale, jf. Nav sin veileder.',
      'Oppfølgingen skal være minst 2 timer: Dette gjelder også ved fravær.'
    ])
  })

  test('abbreviations, dates, ordinals and § numbers', () => {
    for (const abbr of ['jf.', 'bl.a.', 'nr.', 'kap.', 'pkt.', 'f.eks.', 'dvs.', 'pr.', 'ca.']) {
      expect(sentencesOf(`Dette gjelder ${abbr} Arbeids- og velferdsetaten.`), abbr).toHaveLength(1)
    }
    for (const abbr of ['mv.', 'm.m.', 'o.l.', 'osv.']) {
      expect(sentencesOf(`Reiser ${abbr} dekkes.`), abbr).toHaveLength(1)
      expect(sentencesOf(`Det gjelder reiser ${abbr} Det gjelder ikke mat.`), abbr).toHaveLength(2)
    }
    expect(sentencesOf('Forskriften trer i kraft 1. juli 2025. Samtidig oppheves forskrift 4. februar 2019 nr. 65.')).toHaveLength(2)
    expect(sentencesOf('Etter 4. ledd kan det gis unntak.')).toHaveLength(1)
    expect(sentencesOf('Plikten følger av § 4-2. Det gjelder også etter kap. 5.')).toEqual(['Plikten følger av § 4-2.', 'Det gjelder også etter kap. 5.'])
  })

  test('sentenceAround finds the sentence holding an offset', () => {
    const text = 'Første setning. Andre setning, jf. § 3-2. Tredje.'
    const at = text.indexOf('§ 3-2')
    expect(sentenceAround(text, at, at + 5).text).toBe('Andre setning, jf. § 3-2.')
  })
})
