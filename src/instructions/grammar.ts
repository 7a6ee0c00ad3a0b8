/**
 * Reading a proposal written as amendment instructions ("I forskrift … gjøres følgende endringer:",
 * "§ 5-3 første ledd skal lyde:", "§ 3-6 oppheves." …) into plain data with source offsets.
 * Nothing is applied here; see apply.ts.
 */
import {ORDINAL_PATTERN, ordinalWord, parseOrdinal} from '../grammar/ordinals.js'
import {MONTHS, monthName} from '../grammar/months.js'
import type {InstructionAction, InstructionTarget, InstructionWording, Renumbering} from './types.js'

export interface Block {
  text: string
  start: number
  end: number
}

export interface ParsedInstruction extends InstructionWording {
  /** Body blocks with the exact separators between them (for verbatim application). */
  bodyBlocks: Array<{text: string; sep: string}>
  /** Regulation the enclosing intro names (`FOR-2015-12-11-1598`), or null. */
  regulationId: string | null
  start: number
  end: number
  /** A bulk rename: the words are replaced in their inflected forms too (genitive «-s», plural). */
  inflect?: boolean
  /** A section printed in full without an instruction (a mixed proposal): replaces it, or adds it when new. */
  implicit?: boolean
  /** Several items in one sentence («nr. 6 og ny nr. 7 skal lyde:»): the label of this one's item in the wording. */
  pickItem?: string
  /** The instruction whose wording this one shares (the first of such a sentence). */
  shareBodyWith?: ParsedInstruction
  /** A bulk rename's opening sentence, when the provision this instruction names is listed after it. */
  lead?: {start: number; end: number}
}

export interface GrammarIssue {
  ruleId: string
  reason: string
  start: number
  end: number
  severity: 'error' | 'warning' | 'info'
}

export interface ParsedProposal {
  instructions: ParsedInstruction[]
  entryIntoForce: string | null
  /** Offsets of the entry-into-force sentence, if any. */
  entryIntoForceAt: {start: number; end: number} | null
  issues: GrammarIssue[]
  /** What each block of the proposal was read as, in order. */
  roles: Array<{start: number; end: number; role: BlockRole}>
}

export {monthName}

