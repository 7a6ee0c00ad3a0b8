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

/** Every sentence of a tree, from its sections (a section's text holds everything below it). */
export function treeSentences(tree: ProvisionTree): string[] {
  const out: string[] = []
  const walk = (p: Provision): void => {
    if (p.kind === 'section') {
      if (!p.repealed) out.push(...sentencesOf(p.text))
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

/** Sentences indexed by stem, so a lookup reads only the sentences that hold the evidence's words. */
export interface SentenceIndex {
  sentences: Array<{text: string; stems: Set<string>}>
  /** Stem → positions in `sentences`, ascending; a sentence repeated word for word is listed once. */
  postings: Map<string, number[]>
  /** Answers already given, by evidence and sentence. */
  answers: Map<string, boolean>
}

export function indexSentencesByStem(sentences: string[]): SentenceIndex {
  const postings = new Map<string, number[]>()
  // A complete proposal's consolidated tree repeats the proposal: a repeated sentence shares its stems
  // and answers the same, so it is stemmed and listed once.
  const seen = new Map<string, Set<string>>()
  const indexed = sentences.map((text, i) => {
    const known = seen.get(text)
    if (known) return {text, stems: known}
    const own = new Set(stems(text))
    seen.set(text, own)
    for (const s of own) {
      const list = postings.get(s)
      if (list) list.push(i)
      else postings.set(s, [i])
    }
    return {text, stems: own}
  })
  return {sentences: indexed, postings, answers: new Map()}
}

/**
 * `carriedOver` on an index, with the same answer; scanning every sentence of the regulation for every
 * unpaired change was quadratic. A match holds every stem of the evidence, so it is in the shortest of
 * those posting lists; and it holds 80 % of the sentence's words, so it holds at least one of the
 * sentence's rarest stems that together make up more than the 20 % it may miss. The smaller of the two
 * candidate sets is checked in full.
 */
export function carriedOverIndexed(evidence: string, sentence: string, index: SentenceIndex): boolean {
  const key = `${evidence}\u0000${sentence}`
  const known = index.answers.get(key)
  if (known !== undefined) return known
  const answer = lookUp(evidence, sentence, index)
  index.answers.set(key, answer)
  return answer
}

function lookUp(evidence: string, sentence: string, index: SentenceIndex): boolean {
  const ev = stems(evidence)
  // An empty evidence has containment 0, never 1 (see containment); an empty sentence never reaches 0.8.
  if (ev.length === 0) return false
  const se = stems(sentence)
  if (se.length === 0) return false
  let shortest: number[] | undefined
  for (const s of ev) {
    const list = index.postings.get(s)
    if (!list) return false
    if (!shortest || list.length < shortest.length) shortest = list
  }
  let candidates: Iterable<number> = shortest!
  // The sentence's stems, rarest first, with how often each occurs in it.
  const weight = new Map<string, number>()
  for (const s of se) weight.set(s, (weight.get(s) ?? 0) + 1)
  const rarest = [...weight.keys()].sort((a, b) => (index.postings.get(a)?.length ?? 0) - (index.postings.get(b)?.length ?? 0))
  let missed = 0
  let union = 0
  const pivots: string[] = []
  for (const s of rarest) {
    missed += weight.get(s)!
    union += index.postings.get(s)?.length ?? 0
    pivots.push(s)
    // Missing all pivots leaves at most (len - missed) / len, computed as containment computes it.
    if ((se.length - missed) / se.length < 0.8) break
  }
  if ((se.length - missed) / se.length < 0.8 && union < shortest!.length) {
    const set = new Set<number>()
    for (const s of pivots) for (const i of index.postings.get(s) ?? []) set.add(i)
    candidates = set
  }
  const need = [...new Set(ev)]
  for (const i of candidates) {
    const o = index.sentences[i]!.stems
    // Every evidence stem first (cheap, and most candidates fail it), then the 80 % of the sentence.
    if (need.every((s) => o.has(s)) && holdsMost(se, o)) return true
  }
  return false
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
