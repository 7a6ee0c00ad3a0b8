/**
 * Reading a proposal written as amendment instructions ("I forskrift … gjøres følgende endringer:",
 * "§ 5-3 første ledd skal lyde:", "§ 3-6 oppheves." …) into plain data with source offsets.
 * Nothing is applied here; see apply.ts.
 */
import {ORDINAL_PATTERN, parseOrdinal} from '../grammar/ordinals.js'
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
}

export {monthName}

const ORD = ORDINAL_PATTERN
// A section label: `5-3`, `12`, `12 a`, `21b`. The letter must not start a word ("§ 5-2 skal").
const LABEL = '(\\d+(?:\\s*-\\s*\\d+)?(?:\\s?[a-zæøå](?![\\p{L}]))?)'
const HEADER = new RegExp(`^(?:(I)\\s+)?(?:(Ny|Nytt)\\s+)?§\\s*${LABEL}`, 'iu')
const HEADING_OF = new RegExp(`^(?:I\\s+)?Overskrift(?:en)?\\s+(?:til|i)\\s+§\\s*${LABEL}`, 'iu')
// "Overskriften til kapittel 3 skal lyde:", "Kapittel 3 overskriften skal lyde:"
const CHAPTER_HEADING_OF = /^(?:(?:I\s+)?Overskrift(?:en)?\s+(?:til|i)\s+kapittel\s+([0-9]+\s?[A-Za-z]?|[IVXLC]+)|Kapittel\s+([0-9]+\s?[A-Za-z]?|[IVXLC]+)\s+overskrift(?:en)?)(?=\s)/iu
const LEDD = new RegExp(`\\s+(?:(nytt|nye)\\s+)?(${ORD}|\\d+\\.)(?:\\s+(og|til)\\s+(${ORD}|\\d+\\.))?\\s+ledd`, 'iuy')
const ITEM = /\s+(?:(ny|nye)\s+)?(bokstav|nr\.?|nummer)\s+([a-zæøå]|\d{1,3})(?![\p{L}\d])/iuy
const SENTENCE = new RegExp(`\\s+(?:(nytt|nye)\\s+)?(${ORD}|\\d+\\.)\\s+punktum`, 'iuy')
const OVERSKRIFT = /\s+overskrift(?:en)?/iuy
const ACTION_LYDE = /\s*,?\s*skal\s+lyde\s*:[ \t]*/iy
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
const INTRO = new RegExp(`${CHANGES}\\s*:?\\s*$`, 'i')
// Nynorsk: "tek til å gjelde".
const IN_FORCE = '(?:trer\\s+i\\s+kraft|tek\\s+til\\s+å\\s+gjelde|trår\\s+i\\s+kraft)'
const EIF = new RegExp(`\\b${IN_FORCE}\\b`, 'i')
const EIF_DATE = new RegExp(`${IN_FORCE}\\s+(?:fra\\s+og\\s+med\\s+|fra\\s+|frå\\s+|med\\s+virkning\\s+fra\\s+)?(\\d{1,2})\\.\\s*([a-zæøå]+)\\s+(\\d{4})`, 'i')
// The whole regulation or the amendment as subject: "Forskriften trer i kraft …", "Endringene trer i kraft …".
const EIF_WHOLE = new RegExp(`^(?:Denne\\s+)?(?:forskriften|forskrifta|endringsforskriften|endringsforskrifta|endringene|loven|lova|endringane)\\s+(?:under\\s+[IVX]+\\s+)?${IN_FORCE}`, 'i')
// Nynorsk: "Noverande bokstav d blir bokstav c."
const RENUMBER = /^(?:Nåværende|Noverande)\s+(.+?)\s+(?:blir|vert)\s+(?:nytt\s+|ny\s+|nye\s+)?(.+?)\s*\.?\s*$/i
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
    parseMultiSubstitution(line) !== null
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