const ORD = ORDINAL_PATTERN
// A section label: `5-3`, `12`, `12 a`, `21b`. The letter must not start a word ("§ 5-2 skal").
const LABEL = '(\\d+(?:\\s*-\\s*\\d+)?(?:\\s?[a-zæøå](?![\\p{L}]))?)'
const HEADER = new RegExp(`^(?:(I)\\s+)?(?:(Ny|Nytt)\\s+)?§\\s*${LABEL}`, 'iu')
const HEADING_OF = new RegExp(`^(?:I\\s+)?Overskrift(?:en|a)?\\s+(?:til|i|på)\\s+§\\s*${LABEL}`, 'iu')
// "Overskriften til kapittel 3 skal lyde:", "Kapittel 3 overskriften skal lyde:"
const CHAPTER_HEADING_OF = /^(?:(?:I\s+)?Overskrift(?:en|a)?\s+(?:til|i|på)\s+kapittel\s+([0-9]+\s?[A-Za-z]?|[IVXLC]+)|Kapittel\s+([0-9]+\s?[A-Za-z]?|[IVXLC]+)\s+overskrift(?:en|a)?)(?=\s)/iu
// "nytt syvende, åttende, niende og tiende ledd": a list of consecutive ordinals is read as a range.
const LEDD = new RegExp(`\\s+(?:(nytt|nye)\\s+)?(${ORD}|\\d+\\.)((?:\\s*,\\s*(?:${ORD}|\\d+\\.))*)(?:\\s+(og|til)\\s+(?:nytt\\s+|nye\\s+)?(${ORD}|\\d+\\.))?\\s+ledd`, 'iuy')
const TITLE_CITED = /\s+(?:\([^)]{2,120}\)|\p{Lu}[^§:()]{1,120}?)(?=\s*,?\s*skal\s+lyde)/uy
// "§ 2-8 (2) skal lyde:": a ledd by its printed number.
const LEDD_NUMBER = /\s+(?:(nytt|nye)\s+)?\((\d{1,2})\)(?=\s)/iuy
// "§ 1 annet ledd (endret) skal lyde:": Lovdata's annotations carry no meaning of their own.
const ANNOTATION = /\s*\((?:endret|nytt|ny|endra|opphevet)\)/iuy
// "bokstav c)", "nr. 1a", "nr. 2.1", "punkt a", "nytt nr. 43".
const ITEM = /\s+(?:(ny|nye|nytt)\s+)?(bokstav|nr\.?|nummer|punkt)\s+((?:\d{1,3}(?:\.\d{1,2})?(?:\s?[a-zæøå])?|[a-zæøå])(?![\p{L}\d]))\)?/iuy
// "siste setning" is an older word for punktum.
const SENTENCE = new RegExp(`\\s+(?:(nytt|nye)\\s+)?(${ORD}|\\d+\\.)(?:\\s+(og|til)\\s+(?:nytt\\s+|nye\\s+)?(${ORD}|\\d+\\.))?\\s+(?:punktum|setning)`, 'iuy')
const OVERSKRIFT = /\s+overskrift(?:en|a)?/iuy
// The colon is sometimes lost at the end of the line («§ 4 siste punktum skal lyde»).
const ACTION_LYDE = /\s*,?\s*skal\s+lyde(?:\s*:[ \t]*|\s*$)/iy
// Nynorsk: "blir oppheva", "vert oppheva", "fell bort".
const ACTION_REPEAL = /\s+(?:oppheves|utgår|(?:blir|vert)\s+oppheva|fell\s+bort)\s*\.?[ \t]*/iy
const ACTION_SUBST = /\s+skal\s+(?:ordet\s+|ordene\s+|uttrykket\s+)?«([^»]*)»\s+(?:lyde|endres\s+til|erstattes\s+med)\s+«([^»]*)»\s*\.?[ \t]*/iy
const ACTION_DELETE = /\s+skal\s+(?:ordet\s+|ordene\s+|uttrykket\s+)?«([^»]*)»\s+(?:utgå|oppheves|strykes)\s*\.?[ \t]*/iy
const MORE_SUBST = /^,?\s*og\s+(?:ordet\s+|ordene\s+)?«([^»]*)»\s+(?:skal\s+)?(?:lyde|endres\s+til|erstattes\s+med)\s+«([^»]*)»\s*\.?/i
const PART = /^(?:#{1,6}[ \t]*)?([IVXLC]+)\.?[ \t]*$/
// Lovdata's abridged amending acts run the opening and the instructions together on one line.
// Nynorsk: "blir det gjort følgjande endringar:", "vert det gjort desse endringane:".
const CHANGES = '(?:gjøres|(?:blir|vert)\\s+det\\s+gjort|gjerast)\\s+(?:følgende|følgjande|disse|desse)\\s+endring(?:er|ar|ane|ene)?'
const INTRO_ANYWHERE = new RegExp(`${CHANGES}\\s*:`, 'i')
// "Departementet foreslår følgende endringer:" — the intro of a ministry's own draft.
const INTRO = new RegExp(`(?:${CHANGES}|\\bforesl(?:år|ås|år\\s+departementet)\\s+(?:følgende|følgjande|disse|desse)\\s+endring(?:er|ar|ane|ene)?)\\s*[:.]?\\s*$`, 'i')
// Nynorsk: "tek til å gjelde".
const IN_FORCE = '(?:trer\\s+i\\s+kraft|tek\\s+til\\s+å\\s+gjelde|trår\\s+i\\s+kraft)'
const EIF = new RegExp(`\\b${IN_FORCE}\\b`, 'i')
const EIF_DATE = new RegExp(`${IN_FORCE}\\s+(?:fra\\s+og\\s+med\\s+|fra\\s+|frå\\s+|med\\s+virkning\\s+fra\\s+)?(\\d{1,2})\\.\\s*([a-zæøå]+)\\s+(\\d{4})`, 'i')
// The whole regulation or the amendment as subject: "Forskriften trer i kraft …", "Endringene trer i kraft …".
const EIF_WHOLE = new RegExp(`^(?:Denne\\s+)?(?:forskriften|forskrifta|endringsforskriften|endringsforskrifta|endringene|loven|lova|endringane)\\s+(?:under\\s+[IVX]+\\s+)?${IN_FORCE}`, 'i')
// Nynorsk: "Noverande bokstav d blir bokstav c."
const RENUMBER = /^(?:Nåværende|Noverande)\s+(.+?)\s+(?:blir|vert)\s+(?:nytt\s+|ny\s+|nye\s+)?(.+?)\s*\.?\s*$/i
// "§ 13 nåværende fjerde og femte ledd blir …", "§ 3-8a blir ny § 3-9.": the section first, or no «Nåværende».
const RENUMBER_CITED = new RegExp(`^§\\s*${LABEL}\\s+(?=(?:nåværende|noverande|${ORD}|bokstav|nr\\.?|blir|vert)\\b)`, 'iu')
// The title of an amending text: "Forskrift om endring i forskrift om arbeidsmarkedstiltak".
const TITLE = /^(?:Forskrift|Lov)\s+om\s+endring(?:er|ar)?\s+i\b/i
const ELLIPSIS = /^[–—-](?:\s*[–—-])*$/

function stripHeading(line: string): string {
  return line.replace(/^#{1,6}[ \t]+/, '')
}

export function splitIntoBlocks(text: string): Block[] {
  const blocks: Block[] = []
  const re = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g
  let m: RegExpExecArray | null
  let startAt = 0
  if (text.startsWith('---\n')) {
    const close = text.indexOf('\n---', 3)
    if (close > 0) startAt = close + 4
  }
  re.lastIndex = startAt
  while ((m = re.exec(text)) !== null) {
    // Plain-text extractions (Lovtidend, PDF) put instructions on consecutive lines without blank lines
    // between them; a structural line (an instruction, a part numeral, the opening sentence) always
    // starts a new block.
    let start = m.index
    let offset = m.index
    const lines = m[0].split('\n')
    lines.forEach((line, i) => {
      if (i > 0 && isStructural(line)) {
        blocks.push({text: text.slice(start, offset - 1), start, end: offset - 1})
        start = offset
      }
      offset += line.length + 1
    })
    blocks.push({text: text.slice(start, m.index + m[0].length), start, end: m.index + m[0].length})
  }
  // In CRLF files the CR ending a block's last line belongs to the separator after it.
  for (const block of blocks) {
    while (block.text.endsWith('\r')) {
      block.text = block.text.slice(0, -1)
      block.end--
    }
  }
  return blocks
}

function isStructural(rawLine: string): boolean {
  const line = stripHeading(rawLine).trim()
  return (
    PART.test(line) ||
    INTRO.test(line) ||
    TITLE.test(line) ||
    /^(?:Nåværende|Noverande)\b.*\b(?:blir|vert)\b/i.test(line) ||
    EIF_WHOLE.test(line) ||
    parseHeader(line) !== null ||
    parseMultiSubstitution(line) !== null ||
    parseMultiSection(line) !== null
  )
}

export function isoDate(day: string, month: string, year: string): string | null {
  const mi = MONTHS.indexOf(month.toLowerCase()) + 1
  const d = Number(day)
  // "31. februar" is not a date: the day must exist in that month.
  const days = new Date(Date.UTC(Number(year), mi, 0)).getUTCDate()
  if (mi === 0 || d < 1 || d > days) return null
  return `${year}-${String(mi).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

function regulationIdOf(intro: string): string | null {
  const m = /\b(forskrift|lov)\s+(\d{1,2})\.\s*([a-zæøå]+)\s+(\d{4})\s+nr\.\s*(\d+)/i.exec(intro)
  if (!m) return null
  const date = isoDate(m[2] ?? '', m[3] ?? '', m[4] ?? '')
  if (!date) return null
  return `${(m[1] ?? '').toLowerCase() === 'lov' ? 'LOV' : 'FOR'}-${date}-${m[5]}`
}

function ordinalValue(word: string): number | 'last' | null {
  if (word.toLowerCase() === 'siste') return 'last'
  return parseOrdinal(word)
}

interface Header {
  action: InstructionAction
  target: InstructionTarget
  citation: string
  from: string | null
  to: string | null
  /** Text after "skal lyde:" on the same line, or after "oppheves." (a renumbering statement). */
  rest: string
}

function emptyTarget(): InstructionTarget {
  return {section: '', ledd: null, leddTo: null, item: null, itemKind: null, sentence: null, adds: null, heading: false, chapter: null}
}

/** A cursor over one line, for the sticky patterns of a citation. */
interface Cursor {
  line: string
  pos: number
}

function sticky(c: Cursor, re: RegExp): RegExpExecArray | null {
  re.lastIndex = c.pos
  const m = re.exec(c.line)
  if (m) c.pos = re.lastIndex
  return m
}

/** "Overskriften til kapittel 3 skal lyde:" (also nynorsk "overskrifta"). */
function chapterHeadingHeader(line: string): Header | null {
  const hc = CHAPTER_HEADING_OF.exec(line)
  if (!hc) return null
  const target = emptyTarget()
  target.chapter = (hc[1] ?? hc[2] ?? '').replace(/\s+/g, ' ')
  target.heading = true
  const rest = line.slice(hc[0].length)
  const lyde = /^\s*skal\s+lyde\s*:[ \t]*/i.exec(rest)
  if (!lyde) return null
  return {action: 'replace', target, citation: hc[0].trim(), from: null, to: null, rest: rest.slice(lyde[0].length)}
}

/** Consecutive ordinals ("syvende, åttende og niende") as a range; null when they are not consecutive. */
function leddRange(m: RegExpExecArray): {from: number | 'last'; to: number | 'last' | null} | null {
  const first = ordinalValue(m[2] ?? '')
  if (first === null) return null
  const middle = (m[3] ?? '').split(',').map((w) => w.trim()).filter((w) => w !== '').map(ordinalValue)
  const last = m[5] ? ordinalValue(m[5]) : null
  if (m[5] && last === null) return null
  const all = [first, ...middle, ...(last === null ? [] : [last])]
  if (all.some((v) => v === null)) return null
  if (all.length === 1) return {from: first, to: null}
  const numeric = all.filter((v): v is number => typeof v === 'number')
  // "og" and commas name each ledd: they must follow one another to be one target; "til" is a range.
  const listed = m[4]?.toLowerCase() !== 'til' || middle.length > 0
  if (listed && (numeric.length !== all.length || numeric.some((v, i) => i > 0 && v !== numeric[i - 1]! + 1))) return null
  return {from: first, to: all[all.length - 1]!}
}

/** The ledd, item and sentence part of a citation, read from the cursor on; false when it is malformed. */
function readSubTarget(c: Cursor, target: InstructionTarget): boolean {
  if (!target.heading && sticky(c, OVERSKRIFT)) target.heading = true
  sticky(c, ANNOTATION)
  const ledd = sticky(c, LEDD)
  const numbered = ledd ? null : sticky(c, LEDD_NUMBER)
  if (ledd) {
    const range = leddRange(ledd)
    if (!range) return false
    target.ledd = range.from
    target.leddTo = range.to
    if (ledd[1]) target.adds = 'ledd'
  } else if (numbered) {
    target.ledd = Number(numbered[2])
    if (numbered[1]) target.adds = 'ledd'
  }
  // "§ 15 tredje ledd (nytt) skal lyde:": Lovdata's «(nytt)» says the ledd is added.
  if (isNewAnnotation(sticky(c, ANNOTATION)) && target.ledd !== null) target.adds = 'ledd'
  if (!readItem(c, target)) return false
  if (isNewAnnotation(sticky(c, ANNOTATION)) && target.item !== null) target.adds = 'item'
  const sentence = sticky(c, SENTENCE)
  if (sentence) {
    target.sentence = ordinalValue(sentence[2] ?? '')
    if (sentence[1]) target.adds = 'sentence'
    if (target.sentence === null) return false
    if (sentence[4]) {
      // "andre og tredje punktum", "annet til fjerde punktum": one span of consecutive punktum.
      const to = ordinalValue(sentence[4])
      if (to === null || (sentence[3]?.toLowerCase() === 'og' && typeof to === 'number' && to !== (target.sentence as number) + 1)) return false
      target.sentenceTo = to
    }
    // "§ 5-3 annet ledd første punktum ny bokstav d": the list stands in that punktum.
    if (target.item === null && !readItem(c, target)) return false
  }
  sticky(c, ANNOTATION)
  return true
}

// "nr. 6 og ny nr. 7", "bokstav a, b og c", "nye nr. 4 og 5": more items of the same list, in one sentence.
const ITEM_MORE = /(?:\s*,|\s+og)\s+(?:(ny|nye|nytt)\s+)?(?:(?:bokstav|nr\.?|nummer|punkt)\s+)?((?:\d{1,3}(?:\.\d{1,2})?(?:\s?[a-zæøå])?|[a-zæøå])(?![\p{L}\d]))\)?(?=\s|,|$)/iuy

function isNewAnnotation(m: RegExpExecArray | null): boolean {
  return m !== null && /\((?:nytt|ny)\)/i.test(m[0])
}

function readItem(c: Cursor, target: InstructionTarget): boolean {
  const item = sticky(c, ITEM)
  if (!item) return true
  target.itemKind = (item[2] ?? '').toLowerCase().startsWith('bokstav') ? 'bokstav' : 'nr'
  target.item = (item[3] ?? '').toLowerCase()
  const plural = /^nye$/i.test(item[1] ?? '')
  if (item[1]) target.adds = 'item'
  const more: Array<{label: string; adds: boolean}> = []
  let m: RegExpExecArray | null
  while ((m = sticky(c, ITEM_MORE)) !== null) more.push({label: (m[2] ?? '').toLowerCase(), adds: m[1] !== undefined || plural})
  if (more.length > 0) target.moreItems = more
  return true
}

/** The verb of an instruction after its citation. */
function readAction(c: Cursor, target: InstructionTarget, citation: string): Header | null {
  const rest = (): string => c.line.slice(c.pos)
  if (sticky(c, ACTION_LYDE)) return {action: target.adds ? 'insert' : 'replace', target, citation, from: null, to: null, rest: rest()}
  let m: RegExpExecArray | null
  if ((m = sticky(c, ACTION_SUBST))) {
    return target.adds ? null : {action: 'substitute', target, citation, from: m[1] ?? '', to: m[2] ?? '', rest: rest()}
  }
  if ((m = sticky(c, ACTION_DELETE))) {
    return target.adds ? null : {action: 'substitute', target, citation, from: m[1] ?? '', to: '', rest: rest()}
  }
  if (sticky(c, ACTION_REPEAL)) return target.adds ? null : {action: 'repeal', target, citation, from: null, to: null, rest: rest()}
  return null
}

/** Read the opening line of an instruction; null when the line is not one. */
export function parseHeader(rawLine: string): Header | null {
  const line = stripHeading(rawLine).trim()
  const h = HEADER.exec(line)
  const ho = h ? null : HEADING_OF.exec(line)
  if (!h && !ho) return chapterHeadingHeader(line)
  const target = emptyTarget()
  if (h) {
    target.section = (h[3] ?? '').replace(/\s*-\s*/, '-')
    if (h[2]) target.adds = 'section'
  } else {
    target.section = (ho![1] ?? '').replace(/\s*-\s*/, '-')
    target.heading = true
  }
  const c: Cursor = {line, pos: (h ?? ho)![0].length}
  if (!readSubTarget(c, target)) return null
  const t = target
  // "§ 2 Virkeområde skal lyde:", "§ 3-3 (Informasjonsstrategi …) skal lyde:": the section named with its title.
  if (t.ledd === null && t.item === null && t.sentence === null && !t.heading) sticky(c, TITLE_CITED)
  // "Ny § 13 syvende ledd skal lyde:": «Ny» then belongs to what is added inside the section.
  if (target.adds === 'section' && (target.ledd !== null || target.item !== null || target.sentence !== null)) {
    target.adds = target.sentence !== null ? 'sentence' : target.item !== null ? 'item' : 'ledd'
  }
  const citation = line
    .slice(0, c.pos)
    .replace(/^I\s+(?=§|overskrift)/i, '')
    .replace(/^(?:Ny|Nytt)\s+/i, '')
    .replace(/\s*\((?:endret|nytt|ny|endra|opphevet)\)/gi, '')
    .trim()
  return readAction(c, target, citation)
}

const SECTION_REF = `(?:nye?\\s+)?§\\s*${LABEL}`
// "§ 1 og § 2 skal lyde:", "§§ 3 og 4 oppheves.", "§ 3-2, § 3-3 og ny § 3-4 skal lyde:", "§ 2-2 til § 2-8 oppheves."
const MULTI_SECTION = new RegExp(
  `^(?:(Nye?)\\s+)?(§§\\s*.+?|${SECTION_REF}(?:\\s*,\\s*${SECTION_REF})*\\s+(?:og|til)\\s+${SECTION_REF})(?:\\s*\\((?:endret|nye?|nytt)\\))?\\s+(skal\\s+lyde\\s*:?|oppheves\\s*\\.?|(?:blir|vert)\\s+oppheva\\s*\\.?)[ \\t]*(.*)$`,
  'iu'
)

/**
 * Several whole sections in one sentence: one header per section (the new wording is split by section heading
 * when it is read; see readOther). A range («§ 2-2 til § 2-8 oppheves.») is one header with `sectionTo`. Null unless
 * the line names two or more sections.
 */
export function parseMultiSection(rawLine: string): Header[] | null {
  const line = stripHeading(rawLine).trim()
  const m = MULTI_SECTION.exec(line)
  if (!m) return null
  const cited = (m[2] ?? '').replace(/^§§\s*/, '')
  const labels = [...cited.matchAll(new RegExp(`(?:(nye?)\\s+)?(?:§\\s*)?${LABEL}(?=\\s*(?:,|og\\b|til\\b|$))`, 'giu'))]
  if (labels.length < 2) return null
  const verb = (m[3] ?? '').toLowerCase()
  const action: InstructionAction = verb.startsWith('skal') ? 'replace' : 'repeal'
  const range = /\btil\b/i.test(cited)
  if (range && (labels.length !== 2 || action !== 'repeal')) return null
  const norm = (l: string): string => l.replace(/\s*-\s*/, '-')
  if (range) {
    const target = {...emptyTarget(), section: norm(labels[0]![2] ?? ''), sectionTo: norm(labels[1]![2] ?? '')}
    return [{action, target, citation: `§§ ${target.section} til ${target.sectionTo}`, from: null, to: null, rest: m[4] ?? ''}]
  }
  const allNew = m[1] !== undefined
  return labels.map((l) => {
    const target = {...emptyTarget(), section: norm(l[2] ?? '')}
    const isNew = allNew || l[1] !== undefined
    if (isNew) target.adds = 'section'
    return {action: isNew && action === 'replace' ? 'insert' : action, target, citation: `§ ${target.section}`, from: null, to: null, rest: ''}
  })
}

/**
 * One quote changed in several provisions: "I §§ 3-1, 3-2 og 3-5 skal «X» lyde «Y».", "I § 3-1 første ledd og
 * § 3-5 annet ledd skal «X» lyde «Y»." One header per provision; null unless the line names two or more.
 */
export function parseMultiSubstitution(rawLine: string): Header[] | null {
  const line = stripHeading(rawLine).trim()
  const m = /^I\s+(§.+?)\s+(skal\s+(?:ordet\s+|ordene\s+|uttrykket\s+)?«.*)$/i.exec(line)
  if (!m) return null
  const cited = m[1] ?? ''
  let parts: string[]
  const plural = /^§§\s*(.+)$/.exec(cited)
  if (plural) {
    if (/\btil\b/.test(plural[1] ?? '')) return null
    parts = (plural[1] ?? '').split(/\s*,\s*|\s+og\s+/).map((l) => `§ ${l.trim()}`)
  } else {
    parts = cited.split(/\s*,\s*(?=§)|\s+og\s+(?=§)/)
  }
  if (parts.length < 2) return null
  const headers = parts.map((p) => parseHeader(`I ${p} ${m[2]}`))
  if (headers.some((h) => h === null || h.action !== 'substitute')) return null
  return headers as Header[]
}

function expandList(text: string, level: Renumbering['level']): string[] {
  // "d og e", "c, d og e", "c til e", "tredje og fjerde", "§ 3-7"
  const cleaned = text.replace(/\b(?:bokstav(?:ene|er)?|bokstavane|nummer|numrene|ledd|leddene|nytt|nye|ny)\b|\bnr\b\.?/gi, ' ').replace(/§/g, ' ').trim()
  // «§ 14-1 til og med § 14-8», «§ 2-2 til § 2-10 blir henholdsvis § 2-3 til § 2-11»: the same range.
  const range = /^(\S+)\s+til\s+(?:og\s+med\s+)?(\S+)$/i.exec(cleaned.replace(/^henholdsvis\s+/i, ''))
  const norm = (w: string): string => {
    if (level === 'ledd') {
      const v = ordinalValue(w)
      return v === null ? w : String(v)
    }
    return w.toLowerCase()
  }
  if (range && level === 'section') return sectionRange(range[1] ?? '', range[2] ?? '')
  if (range) {
    const a = norm(range[1] ?? '')
    const b = norm(range[2] ?? '')
    const out: string[] = []
    if (/^\d+$/.test(a) && /^\d+$/.test(b)) for (let i = Number(a); i <= Number(b); i++) out.push(String(i))
    else if (/^[a-zæøå]$/.test(a) && /^[a-zæøå]$/.test(b)) for (let c = a.charCodeAt(0); c <= b.charCodeAt(0); c++) out.push(String.fromCharCode(c))
    return out
  }
  return cleaned.split(/\s*,\s*|\s+og\s+/i).map((w) => norm(w.trim())).filter((w) => w.length > 0)
}

/**
 * «§§ 4 til 7», «§ 3-11 til § 3-13»: every number between, in the same chapter prefix. A range whose ends differ in
 * prefix or carry letters («§ 3-9 a til § 3-9 c») is not expanded: the empty list makes the statement unread
 * (an error at its line), never a guess.
 */
function sectionRange(a: string, b: string): string[] {
  const first = /^((?:\d+-)*)(\d+)$/.exec(a.trim())
  const last = /^((?:\d+-)*)(\d+)$/.exec(b.trim())
  if (!first || !last || (first[1] ?? '') !== (last[1] ?? '')) return []
  const out: string[] = []
  for (let n = Number(first[2]); n <= Number(last[2]); n++) out.push(`${first[1] ?? ''}${n}`)
  return out
}

export function parseRenumbering(sentence: string): Renumbering | null {
  const trimmed = sentence.trim()
  const cited = RENUMBER_CITED.exec(trimmed)
  // "§ 3-8a blir ny § 3-9": the section itself; "§ 13 femte ledd blir sjette ledd": what is named in it.
  const rest = cited ? (/^(?:blir|vert)\b/i.test(trimmed.slice(cited[0].length)) ? trimmed : trimmed.slice(cited[0].length)) : trimmed
  const m = RENUMBER.exec(/^(?:nåværende|noverande)\b/i.test(rest) ? rest : `Nåværende ${rest}`)
  if (!m || (!cited && !/^(?:nåværende|noverande)\b/i.test(rest))) return null
  let fromText = m[1] ?? ''
  let section = cited && rest !== trimmed ? (cited[1] ?? '').replace(/\s*-\s*/, '-') : undefined
  // "Nåværende § 46 tredje ledd blir nytt fjerde ledd": a ledd or item of a named section.
  const inner = new RegExp(`^§\\s*${LABEL}\\s+(?=${ORD}|bokstav|nr\\.?|nummer)`, 'iu').exec(fromText)
  if (inner) {
    section = (inner[1] ?? '').replace(/\s*-\s*/, '-')
    fromText = fromText.slice(inner[0].length)
  }
  const level: Renumbering['level'] = /\bledd\b/i.test(sentence) ? 'ledd' : /§/.test(fromText) ? 'section' : 'item'
  const from = expandList(fromText, level)
  const to = expandList((m[2] ?? '').replace(new RegExp(`^§\\s*${LABEL}\\s+(?=${ORD}|bokstav|nr)`, 'iu'), ''), level)
  if (from.length === 0 || from.length !== to.length) return null
  if (level !== 'section' && [...from, ...to].some((w) => !/^(?:\d+|[a-zæøå]|\d+\s?[a-zæøå])$/i.test(w))) return null
  return {level, from, to, text: trimmed, ...(section === undefined ? {} : {section})}
}

/** Sentences after "oppheves." or after a body: "Nåværende bokstav d og e blir bokstav c og d." */
function renumberingsIn(text: string): Renumbering[] | null {
  const parts = text.split(/(?<=\.)\s+(?=(?:Nåværende|Noverande)\b)/)
  const out: Renumbering[] = []
  for (const part of parts) {
    if (part.trim() === '') continue
    const r = parseRenumbering(part)
    if (!r) return null
    out.push(r)
  }
  return out
}

/** Quick test used by isInstructionForm: does this line open an instruction or an amending regulation? */
export function looksLikeInstructionLine(line: string): boolean {
  const l = stripHeading(line).trim()
  return INTRO_ANYWHERE.test(l) || parseHeader(l) !== null || parseMultiSubstitution(l) !== null || parseMultiSection(l) !== null || BULK_RENAME.test(l) || INTRO_WITH_INSTRUCTION.test(l)
}

/** Does this instruction line give new wording or words («skal lyde:», ««X» endres til «Y»»), not only repeal or renumber? */
export function givesWording(line: string): boolean {
  const l = stripHeading(line).trim()
  const h = parseHeader(l)
  if (h) return h.action !== 'repeal'
  return parseMultiSubstitution(l) !== null || BULK_RENAME.test(l) || INTRO_WITH_INSTRUCTION.test(l) || (parseMultiSection(l)?.[0]?.action ?? 'repeal') !== 'repeal'
}

/** The title of an amending text ("Forskrift om endring i …", "Lov om endringer i …"). */
export function isAmendingTitle(line: string): boolean {
  return TITLE.test(stripHeading(line).trim())
}

/** What a block of the proposal was read as: every block is one of these (nothing is dropped unread). */
export type BlockRole =
  | 'title' | 'part' | 'intro' | 'entry-into-force' | 'instruction' | 'body' | 'renumbering' | 'provision-list' | 'section' | 'heading'
  | 'ellipsis' | 'unrecognised'

/** Mutable state of one reading of a proposal, passed through the block handlers. */
interface ReadState {
  text: string
  instructions: ParsedInstruction[]
  issues: GrammarIssue[]
  roles: Array<{start: number; end: number; role: BlockRole}>
  entryIntoForce: string | null
  entryIntoForceAt: {start: number; end: number} | null
  part: string | null
  regulationId: string | null
  /** The instruction whose new wording the following paragraphs are. */
  open: ParsedInstruction | null
  /** Instructions on several sections given in one sentence, whose wording follows section by section. */
  group: ParsedInstruction[] | null
  /** A bulk rename («I følgende bestemmelser skal «X» endres til «Y»:») whose list of provisions follows. */
  rename: {from: string; to: string; start: number; end: number} | null
  afterPart: boolean
  sawTitle: boolean
  lastIndex: number
}

interface BlockView {
  block: Block
  index: number
  firstLine: string
  /** Lines after the first, verbatim. */
  restLines: string
  plain: string
}

// An instruction sentence regdiff could not read: "§ … skal lyde:", "… oppheves.", "… vert oppheva." (and nynorsk).
const LOOKS_LIKE_INSTRUCTION = /^(?:(?:I|Ny|Nytt|Nye)\s+)?(?:§|Overskrift|Kapittel|Noverande|Nåværende)[^\n]{0,200}?(?:skal\s+lyde\s*:|(?:oppheves|(?:blir|vert)\s+oppheva|utgår|fell\s+bort)\s*\.?|skal\s+(?:ha\s+følgende|få\s+følgende|lyde)[^.]*:|\b(?:blir|vert)\b[^.]*\.)\s*$/i
// "I følgende bestemmelser skal «Dagligvaretilsynet» endres til «Konkurransetilsynet»:" (nynorsk "I følgjande føresegner").
const BULK_RENAME = /^I\s+(?:følgende|følgjande)\s+(?:bestemmelser|føresegner|paragrafer|paragrafar)\s+skal\s+(?:ordet\s+|ordene\s+|orda\s+|uttrykket\s+|betegnelsen\s+|nemninga\s+)?«([^»]*)»\s+(?:endres\s+til|endrast\s+til|erstattes\s+med|byttes\s+ut\s+med|lyde|bytast\s+ut\s+med)\s+«([^»]*)»\s*:?\s*([\s\S]*)$/i
// The usual one-sentence small amending act: "I lov 29. april 2005 nr. 21 om … skal § 10 nytt fjerde ledd lyde:".
const INTRO_WITH_INSTRUCTION = /^I\s+(?:lov|forskrift)\s+\d{1,2}\.\s*[a-zæøå]+\s+\d{4}\s+nr\.\s*\d+\b.*?\s+skal\s+((?:ny\s+|nytt\s+)?(?:§|overskrift).*?)\s+lyde\s*:([\s\S]*)$/i

export function parseProposal(text: string): ParsedProposal {
  const state: ReadState = {
    text, instructions: [], issues: [], roles: [], entryIntoForce: null, entryIntoForceAt: null, part: null,
    regulationId: null, open: null, group: null, rename: null, afterPart: false, sawTitle: false, lastIndex: 0
  }
  const blocks = splitIntoBlocks(text)
  state.lastIndex = blocks.length - 1
  blocks.forEach((block, index) => {
    const firstLineEnd = block.text.indexOf('\n')
    const view: BlockView = {
      block, index,
      firstLine: firstLineEnd < 0 ? block.text : block.text.slice(0, firstLineEnd),
      restLines: firstLineEnd < 0 ? '' : block.text.slice(firstLineEnd + 1),
      plain: stripHeading(block.text).trim()
    }
    const role = readBlock(state, view)
    state.roles.push({start: block.start, end: block.end, role})
  })
  for (const instruction of state.instructions) {
    if (instruction.shareBodyWith) {
      instruction.bodyBlocks = instruction.shareBodyWith.bodyBlocks
      instruction.end = instruction.shareBodyWith.end
    }
    if (instruction.bodyBlocks.length > 0) instruction.body = instruction.bodyBlocks.map((b) => b.text + b.sep).join('')
  }
  return {
    instructions: state.instructions, entryIntoForce: state.entryIntoForce, entryIntoForceAt: state.entryIntoForceAt,
    issues: state.issues, roles: state.roles
  }
}

/** One block: the first handler that recognises it decides its role. */
function readBlock(state: ReadState, view: BlockView): BlockRole {
  const wasAfterPart = state.afterPart
  state.afterPart = false
  const {block, index, firstLine, plain} = view
  if ((!state.sawTitle && index === 0 && /^#\s/.test(block.text) && !parseHeader(firstLine)) || (state.open === null && TITLE.test(plain))) {
    state.sawTitle = true
    return 'title'
  }
  const partMatch = PART.exec(block.text.trim())
  if (partMatch) {
    state.part = partMatch[1] ?? null
    state.open = null
    state.rename = null
    state.afterPart = true
    return 'part'
  }
  const flat = plain.replace(/\s+/g, ' ')
  if (INTRO.test(flat)) {
    state.regulationId = regulationIdOf(plain)
    state.open = null
    state.rename = null
    return 'intro'
  }
  const combined = INTRO_WITH_INSTRUCTION.exec(plain)
  if (combined && state.open === null) {
    state.regulationId = regulationIdOf(plain)
    const line = `${combined[1] ?? ''} skal lyde:${combined[2] ?? ''}`
    return readInstructionLine(state, view, line.split('\n')[0] ?? '', line.includes('\n') ? line.slice(line.indexOf('\n') + 1) : '')
  }
  if (readEntryIntoForce(state, view, wasAfterPart)) return 'entry-into-force'
  const bulk = BULK_RENAME.exec(flat)
  if (bulk) return readBulkRename(state, view, bulk)
  if (state.rename !== null && state.open === null) {
    const targets = parseProvisionList(plain.replace(/^[-*][ \t]+/gm, '').replace(/\s+/g, ' ').replace(/[.;]$/, ''))
    if (targets) {
      pushRenames(state, view.block, targets, state.rename)
      return 'provision-list'
    }
  }
  state.rename = null
  return readOther(state, view)
}

function readEntryIntoForce(state: ReadState, view: BlockView, wasAfterPart: boolean): boolean {
  const {block, index, plain} = view
  const isEif = EIF.test(plain) && (wasAfterPart || state.open === null || (EIF_WHOLE.test(plain) && index === state.lastIndex))
  if (!isEif) return false
  state.open = null
  state.rename = null
  const d = EIF_DATE.exec(plain)
  const date = d ? isoDate(d[1] ?? '', d[2] ?? '', d[3] ?? '') : null
  if (date && state.entryIntoForce === null) {
    state.entryIntoForce = date
    state.entryIntoForceAt = {start: block.start, end: block.end}
  } else if (date && date !== state.entryIntoForce) {
    state.issues.push({
      ruleId: 'instruction-several-dates', severity: 'warning', start: block.start, end: block.end,
      reason: `Forslaget har flere ikrafttredelsesdatoer; ${state.entryIntoForce} er brukt som dato for ikrafttredelse.`
    })
  }
  return true
}

/** Blocks that are neither structure nor a bulk rename: instructions, renumberings, new wording, or unread. */
function readOther(state: ReadState, view: BlockView): BlockRole {
  const {block, firstLine, plain} = view
  const several = parseMultiSubstitution(firstLine)
  if (several) {
    // Each provision is its own instruction (own target, own failure), all with the same text and place.
    for (const h of several) state.instructions.push(newInstruction(state, h, block))
    state.open = null
    return 'instruction'
  }
  const sectionsNamed = parseHeader(firstLine) ? null : parseMultiSection(firstLine)
  if (sectionsNamed) {
    const group = sectionsNamed.map((h) => newInstruction(state, h, block))
    state.instructions.push(...group)
    const opens = group[0]!.action === 'replace' || group[0]!.action === 'insert'
    state.open = opens ? group[0]! : null
    state.group = opens ? group : null
    return 'instruction'
  }
  if (parseHeader(firstLine)) return readInstructionLine(state, view, firstLine, view.restLines)
  const prev = state.instructions[state.instructions.length - 1]
  const moved = parseRenumbering(plain.replace(/\s+/g, ' '))
  const sameSection = moved !== null && prev !== undefined && (moved.section === undefined || sameLabel(moved.section, prev.target.section))
  if (moved && (moved.level === 'section' || !sameSection)) {
    // A section renumbered, or ledd/items of a section no instruction before it names: an instruction of its own.
    state.instructions.push(renumberInstruction(state, moved, block))
    state.open = null
    return 'instruction'
  }
  if ((/^(?:Nåværende|Noverande)\b/i.test(plain) || (moved && sameSection)) && prev) {
    if (readTail(state, prev, plain.replace(/\s+/g, ' '), block)) {
      prev.end = Math.max(prev.end, block.end)
      return 'renumbering'
    }
  }
  if (LOOKS_LIKE_INSTRUCTION.test(plain.replace(/\s+/g, ' '))) {
    // Never taken as new wording: a sentence shaped like an instruction that the grammar cannot read.
    state.open = null
    state.issues.push({
      ruleId: 'instruction-unrecognised', severity: 'error', start: block.start, end: block.end,
      reason: `Avsnittet ser ut som en endringsinstruks, men er ikke forstått og er ikke brukt: «${truncate(plain, 80)}».`
    })
    return 'unrecognised'
  }
  const implicit = implicitSection(state, firstLine)
  if (implicit) {
    const ins = newInstruction(state, implicit, block)
    ins.implicit = true
    ins.bodyBlocks.push({text: block.text, sep: ''})
    state.instructions.push(ins)
    state.open = ins
    state.group = null
    return 'section'
  }
  if (/^#{1,6}[ \t]+(?:Kapittel|Kapitel|Del)\s/i.test(firstLine) && (state.open === null || state.open.bodyBlocks.length > 0)) {
    // A chapter or part heading of a proposal that prints sections in full: where they stand, not wording.
    state.open = null
    state.group = null
    return 'heading'
  }
  if (state.open !== null) {
    // Wording for several sections at once: each section heading passes the wording on to its own instruction.
    if (state.group && !state.group.includes(state.open)) state.group = null
    const heading = state.group ? /^(?:#{1,6}[ \t]+)?§\s*(\d+(?:\s*-\s*\d+)?(?:\s?[a-zæøå](?![\p{L}]))?)\s*\./iu.exec(firstLine) : null
    const next = heading ? state.group!.find((g) => sameLabel(g.target.section, heading[1] ?? '')) : undefined
    if (next && next !== state.open) state.open = next
    const o: ParsedInstruction = state.open
    const last = o.bodyBlocks[o.bodyBlocks.length - 1]
    if (last) last.sep = state.text.slice(o.end, block.start)
    o.bodyBlocks.push({text: block.text, sep: ''})
    o.end = block.end
    return 'body'
  }
  if (ELLIPSIS.test(plain)) return 'ellipsis'
  state.issues.push({
    ruleId: 'instruction-unrecognised', severity: 'error', start: block.start, end: block.end,
    reason: `Avsnittet er verken en endringsinstruks eller ny tekst til en instruks, og er ikke brukt: «${truncate(plain, 80)}».`
  })
  return 'unrecognised'
}

// A section printed in full: "#### § 8-6. Tittel", "§ 8-6. Tittel", "**§ 8-6.** *Tittel*".
const SECTION_LINE = new RegExp(`^(?:#{1,6}[ \\t]+)?[*_]*§\\s*${LABEL}\\s*[.][*_]*(?:[ \\t]+\\S.*)?$`, 'iu')

/**
 * A section printed in full where no instruction asks for its wording (a mixed proposal): read as «§ X skal lyde:»
 * (or a new section, when the current text has none; see apply.ts). Not when it is the heading an open
 * «§ X skal lyde:» / «Ny § X skal lyde:» waits for.
 */
function implicitSection(state: ReadState, firstLine: string): Header | null {
  const m = SECTION_LINE.exec(firstLine.trim())
  if (!m || parseHeader(firstLine) !== null) return null
  const open = state.open
  // The first block after «skal lyde:» is always that instruction's wording (a heading, a section).
  if (open !== null && open.bodyBlocks.length === 0) return null
  if (state.group && open && state.group.includes(open)) return null
  const target = {...emptyTarget(), section: (m[1] ?? '').replace(/\s*-\s*/, '-')}
  return {action: 'replace', target, citation: `§ ${target.section}`, from: null, to: null, rest: ''}
}

function sameLabel(a: string, b: string): boolean {
  return a.replace(/\s+/g, '').toLowerCase() === b.replace(/\s+/g, '').toLowerCase()
}

function newInstruction(state: ReadState, h: Header, block: {start: number; end: number}): ParsedInstruction {
  return {
    action: h.action, target: h.target, citation: h.citation, from: h.from, to: h.to, body: null, bodyBlocks: [],
    renumbering: [], part: state.part, regulationId: state.regulationId, start: block.start, end: block.end
  }
}

/** «§ 12 første ledd nr. 6 og ny nr. 7 skal lyde:»: one instruction per item, sharing the wording. */
function splitItems(state: ReadState, header: Header, instruction: ParsedInstruction, block: Block): void {
  const more = header.target.moreItems
  if (more && (header.action === 'replace' || header.action === 'insert')) {
    // One instruction per item; each takes its own item from the shared wording (see pickItem in apply.ts).
    instruction.pickItem = header.target.item ?? undefined
    for (const m of more) {
      const target = {...header.target, item: m.label, adds: m.adds ? ('item' as const) : null, moreItems: undefined}
      const sibling = newInstruction(state, {...header, action: m.adds ? 'insert' : 'replace', target}, block)
      sibling.pickItem = m.label
      sibling.shareBodyWith = instruction
      state.instructions.push(sibling)
    }
  } else if (more && header.action === 'repeal') {
    for (const m of more) state.instructions.push(newInstruction(state, {...header, target: {...header.target, item: m.label, moreItems: undefined}}, block))
  }
}

/** An instruction's opening line, with its new wording or the sentences chained after it. */
function readInstructionLine(state: ReadState, view: BlockView, firstLine: string, restLines: string): BlockRole {
  const header = parseHeader(firstLine)!
  const instruction = newInstruction(state, header, view.block)
  state.instructions.push(instruction)
  state.open = null
  splitItems(state, header, instruction, view.block)
  if (header.action === 'replace' || header.action === 'insert') {
    // The new wording may follow the colon, the next lines of the same paragraph, or the next paragraphs.
    const inline = [header.rest, restLines].filter((s) => s.trim() !== '').join('\n')
    if (inline.trim() !== '') instruction.bodyBlocks.push({text: inline, sep: ''})
    state.open = instruction
    return 'instruction'
  }
  let tail = [header.rest, restLines].join(' ').trim()
  // "… skal «A» lyde «B», og «C» skal lyde «D».": each further pair is an instruction on the same target.
  let more: RegExpExecArray | null
  while (header.action === 'substitute' && (more = MORE_SUBST.exec(tail)) !== null) {
    state.instructions.push({...instruction, from: more[1] ?? '', to: more[2] ?? '', renumbering: []})
    tail = tail.slice(more[0].length).trim()
  }
  if (tail !== '' && !readTail(state, instruction, tail.replace(/\s+/g, ' '), view.block)) {
    state.issues.push({
      ruleId: 'instruction-unrecognised', severity: 'error', start: view.block.start, end: view.block.end,
      reason: `Teksten etter instruksen er ikke forstått og er ikke brukt: «${truncate(tail, 80)}».`
    })
  }
  return 'instruction'
}

/**
 * Sentences chained after an instruction: "§ 11 fjerde ledd oppheves. Nåværende femte og sjette ledd blir fjerde og
 * femte ledd. Femte ledd skal lyde:" — renumberings (of ledd and items: the instruction's; of sections: an
 * instruction of their own) and further instructions, relative ones on the same section. The last may open new
 * wording. False (and nothing changed) when a sentence is not read.
 */
function readTail(state: ReadState, owner: ParsedInstruction, tail: string, block: Block): boolean {
  const sentences = tail.split(/(?<=[.:])\s+(?=[A-ZÆØÅ§«])/)
  const renumberings: Renumbering[] = []
  const headers: Header[] = []
  for (const sentence of sentences) {
    const r = parseRenumbering(sentence)
    if (r && headers.length === 0) renumberings.push(r)
    else {
      const h = parseHeader(sentence) ?? relativeHeader(sentence, owner.target.section)
      if (!h || (headers.length > 0 && headers[headers.length - 1]!.action !== 'repeal' && headers[headers.length - 1]!.action !== 'substitute')) return false
      headers.push(h)
    }
  }
  for (const r of renumberings) {
    if (r.level === 'section') state.instructions.push(renumberInstruction(state, r, block))
    else owner.renumbering.push(r)
  }
  state.open = null
  for (const h of headers) {
    const ins = newInstruction(state, h, block)
    state.instructions.push(ins)
    if (h.rest.trim() !== '' && (h.action === 'replace' || h.action === 'insert')) ins.bodyBlocks.push({text: h.rest, sep: ''})
    state.open = h.action === 'replace' || h.action === 'insert' ? ins : null
  }
  return true
}

/** "Femte ledd skal lyde:" after an instruction on § 11: the same section. */
function relativeHeader(sentence: string, section: string): Header | null {
  if (section === '' || /^§/.test(sentence)) return null
  const lowered = sentence.charAt(0).toLowerCase() + sentence.slice(1)
  const nyPrefix = /^(ny|nytt|nye)\s+/i.exec(lowered)
  const line = nyPrefix ? `§ ${section} ${lowered}` : `§ ${section} ${lowered}`
  const h = parseHeader(line)
  if (!h || (h.target.ledd === null && h.target.item === null && h.target.sentence === null && !h.target.heading)) return null
  return h
}

/** "Nåværende § 3 blir ny § 4.": a section gets a new number (its own instruction). */
function renumberInstruction(state: ReadState, r: Renumbering, block: {start: number; end: number}): ParsedInstruction {
  const target = emptyTarget()
  target.section = r.level === 'section' ? (r.from[0] ?? '') : (r.section ?? '')
  return {
    action: 'renumber', target, citation: r.level === 'section' ? `§ ${r.from.join(', ')}` : `§ ${target.section}`, from: null, to: null, body: null, bodyBlocks: [],
    renumbering: [r], part: state.part, regulationId: state.regulationId, start: block.start, end: block.end
  }
}

function readBulkRename(state: ReadState, view: BlockView, bulk: RegExpExecArray): BlockRole {
  state.open = null
  state.rename = {from: bulk[1] ?? '', to: bulk[2] ?? '', start: view.block.start, end: view.block.end}
  const inline = (bulk[3] ?? '').trim().replace(/[.;]$/, '')
  if (inline !== '') {
    const targets = parseProvisionList(inline)
    if (!targets) {
      state.issues.push({
        ruleId: 'instruction-unrecognised', severity: 'error', start: view.block.start, end: view.block.end,
        reason: `Listen over bestemmelser er ikke forstått: «${truncate(inline, 80)}».`
      })
    } else pushRenames(state, view.block, targets, state.rename)
  }
  return 'instruction'
}

function pushRenames(state: ReadState, block: Block, targets: ListedTarget[], rename: NonNullable<ReadState['rename']>): void {
  // A list after the sentence carries the sentence along, so the instruction reads whole in a report.
  const lead = rename.start === block.start ? undefined : {start: rename.start, end: rename.end}
  for (const t of targets) {
    state.instructions.push({
      action: 'substitute', target: t.target, citation: t.citation, from: rename.from, to: rename.to, body: null,
      bodyBlocks: [], renumbering: [], part: state.part, regulationId: state.regulationId, start: block.start, end: block.end,
      inflect: true, ...(lead ? {lead} : {})
    })
  }
}

export interface ListedTarget {
  target: InstructionTarget
  citation: string
}

const LIST_PIECE = new RegExp(
  `^(?:(${ORD}|\\d+\\.)\\s+ledd|\\((\\d{1,2})\\))?\\s*(?:(bokstav|nr\\.?|nummer)\\s+([a-zæøå]|\\d{1,3}))?\\s*(?:(${ORD}|\\d+\\.)\\s+punktum)?$`,
  'iu'
)

/**
 * A list of provisions: "§ 11 første ledd første punktum, andre ledd, tredje ledd og fjerde ledd", "§ 18 første
 * ledd og andre ledd andre punktum", "§§ 3 og 4", "§ 13 første ledd, § 14". A punktum or item without a ledd
 * is in the ledd named before it. Null unless every piece is read.
 */
export function parseProvisionList(text: string): ListedTarget[] | null {
  const groups = text.trim().split(/\s*,\s*(?=§)|\s+og\s+(?=§)/)
  const out: ListedTarget[] = []
  for (const group of groups) {
    const plural = /^§§\s*(.+)$/.exec(group)
    if (plural) {
      for (const label of (plural[1] ?? '').split(/\s*,\s*|\s+og\s+/)) {
        const m = new RegExp(`^${LABEL}$`, 'iu').exec(label.trim())
        if (!m) return null
        out.push({target: {...emptyTarget(), section: (m[1] ?? '').replace(/\s*-\s*/, '-')}, citation: `§ ${label.trim()}`})
      }
      continue
    }
    const head = new RegExp(`^§\\s*${LABEL}(?:\\s+(.*))?$`, 'iu').exec(group.trim())
    if (!head) return null
    const section = (head[1] ?? '').replace(/\s*-\s*/, '-')
    const pieces = (head[2] ?? '').trim() === '' ? [''] : (head[2] ?? '').split(/\s*,\s*|\s+og\s+/)
    let ledd: number | 'last' | null = null
    for (const piece of pieces) {
      const m = LIST_PIECE.exec(piece.trim())
      if (!m) return null
      if (m[1] || m[2]) ledd = m[1] ? ordinalValue(m[1]) : Number(m[2])
      const target: InstructionTarget = {...emptyTarget(), section, ledd}
      if (m[3]) {
        target.itemKind = m[3].toLowerCase().startsWith('bokstav') ? 'bokstav' : 'nr'
        target.item = (m[4] ?? '').toLowerCase()
      }
      if (m[5]) target.sentence = ordinalValue(m[5])
      out.push({target, citation: citationOf(target)})
    }
  }
  return out.length > 0 ? out : null
}

function citationOf(t: InstructionTarget): string {
  const parts = [`§ ${t.section}`]
  if (t.ledd !== null) parts.push(t.ledd === 'last' ? 'siste ledd' : `${ordinalWord(t.ledd)} ledd`)
  if (t.item !== null) parts.push(`${t.itemKind === 'nr' ? 'nr.' : 'bokstav'} ${t.item}`)
  if (t.sentence !== null) parts.push(t.sentence === 'last' ? 'siste punktum' : `${ordinalWord(t.sentence)} punktum`)
  return parts.join(' ')
}

export function truncate(text: string, n: number): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length <= n ? flat : flat.slice(0, n - 1) + '…'
}
