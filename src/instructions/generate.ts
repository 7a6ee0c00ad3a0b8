/**
 * Writing a consolidated proposal as an amending text in Norwegian drafting style:
 *
 *   I forskrift 20. juni 2023 nr. 1073 om … gjøres følgende endringer:
 *   § 3-1 skal lyde: …   § 3-2 første ledd skal lyde: …   I § 3-3 første ledd skal «A» lyde «B».
 *   § 3-5 nytt siste ledd skal lyde: …   Ny § 3-7 skal lyde: …   § 3-6 oppheves.
 *   II  Forskriften trer i kraft 1. august 2025.
 *
 * Each section's instructions are chosen as narrowly as drafting practice allows (a word, a sentence, a
 * ledd) and then *checked* by applying them to the current section: if the narrow form would not give
 * the proposed wording byte for byte, the whole section is printed instead ("§ 3-2 skal lyde:").
 */
import {VFile} from 'vfile'
import type {AlignedSegment, CaseMeta, DiffResult, ProvisionTree} from '../types.js'
import {ordinalWord} from '../grammar/ordinals.js'
import {applyInstructions, compareLabels, positionOf} from './apply.js'
import {consolidatePartial} from './consolidate.js'
import {itemSpans, liveLedd, readDocument, renderSection, sections, sentenceSpans, type Section} from './document.js'
import {monthName} from '../grammar/months.js'

function reconstruct(segments: AlignedSegment[], side: 'current' | 'proposed'): string {
  const skip = side === 'current' ? 'insert' : 'delete'
  let out = ''
  for (const segment of segments) {
    if ((side === 'current' ? segment.current : segment.proposed) === null) continue
    for (const op of segment.ops) if (op.op !== skip) out += op.text
  }
  return out
}

const EMPTY_TREE: ProvisionTree = {path: '', frontmatter: null, title: null, children: [], repeals: [], outside: []}

function leddList(n: number[]): string {
  const words = n.map((x) => ordinalWord(x))
  if (words.length === 1) return words[0]!
  if (words.length === 2) return `${words[0]} og ${words[1]}`
  return `${words[0]} til ${words[words.length - 1]}`
}

function renumberStatement(from: number[], to: number[]): string {
  return `Nåværende ${leddList(from)} ledd blir ${from.length === 1 ? 'nytt' : 'nye'} ${leddList(to)} ledd.`
}

/** The wording of a section as an instruction prints it: heading without `#`, then its ledd (no notes). */
function sectionBody(section: Section): string {
  const units = section.units.filter((u) => !u.removed && u.kind === 'ledd')
  let out = section.heading.slice(section.prefix.length)
  if (units.length === 0) return out
  out += section.lead
  units.forEach((u, i) => {
    out += u.text + (i < units.length - 1 ? u.sep : '')
  })
  return out
}

function count(haystack: string, needle: string): number {
  return needle === '' ? 0 : haystack.split(needle).length - 1
}

/** The smallest quotable change between two versions of a ledd, widened to whole, unique words. */
function substitution(x: string, y: string): {from: string; to: string} | null {
  let p = 0
  while (p < x.length && p < y.length && x[p] === y[p]) p++
  let s = 0
  while (s < x.length - p && s < y.length - p && x[x.length - 1 - s] === y[y.length - 1 - s]) s++
  // Back off to word boundaries (in both versions) so the quote is whole words.
  const word = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}-]/u.test(c)
  const cut = (t: string, i: number): boolean => !(word(t[i - 1]) && word(t[i]))
  while (p > 0 && !(cut(x, p) && cut(y, p))) p--
  while (s > 0 && !(cut(x, x.length - s) && cut(y, y.length - s))) s--
  for (let widen = 0; widen < 6; widen++) {
    const from = x.slice(p, x.length - s)
    const to = y.slice(p, y.length - s)
    // A quote starts with a word in both versions and does not end in a space ("«deltakeren og …»").
    const leftBad = !word(from[0]) || !word(to[0])
    const rightBad = from === '' || to === '' || /\s$/.test(from) || /\s$/.test(to)
    const unique = count(x, from) === 1
    if (!leftBad && !rightBad && unique && !/[«»\n]/.test(from + to) && from.split(/\s+/).length <= 12) {
      return {from, to}
    }
    const left = leftBad || !unique ? /\S+\s*$/.exec(x.slice(0, p)) : null
    if (left) p -= left[0].length
    const right = rightBad || !unique ? /^\s*\S+/.exec(x.slice(x.length - s)) : null
    if (right) s -= right[0].length
    if (!left && !right) break
  }
  return null
}

