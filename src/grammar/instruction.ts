/**
 * One amendment instruction sentence («§ 5-3 annet ledd første punktum ny bokstav d skal lyde:», «§ 11 fjerde
 * ledd oppheves. Nåværende femte og sjette ledd blir fjerde og femte ledd.», «Noverande sjette ledd vert
 * femte ledd», «I § 1 første ledd endres «tjenestemenn» til «tjenestepersoner».») read into operations in
 * Lovdata's address notation. Bokmål and nynorsk. A sentence may chain several clauses; relative addresses
 * («Nåværende tredje ledd») are read against the section of the clause or instruction before.
 */
import {eat, readAddressList, readDocumentCitation, resolveRelative, toLovdataPath, type Address, type Cursor, type DocumentCitation} from './address.js'
import type {AmendedDocument, Operation} from './operations.js'

/** What a sentence is, besides an instruction. */
export type SentenceKind = 'instruction' | 'intro' | 'in-force' | 'unread' | 'other'

/** The words a list-form rename changes; `heading`: in the headings of the listed sections. */
export interface FollowingTargets {
  pairs: Array<{from: string; with: string}>
  heading?: boolean
  /** «Følgende lover oppheves:»: the paragraphs after name whole acts or regulations to repeal. */
  documents?: boolean
}

export interface SentenceProblem {
  /** Offset in the sentence. */
  offset: number
  ruleId: string
  /** Norwegian, for the user. */
  message: string
}

export interface SentenceReading {
  kind: SentenceKind
  operations: Operation[]
  /** The document the sentence names, in the intro or one-sentence form («I lov … skal § 10 … lyde:»). */
  document: AmendedDocument | null
  /** The address later relative addresses are read against. */
  context: Address | null
  /** The new wording follows («skal lyde:»). */
  expectsWording: boolean
  /** «I følgende bestemmelser skal «X» endres til «Y»:» with the provisions in the paragraphs after. */
  targetsFollow: FollowingTargets | null
  problems: SentenceProblem[]
}

// «gjøres følgende endringer», «blir det gjort følgjande endringar», «skal desse endringane gjerast».
// «gjøres følgende endringer», «skal det gjerast følgande endringar», «blir følgjande endringar gjorde».
const WHICH = '(?:følgende|følgjande|følgande|disse|desse|slik|denne)\\s+endring(?:er|ar|ane|ene)?'
const CHANGES = `(?:(?:gjøres|gjerast|gjeres|(?:blir|vert|skal)\\s+det\\s+(?:gjort|gjøres|gjerast))\\s+${WHICH}|skal\\s+${WHICH}\\s+(?:gjøres|gjerast|gjeres)|(?:blir|vert)\\s+${WHICH}\\s+(?:gjort|gjorde|gjorte)|skal\\s+(?:følgende|følgjande|følgande)\\s+(?:bestemmelser|føresegner|paragrafer|paragrafar)\\s+(?:lyde|lyda))`
const INTRO_JOINED = new RegExp(`^\\s*,?\\s*${CHANGES}\\s*:\\s*(\\S.*)$`, 'iu')
const INTRO_TAIL = new RegExp(`\\s*,?\\s*${CHANGES}\\s*:?\\s*$`, 'iu')
const IN_FORCE = /(?:gjelder\s+fra|gjeld\s+frå|trer\s+i\s+kraft|trår\s+i\s+kraft|tek\s+til\s+å\s+gjelde|tar\s+til\s+å\s+gjelde|begynner\s+å\s+gjelde|har\s+virkning\s+fra|skal\s+gjelde\s+fra)/iu
const IN_FORCE_SUBJECT = /^(?:\d+\.\s+)?(?:Kongen\s+kan\s+(?:bestemme|fastsette|fastsetje|fastsetja)\s+at\s+|Denne\s+)?(?:loven|lova|forskriften|forskrifta|endringene|endringane|endringsloven|endringslova|endringsforskriften|endringsforskrifta|endringen|endringa|lovendringene|bestemmelsene?|del\s+[IVX]+|[IVX]+|kapittel\s+\S+|§)\b/iu
const REPEAL = /\s*(?:\((?:opphevet|oppheva)\)\s*)?(?:\s+samt\s+(?:overskriften|overskrifta)\s+.+?(?=\s+(?:oppheves|blir|vert)))?(?:,?\s*(?:skal\s+)?(?:oppheves|utgå|utgår|strykes|fjernes|oppheve)|\s+(?:blir|vert|skal\s+bli)\s+(?:oppheva|oppheve|opphevet|fjerna|fjernet)|\s+fell\s+bort|\s+faller\s+bort)\s*(?:[.;]\s*)?$/iuy
// «(endret)», «(nytt)» (Lovdata's history notes), or a parenthesised title «§ 1-1 (Etablering av NORM) skal lyde».
const LYDE = /\s*(?:\((?:(endret|endra)|(nytt|ny|nye)|(?!\d)[^)]{3,})\)\s*)?(?:\s+skal\s+stå\s+(?:mellom|etter|foran|før|under)\s+.+?\s+og)?(?:,?\s*(?:skal\s+(?:etter\s+endringen\s+)?(?:lyde|lyda|ha\s+følgende\s+ordlyd)|lyder|lyd|skal\s+være\s+slik|skal\s+vere\s+slik|blir\s+slik)\s*[:.]?\s*$|\s*:\s*$)/iuy
const HEADING_LYDE = /\s+skal\s+ha\s+(?:følgende|følgjande|slik|ny)\s+overskrift\s*[:.]?\s*$/iuy
const MOVE = /\s+(?:(?:forskyves\s+og\s+)?(?:blir|vert|skal\s+bli|skal\s+verte)(?:\s+heretter|\s+henholdsvis)?\s+(?:til\s+)?|flyttes\s+til\s+)/iuy
const AND_LYDE = /\s*,?\s*(?:og|der|hvor|som)\s+(?:(overskriften|overskrifta)\s+)?skal\s+(?:lyde|lyda)\s*:?\s*$/iuy
// «… blir § 4-17 og overskriften, første og annet ledd skal lyde:», «… blir ny § 2-2 der første ledd skal lyde:»
const AND_PART = /\s*,?\s*(?:og|der|hvor|som)\s+/iuy
const PART_LYDE = /\s+skal\s+(?:lyde|lyda)\s*:?\s*$/iuy
const MOVE_END = /\s*\.?\s*$/uy
const QUOTE = '«([^»]*)»'
const WORD_KIND = '(?:(?:henvisningen\\s+til|tilvisinga\\s+til|ordet|ordene|orda|formuleringen|formuleringene|formuleringa|uttrykket|uttrykkene|uttrykka|begrepet|henvisningen|tilvisinga|teksten|betegnelsen|nemninga)\\s+)?'
const RENAME_VERB = '(?:endres\\s+til|endrast\\s+til|vert\\s+endra\\s+til|blir\\s+endra\\s+til|erstattes\\s+med|erstattast\\s+med|vert\\s+erstatta\\s+med|blir\\s+erstatta\\s+med|byttes\\s+ut\\s+med|skal\\s+lyde|lyde|skal\\s+endres\\s+til|skal\\s+erstattes\\s+med)'
const RENAME = new RegExp(`\\s*,?\\s*(?:skal\\s+)?${WORD_KIND}${QUOTE}\\s+(?:skal\\s+)?${RENAME_VERB}\\s+${QUOTE}`, 'iuy')
const RENAME_INVERTED = new RegExp(`\\s*,?\\s*(?:endres|endrast|erstattes|erstattast)\\s+${WORD_KIND}${QUOTE}\\s+(?:til|med)\\s+${QUOTE}`, 'iuy')
const DELETE_WORDS = new RegExp(`\\s*,?\\s*(?:skal\\s+)?${WORD_KIND}${QUOTE}\\s+(?:skal\\s+)?(?:utgå|utgår|oppheves|strykes|fjernes|takast\\s+ut|tas\\s+ut|gå\\s+ut)`, 'iuy')
const MORE_RENAME = new RegExp(`\\s*(?:,\\s*og|,|;|\\s+og|\\s+samt)\\s+(?:skal\\s+)?${WORD_KIND}${QUOTE}\\s+(?:skal\\s+)?${RENAME_VERB}\\s+${QUOTE}`, 'iuy')
const RENAME_END = /\s*(?:,?\s*(?:i\s+alle\s+(?:bøyningsformer|former)|også\s+i\s+\S+\s+form)\s*)?[.;]?\s*$/iuy
const REFERENCE_RENAME = /\s+(?:skal\s+)?(?:erstattes|endres)\s+(?:henvisningen|tilvisinga)\s+til\s+(.+?)\s+(?:med|til)\s+(.+?)\s*\.?\s*$/iuy

