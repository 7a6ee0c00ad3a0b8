/**
 * The note analysed against the text: changes nobody explains, references that point at the wrong
 * provision, announced changes the proposal does not make, claims of "no change in substance" next to
 * substantive effects, and the summary's bullets matched to the changes they announce.
 */
import type {Change, DiffResult, Effect, Finding, NoteSection, ProvisionTree, SectionStatus, Severity} from '../types.js'
import type {Terms} from './terms.js'
import type {Bm25Index} from './bm25.js'
import {buildIndex, scoreAll} from './bm25.js'
import type {Passage, ProvisionLookup} from './passages.js'
import {sentenceAround} from './passages.js'
import type {ChangeQuery} from './query.js'

export const LINK_CODES = ['unexplained-change', 'discussed-not-explained', 'reference-mismatch', 'missing-change', 'claim-vs-effect', 'summary-coverage']

const SUBSTANTIVE = new Set(['modality', 'threshold', 'scope', 'actor'])
// Bokmål and nynorsk («Forslaget inneber inga materiell endring», «ikkje meint å …»).
const STRONG_CLAIM =
  /ikke ment å innebære (?:en |noen )?(?:realitetsendring|materiell endring)|ingen realitetsendring|innebærer ikke (?:noen )?realitetsendring|ikke (?:noen )?materielle? endring|inneber inga (?:materiell endring|realitetsendring)|inga realitetsendring|ikkje meint å innebere (?:ei |nokon )?(?:realitetsendring|materiell endring)|ikkje (?:nokon )?materiell endring/i
const WEAK_CLAIM = /videreføring|videreføres|presisering|presiseres|klargjøring|tydeliggjøring|vidareføring|vidareførast|klargjering|tydeleggjering/i
// A claim about an earlier amendment («det i 2010 kom inn en presisering i da gjeldende § 18») is history,
// not what the note says of this proposal.
const HISTORY = /(?<![\p{L}])(?:(?:da|då)\s+gjeld[ae]nde|daværende|dåverande|i\s+(?:19|20)\d\d\s+(?:kom|ble|vart))(?![\p{L}])/iu
const REPEAL = /^[\s,]*(?:skal\s+)?(?:oppheves|oppheve|opphevet)\b/i
const CHANGE_VERB =
  /(?<![\p{L}])(?:endres|endre|justeres|justere|presiseres|presisere|innarbeides|innarbeidet|innrettes|innrette|tilføyes|utvides|oppheves|oppheve|nytt|ny|foreslås|foreslår)(?![\p{L}])/iu

export interface AnalysisInput {
  changes: Change[]
  passages: Passage[]
  trees: {current: ProvisionTree; proposed: ProvisionTree}
  byId: ProvisionLookup
  diff: DiffResult
  index: Bm25Index
  queries: ChangeQuery[]
  /** The run's terms (stemmer and memo). */
  lex: Terms
}

export function analyseNote(input: AnalysisInput): Finding[] {
  // Which changes a reference touches is asked for many references: the changes are indexed once.
  const touch: Touchable = {changes: input.changes, index: indexChanges(input.changes)}
  return [
    ...unexplained(input),
    ...referenceMismatches(input, touch),
    ...missingChanges(input, touch),
    ...claimsVsEffects(input),
    ...summaryCoverage(input)
  ]
}

const KIND_WORD: Record<Change['kind'], string> = {
  added: 'ny tekst',
  removed: 'tekst tatt ut',
  modified: 'endret ordlyd',
  moved: 'flyttet',
  relettered: 'ny bokstav/nummer',
  repealed: 'opphevet',
  editorial: 'redaksjonell endring'
}

const KIND_WORD_EN: Record<Change['kind'], string> = {
  added: 'new text',
  removed: 'text taken out',
  modified: 'changed wording',
  moved: 'moved',
  relettered: 'new letter/number',
  repealed: 'repealed',
  editorial: 'editorial change'
}

