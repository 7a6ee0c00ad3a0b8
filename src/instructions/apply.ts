/**
 * Applying amendment instructions to the current regulation's text.
 *
 * Each instruction edits the lossless document model (document.ts), so untouched text stays byte for
 * byte. Targets are read against the regulation *as in force* (the citations in an amending text name
 * the current ledd and items), and an instruction that cannot be applied becomes an error message on the
 * proposal's VFile while the others still apply.
 */
import {pointerFor} from '../text/points.js'
import type {VFile} from 'vfile'
import type {Position, Provision, ProvisionTree} from '../types.js'
import {ordinalWord} from '../grammar/ordinals.js'
import {
  findSection,
  groupUnits,
  bareItemSpans,
  itemSpans,
  leddNumberEnd,
  leddSentenceSpans,
  liveLedd,
  parseSectionHeading,
  readDocument,
  renderDocument,
  sectionKey,
  sections,
  sentenceSpans,
  type RegDocument,
  type Section,
  type TextChunk,
  type Unit
} from './document.js'
import {parseProposal, truncate, type ParsedInstruction} from './read.js'
import {countInflected, formsLeft, inflections, replaceInflected} from './inflect.js'
import {anyExists, chapterHeadingPattern, chapterMarker, findChapter, readNewChapter} from './chapters.js'
import type {ApplyResult, Instruction, Renumbering} from './types.js'
import {LEDD_NUMBER} from '../grammar/ledd-number.js'

class InstructionError extends Error {
  constructor(
    readonly ruleId: string,
    message: string
  ) {
    super(message)
  }
}

interface Claim {
  key: string
  soft: boolean
  index: number
}

/** What an applied instruction touched, resolved to provision ids once every instruction has run. */
interface TouchRef {
  section: Section
  unit: Unit | null
  side: 'current' | 'proposed' | 'both'
  /** Item or sentence segment below the ledd (`bokstav-c`, `pkt2`), if any. */
  below: string | null
}

interface Applied {
  claims: string[]
  soft: boolean
  refs: TouchRef[]
  /** Chapter numbers whose heading the instruction rewrote. */
  chapters?: string[]
  warnings: Array<{ruleId: string; reason: string}>
}


export function positionOf(text: string, start: number, end: number): Position {
  const point = pointerFor(text)
  return {start: point(start), end: point(end)}
}

function ord(n: number): string {
  return ordinalWord(n)
}

function leddName(n: number | 'last'): string {
  return n === 'last' ? 'siste ledd' : `${ord(n)} ledd`
}

// ---------------------------------------------------------------------------------------------
// Body → units
// ---------------------------------------------------------------------------------------------

interface Body {
  heading: string | null
  lead: string | null
  units: Unit[]
}

