/**
 * The inflected forms a bulk rename («I følgende bestemmelser skal «Dagligvaretilsynet» endres til
 * «Konkurransetilsynet»:») changes besides the quoted words. The quoted form and whatever starts with it (the
 * genitive «Dagligvaretilsynets») are changed as written; when both words end alike in the definite form
 * (-et, -en, -a), the other forms of the same stem are changed too (the plural: «tilsettingene» →
 * «ansettelsene», «tilsettinger» → «ansettelser»). Forms of the stem left over are reported, never silently kept.
 */

const DEFINITE = /(?:et|en|a)$/u
// Endings after the stem that are inflections of the same noun (not a compound: those continue with a letter).
// Only the plural: the singular forms of two nouns need not share a stem the way their definite forms suggest
// («tilsetting» but «ansettelse», «tilsettings» but «ansettelses»), their plurals do («tilsettingene», «ansettelsene»).
const SUFFIXES = ['enes', 'ene', 'ers', 'er']

export interface Inflection {
  from: string
  to: string
}

/** The forms to replace, longest first: the quoted pair, then stem forms when both words share their ending. */
export function inflections(from: string, to: string): Inflection[] {
  const out: Inflection[] = [{from, to}]
  const ending = DEFINITE.exec(from)?.[0]
  if (!ending || !to.endsWith(ending) || from.length - ending.length < 4) return out
  const fromStem = from.slice(0, -ending.length)
  const toStem = to.slice(0, -ending.length)
  // Stems that end in -er/-el/-e inflect irregularly (låntaker → låntakere, låntakerne): only the quoted form then.
  if (/(?:er|el|e)$/u.test(fromStem) || /(?:er|el|e)$/u.test(toStem)) return out
  for (const s of SUFFIXES) if (fromStem + s !== from) out.push({from: fromStem + s, to: toStem + s})
  return out
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')

/** Replace every form in a text: the quoted one as a prefix (as the applier always has), stem forms as whole words. */
export function replaceInflected(text: string, forms: Inflection[]): string {
  const [quoted, ...stems] = forms
  let out = text.split(quoted!.from).join(quoted!.to)
  for (const f of stems) out = out.replace(new RegExp(`(?<![\\p{L}\\d])${escape(f.from)}(?![\\p{L}\\d])`, 'gu'), f.to)
  return out
}

/** How many times the forms occur (the quoted one anywhere, stem forms as whole words). */
export function countInflected(text: string, forms: Inflection[]): number {
  const [quoted, ...stems] = forms
  let n = text.split(quoted!.from).length - 1
  for (const f of stems) n += [...text.matchAll(new RegExp(`(?<![\\p{L}\\d])${escape(f.from)}(?![\\p{L}\\d])`, 'gu'))].length
  return n
}

/** Words still holding the stem of the renamed words after the rename («Dagligvaretilsynsleder»): to report. */
export function formsLeft(text: string, from: string, to = ''): string[] {
  const stem = from.replace(DEFINITE, '')
  if (stem.length < 4) return []
  // Case-insensitive: «Tilsettingen» opening a sentence is the same word.
  const words = text.match(new RegExp(`[\\p{L}\\d-]*${escape(stem)}[\\p{L}\\d-]*`, 'giu')) ?? []
  // A word that holds the new wording («Dagligvaretilsynet» → «Nye Dagligvaretilsynet») is the rename's own.
  return [...new Set(words)].filter((w) => to === '' || !w.toLowerCase().includes(to.toLowerCase()))
}