export function citationOf(change: Change): string {
  if (change.kind === 'relettered' && change.current && change.proposed) return `${change.current.citation} (nå ${change.proposed.citation})`
  return change.proposed?.citation ?? change.current?.citation ?? change.sectionId
}

/** citationOf for English sentences: the citations stay as written, only the connecting word is translated. */
function citationOfEn(change: Change): string {
  if (change.kind === 'relettered' && change.current && change.proposed) return `${change.current.citation} (now ${change.proposed.citation})`
  return citationOf(change)
}

function quote(text: string, limit = 90): string {
  const t = text.replace(/\s+/g, ' ').trim()
  return `«${t.length > limit ? t.slice(0, limit).replace(/\s+\S*$/, '') + ' …' : t}»`
}

function where(p: Passage, lang: 'nb' | 'en' = 'nb'): string {
  const numbered = p.chain.find((s) => s.number !== null)
  if (p.document === 'background') return `${p.path}, «${p.section.heading}»`
  if (!numbered) return `«${p.section.heading}»`
  const point = lang === 'en' ? 'section' : 'punkt'
  return numbered === p.section ? `${point} ${numbered.number}` : `${point} ${numbered.number}, «${p.section.heading}»`
}

function place(p: Passage): Finding['place'] {
  return {path: p.path, position: p.paragraph.position}
}

function changedWords(change: Change, lang: 'nb' | 'en' = 'nb'): string {
  const ins = change.words.filter((w) => w.op === 'insert').map((w) => w.text).join(' ').trim()
  const del = change.words.filter((w) => w.op === 'delete').map((w) => w.text).join(' ').trim()
  const en = lang === 'en'
  if (ins && del) return `: ${quote(del, 50)} ${en ? 'becomes' : 'blir'} ${quote(ins, 50)}`
  if (ins) return `: ${quote(ins, 60)} ${en ? 'added' : 'tilføyd'}`
  if (del) return `: ${quote(del, 60)} ${en ? 'taken out' : 'tatt ut'}`
  return ''
}

const isMinor = (c: Change): boolean =>
  c.kind === 'relettered' || c.kind === 'editorial' || (c.effects.length > 0 && c.effects.every((e) => e.type === 'editorial'))

/** Section part of a provision id (`kap3/§3-2` of `kap3/§3-2/ledd1`), or null. */
function sectionOf(id: string | undefined): string | null {
  if (!id) return null
  const m = /(?:^|\/)(§[^/]+)/.exec(id)
  return m ? m[1]! : null
}

const sectionsOfChange = (c: Change): string[] =>
  [sectionOf(c.current?.id), sectionOf(c.proposed?.id)].filter((s): s is string => s !== null)

// A list or range of at most this many sections ("§§ 14 til 17") discusses each of them; a longer one
// ("§§ 1 til 30") only says where a subject sits in the act.
const MAX_NAMED_IN_LIST = 6

/** Section labels a passage names: by its references (short lists and ranges too), its headings, a remark heading. */
function namedSections(p: Passage): Set<string> {
  const out = new Set<string>()
  for (const {ref, resolution} of p.refs) {
    if (ref.scope !== 'self') continue
    const sections = new Set([...resolution.current, ...resolution.proposed].map(sectionOf).filter((s): s is string => s !== null))
    if (sections.size > MAX_NAMED_IN_LIST) continue
    for (const section of sections) out.add(section)
  }
  // A title several sections share ("innholdsbestemmelsen" in a regulation with three "Innhold")
  // names none of them for sure.
  if (new Set(p.titleRefs.map((t) => t.label)).size === 1) {
    for (const t of p.titleRefs) for (const id of [...t.current, ...t.proposed]) {
      const section = sectionOf(id)
      if (section) out.add(section)
    }
  }
  for (const label of [...p.headingLabels, ...p.titleLabels, ...(p.commentOn === null ? [] : [p.commentOn])]) out.add(`§${label}`)
  return out
}

/**
 * The passage of the note that discusses a change's section, when the note discusses the section only
 * as a whole: no other change of the section has reasons in the note. Then the change is not
 * "unexplained": the note talks about its provision (in «Gjeldende rett», or in general terms) without
 * giving a reason for this very change. When siblings have reasons, the note has gone into the section's
 * parts and left this one out: that stays unexplained.
 */
