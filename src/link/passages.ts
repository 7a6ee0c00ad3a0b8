/**
 * The passages a change can be linked to: every paragraph of the note and the background documents,
 * with the role of the section it stands in and its references resolved to provision ids.
 */
import {sentenceAround as grammarSentenceAround, splitSentences} from '../grammar/sentences.js'
import type {NoteParagraph, NoteSection, NoteTree, Provision, ProvisionTree} from '../types.js'
import {remarkHeadingSection, startsWithSection} from '../grammar/references.js'
import {extractReferences, findSelfNames, normaliseLabel, resolveReference, allSections, sectionsByLabel, selfNamesFromId, createSectionIndex} from '../note/references.js'
import type {Reference, Resolution, SectionIndex} from '../note/references.js'
import type {Terms} from './terms.js'

/**
 * What a section of a note does. Only `assessment`, `summary` and `consequences` give reasons: a
 * "Gjeldende rett" or "Bakgrunn" passage describes the law as it is, and linking a change to it would
 * tell the reader the ministry explained the change where it did not.
 */
export type Role = 'summary' | 'background' | 'current-law' | 'hearing' | 'assessment' | 'consequences' | 'proposal-text' | 'context'

export interface ResolvedReference {
  ref: Reference
  resolution: Resolution
  /** Set when the text around the reference describes another ledd than the one it names. */
  /** `both`: the current text and the proposal read alike here, and the reference misses in both. */
  mismatch: {side: 'current' | 'proposed'; both: boolean; citedId: string; actualId: string; citedCitation: string; actualCitation: string} | null
}

export interface Passage {
  document: 'note' | 'background'
  path: string
  section: NoteSection
  /** Own section first, then its ancestors. */
  chain: NoteSection[]
  role: Role
  paragraph: NoteParagraph
  refs: ResolvedReference[]
  /** Section labels named by a heading above the passage ("Personkrets – § 3-1" → `3-1`). */
  headingLabels: string[]
  /**
   * The section the passage's own heading comments on, in the form propositions and notes use for
   * their remarks on each provision: «Til § 10», «Til § 2 a:», «Merknader til § 3-8», «Til § 10 (…)».
   * Such a heading is the strongest evidence there is: everything under it is about that section.
   */
  commentOn: string | null
  /**
   * Sections a heading above the passage names by their title ("7 Kreditt til staten for
   * likviditetsformål" → § 3-8 «Kreditt til staten»): every word of the title, stemmed, in the heading.
   * Weaker than a number; the linker uses it only for a section with a single change.
   */
  titleLabels: string[]
  /**
   * Sections the passage names by their title instead of their number: "innholdsbestemmelsen",
   * "bestemmelsen om personkrets". Ids per tree; they count as a reference to the whole section.
   */
  titleRefs: Array<{label: string; current: string[]; proposed: string[]; sentence: string}>
}

export interface Trees {
  current: ProvisionTree
  proposed: ProvisionTree
}

/**
 * `lex`: the run's terms. `byId`: the caller's lookup into the same trees, when it has one (building it
 * again costs a walk of both).
 */
