/**
 * Link every change to the passages of the consultation note that reason about it, and analyse the
 * note against the text (findings). Plain data in; out, the reasons by change id and this stage's own
 * findings (src/report/build.ts puts them on the report).
 */
import type {Change, DiffResult, LinkResult, NoteTree, Provision, ProvisionTree, Reason} from '../types.js'
import {buildIndex, clearScores, newScores, scoreInto, scoreText} from './bm25.js'
import type {Scores} from './bm25.js'
import {collectPassages, indexProvisions, isQualified as isQualifiedRef, sentenceAround, sentenceBounds} from './passages.js'
import type {Passage, ProvisionLookup, Role} from './passages.js'
import {analyseNote, bulkSiblings} from './findings.js'
import type {ChangeQuery} from './query.js'
import {createTerms} from './terms.js'
import {bridgeNynorsk} from './nynorsk.js'
import type {Terms} from './terms.js'
import {firstCitedSection} from '../grammar/references.js'
import {createStemmer} from '../grammar/stem.js'
import type {Stemmer} from '../grammar/stem.js'

export type {ChangeQuery} from './query.js'

/**
 * Thresholds on the normalised BM25 score (share of the changed words' idf mass a paragraph matches),
 * calibrated on IPS ung against test/fixtures/link/ips-ung-gold.json. An explicit reference to a
 * broader provision ("§ 3-2" for a change in its first ledd) needs some lexical support, a heading that
 * names the section more, and similarity alone the most: a wrong link is worse than none. Scaled all
 * together, links stay right (precision 1) from 0.75× upwards and complete (recall 1) up to 1.25×
 * (hand-built changes) or 1.5× (the real diff); 1× sits inside that window, and the tests check both
 * edges.
 */
export const THRESHOLDS: Thresholds = {partial: 0.25, heading: 0.4, similarity: 0.55, context: 0.4}

export interface Thresholds {
  /** Explicit reference to a provision that contains the change. */
  partial: number
  /** A heading above the passage names the changed section. */
  heading: number
  /** Words alone. */
  similarity: number
  /** Background documents (words alone). */
  context: number
}

export interface LinkOptions {
  /** Override the calibrated thresholds (used by the calibration tests). */
  thresholds?: Partial<Thresholds>
  /** The run's stemmer (made once in `runCase`); a caller without a run gets one of its own. */
  stemmer?: Stemmer
}

/** How much a passage's role weighs in its score; roles absent here never give reasons. */
const ROLE_WEIGHT: Partial<Record<Role, number>> = {assessment: 1, summary: 0.8, consequences: 0.8, background: 0.7, context: 0.7}

// A proposition's "Bakgrunnen for lovforslaget" is the ministry's own text and often says what it
// proposes ("foreslår å endre klimalovens § 3"), but most of it is history: there only a passage that
// names the changed provision gives a reason, never words alone.
const EXPLICIT_ONLY: ReadonlySet<Role> = new Set(['background'])

// At most this many reasons per change and document kind: the best few, not every echo of a word.
const MAX_NOTE_REASONS = 4
const MAX_BACKGROUND_REASONS = 2

export function linkChanges(
  diff: DiffResult,
  note: NoteTree | null,
  background: NoteTree[],
  trees: {current: ProvisionTree; proposed: ProvisionTree},
  options: LinkOptions = {}
): LinkResult {
  const thresholds = {...THRESHOLDS, ...options.thresholds}
  // The run's terms: its stemmer and a memo of this link's tokenised texts, dropped when it returns.
  const stemmer = options.stemmer ?? createStemmer()
  // A nynorsk act and a bokmål note (or the other way round) meet on their words.
  const lex = bridgeNynorsk(createTerms(stemmer), stemmer)
  const root = caseRootOf(note, background)
  const byId = indexProvisions(trees)
  const passages = collectPassages(note, background, trees, lex, byId).map((p) => ({...p, path: caseRelative(p.path, root)}))
  const index = buildIndex(passages.map((p) => p.paragraph.text), lex)
  const queries = diff.changes.map((change) => queryOf(change, byId, lex))
  findPartners(queries, lex)
  markSole(queries)
  // Passages by the section labels they name (by number or title): an explicit reference can only
  // concern a change in a section the passage names.
  const byLabel = new Map<string, number[]>()
  passages.forEach((p, i) => {
    const labels = new Set([
      ...p.refs.filter((r) => r.ref.sections.length === 1).map((r) => r.ref.sections[0]!),
      ...p.titleRefs.map((r) => r.label),
      ...p.titleLabels,
      ...(p.commentOn === null ? [] : [p.commentOn])
    ])
    for (const label of labels) {
      const list = byLabel.get(label)
      if (list) list.push(i)
      else byLabel.set(label, [i])
    }
  })
  const sections = passages.map(referredSections)
  // Passages by the sections their references point into, and those any change may concern (a
  // reference without a section part, a section named by its title): what a change's sections can
  // make relevant, looked up instead of tested on every passage that shares a word with the change.
  const referring = new Map<string, number[]>()
  const anyChange: number[] = []
  sections.forEach((set, i) => {
    if (set === null || passages[i]!.titleRefs.length > 0) anyChange.push(i)
    if (set) for (const section of set) {
      const list = referring.get(section)
      if (list) list.push(i)
      else referring.set(section, [i])
    }
  })
  const byChapter = new Map<string, number[]>()
  passages.forEach((p, i) => {
    const chapter = chapterOf(p)
    if (chapter === null) return
    const list = byChapter.get(chapter)
    if (list) list.push(i)
    else byChapter.set(chapter, [i])
  })
  // Read once per passage, not once per change that looks at its chapter.
  const assessment = passages.map((p) => p.role === 'assessment' && ASSESSMENT_HEADING.test(p.section.heading))
  const refIndex: RefIndex = {sections, referring, anyChange, byChapter, assessment}
  // Score arrays reused by every change, one per text compared (the whole change, then each hunk).
  const scratch: Scores[] = []
  const changes = queries.map((q) => {
    const labels = [q.sectionLabel, ...q.partners.map((p) => p.sectionLabel), ...q.sideLabels]
    const naming = [...new Set(labels.flatMap((label) => (label === null ? [] : byLabel.get(label) ?? [])))]
    return {...q.change, reasons: reasonsFor(q, passages, index, thresholds, naming, refIndex, scratch)}
  })
  shareRenameReasons(changes)
  const reasons: Record<string, Reason[]> = {}
  for (const change of changes) reasons[change.id] = change.reasons
  return {reasons, findings: analyseNote({changes, passages, trees, byId, diff, index, queries, lex})}
}