function discussingPassage(c: Change, changes: Change[], passages: Passage[]): Passage | null {
  const sections = sectionsOfChange(c)
  if (sections.length === 0) return null
  const label = (s: string): string => s.slice(1)
  // A reason for the section's heading (a note heading that repeats its new title) speaks of the section
  // as a whole, not of its parts.
  const isHeading = (o: Change): boolean => o.level === 'section' && o.kind === 'modified'
  const siblingsReasoned = changes.some(
    (o) => o !== c && !isMinor(o) && !isHeading(o) && o.reasons.some((r) => r.document === 'note') && sectionsOfChange(o).some((s) => sections.includes(s))
  )
  if (siblingsReasoned && !isMinor(c)) return null
  for (const p of passages) {
    if (p.document !== 'note' || p.role === 'proposal-text') continue
    const named = namedSections(p)
    if (sections.some((s) => named.has(s) || named.has(`§${label(s)}`))) return p
  }
  return null
}

/**
 * One instruction that makes the same change in several provisions («I følgende bestemmelser skal
 * «Dagligvaretilsynet» endres til «Konkurransetilsynet»»): one decision, so where the note discusses some
 * of the provisions it changes, the others are treated alike, not called unexplained.
 */
export function bulkSiblings(c: Change, changes: Change[]): Change[] {
  if (!c.instruction || !BULK_INSTRUCTION.test(c.instruction.text)) return []
  // The instruction's text is its heading line and the item that names this provision: the heading is the decision.
  const head = (text: string): string => text.split('\n')[0]!.trim()
  const decision = head(c.instruction.text)
  return changes.filter((o) => o !== c && o.instruction !== null && head(o.instruction.text) === decision && o.sectionId !== c.sectionId)
}

// «… skal «X» endres til «Y»», «… skal «X» erstattes med «Y»» (nynorsk «endrast til», «byttast ut med»).
const BULK_INSTRUCTION = /«[^»]+»\s+(?:endres|endrast|erstattes|erstattast|byttes ut|byttast ut)\s+(?:til|med)\s+«[^»]+»/iu

/** A passage that discusses a provision another change of the same bulk instruction is made in. */
function bulkDiscussingPassage(c: Change, changes: Change[], passages: Passage[]): Passage | null {
  for (const o of bulkSiblings(c, changes)) {
    const p = discussingPassage(o, changes, passages)
    if (p) return p
  }
  return null
}

function unexplained({changes, passages}: AnalysisInput): Finding[] {
  const hasNote = passages.some((p) => p.document === 'note')
  // A relettering or renumbering follows from the insertion or removal that moved the labels; its reasons are that
  // change's, so it is never «unexplained» on its own.
  return changes
    .filter((c) => c.kind !== 'relettered' && !c.reasons.some((r) => r.document === 'note'))
    .flatMap((c): Finding[] => {
      const minor = isMinor(c)
      const discussed = hasNote ? discussingPassage(c, changes, passages) : null
      if (discussed) return minor ? [] : [discussedOnly(c, discussed)]
      const bulk = hasNote ? bulkDiscussingPassage(c, changes, passages) : null
      if (bulk) return minor ? [] : [discussedInBulk(c, bulk)]
      const severity: Severity = !hasNote || minor ? 'info' : 'warning'
      const context = c.reasons.length > 0 ? ' Bakgrunnsdokumentene omtaler temaet, men begrunner ikke endringen.' : ''
      const contextEn = c.reasons.length > 0 ? ' The background documents discuss the subject but do not give reasons for the change.' : ''
      const message = hasNote
        ? `Endringen i ${citationOf(c)} (${KIND_WORD[c.kind]}${changedWords(c)}) er ikke begrunnet eller omtalt i høringsnotatet.${context}`
        : `Endringen i ${citationOf(c)} (${KIND_WORD[c.kind]}) kan ikke knyttes til en begrunnelse: saken har ikke noe høringsnotat.`
      const messageEn = hasNote
        ? `The change in ${citationOfEn(c)} (${KIND_WORD_EN[c.kind]}${changedWords(c, 'en')}) is neither explained nor mentioned in the consultation note.${contextEn}`
        : `The change in ${citationOfEn(c)} (${KIND_WORD_EN[c.kind]}) cannot be linked to any reasons: the case has no consultation note.`
      return [{code: 'unexplained-change', severity, message, messageEn, changeIds: [c.id], place: null}]
    })
}