/** Read the opening line of an instruction; null when the line is not one. */
export function parseHeader(rawLine: string): Header | null {
  const line = stripHeading(rawLine).trim()
  const target: InstructionTarget = {
    section: '', ledd: null, leddTo: null, item: null, itemKind: null, sentence: null, adds: null, heading: false, chapter: null
  }
  let pos: number
  const h = HEADER.exec(line)
  const ho = h ? null : HEADING_OF.exec(line)
  const hc = h || ho ? null : CHAPTER_HEADING_OF.exec(line)
  if (hc) {
    target.chapter = (hc[1] ?? hc[2] ?? '').replace(/\s+/g, ' ')
    target.heading = true
    const rest = line.slice(hc[0].length)
    const lyde = /^\s*skal\s+lyde\s*:[ \t]*/i.exec(rest)
    if (!lyde) return null
    return {action: 'replace', target, citation: hc[0].trim(), from: null, to: null, rest: rest.slice(lyde[0].length)}
  }
  if (h) {
    target.section = (h[3] ?? '').replace(/\s*-\s*/, '-')
    if (h[2]) target.adds = 'section'
    pos = h[0].length
  } else if (ho) {
    target.section = (ho[1] ?? '').replace(/\s*-\s*/, '-')
    target.heading = true
    pos = ho[0].length
  } else {
    return null
  }
  const sticky = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = pos
    const m = re.exec(line)
    if (m) pos = re.lastIndex
    return m
  }
  if (!target.heading && sticky(OVERSKRIFT)) target.heading = true
  const ledd = sticky(LEDD)
  if (ledd) {
    target.ledd = ordinalValue(ledd[2] ?? '')
    if (ledd[4]) target.leddTo = ordinalValue(ledd[4])
    if (ledd[3]?.toLowerCase() === 'til' && typeof target.ledd === 'number' && typeof target.leddTo === 'number') {
      // kept as a range; "og" names exactly two ledd, which is the same range when they are adjacent
    }
    if (ledd[1]) target.adds = 'ledd'
    if (target.ledd === null) return null
  }
  const item = sticky(ITEM)
  if (item) {
    target.itemKind = (item[2] ?? '').toLowerCase().startsWith('bokstav') ? 'bokstav' : 'nr'
    target.item = (item[3] ?? '').toLowerCase()
    if (item[1]) target.adds = 'item'
  }
  const sentence = sticky(SENTENCE)
  if (sentence) {
    target.sentence = ordinalValue(sentence[2] ?? '')
    if (sentence[1]) target.adds = 'sentence'
    if (target.sentence === null) return null
  }
  const citation = line
    .slice(0, pos)
    .replace(/^I\s+(?=§|overskrift)/i, '')
    .replace(/^(?:Ny|Nytt)\s+/i, '')
    .trim()
  let m: RegExpExecArray | null
  if ((m = sticky(ACTION_LYDE))) {
    return {action: target.adds ? 'insert' : 'replace', target, citation, from: null, to: null, rest: line.slice(pos)}
  }
  if ((m = sticky(ACTION_SUBST))) {
    if (target.adds) return null
    return {action: 'substitute', target, citation, from: m[1] ?? '', to: m[2] ?? '', rest: line.slice(pos)}
  }
  if ((m = sticky(ACTION_DELETE))) {
    if (target.adds) return null
    return {action: 'substitute', target, citation, from: m[1] ?? '', to: '', rest: line.slice(pos)}
  }
  if ((m = sticky(ACTION_REPEAL))) {
    if (target.adds) return null
    return {action: 'repeal', target, citation, from: null, to: null, rest: line.slice(pos)}
  }
  return null
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
  const cleaned = text.replace(/\b(?:bokstav(?:ene)?|nummer|ledd|nytt|nye|ny)\b|\bnr\b\.?/gi, ' ').replace(/§/g, ' ').trim()
  const range = /^(\S+)\s+til\s+(\S+)$/i.exec(cleaned)
  const norm = (w: string): string => {
    if (level === 'ledd') {
      const v = ordinalValue(w)
      return v === null ? w : String(v)
    }
    return w.toLowerCase()
  }
  if (range && level !== 'section') {
    const a = norm(range[1] ?? '')
    const b = norm(range[2] ?? '')
    const out: string[] = []
    if (/^\d+$/.test(a) && /^\d+$/.test(b)) for (let i = Number(a); i <= Number(b); i++) out.push(String(i))
    else if (/^[a-zæøå]$/.test(a) && /^[a-zæøå]$/.test(b)) for (let c = a.charCodeAt(0); c <= b.charCodeAt(0); c++) out.push(String.fromCharCode(c))
    return out
  }
  return cleaned.split(/\s*,\s*|\s+og\s+/i).map((w) => norm(w.trim())).filter((w) => w.length > 0)
}

export function parseRenumbering(sentence: string): Renumbering | null {
  const m = RENUMBER.exec(sentence.trim())
  if (!m) return null
  const fromText = m[1] ?? ''
  const level: Renumbering['level'] = /\bledd\b/i.test(sentence)
    ? 'ledd'
    : /§/.test(fromText)
      ? 'section'
      : /\b(?:bokstav|nr\.?|nummer)\b/i.test(fromText)
        ? 'item'
        : 'item'
  const from = expandList(fromText, level)
  const to = expandList(m[2] ?? '', level)
  if (from.length === 0 || from.length !== to.length) return null
  return {level, from, to, text: sentence.trim()}
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
  return INTRO_ANYWHERE.test(l) || parseHeader(l) !== null || parseMultiSubstitution(l) !== null
}

/** The title of an amending text ("Forskrift om endring i …", "Lov om endringer i …"). */
export function isAmendingTitle(line: string): boolean {
  return TITLE.test(stripHeading(line).trim())
}