function fineInstructions(a: Section, b: Section): string[] | null {
  const cite = `§ ${b.label}`
  const notesA = a.units.filter((u) => u.kind === 'note').map((u) => u.text).join('\n')
  const notesB = b.units.filter((u) => u.kind === 'note').map((u) => u.text).join('\n')
  if (notesA !== notesB) return null
  const la = liveLedd(a).map((u) => u.text)
  const lb = liveLedd(b).map((u) => u.text)
  const out: string[] = []
  if (a.heading !== b.heading) {
    if (a.heading.slice(a.prefix.length).replace(/\..*$/, '') !== b.heading.slice(b.prefix.length).replace(/\..*$/, '')) return null
    out.push(`Overskriften til ${cite} skal lyde:\n\n${b.title}`)
  }
  if (la.length === lb.length) {
    const changed = la.map((t, i) => (t === lb[i] ? -1 : i)).filter((i) => i >= 0)
    if (changed.length > 2) return null
    // A section of one ledd is cited without the ledd ("I § 5-2 skal …"), and replaced whole.
    const single = la.length === 1
    if (single && changed.length === 1) {
      const narrow = leddInstruction(cite, null, la[0]!, lb[0]!)
      if (narrow === null) return out.length > 0 ? null : []
      out.push(narrow)
      return out
    }
    for (const i of changed) out.push(leddInstruction(cite, i + 1, la[i]!, lb[i]!) ?? `${cite} ${ordinalWord(i + 1)} ledd skal lyde:\n\n${lb[i]}`)
    return out
  }
  if (lb.length === la.length + 1) {
    const k = lb.findIndex((t, i) => t !== la[i])
    if (lb.slice(k + 1).join('\u0000') !== la.slice(k).join('\u0000')) return null
    if (k === la.length) {
      out.push(`${cite} nytt siste ledd skal lyde:\n\n${lb[k]}`)
    } else {
      const from = la.slice(k).map((_, j) => k + 1 + j)
      out.push(`${cite} nytt ${ordinalWord(k + 1)} ledd skal lyde:\n\n${lb[k]}\n\n${renumberStatement(from, from.map((f) => f + 1))}`)
    }
    return out
  }
  if (la.length === lb.length + 1) {
    const k = la.findIndex((t, i) => t !== lb[i])
    if (la.slice(k + 1).join('\u0000') !== lb.slice(k).join('\u0000')) return null
    const from = la.slice(k + 1).map((_, j) => k + 2 + j)
    const tail = from.length > 0 ? ' ' + renumberStatement(from, from.map((f) => f - 1)) : ''
    out.push(`${cite} ${ordinalWord(k + 1)} ledd oppheves.${tail}`)
    return out
  }
  return null
}

/**
 * The narrowest instruction for one ledd, in the order a drafter would reach for them: a list item, a
 * whole sentence added or removed, a quoted phrase, one sentence rewritten. Null when only replacing the
 * whole ledd would do and the ledd is not cited by number (a section of one ledd).
 */
function leddInstruction(cite: string, n: number | null, x: string, y: string): string | null {
  const ledd = n === null ? '' : ` ${ordinalWord(n)} ledd`
  const items = itemInstruction(cite, ledd, x, y)
  if (items) return items
  const prose = itemSpans(x).length === 0 && itemSpans(y).length === 0 && !x.includes('\n') && !y.includes('\n')
  const sx = prose ? sentenceSpans(x).map((s) => x.slice(s.start, s.end)) : []
  const sy = prose ? sentenceSpans(y).map((s) => y.slice(s.start, s.end)) : []
  if (prose && sy.length === sx.length + 1) {
    const k = sy.findIndex((t, i) => t !== sx[i])
    if (sy.slice(k + 1).join('\u0000') === sx.slice(k).join('\u0000')) return `I ${cite}${ledd} nytt ${ordinalWord(k + 1)} punktum skal lyde: ${sy[k]}`
  }
  if (prose && sx.length === sy.length + 1) {
    const k = sx.findIndex((t, i) => t !== sy[i])
    if (sx.slice(k + 1).join('\u0000') === sy.slice(k).join('\u0000')) return `${cite}${ledd} ${ordinalWord(k + 1)} punktum oppheves.`
  }
  const sub = substitution(x, y)
  // A quote stays inside one sentence and is short; otherwise the sentence or ledd is printed instead.
  const oneSentence = (t: string): boolean => !/[.!?]\s+[A-ZÆØÅ«§]/.test(t)
  if (sub && sub.from.length <= x.length / 2 && sub.to.length <= 160 && oneSentence(sub.from) && oneSentence(sub.to)) {
    return `I ${cite}${ledd} skal «${sub.from}» lyde «${sub.to}».`
  }
  if (prose && sx.length === sy.length && sx.length > 1) {
    const changed = sx.map((t, i) => (t === sy[i] ? -1 : i)).filter((i) => i >= 0)
    if (changed.length === 1) return `${cite}${ledd} ${ordinalWord(changed[0]! + 1)} punktum skal lyde:\n\n${sy[changed[0]!]}`
  }
  return n === null ? null : `${cite}${ledd} skal lyde:\n\n${y}`
}