/** A change of a bulk instruction whose other provisions the note discusses: said so, with the place. */
function discussedInBulk(c: Change, p: Passage): Finding {
  const context = p.role === 'current-law' ? ' (som gjeldende rett)' : ''
  const contextEn = p.role === 'current-law' ? ' (as the law in force)' : ''
  const substantive = c.effects.some((e) => SUBSTANTIVE.has(e.type))
  return {
    code: 'discussed-not-explained',
    severity: substantive ? 'warning' : 'info',
    message: `Endringen i ${citationOf(c)} (${KIND_WORD[c.kind]}${changedWords(c)}) gjøres av samme endringsinstruks som endringer i bestemmelser høringsnotatet omtaler i ${where(p)}${context}, men notatet gir ingen begrunnelse for den.`,
    messageEn: `The change in ${citationOfEn(c)} (${KIND_WORD_EN[c.kind]}${changedWords(c, 'en')}) is made by the same amendment instruction as changes in provisions the consultation note discusses in ${where(p, 'en')}${contextEn}, but the note gives no reasons for it.`,
    changeIds: [c.id],
    place: place(p)
  }
}

/** A change whose provision the note discusses without a reason for it: said so, with the place. */
function discussedOnly(c: Change, p: Passage): Finding {
  const context = p.role === 'current-law' ? ' (som gjeldende rett)' : p.role === 'hearing' ? ' (i omtalen av høringen)' : ''
  const contextEn = p.role === 'current-law' ? ' (as the law in force)' : p.role === 'hearing' ? ' (in the account of the consultation)' : ''
  // Still a warning when the change does something: the reader must know no reason is given for it.
  const substantive = c.effects.some((e) => SUBSTANTIVE.has(e.type))
  return {
    code: 'discussed-not-explained',
    severity: substantive ? 'warning' : 'info',
    message: `Høringsnotatet omtaler bestemmelsen i ${where(p)}${context}, men gir ingen begrunnelse for endringen i ${citationOf(c)} (${KIND_WORD[c.kind]}${changedWords(c)}).`,
    messageEn: `The consultation note discusses the provision in ${where(p, 'en')}${contextEn} but gives no reasons for the change in ${citationOfEn(c)} (${KIND_WORD_EN[c.kind]}${changedWords(c, 'en')}).`,
    changeIds: [c.id],
    place: place(p)
  }
}

// Per change list: side → provision id or any of its ancestors → positions in the list of the changes
// at or below it. Lets a reference find its changes by walking its own id upwards instead of scanning
// every change.
type TouchIndex = Record<'current' | 'proposed', {below: Map<string, number[]>; at: Map<string, number[]>}>

/** The changes with their index, built once per analysis (analyseNote) and handed to whoever asks. */
interface Touchable {
  changes: Change[]
  index: TouchIndex
}

function indexChanges(changes: Change[]): TouchIndex {
  const index: TouchIndex = {current: {below: new Map(), at: new Map()}, proposed: {below: new Map(), at: new Map()}}
  const add = (map: Map<string, number[]>, key: string, k: number): void => {
    const list = map.get(key)
    if (!list) map.set(key, [k])
    else if (list[list.length - 1] !== k) list.push(k)
  }
  changes.forEach((change, k) => {
    for (const side of ['current', 'proposed'] as const) {
      const id = change[side]?.id
      if (!id) continue
      add(index[side].at, id, k)
      for (let cut = id.length; cut > 0; cut = id.lastIndexOf('/', cut - 1)) add(index[side].below, id.slice(0, cut), k)
    }
  })
  return index
}