export function collectPassages(note: NoteTree | null, background: NoteTree[], trees: Trees, lex: Terms, byId: ProvisionLookup = indexProvisions(trees)): Passage[] {
  const out: Passage[] = []
  // The sections of both trees, read once for this call and shared by every lookup below.
  const index = createSectionIndex()
  const docs: Array<{tree: NoteTree; document: 'note' | 'background'}> = []
  if (note) docs.push({tree: note, document: 'note'})
  for (const tree of background) docs.push({tree, document: 'background'})
  // The section titles are read off both whole trees, so only once a paragraph names a section that way.
  let titles: Map<string, SectionTitle[]> | null = null
  const titlesOf = (): Map<string, SectionTitle[]> => (titles ??= sectionTitles(trees, index))
  let wholeTitles: WholeTitle[] | null = null
  const wholeTitlesOf = (): WholeTitle[] => (wholeTitles ??= titlesWithTerms(trees, lex, index))
  for (const {tree, document} of docs) {
    const allText = flatten(tree.sections).flatMap((s) => [s.heading, ...s.paragraphs.map((p) => p.text)]).join('\n')
    // Names the note gives the regulation ('heretter … forskriften'), and its date and number.
    const selfNames = [...findSelfNames(allText), ...selfNamesFromId(trees.current.frontmatter?.['refid']), ...selfNamesFromTitle(trees.current.title)]
    // Section labels each heading names, read once per heading (every subsection reads its ancestors').
    const headingLabelsOf = new Map<NoteSection, string[]>()
    const labelsOf = (s: NoteSection): string[] => {
      let labels = headingLabelsOf.get(s)
      if (!labels) {
        labels = extractReferences(s.heading, {selfNames})
          .filter((r) => r.scope === 'self' && r.sections.length === 1)
          .map((r) => r.sections[0]!)
        headingLabelsOf.set(s, labels)
      }
      return labels
    }
    // A paragraph repeated word for word (a standard phrase) has the same references: resolved once.
    // Passages then share them; nothing changes references once resolved.
    const resolved = new Map<string, ResolvedReference[]>()
    const refsOf = (text: string): ResolvedReference[] => {
      let refs = resolved.get(text)
      if (!refs) {
        refs = resolveAll(text, selfNames, trees, byId, lex, index)
        resolved.set(text, refs)
      }
      return refs
    }
    const titledOf = new Map<NoteSection, string[]>()
    const titledIn = (s: NoteSection): string[] => {
      let labels = titledOf.get(s)
      if (!labels) {
        labels = sectionsTitledIn(s.heading, wholeTitlesOf(), lex)
        titledOf.set(s, labels)
      }
      return labels
    }
    const walk = (sections: NoteSection[], chain: NoteSection[]): void => {
      for (const section of sections) {
        const own = [section, ...chain]
        const role = document === 'background' ? 'context' : roleOf(own)
        const headingLabels = own.flatMap(labelsOf)
        for (const paragraph of section.paragraphs) {
          if (paragraph.type === 'footnote') continue
          out.push({
            document,
            path: tree.path,
            section,
            chain: own,
            role,
            paragraph,
            refs: refsOf(paragraph.text),
            headingLabels: [...new Set(headingLabels)],
            commentOn: document === 'note' ? commentOn(section.heading) : null,
            titleLabels: document === 'note' ? [...new Set(own.flatMap(titledIn))] : [],
            titleRefs: document === 'note' ? titleRefsIn(paragraph.text, titlesOf) : []
          })
        }
        walk(section.children, own)
      }
    }
    walk(tree.sections, [])
  }
  return out
}

interface WholeTitle {
  label: string
  terms: string[]
}

/** Every section's title as stemmed terms, both trees, once per label and title. */
function titlesWithTerms(trees: Trees, lex: Terms, index: SectionIndex): WholeTitle[] {
  const out: WholeTitle[] = []
  const seen = new Set<string>()
  for (const side of ['current', 'proposed'] as const) {
    for (const section of allSections(trees[side].children, index)) {
      const label = normaliseLabel(section.label ?? '')
      const title = (section.title ?? '').replace(/\b(?:mv|m\.m|mm|osv)\.?\s*$/iu, '')
      const key = `${label}\u0000${title}`
      if (!label || seen.has(key)) continue
      seen.add(key)
      const words = [...new Set(lex.terms(title))]
      if (words.length > 0) out.push({label, terms: words})
    }
  }
  // A title several sections share ("Innhold" in three chapters) names none of them.
  // Grouped by their terms once: comparing every pair was quadratic (2.3 s on a 24,000-section act).
  const key = (t: WholeTitle): string => [...t.terms].sort().join(' ')
  const labelsByKey = new Map<string, Set<string>>()
  for (const t of out) {
    const k = key(t)
    const labels = labelsByKey.get(k)
    if (labels) labels.add(t.label)
    else labelsByKey.set(k, new Set([t.label]))
  }
  return out.filter((t) => labelsByKey.get(key(t))!.size === 1)
}

/** Labels of the sections whose whole title (its words, stemmed) stands in a heading. */
function sectionsTitledIn(heading: string, titles: WholeTitle[], lex: Terms): string[] {
  const words = new Set(lex.terms(heading))
  if (words.size === 0) return []
  const out: string[] = []
  for (const t of titles) if (t.terms.every((w) => words.has(w)) && !out.includes(t.label)) out.push(t.label)
  return out
}

interface SectionTitle {
  label: string
  word: string
  current: string[]
  proposed: string[]
}

/**
 * One-word section titles ("Innhold", "Personkrets", "Varighet") as a note writes them in running
 * text: "innholdsbestemmelsen", "personkretsbestemmelsen", "bestemmelsen om personkrets". Titles of
 * several words are left out: "bestemmelsen om planlegging" would be too loose a match. A title that
 * several sections share names all of them; the linker then needs the sentence to match the change.
 */
