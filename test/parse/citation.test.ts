import {describe, expect, test} from 'vitest'
import {chapterCitation, chapterId, citationOf, partId, sectionId, sectionLabel, stepCitation, stepId} from '../../src/parse/citation.js'

describe('citations and ids', () => {
  test('full citations, most specific last', () => {
    expect(citationOf('3-2', [{kind: 'ledd', ordinal: 1}, {kind: 'item', label: 'd', style: 'bokstav'}, {kind: 'sentence', ordinal: 2}])).toBe(
      '§ 3-2 første ledd bokstav d annet punktum'
    )
    expect(citationOf('3-1', [{kind: 'ledd', ordinal: 3}, {kind: 'sentence', ordinal: 2}])).toBe('§ 3-1 tredje ledd annet punktum')
    expect(citationOf('12 a', [{kind: 'ledd', ordinal: 2}, {kind: 'item', label: '3', style: 'nummer'}])).toBe('§ 12 a annet ledd nr. 3')
    expect(citationOf('4', [{kind: 'ledd', ordinal: 1}, {kind: 'item', label: '2', style: 'strek'}])).toBe('§ 4 første ledd annet strekpunkt')
    expect(citationOf('4')).toBe('§ 4')
    expect(chapterCitation('IV')).toBe('kapittel IV')
  })

  test('ordinals beyond twenty fall back to digits, as Lovdata writes them', () => {
    expect(stepCitation({kind: 'ledd', ordinal: 21})).toBe('21. ledd')
  })

  test('section labels are normalised; ids have no spaces', () => {
    expect(sectionLabel('12a')).toBe('12 a')
    expect(sectionLabel('12 a')).toBe('12 a')
    expect(sectionLabel('3 - 2')).toBe('3-2')
    expect(sectionLabel('3--1')).toBe('3--1')
    expect(sectionId('12 a')).toBe('§12a')
    expect(chapterId('IV')).toBe('kapIV')
    expect(partId('I')).toBe('del-I')
    expect(stepId({kind: 'item', label: 'd', style: 'bokstav'})).toBe('bokstav-d')
    expect(stepId({kind: 'item', label: '3', style: 'nummer'})).toBe('nr-3')
    expect(stepId({kind: 'sentence', ordinal: 2})).toBe('pkt2')
  })
})