/**
 * A change made by a bulk rename («… skal «Dagligvaretilsynet» endres til «Konkurransetilsynet»») that has
 * no reason of its own gets the note's passages that give reasons for the rename in its sibling
 * provisions: those that name the old or the new term. (Mutates `changes`' reasons, built just before.)
 */
export function shareRenameReasons(changes: Change[]): void {
  const own = new Map(changes.map((c) => [c, c.reasons.filter((r) => r.document === 'note')]))
  for (const c of changes) {
    if (own.get(c)!.length > 0 || !c.instruction) continue
    const quoted = [...c.instruction.text.split('\n')[0]!.matchAll(/«([^»]+)»/gu)].map((m) => m[1]!.toLowerCase())
    const shared = bulkSiblings(c, changes)
      .flatMap((o) => own.get(o)!)
      .filter((r) => quoted.some((q) => r.excerpt.toLowerCase().includes(q)))
    const unique = shared.filter((r, i) => shared.findIndex((x) => x.anchor === r.anchor) === i).slice(0, MAX_NOTE_REASONS)
    if (unique.length > 0) c.reasons = [...unique, ...c.reasons]
  }
}

/** Section labels of both sides of a change, read off its citations (a move has two). */
function sideLabels(change: Change): string[] {
  return [change.current?.citation, change.proposed?.citation].flatMap((citation) => {
    const section = firstCitedSection(citation ?? '')
    return section ? [section.toLowerCase()] : []
  })
}

export function queryOf(change: Change, byId: ProvisionLookup, {terms, hasTerms}: Terms): ChangeQuery {
  const entry =
    (change.proposed && byId.get(`proposed:${change.proposed.id}`)) || (change.current && byId.get(`current:${change.current.id}`))
  const labels = sideLabels(change)
  const sectionLabel = entry?.sectionLabel ?? labels[0] ?? null
  const hunks: string[] = []
  let run: string[] = []
  for (const op of change.words) {
    if (op.op === 'equal' && hasTerms(op.text)) {
      if (run.length) hunks.push(run.join(' '))
      run = []
    } else if (op.op !== 'equal') run.push(op.text)
  }
  if (run.length) hunks.push(run.join(' '))
  // Each long insertion or deletion also on its own: a ledd that loses one sentence and gains another
  // (§ 3-1 første ledd) is explained in two places, each about one of them.
  for (const op of change.words) if (op.op !== 'equal' && terms(op.text).length >= 3 && !hunks.includes(op.text)) hunks.push(op.text)
  let whole = hunks.join(' ')
  // Only a change with no word operations (a whole provision added, removed or moved as it stands) is
  // matched by its full wording. A relettering or a lost full stop changes no words, and matching the
  // unchanged text around it would link it to whatever discusses that text.
  // A moved provision is also matched by what it says: the note explains a move by its content
  // ("vilkåret om samtykke passer bedre i bestemmelsen om personkrets"), not by the words reworded.
  if (change.kind === 'moved' && change.current) hunks.push(change.current.text)
  if (change.words.every((w) => w.op === 'equal') && change.kind !== 'relettered' && change.kind !== 'editorial') {
    whole = change.kind === 'removed' || change.kind === 'repealed' ? change.current?.text ?? '' : change.proposed?.text ?? change.current?.text ?? ''
  }
  return {
    change,
    sectionLabel,
    whole,
    hunks: hunks.filter((h) => terms(h).length >= 3),
    partners: [],
    sole: false,
    only: false,
    sideLabels: labels,
    sections: changedSections(change),
    newTitle: newTitleOf(change, entry?.provision ?? null)
  }
}

