/**
 * Golden tests: each folder in test/fixtures/parse/ has input.md and expected.json (a summary of the
 * tree and the messages, see helpers.ts). `UPDATE_GOLDEN=1 npx vitest run test/parse` rewrites them;
 * read every rewritten file before committing it.
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {VFile} from 'vfile'
import {parseProvisions} from '../../src/parse/index.js'
import {invariantProblems, summarize} from './helpers.js'

const root = join(import.meta.dirname, '../fixtures/parse')
const fixtures = readdirSync(root).filter((name) => existsSync(join(root, name, 'input.md'))).sort()

describe('golden provision trees', () => {
  test('there are fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(12)
  })
  for (const name of fixtures) {
    test(name, () => {
      const text = readFileSync(join(root, name, 'input.md'), 'utf8')
      // A relative path keeps the golden files independent of where the repository is checked out.
      const file = new VFile({path: `${name}/input.md`, value: text})
      const tree = parseProvisions(file)
      expect(invariantProblems(tree, text)).toEqual([])
      const actual = JSON.stringify(summarize(tree, file), null, 2) + '\n'
      const expectedPath = join(root, name, 'expected.json')
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(expectedPath, actual)
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'))
    })
  }
})
