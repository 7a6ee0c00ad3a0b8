import type {Provision} from '../types.js'

/**
 * The sections of a list of provisions in document order, through parts and chapters (never into a
 * section: sections do not nest). The one walker every stage uses to list a tree's sections.
 */
export function sectionsIn(nodes: readonly Provision[], out: Provision[] = []): Provision[] {
  for (const node of nodes) {
    if (node.kind === 'section') out.push(node)
    else if (node.kind === 'part' || node.kind === 'chapter') sectionsIn(node.children, out)
  }
  return out
}
