/**
 * The three unseen real cases (amending acts of 2025–26 as Lovdata records them), through the whole pipeline:
 * every instruction applies without error, and every change of the hand-made gold (test/fixtures/real/<case>/
 * gold.json, see ORIGIN.md there) is in the report, at its section and ledd, of a matching kind, and attached
 * to the instruction that made it.
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {runCase} from '../../src/index.js'
import type {Change} from '../../src/types.js'

interface GoldChange {
  id: string
  section: string
  ledd?: number | string
  part?: string
  kind: string
}

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url))

function gold(name: string): GoldChange[] {
  return (JSON.parse(readFileSync(here(`../fixtures/real/${name}/gold.json`), 'utf8')) as {changes: GoldChange[]}).changes
}

/** `§ 11` → `§11`; the section part of a provision id (`kap3/§11/ledd4/pkt1` → `§11`). */
const sectionOf = (id: string): string => id.split('/').find((p) => p.startsWith('§')) ?? ''
const leddOf = (id: string): number | null => {
  const m = /\/ledd(\d+)/.exec(id)
  return m ? Number(m[1]) : null
}

/** The report's kinds a gold kind may be reported as (gold speaks of what happened, the diff of what it sees). */
const KINDS: Record<string, string[]> = {
  reworded: ['modified', 'editorial', 'moved'],
  added: ['added'],
  removed: ['removed', 'repealed'],
  'moved+reworded': ['moved', 'modified'],
  'formatting-only': ['editorial', 'modified']
}

/** Does the report change `c` report the gold change `g`? */
function reports(c: Change, g: GoldChange): boolean {
  const key = g.section.replace(/\s+/g, '')
  const ids = [c.current?.id, c.proposed?.id].filter((x): x is string => x !== undefined)
  if (!ids.some((id) => sectionOf(id) === key)) return false
  if (!(KINDS[g.kind] ?? [g.kind]).includes(c.kind)) return false
  if (g.part === 'overskrift') return ids.some((id) => id.endsWith(key))
  if (g.ledd === undefined) return true
  // "5->4": ledd 5 of the current text is ledd 4 of the proposed one.
  const [from, to] = String(g.ledd).split('->').map(Number)
  const current = c.current ? leddOf(c.current.id) : null
  const proposed = c.proposed ? leddOf(c.proposed.id) : null
  if (to !== undefined) return current === from && proposed === to
  return current === from || proposed === from
}

describe.each(['dagligvare-tilsyn', 'sentralbankloven-2026', 'supplerande-stonad-bortfall'])('the real case %s', (name) => {
  it('applies without error, and reports every gold change with the instruction that made it', async () => {
    const result = await runCase(here(`../../regulations/${name}`), {formats: [], lang: 'nb'})
    expect(result.ok, result.messages.map(String).join('\n')).toBe(true)
    const errors = result.messages.filter((m) => m.fatal === true)
    expect(errors.map(String)).toEqual([])
    const instructionMessages = result.messages.filter((m) => m.ruleId?.startsWith('instruction-'))
    expect(instructionMessages.map(String)).toEqual([])
    const changes = result.report!.diff.changes
    const missing = gold(name).filter((g) => !changes.some((c) => reports(c, g)))
    expect(missing.map((g) => `${g.id} ${g.section} ${g.ledd ?? g.part ?? ''} ${g.kind}`)).toEqual([])
    for (const change of changes) expect(change.instruction, `${change.id} ${change.current?.id ?? change.proposed?.id}`).not.toBeNull()
  })
})

describe('what the instructions of the real cases say', () => {
  it('dagligvare-tilsyn: «Femte ledd skal lyde:» after the renumbering is the current sixth ledd, and the bulk rename reaches the renumbered fourth', async () => {
    const result = await runCase(here('../../regulations/dagligvare-tilsyn'), {formats: [], lang: 'nb'})
    const changes = result.report!.diff.changes
    const fifth = changes.find((c) => c.proposed?.id === 'kap3/§11/ledd5/pkt1')
    expect(fifth?.current?.id).toBe('kap3/§11/ledd6/pkt1')
    expect(fifth?.proposed?.text).toBe('Kongen eller departementet kan ikke omgjøre Konkurransetilsynets vedtak etter loven her.')
    const fourth = changes.find((c) => c.proposed?.id === 'kap3/§11/ledd4/pkt1')
    expect(fourth?.current?.id).toBe('kap3/§11/ledd5/pkt1')
    expect(fourth?.proposed?.text).toMatch(/^Konkurransetilsynet kan ikke instrueres/)
    // A provision listed under the bulk rename reports the whole instruction: the sentence and its list line.
    const thirteen = changes.find((c) => c.proposed?.id === 'kap3/§13/ledd1/pkt1')
    expect(thirteen?.instruction?.text).toBe('I følgende bestemmelser skal «Dagligvaretilsynet» endres til «Konkurransetilsynet»:\n\n§ 13 første ledd')
    expect(thirteen?.instruction?.position.start.line).toBe(29)
    // Nothing of either authority is left in the sections the renames name (§ 19's own instruction rewrote it).
    const after = result.report!.diff.changes.map((c) => c.proposed?.text ?? '').join('\n')
    expect(after).not.toMatch(/Dagligvaretilsynet|Markedsrådet/)
  })

  it('sentralbankloven-2026: «(3)» keeps its number, and the new bokstav d joins the list inside the first punktum', async () => {
    const result = await runCase(here('../../regulations/sentralbankloven-2026'), {formats: [], lang: 'nb'})
    const changes = result.report!.diff.changes
    const third = changes.find((c) => c.proposed?.id === 'kap5/§5-3/ledd3/pkt1')
    expect(third?.proposed?.text).toMatch(/^\(3\) Opplysninger som kreves etter første og annet ledd, kan gis uten hinder/)
    expect(third?.current?.text).toMatch(/verdipapirregisterloven/)
    const d = changes.find((c) => c.proposed?.id === 'kap5/§5-3/ledd2/bokstav-d')
    expect(d?.kind).toBe('added')
    expect(d?.proposed?.text).toBe('Folkeregisteret')
  })
})