/** An instruction may chain clauses: «§ 11 fjerde ledd oppheves. Nåværende femte ledd blir fjerde ledd.» */
export function splitClauses(sentence: string): Array<{text: string; offset: number}> {
  const out: Array<{text: string; offset: number}> = []
  let start = 0
  let depth = 0
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i]
    if (ch === '«') depth++
    else if (ch === '»') depth = Math.max(0, depth - 1)
    else if (ch === '.' && depth === 0 && isClauseEnd(sentence, i)) {
      pushClause(out, sentence, start, i + 1)
      start = i + 1
    }
  }
  pushClause(out, sentence, start, sentence.length)
  return out
}

function isClauseEnd(s: string, i: number): boolean {
  // «§ 3-10 oppheves.Nåværende § 3-11 …»: Lovdata's history sometimes drops the space before the next clause.
  const after = /^(?:\s+([A-ZÆØÅ§])|(?=(?:Nåværende|Noverande|Nåverande)\s))/u.exec(s.slice(i + 1))
  if (!after) return false
  const before = s.slice(Math.max(0, i - 16), i)
  // «nr. 2», «jf. § 3», «bl.a. Nav» and a date «17. Mai» are not clause ends, nor «§ 4. Bruk av kjørebane» (a title).
  if (/§\s*\d+(?:-\d+)*(?:\s?[a-zA-Z])?$/u.test(before) && !INSTRUCTION_START.test(s.slice(i + 1).trimStart())) return false
  return !/(?:\bnr|\bjf|\bbl\.a|\bm\.m|\bmv|\bpkt|\bkap|\bf\.eks|\bdvs|\bca|\bst|\bprop|\bInnst)$/iu.test(before)
}

function pushClause(out: Array<{text: string; offset: number}>, s: string, from: number, to: number): void {
  const raw = s.slice(from, to)
  const lead = raw.length - raw.trimStart().length
  const text = raw.trim()
  if (text) out.push({text, offset: from + lead})
}

export interface ClauseContext {
  /** The address relative addresses are read against (the previous clause's or instruction's). */
  previous: Address | null
}

