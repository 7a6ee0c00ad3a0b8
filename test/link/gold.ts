/** Scoring links against the hand-made gold fixture (test/fixtures/link/ips-ung-gold.json). */
import {readFileSync} from 'node:fs'
import type {Change, DiffResult} from '../../src/types.js'

export interface GoldEntry {
  citation: string
  words?: string
  kind?: string
  must: string[]
  mustNot: string[]
  why?: string
}

export interface Gold {
  changes: GoldEntry[]
  /** The finding a change without reasons gets: its code and severity, or null for none. */
  unexplained: Array<{citation: string; words?: string; severity: string | null; code: string | null}>
  summary: Array<{bullet: number; mustAny: string[]; mustNot: string[]}>
}

export const GOLD: Gold = JSON.parse(readFileSync('test/fixtures/link/ips-ung-gold.json', 'utf8'))

function citesFrom(citation: string, prefix: string): boolean {
  return citation === prefix || citation.startsWith(prefix + ' ')
}

/** Does a gold entry pick this change? By citation prefix on either side, then by the words it changes. */
export function picks(entry: {citation: string; words?: string; kind?: string}, change: Change): boolean {
  const sides = [change.current?.citation, change.proposed?.citation].filter((c): c is string => !!c)
  if (!sides.some((c) => citesFrom(c, entry.citation))) return false
  if (entry.kind && change.kind !== entry.kind) return false
  if (!entry.words) return true
  const text = [...change.words.map((w) => w.text), change.current?.text ?? '', change.proposed?.text ?? ''].join(' ')
  return text.includes(entry.words)
}

/** Section anchor a reason's paragraph belongs to: `note-4-2-p3` → `note-4-2`. */
export function sectionOf(anchor: string): string {
  return anchor.replace(/-p\d+$/, '')
}

export interface Score {
  precision: number
  recall: number
  right: number
  wrong: number
  missed: number
  details: string[]
}

/**
 * Per change: the gold entries that pick it are merged (a ledd-level change may carry two entries),
 * a `must` of one overriding a `mustNot` of another. Then every (change, section) pair counts once.
 */
export function score(result: DiffResult, gold: Gold = GOLD): Score & {entriesUsed: number} {
  let right = 0
  let wrong = 0
  let missed = 0
  const details: string[] = []
  for (const change of result.changes) {
    const entries = gold.changes.filter((e) => picks(e, change))
    if (entries.length === 0) continue
    const must = new Set(entries.flatMap((e) => e.must))
    const mustNot = new Set(entries.flatMap((e) => e.mustNot).filter((s) => !must.has(s)))
    const linked = new Set(change.reasons.filter((r) => r.document === 'note').map((r) => sectionOf(r.anchor)))
    for (const s of must) {
      if (linked.has(s)) right++
      else {
        missed++
        details.push(`missed ${change.id} ${change.current?.citation ?? change.proposed?.citation} → ${s}`)
      }
    }
    for (const s of linked) {
      if (mustNot.has(s)) {
        wrong++
        details.push(`wrong ${change.id} ${change.current?.citation ?? change.proposed?.citation} → ${s}`)
      }
    }
  }
  const precision = right + wrong === 0 ? 1 : right / (right + wrong)
  const recall = right + missed === 0 ? 1 : right / (right + missed)
  const entriesUsed = gold.changes.filter((e) => result.changes.some((c) => picks(e, c))).length
  return {precision, recall, right, wrong, missed, details, entriesUsed}
}

/** Summary bullets (summary-coverage findings in order) against the gold: problems, empty when right. */
export function summaryProblems(result: DiffResult, gold: Gold = GOLD): string[] {
  const bullets = result.findings.filter((f) => f.code === 'summary-coverage')
  const problems: string[] = []
  if (bullets.length !== gold.summary.length) problems.push(`${bullets.length} summary findings, expected ${gold.summary.length}`)
  for (const entry of gold.summary) {
    const finding = bullets[entry.bullet - 1]
    if (!finding) continue
    const named = finding.changeIds.map((id) => result.changes.find((c) => c.id === id)!)
    if (!entry.mustAny.some((citation) => named.some((c) => picks({citation}, c)))) problems.push(`bullet ${entry.bullet}: none of ${entry.mustAny.join(', ')}`)
    for (const citation of entry.mustNot) if (named.some((c) => picks({citation}, c))) problems.push(`bullet ${entry.bullet}: names ${citation}`)
  }
  return problems
}
