/**
 * The consolidated text of a *partial* proposal (only the changed sections printed, repeals stated on
 * their own line): the current text with each printed section put in place, in the current text's own
 * style. Done by writing the partial proposal as instructions ("§ 3-1 skal lyde: …", "§ 3-6 oppheves.")
 * and applying them, so there is one way text gets edited.
 */
import {VFile} from 'vfile'
import type {Provision, ProvisionTree} from '../types.js'
import {sectionsIn} from '../parse/sections.js'
import {applyInstructions} from './apply.js'
import {findSection, readDocument, sections} from './document.js'

/**
 * The proposal's wording without the ministry's change marks: struck text (`~~…~~`) is not part of it,
 * italics only mark it as new, and list bullets (`- a.`) follow the current text's plain `a.` lines.
 */
export function cleanMarks(source: string, bullets: boolean): string {
  const lines = source.split('\n').flatMap((line) => {
    const struck = line.replace(/~~[^~\n]+~~/g, '')
    // A line that held nothing but struck text (a removed list item) goes with it.
    if (struck !== line && /^\s*(?:[-*+]\s*)?$/.test(struck)) return []
    let out = struck.replace(/(?<![*\p{L}\d])\*(?![\s*])([^*\n]+?)(?<![\s*])\*(?![*\p{L}\d])/gu, '$1')
    if (!bullets) out = out.replace(/^[-*+][ \t]+(?=(?:[a-zæøå]|\d{1,3})[.)][ \t])/, '')
    return [out]
  })
  return lines.join('\n')
}

export function consolidatePartial(currentText: string, proposed: ProvisionTree): string {
  const doc = readDocument(currentText)
  const bullets = sections(doc).some((s) => s.units.some((u) => /^[-*+][ \t]+(?:[a-zæøå]|\d{1,3})[.)][ \t]/m.test(u.text)))
  const parts: string[] = []
  for (const section of sectionsIn(proposed.children)) {
    if (section.label === null) continue
    const exists = findSection(doc, section.label) !== null
    const body = cleanMarks(section.source, bullets).replace(/^#{1,6}[ \t]+/, '').replace(/\s+$/, '')
    if (section.repealed) parts.push(`§ ${section.label} oppheves.`)
    else parts.push(`${exists ? '' : 'Ny '}§ ${section.label} skal lyde:\n\n${body}`)
  }
  for (const repeal of proposed.repeals) parts.push(repeal.text.trim())
  const file = new VFile({path: proposed.path, value: parts.join('\n\n') + '\n'})
  const tree: ProvisionTree = {path: '', frontmatter: null, title: null, children: [], repeals: [], outside: []}
  return applyInstructions({tree, text: currentText}, file).text
}
