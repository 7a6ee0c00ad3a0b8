/**
 * Repeal statements that name a part of a section ("§ 2-2 bokstav c oppheves", "§ 4-1 annet ledd
 * oppheves") in a partial proposal: find the provision they name in the current text.
 */
import type {Provision, RepealStatement} from '../types.js'
import {parseOrdinal} from '../text/ordinals.js'
import {sectionKey} from '../text/ids.js'

export interface UnitRepeal {
  statement: RepealStatement
  /** The provision named, or null when the citation names nothing in the current section. */
  node: Provision | null
}

/** Citation words that locate a provision: ordinals become digits, "andre" reads as "annet". */
function citationKey(citation: string): string {
  return citation
    .toLowerCase()
    .replace(/[\s\u00A0]+/g, ' ')
    .replace(/\.$/, '')
    .trim()
    .split(' ')
    .map((w) => {
      const n = parseOrdinal(w)
      return n !== null && !/^\d/.test(w) ? String(n) : w
    })
    .join(' ')
}

export function resolveUnitRepeal(statement: RepealStatement, currentSections: Provision[]): UnitRepeal {
  const section = currentSections.find((s) => sectionKey(s.label) === sectionKey(statement.label))
  if (!section) return {statement, node: null}
  const wanted = citationKey(statement.citation)
  const ledd = section.children.filter((c) => c.kind === 'ledd')
  let found: Provision | null = null
  const walk = (n: Provision): void => {
    if (found) return
    const key = citationKey(n.citation)
    // "§ 2-2 bokstav c" names an item of a one-ledd section without saying "første ledd".
    const short = ledd.length === 1 ? key.replace(/ 1 ledd\b/, '') : key
    if (key === wanted || short === wanted) found = n
    else n.children.forEach(walk)
  }
  section.children.forEach(walk)
  return {statement, node: found}
}