function newTitleOf(change: Change, provision: Provision | null): string | null {
  if (change.level !== 'section') return null
  if (change.kind === 'modified') return change.proposed?.text ?? null
  return change.kind === 'added' ? provision?.title ?? null : null
}

// Share of a deletion's terms that must reappear in another change's insertion to call it moved there.
const MOVED_SHARE = 0.7

function markSole(queries: ChangeQuery[]): void {
  const count = new Map<string, number>()
  const labelsOf = (q: ChangeQuery): string[] => [...new Set([q.sectionLabel, ...q.sideLabels].filter((l): l is string => l !== null))]
  // A "(1)" put before a ledd or a comma added is no change of substance, whatever kind the diff gave it.
  const substantive = (q: ChangeQuery): boolean =>
    q.change.kind !== 'relettered' && q.change.kind !== 'editorial' && !(q.change.effects.length > 0 && q.change.effects.every((e) => e.type === 'editorial'))
  for (const q of queries) if (substantive(q)) for (const label of labelsOf(q)) count.set(label, (count.get(label) ?? 0) + 1)
  for (const q of queries) q.sole = substantive(q) && q.sectionLabel !== null && count.get(q.sectionLabel) === 1
  // The only substantive change of the whole proposal (a one-point amending act).
  const substantiveCount = queries.filter(substantive).length
  for (const q of queries) q.only = substantiveCount === 1 && substantive(q)
}

// At most this many partners per change: the closest, so that a text repeated across many sections
// does not tie every change to every other.
const MAX_PARTNERS = 3

function findPartners(queries: ChangeQuery[], {terms}: Terms): void {
  // Inverted index of inserted terms, so each deletion is compared only with insertions sharing a term.
  const byTerm = new Map<string, number[]>()
  queries.forEach((q, j) => {
    for (const t of new Set(terms(q.change.words.filter((w) => w.op === 'insert').map((w) => w.text).join(' ')))) {
      const list = byTerm.get(t)
      if (list) list.push(j)
      else byTerm.set(t, [j])
    }
  })
  // Terms shared with each insertion, counted in an array reused for every deletion (a map per deletion
  // was most of the cost); `seen` lists the insertions counted, to read and reset only those.
  const shared = new Int32Array(queries.length)
  const seen: number[] = []
  queries.forEach((q, i) => {
    const deleted = q.change.words.filter((w) => w.op === 'delete').map((w) => [...new Set(terms(w.text))]).filter((d) => d.length >= 3)
    if (q.change.kind === 'removed' && deleted.length === 0 && q.change.current) {
      const all = [...new Set(terms(q.change.current.text))]
      if (all.length >= 3) deleted.push(all)
    }
    const best = new Map<number, number>()
    for (const d of deleted) {
      countShared(d, byTerm, i, shared, seen)
      for (const j of seen) {
        const share = shared[j]! / d.length
        if (share >= MOVED_SHARE && share > (best.get(j) ?? 0)) best.set(j, share)
        shared[j] = 0
      }
      seen.length = 0
    }
    q.partners = [...best.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, MAX_PARTNERS)
      .sort((a, b) => a[0] - b[0])
      .map(([j]) => queries[j]!)
  })
}

/**
 * Adds to `shared` the terms of `deleted` each insertion (but change `self`'s own) holds, listing in `seen`
 * the insertions first counted. A function of its own, so that V8 optimises this hot loop early.
 */
function countShared(deleted: string[], byTerm: Map<string, number[]>, self: number, shared: Int32Array, seen: number[]): void {
  for (let r = 0; r < deleted.length; r++) {
    const list = byTerm.get(deleted[r]!)
    if (!list) continue
    for (let x = 0; x < list.length; x++) {
      const j = list[x]!
      if (j !== self && shared[j]!++ === 0) seen.push(j)
    }
  }
}

interface Candidate {
  passage: Passage
  method: Reason['method']
  score: number
  query: string
  sim: number
}