function labelList(kind: 'bokstav' | 'nr', labels: string[]): string {
  const word = kind === 'bokstav' ? 'bokstav' : 'nr.'
  if (labels.length === 1) return `${word} ${labels[0]}`
  if (labels.length === 2) return `${word} ${labels[0]} og ${labels[1]}`
  return `${word} ${labels[0]} til ${labels[labels.length - 1]}`
}

/**
 * A list item removed, added or rewritten, with the relettering that follows ("§ 2-2 bokstav c oppheves.
 * Nåværende bokstav d og e blir bokstav c og d."); null when the lists differ in any other way.
 */
function itemInstruction(cite: string, ledd: string, x: string, y: string): string | null {
  const ix = itemSpans(x)
  const iy = itemSpans(y)
  if (ix.length === 0 || iy.length === 0 || x.slice(0, ix[0]!.start) !== y.slice(0, iy[0]!.start)) return null
  const kind: 'bokstav' | 'nr' = /^\d+$/.test(ix[0]!.label) ? 'nr' : 'bokstav'
  const body = (t: string, s: {labelEnd: number; end: number}): string => t.slice(s.labelEnd + 1, s.end).trim()
  const bx = ix.map((s) => body(x, s))
  const by = iy.map((s) => body(y, s))
  const lx = ix.map((s) => s.label)
  const ly = iy.map((s) => s.label)
  const renumber = (from: string[], to: string[]): string =>
    from.length === 0 ? '' : ` Nåværende ${labelList(kind, from)} blir ${labelList(kind, to)}.`
  if (bx.length === by.length && lx.join() === ly.join()) {
    const changed = bx.map((b, i) => (b === by[i] ? -1 : i)).filter((i) => i >= 0)
    if (changed.length !== 1) return null
    const i = changed[0]!
    return `${cite}${ledd} ${labelList(kind, [lx[i]!])} skal lyde:\n\n${y.slice(iy[i]!.labelStart, iy[i]!.end)}`
  }
  if (by.length === bx.length - 1) {
    const k = bx.findIndex((b, i) => b !== by[i])
    if (bx.slice(k + 1).join('\u0000') !== by.slice(k).join('\u0000') || ly.join() !== lx.slice(0, -1).join()) return null
    return `${cite}${ledd} ${labelList(kind, [lx[k]!])} oppheves.${renumber(lx.slice(k + 1), lx.slice(k, -1))}`
  }
  if (by.length === bx.length + 1) {
    const k = by.findIndex((b, i) => b !== bx[i])
    if (by.slice(k + 1).join('\u0000') !== bx.slice(k).join('\u0000') || lx.join() !== ly.slice(0, -1).join()) return null
    const added = `${cite}${ledd} ny ${labelList(kind, [ly[k]!])} skal lyde:\n\n${y.slice(iy[k]!.labelStart, iy[k]!.end)}`
    const moved = renumber(lx.slice(k), ly.slice(k + 1)).trim()
    return moved === '' ? added : `${added}\n\n${moved}`
  }
  return null
}

/** True when `instructions` turn section `a` into section `b` exactly. */
function reproduces(a: Section, b: Section, instructions: string[]): boolean {
  const before = renderSection(a)
  const file = new VFile({path: 'check.md', value: instructions.join('\n\n') + '\n'})
  const result = applyInstructions({tree: EMPTY_TREE, text: before}, file)
  if (file.messages.length > 0) return false
  const expected = renderSection({...b, trail: a.trail})
  return result.text === expected
}

/** The regulation's title from the text itself: front matter `tittel`, else the first `#` heading. */
function titleOfText(text: string): string | null {
  const fm = /^---\r?\n[\s\S]*?^tittel:\s*"?([^"\r\n]+)"?\s*$/m.exec(text)
  if (fm && text.startsWith('---')) return fm[1]!.trim()
  return /^#[ \t]+(.+?)\s*$/m.exec(text)?.[1] ?? null
}