function sectionTitles(trees: Trees, index: SectionIndex): Map<string, SectionTitle[]> {
  const byLabel = new Map<string, SectionTitle>()
  for (const side of ['current', 'proposed'] as const) {
    for (const section of allSections(trees[side].children, index)) {
      const title = (section.title ?? '').trim().toLowerCase().replace(/\.$/, '')
      if (!/^[\p{L}]{4,}$/u.test(title)) continue
      const label = normaliseLabel(section.label ?? '')
      const entry = byLabel.get(label) ?? {label, word: title, current: [], proposed: []}
      entry[side].push(section.id)
      byLabel.set(label, entry)
    }
  }
  const byWord = new Map<string, SectionTitle[]>()
  const labels = [...byLabel.keys()].sort()
  for (const label of labels) {
    const entry = byLabel.get(label)!
    const list = byWord.get(entry.word)
    if (list) list.push(entry)
    else byWord.set(entry.word, [entry])
  }
  return byWord
}

// "innholdsbestemmelsen", "personkretsbestemmelse", "bestemmelsen om (tiltakets) varighet".
const TITLE_COMPOUND = /(?<![\p{L}])(\p{L}{4,}?)s?bestemmelse(?:n|ne|r)?(?![\p{L}])/giu
const TITLE_PHRASE = /(?<![\p{L}])bestemmelsen om (?:tiltakets )?(\p{L}{4,})(?![\p{L}])/giu

function titleRefsIn(text: string, titlesOf: () => Map<string, SectionTitle[]>): Passage['titleRefs'] {
  const out: Passage['titleRefs'] = []
  // What the two patterns need at least (a letter right before "bestemmelse", or "bestemmelsen om "):
  // most paragraphs are passed over with one scan.
  if (!/\p{L}bestemmelse|bestemmelsen om /iu.test(text)) return out
  const compounds = [...text.matchAll(TITLE_COMPOUND)]
  const phrases = [...text.matchAll(TITLE_PHRASE)]
  if (compounds.length === 0 && phrases.length === 0) return out
  const titles = titlesOf()
  const seen = new Set<string>()
  const hits: Array<{word: string; index: number; length: number}> = []
  for (const m of compounds) {
    const word = m[1]!.toLowerCase()
    // "innholdsbestemmelsen" → "innhold" (the linking s), "varighetsbestemmelsen" → "varighet".
    const candidates = titles.has(word) ? [word] : titles.has(word + 's') ? [word + 's'] : []
    for (const w of candidates) hits.push({word: w, index: m.index, length: m[0].length})
  }
  for (const m of phrases) {
    const word = m[1]!.toLowerCase()
    if (titles.has(word)) hits.push({word, index: m.index, length: m[0].length})
  }
  hits.sort((a, b) => a.index - b.index)
  for (const hit of hits) {
    for (const {label, current, proposed} of titles.get(hit.word) ?? []) {
      if (seen.has(label)) continue
      seen.add(label)
      out.push({label, current, proposed, sentence: sentenceAround(text, hit.index, hit.index + hit.length)})
    }
  }
  return out
}

/** The section a remark heading is about («Til § 10», read by the grammar), normalised; null for any other heading. */
export function commentOn(heading: string): string | null {
  const section = remarkHeadingSection(heading.replace(/^\d+(?:\.\d+)*\.?\s+/, '').trim())
  return section === null ? null : normaliseLabel(section)
}

/**
 * Names the text of an act or regulation gives itself in its title: the short title in brackets
 * («Lov om klimamål (klimaloven)» → `klimaloven`), and for an act the words a proposition uses for "this
 * act" («loven», «lova»). Without them «klimaloven § 3» in the note reads as a reference to another act.
 */
export function selfNamesFromTitle(title: string | null): string[] {
  if (!title) return []
  const names: string[] = []
  for (const m of title.matchAll(/\(([\p{L}-]+)\)/gu)) names.push(m[1]!.toLowerCase())
  if (/^lov\b/i.test(title.trim())) names.push('loven', 'lova', 'denne lov', 'denne loven', 'lova her', 'loven her')
  return names
}