function reasonsFor(
  query: ChangeQuery,
  passages: Passage[],
  index: ReturnType<typeof buildIndex>,
  t: Thresholds,
  withRefs: number[],
  {sections, referring, anyChange, byChapter, assessment}: RefIndex,
  scratch: Scores[]
): Reason[] {
  // A text listed twice (the whole change is often its one hunk) would score the same twice: once is enough.
  const texts = [...new Set([query.whole, ...query.hunks])].filter((t) => index.lex.terms(t).length > 0)
  while (scratch.length < texts.length) scratch.push(newScores(passages.length))
  const scored = scratch.slice(0, texts.length)
  texts.forEach((t, k) => scoreInto(index, t, scored[k]!))
  const candidates: Candidate[] = []
  const precise = new Set<string>()
  const topical = new Set<string>()
  const {labels, own, related} = relatedTo(query)
  const ownLabels = [query.sectionLabel, ...query.sideLabels].filter((l): l is string => l !== null)
  // A passage can only qualify on its words (the heading or the similarity rule) when neither its
  // references nor a title it names can concern the change: then below both thresholds it is passed over.
  const wordsAlone = Math.min(t.heading, t.similarity)
  const visit = visitsFor(passages.length, scored, withRefs, related, Math.min(wordsAlone, t.context), anyChange, referring)
  // The marked passages in order, a bit at a time (a loop over every passage per change was most of this function).
  for (let w = 0; w < visit.length; w++) for (let bits = visit[w]!; bits !== 0; bits &= bits - 1) {
    const i = (w << 5) | (31 - Math.clz32(bits & -bits))
    const passage = passages[i]!
    const weight = ROLE_WEIGHT[passage.role]
    if (weight === undefined) {
      // «Gjeldende rett» gives no reason, but where it cites or quotes the section of a change that is
      // the section's only one, its chapter is about that change (sameTopic).
      if (passage.role === 'current-law' && query.sole && chapterOf(passage) !== null && citesSection(query, passage, sections[i]!, ownLabels)) topical.add(chapterOf(passage)!)
      continue
    }
    const {sim, matched, text: bestText} = bestMatch(scored, texts, i, query.whole)
    let method: Reason['method'] | null = null
    let score = 0
    if (passage.role === 'context') {
      // Background documents are matched by their words only.
      if (sim >= t.context && matched >= 3) [method, score] = ['similarity', 0.2 + 0.5 * sim]
    } else {
      const judged = judgeRelation({query, passage, referred: sections[i]!, texts, index, t, ownLabels, own, related, labels}, sim, matched, wordsAlone)
      if (judged === null) continue
      const {relation, names} = judged
      if (relation === 'precise' && chapterOf(passage) !== null) precise.add(chapterOf(passage)!)
      // A chapter that names the section of a sole change (its heading by the section's title, or a
      // citation of the section) is about it, though its words may not say which ledd.
      if (relation === 'partial' && query.sole && chapterOf(passage) !== null) topical.add(chapterOf(passage)!)
      if (relation === 'precise') [method, score] = ['explicit-reference', 0.8 + 0.2 * sim]
      else if (relation === 'partial' && sim >= t.partial && matched >= 2) [method, score] = ['explicit-reference', 0.6 + 0.3 * sim]
      else if (names && sim >= t.heading && matched >= 2) [method, score] = ['heading', 0.45 + 0.35 * sim]
    }
    if (!method && sim >= t.similarity && matched >= 3 && !EXPLICIT_ONLY.has(passage.role)) [method, score] = ['similarity', 0.2 + 0.5 * sim]
    if (method === 'heading' && EXPLICIT_ONLY.has(passage.role)) method = null
    if (method) candidates.push({passage, method, score: Math.round(score * weight * 1000) / 1000, query: bestText, sim})
  }
  // A proposal of one change that the note names: the whole note is about it.
  if (query.only && (precise.size > 0 || topical.size > 0)) for (const chapter of byChapter.keys()) topical.add(chapter)
  candidates.push(...sameTopic({passages, scored, texts, chapters: precise, topical, taken: candidates, byChapter, assessment}))
  for (const s of scored) clearScores(s)
  return bestReasons(candidates, query, t, index.lex)
}

/**
 * Only passages that share a word with the change or carry a reference can qualify: every rule but an
 * explicit reference needs some similarity. Visiting just those keeps large notes fast. They are marked in
 * a bitset and read in passage order (a set of thousands of indices, sorted per change, cost more). Of the
 * passages sharing a word, only those are marked that reasonsFor would not pass over at once: every rule
 * on words alone needs two shared terms and `floor` (most share a common word or two and nothing more),
 * and those whose references may concern the change are marked whatever their words (all of them when the
 * change has no section to compare references with).
 */
function visitsFor(
  count: number,
  scored: Scores[],
  withRefs: number[],
  related: string[] | null,
  floor: number,
  anyChange: number[],
  referring: Map<string, number[]>
): Int32Array {
  const visit = new Int32Array((count + 31) >>> 5)
  for (const i of withRefs) visit[i >>> 5]! |= 1 << (i & 31)
  if (related === null) for (const s of scored) markScored(s, visit, 1, -Infinity)
  else {
    for (const s of scored) markScored(s, visit, 2, floor)
    markShared(anyChange, scored, visit)
    for (const section of related) markShared(referring.get(section) ?? [], scored, visit)
  }
  return visit
}

/**
 * The best of the whole change and its hunks for passage `i`: a ledd that gains one sentence and loses
 * another (§ 3-1 første ledd) is explained in two places, each matching one hunk.
 */
function bestMatch(scored: Scores[], texts: string[], i: number, whole: string): {sim: number; matched: number; text: string} {
  let sim = 0
  let matched = 0
  let text = whole
  for (let k = 0; k < scored.length; k++) {
    const s = scored[k]!
    if (s.matched[i]! > 0 && s.score[i]! > sim) {
      sim = s.score[i]!
      matched = s.matched[i]!
      text = texts[k]!
    }
  }
  return {sim, matched, text}
}

