/**
 * Is a piece of removed (or added) wording still there, elsewhere, on the other side? The diff pairs
 * what it can; a sentence it reports as removed in one place and added, reworded, in another (IPS ung:
 * the consent sentence from § 3-2 to § 3-1) must not be read as a condition dropped.
 */
import type {Provision, ProvisionTree} from '../types.js'
import {isWhiteSpace, unitTest} from '../text/chars.js'

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

// What may follow a boundary's white space (BOUNDARY's lookahead), remembered per UTF-16 unit. A
// surrogate pair is one character to the regex: it is tested whole.
const STARTS = /^[\p{Lu}\d«(]/u
const startsUnit = unitTest(STARTS)
function startsSentence(text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  if (c >= 0xd800 && c <= 0xdfff) return STARTS.test(text.slice(at, at + 2))
  return startsUnit(c)
}

/**
 * Where the sentences of `text` lie: start and end of each, one after another, trimmed as `sentencesOf`
 * trims them (so an indexer can read a sentence's words from the text without cutting it out).
 */
function sentenceSpans(text: string): number[] {
  const out: number[] = []
  const piece = (from: number, to: number): void => {
    while (from < to && isWhiteSpace(text.charCodeAt(from))) from++
    while (to > from && isWhiteSpace(text.charCodeAt(to - 1))) to--
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

// Per UTF-16 unit, whether it is a letter or digit; a surrogate (a letter outside the basic plane) is
// left to the regex, as `stems` reads it.
const isWordUnit = unitTest(/[\p{L}\p{N}]/u)

// A stem of common letters as a small integer, 6 bits a letter (0: no letter), so the indexer finds
// its number without cutting the stem out and hashing it: a-z, 0-9 and the Nordic and German vowels.
const SMALL = 'abcdefghijklmnopqrstuvwxyz0123456789æøåäöüé'
const smallCode = new Uint8Array(256)
for (let k = 0; k < SMALL.length; k++) smallCode[SMALL.charCodeAt(k)] = k + 1

// Per UTF-16 unit of lower-cased text, all the index's loop asks of it in one look-up: its SMALL code
// (1 .. 43), OTHER_WORD for any other letter or digit, NOT_WORD, or 0 when not yet known.
const OTHER_WORD = 62
const NOT_WORD = 63
const unitClass = new Uint8Array(65536)
function classOf(c: number): number {
  let k = unitClass[c]!
  if (k === 0) unitClass[c] = k = !isWordUnit(c) ? NOT_WORD : c < 256 && smallCode[c]! !== 0 ? smallCode[c]! : OTHER_WORD
  return k
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
 * only the sentences that hold the evidence's words. A lookup reads nothing of a sentence but its set of
 * stems: sentences with the same stems in the same order (most sentences stand on both sides, and a
 * complete proposal's consolidated tree repeats the proposal) are one entry, with a bit per side it
 * stands on. Stems are numbered and everything is kept in flat integer arrays: a set per sentence and
 * a list per stem made a 10 MB regulation's index slow to build and large.
 */
export interface SentenceIndex {
  /** Per entry, bit k set when one of its sentences is in the k-th list given. */
  sides: Uint8Array
  /** Stem → number. */
  stemIds: Map<string, number>
  /** Stem numbers of entry i, distinct, in order of first use: `stems[stemStart[i] .. stemStart[i + 1])`. */
  stemStart: Int32Array
  stems: Int32Array
  /** Entries by the hash of their stem list (see stemListHash), open addressing: entry + 1, 0 when free. */
  table: Int32Array
  /** Entries holding stem s, ascending: `postings[postingStart[s] .. postingStart[s + 1])`. */
  postingStart: Int32Array
  postings: Int32Array
  /** Answers already given, by side, evidence and sentence. */
  answers: Map<string, boolean>
  /** Per evidence, the entries holding all its stems (the same on every side): many lookups share an evidence. */
  holders: Map<string, Holders>
  /** Bitsets of common stems' posting lists, made on first use (see bitsetOf). */
  bitsets: Map<number, Uint32Array>
  /** Per entry, the last lookup that read it as a candidate, and how many lookups there were. */
  stamps: Uint32Array
  lookups: number
  /** Per stem, how often the sentence of the current lookup holds it (0 between lookups). */
  weights: Int32Array
}

/** The entries holding every stem of one evidence: bits in `common[first .. end)`, `candidates` of them. */
interface Holders {
  /** The evidence's stem numbers, distinct; -1 for a stem no entry holds. */
  need: number[]
  /** Null until a lookup needs it (one answered by the sentence's own entry does not). */
  common: Uint32Array | null
  first: number
  end: number
  candidates: number
}

/** FNV-1a over a list of stem numbers. */
function stemListHash(list: Int32Array | number[], from: number, to: number): number {
  let h = 0x811c9dc5
  for (let j = from; j < to; j++) h = Math.imul(h ^ list[j]!, 0x01000193)
  return h
}

/** The slot of `table` (a power of two long) that holds the entry with stem list `list[from .. to)`, or the free slot where it would go. */
function entrySlot(table: Int32Array, stemStart: Int32Array, stems: Int32Array, list: Int32Array | number[], from: number, to: number): number {
  const mask = table.length - 1
  for (let h = stemListHash(list, from, to) & mask; ; h = (h + 1) & mask) {
    const entry = table[h]! - 1
    if (entry < 0) return h
    const start = stemStart[entry]!
    if (stemStart[entry + 1]! - start !== to - from) continue
    let j = 0
    while (from + j < to && stems[start + j] === list[from + j]) j++
    if (from + j === to) return h
  }
}

/**
 * The index over the sentences of several sides, each given as its section texts. A section text that
 * stands on several sides (every unchanged section) is split and read once: its entries' numbers are
 * kept with it and the later sides only set their bit on them. Everything a word passes through is a
 * typed array (stem numbers of common stems by their SMALL code in an open-addressing table, the
 * entries' stem lists, the counts): the loop reads every letter of a 10 MB regulation once, and no
 * sentence is cut out of its text.
 */
export function indexSentencesByStem(lists: string[][]): SentenceIndex {
  const stemIds = new Map<string, number>()
  let sideBits = new Uint8Array(1024)
  let entries = 0
  let starts = new Int32Array(1024)
  let flat = new Int32Array(1 << 16)
  let flatLen = 0
  let table = new Int32Array(2048)
  // Per stem: how many entries list it, and the last entry that did (1-based), so an entry lists each
  // stem once.
  let count = new Int32Array(256)
  let last = new Int32Array(256)
  const ofText = new Map<string, number[]>()
  // SMALL code → stem number + 1 (0: empty slot; a code is never 0, a word has a letter).
  let codeBits = 12
  let codes = new Int32Array(1 << codeBits)
  let codeIds = new Int32Array(1 << codeBits)
  let codesUsed = 0
  const codeSlot = (code: number): number => {
    const mask = (1 << codeBits) - 1
    let h = Math.imul(code, 0x9e3779b1) >>> (32 - codeBits)
    while (codes[h] !== 0 && codes[h] !== code) h = (h + 1) & mask
    return h
  }
  const idOf = (stem: string): number => {
    let id = stemIds.get(stem)
    if (id === undefined) {
      id = stemIds.size
      stemIds.set(stem, id)
      if (id === count.length) {
        count = grown(count, id * 2)
        last = grown(last, id * 2)
      }
    }
    return id
  }
  const smallId = (code: number): number => {
    let h = codeSlot(code)
    if (codes[h] === code) return codeIds[h]! - 1
    let stem = ''
    for (let c = code; c !== 0; c >>>= 6) stem += SMALL[(c & 63) - 1]
    const id = idOf(stem)
    if (++codesUsed * 2 > codes.length) {
      const oldCodes = codes
      const oldIds = codeIds
      codeBits++
      codes = new Int32Array(1 << codeBits)
      codeIds = new Int32Array(1 << codeBits)
      for (let k = 0; k < oldCodes.length; k++) {
        if (oldCodes[k] === 0) continue
        const slot = codeSlot(oldCodes[k]!)
        codes[slot] = oldCodes[k]!
        codeIds[slot] = oldIds[k]!
      }
      h = codeSlot(code)
    }
    codes[h] = code
    codeIds[h] = id + 1
    return id
  }
  // The entry being listed is `entries`; it lists stem `id` once.
  const list = (id: number): void => {
    if (last[id] === entries + 1) return
    last[id] = entries + 1
    if (flatLen === flat.length) flat = grown(flat, flatLen * 2)
    flat[flatLen++] = id
    count[id]!++
  }
  /**
   * Lists the stems of a section text's sentences, one entry each, in `ids`: the words as `stems` reads
   * them from `lower` (the text lower-cased, offset for offset, without surrogates: a letter outside the
   * basic plane is left to `stems`), read without cutting out words (a stem of SMALL letters is found
   * by its code), and the sentences ended where `sentenceSpans` ends them, in the same pass. A piece of
   * white space alone makes an entry with no stems, which no lookup reads, where sentenceSpans makes none.
   */
  const listSentences = (text: string, lower: string, ids: number[]): void => {
    const n = lower.length
    let start = flatLen
    let j = 0
    while (j < n) {
      const c = lower.charCodeAt(j)
      const k = classOf(c)
      if (k !== NOT_WORD) {
        const from = j
        const end = Math.min(from + 5, n)
        let code = k === OTHER_WORD ? -1 : k
        for (j++; j < end; j++) {
          const d = classOf(lower.charCodeAt(j))
          if (d === NOT_WORD) break
          code = d === OTHER_WORD || code < 0 ? -1 : code | (d << (6 * (j - from)))
        }
        const stemEnd = j
        while (j < n && classOf(lower.charCodeAt(j)) !== NOT_WORD) j++
        list(code >= 0 ? smallId(code) : idOf(lower.slice(from, stemEnd)))
        continue
      }
      j++
      // BOUNDARY: . ! ? : then white space, then what starts a sentence.
      if (c !== 46 && c !== 33 && c !== 63 && c !== 58) continue
      let e = j
      while (e < n && isWhiteSpace(text.charCodeAt(e))) e++
      if (e === j || e === n || !startsSentence(text, e)) continue
      ids.push(close(start))
      start = flatLen
      j = e
    }
    ids.push(close(start))
  }
  /** The entry of the stems just listed (from `start`): an earlier one with the same list, or a new one. */
  const close = (start: number): number => {
    const slot = entrySlot(table, starts, flat, flat, start, flatLen)
    const known = table[slot]! - 1
    if (known >= 0) {
      // Taken back: the list is the known entry's, and the next entry is numbered as this one was.
      for (let j = start; j < flatLen; j++) {
        count[flat[j]!]!--
        last[flat[j]!] = 0
      }
      flatLen = start
      return known
    }
    const i = entries++
    table[slot] = i + 1
    if (entries + 1 === starts.length) {
      starts = grown(starts, starts.length * 2)
      sideBits = grown(sideBits, sideBits.length * 2)
    }
    starts[entries] = flatLen
    if (entries * 2 > table.length) table = rehashed(table.length * 2, entries, starts, flat)
    return i
  }
  lists.forEach((texts, k) => {
    const bit = 1 << k
    for (const sectionText of texts) {
      let ids = ofText.get(sectionText)
      if (!ids) {
        ids = []
        // Lower-cased once per section, not per sentence; where lower-casing changes the length
        // (a rare letter such as 'İ'), offsets no longer line up, and where it holds a surrogate
        // the loop cannot read it: then each sentence is cut out and read alone.
        const lower = sectionText.toLowerCase()
        if (lower.length === sectionText.length && !SURROGATE.test(lower)) listSentences(sectionText, lower, ids)
        else {
          const pieces = sentenceSpans(sectionText)
          for (let p = 0; p < pieces.length; p += 2) {
            const start = flatLen
            for (const stem of stems(sectionText.slice(pieces[p]!, pieces[p + 1]!))) list(idOf(stem))
            ids.push(close(start))
          }
        }
        ofText.set(sectionText, ids)
      }
      for (const i of ids) sideBits[i]! |= bit
    }
  })
  const stemCount = stemIds.size
  // Posting lists laid out one after another by stem number, filled in entry order (so ascending).
  const postingStart = new Int32Array(stemCount + 1)
  for (let id = 0; id < stemCount; id++) postingStart[id + 1] = postingStart[id]! + count[id]!
  const postings = new Int32Array(flatLen)
  const fill = postingStart.slice(0, stemCount)
  for (let i = 0; i < entries; i++) {
    for (let j = starts[i]!; j < starts[i + 1]!; j++) postings[fill[flat[j]!]!++] = i
  }
  return {
    sides: sideBits.slice(0, entries),
    stemIds,
    stemStart: starts.slice(0, entries + 1),
    stems: flat.slice(0, flatLen),
    table,
    postingStart,
    postings,
    answers: new Map(),
    holders: new Map(),
    bitsets: new Map(),
    stamps: new Uint32Array(entries),
    lookups: 0,
    weights: new Int32Array(stemCount)
  }
}

/** A table of `size` slots holding entries 0 .. entries - 1. */
function rehashed(size: number, entries: number, stemStart: Int32Array, stems: Int32Array): Int32Array<ArrayBuffer> {
  const table = new Int32Array(size)
  for (let i = 0; i < entries; i++) table[entrySlot(table, stemStart, stems, stems, stemStart[i]!, stemStart[i + 1]!)] = i + 1
  return table
}

/** A copy of `from` in a larger array of the same kind. */
function grown<A extends Int32Array | Uint8Array>(from: A, size: number): A {
  const to = new (from.constructor as new (n: number) => A)(size)
  to.set(from)
  return to
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

/** The entries holding every stem of an evidence, and their count (see Holders). */
function intersect(index: SentenceIndex, holders: Holders): void {
  const size = (id: number): number => index.postingStart[id + 1]! - index.postingStart[id]!
  // A match holds every stem of the evidence, so it is in all of their posting lists: their
  // intersection as a bitset over the sentences, started from the shortest list and narrowed by the
  // others (a common stem's bitset is kept, and intersecting with it is a word-wise AND).
  const need = [...holders.need].sort((a, b) => size(a) - size(b))
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
  Object.assign(holders, {common, first, end, candidates})
}

function lookUp(evidence: string, sentence: string, index: SentenceIndex, bit: number): boolean {
  // A stem no sentence holds is numbered -1: it is in no posting list and no sentence.
  const idOf = (s: string): number => index.stemIds.get(s) ?? -1
  let holders = index.holders.get(evidence)
  if (!holders) index.holders.set(evidence, (holders = {need: [...new Set(stems(evidence).map(idOf))], common: null, first: 0, end: 0, candidates: 0}))
  const need = holders.need
  // An empty evidence has containment 0, never 1 (see containment); an empty sentence never reaches 0.8.
  if (need.length === 0) return false
  const se = stems(sentence)
  if (se.length === 0) return false
  if (need.includes(-1)) return false
  const has = (i: number, id: number): boolean => holds(index.stems, index.stemStart[i]!, index.stemStart[i + 1]!, id)
  // Most sentences the diff could not pair were moved word for word: the same sentence on the other
  // side holds all of its own words, so it matches when it holds the evidence's.
  // (The entry with the sentence's own stem list, if any: what it answers, the search below would too.)
  const seIds = se.map(idOf)
  const same = sameEntry(index, seIds)
  if (same >= 0 && (index.sides[same]! & bit) !== 0 && need.every((id) => has(same, id))) return true
  const size = (id: number): number => (id < 0 ? 0 : index.postingStart[id + 1]! - index.postingStart[id]!)
  if (!holders.common) intersect(index, holders)
  const {first, end, candidates} = holders
  if (candidates === 0) return false
  // It also holds 80 % of the sentence's words, so at least one of the sentence's rarest stems that
  // together make up more than the 20 % it may miss (the pivots). Candidates are read pivot by pivot,
  // rarest first: a sentence carried over is usually found in the first, long before the common stems.
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
  const found = findMatch(index, bit, holders.common!, first, end, candidates, reads, pivots, se.length)
  for (const id of weight.keys()) if (id >= 0) index.weights[id] = 0
  return found
}

/** The entry whose stem list is that of a sentence with stems `ids` (distinct, in order of first use), or -1. */
function sameEntry(index: SentenceIndex, ids: number[]): number {
  if (ids.includes(-1)) return -1
  const list = [...new Set(ids)]
  return index.table[entrySlot(index.table, index.stemStart, index.stems, list, 0, list.length)]! - 1
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

