/**
 * What one change means: every rule run on the change's two wordings, in a fixed order.
 */
import {align} from './align.js'
import {actorEffects} from './rules/actor.js'
import {definitionEffects} from './rules/definition.js'
import {editorialEffect} from './rules/editorial.js'
import {modalityEffects} from './rules/modality.js'
import {referenceEffects} from './rules/reference.js'
import {conditionTouched, scopeEffects} from './rules/scope.js'
import {thresholdEffects} from './rules/threshold.js'
import type {Change, Effect} from '../types.js'
import type {Stemmer} from '../grammar/stem.js'

export interface EffectContext {
  /** Title of the section the change belongs to ("Definisjoner" makes every change a definition change). */
  sectionTitle?: string | null
  /** The run's stemmer (words compared by its matching key); without it Snowball, unremembered. */
  stemmer?: Stemmer
}

/**
 * Effects of one change, from `current.text`, `proposed.text`, `words` and `kind`. Editorial changes
 * get the single `editorial` effect; otherwise effects come in the order definition, modality,
 * threshold, scope, actor, reference, and within a rule in text order.
 */
export function effectsOf(change: Change, context: EffectContext = {}): Effect[] {
  const before = change.current?.text ?? ''
  const after = change.proposed?.text ?? ''
  // Identical wording (a pure move or relettering) says nothing new.
  if (before === after) return []
  const al = align(change)
  const editorial = editorialEffect(al)
  if (editorial) return [editorial]
  // A repealed section's modal verbs and references are dropped below: they are not read at all when
  // nothing else asks for them (the modal verbs are asked for when there is wording on both sides).
  const repealed = change.kind === 'repealed'
  let effects = [
    ...definitionEffects(al, context.sectionTitle ?? null),
    ...(repealed && !(al.before && al.after) ? [] : modalityEffects(al)),
    ...thresholdEffects(al),
    ...scopeEffects(al, context.stemmer?.key),
    ...actorEffects(al),
    ...(repealed ? [] : referenceEffects(al))
  ]
  // A condition turned into a permission ("Det er en forutsetning at …" → "… kan gis …") or back
  // states the same limit in other words: neither "new option" nor "condition removed" is true.
  // (The cheap test first: conditionTouched reads the whole text again.)
  const has = (rule: RegExp): boolean => effects.some((e) => rule.test(e.rule))
  if (al.before && al.after && has(/^modality\/added-/) && conditionTouched(al, 'before') && !conditionTouched(al, 'after')) {
    effects = effects.filter((e) => e.rule !== 'scope/condition-removed' && !e.rule.startsWith('modality/added-'))
  }
  if (al.before && al.after && has(/^modality\/removed-/) && conditionTouched(al, 'after') && !conditionTouched(al, 'before')) {
    effects = effects.filter((e) => e.rule !== 'scope/condition-added' && !e.rule.startsWith('modality/removed-'))
  }
  // «instanser, herunder kommunen»: the inserted words name an actor, which the actor rule reports; the
  // same words are no extension of content besides.
  const actors = effects.filter((e) => e.rule === 'actor/added').map((e) => (e.evidence.after ?? '').toLowerCase())
  effects = effects.filter((e) => e.rule !== 'scope/included' || !actors.some((a) => a !== '' && (e.evidence.after ?? '').toLowerCase().includes(a.split(/\s+/).pop() ?? a)))
  // A repealed section loses its modal verbs and its own references with it; saying so per verb is
  // noise. What it held in thresholds, persons and actors is still worth seeing.
  if (repealed) effects = effects.filter((e) => e.type !== 'modality' && e.type !== 'reference')
  // A purpose clause states aims: «Lova skal leggja til rette for …» puts no duty on anyone.
  if (isPurpose(context.sectionTitle)) effects = effects.filter((e) => e.type !== 'modality')
  return [...effects, ...titleEffects(change), ...repealEffects(change), ...listEffects(change)]
}

