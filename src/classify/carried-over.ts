/**
 * Is a piece of removed (or added) wording still there, elsewhere, on the other side? The diff pairs
 * what it can; a sentence it reports as removed in one place and added, reworded, in another (IPS ung:
 * the consent sentence from § 3-2 to § 3-1) must not be read as a condition dropped.
 */
import type {Provision, ProvisionTree} from '../types.js'

// Five-letter prefixes are a cheap stemmer that is good enough for inflection
// ("forutsetning" / "forutsetter", "deltakere" / "deltakeren") without a dictionary.
function stems(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.slice(0, 5))
}

function containment(part: string[], whole: Set<string>): number {
  if (part.length === 0) return 0
  return part.filter((s) => whole.has(s)).length / part.length
}

// The space after . ! ? : before a capital, digit, « or (. Found from the punctuation rather than by
// splitting on a lookbehind: the same pieces (a whitespace run holds no punctuation), read ~2.5× faster
// over a whole regulation.
const BOUNDARY = /[.!?:]\s+(?=[\p{Lu}\d«(])/gu

/** Sentences of a text (collapsed whitespace): split after . ! ? : before a capital, digit or «. */
export function sentencesOf(text: string): string[] {
  const spans = sentenceSpans(text)
  const out: string[] = []
  for (let p = 0; p < spans.length; p += 2) out.push(text.slice(spans[p]!, spans[p + 1]!))
  return out
}

// A boundary with its punctuation captured, to rewrite the white space after it.
const BOUNDARY_SPACE = /([.!?:])\s+(?=[\p{Lu}\d«(])/gu

/**
 * `sentencesOf(text).join(' ')` without cutting out the sentences: each boundary's white space becomes
 * one space and the ends are trimmed (the pieces between boundaries are trimmed only there: a piece
 * after a boundary starts at a non-space, one before it ends at its punctuation). '' when the text
 * holds no sentence.
 */
export function sentencesJoined(text: string): string {
  return text.replace(BOUNDARY_SPACE, '$1 ').trim()
}

// What String#trim removes: the same set as \s.
const SPACE = /\s/
const isSpace = (c: number): boolean => (c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c > 127 && SPACE.test(String.fromCharCode(c)))

/**
 * Where the sentences of `text` lie: start and end of each, one after another, trimmed as `sentencesOf`
 * trims them (so an indexer can read a sentence's words from the text without cutting it out).
 */
function sentenceSpans(text: string): number[] {
  const out: number[] = []
  const piece = (from: number, to: number): void => {
    while (from < to && isSpace(text.charCodeAt(from))) from++
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--
    if (from < to) out.push(from, to)
  }
  let from = 0
  BOUNDARY.lastIndex = 0
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    piece(from, m.index + 1)
    from = BOUNDARY.lastIndex
  }
  piece(from, text.length)
  return out
}

// Per UTF-16 unit, whether it is a letter or digit (1), not (2), or not yet known (0); a surrogate
// (a letter outside the basic plane) is left to the regex, as `stems` reads it.
const wordUnit = new Uint8Array(65536)
const WORD_UNIT = /[\p{L}\p{N}]/u
function isWordUnit(c: number): boolean {
  let k = wordUnit[c]!
  if (k === 0) wordUnit[c] = k = WORD_UNIT.test(String.fromCharCode(c)) ? 1 : 2
  return k === 1
}

// A stem of common letters as a small integer, 6 bits a letter (0: no letter), so the indexer finds
// its number without cutting the stem out and hashing it: a-z, 0-9 and the Nordic and German vowels.
const SMALL = 'abcdefghijklmnopqrstuvwxyz0123456789æøåäöüé'
const smallCode = new Uint8Array(256)
for (let k = 0; k < SMALL.length; k++) smallCode[SMALL.charCodeAt(k)] = k + 1

/**
 * The stems of `lower[from .. to)` as `stems` gives them for that sentence (no word crosses a
 * sentence's end: it ends at punctuation or before white space), read without cutting out words:
 * `small` gets a stem of SMALL letters as its code, `other` any other stem. The text holds no
 * surrogate (a letter outside the basic plane): there `stems` must read the sentence.
 */
function forEachStem(lower: string, from: number, to: number, small: (code: number) => void, other: (stem: string) => void): void {
  let j = from
  while (j < to) {
    if (!isWordUnit(lower.charCodeAt(j))) {
      j++
      continue
    }
    const start = j
    const end = Math.min(start + 5, to)
    let code = 0
    for (; j < end; j++) {
      const c = lower.charCodeAt(j)
      if (!isWordUnit(c)) break
      const k = c < 256 ? smallCode[c]! : 0
      code = k === 0 || code < 0 ? -1 : code | (k << (6 * (j - start)))
    }
    const stemEnd = j
    while (j < to && isWordUnit(lower.charCodeAt(j))) j++
    if (code >= 0) small(code)
    else other(lower.slice(start, stemEnd))
  }
}

const SURROGATE = /[\ud800-\udfff]/

/** The texts of a tree's sections that are not repealed, in document order. */
export function treeSectionTexts(tree: ProvisionTree): string[] {
  const out: string[] = []
  const walk = (p: Provision): void => {
    if (p.kind === 'section') {
      if (!p.repealed) out.push(p.text)
      return
    }
    p.children.forEach(walk)
  }
  tree.children.forEach(walk)
  return out
}

/**
 * True when `evidence`, inside `sentence`, reappears on the other side: some sentence there holds most
 * of the sentence's words (80 %) and every word of the evidence.
 */
export function carriedOver(evidence: string, sentence: string, others: Array<{stems: Set<string>}>): boolean {
  const ev = stems(evidence)
  const se = stems(sentence)
  return others.some((o) => containment(se, o.stems) >= 0.8 && containment(ev, o.stems) === 1)
}

export function indexSentences(sentences: string[]): Array<{text: string; stems: Set<string>}> {
  return sentences.map((text) => ({text, stems: new Set(stems(text))}))
}

/**
 * The sentences of several sides (before and after the proposal) indexed by stem, so a lookup reads
 * only the sentences that hold the evidence's words. Most sentences stand on both sides (and a complete
 * proposal's consolidated tree repeats the proposal): each distinct sentence is stemmed and listed once,
 * with a bit per side it stands on. Stems are numbered and everything is kept in flat integer arrays:
 * a set per sentence and a list per stem made a 10 MB regulation's index slow to build and large.
 */
export interface SentenceIndex {
  /** Position of each distinct sentence. */
  at: Map<string, number>
  /** Per sentence, bit k set when it is in the k-th list given. */
  sides: Uint8Array
  /** Stem → number. */
  stemIds: Map<string, number>
  /** Stem numbers of sentence i, distinct, in order of first use: `stems[stemStart[i] .. stemStart[i + 1])`. */
  stemStart: Int32Array
  stems: Int32Array
  /** Sentences holding stem s, ascending: `postings[postingStart[s] .. postingStart[s + 1])`. */
  postingStart: Int32Array
  postings: Int32Array
  /** Answers already given, by side, evidence and sentence. */
  answers: Map<string, boolean>
  /** Bitsets of common stems' posting lists, made on first use (see bitsetOf). */
  bitsets: Map<number, Uint32Array>
  /** Per sentence, the last lookup that read it as a candidate, and how many lookups there were. */
  stamps: Uint32Array
  lookups: number
  /** Per stem, how often the sentence of the current lookup holds it (0 between lookups). */
  weights: Int32Array
}

/**
 * The index over the sentences of several sides, each given as its section texts. A section text that
 * stands on several sides (every unchanged section) is split and looked up once: its sentences' numbers
 * are kept with it and the later sides only set their bit on them.
 */
export function indexSentencesByStem(lists: string[][]): SentenceIndex {
  const at = new Map<string, number>()
  const sideBits: number[] = []
  const stemIds = new Map<string, number>()
  const starts: number[] = [0]
  const flat: number[] = []
  const count: number[] = []
  // Per stem, the last sentence that listed it (1-based), so a sentence lists each stem once.
  const last: number[] = []
  const ofText = new Map<string, number[]>()
  // Stem numbers by SMALL code (see forEachStem), beside `stemIds`.
  const smallIds = new Map<number, number>()
  // The sentence whose stems are being listed.
  let i = 0
  const listId = (id: number): void => {
    if (last[id] === i + 1) return
    last[id] = i + 1
    flat.push(id)
    count[id]!++
  }
  const idOf = (stem: string): number => {
    let id = stemIds.get(stem)
    if (id === undefined) {
      id = stemIds.size
      stemIds.set(stem, id)
      count.push(0)
      last.push(0)
    }
    return id
  }
  const addStem = (stem: string): void => listId(idOf(stem))
  const addSmall = (code: number): void => {
    let id = smallIds.get(code)
    if (id === undefined) {
      let stem = ''
      for (let c = code; c !== 0; c >>>= 6) stem += SMALL[(c & 63) - 1]
      smallIds.set(code, (id = idOf(stem)))
    }
    listId(id)
  }
  lists.forEach((list, k) => {
    const bit = 1 << k
    for (const sectionText of list) {
      let ids = ofText.get(sectionText)
      if (!ids) {
        ids = []
        const pieces = sentenceSpans(sectionText)
        // Lower-cased once per section, not per sentence; where lower-casing changes the length
        // (a rare letter such as 'İ'), offsets no longer line up, and where it holds a surrogate
        // forEachStem cannot read it: then each sentence is read alone.
        const lower = sectionText.toLowerCase()
        const aligned = lower.length === sectionText.length && !SURROGATE.test(lower)
        for (let p = 0; p < pieces.length; p += 2) {
          const text = sectionText.slice(pieces[p]!, pieces[p + 1]!)
          const known = at.get(text)
          if (known !== undefined) {
            ids.push(known)
            continue
          }
          i = sideBits.length
          at.set(text, i)
          sideBits.push(0)
          ids.push(i)
          if (aligned) forEachStem(lower, pieces[p]!, pieces[p + 1]!, addSmall, addStem)
          else for (const stem of stems(text)) addStem(stem)
          starts.push(flat.length)
        }
        ofText.set(sectionText, ids)
      }
      for (const i of ids) sideBits[i]! |= bit
    }
  })
  // Posting lists laid out one after another by stem number, filled in sentence order (so ascending).
  const postingStart = new Int32Array(count.length + 1)
  for (let id = 0; id < count.length; id++) postingStart[id + 1] = postingStart[id]! + count[id]!
  const postings = new Int32Array(flat.length)
  const fill = postingStart.slice(0, count.length)
  for (let i = 0; i + 1 < starts.length; i++) {
    for (let j = starts[i]!; j < starts[i + 1]!; j++) postings[fill[flat[j]!]!++] = i
  }
  return {
    at,
    sides: Uint8Array.from(sideBits),
    stemIds,
    stemStart: Int32Array.from(starts),
    stems: Int32Array.from(flat),
    postingStart,
    postings,
    answers: new Map(),
    bitsets: new Map(),
    stamps: new Uint32Array(sideBits.length),
    lookups: 0,
    weights: new Int32Array(stemIds.size)
  }
}

/**
 * `carriedOver` against the sentences of one side (`side`: the position of its list in
 * `indexSentencesByStem`), with the same answer; scanning every sentence of the regulation for every
 * unpaired change was quadratic. Only sentences holding every stem of the evidence and one of the
 * sentence's pivots (see lookUp) can match; they are read from the posting lists.
 */
export function carriedOverIndexed(evidence: string, sentence: string, index: SentenceIndex, side: number): boolean {
  const key = `${side}\u0000${evidence}\u0000${sentence}`
  const known = index.answers.get(key)
  if (known !== undefined) return known
  const answer = lookUp(evidence, sentence, index, 1 << side)
  index.answers.set(key, answer)
  return answer
}

function lookUp(evidence: string, sentence: string, index: SentenceIndex, bit: number): boolean {
  const ev = stems(evidence)
  // An empty evidence has containment 0, never 1 (see containment); an empty sentence never reaches 0.8.
  if (ev.length === 0) return false
  const se = stems(sentence)
  if (se.length === 0) return false
  // A stem no sentence holds is numbered -1: it is in no posting list and no sentence.
  const idOf = (s: string): number => index.stemIds.get(s) ?? -1
  const need = [...new Set(ev.map(idOf))]
  if (need.includes(-1)) return false
  const has = (i: number, id: number): boolean => holds(index.stems, index.stemStart[i]!, index.stemStart[i + 1]!, id)
  // Most sentences the diff could not pair were moved word for word: the same sentence on the other
  // side holds all of its own words, so it matches when it holds the evidence's.
  const same = index.at.get(sentence)
  if (same !== undefined && (index.sides[same]! & bit) !== 0 && need.every((id) => has(same, id))) return true
  const size = (id: number): number => (id < 0 ? 0 : index.postingStart[id + 1]! - index.postingStart[id]!)
  // A match holds every stem of the evidence, so it is in all of their posting lists: their
  // intersection as a bitset over the sentences, started from the shortest list and narrowed by the
  // others (a common stem's bitset is kept, and intersecting with it is a word-wise AND).
  need.sort((a, b) => size(a) - size(b))
  const common = new Uint32Array((index.sides.length + 31) >>> 5)
  forEachPosting(index, need[0]!, (i) => {
    common[i >>> 5]! |= 1 << (i & 31)
  })
  // Only the words between the shortest list's first and last sentence can hold a bit (lists ascend);
  // each AND narrows that span to the words still set, and an empty span ends the search.
  let first = index.postings[index.postingStart[need[0]!]!]! >>> 5
  let end = (index.postings[index.postingStart[need[0]! + 1]! - 1]! >>> 5) + 1
  for (let k = 1; k < need.length && first < end; k++) {
    const bits = bitsetOf(index, need[k]!)
    let lo = end
    let hi = first
    for (let w = first; w < end; w++) {
      if ((common[w]! &= bits[w]!) === 0) continue
      if (lo === end) lo = w
      hi = w + 1
    }
    first = lo
    end = hi
  }
  let candidates = 0
  for (let w = first; w < end; w++) candidates += bitCount(common[w]!)
  if (candidates === 0) return false
  // It also holds 80 % of the sentence's words, so at least one of the sentence's rarest stems that
  // together make up more than the 20 % it may miss (the pivots). Candidates are read pivot by pivot,
  // rarest first: a sentence carried over is usually found in the first, long before the common stems.
  const seIds = se.map(idOf)
  const weight = new Map<number, number>()
  for (const id of seIds) weight.set(id, (weight.get(id) ?? 0) + 1)
  const rarest = [...weight.keys()].sort((a, b) => size(a) - size(b))
  const pivots: number[] = []
  let missed = 0
  let reads = 0
  for (const id of rarest) {
    pivots.push(id)
    reads += size(id)
    missed += weight.get(id)!
    // A sentence without any pivot so far keeps at most (len - missed) / len, computed as containment computes it.
    if ((se.length - missed) / se.length < 0.8) break
  }
  for (const [id, n] of weight) if (id >= 0) index.weights[id] = n
  const found = findMatch(index, bit, common, first, end, candidates, reads, pivots, se.length)
  for (const id of weight.keys()) if (id >= 0) index.weights[id] = 0
  return found
}

/** Is one of the sentences in `common` (bits only in words first .. end), on the side `bit`, a match for a sentence of n words (see lookUp)? */
function findMatch(index: SentenceIndex, bit: number, common: Uint32Array, first: number, end: number, candidates: number, reads: number, pivots: number[], n: number): boolean {
  const size = (id: number): number => (id < 0 ? 0 : index.postingStart[id + 1]! - index.postingStart[id]!)
  // When fewer sentences hold the evidence than the pivots' lists are long (common words only), the
  // evidence's sentences are read directly: the answer is the same, any match holds a pivot.
  if (candidates < reads) {
    for (let w = first; w < end; w++) {
      for (let bits = common[w]!; bits !== 0; bits &= bits - 1) {
        const i = (w << 5) | (31 - Math.clz32(bits & -bits))
        if ((index.sides[i]! & bit) !== 0 && holdsMost(n, index, i)) return true
      }
    }
    return false
  }
  // Candidates already read for an earlier pivot carry this lookup's stamp.
  const stamp = ++index.lookups
  for (const id of pivots) {
    const from = id < 0 ? 0 : index.postingStart[id]!
    const to = from + size(id)
    for (let k = from; k < to; k++) {
      const i = index.postings[k]!
      if ((common[i >>> 5]! & (1 << (i & 31))) === 0 || index.stamps[i] === stamp) continue
      index.stamps[i] = stamp
      if ((index.sides[i]! & bit) !== 0 && holdsMost(n, index, i)) return true
    }
  }
  return false
}

function bitCount(w: number): number {
  w -= (w >>> 1) & 0x55555555
  w = (w & 0x33333333) + ((w >>> 2) & 0x33333333)
  return (Math.imul((w + (w >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24)
}

function forEachPosting(index: SentenceIndex, id: number, visit: (i: number) => void): void {
  for (let k = index.postingStart[id]!; k < index.postingStart[id + 1]!; k++) visit(index.postings[k]!)
}

/**
 * The sentences holding a stem, one bit each. Kept for stems in more than one sentence in 32, whose
 * bitset is no larger than their list and which many lookups share; built afresh for the others.
 */
function bitsetOf(index: SentenceIndex, id: number): Uint32Array {
  const kept = index.bitsets.get(id)
  if (kept) return kept
  const bits = new Uint32Array((index.sides.length + 31) >>> 5)
  forEachPosting(index, id, (i) => {
    bits[i >>> 5]! |= 1 << (i & 31)
  })
  if ((index.postingStart[id + 1]! - index.postingStart[id]!) * 32 > index.sides.length) index.bitsets.set(id, bits)
  return bits
}

/**
 * `containment(part, sentence i) >= 0.8` on stem numbers, with `index.weights` holding how often `part`
 * (of length n) names each stem: a sentence lists each stem once, so the words of `part` it holds are
 * the sum of its stems' weights (one pass over the sentence instead of a scan of it per word).
 */
function holdsMost(n: number, index: SentenceIndex, i: number): boolean {
  let found = 0
  for (let j = index.stemStart[i]!; j < index.stemStart[i + 1]!; j++) found += index.weights[index.stems[j]!]!
  return found / n >= 0.8
}

/** Is `id` in `list[from .. to)`? (A sentence has a few dozen stems: a scan is as quick as a search.) */
function holds(list: Int32Array, from: number, to: number, id: number): boolean {
  for (let j = from; j < to; j++) if (list[j] === id) return true
  return false
}

