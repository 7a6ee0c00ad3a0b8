/** Scoring links against the hand-made gold fixture (test/fixtures/link/ips-ung-gold.json). */
import {readFileSync} from 'node:fs'
import type {Change, DiffResult} from '../../src/types.js'

export interface GoldEntry {
  citation: string
  words?: string
  must: string[]
  mustNot: string[]
  why?: string
}

export interface Gold {
  changes: GoldEntry[]
  unexplained: Array<{citation: string; words?: string; severity: string}>
  summary: Array<{bullet: number; must: string[]; mustNot: string[]}>
}

export const GOLD: Gold = JSON.parse(readFileSync('test/fixtures/link/ips-ung-gold.json', 'utf8'))

function citesFrom(citation: string, prefix: string): boolean {
  return citation === prefix || citation.startsWith(prefix + ' ')
}

/** Does a gold entry pick this change? By citation prefix on either side, then by the words it changes. */
export function picks(entry: {citation: string; words?: string}, change: Change): boolean {
  const sides = [change.current?.citation, change.proposed?.citation].filter((c): c is string => !!c)
  if (!sides.some((c) => citesFrom(c, entry.citation))) return false
  if (!entry.words) return true
  const changed = change.words.filter((w) => w.op !== 'equal').map((w) => w.text).join(' ')
  const text = changed.trim() ? changed : `${change.current?.text ?? ''} ${change.proposed?.text ?? ''}`
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
export function score(result: DiffResult, gold: Gold = GOLD): Score {
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
  return {precision, recall, right, wrong, missed, details}
}
