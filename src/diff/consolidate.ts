/**
 * The whole regulation as it would read if the proposal were adopted ("slik forskriften vil lyde"):
 * the current tree with each proposed section put in place of its current counterpart, repealed
 * sections kept as "(Opphevet)" (as Lovdata prints them), removed sections left out and new sections
 * inserted after the section that precedes them in the proposal.
 *
 * Nodes keep the `source` and `position` of the file they come from (current or proposed), so a
 * renderer can always point back to the text; ids of replaced sections keep the current path
 * (`kap3/§3-1/…`) so that the consolidated tree has one id scheme.
 */
import type {DiffResult, Provision, ProvisionTree} from '../types.js'
import {sectionsIn} from '../parse/sections.js'

export function consolidate(current: ProvisionTree, proposed: ProvisionTree, diff: DiffResult): ProvisionTree {
  // Complete and instruction-form proposals are already the whole text as it would read. The trees are
  // read-only once parsed (see src/report/build.ts), so the consolidated tree shares their nodes instead
  // of copying them: at 10 MB a deep copy cost ~0.4 s and a third tree's worth of memory.
  if (diff.form !== 'partial') return proposed

  const propById = new Map(sectionsIn(proposed.children).map((s) => [s.id, s]))
  const statusOf = new Map(diff.sections.filter((s) => s.currentId).map((s) => [s.currentId!, s]))
  // Added sections, keyed by the current section they follow.
  const insertAfter = new Map<string, Provision[]>()
  const leading: Provision[] = []
  let lastCurrentId: string | null = null
  for (const s of diff.sections) {
    if (s.currentId) lastCurrentId = s.currentId
    else if (s.proposedId && s.status === 'added') {
      const node = propById.get(s.proposedId)
      if (!node) continue
      if (lastCurrentId === null) leading.push(node)
      else {
        const list = insertAfter.get(lastCurrentId)
        if (list) list.push(node)
        else insertAfter.set(lastCurrentId, [node])
      }
    }
  }
  // Repealed parts below section level, by change id: looked up per section instead of a scan of every
  // change per section (quadratic on a large partial proposal).
  const repealedParts = new Map(diff.changes.filter((c) => c.kind === 'repealed' && c.level !== 'section' && c.current).map((c) => [c.id, c.current!.id]))

  const rebuild = (nodes: Provision[]): Provision[] => {
    const out: Provision[] = []
    for (const node of nodes) {
      if (node.kind === 'part' || node.kind === 'chapter') {
        out.push({...node, children: rebuild(node.children)})
        continue
      }
      if (node.kind !== 'section') {
        out.push(node)
        continue
      }
      const status = statusOf.get(node.id)
      const goneParts = new Set((status?.changeIds ?? []).flatMap((id) => (repealedParts.has(id) ? [repealedParts.get(id)!] : [])))
      if (goneParts.size > 0 && !status?.proposedId) {
        // "§ 2-2 bokstav c oppheves": the section stays, without the part (later letters keep theirs,
        // as Lovdata prints them until a renumbering instruction says otherwise).
        out.push(withoutParts(node, goneParts))
        for (const added of insertAfter.get(node.id) ?? []) out.push(added)
        continue
      }
      const replacement = status?.proposedId ? propById.get(status.proposedId) : undefined
      if (status?.status === 'repealed') {
        out.push({...node, title: '(Opphevet)', text: '', children: [], marks: [], repealed: true})
      } else if (status?.status === 'removed') {
        // Left out: a complete proposal without it would not print it.
      } else if (replacement) {
        out.push(reroot(replacement, replacement.id, node.id))
      } else {
        out.push(node)
      }
      for (const added of insertAfter.get(node.id) ?? []) out.push(added)
    }
    return out
  }
  const children = [...leading, ...rebuild(current.children)]
  return {
    path: current.path,
    frontmatter: current.frontmatter ? {...current.frontmatter} : null,
    title: current.title,
    children,
    repeals: [],
    outside: current.outside.map((o) => ({...o}))
  }
}

/** The subtree with the id prefix `from` replaced by `to`: new nodes, sharing their unchanged fields. */
function reroot(node: Provision, from: string, to: string): Provision {
  const id = node.id === from ? to : node.id.startsWith(from + '/') ? to + node.id.slice(from.length) : node.id
  return {...node, id, children: node.children.map((c) => reroot(c, from, to))}
}

function withoutParts(node: Provision, gone: Set<string>): Provision {
  const hit = (n: Provision): boolean => gone.has(n.id) || n.children.some(hit)
  if (!node.children.some(hit)) return node
  const children = node.children.filter((c) => !gone.has(c.id)).map((c) => withoutParts(c, gone))
  const text = children.map((c) => c.text).filter((t) => t !== '').join(' ')
  return {...node, children, text}
}
