/**
 * Thresholds: ages, durations, deadlines and amounts, in digits or number words, and whether a change
 * raises, lowers, adds or removes them.
 */
import type {Alignment} from '../align.js'
import {B, E, type Mention, compareMentions, matchAll, quote} from '../mentions.js'
import {NUMBER_PATTERN, parseNumber} from '../numbers.js'
import {maskQuotes} from './modality.js'
import type {Effect} from '../../types.js'

export type Category = 'age' | 'duration' | 'deadline' | 'amount'

export interface Threshold {
  category: Category
  /** The numbers as written ("mellom 16 år og 30 år" → 16, 30), for finding the same limit elsewhere. */
  numbers: number[]
  /** `min`: at least / from; `max`: at most / under; `range`; `exact`. */
  bound: 'min' | 'max' | 'range' | 'exact'
  /** Comparable magnitude: years for ages, days for durations and deadlines, the number for amounts. */
  low: number
  high: number
  unit: string
  /** For ages: reached on the birthday, or at the start of the calendar year the person turns N. */
  basis: 'birthday' | 'year' | null
}

// A number may be repeated in digits in brackets: "tre (3) års".
const N = `(${NUMBER_PATTERN})(?:\\s*\\(\\d+\\))?`
const PERSON = '(?:det\\s+(?:kalender)?året\\s+(?:personen|en|man|vedkommende|deltakeren|eleven|barnet|den\\s+unge|søkeren|han|hun|ho|ein)\\s+fyller)'

// Each pattern: category, bound, basis, and how to read its numbers. Order matters: ages first,
// then deadlines, so "16 år" in an age or "åtte uker" in a deadline is not read again as a duration.
const AGE_PATTERNS: Array<{re: RegExp; bound: Threshold['bound']; basis: Threshold['basis']}> = [
  {re: new RegExp(B + '(?:(?:fra|frå)\\s+)?' + PERSON + '\\s+' + N + '\\s+år' + E, 'giu'), bound: 'min', basis: 'year'},
  {re: new RegExp(B + '(?:fram|frem|opp)\\s+til\\s+(?:fylte|(?:har|hadde)\\s+fylt)\\s+' + N + '\\s+år' + E, 'giu'), bound: 'max', basis: 'birthday'},
  {re: new RegExp(B + '(?:(?:har|hadde|er)\\s+)?(?:(?:fra|frå)\\s+)?(?:fylt|fylte|fyller)\\s+' + N + '\\s+år' + E, 'giu'), bound: 'min', basis: 'birthday'},
  {re: new RegExp(B + 'mellom\\s+' + N + '(?:\\s+år)?\\s+og\\s+' + N + '\\s+år' + E, 'giu'), bound: 'range', basis: 'birthday'},
  {re: new RegExp('(?<![\\p{L}\\p{N}]i\\s|[\\p{L}\\p{N}]på\\s)' + B + '(?:under|yngre\\s+enn)\\s+' + N + '\\s+år' + E, 'giu'), bound: 'max', basis: 'birthday'},
  {re: new RegExp(B + '(?:personer|unge|barn|deltakere|søkere|elever|ungdom|de)\\s+(?:over|eldre\\s+enn)\\s+' + N + '\\s+år' + E, 'giu'), bound: 'min', basis: 'birthday'},
  {re: new RegExp(B + N + '\\s+år\\s+eller\\s+eldre' + E, 'giu'), bound: 'min', basis: 'birthday'},
  {re: new RegExp(B + N + '-åringer' + E, 'giu'), bound: 'exact', basis: 'birthday'}
]

