/**
 * `report.json`: the report model with its three provision trees cut down to outlines.
 *
 * Why an outline and not the trees: the in-memory `Report` keeps full trees (`source` and `text` at every
 * level, down to each sentence) because the HTML shows every section side by side and the consolidated text.
 * Serialised, those trees repeat each input about a dozen times (a 10 MB regulation gave ~860 MB of JSON,
 * more than the longest string V8 can hold). A consumer loses nothing by the cut: the wording of everything
 * that changed is in `diff.changes[]` (`current` / `proposed` with `text`, and `words`), and both input
 * texts are recoverable byte for byte from `diff.segments` (`reconstruct(segments, side)` in
 * `src/diff/reconstruct.ts`). What stays of the trees is what places a change: parts, chapters and
 * sections with their ids, citations, titles, positions, repeal state and amendment notes.
 */
import type {AmendmentNote, Position, Provision, ProvisionTree, Report} from '../types.js'

/** A part, chapter or section of a provision tree, without wording (see the module comment). */
export interface ProvisionOutline {
  kind: 'part' | 'chapter' | 'section'
  id: string
  label: string | null
  citation: string
  title: string | null
  position: Position
  repealed: boolean
  notes: AmendmentNote[]
  /** The parts, chapters and sections inside a part or chapter; absent on a section. */
  children?: ProvisionOutline[]
}

/** A provision tree in `report.json`: its metadata and outline down to the sections. */
export interface ProvisionTreeOutline {
  path: string
  frontmatter: ProvisionTree['frontmatter']
  title: string | null
  repeals: ProvisionTree['repeals']
  children: ProvisionOutline[]
}

/** The shape of `report.json` (`schema/report.schema.json`): the Report with outlines for its trees. */
export type ReportJson = Omit<Report, 'regulation'> & {
  regulation: {current: ProvisionTreeOutline; proposed: ProvisionTreeOutline; consolidated: ProvisionTreeOutline}
}

const OUTLINE_KINDS = new Set<Provision['kind']>(['part', 'chapter', 'section'])

function outlineNodes(nodes: Provision[]): ProvisionOutline[] {
  const out: ProvisionOutline[] = []
  for (const p of nodes) {
    if (!OUTLINE_KINDS.has(p.kind)) continue
    const node: ProvisionOutline = {
      kind: p.kind as ProvisionOutline['kind'],
      id: p.id,
      label: p.label,
      citation: p.citation,
      title: p.title,
      position: p.position,
      repealed: p.repealed,
      notes: p.notes
    }
    if (p.kind !== 'section') node.children = outlineNodes(p.children)
    out.push(node)
  }
  return out
}

/** A provision tree as `report.json` carries it: metadata and the outline down to sections. */
export function outlineTree(tree: ProvisionTree): ProvisionTreeOutline {
  return {path: tree.path, frontmatter: tree.frontmatter, title: tree.title, repeals: tree.repeals, children: outlineNodes(tree.children)}
}

/** The value `report.json` serialises. Shares (does not copy) everything but the trees. */
export function reportToJson(report: Report): ReportJson {
  const {current, proposed, consolidated} = report.regulation
  // Spread keeps the model's key order, so `regulation` stays where it is in the file.
  return {...report, regulation: {current: outlineTree(current), proposed: outlineTree(proposed), consolidated: outlineTree(consolidated)}}
}
