/**
 * Scope of persons: who the provision reaches. A group added or removed ("For unge under 30 år …"),
 * a widening ("kan også tilbys", "andre personer som"), or a condition added or removed ("forutsetter
 * at personen samtykker"), which narrows or widens the circle.
 */
import type {Alignment, Range} from '../align.js'
import {B, E, type Mention, compareMentions, matchAll, quote, touches} from '../mentions.js'
import type {Effect} from '../../types.js'
import {maskQuotes} from './modality.js'
import {parseNumber} from '../numbers.js'
import {matchKey} from '../../grammar/stem.js'

type Kind = 'condition' | 'widen' | 'group' | 'exemption' | 'limit' | 'include'

// Exemptions and carve-outs, bokmål and nynorsk: «gjelder ikke», «gjeld ikkje», «unntatt», «med unntak
// av», «unntak fra».
const EXEMPTION = new RegExp(
  B + '(?:gjelder\\s+(?:likevel\\s+|heller\\s+)?ikke|gjeld\\s+(?:likevel\\s+|heller\\s+)?ikkje|(?:er\\s+)?unntatt(?:\\s+fra)?|(?:er\\s+)?unnateke?(?:\\s+frå)?|' +
    'med\\s+unntak\\s+(?:av|for)|unntak\\s+(?:fra|frå)|' +
    // «Første ledd er ikke til hinder for at …»: a carve-out from the rule it names.
    '(?:er|være|vere)\\s+(?:ikke|ikkje)\\s+til\\s+hinder\\s+for)' + E,
  'giu'
)
// A limit to this act's own matters: «vedtak etter loven her», «etter denne forskriften».
const LIMIT = new RegExp(B + '(?:(?:etter|i\\s+medhold\\s+av)\\s+(?:loven|lova|forskriften|forskrifta)\\s+her|etter\\s+denne\\s+(?:lov|loven|forskrift|forskriften))' + E, 'giu')

const CONDITION = new RegExp(
  B + '(?:forutsetter\\s+at|føreset\\s+at|(?:det\\s+er\\s+)?(?:en|ei|ein)\\s+(?:forutsetning|føresetnad)\\s+(?:for\\s+[^,.;]{1,60}?\\s+)?at|' +
    '(?:det\\s+er\\s+)?(?:et|eit|en|ein)\\s+(?:vilkår|krav)\\s+(?:for\\s+[^,.;]{1,60}?\\s+)?at|på\\s+vilkår\\s+av\\s+at|forutsatt\\s+at|med\\s+mindre|' +
    // "dersom"/"hvis" open a condition the rule depends on; "når" is left out (it is as often "when").
    'dersom|hvis|viss|såfremt)' + E,
  'giu'
)
const WIDEN = new RegExp(
  B + '(?:(?:også|òg)\\s+(?:[\\p{L}]+\\s+)?(?:tilbys|tilbydast|gis|gjevast|omfatte|omfattes|omfattast|gjelde|delta)|' +
    '(?:tilbys|gis|gjelder|gjeld|omfatter)\\s+(?:[\\p{L}]+\\s+)?(?:også|òg)|andre\\s+personer\\s+som|andre\\s+som)' + E,
  'giu'
)
// «herunder», «blant annet», «inkludert» (nynorsk «mellom anna», «medrekna»): what follows is named as
// part of what the provision covers.
const INCLUDE = new RegExp(B + '(?:herunder|blant\\s+annet|inkludert|medrekna|medregnet|mellom\\s+anna)' + E, 'giu')
const GROUP = new RegExp(
  B + '(?:unge|ungdom|personer|barn|deltakere|arbeidssøkere|elever|studenter|søkere)(?:\\s+i\\s+[\\p{L}]+(?:\\s+[\\p{L}]+)?)?\\s+' +
    '(?:under|over|mellom|fra|som|med)\\s+[^.,;:]{2,120}?(?=\\s+(?:kan|skal|må|bør|har|får|gjelder|gjeld|omfattes)' + E + '|[.,;:]|$)',
  'giu'
)

/** The rest of the clause after a marker, for evidence ("forutsetter at personen samtykker …"). */
function clause(text: string, start: number, end: number, maxWords = 12): string {
  const rest = text.slice(end, end + 600)
  const stop = rest.search(/[.;:]|,\s+(?!og\b|eller\b)/u)
  const tail = (stop < 0 ? rest : rest.slice(0, stop)).split(/\s+/).slice(0, maxWords + 1).join(' ')
  return (text.slice(start, end) + tail).trim()
}

