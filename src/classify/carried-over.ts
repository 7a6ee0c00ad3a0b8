/**
 * Is a piece of removed (or added) wording still there, elsewhere, on the other side? The diff pairs
 * what it can; a sentence it reports as removed in one place and added, reworded, in another (IPS ung:
 * the consent sentence from § 3-2 to § 3-1) must not be read as a condition dropped.
 */
import type {Provision, ProvisionTree} from '../types.js'
import {sentencesJoined, sentencesOf, splitSentences, type SentenceSpan} from '../grammar/sentences.js'
import type {Stemmer} from '../grammar/stem.js'
import {unitTest} from '../text/chars.js'

export {sentencesJoined, sentencesOf}

const WORDS = /[\p{L}\p{N}]+/gu
// `WORDS` one code unit at a time (a table filled as units are met: a pure test, not state).
const isWordUnit = unitTest(/[\p{L}\p{N}]/u)
const SURROGATE = /[\ud800-\udfff]/

/** The matching keys of a text's words, in order (the grammar's one stemmer). */
function stems(text: string, stemmer: Stemmer): string[] {
  return (text.toLowerCase().match(WORDS) ?? []).map((w) => stemmer.key(w))
}

function containment(part: string[], whole: Set<string>): number {
  if (part.length === 0) return 0
  return part.filter((s) => whole.has(s)).length / part.length
}

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
export function carriedOver(evidence: string, sentence: string, others: Array<{stems: Set<string>}>, stemmer: Stemmer): boolean {
  const ev = stems(evidence, stemmer)
  const se = stems(sentence, stemmer)
  return others.some((o) => containment(se, o.stems) >= 0.8 && containment(ev, o.stems) === 1)
}

