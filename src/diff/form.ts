/** How to read the proposal when the case does not say: partial, complete (or instructions). */
import type {ProvisionTree, ProposalForm} from '../types.js'
import {flattenSections, sectionKey} from './sections.js'

const FORM_NAME: Record<ProposalForm, string> = {
  partial: 'delvis (bare paragrafene som er gjengitt, endres; de andre står uendret)',
  complete: 'fullstendig (forslaget er hele forskriften; en paragraf som mangler, er fjernet)',
  instructions: 'endringsinstrukser (instruksene er brukt på gjeldende tekst, og resultatet sammenlignes som en fullstendig tekst)'
}

export function decideForm(
  current: ProvisionTree,
  proposed: ProvisionTree,
  declared: ProposalForm | null
): {form: ProposalForm; formReason: string} {
  if (declared !== null) return {form: declared, formReason: `Forslaget leses som ${FORM_NAME[declared]}, slik saken oppgir.`}
  const cur = flattenSections(current.children)
  const prop = flattenSections(proposed.children)
  const curKeys = new Set(cur.map((s) => sectionKey(s.label)))
  const known = prop.filter((s) => curKeys.has(sectionKey(s.label))).length
  const hasChapters = proposed.children.some((c) => c.kind === 'chapter' || c.kind === 'part')
  const currentHasChapters = current.children.some((c) => c.kind === 'chapter' || c.kind === 'part')
  // A proposal that prints fewer than half the sections, without the chapter headings the regulation
  // has, is a set of amended sections; a whole regulation would carry its chapter structure.
  const few = prop.length < cur.length / 2
  if (prop.length > 0 && few && (!hasChapters || !currentHasChapters)) {
    return {
      form: 'partial',
      formReason: `Forslaget leses som ${FORM_NAME.partial}: det gjengir ${prop.length} av ${cur.length} paragrafer` +
        `${hasChapters ? '' : ' og har ingen kapittelinndeling'}; ${known} av dem finnes i gjeldende tekst. Formen er ikke oppgitt i saken, så den er utledet av tekstene.`
    }
  }
  return {
    form: 'complete',
    formReason: `Forslaget leses som ${FORM_NAME.complete}: det gjengir ${prop.length} av ${cur.length} paragrafer` +
      `${hasChapters ? ' med kapittelinndeling' : ''}. Formen er ikke oppgitt i saken, så den er utledet av tekstene.`
  }
}