/**
 * A point added to or taken out of an existing enumeration («d. Folkeregisteret» among the registers the
 * bank may ask): what the list reaches grows or shrinks by that point. New lists come with their ledd or
 * section, so an item-level addition or removal is always one point of a list that stays.
 */
function listEffects(change: Change): Effect[] {
  if (change.level !== 'item') return []
  const shown = (text: string): string => {
    const words = text.replace(/\s+/g, ' ').trim()
    return words.length > 90 ? words.slice(0, 90).replace(/\s+\S*$/, '') + ' …' : words
  }
  if (change.kind === 'added' && change.proposed && !change.current) {
    const t = shown(change.proposed.text)
    return [{type: 'scope', rule: 'scope/list-extended', detail: `Nytt punkt i oppregningen: «${t}»`, detailEn: `New point in the list: «${t}»`, evidence: {before: null, after: t}}]
  }
  if ((change.kind === 'removed' || change.kind === 'repealed') && change.current && !change.proposed) {
    const t = shown(change.current.text)
    return [{type: 'scope', rule: 'scope/list-reduced', detail: `Punkt tatt ut av oppregningen: «${t}»`, detailEn: `Point taken out of the list: «${t}»`, evidence: {before: t, after: null}}]
  }
  return []
}

const isPurpose = (title: string | null | undefined): boolean => /^(?:lovens\s+|forskriftens\s+)?(?:formål|føremål)/iu.test((title ?? '').trim())

const titleWords = (text: string): string[] =>
  (text.toLowerCase().match(/[\p{L}\d]+/gu) ?? []).filter((w) => !/^(?:og|i|om|for|til|av|med|mv|m|etter|ved)$/.test(w))

/**
 * A section heading that lost words names a wider field («Halvautomatiske rifler» → «Rifler»); one that
 * gained words a narrower one. Words replaced on both sides say neither.
 */
function titleEffects(change: Change): Effect[] {
  if (change.level !== 'section' || !change.current?.citation.endsWith('(overskrift)') || !change.proposed) return []
  const before = titleWords(change.current.text)
  const after = titleWords(change.proposed.text)
  const dropped = before.filter((w) => !after.includes(w))
  const added = after.filter((w) => !before.includes(w))
  const quoteOf = (t: string): string => `«${t}»`
  const [b, a] = [change.current.text, change.proposed.text]
  if (dropped.length > 0 && added.length === 0) {
    return [{type: 'scope', rule: 'scope/title-widened', detail: `Overskriften favner videre: ${quoteOf(b)} blir ${quoteOf(a)}`, detailEn: `The heading covers more: ${quoteOf(b)} becomes ${quoteOf(a)}`, evidence: {before: b, after: a}}]
  }
  if (added.length > 0 && dropped.length === 0) {
    return [{type: 'scope', rule: 'scope/title-narrowed', detail: `Overskriften avgrenser mer: ${quoteOf(b)} blir ${quoteOf(a)}`, detailEn: `The heading is narrower: ${quoteOf(b)} becomes ${quoteOf(a)}`, evidence: {before: b, after: a}}]
  }
  return []
}

/**
 * A section or ledd repealed or taken out ends what it said; the reader is told so, with its first
 * words, whatever else the rules found in it (an age limit that lives on elsewhere is dropped later).
 * Where its content went is the carried-over analysis' finding.
 */
function repealEffects(change: Change): Effect[] {
  if ((change.kind !== 'repealed' && change.kind !== 'removed') || change.proposed || !change.current) return []
  if (change.level !== 'section' && change.level !== 'ledd') return []
  const words = change.current.text.replace(/\s+/g, ' ').trim()
  const shown = words.length > 90 ? words.slice(0, 90).replace(/\s+\S*$/, '') + ' …' : words
  const what = `${change.current.citation}: «${shown}»`
  return [{type: 'scope', rule: 'scope/repealed', detail: `Gjelder ikke lenger: ${what}`, detailEn: `No longer in force: ${what}`, evidence: {before: shown.replace(/ …$/, ''), after: null}}]
}