function roleOf(chain: NoteSection[]): Role {
  for (const section of chain) {
    const h = section.heading.replace(/^\d+(?:\.\d+)*\.?\s+/, '').toLowerCase()
    if (/^(forslag til (endringer?|endringar|ny|nye)|framlegg til|utkast til|forskriftstekst|lovtekst)/.test(h) && looksLikeProvisions(section)) {
      return 'proposal-text'
    }
    // «Gjeldende rett» (nynorsk «Gjeldande rett») describes the law as it is: it shows that the note
    // discusses a provision, never why the ministry changes it.
    if (/gjeld[ae]nde rett|gjeld[ae]nde regl[ae]r|dagens regl[ae]r|rettstilstand/.test(h)) return 'current-law'
    // «Departementets vurdering» is the reasoning, also under a heading that joins it with the hearing
    // («Høringsuttalelser og departementets vurdering»).
    if (/(departementets|departementet si|departementet sine) vurdering/.test(h)) return 'assessment'
    // What the consulted bodies said is not the ministry's reasoning either.
    if (/^(høringsinstans|høyringsinstans|høringsuttalels|høyringsfråsegn|merknader fra høringsinstans|høringen$|høyringa$)/.test(h)) return 'hearing'
    if (/^bakgrunn/.test(h)) return 'background'
    if (/^(innledning|innleiing|sammendrag|samandrag|hovedinnhold|hovudinnhald|proposisjonens hovedinnhold|proposisjonen sitt hovudinnhald)/.test(h)) return 'summary'
    if (/konsekvenser/.test(h)) return 'consequences'
  }
  return 'assessment'
}

function looksLikeProvisions(section: NoteSection): boolean {
  return section.children.some((c) => startsWithSection(c.heading)) || section.paragraphs.some((p) => startsWithSection(p.text))
}

export function flatten(sections: NoteSection[]): NoteSection[] {
  return sections.flatMap((s) => [s, ...flatten(s.children)])
}

export interface ProvisionEntry {
  provision: Provision
  side: 'current' | 'proposed'
  sectionLabel: string | null
}

/** Provisions by `side:id`, found on demand along the id path (ids are path-like: `kap3/§3-2/ledd1`). */
export interface ProvisionLookup {
  get(key: string): ProvisionEntry | undefined
}

/**
 * A lookup rather than a full index: a 10 MB regulation has hundreds of thousands of provisions and the
 * linker asks about a few per change. Ids that do not follow the path convention are found by a
 * one-time full index, built only if needed.
 */
export function indexProvisions(trees: Trees): ProvisionLookup {
  // Position of each id among its siblings, per sibling list, built when the walk first passes it: a
  // `find` over 100,000 sibling sections per lookup made linking quadratic.
  const positions = new WeakMap<Provision[], Map<string, number>>()
  /** The first of `list` whose id is `id` or a path prefix of it (what `list.find` would return). */
  const childOnPath = (list: Provision[], id: string): Provision | undefined => {
    // A short list (the ledds of a section, the sections of a chapter) is read as it stands: cheaper
    // than a map of it, and most lists the walk passes are short.
    if (list.length <= 16) {
      for (const c of list) if (c.id === id || (id.charCodeAt(c.id.length) === 47 && id.startsWith(c.id))) return c
      return undefined
    }
    let at = positions.get(list)
    if (!at) {
      at = new Map()
      list.forEach((c, i) => {
        if (!at!.has(c.id)) at!.set(c.id, i)
      })
      positions.set(list, at)
    }
    let best = at.get(id) ?? -1
    for (let cut = id.indexOf('/'); cut >= 0; cut = id.indexOf('/', cut + 1)) {
      const i = at.get(id.slice(0, cut))
      if (i !== undefined && (best < 0 || i < best)) best = i
    }
    return best < 0 ? undefined : list[best]
  }
  const cache = new Map<string, ProvisionEntry | undefined>()
  let full: Map<string, ProvisionEntry> | null = null
  const walkPath = (side: 'current' | 'proposed', id: string): ProvisionEntry | undefined => {
    let list = trees[side].children
    let label: string | null = null
    for (;;) {
      const next = childOnPath(list, id)
      if (!next) return undefined
      if (next.kind === 'section') label = normaliseLabel(next.label ?? '')
      if (next.id === id) return {provision: next, side, sectionLabel: label}
      list = next.children
    }
  }
  const fullIndex = (): Map<string, ProvisionEntry> => {
    const map = new Map<string, ProvisionEntry>()
    for (const side of ['current', 'proposed'] as const) {
      const walk = (list: Provision[], label: string | null): void => {
        for (const p of list) {
          const own = p.kind === 'section' ? normaliseLabel(p.label ?? '') : label
          if (!map.has(`${side}:${p.id}`)) map.set(`${side}:${p.id}`, {provision: p, side, sectionLabel: own})
          walk(p.children, own)
        }
      }
      walk(trees[side].children, null)
    }
    return map
  }
  return {
    get(key) {
      if (cache.has(key)) return cache.get(key)
      const cut = key.indexOf(':')
      const side = key.slice(0, cut)
      if (side !== 'current' && side !== 'proposed') return undefined
      let entry = walkPath(side, key.slice(cut + 1))
      if (!entry) {
        full ??= fullIndex()
        entry = full.get(key)
      }
      cache.set(key, entry)
      return entry
    }
  }
}

