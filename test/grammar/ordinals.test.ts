/** Ordinal words as the real instruction sentences of Lovdata's history write them, bokmål and nynorsk. */
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ORDINAL_PATTERN, ordinalWord, parseOrdinal} from '../../src/grammar/ordinals.js'
import {SHARED} from '../helpers/shared.js'
import {historieSentences} from './historie.js'

describe('ordinals', () => {
  it('reads bokmål and nynorsk forms', () => {
    expect(['første', 'fyrste', 'annet', 'andre', 'sjuende', 'syvende', 'sjuande', 'åttende', 'åttande', 'tiande', '4.'].map(parseOrdinal))
      .toEqual([1, 1, 2, 2, 7, 7, 7, 8, 8, 10, 4])
    expect(parseOrdinal('ledd')).toBeNull()
  })

  it('writes the bokmål form and reads it back, 1 to 20', () => {
    for (let n = 1; n <= 20; n++) expect(parseOrdinal(ordinalWord(n))).toBe(n)
    expect(ordinalWord(21)).toBe('21.')
  })

  it('reads every ordinal before «ledd» or «punktum» in the 7,000 sentences of Lovdata\'s history', () => {
    // Not `\b`: with the `u` flag it knows only ASCII letters, and would split «åttende».
    const before = /(?<![\p{L}])(\p{L}+)\s+(?:ledd|punktum)(?![\p{L}])/giu
    const pattern = new RegExp(`^${ORDINAL_PATTERN}$`, 'iu')
    const unread = new Set<string>()
    let seen = 0
    for (const s of historieSentences(join(SHARED, 'corpus/lovdata-historie'))) {
      for (const m of s.text.matchAll(before)) {
        const word = m[1]!.toLowerCase()
        if (NOT_ORDINALS.includes(word)) continue
        seen++
        if (parseOrdinal(word) === null || !pattern.test(word)) unread.add(word)
      }
    }
    expect(seen).toBeGreaterThan(3000)
    // Words before «ledd» that are not ordinals (typos and other nouns) are all that is left.
    expect([...unread].sort()).toEqual(UNREAD)
  })
})

/** Words that stand before «ledd» and are not meant as ordinals. */
const NOT_ORDINALS = ['nytt', 'nye', 'ny', 'og', 'til', 'nåværende', 'noverande', 'nåverande', 'gjeldende', 'siste', 'samme', 'dette', 'hvert', 'eget', 'i']

/** «eneste ledd» (the only ledd) and two words glued to a heading in Lovdata's Markdown. */
const UNREAD = ['eneste', 'fakultetannet', 'fakultetførste']