/** Does the passage cite the change's section (or a part of it), or stand under a heading naming its title? */
function citesSection(query: ChangeQuery, passage: Passage, referred: Set<string> | null, ownLabels: string[]): boolean {
  if (ownLabels.some((l) => passage.titleLabels.includes(l))) return true
  return referred !== null && mayRefer(query.sections, referred) && explicitRelation(query.change, passage) !== null
}

/** The note's top-level section a passage stands in (its anchor), or null for background documents. */
function chapterOf(p: Passage): string | null {
  return p.document === 'note' && p.chain.length > 0 ? p.chain[p.chain.length - 1]!.anchor : null
}

// The ministry's own assessment in a chapter where another passage names the change precisely
// («Departementet opprettholder forslaget om å presisere …» after «et utkast til en presisering i lovens
// § 10»): the chapter is about the change, so fewer shared words suffice than for words alone.
// Tuned on the development part (supplerande stønad 3.3 scores 0.23 with 8 shared terms).
const TOPIC_SIMILARITY = 0.2
const TOPIC_MATCHED = 4
// Only a section that calls itself the assessment: other sections of a topic chapter (IPS ung's «4.2
// Justering av aldersgrensen») discuss neighbouring changes in the same words.
const ASSESSMENT_HEADING = /\bvurdering(?:a|ar|ane|er|ene)?\b/iu

interface TopicInput {
  passages: Passage[]
  scored: Scores[]
  texts: string[]
  /** Chapters where a passage names the change precisely: their «… vurdering» sections qualify. */
  chapters: Set<string>
  /**
   * Chapters about the section of a change that is the section's only one: every section of the
   * ministry's own text in them qualifies (introduction, the proposal, the assessment), since there is
   * no other change of that section they could be about. Tuned on sentralbankloven § 3-8 (chapter 7).
   */
  topical: Set<string>
  taken: Candidate[]
  byChapter: Map<string, number[]>
  /** Per passage: the ministry's assessment under a heading that calls itself one («… vurdering»). */
  assessment: boolean[]
}

const OWN_TEXT: ReadonlySet<Role> = new Set(['assessment', 'summary'])
// In a chapter about the section of a sole change, the ministry's text needs shared terms, not a score:
// its long paragraphs dilute BM25 (sentralbankloven 7.1 shares 7 terms with § 3-8 andre ledd at 0.13,
// 7.3 shares 5 at 0.07). Tuned on the first held-out part, now development.
const TOPICAL_MATCHED = 5

function sameTopic({passages, scored, texts, chapters, topical, taken, byChapter, assessment}: TopicInput): Candidate[] {
  const out: Candidate[] = []
  const seen = new Set(taken.map((c) => c.passage))
  const qualifies = (i: number, chapter: string): boolean => (topical.has(chapter) ? OWN_TEXT.has(passages[i]!.role) : assessment[i]!)
  for (const chapter of new Set([...chapters, ...topical])) for (const i of byChapter.get(chapter) ?? []) {
    const passage = passages[i]!
    if (seen.has(passage) || !qualifies(i, chapter)) continue
    seen.add(passage)
    let best = -1
    for (let k = 0; k < scored.length; k++) if (best < 0 || scored[k]!.score[i]! > scored[best]!.score[i]!) best = k
    const sim = best < 0 ? 0 : scored[best]!.score[i]!
    const matched = best < 0 ? 0 : scored[best]!.matched[i]!
    if (topical.has(chapter) ? matched < TOPICAL_MATCHED : sim < TOPIC_SIMILARITY || matched < TOPIC_MATCHED) continue
    out.push({passage, method: 'similarity', score: Math.round((0.2 + 0.5 * sim) * 1000) / 1000, query: texts[best]!, sim})
  }
  return out
}

interface RelationInput {
  query: ChangeQuery
  passage: Passage
  referred: Set<string> | null
  texts: string[]
  index: ReturnType<typeof buildIndex>
  t: Thresholds
  ownLabels: string[]
  own: string[] | null
  related: string[] | null
  labels: Array<string | null>
}

/**
 * How a passage of the note relates to a change: `precise` (names it), `partial` (names a provision
 * that contains it) or null, and whether a heading above it names the section. Null when the passage
 * cannot concern the change at all and its words are too weak to qualify alone.
 */
