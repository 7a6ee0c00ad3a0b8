/** The comparable parts of a provision: ledd of a section, sentences and items of a ledd. */
import type {Provision, ProvisionRef} from '../types.js'
import {normalizeForMatch} from '../text/normalize.js'
import {LEDD_NUMBER} from '../grammar/ledd-number.js'

/** Ledd of a section; a section without ledd children is compared as one ledd-like unit. */
export function leddOf(section: Provision): Provision[] {
  const ledd = section.children.filter((c) => c.kind === 'ledd')
  if (ledd.length > 0) return ledd
  return normalizeForMatch(section.text) === '' ? [] : [section]
}

/**
 * Sentences and items of a ledd, in order. An item is one unit with everything under it (a lettered
 * item is cited and amended as a whole: "bokstav c oppheves"). Units without wording (a struck-out
 * item, whose text the parser drops) take no part in the comparison; their marks still count.
 * `key` is `unitKey` or a memo of it.
 */
export function unitsOf(ledd: Provision, key: (n: Provision) => string = unitKey): Provision[] {
  const out: Provision[] = []
  const walk = (nodes: Provision[]): void => {
    for (const n of nodes) {
      if (n.kind === 'sentence' || n.kind === 'item') {
        if (key(n) !== '') out.push(n)
      } else walk(n.children)
    }
  }
  walk(ledd.children)
  if (out.length === 0 && key(ledd) !== '') out.push(ledd)
  return out
}

const LABEL_PREFIX = /^\s*(?:[-*]\s+)?(?:\(?([\p{L}]{1,3}|\d{1,3})[.)])\s+/u

/** An item's wording without its label ("a. bistand …" → "bistand …"), so relettering is no edit. */
export function withoutLabel(node: Provision): string {
  // A ledd keeping its wording under a new «(n)» is renumbered, not reworded.
  if (node.kind === 'ledd') return node.text.replace(LEDD_NUMBER, '').trimStart()
  if (node.kind !== 'item' || node.label === null) return node.text
  const m = LABEL_PREFIX.exec(node.text)
  if (m && m[1]?.toLowerCase() === node.label.toLowerCase()) return node.text.slice(m[0].length)
  return node.text
}

/** Matching key: wording, normalised, without item label. */
export function unitKey(node: Provision): string {
  return normalizeForMatch(withoutLabel(node))
}

const PRINTED_LABEL = /^\s*(?:[-*\u2013\u2014\u2022]\s+)?(?:~~)?\(?([\p{L}]{1,3}|\d{1,3})[.)]\s/u

/**
 * The label as printed in the source ("c." or "c)"), or null for a dash item (strekpunkt), whose
 * label is only its position: a strekpunkt that moves up one place is not "relettered", since
 * nothing printed changed.
 */
export function printedLabel(node: Provision): string | null {
  if (node.kind === 'ledd') return LEDD_NUMBER.exec(node.source.trimStart())?.[1] ?? null
  if (node.kind !== 'item' || node.label === null) return null
  const m = PRINTED_LABEL.exec(node.source)
  return m && m[1]!.toLowerCase() === node.label.toLowerCase() ? node.label : null
}

export function ref(node: Provision): ProvisionRef {
  return {id: node.id, citation: node.citation, text: node.text, position: node.position}
}

/** All marks in a subtree, each once (the parser may repeat a mark on ancestors), in file order. */
export function marksIn(node: Provision): Provision['marks'] {
  const seen = new Map<string, Provision['marks'][number]>()
  const walk = (n: Provision): void => {
    for (const m of n.marks) seen.set(`${m.type}@${m.position.start.offset}`, m)
    n.children.forEach(walk)
  }
  walk(node)
  return [...seen.values()].sort((x, y) => x.position.start.offset - y.position.start.offset)
}