function readBody(ins: ParsedInstruction, innerSep: string, allowHeading: boolean): Body {
  const blocks = ins.bodyBlocks.map((b) => ({...b}))
  let heading: string | null = null
  let lead: string | null = null
  const first = blocks[0]
  if (allowHeading && first) {
    const nl = first.text.indexOf('\n')
    const line = (nl < 0 ? first.text : first.text.slice(0, nl)).replace(/^#{1,6}[ \t]+/, '').trim()
    if (parseSectionHeading(line)) {
      heading = line
      if (nl < 0) {
        lead = first.sep
        blocks.shift()
      } else {
        lead = '\n'
        first.text = first.text.slice(nl + 1)
      }
    }
  }
  if (blocks.length > 0) blocks[blocks.length - 1]!.sep = innerSep
  const units = groupUnits(blocks).map((u) => ({...u, orig: null}))
  return {heading, lead, units}
}

// ---------------------------------------------------------------------------------------------
// Text edits inside a ledd
// ---------------------------------------------------------------------------------------------

/** Remove [start, end) together with the whitespace that joined it to its neighbour. */
function removeSpan(text: string, start: number, end: number): string {
  let a = start
  while (a > 0 && /\s/.test(text[a - 1] ?? '')) a--
  if (a === 0) {
    let b = end
    while (b < text.length && /\s/.test(text[b] ?? '')) b++
    return text.slice(b)
  }
  return text.slice(0, a) + text.slice(end)
}

function itemSeparator(text: string): string {
  const spans = itemSpans(text)
  if (spans.length >= 2) return text.slice(spans[0]!.end, spans[1]!.start)
  return '\n'
}

function applyItemRenumbering(text: string, renumbering: Renumbering[], kind: 'bokstav' | 'nr'): string {
  let out = text
  for (const r of renumbering) {
    if (r.level !== 'item') continue
    const spans = itemSpans(out)
    const edits: Array<{start: number; end: number; label: string}> = []
    r.from.forEach((from, i) => {
      const span = spans.find((s) => s.label.toLowerCase() === from)
      if (!span) {
        throw new InstructionError(
          'instruction-target-missing',
          `${kind === 'bokstav' ? 'Bokstav' : 'Nr.'} ${from} som skal få ny betegnelse, finnes ikke.`
        )
      }
      edits.push({start: span.labelStart, end: span.labelEnd, label: r.to[i] ?? from})
    })
    edits.sort((a, b) => b.start - a.start)
    for (const e of edits) out = out.slice(0, e.start) + e.label + out.slice(e.end)
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// The applier
// ---------------------------------------------------------------------------------------------

class Applier {
  readonly doc: RegDocument
  readonly claims: Claim[] = []
  /** Sections whose ledd an applied instruction has renumbered: later citations use the new numbers. */
  readonly renumbered = new Set<string>()

  constructor(text: string) {
    this.doc = readDocument(text)
  }

  /**
   * Shallow copy of what an instruction may edit, so a failed instruction can be undone: the chunk list,
   * text between sections, and every section's fields and units (a new section changes its neighbour's
   * whitespace; a range repeal or a renumbering changes several sections).
   */
  snapshot(): () => void {
    const chunks = [...this.doc.chunks]
    const texts = chunks.map((c) => (c.type === 'text' ? c.text : null))
    const saved = chunks.map((c) => (c.type === 'section' ? {fields: {...c}, units: [...c.units], unitFields: c.units.map((u) => ({...u}))} : null))
    return () => {
      this.doc.chunks.splice(0, this.doc.chunks.length, ...chunks)
      chunks.forEach((c, i) => {
        const s = saved[i]
        if (c.type === 'text') c.text = texts[i] ?? c.text
        else if (s) {
          Object.assign(c, s.fields)
          if (s.fields.formerKey === undefined) delete c.formerKey
          c.units = s.units
          s.units.forEach((u, j) => Object.assign(u, s.unitFields[j]))
        }
      })
    }
  }

  restore(snapshot: () => void): void {
    snapshot()
  }

  section(label: string): Section {
    const section = findSection(this.doc, label)
    if (!section || section.added) {
      if (!section) throw new InstructionError('instruction-target-missing', `§ ${label} finnes ikke i gjeldende tekst.`)
    }
    return section!
  }

  /**
   * A ledd by its ordinal in the regulation as in force ("siste" = the last one) — or, once an earlier instruction
   * of the same act has stated a renumbering of the section's ledd ("Nåværende femte og sjette ledd blir fjerde og
   * femte ledd"), by its number after that statement, as the act's later citations then use it.
   */
  ledd(section: Section, n: number | 'last'): Unit {
    if (this.renumbered.has(section.key)) {
      const live = liveLedd(section)
      const unit = n === 'last' ? live[live.length - 1] : live[n - 1]
      if (!unit) {
        throw new InstructionError('instruction-target-missing', `§ ${section.label} har nå ${live.length} ledd; ${leddName(n)} finnes ikke.`)
      }
      return unit
    }
    const originals = section.units.filter((u) => u.kind === 'ledd' && u.orig !== null)
    const want = n === 'last' ? originals.length : n
    const unit = originals.find((u) => u.orig === want)
    if (!unit) {
      throw new InstructionError(
        'instruction-target-missing',
        `§ ${section.label} har ${originals.length === 1 ? 'ett ledd' : `${originals.length} ledd`}; ${leddName(n)} finnes ikke.`
      )
    }
    if (unit.removed) {
      throw new InstructionError('instruction-conflict', `§ ${section.label} ${leddName(n)} er allerede opphevet av en tidligere instruks.`)
    }
    return unit
  }

  /** One instruction: dispatched by what it names (chapter, renumbering, range, section, heading, ledd, item, punktum). */
  apply(given: ParsedInstruction): Applied {
    const ins = pickItem(given)
    const t = ins.target
    if (t.chapter !== null && !t.heading) return this.wholeChapter(ins)
    if (t.chapter !== null) return this.chapterHeading(ins)
    if (ins.action === 'renumber') return ins.renumbering[0]?.level === 'section' ? this.renumberSections(ins) : this.renumberInside(ins)
    if (t.sectionTo !== undefined) return this.repealRange(ins)
    if (ins.implicit) return this.implicitSection(ins)
    const result: Applied = {claims: [], soft: false, refs: [], warnings: []}
    if (t.adds === 'section') return this.addSection(ins, result)
    const section = this.section(t.section)
    const base = sectionKey(t.section)
    // A repealed section may be given wording again («§ 1 skal lyde:»); nothing else can be done to it.
    const whole = t.ledd === null && t.item === null && t.sentence === null
    if (section.repealed && ins.action !== 'insert' && !(ins.action === 'replace' && whole && !t.heading)) {
      throw new InstructionError('instruction-target-missing', `§ ${section.label} er opphevet i gjeldende tekst.`)
    }
    if (t.heading) return this.sectionHeading(ins, section, result, base)
    if (whole) return this.wholeSection(ins, section, result, base)
    if (t.adds === 'ledd') return this.insertLedd(ins, section, result, base)
    const vacated = intoVacatedLedd(ins)
    if (vacated) return this.insertLedd(vacated, section, result, base)
    const {unit, leddKey} = this.citedLedd(ins, section, base)
    if (t.item !== null) return this.itemOp(ins, section, unit, result, leddKey)
    if (t.sentence !== null) return this.sentenceOp(ins, section, unit, null, result, leddKey)
    if (t.leddTo !== null) return this.leddRange(ins, section, unit, result, base)
    return this.leddOp(ins, section, unit, result, leddKey)
  }

  /** «Overskriften til § 3-1 skal lyde:», «§ 11 overskriften skal lyde:». */
  private sectionHeading(ins: ParsedInstruction, section: Section, result: Applied, base: string): Applied {
    result.claims.push(`${base}/h`)
    if (ins.action !== 'replace') throw new InstructionError('instruction-unsupported', 'Bare «skal lyde» støttes for overskrifter.')
    // «§ 4-8b.Særlige innholdskrav …»: Lovdata's histories often drop the space after the number.
    // A heading is one paragraph: more wording after it is said to be unused, never folded into the title.
    const blocks = ins.bodyBlocks.filter((b) => b.text.trim() !== '')
    if (blocks.length > 1) {
      result.warnings.push({ruleId: 'instruction-body-mismatch', reason: `${ins.citation} gir ${blocks.length} avsnitt; bare det første er brukt som overskrift, resten er ikke brukt.`})
    }
    const raw = (blocks.length > 1 ? blocks[0]!.text : (ins.body ?? '')).trim().replace(/^(§\s*[\d]+(?:\s*-\s*\d+)*(?:\s?[a-zæøå])?\.)(?=\S)/iu, '$1 ')
    const parsed = parseSectionHeading(raw)
    // A title may end in an abbreviation ("… mv."), so a final full stop is kept.
    const title = parsed ? parsed.title : raw
    if (title === '') throw new InstructionError('instruction-body-missing', 'Instruksen gir ingen ny overskrift.')
    section.heading = `${section.prefix}§ ${section.label}. ${title}`
    section.title = title
    result.refs.push({section, unit: null, side: 'both', below: null})
    return result
  }

  /** «§ 5-2 skal lyde:», «§ 3-6 oppheves.», a rename in a whole section. */
  private wholeSection(ins: ParsedInstruction, section: Section, result: Applied, base: string): Applied {
    result.claims.push(base)
    if (ins.action === 'repeal') {
      section.repealed = true
      section.heading = `${section.prefix}§ ${section.label}. (Opphevet)`
      for (const u of section.units) if (u.kind === 'ledd') u.removed = true
      result.refs.push({section, unit: null, side: 'current', below: null})
      return result
    }
    if (ins.action === 'substitute') return this.substitute(ins, section, liveLedd(section), result, base)
    if (ins.action === 'replace') return this.replaceSection(ins, section, result)
    throw new InstructionError('instruction-unsupported', 'Instruksen er ikke forstått.')
  }

  /**
   * The ledd a citation points into: the one it names; the only one of a section cited without a ledd («§ 5-2
   * annet punktum»); or, for an item cited without a ledd («§ 2-2 bokstav c»), the ledd that has that item.
   */
  private citedLedd(ins: ParsedInstruction, section: Section, base: string): {unit: Unit; leddKey: string} {
    const t = ins.target
    if (t.ledd !== null) {
      const unit = this.ledd(section, t.ledd)
      return {unit, leddKey: `${base}/L${unit.orig}`}
    }
    if (t.item === null) {
      const originals = section.units.filter((u) => u.kind === 'ledd' && u.orig !== null)
      if (originals.length !== 1) {
        throw new InstructionError('instruction-target-missing', `${ins.citation} nevner ikke hvilket ledd; § ${section.label} har ${originals.length} ledd.`)
      }
      return {unit: this.ledd(section, 1), leddKey: `${base}/L1`}
    }
    const live = liveLedd(section)
    const withItem = live.find((u) => itemSpans(u.text).some((s) => s.label.toLowerCase() === t.item))
    const anyItems = live.find((u) => itemSpans(u.text).length > 0)
    // A list that lost its letters: the only ledd with «- » items is the one meant (by position, see itemByPosition).
    const bare = live.filter((u) => itemSpans(u.text).length === 0 && bareItemSpans(u.text).length > 0)
    const found = withItem ?? (t.adds === 'item' ? anyItems : undefined) ?? (bare.length === 1 ? bare[0] : undefined)
    if (!found) throw new InstructionError('instruction-target-missing', `§ ${section.label} har ingen ${t.itemKind === 'nr' ? 'nr.' : 'bokstav'} ${t.item}.`)
    return {unit: found, leddKey: `${base}/L${found.orig ?? 'new'}`}
  }

  /** «§ 3 andre ledd skal lyde:» / «… oppheves.» / a rename in one ledd. */
  private leddOp(ins: ParsedInstruction, section: Section, unit: Unit, result: Applied, leddKey: string): Applied {
    result.claims.push(leddKey)
    if (ins.action === 'repeal') {
      unit.removed = true
      result.refs.push({section, unit, side: 'current', below: null})
      return result
    }
    if (ins.action === 'substitute') return this.substitute(ins, section, [unit], result, leddKey)
    const body = readBody(ins, this.doc.innerSep, false)
    if (body.units.length === 0) throw new InstructionError('instruction-body-missing', `Instruksen gir ingen ny tekst for ${ins.citation}.`)
    unit.text = withLeddNumber(body.units[0]!.text, unit.text)
    result.refs.push({section, unit, side: 'both', below: null})
    if (body.units.length > 1) {
      result.warnings.push({
        ruleId: 'instruction-body-mismatch',
        reason: `${ins.citation} skal lyde som ${body.units.length} ledd; de ekstra leddene er satt inn etter det.`
      })
      const extra = body.units.slice(1)
      unit.sep = body.units[0]!.sep
      section.units.splice(section.units.indexOf(unit) + 1, 0, ...extra)
      for (const e of extra) result.refs.push({section, unit: e, side: 'proposed', below: null})
    }
    return result
  }

  /**
   * "Nåværende § 3 blir ny § 4.", "Nåværende §§ 3-9 a og 3-9 b blir § 3-9 b og ny § 3-9 c": each section keeps its
   * place and text and takes the new number (all at once, so a chain of renumberings never collides).
   */
  private renumberSections(ins: ParsedInstruction): Applied {
    const result: Applied = {claims: [], soft: false, refs: [], warnings: []}
    const r = ins.renumbering[0]!
    const moving = r.from.map((label) => this.section(label))
    r.to.forEach((label) => {
      const existing = findSection(this.doc, label)
      if (existing && !moving.includes(existing) && !existing.repealed) {
        throw new InstructionError('instruction-target-exists', `§ ${label} finnes allerede; «${r.text}» kan ikke brukes.`)
      }
      if (existing && !moving.includes(existing)) {
        // «§ 3-10 oppheves. Nåværende § 3-11 til § 3-13 blir § 3-10 til § 3-12.»: Lovdata drops the repealed
        // section when its number is reused; regdiff keeps its «(Opphevet)» heading, so the text has two § 3-10.
        result.warnings.push({
          ruleId: 'instruction-repealed-number-reused',
          reason: `§ ${label} er opphevet, og nummeret brukes igjen av «${r.text}»; overskriften «§ ${label}. (Opphevet)» står fortsatt ved siden av den nye § ${label} i den konsoliderte teksten.`
        })
      }
    })
    moving.forEach((section, i) => {
      const label = (r.to[i] ?? section.label).replace(/\s*-\s*/, '-')
      result.claims.push(`renumber:${section.key}`)
      section.formerKey ??= section.key
      section.heading = section.heading.replace(/§\s*\d+(?:\s*-\s*\d+)?(?:\s?[a-zæøå](?![\p{L}]))?/u, `§ ${label}`)
      section.label = label
      section.key = sectionKey(label)
      result.refs.push({section, unit: null, side: 'both', below: null})
    })
    return result
  }

  /**
   * «§ 12 nåværende femte og sjette ledd blir fjerde og femte ledd.» on its own: the ledd must already stand where
   * the statement puts them (an earlier instruction removed or added one); from here on they are cited so.
   * Items are relettered in their ledd.
   */
  private renumberInside(ins: ParsedInstruction): Applied {
    const r = ins.renumbering[0]!
    if (ins.target.section === '') throw new InstructionError('instruction-target-missing', `«${r.text}» nevner ingen paragraf, og ingen instruks før den gjelder samme paragraf.`)
    const section = this.section(ins.target.section)
    const result: Applied = {claims: [], soft: true, refs: [], warnings: []}
    if (r.level === 'item') {
      const unit = liveLedd(section).find((u) => itemSpans(u.text).some((sp) => sp.label.toLowerCase() === r.from[0]))
      if (!unit) throw new InstructionError('instruction-target-missing', `§ ${section.label} har ingen bokstav eller nr. ${r.from[0]}.`)
      unit.text = applyItemRenumbering(unit.text, [r], 'bokstav')
      result.refs.push({section, unit, side: 'both', below: null})
      return result
    }
    for (const unit of verifyLeddRenumbering(section, r)) result.refs.push({section, unit, side: 'both', below: null})
    return result
  }

  /**
   * A ledd renumbering stated with a replace or repeal («§ 4-3 første og andre ledd skal lyde: … Nåværende første til
   * femte ledd blir tredje til sjuende ledd.») must hold once the instruction is applied; otherwise the statement
   * would be dropped without a word (it used to be, and the old first and second ledd were overwritten).
   */
  checkStatedLedd(ins: ParsedInstruction): void {
    if (ins.action === 'renumber') return
    for (const r of ins.renumbering) {
      if (r.level !== 'ledd') continue
      const section = findSection(this.doc, r.section ?? ins.target.section)
      if (section) verifyLeddRenumbering(section, r)
    }
  }

  /** A section printed in full in a mixed proposal: its new wording, a new section, or «(Opphevet)». */
  private implicitSection(ins: ParsedInstruction): Applied {
    const result: Applied = {claims: [], soft: false, refs: [], warnings: []}
    const existing = findSection(this.doc, ins.target.section)
    const heading = (ins.bodyBlocks[0]?.text ?? '').split('\n')[0]!.replace(/^#{1,6}[ \t]+/, '').replace(/[*_]/g, '').trim()
    const title = parseSectionHeading(heading)?.title ?? ''
    const added: ParsedInstruction = {...ins, bodyBlocks: ins.bodyBlocks.map((b, i) => (i === 0 ? {...b, text: b.text.replace(/^(?:#{1,6}[ \t]+)?/, '').replace(/^[*_]+(§[^*_]*)[*_]+/, '$1')} : b))}
    if (!existing) return this.addSection({...added, target: {...ins.target, adds: 'section'}}, result)
    if (/^\(?opphevet\)?\.?$/i.test(title) && ins.bodyBlocks.length === 1) {
      return this.apply({...ins, implicit: false, action: 'repeal'})
    }
    result.claims.push(existing.key)
    return this.replaceSection(added, existing, result)
  }

  /** «§ 2-2 til § 2-8 oppheves.»: every section from the first to the last, both of which must exist. */
  private repealRange(ins: ParsedInstruction): Applied {
    const result: Applied = {claims: [], soft: false, refs: [], warnings: []}
    const first = this.section(ins.target.section)
    const last = this.section(ins.target.sectionTo!)
    const all = sections(this.doc)
    const from = all.indexOf(first)
    const to = all.indexOf(last)
    if (to < from) throw new InstructionError('instruction-target-missing', `${ins.citation}: paragrafene står i motsatt rekkefølge.`)
    for (const section of all.slice(from, to + 1)) {
      if (section.repealed) continue
      result.claims.push(section.key)
      section.repealed = true
      section.heading = `${section.prefix}§ ${section.label}. (Opphevet)`
      for (const u of section.units) if (u.kind === 'ledd') u.removed = true
      result.refs.push({section, unit: null, side: 'current', below: null})
    }
    return result
  }

  /** "Overskriften til kapittel 3 skal lyde:": the chapter's heading line, kept at its level. */
  /**
   * «(n)» labels follow a stated ledd renumbering in a section whose ledd are numbered («Nåværende tredje ledd
   * blir nytt fjerde ledd»: «(3)» becomes «(4)»), and a new ledd there gets its number.
   */
  relabelLedd(ins: ParsedInstruction): void {
    const r = ins.renumbering.find((x) => x.level === 'ledd')
    const section = r ? findSection(this.doc, r.section ?? ins.target.section) : null
    if (!r || !section) return
    const live = liveLedd(section)
    if (!live.some((u) => LEDD_NUMBER.test(u.text))) return
    live.forEach((u, i) => {
      const m = LEDD_NUMBER.exec(u.text)
      if (m && r.from.includes(m[1]!) && Number(m[1]) !== i + 1) u.text = `(${i + 1})${u.text.slice(m[0].length)}`
      else if (!m && u.orig === null) u.text = `(${i + 1}) ${u.text}`
    })
  }

  /** «Kapittel 4 oppheves.» (every section repealed, the heading marked), «Nytt kapittel 5A skal lyde:». */
  private wholeChapter(ins: ParsedInstruction): Applied {
    const n = ins.target.chapter!
    const result: Applied = {claims: [`kapittel:${n.replace(/\s+/g, '').toLowerCase()}`], soft: false, refs: [], warnings: []}
    if (ins.action === 'insert') return this.addChapter(ins, n, result)
    if (ins.action !== 'repeal') throw new InstructionError('instruction-unsupported', `regdiff kan ikke gi et helt kapittel ny tekst; kapittel ${n} er ikke endret.`)
    const place = findChapter(this.doc, n)
    if (!place) throw new InstructionError('instruction-target-missing', `Kapittel ${n} finnes ikke (eller står flere ganger) i gjeldende tekst.`)
    const re = chapterHeadingPattern(n)
    place.chunk.text = place.chunk.text.replace(re, (_m, head: string) => `${head.endsWith('.') ? head : head + '.'} (Opphevet)`)
    for (const section of place.members) {
      result.claims.push(section.key)
      section.repealed = true
      section.heading = `${section.prefix}§ ${section.label}. (Opphevet)`
      for (const u of section.units) if (u.kind === 'ledd') u.removed = true
      result.refs.push({section, unit: null, side: 'current', below: null})
    }
    result.chapters = [n]
    return result
  }

  private addChapter(ins: ParsedInstruction, n: string, result: Applied): Applied {
    if (findChapter(this.doc, n)) throw new InstructionError('instruction-target-exists', `Kapittel ${n} finnes allerede.`)
    const chapter = readNewChapter(n, ins.bodyBlocks)
    if (!chapter) throw new InstructionError('instruction-body-missing', `Instruksen gir ingen paragrafer for nytt kapittel ${n} (hver paragraf må begynne med «§ …»).`)
    const taken = anyExists(this.doc, chapter.sections.map((s) => s.label))
    if (taken) throw new InstructionError('instruction-target-exists', `§ ${taken} finnes allerede; nytt kapittel ${n} kan ikke settes inn.`)
    for (const s of chapter.sections) {
      const target = {...ins.target, chapter: null, section: s.label, adds: 'section' as const}
      this.addSection({...ins, action: 'insert', target, bodyBlocks: s.blocks, body: s.blocks.map((b) => b.text + b.sep).join('')}, result)
    }
    const first = findSection(this.doc, chapter.sections[0]!.label)!
    const heading = `${chapterMarker(this.doc)}Kapittel ${n}.${chapter.title ? ` ${chapter.title}` : ''}${this.doc.eol}${this.doc.eol}`
    this.doc.chunks.splice(this.doc.chunks.indexOf(first), 0, {type: 'text', text: heading})
    result.chapters = [n]
    return result
  }

  private chapterHeading(ins: ParsedInstruction): Applied {
    const n = ins.target.chapter!
    const result: Applied = {claims: [`kapittel:${n.replace(/\s+/g, '').toLowerCase()}/h`], soft: false, refs: [], warnings: []}
    const escaped = n.replace(/\s+/g, '\\s?').replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '\\' ? c : `\\${c}`))
    const re = new RegExp(`^(#{1,6}[ \\t]+Kapittel[ \\t]+${escaped}\\.?)([ \\t]+[^\\r\\n]*)?(?=\\r?$)`, 'm')
    const all = new RegExp(re.source, 'gm')
    const chunks = this.doc.chunks.filter((c): c is TextChunk => c.type === 'text' && re.test(c.text))
    const found = chunks.reduce((n, c) => n + [...c.text.matchAll(all)].length, 0)
    const chunk = chunks[0]
    if (!chunk) throw new InstructionError('instruction-target-missing', `Kapittel ${n} finnes ikke i gjeldende tekst.`)
    if (found > 1) throw new InstructionError('instruction-target-ambiguous', `Kapittel ${n} står ${found} ganger i gjeldende tekst; det er ikke klart hvilket som menes.`)
    const raw = (ins.body ?? '').replace(/\s+/g, ' ').trim()
    const title = raw.replace(new RegExp(`^Kapittel\\s+${escaped}\\.\\s*`, 'i'), '')
    if (title === '') throw new InstructionError('instruction-body-missing', 'Instruksen gir ingen ny overskrift.')
    chunk.text = chunk.text.replace(re, (_m, head: string) => `${head.endsWith('.') ? head : head + '.'} ${title}`)
    result.chapters = [n]
    return result
  }

  private replaceSection(ins: ParsedInstruction, section: Section, result: Applied): Applied {
    const body = readBody(ins, this.doc.innerSep, true)
    if (body.heading === null && body.units.length === 0) {
      throw new InstructionError('instruction-body-missing', `Instruksen gir ingen ny tekst for § ${section.label}.`)
    }
    if (body.heading !== null) {
      const parsed = parseSectionHeading(body.heading)!
      if (sectionKey(parsed.label) !== section.key) {
        result.warnings.push({
          ruleId: 'instruction-heading-mismatch',
          reason: `Instruksen gjelder § ${section.label}, men den nye teksten har overskriften «${body.heading}».`
        })
      }
      section.heading = section.prefix + body.heading
      section.title = parsed.title
    }
    const notes = section.units.filter((u) => u.kind === 'note')
    if (section.units.length === 0) {
      section.trail = section.lead || this.doc.eol
      section.lead = this.doc.eol + this.doc.eol
    }
    if (body.lead !== null && body.units.length > 0) section.lead = body.lead
    section.units = [...body.units, ...notes]
    section.repealed = false
    result.refs.push({section, unit: null, side: 'both', below: null})
    return result
  }

  private addSection(ins: ParsedInstruction, result: Applied): Applied {
    const key = sectionKey(ins.target.section)
    result.claims.push(key)
    if (findSection(this.doc, ins.target.section)) {
      throw new InstructionError('instruction-target-exists', `Ny § ${ins.target.section} kan ikke settes inn: paragrafen finnes allerede.`)
    }
    const body = readBody(ins, this.doc.innerSep, true)
    if (body.units.length === 0) throw new InstructionError('instruction-body-missing', `Instruksen gir ingen tekst for ny § ${ins.target.section}.`)
    const all = sections(this.doc)
    const order = compareLabels
    // «Nåværende § 11 blir § 11 a. Ny § 11 skal lyde:»: the new section takes the old one's place (and chapter).
    const displaced = all.find((s) => s.formerKey === key && s.key !== key)
    const displacedAt = displaced ? all.indexOf(displaced) : -1
    const before = displaced
      ? (all[displacedAt - 1] ?? null)
      : ([...all].filter((s) => order(s.label, ins.target.section) < 0).pop() ?? null)
    const neighbour = before ?? all[0] ?? null
    const prefix = neighbour?.prefix ?? '### '
    const heading = body.heading ?? `§ ${ins.target.section}.`
    const parsed = parseSectionHeading(heading)
    const section: Section = {
      type: 'section',
      heading: prefix + heading,
      prefix,
      label: ins.target.section,
      key,
      title: parsed?.title ?? '',
      lead: body.lead ?? this.doc.eol + this.doc.eol,
      units: body.units,
      trail: this.doc.eol + this.doc.eol,
      parents: before ? before.parents : (neighbour?.parents ?? []),
      repealed: false,
      added: true
    }
    const chunks = this.doc.chunks
    if (displaced) {
      section.parents = displaced.parents
      section.heading = displaced.prefix + heading
      section.prefix = displaced.prefix
      chunks.splice(chunks.indexOf(displaced), 0, section)
    } else if (before) {
      const at = chunks.indexOf(before)
      section.trail = before.trail
      // The section it follows now needs the usual blank line before the new heading.
      if (!/\n\s*\n/.test(before.trail)) before.trail = this.doc.eol + this.doc.eol
      chunks.splice(at + 1, 0, section)
    } else if (neighbour) {
      chunks.splice(chunks.indexOf(neighbour), 0, section)
    } else {
      const last = chunks[chunks.length - 1]
      if (last && last.type === 'text' && !/\n\s*\n$/.test(last.text)) last.text = last.text.replace(/\s*$/, this.doc.eol + this.doc.eol)
      section.trail = this.doc.eol
      chunks.push(section)
    }
    result.refs.push({section, unit: null, side: 'proposed', below: null})
    return result
  }

  private insertLedd(ins: ParsedInstruction, section: Section, result: Applied, base: string): Applied {
    const t = ins.target
    const live = liveLedd(section)
    const count = live.length
    const n = t.ledd === 'last' ? count + 1 : (t.ledd as number)
    const nTo = t.leddTo === null ? n : t.leddTo === 'last' ? count + 1 : t.leddTo
    result.claims.push(`${base}/+L${n}`)
    if (ins.action !== 'insert' || nTo < n) throw new InstructionError('instruction-unsupported', 'Instruksen er ikke forstått.')
    if (n > count + 1) {
      throw new InstructionError(
        'instruction-ordinal-gap',
        `§ ${section.label} har ${count === 1 ? 'ett ledd' : `${count} ledd`}; et nytt ${ord(n)} ledd ville etterlate et hull (neste ledd er ${ord(count + 1)} ledd).`
      )
    }
    if (n <= count) {
      // Inserting before existing ledd renumbers them; drafting practice says so explicitly
      // ("Nåværende tredje ledd blir nytt fjerde ledd"), and without it the citation is ambiguous.
      const shift = nTo - n + 1
      const stated = ins.renumbering.find((r) => r.level === 'ledd')
      const expectedFrom: string[] = []
      for (let i = n; i <= count; i++) expectedFrom.push(String(i))
      const ok =
        stated !== undefined &&
        stated.from.join(',') === expectedFrom.join(',') &&
        stated.to.join(',') === expectedFrom.map((f) => String(Number(f) + shift)).join(',')
      if (!ok) {
        const span = (a: number, b: number): string =>
          a === b ? ord(a) : b === a + 1 ? `${ord(a)} og ${ord(b)}` : `${ord(a)} til ${ord(b)}`
        throw new InstructionError(
          'instruction-renumbering-missing',
          `§ ${section.label} har ${count} ledd, så et nytt ${ord(n)} ledd flytter nåværende ${span(n, count)} ledd; instruksen må si hva de blir («Nåværende ${span(n, count)} ledd blir ${count === n ? 'nytt' : 'nye'} ${span(n + shift, count + shift)} ledd»).`
        )
      }
    }
    const body = readBody(ins, this.doc.innerSep, false)
    if (body.units.length === 0) throw new InstructionError('instruction-body-missing', `Instruksen gir ingen tekst for ${ins.citation}.`)
    const expected = nTo - n + 1
    if (body.units.length !== expected) {
      result.warnings.push({
        ruleId: 'instruction-body-mismatch',
        reason: `${ins.citation} gir ${body.units.length} ledd, ventet ${expected}.`
      })
    }
    let at: number
    if (n <= count) at = section.units.indexOf(live[n - 1]!)
    else if (count > 0) at = section.units.indexOf(live[count - 1]!) + 1
    else at = 0
    if (section.units.length === 0) {
      section.trail = section.lead || this.doc.eol
      section.lead = this.doc.eol + this.doc.eol
    }
    section.units.splice(at, 0, ...body.units)
    for (const u of body.units) result.refs.push({section, unit: u, side: 'proposed', below: null})
    return result
  }

  private leddRange(ins: ParsedInstruction, section: Section, first: Unit, result: Applied, base: string): Applied {
    const to = this.ledd(section, ins.target.leddTo!)
    // Ordinals as cited (current numbers, or the numbers after a stated renumbering): see ledd().
    const cited = (u: Unit): number => (this.renumbered.has(section.key) ? liveLedd(section).indexOf(u) + 1 : u.orig!)
    const from = cited(first)
    const last = cited(to)
    if (last < from) throw new InstructionError('instruction-target-missing', `${ins.citation}: leddene står i feil rekkefølge.`)
    const units: Unit[] = []
    for (let i = from; i <= last; i++) {
      const unit = this.ledd(section, i)
      units.push(unit)
      result.claims.push(`${base}/L${unit.orig ?? `new${i}`}`)
    }
    if (ins.action === 'repeal') {
      for (const u of units) {
        u.removed = true
        result.refs.push({section, unit: u, side: 'current', below: null})
      }
      return result
    }
    if (ins.action === 'substitute') return this.substitute(ins, section, units, result, `${base}/L${from}`)
    const body = readBody(ins, this.doc.innerSep, false)
    if (body.units.length === 0) throw new InstructionError('instruction-body-missing', `Instruksen gir ingen ny tekst for ${ins.citation}.`)
    for (const u of units) {
      u.removed = true
      result.refs.push({section, unit: u, side: 'current', below: null})
    }
    section.units.splice(section.units.indexOf(units[0]!), 0, ...body.units)
    for (const u of body.units) result.refs.push({section, unit: u, side: 'proposed', below: null})
    return result
  }

  private substitute(ins: ParsedInstruction, section: Section, units: Unit[], result: Applied, key: string): Applied {
    result.claims.length = 0
    result.claims.push(key)
    result.soft = true
    const from = ins.from ?? ''
    const to = ins.to ?? ''
    if (from === '') throw new InstructionError('instruction-body-missing', 'Instruksen siterer ingen tekst som skal endres.')
    // A bulk rename changes the noun's other forms too (inflect.ts); a rename of quoted words only what is quoted.
    const forms = ins.inflect && to !== '' ? inflections(from, to) : [{from, to}]
    let found = 0
    for (const unit of units) found += countInflected(unit.text, forms)
    if (found === 0) {
      throw new InstructionError('instruction-text-not-found', `«${truncate(from, 60)}» står ikke i ${ins.citation}.`)
    }
    if (found > 1) {
      result.warnings.push({
        ruleId: 'instruction-ambiguous',
        reason: `«${truncate(from, 60)}» står ${found} ganger i ${ins.citation}; alle er endret.`
      })
    }
    for (const unit of units) {
      if (countInflected(unit.text, forms) === 0) continue
      unit.text = to === '' ? deleteAll(unit.text, from) : replaceInflected(unit.text, forms)
      result.refs.push({section, unit, side: 'both', below: null})
    }
    if (ins.inflect) this.reportFormsLeft(ins, units, result)
    return result
  }

  /** Forms of a bulk-renamed word the rename did not reach («Dagligvaretilsynsleder»): said, never silently kept. */
  private reportFormsLeft(ins: ParsedInstruction, units: Unit[], result: Applied): void {
    const left = [...new Set(units.flatMap((u) => formsLeft(u.text, ins.from ?? '', ins.to ?? '')))]
    if (left.length === 0) return
    result.warnings.push({
      ruleId: 'instruction-rename-form-left',
      reason: `${ins.citation}: ${left.map((w) => `«${w}»`).join(', ')} står fortsatt og er ikke endret til «${truncate(ins.to ?? '', 60)}»; kontroller om de også skal endres.`
    })
  }

  private itemOp(ins: ParsedInstruction, section: Section, unit: Unit, result: Applied, leddKey: string): Applied {
    const t = ins.target
    const label = t.item!
    const seg = (l: string): string => `${t.itemKind === 'nr' ? 'nr' : 'bokstav'}-${l}`
    const spans = itemSpans(unit.text)
    if (spans.length === 0 && bareItemSpans(unit.text).length > 0) return this.itemByPosition(ins, section, unit, result, leddKey)
    const span = spans.find((s) => s.label.toLowerCase() === label)
    const kindWord = t.itemKind === 'nr' ? 'nr.' : 'bokstav'
    result.claims.push(t.adds === 'item' ? `${leddKey}/+i${label}` : `${leddKey}/i${label}`)

    if (t.adds === 'item') {
      if (ins.action !== 'insert') throw new InstructionError('instruction-unsupported', 'Instruksen er ikke forstått.')
      let text = unit.text
      if (span) {
        const stated = ins.renumbering.some((r) => r.level === 'item' && r.from.includes(label))
        if (!stated) {
          throw new InstructionError(
            'instruction-renumbering-missing',
            `${ins.citation}: ${kindWord} ${label} finnes allerede; instruksen må si hva nåværende ${kindWord} ${label} blir.`
          )
        }
      }
      text = applyItemRenumbering(text, ins.renumbering, t.itemKind ?? 'bokstav')
      // Items that get a new letter are this instruction's too: another instruction citing them by
      // letter would be ambiguous (old or new letter?), so it is a conflict.
      for (const r of ins.renumbering) for (const l of r.from) result.claims.push(`${leddKey}/i${l}`)
      const body = (ins.body ?? '').trim()
      if (body === '') throw new InstructionError('instruction-body-missing', `Instruksen gir ingen tekst for ${ins.citation}.`)
      const after = itemSpans(text)
      const punct = spans[0] ? unit.text.slice(spans[0].labelEnd, spans[0].labelEnd + 1) : '.'
      const itemText = itemSpans(body).length > 0 ? body : `${label}${punct} ${body}`
      const sep = itemSeparator(text)
      const next = after.find((s) => compareItemLabels(s.label, label) > 0)
      if (next) text = text.slice(0, next.start) + itemText + sep + text.slice(next.start)
      else if (after.length > 0) {
        const end = after[after.length - 1]!.end
        text = text.slice(0, end) + sep + itemText + text.slice(end)
      } else {
        text = text + this.doc.eol + this.doc.eol + itemText
      }
      unit.text = text
      result.refs.push({section, unit, side: 'proposed', below: seg(label)})
      for (const r of ins.renumbering) {
        for (const l of r.from) result.refs.push({section, unit, side: 'current', below: seg(l)})
        for (const l of r.to) result.refs.push({section, unit, side: 'proposed', below: seg(l)})
      }
      return result
    }

    if (!span) {
      throw new InstructionError('instruction-target-missing', `${ins.citation} finnes ikke: ${section.label === '' ? '' : `§ ${section.label}`} har ingen ${kindWord} ${label}.`)
    }
    if (t.sentence !== null) return this.sentenceOp(ins, section, unit, span, result, `${leddKey}/i${label}`)
    if (ins.action === 'repeal') {
      let text = removeSpan(unit.text, span.start, span.end)
      text = applyItemRenumbering(text, ins.renumbering, t.itemKind ?? 'bokstav')
      for (const r of ins.renumbering) for (const l of r.from) result.claims.push(`${leddKey}/i${l}`)
      unit.text = text
      result.refs.push({section, unit, side: 'current', below: seg(label)})
      for (const r of ins.renumbering) {
        for (const l of r.from) result.refs.push({section, unit, side: 'current', below: seg(l)})
        for (const l of r.to) result.refs.push({section, unit, side: 'proposed', below: seg(l)})
      }
      return result
    }
    if (ins.action === 'substitute') {
      const item = {...unit, text: unit.text.slice(span.start, span.end)}
      this.substitute(ins, section, [item], result, `${leddKey}/i${label}`)
      unit.text = unit.text.slice(0, span.start) + item.text + unit.text.slice(span.end)
      result.refs = [{section, unit, side: 'both', below: seg(label)}]
      return result
    }
    const body = (ins.body ?? '').trim()
    if (body === '') throw new InstructionError('instruction-body-missing', `Instruksen gir ingen ny tekst for ${ins.citation}.`)
    const punct = unit.text.slice(span.labelEnd, span.labelEnd + 1)
    const itemText = itemSpans(body).length > 0 ? body : `${span.label}${punct} ${body}`
    unit.text = unit.text.slice(0, span.labelStart) + itemText + unit.text.slice(span.end)
    result.refs.push({section, unit, side: 'both', below: seg(label)})
    return result
  }

  /**
   * «bokstav d», «nr. 34» in a ledd whose list lost its letters («- » items in Lovdata's Markdown): the item at that
   * position (d = 4th), with a warning, since the text itself cannot confirm it. New items are written the same way.
   */
  private itemByPosition(ins: ParsedInstruction, section: Section, unit: Unit, result: Applied, leddKey: string): Applied {
    const t = ins.target
    const label = t.item!
    const position = /^\d+$/.test(label) ? Number(label) : 'abcdefghijklmnopqrstuvwxyzæøå'.indexOf(label) + 1
    const spans = bareItemSpans(unit.text)
    const kindWord = t.itemKind === 'nr' ? 'nr.' : 'bokstav'
    if (position < 1) throw new InstructionError('instruction-target-missing', `${ins.citation}: ${kindWord} ${label} kan ikke finnes etter plass.`)
    result.claims.push(`${leddKey}/${t.adds === 'item' ? '+' : ''}i${label}`)
    result.warnings.push({
      ruleId: 'instruction-item-by-position',
      reason: `Listen i § ${section.label} har mistet bokstaver/numre i teksten; ${kindWord} ${label} er tatt som punkt nr. ${position} i listen.`
    })
    const body = (ins.body ?? '').trim().replace(/^(?:[a-zæøå]|\d{1,3})[.)][ \t]+/, '')
    const below = `${t.itemKind === 'nr' ? 'nr' : 'bokstav'}-${label}`
    if (ins.action === 'insert') {
      if (position > spans.length + 1) throw new InstructionError('instruction-ordinal-gap', `${ins.citation}: listen har ${spans.length} punkter.`)
      const prefix = spans[0] ? unit.text.slice(spans[0].start, spans[0].labelStart) : '- '
      const at = position <= spans.length ? spans[position - 1]!.start : spans[spans.length - 1]!.end
      const line = prefix + body
      unit.text = position <= spans.length ? unit.text.slice(0, at) + line + '\n' + unit.text.slice(at) : unit.text.slice(0, at) + '\n' + line + unit.text.slice(at)
      result.refs.push({section, unit, side: 'proposed', below})
      return result
    }
    const span = spans[position - 1]
    if (!span) throw new InstructionError('instruction-target-missing', `${ins.citation} finnes ikke: listen har ${spans.length} punkter.`)
    if (ins.action === 'repeal') unit.text = removeSpan(unit.text, span.start, span.end)
    else if (ins.action === 'substitute') {
      const item = {...unit, text: unit.text.slice(span.start, span.end)}
      this.substitute(ins, section, [item], result, `${leddKey}/i${label}`)
      unit.text = unit.text.slice(0, span.start) + item.text + unit.text.slice(span.end)
    } else {
      if (body === '') throw new InstructionError('instruction-body-missing', `Instruksen gir ingen ny tekst for ${ins.citation}.`)
      unit.text = unit.text.slice(0, span.labelStart) + body + unit.text.slice(span.end)
    }
    result.refs.push({section, unit, side: ins.action === 'repeal' ? 'current' : 'both', below})
    return result
  }

  private sentenceOp(
    ins: ParsedInstruction,
    section: Section,
    unit: Unit,
    item: {start: number; end: number; labelEnd: number} | null,
    result: Applied,
    key: string
  ): Applied {
    const t = ins.target
    // The prose a sentence is counted in: an item's text after its label, a ledd's lead-in before its
    // list, or the whole ledd.
    const scopeStart = item ? item.labelEnd + 1 : leddNumberEnd(unit.text)
    const firstItem = itemSpans(unit.text)[0]
    const scopeEnd = item ? item.end : (firstItem?.start ?? unit.text.length)
    const spans = item
      ? sentenceSpans(unit.text.slice(scopeStart, scopeEnd)).map((s) => ({start: s.start + scopeStart, end: s.end + scopeStart}))
      : leddSentenceSpans(unit.text)
    const count = spans.length
    const n = t.sentence === 'last' ? (t.adds === 'sentence' ? count + 1 : count) : (t.sentence as number)
    result.claims.push(t.adds === 'sentence' ? `${key}/+S${n}` : `${key}/S${n}`)
    // Lovdata's histories quote a first punktum with its ledd number («(1) Når …»); the ledd keeps its own.
    const numbered = !item && n === 1 && leddNumberEnd(unit.text) > 0
    const body = (ins.body ?? '').replace(/\s+/g, ' ').trim().replace(numbered ? /^\(\d{1,2}\)\s+/u : /^$/u, '')
    const text = unit.text
    const pkt = item ? null : `pkt${n}`
    if (t.adds === 'sentence') {
      if (ins.action !== 'insert') throw new InstructionError('instruction-unsupported', 'Instruksen er ikke forstått.')
      if (n > count + 1 || n < 1) {
        throw new InstructionError(
          'instruction-ordinal-gap',
          `${ins.citation}: leddet har ${count} punktum, så et nytt ${ord(n)} punktum ville etterlate et hull.`
        )
      }
      if (body === '') throw new InstructionError('instruction-body-missing', `Instruksen gir ingen tekst for ${ins.citation}.`)
      if (n <= count) {
        const at = spans[n - 1]!.start
        unit.text = text.slice(0, at) + body + ' ' + text.slice(at)
      } else {
        const at = count > 0 ? spans[count - 1]!.end : scopeEnd
        unit.text = text.slice(0, at) + (count > 0 ? ' ' : '') + body + text.slice(at)
      }
      result.refs.push({section, unit, side: 'proposed', below: pkt})
      return result
    }
    const to = t.sentenceTo === undefined || t.sentenceTo === null ? n : t.sentenceTo === 'last' ? count : t.sentenceTo
    const first = spans[n - 1]
    const lastSpan = spans[to - 1]
    if (!first || !lastSpan || to < n) {
      throw new InstructionError(
        'instruction-target-missing',
        `${ins.citation} finnes ikke: leddet har ${count === 1 ? 'ett punktum' : `${count} punktum`}.`
      )
    }
    const span = {start: first.start, end: lastSpan.end}
    if (ins.action === 'repeal') {
      if (to - n + 1 === count && !item) unit.removed = true
      else unit.text = removeSpan(text, span.start, span.end)
      result.refs.push({section, unit, side: 'current', below: pkt})
      return result
    }
    if (ins.action === 'substitute') {
      const sentence = {...unit, text: text.slice(span.start, span.end)}
      this.substitute(ins, section, [sentence], result, `${key}/S${n}`)
      unit.text = text.slice(0, span.start) + sentence.text + text.slice(span.end)
      result.refs = [{section, unit, side: 'both', below: pkt}]
      return result
    }
    if (body === '') throw new InstructionError('instruction-body-missing', `Instruksen gir ingen ny tekst for ${ins.citation}.`)
    unit.text = text.slice(0, span.start) + body + text.slice(span.end)
    result.refs.push({section, unit, side: 'both', below: pkt})
    return result
  }
}

/** «nr. 6 og ny nr. 7 skal lyde:» gives both items' wording: each instruction takes the item with its own label. */
function pickItem(ins: ParsedInstruction): ParsedInstruction {
  if (ins.pickItem === undefined || ins.body === null) return ins
  const body = ins.body
  const span = itemSpans(body).find((s) => s.label.toLowerCase() === ins.pickItem)
  if (!span) {
    throw new InstructionError('instruction-body-missing', `Den nye teksten i «${truncate(ins.citation, 60)}» har ikke noe punkt ${ins.pickItem}.`)
  }
  return {...ins, body: body.slice(span.start, span.end), bodyBlocks: [{text: body.slice(span.start, span.end), sep: ''}]}
}

/** New wording for a ledd printed «(2) …»: the number stays when the instruction quotes the wording without it. */

function withLeddNumber(wording: string, old: string): string {
  const label = old.slice(0, leddNumberEnd(old))
  return label === '' || leddNumberEnd(wording) > 0 ? wording : label + wording
}

function deleteAll(text: string, phrase: string): string {
  let out = text
  let i: number
  while ((i = out.indexOf(phrase)) >= 0) {
    // Take one neighbouring space with the words, so "a  b" is not left behind.
    let start = i
    let end = i + phrase.length
    if (out[end] === ' ' && (start === 0 || out[start - 1] === ' ')) end++
    else if (out[start - 1] === ' ') start--
    out = out.slice(0, start) + out.slice(end)
  }
  return out
}

/** Order of section labels: `3-2` < `3-10` < `4-1`; `12` < `12 a` < `13`. */
export function compareLabels(a: string, b: string): number {
  const parse = (l: string): Array<number | string> =>
    (sectionKey(l).match(/\d+|[a-zæøå]/g) ?? []).map((p) => (/^\d+$/.test(p) ? Number(p) : p))
  const pa = parse(a)
  const pb = parse(b)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i]
    const y = pb[i]
    if (x === undefined) return -1
    if (y === undefined) return 1
    if (x === y) continue
    if (typeof x === 'number' && typeof y === 'number') return x - y
    if (typeof x === 'number') return -1
    if (typeof y === 'number') return 1
    return x < y ? -1 : 1
  }
  return 0
}

function compareItemLabels(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return Number(a) - Number(b)
  return a < b ? -1 : a > b ? 1 : 0
}

function overlaps(a: string, b: string): boolean {
  return a === b || a.startsWith(b + '/') || b.startsWith(a + '/')
}

// ---------------------------------------------------------------------------------------------
// Provision ids
// ---------------------------------------------------------------------------------------------

function findTreeSection(nodes: Provision[], key: string): Provision | null {
  for (const node of nodes) {
    if (node.kind === 'section' && node.label !== null && sectionKey(node.label) === key) return node
    const inner = findTreeSection(node.children, key)
    if (inner) return inner
  }
  return null
}

function chapterIdOf(tree: ProvisionTree, n: string): string {
  const key = n.replace(/\s+/g, '').toLowerCase()
  const find = (nodes: Provision[]): Provision | null => {
    for (const node of nodes) {
      if (node.kind === 'chapter' && (node.label ?? '').replace(/\s+/g, '').toLowerCase() === key) return node
      const inner = node.kind === 'part' ? find(node.children) : null
      if (inner) return inner
    }
    return null
  }
  return find(tree.children)?.id ?? `kap${n.replace(/\s+/g, '')}`
}

function regulationIdOfTree(tree: ProvisionTree): string | null {
  const ref = tree.frontmatter?.['refid'] ?? null
  const m = ref ? /(forskrift|lov)\/(\d{4}-\d{2}-\d{2})-(\d+)/i.exec(ref) : null
  if (!m) return null
  return `${(m[1] ?? '').toLowerCase() === 'lov' ? 'LOV' : 'FOR'}-${m[2]}-${m[3]}`
}

type Severity = 'error' | 'warning' | 'info'

/** One run of the applier over a proposal: what every phase reads and adds to. */
interface Run {
  source: string
  at: (start: number, end: number) => Position
  applier: Applier
  currentId: string | null
  /** Messages, collected first and emitted in document order, so they read top to bottom like the proposal. */
  pending: Array<{ruleId: string; reason: string; start: number; end: number; severity: Severity}>
  instructions: Instruction[]
  refs: TouchRef[][]
  chapters: string[][]
}

export function applyInstructions(current: {tree: ProvisionTree; text: string}, file: VFile): ApplyResult {
  const source = String(file.value ?? '')
  const point = pointerFor(source)
  const parsed = parseProposal(source)
  const run: Run = {
    source, at: (start, end) => ({start: point(start), end: point(end)}), applier: new Applier(current.text),
    currentId: regulationIdOfTree(current.tree), pending: [], instructions: [], refs: [], chapters: []
  }
  for (const issue of parsed.issues) run.pending.push({...issue})
  if (parsed.instructions.length === 0) {
    const end = source.indexOf('\n') < 0 ? source.length : source.indexOf('\n')
    run.pending.push({
      ruleId: 'instruction-none', severity: 'warning', start: 0, end,
      reason: 'Forslaget inneholder ingen endringsinstrukser («§ … skal lyde:», «§ … oppheves.»); ingenting er endret.'
    })
  }
  renumberBeforeVacated(parsed.instructions).forEach((ins, index) => applyOne(run, ins, index))
  emitMessages(run, file)
  resolveTouched(run, current.tree)
  // Reported in the order printed (a renumbering may have been applied before the instruction above it), so a
  // change two instructions touch is attached to the one printed first, as elsewhere.
  const printed = [...run.instructions].sort((a, b) => a.position.start.offset - b.position.start.offset)
  return {text: renderDocument(run.applier.doc), instructions: printed, entryIntoForce: parsed.entryIntoForce}
}

/**
 * «§ 4 skal lyde: … Nåværende §§ 4 til 7 blir § 5 til ny § 8.»: the wording is for the *new* § 4, printed before the
 * statement that moves the current § 4 away (Lovtidend, lov 20. juni 2025 nr. 90). Read in order, it would overwrite
 * the current § 4 and the move would carry the new wording along. So a section renumbering that vacates the number
 * of a whole-section instruction before it (same part) is applied first, and that instruction adds the section.
 * Later instructions already cite the new numbers, as the act does («§ 6 første ledd» is the current § 5).
 */
function renumberBeforeVacated(list: ParsedInstruction[]): ParsedInstruction[] {
  const out = [...list]
  for (const moving of list) {
    const r = moving.renumbering[0]
    if (moving.action !== 'renumber' || r?.level !== 'section') continue
    const vacated = new Set(r.from.filter((f) => !r.to.some((t) => sectionKey(t) === sectionKey(f))).map(sectionKey))
    const at = out.findIndex((ins, i) => i < out.indexOf(moving) && ins.part === moving.part && isWholeSectionReplace(ins) && vacated.has(sectionKey(ins.target.section)))
    if (at < 0) continue
    const writes = out[at]!
    out.splice(out.indexOf(moving), 1)
    out.splice(at, 1, moving, {...writes, action: 'insert', target: {...writes.target, adds: 'section'}})
  }
  return out
}

/** The stated renumbering must hold in the text as it now stands: each current ledd at its new number. */
function verifyLeddRenumbering(section: Section, r: Renumbering): Unit[] {
  const live = liveLedd(section)
  return r.from.map((f, i) => {
    const unit = section.units.find((u) => u.kind === 'ledd' && u.orig === Number(f))
    if (!unit || unit.removed || live.indexOf(unit) + 1 !== Number(r.to[i])) {
      throw new InstructionError(
        'instruction-renumbering-missing',
        `«${r.text}»: nåværende ${ord(Number(f))} ledd i § ${section.label} står ikke som ${ord(Number(r.to[i]))} ledd etter instruksene før.`
      )
    }
    return unit
  })
}

/**
 * «§ 4-3 første og andre ledd skal lyde: … Nåværende første til femte ledd blir tredje til sjuende ledd.» (lov
 * 20. juni 2025 nr. 71, Prop. 94 L): the cited ledd numbers are the new ones, vacated by the renumbering stated with
 * the wording, so the wording is inserted there, as in the section case (renumberBeforeVacated).
 */
function intoVacatedLedd(ins: ParsedInstruction): ParsedInstruction | null {
  const t = ins.target
  if (ins.action !== 'replace' || typeof t.ledd !== 'number' || t.item !== null || t.sentence !== null || t.heading) return null
  const last = typeof t.leddTo === 'number' ? t.leddTo : t.leddTo === null ? t.ledd : null
  if (last === null) return null
  const r = ins.renumbering.find((x) => x.level === 'ledd' && (x.section === undefined || sectionKey(x.section) === sectionKey(t.section)))
  if (!r) return null
  for (let n = t.ledd; n <= last; n++) {
    if (!r.from.includes(String(n)) || r.to.includes(String(n))) return null
  }
  return {...ins, action: 'insert', target: {...t, adds: 'ledd'}}
}

function isWholeSectionReplace(ins: ParsedInstruction): boolean {
  const t = ins.target
  return ins.action === 'replace' && !ins.implicit && t.chapter === null && t.sectionTo === undefined && t.adds === null &&
    !t.heading && t.ledd === null && t.item === null && t.sentence === null
}

/** Apply one instruction, all or nothing; its failure is an error at its place and the others go on. */
function applyOne(run: Run, ins: ParsedInstruction, index: number): void {
  // «I følgende bestemmelser skal «X» endres til «Y»:» + «§ 13 første ledd»: both, verbatim, at the listed provision.
  const own = run.source.slice(ins.start, ins.end)
  const text = ins.lead ? `${run.source.slice(ins.lead.start, ins.lead.end)}\n\n${own}` : own
  const instruction: Instruction = {
    text, position: run.at(ins.start, ins.end), part: ins.part, action: ins.action,
    target: ins.target, citation: ins.citation, from: ins.from, to: ins.to, body: ins.body, renumbering: ins.renumbering,
    touched: [], applied: false
  }
  run.instructions.push(instruction)
  run.refs.push([])
  run.chapters.push([])
  const report = (ruleId: string, reason: string, severity: Severity): void => {
    run.pending.push({ruleId, reason, start: ins.start, end: ins.end, severity})
  }
  if (run.currentId && ins.regulationId && ins.regulationId !== run.currentId) {
    report('instruction-other-regulation', `Instruksen gjelder ${ins.regulationId}, ikke ${run.currentId}, og er ikke brukt.`, 'warning')
    return
  }
  const snapshot = run.applier.snapshot()
  try {
    const applied = run.applier.apply(ins)
    run.applier.checkStatedLedd(ins)
    run.applier.relabelLedd(ins)
    claim(run, applied, index)
    if (ins.renumbering.some((r) => r.level === 'ledd')) run.applier.renumbered.add(sectionKey(ins.target.section))
    instruction.applied = true
    run.refs[index] = applied.refs
    run.chapters[index] = applied.chapters ?? []
    for (const w of applied.warnings) report(w.ruleId, w.reason, 'warning')
  } catch (error) {
    // All or nothing: an instruction that fails half-way leaves the text as it was.
    run.applier.restore(snapshot)
    if (error instanceof InstructionError) {
      report(error.ruleId, `${error.message} Instruksen «${truncate(instruction.text, 70)}» er ikke brukt.`, 'error')
    } else {
      // A fault in regdiff, not in the proposal: say so at the instruction and go on with the others.
      const detail = error instanceof Error ? error.message : String(error)
      report('instruction-internal-error', `regdiff kunne ikke bruke instruksen «${truncate(instruction.text, 70)}» (intern feil: ${detail}).`, 'error')
    }
  }
}

/** Two instructions on the same provision conflict (two renames in it do not); the claims are kept when none does. */
function claim(run: Run, applied: Applied, index: number): void {
  for (const key of applied.claims) {
    const clash = run.applier.claims.find((c) => overlaps(c.key, key) && !(c.soft && applied.soft))
    if (clash) {
      const other = run.instructions[clash.index]!
      throw new InstructionError('instruction-conflict', `Instruksen endrer det samme som «${truncate(other.text, 60)}» (linje ${other.position.start.line}).`)
    }
  }
  for (const key of applied.claims) run.applier.claims.push({key, soft: applied.soft, index})
}

function emitMessages(run: Run, file: VFile): void {
  run.pending.sort((a, b) => a.start - b.start)
  for (const p of run.pending) {
    const message = file.message(p.reason, {place: run.at(p.start, p.end), ruleId: p.ruleId, source: 'regdiff'})
    // vfile: fatal true = error, false = warning, undefined = info.
    message.fatal = p.severity === 'error' ? true : p.severity === 'warning' ? false : undefined
  }
}

/** Provision ids each instruction touched, once every instruction has run (later ones move ledd). */
function resolveTouched(run: Run, tree: ProvisionTree): void {
  const ids = idResolver(tree)
  run.instructions.forEach((instruction, i) => {
    const touched = new Set<string>()
    for (const ref of run.refs[i] ?? []) for (const id of ids(ref)) touched.add(id)
    for (const n of run.chapters[i] ?? []) touched.add(chapterIdOf(tree, n))
    instruction.touched = [...touched].sort()
  })
}

/** Provision ids as the parser writes them: the current tree's section ids, ledd by their ordinal on each side. */
function idResolver(tree: ProvisionTree): (ref: TouchRef) => string[] {
  const sectionId = (section: Section, side: 'current' | 'proposed' = 'current'): string => {
    // A renumbered section has its current id on the current side and its new number on the proposed side.
    const key = side === 'current' ? (section.formerKey ?? section.key) : section.key
    const node = side === 'proposed' && section.formerKey !== undefined ? null : findTreeSection(tree.children, key)
    if (node) return node.id
    return [...section.parents, `§${key}`].join('/')
  }
  return (ref) => {
    const sid = sectionId(ref.section)
    if (!ref.unit) return ref.section.formerKey === undefined ? [sid] : [sid, sectionId(ref.section, 'proposed')]
    const out: string[] = []
    const below = ref.below ? `/${ref.below}` : ''
    if ((ref.side === 'current' || ref.side === 'both') && ref.unit.orig !== null) out.push(`${sid}/ledd${ref.unit.orig}${below}`)
    if ((ref.side === 'proposed' || ref.side === 'both') && !ref.unit.removed) {
      const final = liveLedd(ref.section).indexOf(ref.unit) + 1
      if (final > 0) out.push(`${sid}/ledd${final}${below}`)
    }
    return out
  }
}