export function parseProposal(text: string): ParsedProposal {
  const blocks = splitIntoBlocks(text)
  const instructions: ParsedInstruction[] = []
  const issues: GrammarIssue[] = []
  let entryIntoForce: string | null = null
  let entryIntoForceAt: {start: number; end: number} | null = null
  let part: string | null = null
  let regulationId: string | null = null
  let open: ParsedInstruction | null = null
  let afterPart = false
  let sawTitle = false

  const lastContentIndex = blocks.length - 1
  blocks.forEach((block, index) => {
    const firstLineEnd = block.text.indexOf('\n')
    const firstLine = firstLineEnd < 0 ? block.text : block.text.slice(0, firstLineEnd)
    const plain = stripHeading(block.text).trim()
    const wasAfterPart = afterPart
    afterPart = false

    if ((!sawTitle && index === 0 && /^#\s/.test(block.text) && !parseHeader(firstLine)) || (open === null && TITLE.test(plain))) {
      sawTitle = true
      return
    }
    const partMatch = PART.exec(block.text.trim())
    if (partMatch) {
      part = partMatch[1] ?? null
      open = null
      afterPart = true
      return
    }
    if (INTRO.test(plain.replace(/\s+/g, ' '))) {
      regulationId = regulationIdOf(plain)
      open = null
      return
    }
    const isEif =
      EIF.test(plain) && (wasAfterPart || open === null || (EIF_WHOLE.test(plain) && index === lastContentIndex))
    if (isEif) {
      open = null
      const d = EIF_DATE.exec(plain)
      const date = d ? isoDate(d[1] ?? '', d[2] ?? '', d[3] ?? '') : null
      if (date && entryIntoForce === null) {
        entryIntoForce = date
        entryIntoForceAt = {start: block.start, end: block.end}
      } else if (date && date !== entryIntoForce) {
        issues.push({
          ruleId: 'instruction-several-dates', severity: 'warning', start: block.start, end: block.end,
          reason: `Forslaget har flere ikrafttredelsesdatoer; ${entryIntoForce} er brukt som dato for ikrafttredelse.`
        })
      }
      return
    }
    const several = parseMultiSubstitution(firstLine)
    if (several) {
      // Each provision is its own instruction (own target, own failure), all with the same text and place.
      for (const h of several) {
        instructions.push({
          action: h.action, target: h.target, citation: h.citation, from: h.from, to: h.to,
          body: null, bodyBlocks: [], renumbering: [], part, regulationId, start: block.start, end: block.end
        })
      }
      open = null
      return
    }
    const header = parseHeader(firstLine)
    if (header) {
      const restLines = firstLineEnd < 0 ? '' : block.text.slice(firstLineEnd + 1)
      const instruction: ParsedInstruction = {
        action: header.action, target: header.target, citation: header.citation, from: header.from, to: header.to,
        body: null, bodyBlocks: [], renumbering: [], part, regulationId, start: block.start, end: block.end
      }
      instructions.push(instruction)
      open = null
      if (header.action === 'replace' || header.action === 'insert') {
        // The new wording may follow the colon, the next lines of the same paragraph, or the next paragraphs.
        const inline = [header.rest, restLines].filter((s) => s.trim() !== '').join('\n')
        if (inline.trim() !== '') instruction.bodyBlocks.push({text: inline, sep: ''})
        open = instruction
      } else {
        let tail = [header.rest, restLines].join(' ').trim()
        // "… skal «A» lyde «B», og «C» skal lyde «D».": each further pair is an instruction on the same target.
        let more: RegExpExecArray | null
        while (header.action === 'substitute' && (more = MORE_SUBST.exec(tail)) !== null) {
          instructions.push({...instruction, from: more[1] ?? '', to: more[2] ?? '', renumbering: []})
          tail = tail.slice(more[0].length).trim()
        }
        if (tail !== '') {
          const r = renumberingsIn(tail)
          if (r) instruction.renumbering.push(...r)
          else
            issues.push({
              ruleId: 'instruction-unrecognised', severity: 'warning', start: block.start, end: block.end,
              reason: `Teksten etter instruksen er ikke forstått og er ikke brukt: «${tail}».`
            })
        }
      }
      return
    }
    const prev = instructions[instructions.length - 1]
    if (/^(?:Nåværende|Noverande)\b/i.test(plain) && prev) {
      const r = renumberingsIn(plain.replace(/\s+/g, ' '))
      if (r) {
        prev.renumbering.push(...r)
        prev.end = block.end
        open = null
        return
      }
    }
    if (open !== null) {
      const o: ParsedInstruction = open
      const last = o.bodyBlocks[o.bodyBlocks.length - 1]
      if (last) last.sep = text.slice(o.end, block.start)
      o.bodyBlocks.push({text: block.text, sep: ''})
      o.end = block.end
      return
    }
    if (ELLIPSIS.test(plain)) return
    issues.push({
      ruleId: 'instruction-unrecognised', severity: 'warning', start: block.start, end: block.end,
      reason: `Avsnittet er verken en endringsinstruks eller ny tekst til en instruks, og er ikke brukt: «${truncate(plain, 80)}».`
    })
  })
  for (const instruction of instructions) {
    if (instruction.bodyBlocks.length > 0) instruction.body = instruction.bodyBlocks.map((b) => b.text + b.sep).join('')
  }
  return {instructions, entryIntoForce, entryIntoForceAt, issues}
}

export function truncate(text: string, n: number): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length <= n ? flat : flat.slice(0, n - 1) + '…'
}