function regulationPhrase(meta: CaseMeta, current: ProvisionTree, currentText: string): {full: string; title: string} {
  const id = meta.regulationId ?? ''
  const m = /^(FOR|LOV)-(\d{4})-(\d{2})-(\d{2})-(\d+)$/i.exec(id)
  const fromText = titleOfText(currentText)
  const kind = m ? (m[1]!.toUpperCase() === 'LOV' ? 'lov' : 'forskrift') : /^lov\b/i.test(fromText ?? '') ? 'lov' : 'forskrift'
  const title = current.frontmatter?.['tittel'] ?? current.title ?? fromText ?? ''
  // "Forskrift om arbeidsmarkedstiltak (tiltaksforskriften) – utdrag" → "om arbeidsmarkedstiltak"
  const subject = /^(?:forskrift|lov)\s+(om\s+.+?)(?:\s*\([^)]*\))?(?:\s+[–-]\s+utdrag)?\s*$/i.exec(title.trim())?.[1] ?? null
  const short = meta.shortTitle ? `(${meta.shortTitle})` : null
  const full = [kind, m ? `${Number(m[4])}. ${monthName(Number(m[3]))} ${m[2]} nr. ${m[5]}` : null, subject, short]
  const named = [kind, subject, short]
  const join = (xs: Array<string | null>): string => xs.filter((x): x is string => x !== null).join(' ')
  return {full: join(full), title: join(named)}
}

function kindTitle(named: string): string {
  return named.startsWith('lov') ? `Lov om endring i ${named}` : `Forskrift om endring i ${named}`
}

function dateWords(iso: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return m ? `${Number(m[3])}. ${monthName(Number(m[2]))} ${m[1]}` : null
}