export function indexSentences(sentences: string[], stemmer: Stemmer): Array<{text: string; stems: Set<string>}> {
  return sentences.map((text) => ({text, stems: new Set(stems(text, stemmer))}))
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
  /** The run's stemmer, which made the index's stems and reads the lookups' words. */
  stemmer: Stemmer
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

/** The index being built: entries' stem lists, flat, and per stem its count and the last entry listing it. */
interface Builder {
  stemmer: Stemmer
  stemIds: Map<string, number>
  sideBits: Uint8Array
  entries: number
  starts: Int32Array
  flat: Int32Array
  flatLen: number
  table: Int32Array
  count: Int32Array
  last: Int32Array
}

function newBuilder(stemmer: Stemmer): Builder {
  return {
    stemmer, stemIds: new Map(), sideBits: new Uint8Array(1024), entries: 0, starts: new Int32Array(1024),
    flat: new Int32Array(1 << 16), flatLen: 0, table: new Int32Array(2048), count: new Int32Array(256), last: new Int32Array(256)
  }
}

/** The number of a stem, numbered on first sight. */
function stemId(b: Builder, stem: string): number {
  let id = b.stemIds.get(stem)
  if (id === undefined) {
    id = b.stemIds.size
    b.stemIds.set(stem, id)
    if (id === b.count.length) {
      b.count = grown(b.count, id * 2)
      b.last = grown(b.last, id * 2)
    }
  }
  return id
}

/** The entry being listed (`b.entries`) lists stem `id`, once. */
function listStem(b: Builder, id: number): void {
  if (b.last[id] === b.entries + 1) return
  b.last[id] = b.entries + 1
  if (b.flatLen === b.flat.length) b.flat = grown(b.flat, b.flatLen * 2)
  b.flat[b.flatLen++] = id
  b.count[id]!++
}

/** The entry of the stems listed from `start`: an earlier one with the same list, or a new one. */
function closeEntry(b: Builder, start: number): number {
  const slot = entrySlot(b.table, b.starts, b.flat, b.flat, start, b.flatLen)
  const known = b.table[slot]! - 1
  if (known >= 0) {
    // Taken back: the list is the known entry's, and the next entry is numbered as this one was.
    for (let j = start; j < b.flatLen; j++) {
      b.count[b.flat[j]!]!--
      b.last[b.flat[j]!] = 0
    }
    b.flatLen = start
    return known
  }
  const i = b.entries++
  b.table[slot] = i + 1
  if (b.entries + 1 === b.starts.length) {
    b.starts = grown(b.starts, b.starts.length * 2)
    b.sideBits = grown(b.sideBits, b.sideBits.length * 2)
  }
  b.starts[b.entries] = b.flatLen
  if (b.entries * 2 > b.table.length) b.table = rehashed(b.table.length * 2, b.entries, b.starts, b.flat)
  return i
}

/**
 * The entries of a section text's sentences (as the grammar splits them: `spans`), in order. The text is
 * lower-cased once and its words read by char code, each given to the sentence it lies in (a loop over a
 * regulation's every letter: a regex per text cost ~3× more). Where lower-casing changes the length (a
 * rare letter such as 'İ') or the text holds a surrogate pair, offsets or units do not line up with the
 * words `stems` reads, and each sentence is read alone.
 */
function listSentences(b: Builder, text: string, spans: SentenceSpan[]): number[] {
  const ids: number[] = []
  const lower = text.toLowerCase()
  if (lower.length !== text.length || SURROGATE.test(lower)) {
    for (const span of spans) {
      const start = b.flatLen
      for (const stem of stems(span.text, b.stemmer)) listStem(b, stemId(b, stem))
      ids.push(closeEntry(b, start))
    }
    return ids
  }
  for (const span of spans) {
    const start = b.flatLen
    for (let j = span.start; j < span.end; ) {
      if (!isWordUnit(lower.charCodeAt(j))) {
        j++
        continue
      }
      const from = j
      while (j < span.end && isWordUnit(lower.charCodeAt(j))) j++
      listStem(b, stemId(b, b.stemmer.key(lower.slice(from, j))))
    }
    ids.push(closeEntry(b, start))
  }
  return ids
}

/** The finished index: posting lists laid out one after another by stem number, filled in entry order (so ascending). */
function finish(b: Builder): SentenceIndex {
  const stemCount = b.stemIds.size
  const postingStart = new Int32Array(stemCount + 1)
  for (let id = 0; id < stemCount; id++) postingStart[id + 1] = postingStart[id]! + b.count[id]!
  const postings = new Int32Array(b.flatLen)
  const fill = postingStart.slice(0, stemCount)
  for (let i = 0; i < b.entries; i++) {
    for (let j = b.starts[i]!; j < b.starts[i + 1]!; j++) postings[fill[b.flat[j]!]!++] = i
  }
  return {
    stemmer: b.stemmer,
    sides: b.sideBits.slice(0, b.entries),
    stemIds: b.stemIds,
    stemStart: b.starts.slice(0, b.entries + 1),
    stems: b.flat.slice(0, b.flatLen),
    table: b.table,
    postingStart,
    postings,
    answers: new Map(),
    holders: new Map(),
    bitsets: new Map(),
    stamps: new Uint32Array(b.entries),
    lookups: 0,
    weights: new Int32Array(stemCount)
  }
}

/**
 * The index over the sentences of several sides, each given as its section texts. A section text that
 * stands on several sides (every unchanged section) is split and read once: its entries' numbers are
 * kept with it and the later sides only set their bit on them. Sentences are the grammar's and words
 * are keyed by the grammar's stemmer, as every other reader of the regulation splits and stems them
 * (`spansOf`: the grammar's split, or a caller's memo of it).
 */
export function indexSentencesByStem(lists: string[][], stemmer: Stemmer, spansOf: (text: string) => SentenceSpan[] = splitSentences): SentenceIndex {
  const b = newBuilder(stemmer)
  const ofText = new Map<string, number[]>()
  lists.forEach((texts, k) => {
    const bit = 1 << k
    for (const sectionText of texts) {
      let ids = ofText.get(sectionText)
      if (!ids) ofText.set(sectionText, (ids = listSentences(b, sectionText, spansOf(sectionText))))
      for (const i of ids) b.sideBits[i]! |= bit
    }
  })
  return finish(b)
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
  if (!holders) index.holders.set(evidence, (holders = {need: [...new Set(stems(evidence, index.stemmer).map(idOf))], common: null, first: 0, end: 0, candidates: 0}))
  const need = holders.need
  // An empty evidence has containment 0, never 1 (see containment); an empty sentence never reaches 0.8.
  if (need.length === 0) return false
  const se = stems(sentence, index.stemmer)
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

