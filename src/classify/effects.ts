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

export interface EffectContext {
  /** Title of the section the change belongs to ("Definisjoner" makes every change a definition change). */
  sectionTitle?: string | null
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
    ...scopeEffects(al),
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
  // A repealed section loses its modal verbs and its own references with it; saying so per verb is
  // noise. What it held in thresholds, persons and actors is still worth seeing.
  if (repealed) effects = effects.filter((e) => e.type !== 'modality' && e.type !== 'reference')
  return effects
}
