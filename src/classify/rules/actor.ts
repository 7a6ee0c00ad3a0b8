/**
 * Actors: the bodies and roles a provision gives a part (Arbeids- og velferdsetaten, jobbspesialisten,
 * fylkeskommunen …), and whether a change adds, removes or replaces one.
 */
import type {Alignment} from '../align.js'
import {B, E, type Mention, compareMentions, matchAll, quote} from '../mentions.js'
import type {Effect} from '../../types.js'

// Known actors by lemma, with the inflected forms we meet. Indefinite and definite forms name the
// same actor ("jobbspesialist" / "jobbspesialisten"), so they share a lemma.
const LEXICON: Array<[string, string]> = [
  ['nav', 'Nav|NAV|Nav-kontoret|Nav-kontor|NAV-kontoret'],
  ['jobbspesialist', 'jobbspesialist(?:en|er|ene)?'],
  ['arbeidsgiver', 'arbeidsgiver(?:en|e|ne)?|arbeidsgjevar(?:en|ar|ane)?'],
  ['behandlingsteam', 'behandlingsteam(?:et|ene)?'],
  ['kommunen', 'kommune(?:n|ne)|kommunar(?:ne)?'],
  ['fylkeskommunen', 'fylkeskommune(?:n|ne)?|fylkeskommunar(?:ne)?'],
  ['mentor', 'mentor(?:en|er|ene)?'],
  ['veileder', 'veileder(?:en|e|ne)?|rettleiar(?:en)?'],
  ['fastlege', 'fastlege(?:n|r|ne)?'],
  ['skole', 'skole(?:n|r|ne)?|skul(?:en|ar|ane)'],
  ['kontaktperson', 'kontaktperson(?:en|er|ene)?'],
  ['statsforvalteren', 'statsforvalter(?:en)?|statsforvaltar(?:en)?'],
  ['fjellstyret', 'fjellstyre(?:t|ne)?'],
  ['tiltaksarrangør', 'tiltaksarrangør(?:en|er|ene)?'],
  ['kongen', 'Kongen(?:\\s+i\\s+statsråd)?'],
  ['stortinget', 'Stortinget'],
  ['regjeringen', 'regjeringen|regjeringa'],
  ['fylkesmannen', 'fylkesmann(?:en)?'],
  ['retten', 'retten|tingretten|lagmannsretten|domstolen|Høyesterett'],
  ['politiet', 'politiet'],
  ['tilsynsmyndigheten', 'tilsynsmyndighet(?:en|ene)?'],
  ['høgskolen', 'høgskole(?:n|ne)?|høyskole(?:n|ne)?'],
  ['universitetet', 'universitet(?:et|ene)?']
]

// Bodies are recognised by how their names end; "X- og Y-etaten" keeps its coordinated first part.
const SUFFIX =
  '(?:[\\p{Lu}\\p{Ll}]+-\\s+og\\s+)?[\\p{L}]*(?:etaten|etat|direktoratet|direktorat|tjenesten|tenesta|tjenestene|' +
  'departementet|departement|tilsynet|myndigheten|myndighetene|styresmakta|nemnda|nemd|ombudet|forvaltningen|' +
  'institusjonen|institusjonene|instansene|sektoren|kontoret|utvalget|rådet|verket)'

// Companies and health trusts named with their form: "Statskog SF", "Sykehuset Innlandet HF".
const COMPANY = '\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?\\s(?:SF|HF|KF|IKS|ASA|AS)'

// Case-sensitive on its own: under the i flag \p{Lu} would match any letter ("frå Statskog SF").
const COMPANY_RE = new RegExp(B + '(' + COMPANY + ')' + E, 'gu')

// Every name in the genitive too ("Dagligvaretilsynets vedtak", "Kongens"): the same actor, so the
// "s" stands outside the captured name.
const ACTOR = new RegExp(
  B + '(' + SUFFIX + '|' + LEXICON.map(([, forms]) => forms).join('|') + ')s?' + E,
  'giu'
)

// Words ending like a body that are not one.
const NOT_ACTOR = /^(?:tjenesten|tjenestene|tenesta|etat|etaten|rådet|kontoret|sektoren|instansene|institusjonen|institusjonene|forvaltningen|departement|direktorat|verket|regelverket|arbeidsverket|tiltaksverket)$/i

// Each lexicon entry's forms as a whole-word test, compiled once (lemma runs for every actor named).
const LEMMAS = LEXICON.map(([l, forms]) => [l, new RegExp('^(?:' + forms + ')$', 'iu')] as const)

