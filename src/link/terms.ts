/**
 * Norwegian (bokmål) terms for lexical matching: lower case, stop words out, Snowball stemming, so that
 * "deltakeren/deltakere" and "samtykke/samtykker" meet.
 */
import type {Stemmer} from '../grammar/stem.js'
import {blankSectionNumbers} from '../grammar/references.js'

// Snowball's Norwegian stop list plus the bokmål forms it lacks. The modal verbs ("kan", "skal", "må",
// "få") are stop words here too: they stand in nearly every sentence of a regulation and its note, so
// as match terms they only add noise; what a change of modality means is the classify stage's work.
const STOP = new Set(
  (
    'og i jeg det at en et den til er som på de med han av ikke ikkje der så var meg seg men ett har om vi min mitt ha hadde hun nå over da ved fra du ut sin dem oss opp man kunne hans hvor eller hva blir vil bli ble blitt noe inn deg her så seg selv også hvis eller før bare etter ville dere dette disse denne sine sitt mot være vært slik sånn hvilke hvem vi hennes deres dykkar noen noka nokon kva korleis når fordi enn samme mange mye mer mest medan mens uten innen under mellom hos gjennom derfor dersom samt både hver hvert hvilken hvordan dermed herunder ev jf bl mv f.eks eks nr jf. dvs andre annen annet alle all alt ingen ingenting nok for kan skal må få gis ' +
    // Nynorsk forms, so that a nynorsk act and a bokmål note (or the other way round) meet on their words.
    'eit ein ei dei desse frå vere vore vert verte berre òg ho kvar kva korleis sjølv utan medan nokre noko hjå mykje meir elles ' +
    'gjevast'
  ).split(/\s+/)
)

/**
 * The linker's terms for one run: the run's stemmer and a memo of the texts tokenised so far. The same
 * passages and changed words are tokenised again and again while ranking; the memo keeps that linear,
 * and it is bounded and dropped with the run. Callers must not mutate the arrays returned.
 */
export interface Terms {
  /** Terms of a text in order (stems), stop words removed. Digits are kept ("16", "30"): ages and limits matter. */
  terms(text: string): string[]
  /**
   * Whether `terms(text)` is not empty, without stemming or keeping the terms: the linker asks this of
   * the unchanged runs of every change, long texts whose terms it never needs.
   */
  hasTerms(text: string): boolean
}

const MEMO_LIMIT = 20_000

/** The terms of one run, stemmed by its `stemmer`. */
export function createTerms(stemmer: Stemmer): Terms {
  const memo = new Map<string, string[]>()
  const terms = (text: string): string[] => {
    const hit = memo.get(text)
    if (hit) return hit
    const out = tokenise(text, stemmer)
    if (memo.size >= MEMO_LIMIT) memo.clear()
    memo.set(text, out)
    return out
  }
  const hasTerms = (text: string): boolean => {
    const hit = memo.get(text)
    if (hit) return hit.length > 0
    for (const m of prepare(text).matchAll(WORD)) if (isTerm(m[0])) return true
    return false
  }
  return {terms, hasTerms}
}

function tokenise(text: string, stemmer: Stemmer): string[] {
  const out: string[] = []
  // `match` gives the words as strings: no match object per word as `matchAll` makes. (A loop over the
  // character codes took twice as long in a single run, before V8 had optimised it.)
  const words = prepare(text).match(WORD) ?? []
  for (let k = 0; k < words.length; k++) if (isTerm(words[k]!)) out.push(stemmer.stem(words[k]!))
  return out
}

const WORD = /[\p{L}\d]+/gu

function prepare(text: string): string {
  // Section numbers are references, not words: "§ 11-5" in a sentence about another act must not make
  // it match a change that cites the same number (references are the explicit-reference rule's work).
  return blankSectionNumbers(text.normalize('NFC')).toLowerCase()
}

function isTerm(word: string): boolean {
  return !STOP.has(word) && (word.length >= 2 || /\d/.test(word))
}