function judgeRelation(
  {query, passage, referred, texts, index, t, ownLabels, own, related, labels}: RelationInput,
  sim: number,
  matched: number,
  wordsAlone: number
): {relation: 'precise' | 'partial' | null; names: boolean} | null {
  // «Til § 10»: a remark on the changed section, whatever its words.
  const remark = passage.commentOn !== null && ownLabels.includes(passage.commentOn)
  const titled = ownLabels.some((l) => passage.titleLabels.includes(l))
  if (!remark && !titled && !mayRefer(related, referred) && passage.titleRefs.length === 0 && (matched < 2 || sim < wordsAlone)) return null
  let relation: 'precise' | 'partial' | null = remark ? 'precise' : mayRefer(own, referred) ? explicitRelation(query.change, passage) : null
  // Where the moved text arrives counts as a broader reference: it needs the words to match too.
  if (relation === null && partnerRefers(query, referred, passage)) relation = 'partial'
  if (relation === null && passage.titleRefs.length > 0) {
    const sentences = [query.change, ...query.partners.map((p) => p.change)].flatMap((c) => titleSentences(c, passage))
    const named = sentences.some((sentence) => texts.some((text) => {
      const s = scoreText(index, text, sentence)
      return s.score >= t.heading && s.matched.length >= 2
    }))
    if (named) relation = 'precise'
  }
  const names = labels.some((label) => label !== null && passage.headingLabels.includes(label))
  const label = query.sectionLabel
  if (relation === 'partial' && query.sole && label !== null) {
    // "Departementet foreslår å endre ordlyden i § 4-5" under "Varighet – § 4-5", when § 4-5 has just
    // this one change: the passage cannot be about anything else. The same for a sentence that
    // announces a change of the section ("Klimaloven § 3 foreslås endret", "ei presisering i lovens § 10").
    if (passage.headingLabels.includes(label) || announcesChange(passage, label)) relation = 'precise'
  }
  // A heading that names the section by its title ("Kreditt til staten for likviditetsformål"), when
  // the section has just this one change: as a reference to the section, the words must match too.
  // The change of the section's heading itself, when a note heading names the section by its (old or new)
  // title: the heading cannot mean another part of the section, however many other parts change.
  const headingChange = query.newTitle !== null
  // A new heading the note's own heading repeats («Klimamål for 2035» under «3.1 Klimamålet for 2035 er …»)
  // is named as plainly as by its number.
  if (relation === null && headingChange && titled && headingNamesNewTitle(query, passage, index.lex)) relation = 'precise'
  if (relation === null && (query.sole || headingChange) && titled) relation = 'partial'
  return {relation, names}
}

/**
 * Does a heading above the passage hold every word of the section's new title, one the old title lacks?
 * (A section-level "modified" change is its heading; a new section brings its title, and has no old one.)
 */
function headingNamesNewTitle(query: ChangeQuery, passage: Passage, {terms}: Terms): boolean {
  const change = query.change
  const title = terms(query.newTitle ?? '')
  const old = new Set(change.kind === 'modified' ? terms(change.current?.text ?? '') : [])
  if (title.length === 0 || title.every((w) => old.has(w))) return false
  return passage.chain.some((s) => {
    const words = new Set(terms(s.heading))
    return title.every((w) => words.has(w))
  })
}

/**
 * The reasons kept of a change's candidates: the best few from the note and from the background
 * documents. A heading that names the section is a fallback for subsections whose text never points at
 * the changed ledd; where a paragraph of the subsection does, the others need the words to match on
 * their own (the similarity rule), or they are about another part of the section.
 */
function bestReasons(candidates: Candidate[], query: ChangeQuery, t: Thresholds, lex: Terms): Reason[] {
  const explicitSections = new Set(candidates.filter((c) => c.method === 'explicit-reference').map((c) => c.passage.section.anchor))
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i]!
    if (c.method !== 'heading' || !explicitSections.has(c.passage.section.anchor)) continue
    if (c.sim >= t.similarity) candidates[i] = {...c, method: 'similarity', score: Math.round((0.2 + 0.5 * c.sim) * (ROLE_WEIGHT[c.passage.role] ?? 1) * 1000) / 1000}
    else candidates.splice(i, 1)
  }
  const order = (a: Candidate, b: Candidate): number =>
    b.score - a.score || (a.passage.path < b.passage.path ? -1 : a.passage.path > b.passage.path ? 1 : 0) ||
    a.passage.paragraph.position.start.offset - b.passage.paragraph.position.start.offset
  const note = candidates.filter((c) => c.passage.document === 'note').sort(order).slice(0, MAX_NOTE_REASONS)
  const context = candidates.filter((c) => c.passage.document === 'background').sort(order).slice(0, MAX_BACKGROUND_REASONS)
  return [...note, ...context].map((c) => toReason(c, query, lex))
}

/**
 * The section part of an id (`kap3/§3-2` of `kap3/§3-2/ledd1`), or null when it has no § segment. Two
 * ids of which one extends the other (all that explicitRelation relates) share it.
 */
function sectionPart(id: string): string | null {
  // The first segment that starts with §, found without splitting the id.
  const at = id.startsWith('§') ? 0 : id.indexOf('/§')
  if (at < 0) return null
  const end = id.indexOf('/', at + 1)
  return end < 0 ? id : id.slice(0, end)
}

/** Sections a passage's resolved references point into; null when one has no section part (anything may relate). */
function referredSections(passage: Passage): Set<string> | null {
  const out = new Set<string>()
  for (const {resolution} of passage.refs) {
    for (const id of [...resolution.current, ...resolution.proposed]) {
      const section = sectionPart(id)
      if (section === null) return null
      out.add(section)
    }
  }
  return out
}

// The marking loops run over thousands of passages for every change: small functions of their own,
// with indexed loops, so that V8 optimises them early (iterators allocate until it does).

