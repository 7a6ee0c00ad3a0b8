/**
 * Scoring of regdiff's output on the real cases in test/fixtures/real against their hand-written gold
 * (format in test/fixtures/real/README.md). Plain functions of a Report and a gold file, so the test
 * only runs the cases and compares figures.
 */
import {readFileSync, readdirSync, existsSync} from 'node:fs'
import {join} from 'node:path'
import type {Change, Reason, Report} from '../../src/types.js'

export const REAL_DIR = 'test/fixtures/real'

export interface GoldChange {
  id: string
  section: string
  from?: string
  ledd?: number
  fromLedd?: number
  bokstav?: string
  part?: string
  kind: string
  summary: string
  reasons: string[]
  acceptable: string[]
  discussed: boolean
  effects: string[] | null
}

export interface Gold {
  case: string
  changes: GoldChange[]
  notChanges?: Array<{section: string; ledd?: number | null; why: string}>
}

/** The split recorded in test/fixtures/real/README.md. */
export type Part = 'development' | 'evaluation' | 'fresh'

/**
 * The split recorded in test/fixtures/real/README.md. `evaluation` is the first held-out part: its misses were
 * seen in the session that reported it, so it is no longer blind and rules may now be tuned on it as on
 * `development`. `fresh` is the blind part: gold committed before any run, never tuned on.
 */
export const SPLIT: Record<Part, string[]> = {
  development: ['dagligvare-tilsyn', 'supplerande-stonad-bortfall', 'kulturlova-2025', 'klimaloven-2035', 'klimaloven-2021'],
  evaluation: ['ips-ung', 'sentralbankloven-2026', 'klimaloven-2023', 'matloven-2025'],
  fresh: ['aml-psykososialt-2025', 'vaksinasjon-covid-2020', 'eos-arbeidstakarlova-2025']
}

export function realCases(): string[] {
  return readdirSync(REAL_DIR, {withFileTypes: true})
    .filter((d) => d.isDirectory() && existsSync(join(REAL_DIR, d.name, 'gold.json')))
    .map((d) => d.name)
    .sort()
}

/**
 * The folder a case's texts are read from: its own under test/fixtures/real, or — for a case that is also a
 * published case of this repository — `regulations/<name>`, so the gold is scored on exactly the texts the
 * committed report is made from (one copy, never two that can drift apart).
 */
export function caseDir(name: string): string {
  const own = join(REAL_DIR, name)
  return existsSync(join(own, 'current.md')) ? own : join('regulations', name)
}

export function readGold(name: string): Gold {
  return JSON.parse(readFileSync(join(REAL_DIR, name, 'gold.json'), 'utf8')) as Gold
}

interface Place {
  section: string
  ledd: number | null
  bokstav: string | null
}

const norm = (label: string): string => label.replace(/\s+/g, '').toLowerCase()

/** Section, ledd and bokstav of a provision id (`kap3/§3-2/ledd1/bokstav-d/pkt1`). */
export function placeOf(id: string): Place | null {
  const segments = id.split('/')
  const section = segments.find((s) => s.startsWith('§'))
  if (!section) return null
  const ledd = segments.find((s) => /^ledd\d+$/.test(s))
  const item = segments.find((s) => s.startsWith('bokstav-') || s.startsWith('nr-'))
  return {section: norm(section.slice(1)), ledd: ledd ? Number(ledd.slice(4)) : null, bokstav: item ? item.replace(/^(bokstav|nr)-/, '') : null}
}

// A section-level change stands for the whole section only when the section as a whole came, went or moved;
// a section-level "modified" is its heading.
const WHOLE = new Set(['added', 'removed', 'repealed', 'moved', 'relettered'])

function sideMatches(change: Change, place: Place | null, section: string, ledd: number | undefined, bokstav: string | undefined, heading: boolean): boolean {
  if (!place || place.section !== norm(section)) return false
  if (heading) return change.level === 'section'
  if (place.ledd === null) return change.level === 'section' ? WHOLE.has(change.kind) || ledd === undefined : true
  if (ledd !== undefined && place.ledd !== ledd) return false
  if (bokstav !== undefined && place.bokstav !== null && place.bokstav !== bokstav) return false
  // A sentence of a ledd's lead-in is not in its list.
  if (bokstav !== undefined && place.bokstav === null && change.level !== 'ledd') return false
  return true
}

/** Which side of the change the gold entry stands for, if any (the proposed side first). */
export function matchSide(gold: GoldChange, change: Change): 'proposed' | 'current' | null {
  const heading = gold.part === 'overskrift'
  const proposed = change.proposed ? placeOf(change.proposed.id) : null
  const current = change.current ? placeOf(change.current.id) : null
  if (sideMatches(change, proposed, gold.section, gold.ledd, gold.bokstav, heading)) return 'proposed'
  if (sideMatches(change, current, gold.from ?? gold.section, gold.fromLedd ?? gold.ledd, gold.bokstav, heading)) return 'current'
  return null
}

export const matches = (gold: GoldChange, change: Change): boolean => matchSide(gold, change) !== null

// A change a ledd entry and a bokstav entry both cover belongs to the bokstav entry.
const specificity = (g: GoldChange): number => (g.bokstav !== undefined ? 2 : 0) + (g.ledd !== undefined ? 1 : 0) + (g.part !== undefined ? 1 : 0)

