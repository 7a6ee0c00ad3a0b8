import {describe, expect, it} from 'vitest'
import {isBreakingSpace, isWhiteSpace, unitTest} from '../../src/text/chars.js'

describe('character tests', () => {
  it('isWhiteSpace is /\\s/ on every UTF-16 code unit', () => {
    const differ: number[] = []
    for (let code = 0; code < 0x10000; code++) if (isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code)
    expect(differ).toEqual([])
  })

  it('isBreakingSpace is /\\s/ without the no-break spaces', () => {
    const differ: number[] = []
    for (let code = 0; code < 0x10000; code++) {
      const expected = /\s/.test(String.fromCharCode(code)) && code !== 0xa0 && code !== 0x202f
      if (isBreakingSpace(code) !== expected) differ.push(code)
    }
    expect(differ).toEqual([])
    expect(isBreakingSpace(0xa0)).toBe(false)
    expect(isBreakingSpace(0x2009)).toBe(true)
  })
})

describe('unitTest', () => {
  it('answers as the regex does, also when asked again (remembered)', () => {
    const re = /^[\p{Lu}«]$/u
    const test = unitTest(re)
    for (const round of [1, 2]) {
      for (let code = 0; code < 0x10000; code += 7) expect([round, code, test(code)]).toEqual([round, code, re.test(String.fromCharCode(code))])
    }
  })
})
