/**
 * Section renumbering over a range (issue 14): «Nåværende §§ 4 til 7 blir § 5 til ny § 8.» in klimaloven-2035
 * (lov 20. juni 2025 nr. 90, printed after the wording of the new § 4), and range statements from Lovdata's
 * amendment history (/work/shared/corpus/lovdata-historie/).
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {runCase} from '../../src/index.js'
import {applyInstructions} from '../../src/instructions/index.js'
import {parseProposal} from '../../src/instructions/read.js'

import {parseProvisions} from '../../src/parse/index.js'
import type {Change} from '../../src/types.js'
import {SHARED} from '../helpers/shared.js'

const CASE = join(import.meta.dirname, '../fixtures/real/klimaloven-2035')
const HISTORY = join(SHARED, 'corpus/lovdata-historie')

/** A statement as the proposal reader reads it: its renumbering, or null when it is an error. */
function parseRenumbering(sentence: string) {
  const parsed = parseProposal(`${sentence}\n`)
  if (parsed.issues.some((i) => i.severity === 'error')) return null
  return parsed.instructions[0]?.renumbering[0] ?? null
}

interface GoldChange {
  id: string
  section: string
  from?: string
  ledd?: number
  bokstav?: string
  kind: string
}

const sectionOf = (id: string | undefined): string | null => id?.split('/').find((p) => p.startsWith('§'))?.slice(1) ?? null

/** The report's change for a gold change: at its section (and, when renumbered, from its former one), ledd and bokstav. */
function reports(c: Change, g: GoldChange): boolean {
  if (sectionOf(c.proposed?.id) !== g.section) return false
  if (g.kind === 'added') return c.kind === 'added' && c.current === null
  if (sectionOf(c.current?.id) !== (g.from ?? g.section)) return false
  const inside = `${g.ledd === undefined ? '' : `/ledd${g.ledd}`}${g.bokstav === undefined ? '' : `/bokstav-${g.bokstav}`}`
  const at = `§${g.section}${inside}`
  return c.proposed?.id === at || (inside !== '' && (c.proposed?.id ?? '').startsWith(`${at}/`))
}

/** The text of a section in a consolidated Markdown text, heading line excluded. */
function sectionBody(text: string, label: string): string {
  const m = new RegExp(`^#+ § ${label}\\.[^\\n]*\\n([\\s\\S]*?)(?=^#+ |(?![\\s\\S]))`, 'm').exec(text)
  return (m?.[1] ?? '').trim()
}