function lemma(word: string): string {
  const w = word.replace(/\s+/g, ' ')
  for (const [l, re] of LEMMAS) if (re.test(w)) return l
  return w.toLowerCase()
}

export function actorMentions(text: string): Array<Mention<string>> {
  const out: Array<Mention<string>> = []
  const company = matchAll(text, COMPANY_RE)
  for (const m of company) {
    out.push({start: m.index, end: m.index + m[0].length, text: m[0], id: m[0].replace(/\s+/g, ' ').toLowerCase(), pairKey: 'actor', value: m[0]})
  }
  for (const m of matchAll(text, ACTOR)) {
    if (company.some((c) => c.index < m.index + m[0].length && m.index < c.index + c[0].length)) continue
    const word = m[1]!
    if (NOT_ACTOR.test(word)) continue
    const l = lemma(word)
    out.push({start: m.index, end: m.index + m[0].length, text: m[0], id: l, pairKey: 'actor', value: l})
  }
  return out.sort((a, b) => a.start - b.start)
}

export function actorEffects(al: Alignment): Effect[] {
  const before = actorMentions(al.before)
  const after = actorMentions(al.after)
  // Actors are not paired across hunks: one body named in one place and another elsewhere is no swap.
  const cmp = compareMentions(al, before, after, {crossHunk: false})
  const effects: Effect[] = []
  // Adding or removing an actor that is named elsewhere in the same text does not give it a part
  // it did not have; only an actor new to (or gone from) the provision counts.
  const namedBefore = new Set(before.map((m) => m.id))
  const namedAfter = new Set(after.map((m) => m.id))
  const swapped = new Set<string>()
  for (const {before: b, after: a} of cmp.replaced) {
    // Two actors trading places ("Statskog SF tek avgjerd … etter tilråding frå fjellstyret" →
    // "Fjellstyret tek avgjerd … etter tilråding frå Statskog SF") are both still named, but their
    // parts changed: one effect says so.
    const back = cmp.replaced.find((p) => p.before.id === a.id && p.after.id === b.id)
    if (back && b.id !== a.id) {
      const key = [b.id, a.id].sort().join('|')
      if (!swapped.has(key)) {
        swapped.add(key)
        effects.push({
          type: 'actor',
          rule: 'actor/replaced',
          detail: `Rollene byttet: ${quote(b.text)} blir ${quote(a.text)}, og ${quote(back.before.text)} blir ${quote(back.after.text)}`,
          detailEn: `Roles swapped: ${quote(b.text)} becomes ${quote(a.text)}, and ${quote(back.before.text)} becomes ${quote(back.after.text)}`,
          evidence: {before: b.text, after: a.text}
        })
      }
      continue
    }
    // Still named after: not replaced, the other one is simply new (and vice versa).
    if (namedAfter.has(b.id) && !namedBefore.has(a.id)) cmp.added.push(a)
    if (namedBefore.has(a.id) && !namedAfter.has(b.id)) cmp.removed.push(b)
    if (namedAfter.has(b.id) || namedBefore.has(a.id)) continue
    effects.push({
      type: 'actor',
      rule: 'actor/replaced',
      detail: `Aktør byttet: ${quote(b.text)} blir ${quote(a.text)}`,
      detailEn: `Actor replaced: ${quote(b.text)} becomes ${quote(a.text)}`,
      evidence: {before: b.text, after: a.text}
    })
  }
  for (const m of cmp.added) {
    if (namedBefore.has(m.id)) continue
    effects.push({
      type: 'actor',
      rule: 'actor/added',
      detail: `Ny aktør: ${quote(m.text)}`,
      detailEn: `Actor added: ${quote(m.text)}`,
      evidence: {before: null, after: m.text}
    })
  }
  for (const m of cmp.removed) {
    if (namedAfter.has(m.id)) continue
    effects.push({
      type: 'actor',
      rule: 'actor/removed',
      detail: `Aktør fjernet: ${quote(m.text)}`,
      detailEn: `Actor removed: ${quote(m.text)}`,
      evidence: {before: m.text, after: null}
    })
  }
  return dedupe(effects)
}

// One actor named twice in the same added sentence is one new actor.
function dedupe(effects: Effect[]): Effect[] {
  const seen = new Set<string>()
  return effects.filter((e) => {
    const k = e.rule + '|' + lemma(e.evidence.before ?? '') + '|' + lemma(e.evidence.after ?? '')
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}
