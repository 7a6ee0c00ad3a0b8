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

/** Sentences of a text (collapsed whitespace): split after . ! ? : before a capital, digit or «. */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?:])\s+(?=[\p{Lu}\d«(])/u).map((s) => s.trim()).filter(Boolean)
}

/**
 * Every sentence of a tree, from its sections (a section's text holds everything below it). `split`
 * lets a caller share one split per section text across trees (unchanged sections repeat on each side).
 */
export function treeSentences(tree: ProvisionTree, split: (text: string) => string[] = sentencesOf): string[] {
  const out: string[] = []
  const walk = (p: Provision): void => {
    if (p.kind === 'section') {
      if (!p.repealed) for (const s of split(p.text)) out.push(s)
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
 * with a bit per side it stands on.
 */
export interface SentenceIndex {
  /** Distinct sentences; `sides` has bit k set when the sentence is in the k-th list given. */
  sentences: Array<{text: string; stems: Set<string>; sides: number}>
  /** Stem → positions in `sentences`, ascending. */
  postings: Map<string, number[]>
  /** Position of each distinct sentence in `sentences`. */
  at: Map<string, number>
  /** Answers already given, by side, evidence and sentence. */
  answers: Map<string, boolean>
}

export function indexSentencesByStem(sides: string[][]): SentenceIndex {
  const postings = new Map<string, number[]>()
  const sentences: SentenceIndex['sentences'] = []
  const at = new Map<string, number>()
  sides.forEach((list, k) => {
    const bit = 1 << k
    for (const text of list) {
      const known = at.get(text)
      if (known !== undefined) {
        sentences[known]!.sides |= bit
        continue
      }
      const i = sentences.length
      const own = new Set(stems(text))
      at.set(text, i)
      sentences.push({text, stems: own, sides: bit})
      for (const s of own) {
        const list = postings.get(s)
        if (list) list.push(i)
        else postings.set(s, [i])
      }
    }
  })
  return {sentences, postings, at, answers: new Map()}
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
  // Most sentences the diff could not pair were moved word for word: the same sentence on the other
  // side holds all of its own words, so it matches when it holds the evidence's.
  const same = index.at.get(sentence)
  if (same !== undefined) {
    const o = index.sentences[same]!
    if ((o.sides & bit) !== 0 && ev.every((s) => o.stems.has(s))) return true
  }
  // A match holds every stem of the evidence, so it is in the intersection of their posting lists
  // (taken shortest first: merging sorted integers is far cheaper than testing each candidate's stems).
  const need = [...new Set(ev)]
  const lists: number[][] = []
  for (const s of need) {
    const list = index.postings.get(s)
    if (!list) return false
    lists.push(list)
  }
  lists.sort((a, b) => a.length - b.length)
  let common = lists[0]!
  for (let k = 1; k < lists.length && common.length > 0; k++) common = intersect(common, lists[k]!)
  if (common.length === 0) return false
  // It also holds 80 % of the sentence's words, so at least one of the sentence's rarest stems that
  // together make up more than the 20 % it may miss (the pivots). Candidates are read pivot by pivot,
  // rarest first: a sentence carried over is usually found in the first, long before the common stems.
  const weight = new Map<string, number>()
  for (const s of se) weight.set(s, (weight.get(s) ?? 0) + 1)
  const rarest = [...weight.keys()].sort((a, b) => (index.postings.get(a)?.length ?? 0) - (index.postings.get(b)?.length ?? 0))
  const tried = new Set<number>()
  let missed = 0
  for (const s of rarest) {
    const list = index.postings.get(s)
    if (list) {
      for (const i of intersect(list, common)) {
        if (tried.has(i)) continue
        tried.add(i)
        const o = index.sentences[i]!
        if ((o.sides & bit) !== 0 && holdsMost(se, o.stems)) return true
      }
    }
    missed += weight.get(s)!
    // A sentence without any pivot so far keeps at most (len - missed) / len, computed as containment computes it.
    if ((se.length - missed) / se.length < 0.8) break
  }
  return false
}

/** The numbers in both ascending lists, ascending; gallops through the longer (a rare stem's list against a common one's). */
function intersect(a: number[], b: number[]): number[] {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a]
  const out: number[] = []
  let lo = 0
  for (const x of small) {
    // Widen the step until it passes x, then halve into the first element not below x.
    let step = 1
    while (lo + step < large.length && large[lo + step]! < x) {
      lo += step
      step *= 2
    }
    let hi = Math.min(lo + step, large.length)
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (large[mid]! < x) lo = mid + 1
      else hi = mid
    }
    if (lo === large.length) break
    if (large[lo] === x) out.push(x)
  }
  return out
}

/** `containment(part, whole) >= 0.8`, giving up as soon as too many words are missing. */
function holdsMost(part: string[], whole: Set<string>): boolean {
  const n = part.length
  let missing = 0
  for (const s of part) {
    if (whole.has(s)) continue
    missing++
    // The share found can only fall from here (n - missing is what it can still reach).
    if ((n - missing) / n < 0.8) return false
  }
  return (n - missing) / n >= 0.8
}