/** Changes whose current or proposed provision is one of `ids`, inside one, or contains one; in change order. */
function changesTouching({changes, index}: Touchable, ids: {current: string[]; proposed: string[]}): Change[] {
  const found = new Set<number>()
  for (const side of ['current', 'proposed'] as const) {
    for (const target of ids[side]) {
      for (const k of index[side].below.get(target) ?? []) found.add(k)
      for (let cut = target.lastIndexOf('/'); cut > 0; cut = target.lastIndexOf('/', cut - 1)) {
        for (const k of index[side].at.get(target.slice(0, cut)) ?? []) found.add(k)
      }
    }
  }
  // In change order: the positions sorted, not every change tested.
  return [...found].sort((a, b) => a - b).map((k) => changes[k]!)
}

function referenceMismatches({passages, byId, trees}: AnalysisInput, touch: Touchable): Finding[] {
  const out: Finding[] = []
  // An act is «loven», a regulation «forskriften»: the sentence names the text as it is.
  const act = /^lov\b/i.test((trees.current.title ?? '').trim())
  const [text, textEn] = act ? ['gjeldende lov', 'the act in force'] : ['gjeldende forskrift', 'the current regulation']
  for (const p of passages) {
    if (p.document !== 'note' || p.role === 'proposal-text') continue
    for (const {ref, resolution, mismatch} of p.refs) {
      if (mismatch) {
        const cited = byId.get(`${mismatch.side}:${mismatch.citedId}`)
        const actual = byId.get(`${mismatch.side}:${mismatch.actualId}`)
        const ids = {current: [] as string[], proposed: [] as string[]}
        ids[mismatch.side] = [mismatch.citedId, mismatch.actualId]
        const version = mismatch.both ? `både i ${text} og i forslaget` : mismatch.side === 'proposed' ? 'i forslaget' : `i ${text}`
        const versionEn = mismatch.both ? `both in ${textEn} and in the proposal` : mismatch.side === 'proposed' ? 'in the proposal' : `in ${textEn}`
        out.push({
          code: 'reference-mismatch',
          severity: 'warning',
          message:
            `Høringsnotatet (${where(p)}) viser til «${ref.text}», som ${version} er ${mismatch.citedCitation}` +
            `${cited ? ` (${quote(cited.provision.text, 70)})` : ''}. Teksten notatet beskriver, står i ${mismatch.actualCitation}` +
            `${actual ? ` (${quote(actual.provision.text, 70)})` : ''}.`,
          messageEn:
            `The consultation note (${where(p, 'en')}) refers to «${ref.text}», which ${versionEn} is ${mismatch.citedCitation}` +
            `${cited ? ` (${quote(cited.provision.text, 70)})` : ''}. The text the note describes is in ${mismatch.actualCitation}` +
            `${actual ? ` (${quote(actual.provision.text, 70)})` : ''}.`,
          changeIds: changesTouching(touch, ids).map((c) => c.id),
          place: place(p)
        })
      } else if (resolution.current.length === 0 && resolution.proposed.length === 0) {
        const sentence = sentenceAround(p.paragraph.text, ref.start, ref.end)
        // "Det foreslås en ny § 3-7": the note announces a provision the proposal does not have.
        if (p.role === 'assessment' || p.role === 'summary') {
          if (ref.ledd?.isNew || /(?<![\p{L}])nye?(?![\p{L}])[^.]{0,20}$/iu.test(p.paragraph.text.slice(Math.max(0, ref.start - 25), ref.start)) || CHANGE_VERB.test(sentence)) {
            out.push({
              code: 'missing-change',
              severity: 'warning',
              message: `Høringsnotatet (${where(p)}) omtaler ${ref.text}: ${quote(sentence, 160)} Verken ${text} eller forslaget har en slik bestemmelse.`,
              messageEn: `The consultation note (${where(p, 'en')}) mentions ${ref.text}: ${quote(sentence, 160)} Neither ${textEn} nor the proposal has such a provision.`,
              changeIds: [],
              place: place(p)
            })
            continue
          }
        }
        out.push({
          code: 'reference-mismatch',
          severity: 'warning',
          message: `Høringsnotatet (${where(p)}) viser til «${ref.text}», men verken ${text} eller forslaget har en slik bestemmelse.`,
          messageEn: `The consultation note (${where(p, 'en')}) refers to «${ref.text}», but neither ${textEn} nor the proposal has such a provision.`,
          changeIds: [],
          place: place(p)
        })
      }
    }
  }
  return out
}