/** Read one instruction paragraph's first sentence (up to the new wording). */
export function readInstructionSentence(sentence: string, context: ClauseContext): SentenceReading {
  const reading: SentenceReading = {
    kind: 'other', operations: [], document: null, context: context.previous, expectsWording: false, targetsFollow: null, problems: []
  }
  const numbered = /^(?:\d{1,3}\.|\(\d{1,3}\)|[a-zæøå]\)|[-–•])\s+(?=[\p{Lu}§«])/u.exec(sentence)
  const base = numbered ? numbered[0].length : 0
  const body = sentence.slice(base)
  let inForce = false
  for (const clause of splitClauses(body)) {
    if (isInForce(clause.text) && !readWholeRepeal(clause.text, reading)) {
      inForce = true
      continue
    }
    if (isInForce(clause.text)) {
      reading.kind = 'instruction'
      continue
    }
    const result = readClause(clause.text, reading)
    if (result === 'unread' && (!CUE.test(clause.text) || !INSTRUCTION_START.test(clause.text))) continue
    if (result === 'unread') {
      reading.problems.push(unreadProblem(clause.text, base + clause.offset))
      reading.kind = reading.operations.length > 0 ? 'instruction' : 'unread'
    } else if (result === 'intro' && reading.kind !== 'instruction') reading.kind = 'intro'
    else if (result === 'instruction') reading.kind = 'instruction'
  }
  if (inForce && reading.kind === 'other') reading.kind = 'in-force'
  return reading
}

// Words that make a sentence an instruction; a sentence without any (a chapter heading in italics) is other text.
const CUE = /\b(?:lyde|lyda|lyder|oppheves|oppheva|oppheve|opphevet|blir|vert|endres|endrast|erstattes|erstattast|fjernes|utgår|utgå|strykes|fell\s+bort|føyes|inntas|tilføyes|skal)\b/iu

// «Kongen kan oppheve de enkelte bestemmelsene til forskjellig tid.»: timing, not an instruction.
const TIMING = /^Kongen\s+kan\s+(?:oppheve|sette\s+i\s+kraft|setje\s+i\s+kraft)\b.*\btil\s+(?:ulik|forskjellig)\s+tid/iu
// How instruction sentences begin; a sentence beginning otherwise (a transitional rule) is other text.
const INSTRUCTION_START = /^(?:§|«|(?:Det\s+(?:innføres|tilføyes|inntas)|Under|Ny|Nytt|Nye|Nåværende|Nåverande|Noverande|Gjeldende|Gjeldande|Någjeldende|Eksisterende|Tidligere|Kapittel|Kapitlene|Kapitteloverskrift\S*|Overskrift\S*|Paragrafoverskrift\S*|Avsnittoverskrift\S*|I|Etter|Lov|Lovens|Lova|Lovas|Forskrift|Forskriften|Forskrifta|Forskriftens|Følgende|Følgjande|Punktumet|Kommaet|Del|Delene|Endringen|Endringa|Endret|Endra|Setningen|Fra|Frå|Ordet|Ordene|Uttrykket|Henvisningen|Definisjonen|Merknaden|Merknadene|Merknad|Vedlegg|Vedlegget|Tabellen|Artikkel|Bestemmelsene|Innledningen)\b|(?:Første|Fyrste|Andre|Annet|Tredje|Fjerde|Femte|Sjette|Sjuende|Syvende|Åttende|Niende|Tiende|Siste)\s+(?:og|til|ledd|punktum)|[A-ZÆØÅ][a-zæøå-]*(?:loven|lova|forskriften|forskrifta)\s+§)/u

function isInForce(text: string): boolean {
  if (TIMING.test(text)) return true
  return IN_FORCE.test(text) && IN_FORCE_SUBJECT.test(text) && !/skal\s+(?:\S+\s+){0,6}lyde/iu.test(text)
}

function unreadProblem(text: string, offset: number): SentenceProblem {
  return {offset, ruleId: 'instruction-unread', message: `Endringsinstruksen kan ikke leses: «${text.length > 120 ? `${text.slice(0, 117)}…` : text}»`}
}

type ClauseResult = 'instruction' | 'intro' | 'unread'

// «I del II skal § 28 b andre ledd tredje punktum skal lyde:» (a doubled «skal» in Lovtidend).
const DOUBLE_SKAL = /^I\s+(?:del|avsnitt)\s+[IVXLC]+\s+skal\s+(?=\S.*\sskal\s+lyde)/u
// «Endringen av § 12-14 første ledd skal lyde:» (an amendment of an amendment), «Endret § 3 skal lyde:», and a
// short title before the address («Tollforskriften § 5 første ledd skal lyde:»): words before the address.
const NOISE_PREFIX = /^(?:(?:Endringen|Setningen)\s+«|Endringen\s+av|Endring\s+av|Endret|Endra|Endringa\s+av|[A-ZÆØÅ][a-zæøå-]*(?:loven|lova|forskriften|forskrifta))\s+(?=§|kapittel|Kapittel)/u
// «I avsnitt IV skal ny § 33 a lyde:» — the subdivision only places the new section.
const IN_SUBDIVISION = /^I\s+(?:avsnitt|del)\s+[IVXLC\d]+\s+skal\s+(.+?)\s+(?:lyde|lyda)\s*:?\s*$/u
// «§ 1-8 (Plikt til å utlevere data) første og andre ledd skal lyde:» — the section's title in brackets.
const SECTION_PAREN_TITLE = /^((?:Ny\s+)?§\s*\d+(?:-\d+)*(?:\s?[a-z](?![\p{L}]))?)\s*\((?!\d)(?!(?:endret|endra|ny|nytt|nye|opphevet)\))[^)]{3,}\)(?=\s+\S)/u
// «Ny § 5 med overskrift skal lyde:», «§ 3 første ledd i forskriften skal lyde:».
const NOISE_INFIX = /\s+med\s+(?:ny\s+)?overskrift(?=\s+skal\s)|\s+i\s+(?:forskriften|loven|forskrifta|lova)(?=\s+skal\s)/iu

