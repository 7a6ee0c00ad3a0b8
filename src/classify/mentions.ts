/**
 * Shared bookkeeping for the rules: find what a rule recognises on each side ("mentions"), keep only
 * those the word diff touched, and pair them into replaced / added / removed.
 */
import {type Alignment, hunkOf, overlaps} from './align.js'

export interface Mention<V> {
  start: number
  end: number
  /** The words as written, for evidence. */
  text: string
  /** Identity of the value: two mentions with the same id say the same thing. */
  id: string
  /** Mentions with the same pairKey can replace each other ("kan" ↔ "skal"; one age ↔ another). */
  pairKey: string
  /** Optional stronger hint for pairing inside a hunk (the verb a modal governs: "kan gi" ↔ "skal gi"). */
  anchor?: string
  value: V
}

export interface Comparison<V> {
  replaced: Array<{before: Mention<V>; after: Mention<V>}>
  added: Array<Mention<V>>
  removed: Array<Mention<V>>
}

function count<V>(mentions: Array<Mention<V>>, id: string): number {
  return mentions.filter((m) => m.id === id).length
}

/** Pair b with a: first identical ids, then same pairKey, in text order. Returns pairs; marks used. */
function pairUp<V>(
  bs: Array<Mention<V>>,
  as: Array<Mention<V>>,
  usedB: Set<Mention<V>>,
  usedA: Set<Mention<V>>,
  byKey: boolean
): Array<{before: Mention<V>; after: Mention<V>}> {
  const pairs: Array<{before: Mention<V>; after: Mention<V>}> = []
  for (const test of byKey ? ['id', 'anchor', 'pairKey'] as const : ['id'] as const) {
    for (const b of bs) {
      if (usedB.has(b)) continue
      const a = as.find((x) => !usedA.has(x) && x[test] !== undefined && x[test] === b[test] && x.pairKey === b.pairKey)
      if (!a) continue
      usedB.add(b)
      usedA.add(a)
      pairs.push({before: b, after: a})
    }
  }
  return pairs
}

/**
 * Compare what a rule found before and after. Only mentions overlapping changed words count; inside
 * one hunk they pair as replacements; a mention that only moved (same id on both sides as often) is
 * no change at all.
 */
export function compareMentions<V>(
  al: Alignment,
  before: Array<Mention<V>>,
  after: Array<Mention<V>>,
  options: {crossHunk?: boolean} = {}
): Comparison<V> {
  const touchedB = before.filter((m) => touches(al, 'before', m))
  const touchedA = after.filter((m) => touches(al, 'after', m))
  const usedB = new Set<Mention<V>>()
  const usedA = new Set<Mention<V>>()
  const replaced: Array<{before: Mention<V>; after: Mention<V>}> = []
  // Group by hunk once (a long provision has hundreds of hunks and mentions).
  const byHunk = new Map<number, {bs: Array<Mention<V>>; as: Array<Mention<V>>}>()
  const slot = (h: number): {bs: Array<Mention<V>>; as: Array<Mention<V>>} => {
    let s = byHunk.get(h)
    if (!s) byHunk.set(h, (s = {bs: [], as: []}))
    return s
  }
  for (const m of touchedB) slot(firstHunk(al, 'before', m)).bs.push(m)
  for (const m of touchedA) slot(firstHunk(al, 'after', m)).as.push(m)
  for (const h of [...byHunk.keys()].filter((h) => h >= 0).sort((x, y) => x - y)) {
    const {bs, as} = byHunk.get(h)!
    replaced.push(...pairUp(bs, as, usedB, usedA, true))
  }
  // Same value on both sides in different hunks: it moved inside the text, nothing changed.
  pairUp(touchedB, touchedA, usedB, usedA, false)
  // One value gone here and one of the same kind new there, in the same provision, is a replacement
  // the word diff split ("har fylt 16 år" … "fra det året personen fyller 16 år").
  if (options.crossHunk !== false) replaced.push(...pairUp(touchedB, touchedA, usedB, usedA, true))
  // A value written as often after as before was carried over, whatever the diff aligned it with.
  const added = touchedA.filter((m) => !usedA.has(m) && count(after, m.id) > count(before, m.id))
  const removed = touchedB.filter((m) => !usedB.has(m) && count(before, m.id) > count(after, m.id))
  return {
    replaced: replaced.filter((p) => p.before.id !== p.after.id).sort((x, y) => x.after.start - y.after.start),
    added,
    removed
  }
}

// A hunk with nothing on one side is a point there; words inserted right before or inside "fire år"
// touch it (words appended after a mention do not).
function pointHunk(al: Alignment, side: 'before' | 'after', m: {start: number; end: number}): number {
  return al.hunks.findIndex((h) => h[side].start === h[side].end && m.start <= h[side].start && h[side].start < m.end)
}

/** A mention counts as changed if changed words overlap it or were inserted/deleted inside or at its edge. */
export function touches(al: Alignment, side: 'before' | 'after', m: {start: number; end: number}): boolean {
  return overlaps(side === 'before' ? al.deleted : al.inserted, m.start, m.end) || pointHunk(al, side, m) >= 0
}

function firstHunk<V>(al: Alignment, side: 'before' | 'after', m: Mention<V>): number {
  const ranges = side === 'before' ? al.deleted : al.inserted
  for (const r of ranges) {
    if (r.start < m.end && m.start < r.end) {
      return hunkOf(al.hunks, side, Math.max(r.start, m.start), Math.min(r.end, m.end))
    }
  }
  return pointHunk(al, side, m)
}

/**
 * Find every match of a regex, as [start, end, match]. A global regex (every rule's is) is run as it is,
 * from lastIndex 0 and left at 0: the loop runs to the end without yielding, so no other caller can see
 * it in between. Only a regex without the flag is copied (a copy per call costs a compilation).
 */
export function matchAll(text: string, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  const g = re.global ? re : new RegExp(re, re.flags + 'g')
  g.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = g.exec(text))) {
    out.push(m)
    if (m[0].length === 0) g.lastIndex++
  }
  g.lastIndex = 0
  return out
}

/** Letters-only boundaries that know æ, ø, å (JavaScript's \b does not). */
export const B = '(?<![\\p{L}\\p{N}])'
export const E = '(?![\\p{L}\\p{N}])'

/** Quote a piece of wording in Norwegian guillemets, shortened to a readable length. */
export function quote(text: string, max = 80): string {
  const t = text.replace(/\s+/g, ' ').trim()
  return '«' + (t.length > max ? t.slice(0, max - 1).trimEnd() + '…' : t) + '»'
}

/** A few words around a mention, as evidence a reader can find in the text. */
export function around(text: string, start: number, end: number, wordsBefore = 0, wordsAfter = 3): string {
  let s = start
  for (let n = 0; n < wordsBefore; n++) {
    const window = text.slice(Math.max(0, s - 200), s)
    const m = /[\p{L}\p{N}][^\s]*\s+$/u.exec(window)
    if (!m) break
    s = s - window.length + m.index
  }
  let e = end
  const ends: number[] = []
  for (let n = 0; n < wordsAfter; n++) {
    const m = /^\s+[^\s.,;:!?)»]+/u.exec(text.slice(e, e + 200))
    if (!m) break
    e += m[0].length
    ends.push(e)
  }
  // A quote that stops on "og" or "en" reads as cut off; end on the word before.
  while (ends.length > 0 && /\s(?:og|eller|samt|som|at|en|et|ei)$/iu.test(text.slice(s, ends[ends.length - 1]))) ends.pop()
  return text.slice(s, ends.length > 0 ? ends[ends.length - 1] : end).trim()
}
