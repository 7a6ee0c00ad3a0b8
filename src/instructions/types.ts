import type {Position} from '../types.js'

/** Where in a section an instruction points. Ordinals are 1-based; `'last'` is "siste". */
export interface InstructionTarget {
  /** Section label as written (`5-3`, `12 a`). */
  section: string
  /** Last section of a range («§ 2-2 til § 2-8 oppheves.»); absent for one section. */
  sectionTo?: string
  ledd: number | 'last' | null
  /** Last ledd of a range ("annet og tredje ledd", "annet til fjerde ledd"); null for one ledd. */
  leddTo: number | 'last' | null
  item: string | null
  /** Further items named in the same citation («nr. 6 og ny nr. 7»), each with whether it is new. */
  moreItems?: Array<{label: string; adds: boolean}>
  itemKind: 'bokstav' | 'nr' | null
  sentence: number | 'last' | null
  /** Last punktum of a range ("andre og tredje punktum"); absent or null for one punktum. */
  sentenceTo?: number | 'last' | null
  /** The level an instruction *adds* at ("Ny § 3-7", "nytt siste ledd", "ny bokstav c", "nytt annet punktum"). */
  adds: 'section' | 'ledd' | 'item' | 'sentence' | null
  /** True for "overskriften til § 3-1" / "§ 3-1 overskriften" (and for a chapter heading). */
  heading: boolean
  /** Chapter number for "Overskriften til kapittel 3 skal lyde:" (then `section` is empty), else null. */
  chapter: string | null
}

export type InstructionAction =
  | 'replace' //  … skal lyde:
  | 'insert' //   Ny § … / nytt … ledd / nytt … punktum / ny bokstav … skal lyde:
  | 'repeal' //   … oppheves.
  | 'substitute' // I § … skal «A» lyde «B».
  | 'renumber' //  Nåværende § 3 blir ny § 4.

/** A statement renumbering what follows a change: "Nåværende bokstav d og e blir bokstav c og d." */
export interface Renumbering {
  level: 'ledd' | 'item' | 'section'
  from: string[]
  to: string[]
  text: string
  /** The section named in the statement («§ 13 nåværende fjerde ledd blir …»), when it names one. */
  section?: string
}

/** What an instruction says, as read by the grammar (grammar.ts) and kept on the applied instruction. */
export interface InstructionWording {
  /** Roman numeral of the part it stands in (`I`), or null when the proposal has no parts. */
  part: string | null
  action: InstructionAction
  target: InstructionTarget
  /** The cited provision as written, e.g. `§ 5-3 første ledd`. */
  citation: string
  /** For `substitute`: the quoted old and new wording. */
  from: string | null
  to: string | null
  /** New wording for `replace`/`insert`, exactly as printed (paragraphs separated as in the proposal). */
  body: string | null
  renumbering: Renumbering[]
}

/** One amendment instruction, as written in the proposal and as applied to the current text. */
export interface Instruction extends InstructionWording {
  /** Verbatim text of the instruction: its opening line, the new wording and any renumbering statement (for a
   *  provision listed under a bulk rename: the rename sentence, a blank line, and the list line). */
  text: string
  position: Position
  /** Provision ids the instruction touched: current-side ids of what it replaced or removed and
   *  proposed-side ids of what it wrote (`kap5/§5-3/ledd1`). Empty when it could not be applied. */
  touched: string[]
  applied: boolean
}

export interface ApplyResult {
  /** The consolidated proposed regulation as Markdown, in the current text's own style. */
  text: string
  instructions: Instruction[]
  /** ISO date from "Forskriften trer i kraft 1. august 2025.", or null. */
  entryIntoForce: string | null
}
