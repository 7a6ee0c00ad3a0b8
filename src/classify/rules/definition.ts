/**
 * Definitions: a change inside a definitions section ("Definisjoner"), or to a «quoted term» that the
 * text defines ("Med «jobbspesialist» menes …", "c. «jobbspesialist» en veileder som …").
 */
import type {Alignment} from '../align.js'
import {overlaps} from '../align.js'
import {quote} from '../mentions.js'
import type {Effect} from '../../types.js'

const DEFINITIONS_TITLE = /^(?:definisjon|definisjonar|definisjoner|begrep|begreper|omgrep|ordforklaring|ord og uttrykk)/i

// «term» at the start of an item or sentence, or «term» followed by a defining verb.
const QUOTED = /(?:^|[.:;]\s+|^\s*(?:[a-zæøå]|\d+)[.)]\s*)«([^»]{1,80})»|«([^»]{1,80})»\s+(?:menes|betyr|tyder|forstås|skal\s+forstås|er\s+i\s+denne)/gu
// "Term: definition" lines in a definitions section.
const COLON = /^\s*(?:[a-zæøå]\.|\d+\.|-)?\s*([\p{L}][^:«»]{0,60}):\s/u

function terms(text: string, inDefinitions: boolean): Array<{term: string; start: number; end: number}> {
  const out: Array<{term: string; start: number; end: number}> = []
  for (const m of text.matchAll(QUOTED)) {
    const term = (m[1] ?? m[2] ?? '').trim()
    if (term) out.push({term, start: m.index, end: m.index + m[0].length})
  }
  if (inDefinitions && out.length === 0) {
    const c = COLON.exec(text)
    if (c) out.push({term: c[1]!.trim(), start: c.index, end: c.index + c[0].length})
  }
  return out
}

export function definitionEffects(al: Alignment, sectionTitle: string | null): Effect[] {
  const inDefinitions = sectionTitle !== null && DEFINITIONS_TITLE.test(sectionTitle.trim())
  const before = terms(al.before, inDefinitions)
  const after = terms(al.after, inDefinitions)
  const effects: Effect[] = []
  const names = new Set([...before, ...after].map((t) => t.term.toLowerCase()))
  for (const name of [...names].sort()) {
    const b = before.find((t) => t.term.toLowerCase() === name)
    const a = after.find((t) => t.term.toLowerCase() === name)
    if (b && a) {
      // The definition changed only if words after the term changed.
      if (!overlaps(al.deleted, b.start, al.before.length) && !overlaps(al.inserted, a.start, al.after.length)) continue
      effects.push({type: 'definition', rule: 'definition/changed', detail: `Definisjonen av ${quote(b.term)} er endret`, detailEn: `Definition of ${quote(b.term)} changed`, evidence: {before: b.term, after: a.term}})
    } else if (a && overlaps(al.inserted, a.start, a.end)) {
      effects.push({type: 'definition', rule: 'definition/added', detail: `Ny definisjon: ${quote(a.term)}`, detailEn: `Definition added: ${quote(a.term)}`, evidence: {before: null, after: a.term}})
    } else if (b && overlaps(al.deleted, b.start, b.end)) {
      effects.push({type: 'definition', rule: 'definition/removed', detail: `Definisjonen av ${quote(b.term)} er fjernet`, detailEn: `Definition of ${quote(b.term)} removed`, evidence: {before: b.term, after: null}})
    }
  }
  // A change in a definitions section that names no term still changes what the regulation's words mean.
  if (effects.length === 0 && inDefinitions && (al.deleted.length > 0 || al.inserted.length > 0)) {
    effects.push({
      type: 'definition',
      rule: 'definition/section-changed',
      detail: `Endring i definisjonsbestemmelsen ${quote(sectionTitle ?? '')}`,
      detailEn: `Change in the definitions section ${quote(sectionTitle ?? '')}`,
      evidence: {before: al.before || null, after: al.after || null}
    })
  }
  return effects
}