function missingChanges({passages, diff}: AnalysisInput, touch: Touchable): Finding[] {
  const out: Finding[] = []
  const seen = new Set<string>()
  let statusOf: Map<string, SectionStatus> | null = null
  for (const p of passages) {
    if (p.document !== 'note' || (p.role !== 'assessment' && p.role !== 'summary')) continue
    const text = p.paragraph.text
    for (const {ref, resolution} of p.refs) {
      if (ref.sections.length !== 1) continue
      const label = ref.sections[0]!
      const sentence = sentenceAround(text, ref.start, ref.end)
      const repeal = REPEAL.test(text.slice(ref.end, ref.end + 30))
      if (repeal) {
        statusOf ??= firstByCitation(diff.sections)
        const status = statusOf.get(`§${label}`)
        const done =
          (status && (status.status === 'repealed' || status.status === 'removed')) ||
          changesTouching(touch, resolution).some((c) => c.kind === 'repealed' || c.kind === 'removed')
        if (!done && !seen.has(`repeal:${label}`)) {
          seen.add(`repeal:${label}`)
          out.push({
            code: 'missing-change',
            severity: 'warning',
            message: `Høringsnotatet (${where(p)}) sier at § ${label} skal oppheves, men forslaget opphever den ikke.`,
            messageEn: `The consultation note (${where(p, 'en')}) says that § ${label} is to be repealed, but the proposal does not repeal it.`,
            changeIds: [],
            place: place(p)
          })
        }
        continue
      }
      if (!CHANGE_VERB.test(sentence) && !ref.ledd?.isNew) continue
      if (resolution.current.length === 0 && resolution.proposed.length === 0) continue
      if (changesTouching(touch, resolution).length > 0) continue
      const key = `change:${ref.text}`
      if (seen.has(key)) continue
      seen.add(key)
      out.push({
        code: 'missing-change',
        severity: 'warning',
        message: `Høringsnotatet (${where(p)}) omtaler en endring i ${ref.text}: ${quote(sentence, 160)} Forslaget endrer ikke ${ref.text}.`,
        messageEn: `The consultation note (${where(p, 'en')}) mentions a change in ${ref.text}: ${quote(sentence, 160)} The proposal does not change ${ref.text}.`,
        changeIds: [],
        place: place(p)
      })
    }
  }
  return out
}

/** Section statuses by citation without spaces, lower case (`§3-2`); the first of each, as `find` gives it. */
function firstByCitation(sections: SectionStatus[]): Map<string, SectionStatus> {
  const map = new Map<string, SectionStatus>()
  for (const s of sections) {
    const key = s.citation.replace(/\s+/g, '').toLowerCase()
    if (!map.has(key)) map.set(key, s)
  }
  return map
}