// Genitive forms count too: "24 timers varsel", "tre års studier".
const UNIT = '(år|års|måneder|måneders|måned|månader|månad|uker|ukers|uke|veker|veke|dager|dagers|dag|dagar|døgn|virkedager|yrkedagar|timer|timers|time|timar)'
const DAYS: Array<[RegExp, number]> = [
  [/^år/, 365], [/^måned|^månad/, 365 / 12], [/^uke|^veke/, 7], [/^dag|^døgn|^virkedag|^yrkedag/, 1], [/^time|^timar/, 1 / 24]
]
const DEADLINE = new RegExp(
  B + '(?:innen|innan|senest|seinast|frist(?:en)?\\s+(?:på|er))\\s+' + N + '\\s+' + UNIT + E,
  'giu'
)
// "30 dager etter at …" is a deadline, unless a period is meant ("i minst ett år etter at …"), which
// the qualified duration pattern takes first.
const RELATIVE_DEADLINE = new RegExp(
  B + N + '\\s+' + UNIT + '\\s+(?:etter|før|frå|fra)\\s+(?:at|vedtak|mottak|melding|søknad|dato|datoen)' + E,
  'giu'
)
const PERIOD = new RegExp(
  B + '(?:i|på)\\s+(?:(inntil|opptil|høyst|maksimalt|minst|minimum)\\s+)?' + N + '\\s+' + UNIT + E,
  'giu'
)
const DURATION = new RegExp(
  B + '(?:(inntil|opptil|høyst|maksimalt|maksimum|minst|minimum|mer\\s+enn|mindre\\s+enn)\\s+)?' + N + '\\s+' + UNIT + E,
  'giu'
)
// Money, rates and measures. "G" (grunnbeløpet) only in capitals; measures in their written forms.
const MEASURE =
  'kroner|kr\\.?|prosent|%|promille|‰|G(?=[\\s.,;)]|$)|ganger\\s+(?:grunnbeløpet|rettsgebyret)|' +
  'kilometer|km|meter|m(?=[\\s.,;)]|$)|centimeter|cm|millimeter|mm|kvadratmeter|m²|m2|kubikkmeter|m³|' +
  'kilogram|kg|kilo|gram|tonn|liter|desiliter|candela|lux|desibel|dB|knop|nautiske\\s+mil|grader|watt|kilowatt|kW|megawatt|MW|volt'
// A prefix of every unit of time the patterns above read (UNIT, "år" of the age patterns), with their flags.
const TIME_UNIT = /år|mån|uke|veke|dag|døgn|tim/iu
const AMOUNT = new RegExp(
  B + '(?:(inntil|opptil|høyst|maksimalt|maksimum|minst|minimum|ikke\\s+mer\\s+enn|ikke\\s+mindre\\s+enn|mer\\s+enn|mindre\\s+enn)\\s+)?' +
    '(?:' + N + '\\s*(' + MEASURE + ')|(kr\\.?)\\s*(\\d[\\d \\u00A0]*(?:,\\d+)?))' + E,
  'gu'
)

const AMOUNT_RANGE = new RegExp(
  B + '(?:(minst|minimum|i\\s+størrelsesorden|mellom)\\s+)?' + N + '\\s*(?:til|–|-|og\\s+opp\\s+mot|og)\\s*' + N + '\\s*(' + MEASURE + ')' + E,
  'gu'
)

/** «80 til 95 prosent», «minst 50 og opp mot 55 prosent», «70–75 prosent»: one amount with both ends. */
function amountRanges(text: string): Array<[RegExpExecArray, Threshold]> {
  const out: Array<[RegExpExecArray, Threshold]> = []
  for (const m of matchAll(text, AMOUNT_RANGE)) {
    const q = (m[1] ?? '').toLowerCase()
    const low = parseNumber(m[2] ?? '')
    const high = parseNumber(m[3] ?? '')
    if (low === null || high === null || high < low) continue
    const written = (m[4] ?? '').toLowerCase()
    const unit = /^kr|^kroner/.test(written) ? 'kroner' : written === '%' ? 'prosent' : written
    out.push([m, {category: 'amount', numbers: [low, high], bound: /minst|minimum/.test(q) ? 'min' : 'exact', low, high, unit, basis: null}])
  }
  return out
}

function days(unit: string, n: number): number {
  for (const [re, d] of DAYS) if (re.test(unit.toLowerCase())) return n * d
  return n
}

function numbersIn(m: RegExpExecArray): number[] {
  return m.slice(1).flatMap((g) => (g === undefined ? [] : [parseNumber(g)])).filter((n): n is number => n !== null)
}

