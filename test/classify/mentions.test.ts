/** What the rules recognise in real wording, before any comparison. */
import {describe, expect, test} from 'vitest'
import {parseNumber} from '../../src/classify/numbers.js'
import {referenceMentions, type RefTarget} from '../../src/classify/rules/reference.js'
import {thresholdMentions} from '../../src/classify/rules/threshold.js'
import {modalMentions} from '../../src/classify/rules/modality.js'
import {actorMentions} from '../../src/classify/rules/actor.js'

describe('numbers', () => {
  test('words and digits alike, bokmål and nynorsk', () => {
    expect(['ett', 'en', 'eitt', 'to', 'tolv', 'tjue', 'tretti', 'tredve', 'tjuefire', 'hundre', '16', '10 000', '2,5'].map(parseNumber))
      .toEqual([1, 1, 1, 2, 12, 20, 30, 30, 24, 100, 16, 10000, 2.5])
    expect(parseNumber('kan')).toBeNull()
    expect(parseNumber('treår')).toBeNull()
  })
})

describe('references', () => {
  const refs = (text: string): Array<[string, string | null, string[]]> =>
    referenceMentions(text).map((m) => [m.text, m.value.act, m.value.targets.map((t) => `${t.section}|${t.ledd ?? ''}|${t.item ?? ''}`)])

  test('this regulation and other acts are told apart (IPS ung and tiltak-2025 wording)', () => {
    expect(refs('enn den som tilbys etter arbeids- og velferdsforvaltningsloven § 4 tredje ledd.')).toEqual([
      ['arbeids- og velferdsforvaltningsloven § 4 tredje ledd', 'arbeids- og velferdsforvaltningsloven', ['4|3|']]
    ])
    expect(refs('Bestemmelsene i § 3-1 til § 3-5 gjelder med de presiseringer som følger av denne bestemmelsen.')).toEqual([
      ['§ 3-1 til § 3-5', null, ['3-1||', '3-5||']]
    ])
    expect(refs('jf. § 7-2 bokstav a–f, kan også tilbys mentor.')).toEqual([['§ 7-2 bokstav a–f', null, ['7-2||a']]])
    expect(refs('jf. forskrift 12. august 2016 nr. 974 om offentlige anskaffelser § 3-3.')).toEqual([
      ['forskrift 12. august 2016 nr. 974 om offentlige anskaffelser § 3-3', 'forskrift 12. august 2016 nr. 974 om offentlige anskaffelser', ['3-3||']]
    ])
    expect(refs('kan i henhold til arbeids- og velferdsforvaltningsloven § 4a og § 7 behandle')).toEqual([
      ['arbeids- og velferdsforvaltningsloven § 4a og § 7', 'arbeids- og velferdsforvaltningsloven', ['4a||', '7||']]
    ])
  })

  test('nynorsk "§ 15 første ledd i fjellova" names the act after the section; "denne forskrifta" is this one', () => {
    expect(refs('jf. § 15 første ledd i fjellova.')).toEqual([['§ 15 første ledd i fjellova', 'fjellova', ['15|1|']]])
    expect(refs('etter § 3 i denne forskrifta.')).toEqual([['§ 3', null, ['3||']]])
  })

  test('IPS ung note: "§§ 3-1 til 3-5" is one group with a range', () => {
    const [m] = referenceMentions('som viser til §§ 3-1 til 3-5, med enkelte presiseringer')
    expect(m?.value.ranges).toEqual([['3-1', '3-5']])
  })

  test('a filter on targets keeps the same groups, whole, as filtering afterwards', () => {
    const text = 'Etter § 3-1 og arbeids- og velferdsforvaltningsloven § 4 tredje ledd, jf. §§ 5-1 til 5-3 og § 15 første ledd i fjellova. Se § 7-2 bokstav a.'
    for (const keep of [(ts: RefTarget[]) => ts.some((t) => t.section.startsWith('5')), (ts: RefTarget[]) => ts.length === 1, () => false, () => true]) {
      expect(referenceMentions(text, keep)).toEqual(referenceMentions(text).filter((m) => keep(m.value.targets)))
    }
  })
})

describe('thresholds', () => {
  const found = (text: string): string[] => thresholdMentions(text).map((m) => `${m.value.category}:${m.value.bound}:${m.text}`)

  test('ages, durations, deadlines and amounts in real wording', () => {
    expect(found('Ungdomsgarantien gjelder for personer fra fylte 16 år og fram til fylte 30 år')).toEqual(['age:min:fra fylte 16 år', 'age:max:fram til fylte 30 år'])
    expect(found('gjelder ungdomsgarantien fra det året personen fyller 16 år.')).toEqual(['age:min:fra det året personen fyller 16 år'])
    expect(found('kan tiltaket forlenges med inntil ett år, slik at samlet varighet kan være inntil to år, eller fire år for personer')).toEqual([
      'duration:max:inntil ett år', 'duration:max:inntil to år', 'duration:exact:fire år'
    ])
    expect(found('Rettighetshaveren svarer med en egenandel på inntil 450 kroner.')).toEqual(['amount:max:inntil 450 kroner'])
  })

  test('no thresholds in dates, regulation numbers, section numbers or quotes', () => {
    expect(found('Forskriften trer i kraft 1. august 2025.')).toEqual([])
    expect(found('forskrift 20. juni 2023 nr. 1073 § 3-2 og § 16 annet ledd')).toEqual([])
    expect(found('Merkingen skal lyde «skal ikke brukes av barn under tre år».')).toEqual([])
  })
})

describe('modal verbs', () => {
  const modals = (text: string): string[] => modalMentions(text).map((m) => m.id)
  test('main-clause modals with their verb; subordinate clauses and quotes are not rules', () => {
    expect(modals('Deltakere i individuell jobbstøtte kan få tilbud om')).toEqual(['kan:få'])
    expect(modals('Dersom deltakere skal gjennomføre opplæring eller utdanning, kan jobbspesialisten utlevere personopplysninger')).toEqual(['kan:utlevere'])
    expect(modals('Fartøy som fisker reker i 3L skal sende fangstmelding')).toEqual(['skal:sende'])
    expect(modals('Søknad om å få utvist beiteareal kan ikkje sendast til fjellstyret.')).toEqual(['kan-ikke:sendast'])
    expect(modals('Opplæringstiltak etter § 7-3 tredje ledd, kan bare tilbys gjennom et samarbeid')).toEqual(['kan-bare:tilbys'])
    expect(modals('Merkingen skal lyde «skal ikke brukes».')).toEqual([])
    expect(modals('Kandidaten skalerer kanalen.')).toEqual([])
  })
})

describe('actors', () => {
  test('lexicon and name endings, definite and indefinite forms as one actor', () => {
    const ids = actorMentions('i samarbeid med deltakeren, helse- og omsorgstjenesten og jobbspesialisten, Arbeids- og velferdsetaten, en jobbspesialist, Kongen og Mattilsynet').map((m) => m.id)
    expect(ids).toEqual(['helse- og omsorgstjenesten', 'jobbspesialist', 'arbeids- og velferdsetaten', 'jobbspesialist', 'kongen', 'mattilsynet'])
  })
})