/** Per change, the most specific gold entries that cover it, each with the side it matched. */
function ownersOf(gold: Gold, changes: Change[]): Map<string, Array<{g: GoldChange; side: 'proposed' | 'current'}>> {
  const out = new Map<string, Array<{g: GoldChange; side: 'proposed' | 'current'}>>()
  for (const c of changes) {
    const all = gold.changes.flatMap((g) => {
      const side = matchSide(g, c)
      return side ? [{g, side}] : []
    })
    if (all.length === 0) continue
    const top = Math.max(...all.map((o) => specificity(o.g)))
    out.set(c.id, all.filter((o) => specificity(o.g) === top))
  }
  return out
}

const headingKey = (text: string): string => text.trim().replace(/[:.]\s*$/, '').replace(/\s+/g, ' ').toLowerCase()

/** Does a reason sit under the note heading `key` (a number like `4.2` or an unnumbered heading's text)? */
export function reasonIs(reason: Reason, key: string): boolean {
  const number = /^(\d+(?:\.\d+)*)\.?\s/.exec(reason.heading)?.[1] ?? null
  return reason.noteSection === key || number === key || headingKey(reason.heading) === headingKey(key)
}

export interface Figures {
  cases: number
  failed: string[]
  goldChanges: number
  found: number
  reasonKeys: number
  reasonKeysFound: number
  reasonsGiven: number
  reasonsRight: number
  unexplainedOnDiscussed: number
  effectsScored: number
  effectsRight: number
  /** Per case, what did not hold (for the test's message). */
  misses: string[]
}

export function emptyFigures(): Figures {
  return {cases: 0, failed: [], goldChanges: 0, found: 0, reasonKeys: 0, reasonKeysFound: 0, reasonsGiven: 0, reasonsRight: 0, unexplainedOnDiscussed: 0, effectsScored: 0, effectsRight: 0, misses: []}
}

const typesOf = (changes: Change[]): Set<string> => new Set(changes.flatMap((c) => c.effects.map((e) => e.type)).filter((t) => t !== 'editorial'))

function effectsHold(expected: string[], changes: Change[]): boolean {
  const types = typesOf(changes)
  if (expected.length === 0) return types.size === 0
  return expected.every((want) => (want === '*' ? changes.some((c) => c.effects.length > 0) : want.split('|').some((t) => types.has(t))))
}

/** Adds one case's figures to `into`. */
export function scoreCase(name: string, gold: Gold, report: Report, into: Figures): void {
  into.cases++
  const changes = report.diff.changes
  const unexplained = new Set(report.diff.findings.filter((f) => f.code === 'unexplained-change').flatMap((f) => f.changeIds))
  const owners = ownersOf(gold, changes)
  for (const g of gold.changes) {
    into.goldChanges++
    const mine = changes.filter((c) => matches(g, c))
    if (mine.length === 0) {
      into.misses.push(`${name} ${g.id} § ${g.section}: not found`)
      continue
    }
    into.found++
    const reasons = mine.flatMap((c) => c.reasons.filter((r) => r.document === 'note'))
    for (const key of g.reasons) {
      into.reasonKeys++
      if (reasons.some((r) => reasonIs(r, key))) into.reasonKeysFound++
      else into.misses.push(`${name} ${g.id} § ${g.section}: no reason under «${key}»`)
    }
    if (g.effects !== null) {
      // A move's effects belong to where the text arrives: the entry for the place it left judges none.
      const own = mine.filter((c) => {
        const o = owners.get(c.id) ?? []
        const me = o.find((x) => x.g === g)
        return me !== undefined && (me.side === 'proposed' || !o.some((x) => x.side === 'proposed'))
      })
      into.effectsScored++
      if (effectsHold(g.effects, own)) into.effectsRight++
      else into.misses.push(`${name} ${g.id} § ${g.section}: effects ${JSON.stringify([...typesOf(own)])} for gold ${JSON.stringify(g.effects)}`)
    }
  }
  for (const c of changes) {
    const o = owners.get(c.id)
    if (!o || !unexplained.has(c.id) || !o.some((x) => x.g.discussed)) continue
    into.unexplainedOnDiscussed++
    into.misses.push(`${name} ${c.id}: unexplained-change though the note discusses ${o.map((x) => x.g.id).join(', ')}`)
  }
  // Precision: each note reason on a change the gold knows, right when it sits under a heading the gold
  // names (as a reason or acceptable) for any gold change that change stands for.
  for (const c of changes) {
    const gs = (owners.get(c.id) ?? []).map((x) => x.g)
    if (gs.length === 0) continue
    const keys = gs.flatMap((g) => [...g.reasons, ...g.acceptable])
    for (const r of c.reasons.filter((x) => x.document === 'note')) {
      into.reasonsGiven++
      if (keys.some((k) => reasonIs(r, k))) into.reasonsRight++
      else into.misses.push(`${name} ${c.id}: reason under «${r.heading}» (${r.method}) not in gold`)
    }
  }
}

export const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b)

export function summary(part: string, f: Figures): string {
  const r = (a: number, b: number): string => `${ratio(a, b).toFixed(2)} (${a}/${b})`
  return (
    `${part}: ${f.cases} cases${f.failed.length ? ` (failed to run: ${f.failed.join(', ')})` : ''}; ` +
    `changes found ${r(f.found, f.goldChanges)}; reason recall ${r(f.reasonKeysFound, f.reasonKeys)}, ` +
    `precision ${r(f.reasonsRight, f.reasonsGiven)}; unexplained-change on discussed provisions ${f.unexplainedOnDiscussed}; ` +
    `effects ${r(f.effectsRight, f.effectsScored)}`
  )
}
