import {describe, expect, it} from 'vitest'
import {jsonChunks, reportToJson} from '../../src/render/json.js'
import {hostileReport} from '../fixtures/render/hostile-report.js'
import {ipsUngReport} from '../fixtures/render/ips-ung-report.js'

const whole = (value: unknown): string => JSON.stringify(value, null, 2) + '\n'
const streamed = (value: unknown): string => [...jsonChunks(value)].join('')

// A small deterministic generator of varied values: every JSON type, nesting past the walked depths,
// empty containers, holes, undefined / functions / symbols in objects and arrays, toJSON, odd keys.
function randomValue(seed: number): unknown {
  let state = seed
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state % n
  }
  const strings = ['', 'a', 'æøå', 'line\nbreak', 'tab\t"quote"\\', '\u2028\u2029', '\ud800', '😀', '10', '-1', '__proto__']
  const build = (depth: number): unknown => {
    const pick = next(depth > 7 ? 8 : 14)
    switch (pick) {
      case 0: return null
      case 1: return next(2) === 0
      case 2: return [0, -0, 1.5, -1e21, 1e-7, NaN, Infinity][next(7)]
      case 3: return strings[next(strings.length)]
      case 4: return undefined
      case 5: return () => 1
      case 6: return Symbol('s')
      case 7: return new Date(Date.UTC(2025, next(12), 1 + next(28)))
      case 8:
      case 9: {
        const array: unknown[] = []
        const length = next(5)
        for (let i = 0; i < length; i++) array.push(build(depth + 1))
        if (next(4) === 0) array.length += 2 // holes at the end
        return array
      }
      case 10: {
        const inner = build(depth + 1)
        return {toJSON: (key: string) => ({key, inner})}
      }
      case 11: return Object.assign(Object.create(null) as object, {x: build(depth + 1)})
      default: {
        const object: Record<string, unknown> = {}
        const size = next(5)
        for (let i = 0; i < size; i++) object[strings[next(strings.length)]!] = build(depth + 1)
        return object
      }
    }
  }
  return build(0)
}

describe('jsonChunks streams exactly JSON.stringify(value, null, 2) + "\\n"', () => {
  it('on varied values (every type, empty and deep containers, holes, toJSON, left-out values)', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const value = randomValue(seed)
      expect(streamed(value), `seed ${seed}`).toBe(whole(value))
    }
  })

  it('on edge cases at the top and at every depth', () => {
    const deep = (n: number): unknown => (n === 0 ? {a: [1, {b: []}], c: {}} : [deep(n - 1), {k: deep(n - 1)}])
    const values: unknown[] = [undefined, null, 0, 'x', [], {}, [undefined], {a: undefined}, {a: undefined, b: 1}, [, 1], new Date(0), deep(8)]
    for (const value of values) expect(streamed(value)).toBe(whole(value))
  })

  it('on real reports, in pieces of modest size', () => {
    for (const report of [ipsUngReport(), hostileReport()]) {
      const value = reportToJson(report)
      const chunks = [...jsonChunks(value)]
      expect(chunks.join('')).toBe(whole(value))
      expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(200_000)
    }
  })

  it('refuses a toJSON result that has its own toJSON (JSON.stringify would not call it again)', () => {
    expect(() => streamed({a: {toJSON: () => new Date(0)}})).toThrow(/toJSON/)
  })
})