describe('klimaloven-2035: «Nåværende §§ 4 til 7 blir § 5 til ny § 8»', () => {
  it('applies every instruction, and reports every gold change at its section', async () => {
    const result = await runCase(CASE, {formats: [], lang: 'nb'})
    expect(result.messages.filter((m) => m.ruleId?.startsWith('instruction-')).map(String)).toEqual([])
    const gold = (JSON.parse(readFileSync(join(CASE, 'gold.json'), 'utf8')) as {changes: GoldChange[]}).changes
    const changes = result.report!.diff.changes
    const missing = gold.filter((g) => !changes.some((c) => reports(c, g)))
    expect(missing.map((g) => `${g.id} § ${g.section}`)).toEqual([])
    // The new § 4 is new, not the old § 4 reworded; the old § 4 moved to § 5 with the statement that moved it.
    const added = changes.find((c) => c.kind === 'added' && c.proposed?.id === '§4')
    expect(added?.instruction?.text).toMatch(/^§ 4 skal lyde:/)
    const moved = changes.find((c) => c.current?.id === '§4' && c.proposed?.id === '§5')
    expect(moved?.kind).toBe('relettered')
    expect(moved?.instruction?.text).toBe('Nåværende §§ 4 til 7 blir § 5 til ny § 8.')
    // Instructions after the statement cite the new numbers: «§ 6 første ledd første punktum» is the current § 5.
    const sixth = changes.find((c) => c.proposed?.id === '§6/ledd1/pkt1')
    expect(sixth?.current?.id).toBe('§5/ledd1/pkt1')
    expect(sixth?.instruction?.text).toMatch(/^§ 6 første ledd første punktum skal lyde:/)
  })

  it('carries the renumbered sections’ wording over', () => {
    const currentText = readFileSync(join(CASE, 'current.md'), 'utf8')
    const file = new VFile({path: 'proposed.md', value: readFileSync(join(CASE, 'proposed.md'), 'utf8')})
    const result = applyInstructions({tree: parseProvisions(new VFile({path: 'current.md', value: currentText})), text: currentText}, file)
    expect(file.messages.map(String)).toEqual([])
    // § 4 (2050) and § 7 (Ikrafttredelse) move unchanged; § 4 is the new 2035 target.
    expect(sectionBody(result.text, '5')).toBe(sectionBody(currentText, '4'))
    expect(sectionBody(result.text, '8')).toBe(sectionBody(currentText, '7'))
    expect(result.text).toMatch(/^#+ § 5\. Klimamål for 2050$/m)
    expect(result.text).toMatch(/^#+ § 8\. Ikrafttredelse$/m)
    expect(sectionBody(result.text, '4')).toMatch(/^Målet skal være at klimagassutslippene i 2035 reduseres med minst 70–75 prosent/)
    expect(result.text.indexOf('§ 4. Klimamål for 2035')).toBeLessThan(result.text.indexOf('§ 5. Klimamål for 2050'))
    // § 6 gets its new first punktum; § 7 keeps its other items.
    expect(sectionBody(result.text, '6')).toMatch(/jf\. § 5, skal regjeringen/)
    expect(sectionBody(result.text, '7')).toMatch(/klimamål som nevnt i §§ 3 til 6/)
    expect(sectionBody(result.text, '7')).not.toMatch(/§§ 3 til 5/)
  })
})

describe('range renumbering statements of Lovdata’s amendment history', () => {
  /** Every «Nåværende § A til § B blir …» sentence the history records, as enacted. */
  function rangeStatements(): string[] {
    const out = new Set<string>()
    for (const name of ['forskrift-1975-02-26-9872.md', 'forskrift-1998-12-16-1241.md']) {
      const text = readFileSync(join(HISTORY, name), 'utf8')
      for (const m of text.matchAll(/Nåværende § [\d-]+ til § [\d-]+ blir [^.*]+\./g)) out.add(m[0])
    }
    return [...out]
  }

  it('reads each range as the sections in it, paired in order', () => {
    const read = rangeStatements().map((s) => {
      const r = parseRenumbering(s)
      return r && `${r.level}: ${r.from.join(',')} → ${r.to.join(',')}`
    })
    expect(read).toEqual([
      'section: 1,2,3,4 → 2,3,4,5',
      'section: 3-11,3-12,3-13 → 3-10,3-11,3-12',
      'section: 4-29,4-30,4-31 → 4-30,4-31,4-32',
      // «§ 5-35 til § 5-36 blir § 5-33 til § 5-35»: two sections, three numbers — not read (an error at its line), never guessed.
      null,
      'section: 3-3,3-4,3-5 → 3-4,3-5,3-6'
    ])
  })

  it('forskrift 26. februar 1975 (endret 2006): «Nåværende § 1 til § 4 blir § 2 til § 5.» and «Ny § 1 skal lyde:»', () => {
    const history = readFileSync(join(HISTORY, 'forskrift-1975-02-26-9872.md'), 'utf8')
    const statement = /\*(Nåværende § 1 til § 4 blir § 2 til § 5\.)\*/.exec(history)![1]!
    const wording = /\*Ny § 1 skal lyde:\*\n\n((?:>.*\n)+)/.exec(history)![1]!.replace(/^> ?/gm, '').trim().replace(/^§ 1\.(?=\S)/, '§ 1. ')
    // The sections before 2006 are not in the history: stubs with their numbers, so a moved stub shows where it went.
    const currentText = ['# Forskrift', '', ...[1, 2, 3, 4].flatMap((n) => [`### § ${n}. Tittel ${n}`, '', `Tekst som sto i § ${n}.`, ''])].join('\n')
    const proposed = `I forskrift 26. februar 1975 gjøres følgende endringer:\n\n${statement}\n\nNy § 1 skal lyde:\n\n${wording}\n`
    const file = new VFile({path: 'proposed.md', value: proposed})
    const result = applyInstructions({tree: parseProvisions(new VFile({path: 'current.md', value: currentText})), text: currentText}, file)
    expect(file.messages.map(String)).toEqual([])
    for (const n of [1, 2, 3, 4]) expect(sectionBody(result.text, String(n + 1))).toBe(`Tekst som sto i § ${n}.`)
    expect(sectionBody(result.text, '1')).toMatch(/^Skattyter kan kreve endring i utskrevet forhåndsskatt/)
    expect([...result.text.matchAll(/^### § (\d+)\./gm)].map((m) => m[1])).toEqual(['1', '2', '3', '4', '5'])
  })
})