/** Instructions turning the current text into the proposed text, without the opening and closing parts. */
// Lovdata's spelling only: annexes quoting EU acts have "KAPITTEL I" headings of their own.
const CHAPTER_LINE = /^(#{1,6}[ \t]+)Kapittel[ \t]+([0-9]+\s?[A-Za-z]?|[IVXLC]+)\.?(?:[ \t]+(.*?))?\r?$/gm

/** Chapter headings of a document in order: label → title (from the text between sections). */
function chapterTitles(doc: ReturnType<typeof readDocument>): Array<{label: string; id: string; title: string}> {
  const out: Array<{label: string; id: string; title: string}> = []
  for (const chunk of doc.chunks) {
    if (chunk.type !== 'text') continue
    for (const m of chunk.text.matchAll(CHAPTER_LINE)) {
      const label = (m[2] ?? '').replace(/\s+/g, ' ')
      out.push({label, id: `kap${label.replace(/\s+/g, '')}`, title: (m[3] ?? '').trim()})
    }
  }
  // A chapter number printed twice cannot be cited unambiguously; such headings are left alone.
  const count = new Map<string, number>()
  for (const c of out) count.set(c.id, (count.get(c.id) ?? 0) + 1)
  return out.filter((c) => count.get(c.id) === 1)
}

/** Instructions turning the current text into the proposed text, in the regulation's order. */
export function instructionsBetween(currentText: string, proposedText: string): string[] {
  const a = readDocument(currentText)
  const b = readDocument(proposedText)
  const inA = new Map(sections(a).map((s) => [s.key, s]))
  const inB = new Map(sections(b).map((s) => [s.key, s]))
  const keys = [...new Set([...inA.keys(), ...inB.keys()])].sort((x, y) =>
    compareLabels((inA.get(x) ?? inB.get(x))!.label, (inA.get(y) ?? inB.get(y))!.label)
  )
  const chaptersB = chapterTitles(b)
  const order = chaptersB.map((c) => c.id)
  const chapterOf = (s: Section): number => {
    const id = s.parents.find((p) => p.startsWith('kap'))
    return id ? order.indexOf(id) : -1
  }
  const out: Array<{chapter: number; text: string}> = []
  const push = (s: Section, ...texts: string[]): void => {
    for (const text of texts) out.push({chapter: chapterOf(s), text})
  }
  for (const key of keys) {
    const sa = inA.get(key)
    const sb = inB.get(key)
    if (sa && !sb) {
      if (!sa.repealed) push(sa, `§ ${sa.label} oppheves.`)
      continue
    }
    if (!sa && sb) {
      if (!sb.repealed) push(sb, `Ny § ${sb.label} skal lyde:\n\n${sectionBody(sb)}`)
      continue
    }
    if (!sa || !sb) continue
    if (renderSection({...sa, trail: ''}) === renderSection({...sb, trail: ''})) continue
    if (sb.repealed && !sa.repealed && liveLedd(sb).length === 0) {
      push(sb, `§ ${sa.label} oppheves.`)
      continue
    }
    const fine = fineInstructions(sa, sb)
    if (fine && fine.length > 0 && reproduces(sa, sb, fine)) {
      push(sb, ...fine)
      continue
    }
    push(sb, `§ ${sb.label} skal lyde:\n\n${sectionBody(sb)}`)
  }
  // A renamed chapter goes before the instructions for its sections ("Overskriften til kapittel 3 skal lyde:").
  const titlesA = new Map(chapterTitles(a).map((c) => [c.id, c.title]))
  chaptersB.forEach((c, index) => {
    const before = titlesA.get(c.id)
    if (before === undefined || before === c.title || c.title === '') return
    const at = out.findIndex((o) => o.chapter >= index)
    const entry = {chapter: index, text: `Overskriften til kapittel ${c.label} skal lyde:\n\n${c.title}`}
    if (at < 0) out.push(entry)
    else out.splice(at, 0, entry)
  })
  return out.map((o) => o.text)
}

/**
 * The amending text for `currentText` → `proposedText`. When `file` is given, the result is checked by
 * applying it; if it would not give `proposedText` exactly (a change outside every section: a chapter
 * heading, an annex, an amendment note), a warning on `file` says where the first difference is.
 */
export function generateInstructionsFromText(
  currentText: string,
  proposedText: string,
  meta: CaseMeta,
  current: ProvisionTree = EMPTY_TREE,
  file?: VFile,
  placeInFile?: (offset: number) => number | null
): string {
  const body = instructionsBetween(currentText, proposedText)
  const date = meta.dates['inForce'] ? dateWords(meta.dates['inForce']) : null
  const regulation = regulationPhrase(meta, current, currentText)
  const lines: string[] = [`# ${kindTitle(regulation.title)}`]
  if (date) lines.push('I')
  lines.push(`I ${regulation.full} gjøres følgende ${body.length === 1 ? 'endring' : 'endringer'}:`)
  lines.push(...body)
  if (date) lines.push('II', `Forskriften trer i kraft ${date}.`)
  const joined = lines.join('\n\n') + '\n'
  // Written with the current text's line ends, so that applying it gives the same bytes back.
  const text = /\r\n/.test(currentText) ? joined.replace(/\r?\n/g, '\r\n') : joined
  if (file) {
    const check = new VFile({path: 'generated.md', value: text})
    const applied = applyInstructions({tree: current, text: currentText}, check).text
    if (applied !== proposedText) {
      let at = 0
      while (at < applied.length && at < proposedText.length && applied[at] === proposedText[at]) at++
      const line = proposedText.slice(0, at).split('\n').length
      const offset = placeInFile ? placeInFile(at) : at
      const source = String(file.value ?? '')
      const message = file.message(
        `Endringsinstruksene gir ikke nøyaktig forslaget: første forskjell er på linje ${line} i den konsoliderte teksten. ` +
          'Endringer utenfor paragrafene (kapitteloverskrifter, vedlegg, endringsnotater) kan ikke skrives som instrukser ennå.',
        {place: offset === null ? undefined : positionOf(source, Math.min(offset, source.length), Math.min(offset, source.length)), ruleId: 'instruction-not-expressible', source: 'regdiff'}
      )
      message.fatal = false
    }
  }
  return text
}

/**
 * The amending text for a case (`regdiff instructions`). Pass the proposal's VFile as `file` to get a
 * warning when some change cannot be written as an instruction (see generateInstructionsFromText).
 */
export function generateInstructions(current: ProvisionTree, proposed: ProvisionTree, diff: DiffResult, meta: CaseMeta, file?: VFile): string {
  const currentText = reconstruct(diff.segments, 'current')
  // A partial proposal prints only what changes; the instructions are written against the whole
  // regulation as it would read. Its differences are then not at an offset of the proposal file.
  const proposedText = diff.form === 'partial' ? consolidatePartial(currentText, proposed) : reconstruct(diff.segments, 'proposed')
  // Only a complete proposal is the text compared; otherwise the message points at the top of the file.
  return generateInstructionsFromText(currentText, proposedText, meta, current, file, diff.form === 'complete' ? (offset) => offset : () => 0)
}