function claimsVsEffects({changes, passages, lex}: AnalysisInput): Finding[] {
  const out: Finding[] = []
  const done = new Set<string>()
  const sectionByAnchor = new Map(passages.map((p) => [p.paragraph.anchor, p.section]))
  const sectionTermsCache = new Map<NoteSection, Set<string>>()
  const termsOfSection = (section: NoteSection): Set<string> => {
    let set = sectionTermsCache.get(section)
    if (!set) {
      set = new Set(lex.terms([section.heading, ...section.paragraphs.map((q) => q.text)].join(' ')))
      sectionTermsCache.set(section, set)
    }
    return set
  }
  // Changes by the note paragraphs they are linked to: a claim looks up its changes instead of
  // scanning every change for a reason in its paragraphs.
  const byAnchor = new Map<string, number[]>()
  changes.forEach((c, k) => {
    for (const r of c.reasons) {
      if (r.document !== 'note') continue
      const list = byAnchor.get(r.anchor)
      if (!list) byAnchor.set(r.anchor, [k])
      else if (list[list.length - 1] !== k) list.push(k)
    }
  })
  // Strong claims first, so that a change gets the strongest claim made about it.
  for (const strength of ['strong', 'weak'] as const) {
    for (const p of passages) {
      if (p.document !== 'note' || p.role !== 'assessment') continue
      const claim = claimIn(p.paragraph.text, strength === 'strong' ? STRONG_CLAIM : WEAK_CLAIM)
      if (claim === null) continue
      // "Endringene er ikke ment å innebære en realitetsendring" stands in a paragraph of its own and
      // speaks for its whole subsection; "videreføres" speaks for the paragraph it is in.
      // "Endringen er ikke ment …" (singular) closes the paragraph before it; "Endringene …" the subsection.
      const index = p.section.paragraphs.indexOf(p.paragraph)
      const singular = /^Endringen\b/.test(claim.trim()) && index > 0
      const anchors =
        strength === 'weak'
          ? new Set([p.paragraph.anchor])
          : singular
            ? new Set([p.paragraph.anchor, p.section.paragraphs[index - 1]!.anchor])
            : new Set(p.section.paragraphs.map((q) => q.anchor))
      const sectionTerms = termsOfSection(p.section)
      // The changes with a note reason in one of these paragraphs, in change order.
      const linked = [...new Set([...anchors].flatMap((anchor) => byAnchor.get(anchor) ?? []))].sort((a, b) => a - b)
      for (const k of linked) {
        const c = changes[k]!
        if (done.has(c.id)) continue
        // Only the effects this subsection talks about (see effectConcerns).
        const others = [...new Set(c.reasons.flatMap((r) => (r.document === 'note' ? [sectionByAnchor.get(r.anchor)] : [])))]
          .filter((s): s is NoteSection => s !== undefined && s !== p.section)
          .map(termsOfSection)
        const effects = c.effects.filter((e) => SUBSTANTIVE.has(e.type) && effectConcerns(e, sectionTerms, others, lex))
        if (effects.length === 0) continue
        done.add(c.id)
        out.push({
          code: 'claim-vs-effect',
          severity: strength === 'strong' ? 'warning' : 'info',
          message:
            `Høringsnotatet (${where(p)}) sier: ${quote(claim, 200)} Endringen i ${citationOf(c)} har likevel en materiell virkning: ` +
            effects.map((e) => e.detail).join('; ') + '.',
          messageEn:
            `The consultation note (${where(p, 'en')}) says: ${quote(claim, 200)} Yet the change in ${citationOfEn(c)} has a substantive effect: ` +
            effects.map((e) => e.detailEn).join('; ') + '.',
          changeIds: [c.id],
          place: place(p)
        })
      }
    }
  }
  return out
}

/**
 * The first sentence of a paragraph that makes the claim `re` looks for about this proposal: a sentence
 * about an earlier amendment (HISTORY) is passed over for a later one. The global copy of `re` is made per
 * call, so no regex state outlives it.
 */
function claimIn(text: string, re: RegExp): string | null {
  for (const m of text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))) {
    const claim = sentenceAround(text, m.index, m.index + m[0].length)
    if (!HISTORY.test(claim)) return claim
  }
  return null
}

/**
 * Does the claim's subsection speak about this effect? Not when another subsection the change is linked
 * to shares clearly more of the effect's evidence: § 3-1 første ledd both widens the personkrets (what
 * "Personkrets – § 3-1" calls no change in substance) and drops "har fylt 16 år" (argued in 4.2).
 */
