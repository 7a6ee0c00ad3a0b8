/**
 * The data contract between regdiff's stages.
 *
 *   load case → parse (provision trees, note tree) → diff (align + word diff)
 *             → classify (effects) → link (reasons, findings) → report model → render
 *
 * Every stage takes and returns plain data (JSON-serialisable, no classes, no cycles), so that each
 * can be tested alone and `report.json` is simply the serialised model. Diagnostics travel as vfile
 * messages on the VFile of the document they are about; no stage prints.
 */

/** A place in a source file, as in unist: `line` and `column` 1-based, `offset` 0-based (UTF-16 units). */
export interface Point {
  line: number
  column: number
  offset: number
}

export interface Position {
  start: Point
  end: Point
}

/** The output formats of a report. */
export type OutputFormat = 'html' | 'md' | 'json' | 'docx' | 'answer' | 'answer-docx' | 'consolidated'
  /** report.json in the self-contained form (every segment's text); written instead of `json`, never by default. */
  | 'json-full'

// ---------------------------------------------------------------------------------------------
// Case (input folder)
// ---------------------------------------------------------------------------------------------

export type DocumentRole = 'current' | 'proposed' | 'note' | 'background'

/** Provenance of one input document, from `case.yaml`; shown to every reader of a report. */
export interface SourceDocument {
  role: DocumentRole
  /** Path relative to the case folder, POSIX separators. */
  path: string
  /**
   * `verified`: checked against an official source; `reconstructed`: assembled or transcribed by us;
   * `imported`: converted by `regdiff init` from the document as published (remarks list its repairs).
   */
  status: 'verified' | 'reconstructed' | 'imported' | 'unknown'
  /** Where the text comes from (publication, URL-less description, date). */
  source: string
  title: string | null
  /** Known faults kept on purpose (e.g. a full stop lost in the PDF extraction). */
  remarks: string[]
}

/**
 * How to read `proposed.md`:
 * - `partial`: only the sections printed are changed; absent sections stay; repeals are explicit.
 * - `complete`: the whole regulation as it would read; an absent section is removed.
 * - `instructions`: amendment instructions ("§ 5-3 første ledd skal lyde: …") applied to `current.md`.
 */
export type ProposalForm = 'partial' | 'complete' | 'instructions'

export interface CaseMeta {
  /** Folder name, e.g. `ips-ung`. */
  id: string
  title: string
  /** Lovdata id, e.g. `FOR-2023-06-20-1073`. */
  regulationId: string | null
  shortTitle: string | null
  ministry: string | null
  /** ISO dates (YYYY-MM-DD) by name: `published`, `hoeringsfrist`, `inForce` … */
  dates: Record<string, string>
  /** Declared in case.yaml, or null when regdiff must decide from the texts. */
  proposalForm: ProposalForm | null
  /** Free-text language of the documents (`nb`, `nn`). */
  language: string
}

// ---------------------------------------------------------------------------------------------
// Provision tree (parse stage)
// ---------------------------------------------------------------------------------------------

export type ProvisionKind = 'part' | 'chapter' | 'section' | 'ledd' | 'item' | 'sentence'

/**
 * A change mark the ministry put in a proposal: italics for new text, strike-through for removed
 * text. Marks are annotations; struck text is not part of the proposed wording.
 */
export interface ChangeMark {
  type: 'insert' | 'delete'
  /** The marked text, without the markup. */
  text: string
  position: Position
}

/** A Lovdata amendment note (`*Endret ved forskrift 31 jan 2025 nr. 117 (i kraft 1 juli 2025).*`). */
export interface AmendmentNote {
  text: string
  position: Position
}

export interface Provision {
  kind: ProvisionKind
  /**
   * Stable, path-like id, unique in its tree: `kap3/§3-2/ledd1/bokstav-d/pkt1`.
   * Segments: `del-I`, `kap3`, `§3-2` (`§12a`), `ledd2`, `bokstav-d` / `nr-3`, `pkt1`.
   */
  id: string
  /** Section number (`3-2`, `12 a`), chapter number (`3`, `IV`), item label (`d`, `3`); null otherwise. */
  label: string | null
  /** 1-based ordinal among siblings of the same kind (ledd, item, sentence); null for part/chapter/section. */
  ordinal: number | null
  /** Norwegian citation, most specific last: `§ 3-2 første ledd bokstav d annet punktum`. */
  citation: string
  /** Heading title (`Innhold`) for part/chapter/section, else null. */
  title: string | null
  /**
   * Plain wording for matching and display: markup removed, struck text removed, inline whitespace
   * collapsed. For a section or ledd it is the wording of everything below it.
   */
  text: string
  /** Exact slice of the source file this node covers (markup and all); `source.slice(start, end)`. */
  source: string
  position: Position
  /**
   * Trees are read-only once parsed: stages share nodes instead of copying them (the consolidated tree reuses
   * the proposed one's), and every empty `children`, `marks` and `notes` is one shared frozen array.
   */
  children: Provision[]
  marks: ChangeMark[]
  notes: AmendmentNote[]
  /** True for "§ 3-6. (Opphevet)" in a consolidated text. */
  repealed: boolean
}

