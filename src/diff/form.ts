/** How to read the proposal when the case does not say: partial, complete (or instructions). */
import type {ProvisionTree, ProposalForm} from '../types.js'
import {sectionsIn} from '../parse/sections.js'
import {sectionKey} from './sections.js'

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
  const cur = sectionsIn(current.children)
  const prop = sectionsIn(proposed.children)
  const curKeys = new Set(cur.map((s) => sectionKey(s.label)))
  const known = prop.filter((s) => curKeys.has(sectionKey(s.label))).length
  const hasChapters = proposed.children.some((c) => c.kind === 'chapter' || c.kind === 'part')
  const currentHasChapters = current.children.some((c) => c.kind === 'chapter' || c.kind === 'part')
  // A whole regulation carries its chapter structure and needs no repeal statements; a proposal that
  // prints a few amended sections, drops the chapters the regulation has, or says "§ x oppheves" is
  // a set of amendments to the current text.
  const few = prop.length < cur.length / 2
  const noChapters = currentHasChapters && !hasChapters
  const repeals = proposed.repeals.length > 0
  if (prop.length + proposed.repeals.length > 0 && (few || noChapters || repeals)) {
    const why = [
      `det gjengir ${prop.length} av ${cur.length} paragrafer (${known} av dem finnes i gjeldende tekst)`,
      ...(noChapters ? ['det har ikke forskriftens kapittelinndeling'] : []),
      ...(repeals ? [`det opphever uttrykkelig ${proposed.repeals.map((r) => r.citation).join(', ')}`] : [])
    ]
    return {
      form: 'partial',
      formReason: `Forslaget leses som ${FORM_NAME.partial}: ${why.join('; ')}. Formen er ikke oppgitt i saken, så den er utledet av tekstene.`
    }
  }
  return {
    form: 'complete',
    formReason: `Forslaget leses som ${FORM_NAME.complete}: det gjengir ${prop.length} av ${cur.length} paragrafer` +
      `${hasChapters ? ' med kapittelinndeling' : ''}. Formen er ikke oppgitt i saken, så den er utledet av tekstene.`
  }
}
