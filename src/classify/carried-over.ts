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
  /** Stem → positions in `sentences`, ascending. */
  postings: Map<string, number[]>
}

export function indexSentencesByStem(sentences: string[]): SentenceIndex {
  const indexed = indexSentences(sentences)
  const postings = new Map<string, number[]>()
  indexed.forEach((o, i) => {
    for (const s of o.stems) {
      const list = postings.get(s)
      if (list) list.push(i)
      else postings.set(s, [i])
    }
  })
  return {sentences: indexed, postings}
}

/**
 * `carriedOver` on an index: the same answer, but a candidate must hold every stem of the evidence, so
 * only the sentences in the shortest of those posting lists are checked (scanning every sentence of the
 * regulation for every unpaired change was quadratic).
 */
export function carriedOverIndexed(evidence: string, sentence: string, index: SentenceIndex): boolean {
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
  const need = [...new Set(ev)]
  return shortest!.some((i) => {
    const o = index.sentences[i]!.stems
    // Every evidence stem first (cheap, and most candidates fail it), then the 80 % of the sentence.
    for (const s of need) if (!o.has(s)) return false
    return containment(se, o) >= 0.8
  })
}