export function scopeMentions(text: string): Array<Mention<Kind>> {
  const out: Array<Mention<Kind>> = []
  // Quoted wording names no persons and sets no conditions of this provision.
  const masked = maskQuotes(text)
  for (const m of matchAll(masked, CONDITION)) {
    out.push({start: m.index, end: m.index + m[0].length, text: clause(text, m.index, m.index + m[0].length), id: 'condition', pairKey: 'condition', value: 'condition'})
  }
  for (const m of matchAll(masked, WIDEN)) {
    out.push({start: m.index, end: m.index + m[0].length, text: clause(text, m.index, m.index + m[0].length), id: 'widen', pairKey: 'widen', value: 'widen'})
  }
  for (const [re, kind] of [[EXEMPTION, 'exemption'], [LIMIT, 'limit'], [INCLUDE, 'include']] as const) {
    for (const m of matchAll(masked, re)) {
      out.push({start: m.index, end: m.index + m[0].length, text: clause(text, m.index, m.index + m[0].length), id: kind, pairKey: kind, value: kind})
    }
  }
  for (const m of matchAll(masked, GROUP)) {
    const phrase = text.slice(m.index, m.index + m[0].length).replace(/\s+/g, ' ').trim()
    out.push({start: m.index, end: m.index + m[0].length, text: phrase, id: 'group:' + phrase.toLowerCase(), pairKey: 'group', value: 'group'})
  }
  return out.sort((a, b) => a.start - b.start)
}

// An inserted "og …" inside an existing condition adds a requirement; an inserted "eller …" adds an
// alternative. Deleted, they do the opposite.
function conditionEdits(text: string, conditions: Array<Mention<Kind>>, changed: Range[]): Array<{kind: 'and' | 'or'; words: string}> {
  const out: Array<{kind: 'and' | 'or'; words: string}> = []
  for (const c of conditions) {
    const rest = text.slice(c.end, c.end + 600)
    const stop = rest.search(/[.;:]/u)
    const clauseEnd = c.end + (stop < 0 ? rest.length : stop)
    for (const r of changed) {
      if (r.start < c.end || r.start >= clauseEnd) continue
      const words = text.slice(r.start, Math.min(r.end, clauseEnd))
      const m = /^[\s,]*(og|samt|eller)\s+\S/iu.exec(words)
      if (m && words.trim().split(/\s+/).length >= 2) {
        // The evidence runs to the end of the condition, so the new requirement reads whole.
        out.push({kind: m[1]!.toLowerCase() === 'eller' ? 'or' : 'and', words: text.slice(r.start, clauseEnd).replace(/^[\s,]+/, '').trim()})
      }
    }
  }
  return out
}

/** Matching keys of a text's words: the grammar's one stemmer (the run's, or Snowball unremembered). */
function stems(text: string, key: (word: string) => string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(key)
}

function withoutNumbers(text: string): string {
  return text.toLowerCase().split(/\s+/).map((w) => (parseNumber(w.replace(/[.,;:]$/, '')) === null ? w : '#')).join(' ')
}

function overlapShare(a: string, b: string, key: (word: string) => string): number {
  const sa = stems(a, key)
  const sb = new Set(stems(b, key))
  return sa.length === 0 ? 0 : sa.filter((w) => sb.has(w)).length / sa.length
}

/** Was a condition phrase ("Det er en forutsetning at …") among the changed words on `side`? */
export function conditionTouched(al: Alignment, side: 'before' | 'after'): boolean {
  const text = side === 'before' ? al.before : al.after
  return scopeMentions(text).some((m) => m.value === 'condition' && touches(al, side, m))
}

// A condition rewritten in other words ("Det er en forutsetning at personen har fylt 16 år" →
// "Tiltaket kan gis fra det året personen fyller 16 år") is not a condition added or removed: most of
// what follows the marker is still there on the other side.
function restated(m: Mention<Kind>, other: string, key: (word: string) => string): boolean {
  const words = stems(m.text.slice(m.end - m.start), key)
  if (words.length === 0 || !other) return false
  const have = new Set(stems(other, key))
  return words.filter((w) => have.has(w)).length / words.length >= 0.5
}

