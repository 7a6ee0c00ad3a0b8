/** Plain data the importers hand each other and the CLI (see src/import/README.md). */

/** One kind of repair an importer made, with how often and where (1-based lines of the input). */
export interface Repair {
  /** Short English key: `hyphen-joined`, `line-joined`, `page-number-removed`, `header-removed`, `footnote-moved` … */
  kind: string
  count: number
  /** Input lines (1-based) where it was made; at most the first 20, so case.yaml stays readable. */
  lines: number[]
}

/** A text converted to regdiff's Markdown, with what was done to it. */
export interface ImportedText {
  markdown: string
  repairs: Repair[]
  /** What was found, for the provenance (sections, ledd, items …). */
  counts: Record<string, number>
}

/** The key information in the header of a Lovdata document. */
export interface LovdataMeta {
  /** `FOR-2023-06-20-1073` */
  id: string | null
  /** `forskrift/2023-06-20-1073` */
  refid: string | null
  title: string | null
  shortTitle: string | null
  ministry: string | null
  dateInForce: string | null
  lastChangeInForce: string | null
  lastChangedBy: string | null
  /** `2023-06-23 14:50` */
  published: string | null
  /** Amending acts and regulations named in the header, as Lovdata refids (`forskrift/2025-07-30-1576`). */
  amendments: string[]
}