/** A statement in a proposal that a provision is repealed: "§ 3-6 oppheves." */
export interface RepealStatement {
  /** Section label, e.g. `3-6`. */
  label: string
  /** Citation as written, e.g. `§ 3-6`; may name a ledd or bokstav. */
  citation: string
  text: string
  position: Position
}

export interface ProvisionTree {
  /** Path of the file as given to the parser (for messages). */
  path: string
  /** YAML front matter as key → string, or null. */
  frontmatter: Record<string, string> | null
  /** Document title (first `#` heading or front matter `tittel`). */
  title: string | null
  /** Top-level provisions: parts, chapters or sections (a regulation without chapters has sections here). */
  children: Provision[]
  repeals: RepealStatement[]
  /**
   * Text outside every provision, kept so nothing is lost: front matter, title, preamble, text the parser
   * could not place. Each has its exact source and position.
   *
   * `repeal` is a top-level repeal statement line ("§ 3-6 oppheves."), also listed in `repeals`;
   * `annex` is a vedlegg ("## Vedlegg 1 …") with everything under it up to the next provision.
   * Top-level provisions' `source` runs up to the next top-level piece (trailing blank lines included),
   * so `outside` plus the top-level provisions cover the file exactly once, in order.
   */
  outside: Array<{source: string; position: Position; reason: 'frontmatter' | 'title' | 'preamble' | 'unplaced' | 'repeal' | 'annex'}>
}

// ---------------------------------------------------------------------------------------------
// Diff (align + word diff) and classification
// ---------------------------------------------------------------------------------------------

export type ChangeKind = 'added' | 'removed' | 'modified' | 'moved' | 'relettered' | 'repealed' | 'editorial'

/** One side of a change: the provision as it was or as it would be. */
export interface ProvisionRef {
  id: string
  citation: string
  text: string
  position: Position
}

export interface WordOp {
  op: 'equal' | 'insert' | 'delete'
  text: string
}

export type EffectType = 'modality' | 'threshold' | 'scope' | 'actor' | 'reference' | 'definition' | 'editorial'

/** What a change means, with the words that triggered the rule. */
export interface Effect {
  type: EffectType
  /** Rule id, e.g. `modality/kan-to-skal`, `threshold/age`. */
  rule: string
  /** One-line description in Norwegian bokmål: "Plikt: «kan få tilbud om» blir «skal få»". */
  detail: string
  /** The same line in English, for reports rendered with `--lang en`. */
  detailEn: string
  evidence: {before: string | null; after: string | null}
}

/** A passage of the note (or a background document) that reasons about a change. */
export interface Reason {
  document: 'note' | 'background'
  /** Path of the document relative to the case folder. */
  path: string
  /** Numbered section, e.g. `4.3`, or null for an unnumbered part. */
  noteSection: string | null
  heading: string
  /** Anchor of the paragraph in the rendered note appendix, e.g. `note-4-3-p5`. */
  anchor: string
  /** Quoted text, verbatim from the note (may be shortened with " … "). */
  excerpt: string
  position: Position
  score: number
  method: 'explicit-reference' | 'heading' | 'similarity'
}

export interface Change {
  /** Stable id: `c-<n>` in document order, n zero-padded to 3 digits. */
  id: string
  kind: ChangeKind
  /** The level the change is reported at. */
  level: ProvisionKind
  /** Id of the section (current or proposed side) the change belongs to, for grouping. */
  sectionId: string
  current: ProvisionRef | null
  proposed: ProvisionRef | null
  /** Word diff between current.text and proposed.text (empty for pure additions/removals is allowed). */
  words: WordOp[]
  effects: Effect[]
  reasons: Reason[]
  /** For `relettered`: old and new label; for `moved`: where from and to (ids). */
  relabel: {from: string; to: string} | null
  /** The ministry's own mark that matches this change, if any. */
  declared: 'insert' | 'delete' | 'both' | null
  /** For instruction-form proposals: the instruction that made this change, verbatim. */
  instruction: {text: string; position: Position} | null
}