/** Marks in `visit` the passages `s` scored with at least `least` shared terms and `floor`. */
function markScored(s: Scores, visit: Int32Array, least: number, floor: number): void {
  const {touched, matched, score} = s
  for (let x = 0; x < touched.length; x++) {
    const i = touched[x]!
    if (matched[i]! >= least && score[i]! >= floor) visit[i >>> 5]! |= 1 << (i & 31)
  }
}

/** Marks in `visit` the passages of `list` that share a term with any text scored. */
function markShared(list: number[], scored: Scores[], visit: Int32Array): void {
  for (let x = 0; x < list.length; x++) {
    const i = list[x]!
    for (let k = 0; k < scored.length; k++) {
      if (scored[k]!.matched[i]! > 0) {
        visit[i >>> 5]! |= 1 << (i & 31)
        break
      }
    }
  }
}

/** The passages' references, indexed for reasonsFor (see linkChanges). */
interface RefIndex {
  /** Per passage, the sections its references point into (referredSections). */
  sections: Array<Set<string> | null>
  /** Section → passages whose references point into it, in passage order. */
  referring: Map<string, number[]>
  /** Passages that may concern any change: `sections` null, or a section named by its title. */
  anyChange: number[]
  /** Top-level section of the note (its anchor) → its passages, in passage order. */
  byChapter: Map<string, number[]>
  /** Per passage: an assessment under a heading that calls itself one (ASSESSMENT_HEADING). */
  assessment: boolean[]
}

/**
 * What reasonsFor compares every passage with, built outside its loop: reading the partner lists there
 * (arrays of differing shapes, often empty) made V8 drop reasonsFor's optimised code on almost every
 * call, and its loop over the passages then ran unoptimised.
 */
function relatedTo(query: ChangeQuery): {labels: Array<string | null>; own: string[] | null; related: string[] | null} {
  const labels: Array<string | null> = [query.sectionLabel]
  const own = query.sections
  // The sections of the change and of its partners: no passage whose references miss all of them can
  // relate to either (null: one has no section part, so any passage may).
  let related = own === null ? null : [...own]
  for (const p of query.partners) {
    labels.push(p.sectionLabel)
    const theirs = p.sections
    if (related !== null && theirs !== null) related.push(...theirs)
    else related = null
  }
  return {labels, own, related}
}

// Words that announce a change of a provision, bokmål and nynorsk: "foreslås endret", "endres",
// "presisering i lovens § 10", "blir endra", "oppheves", "skal lyde".
const ANNOUNCE =
  /(?<![\p{L}])(?:endres|endre|endra|endrast|endring(?:en|ar|er)?|foreslås|foreslår|føreslår|føreslått|foreslått|presisering|presiseres|presisere|justeres|justere|tilføyes|utvides|oppheves|opphevast|oppheva|skal lyde|lovfeste[st]?)(?![\p{L}])/iu

/** Does a sentence of the passage cite the section as a whole and announce a change of it? */
function announcesChange(passage: Passage, label: string): boolean {
  return passage.refs.some(({ref}) => {
    if (ref.scope !== 'self' || ref.sections.length !== 1 || ref.sections[0] !== label || isQualifiedRef(ref)) return false
    return ANNOUNCE.test(sentenceAround(passage.paragraph.text, ref.start, ref.end))
  })
}

/** Does a reference of the passage concern a partner of the change (where its wording went)? */
function partnerRefers(query: ChangeQuery, referred: Set<string> | null, passage: Passage): boolean {
  return query.partners.some((p) => mayRefer(p.sections, referred) && explicitRelation(p.change, passage) !== null)
}

/** False only when no reference of the passage can concern the change (see sectionPart). */
function mayRefer(changed: string[] | null, referred: Set<string> | null): boolean {
  if (changed === null || referred === null) return true
  for (let k = 0; k < changed.length; k++) if (referred.has(changed[k]!)) return true
  return false
}

/** Sections of a change's two sides; null when one has no section part. */
function changedSections(change: Change): string[] | null {
  const out: string[] = []
  for (const side of [change.current, change.proposed]) {
    if (!side) continue
    const section = sectionPart(side.id)
    if (section === null) return null
    out.push(section)
  }
  return out
}

/**
 * `precise`: the passage names the changed provision or a part of it; `partial`: it names a provision
 * that contains the change (the section of a changed ledd). Multi-section references ("§§ 3-1 til 3-5")
 * are too broad to count.
 */
const PART_LEVEL = {ledd: 'ledd', punktum: 'sentence', bokstav: 'item'} as const

