/**
 * A change as the linker queries the note with it. Its own module because both the ranking
 * (src/link/index.ts) and the note analysis (src/link/findings.ts) read it, and the analysis must not
 * import the ranking that calls it.
 */
import type {Change} from '../types.js'

export interface ChangeQuery {
  change: Change
  /** Section label (`3-2`) the change belongs to, normalised. */
  sectionLabel: string | null
  /** The changed wording, whole and per hunk (a run of inserted/deleted words). */
  whole: string
  hunks: string[]
  /**
   * Changes that received the wording this change took out (the samtykke sentence leaving § 3-2 annet
   * ledd for § 3-1 tredje ledd): the note often explains a move where the text arrives.
   */
  partners: ChangeQuery[]
  /** The only change of substance in its section: a passage under a heading naming it and citing the section can only mean it. */
  sole: boolean
  /** The only change of substance in the whole proposal: the whole note is about it. */
  only: boolean
  /** Section labels read off the citations of both sides (sideLabels), and the sections of both sides' ids (changedSections). */
  sideLabels: string[]
  sections: string[] | null
  /**
   * The section title this change gives, when the change is about a section's heading: a section-level
   * "modified" (its text is the title) or a whole new section (its title from the tree). Null otherwise.
   */
  newTitle: string | null
}
