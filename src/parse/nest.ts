/**
 * Nesting of the scanned entries: which part or chapter each provision sits in, and where text
 * regions (section bodies, text under a chapter, annexes, repeal lines) begin. Pure: entries in, plan out.
 */
import type {Entry} from './scan.js'

export type ContainerKind = 'part' | 'chapter' | 'section'

export type Step =
  /** Opens a part, chapter or section under `parent` (index into the plan's entries, or null at top level). */
  | {entry: Entry; action: 'open'; parent: number | null}
  /** Opens a region whose text belongs to `owner` (an opened entry), or to nobody when null. */
  | {entry: Entry; action: 'region'; role: 'container' | 'unplaced' | 'repeal' | 'annex'; owner: number | null; withLine?: boolean}
  /** A heading that stays inside the current section body or annex: no new region. */
  | {entry: Entry; action: 'continue'}

const RANK: Record<ContainerKind, number> = {part: 0, chapter: 1, section: 2}

function isContainer(e: Entry): e is Entry & {kind: ContainerKind} {
  return e.kind === 'part' || e.kind === 'chapter' || e.kind === 'section'
}

/** Does an open `top` close when `next` (a part, chapter or section) starts? */
function closes(top: Entry & {kind: ContainerKind}, next: Entry & {kind: ContainerKind}): boolean {
  const tr = RANK[top.kind]
  const nr = RANK[next.kind]
  if (top.kind === 'section' || tr > nr) return true
  // Same rank: a deeper heading nests ("## I. Lov …" > "### Del A."), otherwise it is a sibling.
  if (tr === nr) return top.depth === null || next.depth === null || top.depth >= next.depth
  // "## Kapittel 1" then "## § 1": the section is in the chapter unless it is a shallower heading.
  return top.depth !== null && next.depth !== null && top.depth > next.depth
}

export function plan(entries: readonly Entry[]): Step[] {
  const steps: Step[] = []
  const stack: number[] = []
  let inAnnex = false
  entries.forEach((entry, index) => {
    const topIndex = stack.at(-1)
    const top = topIndex === undefined ? undefined : entries[topIndex]!
    if (inAnnex && entry.kind !== 'section') {
      // An annex runs to the next section, whatever headings (even "Del 1", "Kapittel I") it has.
      if (entry.kind === 'annex') steps.push({entry, action: 'region', role: 'annex', owner: null})
      else steps.push({entry, action: 'continue'})
      return
    }
    if (isContainer(entry)) {
      inAnnex = false
      while (stack.length > 0 && closes(entries[stack.at(-1)!]! as Entry & {kind: ContainerKind}, entry)) stack.pop()
      steps.push({entry, action: 'open', parent: stack.at(-1) ?? null})
      stack.push(index)
      return
    }
    if (entry.kind === 'annex') {
      stack.length = 0
      inAnnex = true
      steps.push({entry, action: 'region', role: 'annex', owner: null})
      return
    }
    if (entry.kind === 'other') {
      // A heading deeper than the open section (a table caption, "Art 3" inside a §) is body text.
      if (top && top.kind === 'section' && (top.depth === null || (entry.depth ?? 0) > top.depth)) {
        steps.push({entry, action: 'continue'})
        return
      }
      while (stack.length > 0) {
        const s = entries[stack.at(-1)!]!
        if (s.kind === 'section' || (s.depth !== null && entry.depth !== null && entry.depth <= s.depth)) stack.pop()
        else break
      }
    } else {
      // Subdivisions ("### I. Virkeområde" inside a chapter), repeal statements and amendment
      // instructions close a section.
      while (stack.length > 0 && entries[stack.at(-1)!]!.kind === 'section') stack.pop()
    }
    const owner = stack.at(-1) ?? null
    const role = entry.kind === 'repeal' ? 'repeal' : owner === null ? 'unplaced' : 'container'
    // An instruction line is wording of the region it opens, unlike a heading or a repeal line.
    if (entry.kind === 'instruction') steps.push({entry, action: 'region', role, owner, withLine: true})
    else steps.push({entry, action: 'region', role, owner})
  })
  return steps
}

/**
 * Entries from where the provisions begin. Headings before the first section that are not its
 * ancestors ("Del C" in an EEA text printed before the Norwegian §§) are preamble. A document with no
 * section at all keeps all its entries (an amending act's parts I, II).
 */
export function provisionEntries(entries: readonly Entry[]): Entry[] {
  const steps = plan(entries)
  const firstSection = steps.findIndex((s) => s.entry.kind === 'section' && s.action === 'open')
  if (firstSection === -1) return [...entries]
  let root = firstSection
  for (let s = steps[root]!; s.action === 'open' && s.parent !== null; s = steps[root]!) root = s.parent
  return entries.slice(root)
}
