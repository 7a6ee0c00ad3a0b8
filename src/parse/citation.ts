/**
 * Norwegian citations and stable ids for provisions, shared by the parser and the stages that point at
 * provisions (diff, link, instructions): "§ 3-2 første ledd bokstav d annet punktum", `kap3/§3-2/ledd1`.
 */
import {ordinalWord} from '../grammar/ordinals.js'
import {citedSectionLabel} from '../grammar/references.js'

/** One step below a section: what a citation and an id are built from. */
export type CitationStep =
  | {kind: 'ledd'; ordinal: number}
  | {kind: 'item'; label: string; style: ItemStyle}
  | {kind: 'sentence'; ordinal: number}

/** How a list item is numbered: `a.` (bokstav), `1.` / `nr. 1` (nummer), or an unlabelled dash (strekpunkt). */
export type ItemStyle = 'bokstav' | 'nummer' | 'strek'

/** `12 a` → `12 a`, `3-2` → `3-2`: the section number as cited (read by the grammar, `src/grammar/references.ts`). */
export const sectionLabel = citedSectionLabel

/** Label as an id segment: spaces removed (`12 a` → `12a`). */
function idLabel(label: string): string {
  return label.replace(/\s+/g, '')
}

export function sectionId(label: string): string {
  return `§${idLabel(label)}`
}

export function chapterId(label: string): string {
  return `kap${idLabel(label)}`
}

export function partId(label: string): string {
  return `del-${idLabel(label)}`
}

export function stepId(step: CitationStep): string {
  switch (step.kind) {
    case 'ledd':
      return `ledd${step.ordinal}`
    case 'sentence':
      return `pkt${step.ordinal}`
    case 'item':
      return step.style === 'bokstav' ? `bokstav-${step.label}` : step.style === 'nummer' ? `nr-${step.label}` : `strek-${step.label}`
  }
}

export function stepCitation(step: CitationStep): string {
  switch (step.kind) {
    case 'ledd':
      return `${ordinalWord(step.ordinal)} ledd`
    case 'sentence':
      return `${ordinalWord(step.ordinal)} punktum`
    case 'item':
      if (step.style === 'bokstav') return `bokstav ${step.label}`
      if (step.style === 'nummer') return `nr. ${step.label}`
      return `${ordinalWord(Number(step.label))} strekpunkt`
  }
}

/** "§ 3-2" */
export function sectionCitation(label: string): string {
  return `§ ${label}`
}

/** "kapittel 3", "kapittel IV" */
export function chapterCitation(label: string): string {
  return `kapittel ${label}`
}

/** "del I", "del 2" */
export function partCitation(label: string): string {
  return `del ${label}`
}

/**
 * Full citation of a provision below a section: `citationOf('3-2', [{kind:'ledd',ordinal:1},
 * {kind:'item',label:'d',style:'bokstav'}, {kind:'sentence',ordinal:2}])` →
 * "§ 3-2 første ledd bokstav d annet punktum".
 */
export function citationOf(section: string, steps: CitationStep[] = []): string {
  return [sectionCitation(section), ...steps.map(stepCitation)].join(' ')
}