export type Severity = 'info' | 'warning' | 'error'

export interface Finding {
  /** e.g. `unexplained-change`, `claim-vs-effect`, `undeclared-change`, `broken-reference`. */
  code: string
  severity: Severity
  /** Norwegian bokmål, a full sentence. */
  message: string
  /**
   * The same sentence in English, for reports rendered with `--lang en`. Citations and quotes from the
   * documents stay verbatim in their own language; only the generated sentence is translated.
   */
  messageEn: string
  changeIds: string[]
  /** Where in an input the finding points, if anywhere. */
  place: {path: string; position: Position} | null
}

/**
 * A lossless alignment unit: a span of the current file, a span of the proposed file (either may be
 * null) and the word operations between them. Concatenating, in order, the `equal`+`delete` texts of
 * the units with a current span gives current.md byte for byte; `equal`+`insert` gives proposed.md.
 */
export interface AlignedSegment {
  /** `section` for a pair or lone section, `gap` for text between sections (front matter, headings …). */
  type: 'section' | 'gap'
  currentId: string | null
  proposedId: string | null
  current: {start: number; end: number} | null
  proposed: {start: number; end: number} | null
  ops: WordOp[]
}

export interface SectionStatus {
  /** `§ 3-2`. */
  citation: string
  currentId: string | null
  proposedId: string | null
  status: 'unchanged' | 'changed' | 'added' | 'removed' | 'repealed' | 'not-in-proposal'
  changeIds: string[]
}

export interface DiffResult {
  form: ProposalForm
  /** Why this reading of the proposal was taken (Norwegian), e.g. declared in case.yaml or inferred. */
  formReason: string
  sections: SectionStatus[]
  changes: Change[]
  findings: Finding[]
  /** Lossless alignment (see AlignedSegment), ordered by position in both files. */
  segments: AlignedSegment[]
}

/**
 * What the classify stage returns: the effects of each change, by change id (every change of the diff
 * has an entry, possibly empty), and its findings (broken and unresolved references).
 */
export interface ClassifyResult {
  effects: Record<string, Effect[]>
  findings: Finding[]
}

/**
 * What the link stage returns: the reasons of each change, by change id (every change has an entry,
 * possibly empty), and its findings about the note (only its own: the report assembles all stages').
 */
export interface LinkResult {
  reasons: Record<string, Reason[]>
  findings: Finding[]
}

// ---------------------------------------------------------------------------------------------
// Note (consultation note) tree
// ---------------------------------------------------------------------------------------------

export interface NoteParagraph {
  /** Anchor, unique in the report: `note-4-3-p2`. */
  anchor: string
  text: string
  position: Position
  /** `paragraph`, `list-item` or `footnote`. */
  type: 'paragraph' | 'list-item' | 'footnote'
}

export interface NoteSection {
  /** Anchor of the heading: `note-4-3`, or a slug for unnumbered headings. */
  anchor: string
  /** `4.3`, or null for unnumbered subheadings ("Personkrets – § 3-1"). */
  number: string | null
  heading: string
  depth: number
  position: Position
  paragraphs: NoteParagraph[]
  children: NoteSection[]
}

export interface NoteTree {
  path: string
  title: string | null
  sections: NoteSection[]
  /** Paragraphs before the first heading. */
  preamble: NoteParagraph[]
}

// ---------------------------------------------------------------------------------------------
// Report model (what report.json serialises and the renderers show)
// ---------------------------------------------------------------------------------------------

export interface Report {
  schemaVersion: string
  tool: {name: 'regdiff'; version: string}
  case: CaseMeta
  sources: SourceDocument[]
  /**
   * The trees compared, whole (the HTML shows every section). report.json carries them only as outlines
   * down to sections (`reportToJson` in src/render/json.ts): the wording is in `diff`.
   */
  regulation: {
    current: ProvisionTree
    /** The proposal as parsed (for instruction form: as consolidated by applying the instructions). */
    proposed: ProvisionTree
    /** The whole regulation as it would read if the proposal were adopted ("slik forskriften vil lyde"). */
    consolidated: ProvisionTree
  }
  diff: DiffResult
  /** The note as parsed, for the appendix and anchors; null when the case has none. */
  note: NoteTree | null
  /** Background documents, parsed the same way. */
  background: NoteTree[]
}
