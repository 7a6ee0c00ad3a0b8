/**
 * Editorial: the wording changed only in punctuation, spacing, capitals or an accepted spelling
 * variant. Such a change means nothing for the law and gets this one effect and no other.
 */
import type {Alignment} from '../align.js'
import {quote} from '../mentions.js'
import type {Effect} from '../../types.js'

// Accepted spelling variants of the same word in bokmål legal text (and the old forms Lovdata keeps).
const VARIANTS: Array<[string, string]> = [
  ['andre', 'annet'], ['syvende', 'sjuende'], ['syv', 'sju'], ['tyve', 'tjue'], ['tredve', 'tretti'],
  ['frem', 'fram'], ['efter', 'etter'], ['mellem', 'mellom'], ['nu', 'nå'], ['hvorledes', 'hvordan'],
  ['bl.a.', 'blant annet'], ['m.m.', 'med mer'], ['mv.', 'med videre'],
  ['jf.', 'jamfør'], ['f.eks.', 'for eksempel'], ['dvs.', 'det vil si'], ['pst.', 'prosent'], ['kr.', 'kroner']
]

function spaces(s: string): string {
  return s.normalize('NFC').replace(/[\s\u00A0\u00AD\u200B]+/g, ' ').trim()
}
function letters(s: string): string {
  let t = spaces(s).toLowerCase()
  // Abbreviations first (they contain full stops), then punctuation away, then word variants.
  for (const [a, b] of VARIANTS) if (a.includes('.')) t = t.split(a).join(b)
  t = t.replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim()
  return t
    .split(' ')
    .map((w) => VARIANTS.find(([a]) => a === w)?.[1] ?? w)
    .join(' ')
}

// A ledd number «(1)» or a list label «a)», «1.», «–» put before or taken from the text: Lovdata and
// the ministries number ledd and items differently, and the label is no wording. (A label changed on
// both sides, «(2)» → «(3)», is a renumbering the diff reports; it has no effect at all.)
const LABEL = /^(?:\(\d{1,2}\)|\d{1,2}[.)]|[a-zæøå][.)]|[-–•])\s+/u
function unlabel(s: string): string {
  return s.replace(LABEL, '')
}

export function editorialEffect(al: Alignment): Effect | null {
  const {before, after} = al
  if (!before || !after || before === after) return null
  let rule: string
  let nb: string
  let en: string
  // Each side normalised once for the tests below, which read it up to three times.
  const spacedBefore = spaces(before)
  const spacedAfter = spaces(after)
  const lowerBefore = spacedBefore.toLowerCase()
  const lowerAfter = spacedAfter.toLowerCase()
  if (spacedBefore === spacedAfter) {
    rule = 'editorial/whitespace'
    nb = 'mellomrom'
    en = 'spacing'
  } else if (LABEL.test(spacedBefore) !== LABEL.test(spacedAfter) && unlabel(spacedBefore) === unlabel(spacedAfter)) {
    rule = 'editorial/numbering'
    nb = 'nummerering av ledd eller listepunkt'
    en = 'numbering of a ledd or list item'
  } else if (lowerBefore === lowerAfter) {
    rule = 'editorial/capitalisation'
    nb = 'store og små bokstaver'
    en = 'capitalisation'
  } else if (lowerBefore.replace(/[\p{P}\p{S}\s]+/gu, '') === lowerAfter.replace(/[\p{P}\p{S}\s]+/gu, '')) {
    rule = 'editorial/punctuation'
    nb = 'tegnsetting'
    en = 'punctuation'
  } else if (letters(before) === letters(after)) {
    rule = 'editorial/spelling'
    nb = 'skrivemåte'
    en = 'spelling'
  } else {
    return null
  }
  const h = al.hunks[0]
  const ctx = (text: string, s: number, e: number): string => {
    const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, s - 2)))
    const nextSpace = text.indexOf(' ', e + 1)
    return text.slice(from, nextSpace < 0 ? text.length : nextSpace).trim()
  }
  const b = h ? ctx(before, h.before.start, h.before.end) : before
  const a = h ? ctx(after, h.after.start, h.after.end) : after
  return {
    type: 'editorial',
    rule,
    detail: `Bare redaksjonell endring (${nb}): ${quote(b)} blir ${quote(a)}`,
    detailEn: `Editorial change only (${en}): ${quote(b)} becomes ${quote(a)}`,
    evidence: {before: b, after: a}
  }
}