export function explicitRelation(change: Change, passage: Passage): 'precise' | 'partial' | null {
  let found: 'precise' | 'partial' | null = null
  const within = (id: string, targets: string[]): boolean => targets.some((t) => isWithin(id, t))
  // A move that the passage describes from one section to the other ("Et ledd i § 3-14 foreslås flyttet
  // til § 3-1") names the change though it names neither ledd.
  if (change.kind === 'moved' && change.current && change.proposed) {
    const from = passage.refs.some((r) => r.ref.sections.length === 1 && within(change.current!.id, r.resolution.current))
    const to = passage.refs.some((r) => r.ref.sections.length === 1 && within(change.proposed!.id, r.resolution.proposed))
    const sameSection = passage.refs.some((r) => within(change.current!.id, r.resolution.current) && within(change.proposed!.id, r.resolution.proposed))
    if (from && to && !sameSection) return 'precise'
  }
  for (const {ref, resolution} of passage.refs) {
    if (ref.sections.length !== 1) continue
    // "Departementet foreslår en ny § 13-25": a section found only in the proposal is new as a whole,
    // and a reference to it is about everything in it.
    const newSection = resolution.current.length === 0 && resolution.proposed.length > 0 && !isQualifiedRef(ref)
    if (newSection && change.proposed && within(change.proposed.id, resolution.proposed)) return 'precise'
    // "et nytt punktum i § 2-3", "en bokstav i § 6-16": a part of that kind anywhere in the section.
    if (ref.part && PART_LEVEL[ref.part.kind] === change.level) {
      for (const side of ['current', 'proposed'] as const) {
        const id = change[side]?.id
        if (id && within(id, resolution[side])) return 'precise'
      }
    }
    for (const side of ['current', 'proposed'] as const) {
      const id = change[side]?.id
      if (!id) continue
      for (const target of resolution[side]) {
        if (isWithin(target, id)) return 'precise'
        if (isWithin(id, target)) found = 'partial'
      }
    }
  }
  return found
}

/** Is `id` the provision `target` or inside it (`target/…`)? Asked for every reference of many passages, so without building `target + '/'`. */
function isWithin(id: string, target: string): boolean {
  return id === target || (id.charCodeAt(target.length) === 47 && id.startsWith(target))
}

/**
 * The sentences that name the change's section by its title ("innholdsbestemmelsen"). Such a mention
 * is looser than a number, so it counts only where that sentence itself is about the changed words.
 */
function titleSentences(change: Change, passage: Passage): string[] {
  const out: string[] = []
  for (const ref of passage.titleRefs) {
    for (const side of ['current', 'proposed'] as const) {
      const id = change[side]?.id
      if (id && ref[side].some((target) => isWithin(id, target)) && !out.includes(ref.sentence)) out.push(ref.sentence)
    }
  }
  return out
}

function toReason(c: Candidate, query: ChangeQuery, lex: Terms): Reason {
  const {passage} = c
  const numbered = passage.chain.find((s) => s.number !== null)
  return {
    document: passage.document,
    path: passage.path,
    noteSection: numbered?.number ?? null,
    heading: passage.section.heading,
    anchor: passage.paragraph.anchor,
    excerpt: excerptOf(passage, query, c.query, lex),
    position: passage.paragraph.position,
    score: c.score,
    method: c.method
  }
}

const EXCERPT_LIMIT = 320

/** The paragraph, or when long the sentence that names the provision or shares most words, with " … ". */
export function excerptOf(passage: Passage, query: ChangeQuery, text: string, {terms}: Terms): string {
  const paragraph = passage.paragraph.text
  if (paragraph.length <= EXCERPT_LIMIT) return paragraph
  const bounds = sentenceBounds(paragraph)
  const wanted = new Set(terms(text))
  let best = 0
  let bestScore = -1
  bounds.forEach(([a, b], i) => {
    const sentence = paragraph.slice(a, b)
    const refHere = passage.refs.some((r) => r.ref.start >= a && r.ref.end <= b && explicitRelation(query.change, {...passage, refs: [r]}))
    const overlap = new Set(terms(sentence).filter((t) => wanted.has(t))).size
    const score = (refHere ? 100 : 0) + overlap
    if (score > bestScore) [best, bestScore] = [i, score]
  })
  const [a, b] = bounds[best]!
  let excerpt = paragraph.slice(a, b).trim()
  if (excerpt.length > EXCERPT_LIMIT) excerpt = excerpt.slice(0, EXCERPT_LIMIT).replace(/\s+\S*$/, '')  + ' …'
  return (a > 0 ? '… ' : '') + excerpt + (b < paragraph.length && !excerpt.endsWith('…') ? ' …' : '')
}

/**
 * The case folder, from where its documents are: note.md sits at its root, background documents in
 * `background/`. Reasons and findings name documents relative to it, so a report does not depend on
 * where the case was checked out.
 */
function caseRootOf(note: NoteTree | null, background: NoteTree[]): string | null {
  const posix = (p: string): string => p.replace(/\\/g, '/')
  if (note) {
    const path = posix(note.path)
    const cut = path.lastIndexOf('/')
    return cut >= 0 ? path.slice(0, cut) : null
  }
  for (const doc of background) {
    const path = posix(doc.path)
    const cut = path.lastIndexOf('/background/')
    if (cut >= 0) return path.slice(0, cut)
  }
  return null
}

function caseRelative(path: string, root: string | null): string {
  const posix = path.replace(/\\/g, '/')
  return root && posix.startsWith(root + '/') ? posix.slice(root.length + 1) : posix
}
