/**
 * Modality: what the provision makes possible, required, recommended or forbidden, and how a change
 * moves it ("kan få tilbud om" → "skal få" turns an option into a duty). Bokmål and nynorsk.
 */
import type {Alignment} from '../align.js'
import {B, E, type Mention, around, compareMentions, matchAll, quote} from '../mentions.js'
import type {Effect} from '../../types.js'

type Modal = 'kan' | 'bor' | 'skal' | 'ma' | 'plikt' | 'rett' | 'kan-ikke' | 'skal-ikke' | 'ma-ikke' | 'bor-ikke' | 'kan-bare'

// Strength on one axis from option to duty; prohibitions sit apart (strength -1).
const STRENGTH: Record<Modal, number> = {
  kan: 1, bor: 2, skal: 3, ma: 3, plikt: 3, rett: 3, 'kan-ikke': -1, 'skal-ikke': -1, 'ma-ikke': -1, 'bor-ikke': -1,
  // "kan bare tilbys gjennom …" allows one way and forbids the others: a restriction, not an option.
  'kan-bare': -1
}

const NAME_NB: Record<Modal, string> = {
  kan: 'adgang', bor: 'anbefaling', skal: 'plikt', ma: 'plikt', plikt: 'plikt', rett: 'rettighet',
  'kan-ikke': 'forbud', 'skal-ikke': 'forbud', 'ma-ikke': 'forbud', 'bor-ikke': 'fraråding', 'kan-bare': 'begrensning'
}
const NAME_EN: Record<Modal, string> = {
  kan: 'option', bor: 'recommendation', skal: 'duty', ma: 'duty', plikt: 'duty', rett: 'right',
  'kan-ikke': 'prohibition', 'skal-ikke': 'prohibition', 'ma-ikke': 'prohibition', 'bor-ikke': 'discouragement',
  'kan-bare': 'restriction'
}

// "kan ikke", and with the subject between: "kan tiltaket ikke", "skal det ikkje".
const NEG = '(?:(?:\\s+[\\p{L}]+)?\\s+(?:ikke|ikkje|aldri)|\\s+(?:bare|berre|kun))?'
const MODAL = new RegExp(
  B + '(?:(?<rett>har\\s+rett\\s+til)|(?<plikt>har\\s+plikt\\s+til|plikter|pliktar|er\\s+forpliktet\\s+til)|' +
    '(?<verb>kan|skal|må|bør)(?<neg>' + NEG + '))' + E,
  'giu'
)

// A modal inside a subordinate clause ("dersom deltakere skal gjennomføre", "at personen kan") states
// a circumstance, not the rule; the clause runs back to the last comma or full stop.
const SUBORDINATE = new RegExp(B + '(dersom|hvis|viss|når|fordi|at|som|enn|med mindre)' + E, 'giu')

// A main clause that permits what its «at»-clause says, bokmål and nynorsk: «er ikke til hinder for»,
// «er ikkje til hinder for», «er ikke i veien for».
const PERMITS = /(?:ikke|ikkje)\s+(?:til\s+hinder|i\s+veien|i\s+vegen)\s+for\s*$/iu

// Norwegian puts the finite verb of a subordinate clause right after its subject ("som skal",
// "dersom deltakere skal"); a modal further on belongs to the main clause ("Fartøy som fisker reker i
// 3L skal sende …"), since the relative clause already had its own verb.
function inSubordinate(clause: string): boolean {
  const hits = [...clause.matchAll(SUBORDINATE)]
  const last = hits[hits.length - 1]
  if (!last) return false
  // «… er ikke til hinder for at Norges Bank kan yte kreditt»: the main clause only clears the way, so the
  // modal of its «at»-clause is the rule itself (a permission), not a circumstance.
  if (last[1]!.toLowerCase() === 'at' && PERMITS.test(clause.slice(0, last.index))) return false
  const words = clause.slice(last.index + last[0].length).trim().split(/\s+/).filter(Boolean).length
  return last[1]!.toLowerCase() === 'som' ? words <= 2 : words <= 5
}
// Adverbs between a modal and its verb do not name the action.
const ADVERB = /^(?:også|òg|ikke|ikkje|bare|berre|kun|likevel|unntaksvis|videre|alltid|normalt|dessuten|i|tillegg|heller|aldri|tiltaket|det|de|den|dei|han|hun|ho)$/i

/** Text with quotations blanked out (same length), so a quoted "skal" is not read as a rule. */
export function maskQuotes(text: string): string {
  return text.replace(/«[^»]*»|"[^"]*"|“[^”]*”/g, (q) => ' '.repeat(q.length))
}

