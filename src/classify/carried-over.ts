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