function effectConcerns(effect: Effect, here: Set<string>, elsewhere: Array<Set<string>>, lex: Terms): boolean {
  const evidence = [...new Set(lex.terms([effect.evidence.before ?? '', effect.evidence.after ?? ''].join(' ')))]
  if (evidence.length < 2) return true
  const shared = (set: Set<string>): number => evidence.filter((t) => set.has(t)).length
  const own = shared(here)
  return !elsewhere.some((set) => shared(set) > own)
}

// Calibrated on the IPS ung summary: a bullet names few words, so a direct match needs three of them
// and must come near the bullet's best match.
const SUMMARY_DIRECT = 0.3
const SUMMARY_NEAR_BEST = 0.8
const SUMMARY_SECTION = 0.3

function sectionTitle(q: ChangeQuery, byId: ProvisionLookup): string {
  for (const side of ['proposed', 'current'] as const) {
    const id = q.change[side]?.id
    if (!id) continue
    const parts = id.split('/')
    for (let n = parts.length; n > 0; n--) {
      const entry = byId.get(`${side}:${parts.slice(0, n).join('/')}`)
      if (entry?.provision.kind === 'section') return entry.provision.title ?? ''
    }
  }
  return ''
}

function summaryCoverage({changes, passages, queries, byId, lex}: AnalysisInput): Finding[] {
  const bullets = passages.filter((p) => p.document === 'note' && p.role === 'summary' && p.paragraph.type === 'list-item')
  if (bullets.length === 0) return []
  // Each change as a document: its changed words and the wording and title of its provision.
  const changeIndex = buildIndex(queries.map((q) => [q.whole, q.change.proposed?.text ?? q.change.current?.text ?? '', sectionTitle(q, byId)].join(' ')), lex)
  // Each assessment section as a document, to route a bullet to the changes linked there.
  const sections = [...new Map(passages.filter((p) => p.document === 'note' && p.role === 'assessment').map((p) => [p.section.anchor, p.section])).values()]
  const sectionIndex = buildIndex(sections.map((s) => [s.heading, ...s.paragraphs.map((q) => q.text)].join(' ')), lex)
  return bullets.map((bullet) => {
    const text = bullet.paragraph.text
    const direct = scoreAll(changeIndex, text)
    const chosen = new Set<string>()
    // The bullet's best matches only: a bullet is short, and common words ("år", "IPS") reach many changes.
    const top = Math.max(0, ...direct.map((s) => s.score))
    direct.forEach((s, i) => {
      if (s.score >= SUMMARY_DIRECT && s.matched.length >= 3 && s.score >= SUMMARY_NEAR_BEST * top) chosen.add(changes[i]!.id)
    })
    const routed = scoreAll(sectionIndex, text)
    let best = -1
    routed.forEach((s, i) => {
      if (s.score >= SUMMARY_SECTION && s.matched.length >= 2 && (best < 0 || s.score > routed[best]!.score)) best = i
    })
    if (best >= 0) {
      const anchors = new Set(sections[best]!.paragraphs.map((q) => q.anchor))
      for (const c of changes) if (c.reasons.some((r) => anchors.has(r.anchor))) chosen.add(c.id)
    }
    const matched = changes.filter((c) => chosen.has(c.id))
    const finding: Finding =
      matched.length > 0
        ? {
            code: 'summary-coverage',
            severity: 'info',
            message: `Punktet i sammendraget ${quote(text, 120)} svarer til ${matched.length === 1 ? 'endringen' : 'endringene'} i ${matched.map(citationOf).join(', ')}.`,
            messageEn: `The summary point ${quote(text, 120)} corresponds to the ${matched.length === 1 ? 'change' : 'changes'} in ${matched.map(citationOfEn).join(', ')}.`,
            changeIds: matched.map((c) => c.id),
            place: place(bullet)
          }
        : {
            code: 'summary-coverage',
            severity: 'warning',
            message: `Punktet i sammendraget ${quote(text, 120)} svarer ikke til noen endring i forslaget.`,
            messageEn: `The summary point ${quote(text, 120)} does not correspond to any change in the proposal.`,
            changeIds: [],
            place: place(bullet)
          }
    return finding
  })
}