export function thresholdMentions(source: string): Array<Mention<Threshold>> {
  // Quoted wording («… under tre år») is cited text, not a limit the provision sets.
  const text = maskQuotes(source)
  const out: Array<Mention<Threshold>> = []
  const taken = (s: number, e: number): boolean => out.some((m) => m.start < e && s < m.end)
  const add = (m: RegExpExecArray, t: Threshold): void => {
    const start = m.index
    const end = m.index + m[0].length
    if (taken(start, end)) return
    out.push({
      start,
      end,
      text: m[0],
      // Durations and deadlines compare in days, so "ett år" and "12 måneder" are the same value.
      id: `${t.category}:${t.bound}:${t.low}:${t.high}:${t.basis ?? ''}:${t.category === 'amount' ? t.unit : ''}`,
      pairKey: t.category,
      value: t
    })
  }
  // Every pattern but AMOUNT ends in a unit of time ("år", "-åringer", UNIT): a text naming none (by
  // the same case-insensitive reading) has no age, duration or deadline, and those patterns are not run.
  const timed = TIME_UNIT.test(text)
  for (const {re, bound, basis} of timed ? AGE_PATTERNS : []) {
    for (const m of matchAll(text, re)) {
      const nums = numbersIn(m)
      if (nums.length === 0 || nums.some((n) => n > 130)) continue
      // Turning N during the calendar year starts, on average, half a year before the birthday.
      const shift = basis === 'year' ? 0.5 : 0
      const low = nums[0]! - shift
      const high = (nums[1] ?? nums[0]!) - shift
      add(m, {category: 'age', numbers: nums, bound, low, high, unit: 'år', basis})
    }
  }
  for (const m of timed ? matchAll(text, DEADLINE) : []) {
    const n = parseNumber(m[1] ?? '')
    const unit = m[2] ?? ''
    if (n === null) continue
    add(m, {category: 'deadline', numbers: [n], bound: 'max', low: days(unit, n), high: days(unit, n), unit, basis: null})
  }
  for (const m of timed ? matchAll(text, PERIOD) : []) {
    const q = (m[1] ?? '').toLowerCase()
    const n = parseNumber(m[2] ?? '')
    const unit = m[3] ?? ''
    if (n === null) continue
    const bound = /inntil|opptil|høyst|maks/.test(q) ? 'max' : /minst|minimum/.test(q) ? 'min' : 'exact'
    // The evidence starts at the number's qualifier, not at "i"/"på".
    const skip = /^(?:i|på)\s+/i.exec(m[0])![0].length
    const sub = Object.assign([m[0].slice(skip)], {index: m.index + skip, input: m.input}) as unknown as RegExpExecArray
    add(sub, {category: 'duration', numbers: [n], bound, low: days(unit, n), high: days(unit, n), unit, basis: null})
  }
  for (const m of timed ? matchAll(text, RELATIVE_DEADLINE) : []) {
    const n = parseNumber(m[1] ?? '')
    const unit = m[2] ?? ''
    if (n === null) continue
    add(m, {category: 'deadline', numbers: [n], bound: 'max', low: days(unit, n), high: days(unit, n), unit, basis: null})
  }
  for (const m of timed ? matchAll(text, DURATION) : []) {
    const q = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ')
    const n = parseNumber(m[2] ?? '')
    const unit = m[3] ?? ''
    if (n === null) continue
    const bound = /inntil|opptil|høyst|maks|mindre/.test(q) ? 'max' : /minst|minimum|mer enn/.test(q) ? 'min' : 'exact'
    add(m, {category: 'duration', numbers: [n], bound, low: days(unit, n), high: days(unit, n), unit, basis: null})
  }
  // A range of amounts before the amount pattern reads its upper end alone.
  for (const [m, t] of amountRanges(text)) add(m, t)
  for (const m of matchAll(text, AMOUNT)) {
    const q = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ')
    const n = parseNumber(m[2] ?? m[5] ?? '')
    const written = m[3] ?? m[4] ?? ''
    if (n === null) continue
    const lower = written.toLowerCase().replace(/\s+/g, ' ')
    const unit = /^kr|^kroner/.test(lower) ? 'kroner' : lower === '%' ? 'prosent' : written === 'G' || lower === 'ganger grunnbeløpet' ? 'G' : lower
    const bound = /inntil|opptil|høyst|maks|ikke mer|mindre enn/.test(q) && !/ikke mindre/.test(q) ? 'max' : /minst|minimum|ikke mindre|mer enn/.test(q) ? 'min' : 'exact'
    add(m, {category: 'amount', numbers: [n], bound, low: n, high: n, unit, basis: null})
  }
  return out.sort((a, b) => a.start - b.start)
}