function resolveAll(text: string, selfNames: string[], trees: Trees, byId: ProvisionLookup, lex: Terms, index: SectionIndex): ResolvedReference[] {
  const refs = extractReferences(text, {selfNames}).filter((r) => r.scope === 'self')
  // A paragraph that names a ledd of a section ("se nytt siste ledd i § 3-2") is about that ledd; a bare
  // "§ 3-2" in the same paragraph introduces it and should not link the paragraph to the whole section.
  const qualified = new Set(refs.filter((r) => isQualified(r) && r.sections.length === 1).map((r) => r.sections[0]!))
  return refs
    .filter((r) => isQualified(r) || r.sections.length !== 1 || !qualified.has(r.sections[0]!))
    .map((ref) => {
      const resolution = resolveReference(ref, trees, index)
      const mismatch = checkLedd(ref, text, trees, byId, resolution, lex, index)
      if (mismatch) {
        resolution[mismatch.side] = resolution[mismatch.side].map((id) => (id === mismatch.citedId ? mismatch.actualId : id))
      }
      return {ref, resolution, mismatch}
    })
}

export function isQualified(ref: Reference): boolean {
  return ref.ledd !== null || ref.letters !== null || ref.numbers !== null || ref.sentence !== null || ref.part !== null
}

/**
 * Does the sentence around a ledd reference describe the ledd it names? When another ledd of the same
 * section shares clearly more of its words, the note points at the wrong ledd ("nytt siste ledd" for
 * what is the third of four).
 */
function checkLedd(
  ref: Reference,
  text: string,
  trees: Trees,
  byId: ProvisionLookup,
  resolution: Resolution,
  lex: Terms,
  index: SectionIndex
): ResolvedReference['mismatch'] {
  if (!ref.ledd || ref.sections.length !== 1 || ref.letters || ref.sentence !== null) return null
  const sentence = sentenceAround(text, ref.start, ref.end)
  const words = new Set(lex.terms(sentence.replace(ref.text, ' ')))
  const sides = ref.ledd.isNew ? (['proposed'] as const) : (['current', 'proposed'] as const)
  let verdict: ResolvedReference['mismatch'] = null
  for (const side of sides) {
    const cited = resolution[side][0]
    if (!cited) continue
    // The first section with the label, as a scan of all sections would find it.
    const section = sectionsByLabel(trees[side].children, index).get(ref.sections[0]!)?.[0]
    if (!section) continue
    const ledds = section.children.filter((c) => c.kind === 'ledd')
    const shared = ledds.map((l) => new Set(lex.terms(l.text)).size === 0 ? 0 : [...new Set(lex.terms(l.text))].filter((t) => words.has(t)).length)
    const citedIndex = ledds.findIndex((l) => l.id === cited)
    let best = 0
    for (let i = 1; i < ledds.length; i++) if (shared[i]! > shared[best]!) best = i
    const citedShared = citedIndex >= 0 ? shared[citedIndex]! : 0
    if (best === citedIndex || shared[best]! < 4 || shared[best]! < 2 * Math.max(1, citedShared)) return null
    const actual = ledds[best]!
    const citedNode = byId.get(`${side}:${cited}`)?.provision
    const both: boolean = verdict !== null && verdict.citedCitation === (citedNode?.citation ?? cited) && verdict.actualCitation === actual.citation
    verdict = {side, both, citedId: cited, actualId: actual.id, citedCitation: citedNode?.citation ?? cited, actualCitation: actual.citation}
    if (side === 'proposed') return verdict
  }
  return verdict
}

/** The sentence of `text` that contains [start, end): the grammar's one splitter (src/grammar/sentences.ts). */
export function sentenceAround(text: string, start: number, end: number): string {
  return grammarSentenceAround(text, start, end).text
}

/** Sentence spans, as the grammar's one splitter finds them (trimmed). */
export function sentenceBounds(text: string): Array<[number, number]> {
  return splitSentences(text).map((s) => [s.start, s.end])
}
