/**
 * Parts and chapters: a changed heading ("Kapittel 3. Individuell jobbstøtte" → "… og IPS ung") is a
 * change a reader must see, though it lies outside every section. In a complete text, a chapter
 * present on one side only is added or removed (its sections are reported on their own).
 */
import type {ProposalForm, Provision, ProvisionRef, ProvisionTree} from '../types.js'
import {normalizeForMatch} from '../text/normalize.js'
import {sectionKey} from './sections.js'
import {ref} from './units.js'
import {wordingKey} from '../grammar/tokens.js'

export interface ChapterChange {
  kind: 'modified' | 'editorial' | 'added' | 'removed'
  level: 'part' | 'chapter'
  current: ProvisionRef | null
  proposed: ProvisionRef | null
  before: string
  after: string
  /** First section under the chapter (current side if any), to place the change in document order. */
  firstSection: Provision | null
  node: Provision
}

function containers(nodes: Provision[], out: Provision[] = []): Provision[] {
  for (const n of nodes) {
    if (n.kind === 'part' || n.kind === 'chapter') {
      out.push(n)
      containers(n.children, out)
    }
  }
  return out
}

function firstSectionOf(n: Provision): Provision | null {
  for (const c of n.children) {
    if (c.kind === 'section') return c
    const inner = c.kind === 'part' || c.kind === 'chapter' ? firstSectionOf(c) : null
    if (inner) return inner
  }
  return null
}

const headingRef = (n: Provision): ProvisionRef => ({...ref(n), citation: `${n.citation} (overskrift)`, text: n.title ?? ''})

export function compareChapters(current: ProvisionTree, proposed: ProvisionTree, form: ProposalForm): ChapterChange[] {
  const cur = containers(current.children)
  const prop = containers(proposed.children)
  // A label used twice (parts "I" nested in different divisions) pairs by occurrence, as sections do.
  const keyed = (list: Provision[]): Map<Provision, string> => {
    const counts = new Map<string, number>()
    return new Map(list.map((n) => {
      const k = `${n.kind}:${sectionKey(n.label)}`
      const i = counts.get(k) ?? 0
      counts.set(k, i + 1)
      return [n, `${k}#${i}`]
    }))
  }
  const curKeys = keyed(cur)
  const propKeys = keyed(prop)
  const key = (n: Provision): string => curKeys.get(n) ?? propKeys.get(n)!
  const propByKey = new Map<string, Provision>()
  for (const p of prop) propByKey.set(key(p), p)
  const out: ChapterChange[] = []
  const seen = new Set<Provision>()
  for (const c of cur) {
    const p = propByKey.get(key(c))
    if (!p) {
      // A partial proposal prints no chapters; an absent chapter is only removed from a complete text.
      if (form !== 'partial' && c.label !== null) {
        out.push({kind: 'removed', level: c.kind as 'part' | 'chapter', current: headingRef(c), proposed: null, before: c.title ?? '', after: '', firstSection: firstSectionOf(c), node: c})
      }
      continue
    }
    seen.add(p)
    if (normalizeForMatch(c.title ?? '') === normalizeForMatch(p.title ?? '')) continue
    const kind = wordingKey(c.title ?? '') === wordingKey(p.title ?? '') ? 'editorial' : 'modified'
    out.push({kind, level: c.kind as 'part' | 'chapter', current: headingRef(c), proposed: headingRef(p), before: c.title ?? '', after: p.title ?? '', firstSection: firstSectionOf(c), node: c})
  }
  for (const p of prop) {
    if (seen.has(p) || p.label === null) continue
    // In a partial proposal a chapter heading printed for a new chapter is an addition too.
    const existed = cur.some((c) => key(c) === key(p))
    if (existed) continue
    out.push({kind: 'added', level: p.kind as 'part' | 'chapter', current: null, proposed: headingRef(p), before: '', after: p.title ?? '', firstSection: firstSectionOf(p), node: p})
  }
  return out
}
