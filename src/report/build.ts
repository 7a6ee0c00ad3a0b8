import type {CaseMeta, ClassifyResult, DiffResult, Finding, LinkResult, NoteTree, Report, Severity, SourceDocument} from '../types.js'

/**
 * Version of the `report.json` contract (`schema/report.schema.json`). Bump the minor version for
 * additive fields, the major version for anything a consumer would have to change for.
 */
export const REPORT_SCHEMA_VERSION = '3.0.0'

export interface BuildReportInput {
  meta: CaseMeta
  sources: SourceDocument[]
  regulation: Report['regulation']
  /** The diff stage's result: changes (no effects or reasons yet), sections, its findings, segments. */
  diff: DiffResult
  /** The classify stage's effects and findings (absent: none). */
  classified?: ClassifyResult
  /** The link stage's reasons and findings (absent: none). */
  linked?: LinkResult
  note: NoteTree | null
  background: NoteTree[]
  toolVersion: string
}

const ROLE_ORDER = ['current', 'proposed', 'note', 'background'] as const
const SEVERITY_ORDER: Record<Severity, number> = {error: 0, warning: 1, info: 2}

// Code-unit comparison: ids and paths must sort the same on every machine and locale.
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * The diff with the classify stage's output on it: each change a copy carrying its effects, and the
 * stage's findings after the diff's. What link reads (it weighs a change's effects); nothing is mutated.
 */
export function withEffects(diff: DiffResult, classified: ClassifyResult): DiffResult {
  const changes = diff.changes.map((change) => ({...change, effects: classified.effects[change.id] ?? change.effects}))
  return {...diff, changes, findings: [...diff.findings, ...classified.findings]}
}

/** The diff with the link stage's output on it: each change a copy carrying its reasons, and the stage's findings last. */
export function withReasons(diff: DiffResult, linked: LinkResult): DiffResult {
  const changes = diff.changes.map((change) => ({...change, reasons: linked.reasons[change.id] ?? change.reasons}))
  return {...diff, changes, findings: [...diff.findings, ...linked.findings]}
}

/**
 * Assemble the report model from the stages' results. The input is never mutated: the lists this puts in
 * order are new arrays (and each change a shallow copy with its own reasons list). Everything else, the
 * provision and note trees above all, is shared rather than copied: they are read-only from here on, and
 * at 10 MB a deep copy of them cost ~5 s and ~1 GB.
 */
export function buildReport(input: BuildReportInput): Report {
  const classified = input.classified ? withEffects(input.diff, input.classified) : input.diff
  const diff = input.linked ? withReasons(classified, input.linked) : classified

  const sources = input.sources
    .map((source, index) => ({source, index}))
    .sort(
      (a, b) =>
        ROLE_ORDER.indexOf(a.source.role) - ROLE_ORDER.indexOf(b.source.role) ||
        compareStrings(a.source.path, b.source.path) ||
        a.index - b.index
    )
    .map(({source}) => source)

  // Changes are numbered in document order by the diff (`c-001` …); sorting by id keeps that order
  // even if a later stage appended or reordered them.
  const changes = [...diff.changes]
    .sort((a, b) => compareStrings(a.id, b.id))
    .map((change) => ({
      ...change,
      // Strongest reason first; ties by place in the note so the order never depends on the linker's loop.
      reasons: [...change.reasons].sort(
        (a, b) => b.score - a.score || compareStrings(a.path, b.path) || a.position.start.offset - b.position.start.offset
      )
    }))

  const findings = diff.findings
    .map((finding, index) => ({finding: {...finding, changeIds: [...finding.changeIds].sort(compareStrings)}, index}))
    .sort((a, b) => compareFindings(a.finding, b.finding) || a.index - b.index)
    .map(({finding}) => finding)

  const background = [...input.background].sort((a, b) => compareStrings(a.path, b.path))

  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: {name: 'regdiff', version: input.toolVersion},
    case: input.meta,
    sources,
    regulation: input.regulation,
    diff: {...diff, changes, findings},
    note: input.note,
    background
  }
}

// Most severe first, then by the first change the finding concerns (findings about no change last),
// then by code and message, so the list reads in the order of the regulation.
function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    compareStrings(a.changeIds[0] ?? '\uffff', b.changeIds[0] ?? '\uffff') ||
    compareStrings(a.code, b.code) ||
    compareStrings(a.message, b.message)
  )
}
