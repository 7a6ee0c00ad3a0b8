/**
 * What an amendment instruction does, in Lovdata's own address notation (the `data-change-part`,
 * `data-add-new-part`, `data-repeal-part` and `data-move-part` markup of Norsk Lovtidend), without the
 * document part: `§11-6/ledd/1/setning/2`, `§5-3/ledd/2/bokstav/d`, `§12/ledd/1/nummer/7`, `§29/overskrift`,
 * `kap4A`, `kap3/overskrift`, `§8/setning/1` (a section of one ledd). A whole act or regulation is `''`.
 *
 * This is the contract between the instruction grammar (reading a sentence) and the applier (changing a
 * tree), and the shape `regdiff instructions --parse` prints. Shared by both so neither re-reads the other's
 * strings.
 */

export type OperationKind = 'replace' | 'insert' | 'repeal' | 'move' | 'rename'

export interface Operation {
  op: OperationKind
  /** Lovdata address of what is changed (for `insert`: the address the new provision will have). */
  target: string
  /** For `move`: the address it gets ("Nåværende femte ledd blir fjerde ledd": target `§11/ledd/5`, to `§11/ledd/4`). */
  to?: string
  /** For `rename`: the words replaced, exactly as quoted («Dagligvaretilsynet»). */
  from?: string
  /** For `rename`: the replacement, exactly as quoted; `''` when words are removed. */
  with?: string
  /** Only the lead-in of the ledd or list is replaced («§ 107 femte ledd innledningen skal lyde:»). */
  portion?: 'innledning'
  /** For `insert` placed by a neighbour: «Etter § 7-9 skal nytt avsnitt III lyde» → `§7-9`. */
  after?: string
  /** Lovdata id of another act or regulation than the one the part amends (a list of renames across acts). */
  document?: string
}

/** The act or regulation an instruction part amends: «I lov 29. april 2005 nr. 21 om … gjøres følgende endring:». */
export interface AmendedDocument {
  kind: 'lov' | 'forskrift'
  /** ISO date of the act or regulation. */
  date: string
  /** Its number in that year's Lovtidend (`21`). */
  number: string
  /** Lovdata-style id: `lov/2005-04-29-21`, `forskrift/2023-06-20-1073`. */
  id: string
  /** The title as written after the number, if any («om supplerande stønad …»). */
  title: string | null
}