// «§ 5-3 annet ledd (endret) annet punktum skal lyde:»: Lovdata's note inside the address, before more of it.
const INNER_ANNOTATION = /\s*\((?:endret|endra)\)(?=\s+(?:første|fyrste|annet|andre|tredje|fjerde|femte|sjette|sju|syv|åtte|ni|ti|siste|ny|nytt|nye|bokstav|nr\.|nummer)\S*\s)/giu

/** Try each clause form in turn; the first that reads the whole clause wins. */
function readClause(raw: string, reading: SentenceReading): ClauseResult {
  const text = raw.replace(DOUBLE_SKAL, '').replace(NOISE_PREFIX, '').replace(NOISE_INFIX, '').replace(INNER_ANNOTATION, '')
    .replace(IN_SUBDIVISION, '$1 skal lyde:').replace(SECTION_PAREN_TITLE, '$1')
  const forms = [readTitle, readListedRepeal, readIntroduced, readIntroForm, readChangesInForm, readFollowingList, readFollowingHeadings, readWholeRepeal, readHeadingOf, readAfterForm, readPunctuation, readInForm, readPlainForm]
  for (const form of forms) {
    const result = form(text, reading)
    if (result) return result
  }
  const untitled = withoutSectionTitle(text)
  return (untitled !== null && readPlainForm(untitled, reading)) || 'unread'
}