export function scopeEffects(al: Alignment, key: (word: string) => string = matchKey): Effect[] {
  const before = scopeMentions(al.before)
  const after = scopeMentions(al.after)
  const cmp = compareMentions(al, before, after)
  const effects: Effect[] = []
  const effect = (rule: string, nb: string, en: string, b: string | null, a: string | null): void => {
    effects.push({type: 'scope', rule: `scope/${rule}`, detail: nb, detailEn: en, evidence: {before: b, after: a}})
  }
  for (const m of cmp.added) {
    if (m.value === 'condition' && restated(m, al.before, key)) continue
    if (m.value === 'condition') effect('condition-added', `Nytt vilkår, snevrer inn: ${quote(m.text)}`, `New condition, narrows: ${quote(m.text)}`, null, m.text)
    if (m.value === 'widen') effect('widened', `Personkretsen utvidet: ${quote(m.text)}`, `Scope widened: ${quote(m.text)}`, null, m.text)
    if (m.value === 'group') effect('group-added', `Persongruppe nevnt: ${quote(m.text)}`, `Group of persons named: ${quote(m.text)}`, null, m.text)
    if (m.value === 'exemption') effect('exemption-added', `Nytt unntak eller ny avgrensning: ${quote(m.text)}`, `New exemption or limit: ${quote(m.text)}`, null, m.text)
    if (m.value === 'limit') effect('limited', `Avgrenset til lovens egne saker: ${quote(m.text)}`, `Limited to matters under this act: ${quote(m.text)}`, null, m.text)
    // Only in wording that was there before: new text naming what it covers widens nothing.
    if (m.value === 'include' && al.before) effect('included', `Uttrykkelig utvidet: ${quote(m.text)}`, `Explicitly extended: ${quote(m.text)}`, null, m.text)
  }
  for (const m of cmp.removed) {
    if (m.value === 'condition' && restated(m, al.after, key)) continue
    if (m.value === 'condition') effect('condition-removed', `Vilkår fjernet, utvider: ${quote(m.text)}`, `Condition removed, widens: ${quote(m.text)}`, m.text, null)
    if (m.value === 'widen') effect('narrowed', `Utvidelse av personkretsen fjernet: ${quote(m.text)}`, `Widening of scope removed: ${quote(m.text)}`, m.text, null)
    if (m.value === 'group') effect('group-removed', `Persongruppe ikke lenger nevnt: ${quote(m.text)}`, `Group of persons no longer named: ${quote(m.text)}`, m.text, null)
    if (m.value === 'exemption') effect('exemption-removed', `Unntak eller avgrensning fjernet: ${quote(m.text)}`, `Exemption or limit removed: ${quote(m.text)}`, m.text, null)
    if (m.value === 'limit') effect('limit-removed', `Avgrensningen til lovens egne saker fjernet: ${quote(m.text)}`, `Limit to matters under this act removed: ${quote(m.text)}`, m.text, null)
  }
  for (const {before: b, after: a} of cmp.replaced) {
    // Two different groups in one place are only "the group changed" when they are recognisably the
    // same group reworded; otherwise we cannot tell what happened and say nothing.
    // A group whose only difference is a number ("personer som har fylt 16 år" → "… 18 år") is the
    // threshold rule's to report.
    if (b.value === 'group' && withoutNumbers(b.text) === withoutNumbers(a.text)) continue
    if (b.value === 'group' && overlapShare(b.text, a.text, key) >= 0.5) {
      effect('group-changed', `Persongruppe endret: ${quote(b.text)} blir ${quote(a.text)}`, `Group of persons changed: ${quote(b.text)} becomes ${quote(a.text)}`, b.text, a.text)
    }
  }
  const condBefore = before.filter((m) => m.value === 'condition')
  const condAfter = after.filter((m) => m.value === 'condition')
  if (condBefore.length > 0 && condAfter.length > 0) {
    for (const e of conditionEdits(al.after, condAfter, al.inserted)) {
      if (e.kind === 'and') effect('condition-extended', `Vilkåret utvidet med et nytt krav, snevrer inn: ${quote(e.words)}`, `Condition extended with a new requirement, narrows: ${quote(e.words)}`, null, e.words)
      else effect('condition-alternative', `Vilkåret fikk et alternativ, utvider: ${quote(e.words)}`, `Condition given an alternative, widens: ${quote(e.words)}`, null, e.words)
    }
    for (const e of conditionEdits(al.before, condBefore, al.deleted)) {
      if (e.kind === 'and') effect('condition-reduced', `Et krav i vilkåret fjernet, utvider: ${quote(e.words)}`, `A requirement removed from the condition, widens: ${quote(e.words)}`, e.words, null)
      else effect('condition-alternative-removed', `Et alternativ i vilkåret fjernet, snevrer inn: ${quote(e.words)}`, `An alternative removed from the condition, narrows: ${quote(e.words)}`, e.words, null)
    }
  }
  return effects
}