export function modalMentions(text: string): Array<Mention<Modal>> {
  const masked = maskQuotes(text)
  const out: Array<Mention<Modal>> = []
  for (const m of matchAll(masked, MODAL)) {
    const g = m.groups ?? {}
    if (/skal\s+lyde/i.test(masked.slice(m.index, m.index + 12))) continue
    // A clause is short; looking 400 characters back keeps long paragraphs linear.
    const clause = masked.slice(Math.max(0, m.index - 400), m.index).split(/[.,;:!?()]/).pop() ?? ''
    if (inSubordinate(clause)) continue
    let modal: Modal
    if (g['rett']) modal = 'rett'
    else if (g['plikt']) modal = 'plikt'
    else {
      const base = ({kan: 'kan', skal: 'skal', må: 'ma', bør: 'bor'} as const)[g['verb']!.toLowerCase() as 'kan']
      const neg = (g['neg'] ?? '').trim().split(/\s+/).pop()?.toLowerCase() ?? ''
      modal = (!neg ? base : /^(?:bare|berre|kun)$/.test(neg) ? (base === 'kan' ? 'kan-bare' : base) : `${base}-ikke`) as Modal
    }
    const end = m.index + m[0].length
    const following = text.slice(end, end + 200).split(/\s+/).filter(Boolean)
    // After the modal comes the verb, or first an inverted subject ("kan jobbspesialisten utlevere",
    // "skal Statskog SF ha"): definite nouns and capitalised names are skipped, at most three words.
    let skipped = 0
    const verb = following.find((w) => {
      if (ADVERB.test(w)) return false
      if (skipped < 3 && (/^\p{Lu}/u.test(w) || /\p{L}{3,}(?:en|et|ene|ten)$/u.test(w))) {
        skipped++
        return false
      }
      return true
    }) ?? ''
    // The span runs to the governed verb, so "ikkje" inserted between "kan" and "sendast" touches it.
    const verbAt = verb ? text.indexOf(verb, end) : -1
    const spanEnd = verbAt >= 0 && verbAt - end < 40 ? verbAt + verb.length : end
    out.push({
      start: m.index,
      end: spanEnd,
      text: around(text, m.index, end, 0, 3),
      id: `${modal}:${verb.toLowerCase().replace(/[^\p{L}]/gu, '')}`,
      pairKey: 'modal',
      anchor: verb ? 'verb:' + verb.toLowerCase().replace(/[^\p{L}]/gu, '') : undefined,
      value: modal
    })
  }
  return out
}

/**
 * "skal styrke … og skal bidra" and "skal styrke … og bidra" say the same: a verb coordinated with
 * "og"/"eller" after the same modal is still governed by it. A modal added or dropped there is style.
 */
function coordinated(other: string, m: Mention<Modal>): boolean {
  const verb = m.anchor?.slice('verb:'.length)
  if (!verb) return false
  // Compiled per call, not remembered: the verb is read off the document (an open set, so a memo would be
  // run state), and this runs only for a modal added or removed, a few times per change at most.
  // `verb` holds letters only (see modalMentions), so it is safe in a pattern.
  const at = other.search(new RegExp(B + '(?:og|eller)\\s+' + verb + E, 'iu'))
  if (at < 0) return false
  return modalMentions(other.slice(0, at)).some((x) => x.value === m.value)
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

/** Effects for modal verbs replaced, added or removed by the change. */
export function modalityEffects(al: Alignment): Effect[] {
  const cmp = compareMentions(al, modalMentions(al.before), modalMentions(al.after))
  const effects: Effect[] = []
  for (const {before, after} of cmp.replaced) {
    const from = before.value
    const to = after.value
    if (from === to) continue
    const sFrom = STRENGTH[from]
    const sTo = STRENGTH[to]
    let nb: string
    let en: string
    if (sTo === -1 && sFrom !== -1) {
      nb = `Nytt ${NAME_NB[to]}`
      en = `New ${NAME_EN[to]}`
    } else if (sFrom === -1 && sTo === -1) {
      const same = NAME_NB[to] === NAME_NB[from]
      nb = same ? `${cap(NAME_NB[to])}, annen formulering` : `${cap(NAME_NB[to])} i stedet for ${NAME_NB[from]}`
      en = same ? `${cap(NAME_EN[to])}, other wording` : `${cap(NAME_EN[to])} instead of ${NAME_EN[from]}`
    } else if (sFrom === -1 && sTo !== -1) {
      nb = `${cap(NAME_NB[from])} opphevet, nå ${NAME_NB[to]}`
      en = `${cap(NAME_EN[from])} lifted, now ${NAME_EN[to]}`
    } else if (sTo > sFrom) {
      nb = `Skjerpet til ${NAME_NB[to]}`
      en = `Strengthened to a ${NAME_EN[to]}`
    } else if (sTo < sFrom) {
      nb = `Svekket til ${NAME_NB[to]}`
      en = `Weakened to a ${NAME_EN[to]}`
    } else {
      nb = `${cap(NAME_NB[to])}, annen formulering`
      en = `${cap(NAME_EN[to])}, other wording`
    }
    effects.push({
      type: 'modality',
      rule: `modality/${from}-to-${to}`,
      detail: `${nb}: ${quote(before.text)} blir ${quote(after.text)}`,
      detailEn: `${en}: ${quote(before.text)} becomes ${quote(after.text)}`,
      evidence: {before: before.text, after: after.text}
    })
  }
  for (const m of cmp.added) {
    if (coordinated(al.before, m)) continue
    effects.push({
      type: 'modality',
      rule: `modality/added-${m.value}`,
      detail: `${NAME_NB[m.value] === 'forbud' ? 'Nytt' : 'Ny'} ${NAME_NB[m.value]}: ${quote(m.text)}`,
      detailEn: `New ${NAME_EN[m.value]}: ${quote(m.text)}`,
      evidence: {before: null, after: m.text}
    })
  }
  for (const m of cmp.removed) {
    if (coordinated(al.after, m)) continue
    effects.push({
      type: 'modality',
      rule: `modality/removed-${m.value}`,
      detail: `${cap(NAME_NB[m.value])} fjernet: ${quote(m.text)}`,
      detailEn: `${cap(NAME_EN[m.value])} removed: ${quote(m.text)}`,
      evidence: {before: m.text, after: null}
    })
  }
  return effects
}