// «§ 3Maksimalkvoter (endret) skal lyde:», «§ 4. Bruk av kjørebane nr. 1 skal lyde:»: Lovdata's history
// sometimes prints the section's title between the number and the rest of the instruction.
const SECTION_TITLE = /^((?:Ny\s+)?§\s*\d+(?:-\d+)*(?:\s?[a-z](?![\p{L}]))?)\.?\s*[A-ZÆØÅ][^()]*?(?=\s*\(|,?\s+skal\s+lyde|\s+(?:nr\.|bokstav|første|andre|annet|tredje|fjerde|femte|oppheves)\b|,\s)/u

function withoutSectionTitle(text: string): string | null {
  const m = SECTION_TITLE.exec(text)
  return m ? `${m[1]}${text.slice(m[0].length).replace(/^,/u, '')}` : null
}

// «I lov 29. april 2005 nr. 21 om … gjøres følgende endringer:», «I forskrift … skal § 10 nytt fjerde ledd lyde:»,
// «I lovens del I om endringer i lov … skal …», «Fra den tid loven begynner å gjelde, skal § 14-4 i lov … lyde:».
const INTRO_HEAD = /(?:(?:I\s+(?:lovens\s+|forskriftens\s+)?del\s+[IVX]+\s+om\s+endring(?:er|ar)?\s+i\s+)|I\s+|(?:Fra|Frå)\s+(?:samme|same)\s+tid(?:spunkt)?\s+)?/iuy

// «Departementet foreslår følgende endringer:» — a proposal's intro that names no act.
const PROPOSES = /^(?:Departementet|Vi)\s+(?:foreslår|foreslår\s+derfor|gjer\s+framlegg\s+om)\s+(?:følgende|følgjande|disse|desse)\s+endring(?:er|ar|ane|ene)?\s*[:.]?\s*$/iu

function readIntroForm(text: string, reading: SentenceReading): ClauseResult | null {
  if (PROPOSES.test(text)) return 'intro'
  const c: Cursor = {text, pos: 0}
  const head = eat(c, INTRO_HEAD)
  if (!head || head[0] === '') return readTrailingDocumentForm(text, reading)
  const doc = readDocumentCitation(c)
  if (!doc) return null
  reading.document = amendedDocument(doc)
  const rest = text.slice(c.pos)
  if (INTRO_TAIL.test(rest) || /^\s*[:.]?\s*$/u.test(rest)) return 'intro'
  if (/^\s*(?:blir|vert)\s+(?:oppheva|oppheve|opphevet)\s*\.?$/iu.test(rest)) return repealWholeDocument(reading)
  const joined = INTRO_JOINED.exec(rest)
  if (joined) {
    // «… gjøres følgende endringer i lov …: § 2-14 ny bokstav f skal lyde:» — intro and instruction on one line.
    return readClause(joined[1]!, reading) === 'unread' ? null : 'instruction'
  }
  const skal = /^\s*,?\s*(skal|oppheves|føyes)\s+/iu.exec(rest)
  // «I lov … § 1-1 skal første ledd lyde:» — the address before «skal».
  if (!skal) return /^\s+§/u.test(rest) ? readPlainForm(rest.trim(), reading) : null
  const tail = rest.slice(skal[0].length)
  if (/^oppheves$/i.test(skal[1]!)) return readPlainForm(`${tail.replace(/\.\s*$/u, '')} oppheves.`, reading)
  if (/^føyes$/i.test(skal[1]!)) return readAddedAfter(tail, reading)
  return readSkalForm(tail, reading)
}

const CHANGES_IN = new RegExp(`^(?:(?:Fra|Frå)\\s+[^,]+,\\s*)?${CHANGES}\\s+i\\s+`, 'iuy')

/** «Fra den tid Kongen bestemmer, gjøres følgende endringer i lov …: § 2-14 ny bokstav f skal lyde:» */
function readChangesInForm(text: string, reading: SentenceReading): ClauseResult | null {
  const c: Cursor = {text, pos: 0}
  if (!eat(c, CHANGES_IN)) return null
  const doc = readDocumentCitation(c)
  const colon = doc ? eat(c, /\s*:\s*/uy) : null
  if (!doc || !colon) return null
  reading.document = amendedDocument(doc) ?? reading.document
  const rest = text.slice(c.pos).trim()
  if (rest === '') return 'intro'
  return readClause(rest, reading) === 'unread' ? null : 'instruction'
}

/** «I følgende paragrafer oppheves punktumet i paragrafoverskriften:» with the sections in the next paragraph. */
function readFollowingHeadings(text: string, reading: SentenceReading): ClauseResult | null {
  const m = /^I\s+(?:følgende|følgjande)\s+(?:paragrafer|paragrafar|bestemmelser|føresegner)\s+(?:oppheves|fjernes|skal\s+oppheves)\s+(punktumet|kommaet)\s+(?:i|etter)\s+(?:paragrafoverskriften|paragrafoverskriftene|overskriften|overskriftene)\s*:\s*(.*)$/iu.exec(text)
  if (!m) return null
  const follow = {pairs: [{from: /^punktum/iu.test(m[1]!) ? '.' : ',', with: ''}], heading: true}
  const list = m[2]!.trim()
  if (list === '') {
    reading.targetsFollow = follow
    return 'instruction'
  }
  const addresses = readTargetList(list, reading)
  if (!addresses) return null
  for (const a of addresses) reading.operations.push({op: 'rename', target: toLovdataPath({...a, heading: true}), from: follow.pairs[0]!.from, with: ''})
  return 'instruction'
}

/** «Det innføres en ny § 5 som skal lyde:», «Etter kapittel 22 innsettes nytt kapittel 22A:» */
function readIntroduced(text: string, reading: SentenceReading): ClauseResult | null {
  const m = /^(?:Det\s+(?:innføres|tilføyes|inntas|settes\s+inn)\s+(?:en\s+|et\s+)?|Etter\s+(.+?)\s+(?:innsettes|tilføyes|føyes\s+til|settes\s+inn)\s+)((?:ny|nytt|nye)\s+.+?)(?:\s+som\s+skal\s+(?:lyde|lyda))?\s*:?\s*$/iu.exec(text)
  const targets = m ? addressesAt(m[2]!, reading) : null
  if (!m || !targets) return null
  const after = m[1] ? addressesAt(m[1], reading)?.[0] : undefined
  for (const a of targets) reading.operations.push({op: 'insert', target: toLovdataPath(a), ...(after ? {after: toLovdataPath(after)} : {})})
  reading.context = targets[0] ?? reading.context
  reading.expectsWording = true
  return 'instruction'
}

/** «Lovens tittel skal lyde:» */
function readTitle(text: string, reading: SentenceReading): ClauseResult | null {
  if (!/^(?:Lovens|Lovas|Forskriftens|Forskriftas)\s+(?:tittel|korttittel)\s+skal\s+(?:lyde|lyda)\s*:?\s*$/iu.test(text)) return null
  reading.operations.push({op: 'replace', target: /korttittel/iu.test(text) ? 'korttittel' : 'tittel'})
  reading.expectsWording = true
  return 'instruction'
}

/** «Følgende lover oppheves:», «Følgjande lov vert oppheva:» with the acts in the paragraphs after. */
function readListedRepeal(text: string, reading: SentenceReading): ClauseResult | null {
  if (!/^(?:Følgende|Følgjande)\s+(?:lov|lover|lovar|forskrift|forskrifter|forskrifter)\s+(?:oppheves|vert\s+oppheva|blir\s+oppheva|blir\s+opphevet)\s*:\s*$/iu.test(text)) return null
  reading.targetsFollow = {pairs: [], documents: true}
  return 'instruction'
}

/** «Fra den tid loven begynner å gjelde, skal § 14-4 i lov 27. juni 2008 nr. 71 om … lyde:» */
function readTrailingDocumentForm(text: string, reading: SentenceReading): ClauseResult | null {
  const m = /^(?:Fra|Frå)\s+[^,]+,\s*skal\s+(.+?)\s+i\s+((?:lov|forskrift)\s+\d.+?)\s+(lyde|oppheves)\s*[:.]?\s*$/iu.exec(text)
  if (!m) return null
  const doc = readDocumentCitation({text: m[2]!, pos: 0})
  if (doc) reading.document = amendedDocument(doc)
  return readPlainForm(`${m[1]} ${m[3] === 'lyde' ? 'skal lyde:' : 'oppheves.'}`, reading)
}

/** After «skal» in the one-sentence form: «§ 10 nytt fjerde ledd lyde:», «ny § 26 a lyde:», «§ 2 nr. 4 lyde:». */
function readSkalForm(tail: string, reading: SentenceReading): ClauseResult | null {
  const renamed = /^(.+?)\s+(?:ordet|ordene|uttrykket)?\s*«/iu.exec(tail)
  if (/\s+(?:lyde|lyda)\s*[:.]?\s*$/iu.test(tail)) return readPlainForm(tail.replace(/\s+(?:lyde|lyda)\s*([:.]?)\s*$/iu, ' skal lyde:'), reading)
  if (renamed) return readInForm(`I ${tail.replace(/^i\s+/u, '')}`, reading)
  return null
}

/** «… føyes ny § 11-21 til etter § 11-20.» */
function readAddedAfter(tail: string, reading: SentenceReading): ClauseResult | null {
  const m = /^(.+?)\s+til\s+etter\s+(.+?)\s*\.?\s*$/iu.exec(tail)
  if (!m) return null
  const target = addressesAt(m[1]!, reading)
  if (!target) return null
  for (const a of target) reading.operations.push({op: 'insert', target: toLovdataPath(a), after: m[2]!.replace(/\s/g, '')})
  reading.context = target[0] ?? reading.context
  return 'instruction'
}

function amendedDocument(doc: DocumentCitation): AmendedDocument | null {
  if (!doc.date || !doc.number || !doc.id) return null
  return {kind: doc.kind, date: doc.date, number: doc.number, id: doc.id, title: doc.title}
}

function repealWholeDocument(reading: SentenceReading): ClauseResult {
  reading.operations.push({op: 'repeal', target: ''})
  return 'instruction'
}

/** «Lov 11. januar 2013 nr. 3 om Statens innkrevingssentral oppheves.», «Frå same tid blir lov … oppheva.» */
function readWholeRepeal(text: string, reading: SentenceReading): ClauseResult | null {
  const m = /^(?:(?:Fra|Frå)\s+.+?\s+(?:blir|vert|oppheves)\s+)?((?:midlertidig\s+)?(?:lov|forskrift)\s+(?:av\s+)?\d{1,2}\.\s.+?)\s*(?:oppheves|(?:blir|vert)\s+(?:oppheva|oppheve|opphevet))?\s*\.?\s*$/iu.exec(text)
  if (!m || !/\b(?:oppheves|oppheva|oppheve|opphevet)\b/iu.test(text)) return null
  const doc = readDocumentCitation({text: m[1]!, pos: 0})
  if (!doc) return null
  reading.document = amendedDocument(doc) ?? reading.document
  return repealWholeDocument(reading)
}

/** «Overskriften til § 29 skal lyde:», «Overskrifta i kapittel 3 skal lyde:». */
function readHeadingOf(text: string, reading: SentenceReading): ClauseResult | null {
  const m = /^(?:I\s+)?(?:Overskriften|Overskrifta|Overskrift|Paragrafoverskriften|Kapitteloverskriften|Kapitteloverskrifta)\s+(?:til|i|for|på)\s+(.+?)(\s+skal\s+(?:lyde|lyda)\s*:?\s*|\s+(?:oppheves|blir\s+oppheva|vert\s+oppheva)\s*\.?\s*)$/iu.exec(text)
  if (!m) return null
  const addresses = addressesAt(m[1]!, reading)
  if (!addresses) return null
  const repeal = /oppheve|oppheva/iu.test(m[2]!)
  for (const a of addresses) reading.operations.push({op: repeal ? 'repeal' : 'replace', target: toLovdataPath({...a, heading: true})})
  reading.context = addresses[0] ?? reading.context
  reading.expectsWording = !repeal
  return 'instruction'
}

/** «Etter § 7-9 skal nytt avsnitt III lyde:», «Etter § 3 skal ny § 3 a lyde:». */
function readAfterForm(text: string, reading: SentenceReading): ClauseResult | null {
  const m = /^Etter\s+(.+?)\s+skal\s+(?:ny|nytt|nye)\s+(.+?)\s+(?:lyde|lyda)\s*:?\s*$/iu.exec(text)
  if (!m) return null
  const after = addressesAt(m[1]!, reading)
  if (!after?.[0]) return null
  const afterPath = toLovdataPath(after[0])
  const sub = /^avsnitt\s+([IVXLC]+|\d+)$/iu.exec(m[2]!.trim())
  const targets = sub ? [`avsnitt${sub[1]}`] : (addressesAt(`ny ${m[2]}`, reading) ?? []).map(toLovdataPath)
  if (targets.length === 0) return null
  for (const target of targets) reading.operations.push({op: 'insert', target, after: afterPath})
  reading.context = after[0]
  reading.expectsWording = true
  return 'instruction'
}

/** «Punktumet etter «kapittel 23» i § 1-1 andre ledd bokstav l fjernes.» */
function readPunctuation(text: string, reading: SentenceReading): ClauseResult | null {
  const m = /^(Punktumet|Kommaet|Komma|Tegnet|Semikolonet|Kolonet)\s+(?:etter|bak)\s+«([^»]*)»\s+i\s+(.+?)\s+(?:fjernes|oppheves|utgår|strykes|vert\s+fjerna|blir\s+fjerna)\s*\.?\s*$/iu.exec(text)
  if (!m) return null
  const addresses = addressesAt(m[3]!, reading)
  if (!addresses) return null
  const mark = /^punktum/i.test(m[1]!) ? '.' : /^komma/i.test(m[1]!) ? ',' : /^semikolon/i.test(m[1]!) ? ';' : /^kolon/i.test(m[1]!) ? ':' : ''
  if (!mark) return null
  for (const a of addresses) reading.operations.push({op: 'rename', target: toLovdataPath(a), from: `${m[2]}${mark}`, with: m[2]!})
  reading.context = addresses[0] ?? reading.context
  return 'instruction'
}

const FOLLOWING_HEAD = /I\s+(?:følgende|følgjande|disse|desse)\s+(?:bestemmelser|bestemmelsene|føresegner|paragrafer|paragrafar|lover|forskrifter)\s*/iuy
const FOLLOWING_COLON = /\s*(?:,?\s*(?:i\s+alle\s+bøyningsformer|i\s+alle\s+former))?\s*:\s*/iuy

/** «I følgende bestemmelser skal «X» endres til «Y»: § 11 første ledd, …» (the list may follow in the next paragraphs). */
function readFollowingList(text: string, reading: SentenceReading): ClauseResult | null {
  const c: Cursor = {text, pos: 0}
  if (!eat(c, FOLLOWING_HEAD)) return null
  const first = eat(c, RENAME) ?? eat(c, RENAME_INVERTED)
  if (!first) return null
  const pairs = [{from: first[1]!, with: first[2]!}]
  for (let more = eat(c, MORE_RENAME); more; more = eat(c, MORE_RENAME)) pairs.push({from: more[1]!, with: more[2]!})
  if (!eat(c, FOLLOWING_COLON)) return null
  const list = text.slice(c.pos).trim().replace(/\.\s*$/u, '')
  if (list === '') {
    reading.targetsFollow = {pairs}
    return 'instruction'
  }
  const addresses = readTargetList(list, reading)
  if (!addresses) return null
  for (const a of addresses) for (const p of pairs) reading.operations.push({op: 'rename', target: toLovdataPath(a), from: p.from, with: p.with})
  return 'instruction'
}

/** A list of provisions written out («§ 11 første ledd, § 12 andre ledd og §§ 13 og 14»): null unless all is read. */
export function readTargetList(text: string, reading: Pick<SentenceReading, 'context'>): Address[] | null {
  const c: Cursor = {text, pos: 0}
  const addresses = readAddressList(c)
  if (!addresses || !/^\s*[.;:]?\s*$/u.test(text.slice(c.pos))) return null
  return addresses.map((a) => resolveRelative(a, reading.context))
}

/** «I § 1 første ledd endres «X» til «Y».», «I § 3 skal ordet «X» erstattes med «Y».», «I § 20 skal tredje ledd lyde:». */
function readInForm(text: string, reading: SentenceReading): ClauseResult | null {
  const lead = /^(?:I|Under)\s+(?=§|kapittel|ny|nytt|nåværende|noverande|første|andre|annet|tredje|fjerde|femte)/iu.exec(text)
  if (!lead) return null
  const c: Cursor = {text, pos: lead[0].length}
  const addresses = readAddressList(c)
  if (!addresses) return null
  const resolved = addresses.map((a) => resolveRelative(a, reading.context))
  const rest = text.slice(c.pos)
  // «I § 4-1 nytt annet punktum skal lyde:»: the «I» adds nothing.
  if (/^\s*,?\s*skal\s+(?:lyde|lyda)\s*:?\s*$/iu.test(rest)) return readPlainForm(text.slice(lead[0].length), reading)
  const skal = /^\s*,?\s*skal\s+(?!(?:ordet|ordene|uttrykket|henvisningen)\b)(?!«)(.+)$/iu.exec(rest)
  if (skal) {
    reading.context = resolved[0] ?? reading.context
    return readPlainForm(skal[1]!.replace(/\s+(lyde|lyda)\s*([:.]?)\s*$/iu, ' skal lyde:').replace(/^(.+?)\s+oppheves/iu, '$1 oppheves'), reading)
  }
  return readRenames(rest, resolved, reading)
}

function readRenames(rest: string, addresses: Address[], reading: SentenceReading): ClauseResult | null {
  // Words cannot be changed in a provision that does not exist yet («I § 3-3 ny bokstav c skal «X» lyde «Y»»).
  if (addresses.some((a) => a.isNew)) return null
  const c: Cursor = {text: rest, pos: 0}
  const pairs: Array<{from: string; with: string}> = []
  const first = eat(c, RENAME) ?? eat(c, RENAME_INVERTED)
  const deleted = first ? null : eat(c, DELETE_WORDS)
  const reference = first || deleted ? null : eat(c, REFERENCE_RENAME)
  if (first) pairs.push({from: first[1]!, with: first[2]!})
  else if (deleted) pairs.push({from: deleted[1]!, with: ''})
  else if (reference) pairs.push({from: reference[1]!, with: reference[2]!})
  else return null
  for (let more = eat(c, MORE_RENAME); more; more = eat(c, MORE_RENAME)) pairs.push({from: more[1]!, with: more[2]!})
  if (!eat(c, RENAME_END) && !reference) return null
  for (const a of addresses) for (const p of pairs) reading.operations.push({op: 'rename', target: toLovdataPath(a), from: p.from, with: p.with})
  reading.context = addresses[0] ?? reading.context
  return 'instruction'
}

function addressesAt(text: string, reading: Pick<SentenceReading, 'context'>): Address[] | null {
  return readTargetList(text, reading)
}

/** The common form: an address expression, then what happens to it. */
function readPlainForm(text: string, reading: SentenceReading): ClauseResult | null {
  const c: Cursor = {text, pos: 0}
  const raw = readAddressList(c)
  if (!raw) return null
  const addresses = raw.map((a) => resolveRelative(a, reading.context))
  if (addresses.some((a) => a.relative)) {
    // «Nåværende femte ledd blir fjerde ledd» with no section before it: the target cannot be known.
    reading.problems.push({offset: 0, ruleId: 'instruction-no-context', message: `Instruksen nevner ikke paragrafen, og ingen instruks foran viser hvilken paragraf den gjelder: «${text}»`})
    return 'instruction'
  }
  const actions = [readLyde, readRepeal, readMove, readHeadingLyde, readRelativeLyde, readRenameAfterAddress]
  for (const action of actions) {
    const save = c.pos
    if (action(c, addresses, reading)) return 'instruction'
    c.pos = save
  }
  return null
}

type Action = (c: Cursor, addresses: Address[], reading: SentenceReading) => boolean

const readLyde: Action = (c, addresses, reading) => {
  const m = eat(c, LYDE)
  if (!m) return false
  for (const a of addresses) reading.operations.push(writeOperation(m[2] ? {...a, isNew: true} : a))
  reading.context = addresses[0] ?? reading.context
  reading.expectsWording = true
  return true
}

function writeOperation(a: Address): Operation {
  const op: Operation = {op: a.isNew ? 'insert' : 'replace', target: toLovdataPath(a)}
  if (a.intro) op.portion = 'innledning'
  return op
}

const readHeadingLyde: Action = (c, addresses, reading) => {
  if (!eat(c, HEADING_LYDE)) return false
  for (const a of addresses) reading.operations.push({op: 'replace', target: toLovdataPath({...a, heading: true})})
  reading.context = addresses[0] ?? reading.context
  reading.expectsWording = true
  return true
}

const readRepeal: Action = (c, addresses, reading) => {
  // «§ 3-2 nytt sjette ledd oppheves.»: what does not exist yet cannot be repealed — unread, not guessed.
  if (addresses.some((a) => a.isNew)) return false
  if (!eat(c, REPEAL)) return false
  for (const a of addresses) reading.operations.push({op: 'repeal', target: toLovdataPath(a)})
  reading.context = addresses[0] ?? reading.context
  return true
}

/** «§ 1-1 skal første ledd lyde:» — the section first, then a relative address. */
const readRelativeLyde: Action = (c, addresses, reading) => {
  const m = eat(c, /\s+skal\s+/iuy)
  const context = addresses[0]
  if (!m || !context || addresses.length !== 1) return false
  const inner = readAddressList(c)
  if (!inner || !eat(c, /\s+(?:lyde|lyda)\s*:?\s*$/iuy)) return false
  const resolved = inner.map((a) => resolveRelative(a, context))
  for (const a of resolved) reading.operations.push(writeOperation(a))
  reading.context = resolved[0] ?? reading.context
  reading.expectsWording = true
  return true
}

const readRenameAfterAddress: Action = (c, addresses, reading) => {
  const rest = c.text.slice(c.pos).replace(/^\s*:/u, '')
  const result = readRenames(rest, addresses, reading)
  if (result) c.pos = c.text.length
  return result !== null
}

function readPartsAfterMove(c: Cursor): Address[] | null {
  const save = c.pos
  const parts = eat(c, AND_PART) ? readHeadingOrList(c) : null
  if (parts && eat(c, PART_LYDE)) return parts
  c.pos = save
  return null
}

/** «overskriften, første og annet ledd»: a heading may lead a list of relative addresses. */
function readHeadingOrList(c: Cursor): Address[] | null {
  const heading = eat(c, /(?:overskriften|overskrifta)(?:\s*,\s*|\s+og\s+)?/iuy)
  const list = readAddressList(c)
  const head: Address[] = heading ? [{steps: [], relative: true, heading: true}] : []
  if (!list) return heading ? head : null
  return [...head, ...list]
}

/** «Nåværende § 6A-7 første ledd bokstav v og w blir w og ny x»: the unit word left out after «blir». */
function readBareItems(c: Cursor, from: Address[]): Address[] | null {
  const unit = from[0]?.steps.at(-1)?.unit
  if (unit !== 'bokstav' && unit !== 'nummer') return null
  const word = unit === 'bokstav' ? 'bokstav ' : 'nr. '
  const probe: Cursor = {text: word + c.text.slice(c.pos).replace(/\bny\s+(?=[a-zæøå\d])/giu, `ny ${word}`), pos: 0}
  const read = readAddressList(probe)
  if (!read) return null
  const consumed = probe.text.slice(probe.pos)
  c.pos = c.text.length - consumed.length
  return read
}

/** «Nåværende §§ 3-9 a og 3-9 b blir § 3-9 b og ny § 3-9 c», «Noverande sjette ledd vert femte ledd og skal lyde:». */
const readMove: Action = (c, from, reading) => {
  if (!eat(c, MOVE)) return false
  const rawTo = readAddressList(c) ?? readBareItems(c, from)
  if (!rawTo) return false
  const andLyde = eat(c, AND_LYDE)
  const parts = andLyde ? null : readPartsAfterMove(c)
  if (!andLyde && !parts && !eat(c, MOVE_END)) return false
  const to = rawTo.map((a, i) => resolveRelative(a, from[Math.min(i, from.length - 1)] ?? null))
  if (to.length !== from.length) {
    reading.problems.push({offset: 0, ruleId: 'instruction-move-count', message: `Flyttingen nevner ${from.length} nåværende og ${to.length} nye plasseringer: de kan ikke pares.`})
    return true
  }
  from.forEach((a, i) => reading.operations.push({op: 'move', target: toLovdataPath(a), to: toLovdataPath(to[i]!)}))
  if (andLyde) for (const a of to) reading.operations.push({op: 'replace', target: toLovdataPath(andLyde[1] ? {...a, heading: true} : a)})
  const context = to[0]
  if (parts && context) for (const a of parts) reading.operations.push(writeOperation(resolveRelative(a, context)))
  reading.expectsWording = andLyde !== null || parts !== null
  reading.context = to[0] ?? reading.context
  return true
}
