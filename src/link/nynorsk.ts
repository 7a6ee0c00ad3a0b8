/**
 * One vocabulary for a nynorsk text and a bokmål note (or the other way round): Snowball's Norwegian
 * stemmer is a bokmål stemmer, so «ektemaken» and «ektefelle», «fell bort» and «faller bort» never meet.
 * The link terms of a run are wrapped so that the stems of common nynorsk words of legislation are read as
 * the stems of their bokmål counterparts. Both sides go through the same wrapper, so two nynorsk texts
 * still meet on their own words.
 */
import type {Stemmer} from '../grammar/stem.js'
import type {Terms} from './terms.js'

// nynorsk form → bokmål form. Words of acts, regulations and their notes; forms that are the same in both
// written standards are left out. A word that is a different bokmål word («same», «gjeld») is listed only
// when its legal sense is the common one. False friends are left out: «nemnd» (bokmål: a board, nynorsk:
// mentioned), «seier» (victory / says), «nytte» (benefit / use).
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['ektemake', 'ektefelle'], ['ektemaken', 'ektefellen'], ['ektemakar', 'ektefeller'],
  ['stønadstakar', 'stønadsmottaker'], ['stønadstakaren', 'stønadsmottakeren'], ['stønadstakarar', 'stønadsmottakere'],
  ['fell', 'faller'], ['høgare', 'høyere'], ['lågare', 'lavere'], ['tilsvarar', 'tilsvarer'], ['grensa', 'grensen'],
  ['gjeld', 'gjelder'], ['inneber', 'innebærer'], ['kjem', 'kommer'],
  ['gjer', 'gjør'], ['ytast', 'ytes'], ['gjeve', 'gitt'], ['gjevne', 'gitte'],
  ['føremål', 'formål'], ['føremålet', 'formålet'], ['føresegn', 'bestemmelse'], ['føresegna', 'bestemmelsen'],
  ['føresegner', 'bestemmelser'], ['føresegnene', 'bestemmelsene'], ['lova', 'loven'], ['lover', 'lover'],
  ['heimel', 'hjemmel'], ['heimla', 'hjemlet'], ['medhald', 'medhold'], ['framlegg', 'forslag'], ['framlegget', 'forslaget'],
  ['endringar', 'endringer'], ['endringa', 'endringen'], ['høyring', 'høring'], ['høyringa', 'høringen'],
  ['høyringsnotatet', 'høringsnotatet'], ['høyringsinstansane', 'høringsinstansene'],
  ['styresmakt', 'myndighet'], ['styresmakta', 'myndigheten'], ['styresmakter', 'myndigheter'], ['styresmaktene', 'myndighetene'],
  ['verksemd', 'virksomhet'], ['verksemda', 'virksomheten'], ['verksemder', 'virksomheter'],
  ['tilsett', 'ansatt'], ['tilsette', 'ansatte'], ['arbeidstakar', 'arbeidstaker'], ['arbeidstakarar', 'arbeidstakere'],
  ['arbeidsgjevar', 'arbeidsgiver'], ['arbeidsgjevarar', 'arbeidsgivere'], ['opplysningar', 'opplysninger'],
  ['avgjerd', 'avgjørelse'], ['avgjerda', 'avgjørelsen'], ['avgjerder', 'avgjørelser'],
  ['skriftleg', 'skriftlig'], ['offentleg', 'offentlig'], ['offentlege', 'offentlige'], ['særleg', 'særlig'], ['særlege', 'særlige'],
  ['mogleg', 'mulig'], ['moglegheit', 'mulighet'], ['høve', 'anledning'], ['heile', 'hele'], ['heilt', 'helt'],
  ['eigen', 'egen'], ['eige', 'eget'], ['eigne', 'egne'], ['eigar', 'eier'], ['tryggleik', 'sikkerhet'],
  ['supplerande', 'supplerende'], ['butid', 'botid'], ['personar', 'personer'], ['tilskot', 'tilskudd'],
  ['fagleg', 'faglig'], ['kunstnarleg', 'kunstnerisk'], ['kommunal', 'kommunal'], ['planar', 'planer'],
  ['fylgje', 'følge'], ['følgje', 'følge'], ['krevje', 'kreve'], ['utferda', 'utstedt'],
  ['søkjar', 'søker'], ['søkjaren', 'søkeren'], ['mottakar', 'mottaker'], ['mottakaren', 'mottakeren']
]

/**
 * The run's terms with nynorsk stems read as bokmål ones. The stem map is made with the run's stemmer;
 * the translated arrays are remembered per array the wrapped terms return (its memo hands back the same
 * array for the same text), so a text is translated once per run.
 */
export function bridgeNynorsk(lex: Terms, stemmer: Stemmer): Terms {
  const map = new Map<string, string>()
  for (const [nn, nb] of PAIRS) {
    const from = stemmer.stem(nn)
    const to = stemmer.stem(nb)
    if (from !== to) map.set(from, to)
  }
  const translated = new WeakMap<string[], string[]>()
  const terms = (text: string): string[] => {
    const own = lex.terms(text)
    let out = translated.get(own)
    if (!out) {
      out = own.some((t) => map.has(t)) ? own.map((t) => map.get(t) ?? t) : own
      translated.set(own, out)
    }
    return out
  }
  return {terms, hasTerms: lex.hasTerms}
}