const LABEL_NB: Record<Category, string> = {age: 'Aldersgrense', duration: 'Varighet', deadline: 'Frist', amount: 'Beløp/sats'}
const NEW_NB: Record<Category, string> = {age: 'Ny aldersgrense', duration: 'Ny varighet', deadline: 'Ny frist', amount: 'Nytt beløp/ny sats'}
const LABEL_EN: Record<Category, string> = {age: 'Age limit', duration: 'Duration', deadline: 'Deadline', amount: 'Amount/rate'}

/** Which way a replaced threshold moved, seen from the person the rule applies to. */
function direction(a: Threshold, b: Threshold): 'raised' | 'lowered' | 'changed' {
  if (a.bound !== b.bound || a.unit !== b.unit && a.category === 'amount') return 'changed'
  if (a.low === b.low && a.high === b.high) return 'changed'
  if (b.low >= a.low && b.high >= a.high) return 'raised'
  if (b.low <= a.low && b.high <= a.high) return 'lowered'
  return 'changed'
}

const DIR_NB = {raised: 'hevet', lowered: 'senket', changed: 'endret'}
const DIR_EN = {raised: 'raised', lowered: 'lowered', changed: 'changed'}

export function thresholdEffects(al: Alignment): Effect[] {
  const cmp = compareMentions(al, thresholdMentions(al.before), thresholdMentions(al.after))
  const effects: Effect[] = []
  for (const {before, after} of cmp.replaced) {
    const a = before.value
    const b = after.value
    const dir = direction(a, b)
    let noteNb = ''
    let noteEn = ''
    if (a.category === 'age' && a.basis !== b.basis && a.bound === b.bound) {
      noteNb = b.basis === 'year' ? ' (fra kalenderåret personen fyller, ikke fra fødselsdagen)' : ' (fra fødselsdagen, ikke fra kalenderåret)'
      noteEn = b.basis === 'year' ? ' (from the calendar year the person turns that age, not the birthday)' : ' (from the birthday, not the calendar year)'
    }
    effects.push({
      type: 'threshold',
      rule: `threshold/${a.category}-${DIR_EN[dir]}`,
      detail: `${LABEL_NB[a.category]} ${DIR_NB[dir]}${noteNb}: ${quote(before.text)} blir ${quote(after.text)}`,
      detailEn: `${LABEL_EN[a.category]} ${DIR_EN[dir]}${noteEn}: ${quote(before.text)} becomes ${quote(after.text)}`,
      evidence: {before: before.text, after: after.text}
    })
  }
  for (const m of cmp.added) {
    effects.push({
      type: 'threshold',
      rule: `threshold/${m.value.category}-added`,
      detail: `${NEW_NB[m.value.category]}: ${quote(m.text)}`,
      detailEn: `New ${LABEL_EN[m.value.category].toLowerCase()}: ${quote(m.text)}`,
      evidence: {before: null, after: m.text}
    })
  }
  for (const m of cmp.removed) {
    effects.push({
      type: 'threshold',
      rule: `threshold/${m.value.category}-removed`,
      detail: `${LABEL_NB[m.value.category]} fjernet: ${quote(m.text)}`,
      detailEn: `${LABEL_EN[m.value.category]} removed: ${quote(m.text)}`,
      evidence: {before: m.text, after: null}
    })
  }
  return effects
}

