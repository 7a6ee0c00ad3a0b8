/** The one month table, on the dates of real amending texts (every intro of the 2025 Lovtidend law amendments). */
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {MONTHS, MONTH_PATTERN, monthName, monthNumber} from '../../src/grammar/months.js'
import {SHARED} from '../helpers/shared.js'

describe('months', () => {
  it('names and numbers the twelve months both ways', () => {
    expect(MONTHS).toHaveLength(12)
    for (let n = 1; n <= 12; n++) expect(monthNumber(monthName(n))).toBe(n)
    expect(monthName(13)).toBe('')
    expect(monthNumber('Juli')).toBe(7)
    expect(monthNumber('julei')).toBeNull()
  })

  it('reads the month of every dated citation in the 2025 law amendments', () => {
    const dir = join(SHARED, 'inputs/lovtidend-2025-laws')
    const dated = new RegExp(`(?:lov|forskrift)\\s+(?:av\\s+)?\\d{1,2}\\.\\s+(\\p{L}+)\\s+\\d{4}`, 'giu')
    const strict = new RegExp(`^${MONTH_PATTERN}$`, 'u')
    let seen = 0
    const unread = new Set<string>()
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.xml'))) {
      for (const m of readFileSync(join(dir, file), 'utf8').matchAll(dated)) {
        seen++
        if (monthNumber(m[1]!) === null || !strict.test(m[1]!.toLowerCase())) unread.add(m[1]!)
      }
    }
    expect(seen).toBeGreaterThan(500)
    expect([...unread]).toEqual([])
  })
})
