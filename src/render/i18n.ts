/**
 * Interface text of the reports. Only regdiff's own words are translated; document text (regulation,
 * note, effects' Norwegian `detail` unless `--lang en`) is shown as written.
 */
import {MONTHS as MONTHS_NB, MONTHS_EN} from '../grammar/months.js'
export type Lang = 'nb' | 'en'

const nb = {
  whatChanges: 'Hva forslaget endrer',
  whatChangesIntro: 'Forslaget slik høringsnotatet selv oppsummerer det, med lenke til hver endring:',
  otherPoint: 'Også endret',
  byConsequence: 'Endringene, viktigste først',
  seeChange: 'se endringen',
  changesPart: 'Endringene paragraf for paragraf',
  changesPartIntro: 'Hver endring først med hva den betyr og departementets begrunnelse, deretter paragrafen side ved side med endringene markert.',
  sectionText: 'Paragrafen side ved side',
  consequential: 'Følgeendring',
  editorialPart: 'Redaksjonelle endringer',
  editorialIntro: 'Endringer i tegnsetting, mellomrom og skrivemåte uten betydning for innholdet.',
  editorialSource: 'Kilden sier',
  readerFindings: 'Verdt å merke seg',
  readerFindingsIntro: 'Steder der høringsnotatet og forslaget ikke stemmer overens, eller der en endring ikke er begrunnet.',
  alsoBackground: 'Se også',
  moreReasons: 'passasjer til i notatet',
  moreReason: 'passasje til i notatet',
  wordChanges: 'Ordlyden mot der teksten kom fra',
  about: 'Om rapporten',
  aboutIntro: 'Hvordan rapporten er laget, og hva den bygger på.',
  aboutCounts: 'Endringer regdiff fant',
  aboutCards: 'vist som egne endringer',
  aboutFolded: 'følgeendringer (ny bokstav/nummer) slått sammen med endringen som utløste dem',
  aboutEditorial: 'redaksjonelle endringer samlet til slutt',
  aboutDiagnostics: 'merknader om saksdokumentene (for eksempel umarkerte endringer der kilden sier at markeringene er tapt) står i report.json og vises med regdiff lint.',
  reportDate: 'Rapportens dato',
  downloads: 'Last ned',
  downloadDocx: 'rapporten som Word-fil med sporede endringer',
  downloadAnswer: 'svarskjema for høringssvar',
  downloadConsolidated: 'forskriften slik den vil lyde (Markdown)',
  printNoteOmitted: 'Høringsnotatet og bakgrunnsdokumentene er ikke med på papir; de står i den elektroniske rapporten.',
  movedHere: 'Flyttet hit fra',
  movedAway: 'Flyttet til',
  answerTitle: 'Svarskjema',
  answerIntro: 'Ett avsnitt per endring. Skriv svaret under hver endring; la stå tomt der du ikke har merknader.',
  answerBy: 'Høringsinstans',
  answerReasoning: 'Departementets begrunnelse',
  answerNoReasoning: 'Høringsnotatet begrunner ikke denne endringen.',
  answerYours: 'Merknader',
  answerGeneral: 'Generelle merknader',
  whatItMeans: 'Hva det betyr',
  findingsCollapsed: 'Funn',
  sourcesLast: 'Kilder',
  reportTitle: 'Endringsrapport',
  skipToChanges: 'Hopp til endringene',
  navLabel: 'Innhold i rapporten',
  navSummary: 'Sammendrag',
  navChanges: 'Endringer',
  navFindings: 'Funn',
  navConsolidated: 'Slik forskriften vil lyde',
  navNote: 'Høringsnotatet',
  navBackground: 'Bakgrunn',
  view: 'Visning',
  viewSideBySide: 'Side ved side',
  viewInline: 'Innfelt',
  keyboardHint: 'Tastene j og k går til neste og forrige endring.',
  regulation: 'Forskrift',
  ministry: 'Departement',
  form: 'Forslagets form',
  formReason: 'Hvorfor forslaget er lest slik',
  provenance: 'Kildene rapporten bygger på',
  sourceRole: 'Dokument',
  sourceFile: 'Fil',
  sourceStatus: 'Status',
  sourceOrigin: 'Kilde',
  sourceRemarks: 'Merknader',
  none: 'Ingen',
  summary: 'Sammendrag',
  changesTotal: 'endringer i alt',
  byKind: 'Endringer etter type',
  byEffect: 'Virkninger etter type',
  bySeverity: 'Funn etter alvorlighet',
  type: 'Type',
  count: 'Antall',
  changeList: 'Alle endringer',
  colNumber: 'Nr.',
  colWhere: 'Hvor',
  colKind: 'Type',
  colEffect: 'Virkning',
  colReasons: 'Begrunnelse i notatet',
  colFindings: 'Funn',
  reasonFound: 'passasje',
  reasonsFound: 'passasjer',
  reasonsMissing: 'ingen funnet',
  noEffect: 'Ingen virkning klassifisert',
  findings: 'Funn',
  noFindings: 'Ingen funn.',
  concerns: 'Gjelder',
  manyChanges: 'endringer; hele listen står under',
  place: 'Sted',
  sections: 'Endringer paragraf for paragraf',
  current: 'Gjeldende tekst',
  proposed: 'Foreslått tekst',
  inline: 'Endringer innfelt i teksten',
  inserted: 'Satt inn:',
  deleted: 'Strøket:',
  formerLabel: 'tidligere',
  newSection: 'Ny paragraf – finnes ikke i gjeldende forskrift.',
  repealedSection: 'Paragrafen oppheves.',
  notInProposal: 'Paragrafen er ikke med i forslaget og står uendret.',
  showText: 'Vis teksten',
  unchangedGroup: 'uendrede paragrafer',
  unchangedOne: 'uendret paragraf',
  readUnchanged: 'les teksten i «Slik forskriften vil lyde»',
  moreChange: 'annen endring',
  moreChanges: 'andre endringer',
  movedFrom: 'Flyttet hit fra',
  moveFrom: 'Flyttet fra',
  moveTo: 'til',
  noteRemarks: 'Kjente feil i kilden, beholdt med vilje',
  movedTo: 'Flyttet herfra til',
  changesIn: 'Endringene',
  change: 'Endring',
  before: 'Før',
  after: 'Etter',
  wordDiff: 'Ordendringer',
  effect: 'Hva endringen betyr',
  reasons: 'Departementets begrunnelse',
  noReasons: 'Ingen passasje i høringsnotatet er knyttet til denne endringen.',
  noNote: 'Saken har ikke noe høringsnotat å knytte endringen til.',
  method: 'funnet ved',
  score: 'treff',
  readInNote: 'Les i notatet',
  readInBackground: 'Les i dokumentet',
  changeFindings: 'Funn for denne endringen',
  relettered: 'Ny bokstav/nummer',
  becomes: 'blir',
  sameWording: 'ordlyden er den samme',
  declared: 'Markert av departementet',
  instruction: 'Endringsinstruks',
  previous: 'Forrige endring',
  next: 'Neste endring',
  toTop: 'Til sammendraget',
  consolidated: 'Slik forskriften vil lyde',
  consolidatedIntro: 'Hele forskriften slik den vil lyde om forslaget vedtas, satt sammen av regdiff. Endrede paragrafer har lenke til endringene.',
  seeChanges: 'se endringene',
  repealed: '(Opphevet)',
  note: 'Høringsnotatet',
  noteIntro: 'Høringsnotatet gjengitt som tekst. Lenkene fra begrunnelsene over lander på avsnittene her.',
  background: 'Bakgrunnsdokumenter',
  citedBy: 'Brukt som begrunnelse for',
  footnote: 'Fotnote',
  otherChanges: 'Andre endringer',
  omittedDetails: 'endringer til er utelatt her for å holde kommentaren innenfor GitHubs grense; se report.html.',
  omittedRows: 'endringer til er utelatt fra tabellen; se report.html.',
  omittedFindings: 'funn til er utelatt her for å holde kommentaren innenfor GitHubs grense; se report.html.',
  generatedBy: 'Laget med',
  schema: 'skjemaversjon',
  and: 'og',
  chapter: 'Kapittel'
}

export type Strings = typeof nb

const en: Strings = {
  whatChanges: 'What the proposal changes',
  whatChangesIntro: "The proposal as the consultation note itself sums it up, with a link to each change:",
  otherPoint: 'Also changed',
  byConsequence: 'The changes, most consequential first',
  seeChange: 'see the change',
  changesPart: 'The changes section by section',
  changesPartIntro: "Each change first with what it means and the ministry's reasoning, then the section side by side with the changes marked.",
  sectionText: 'The section side by side',
  consequential: 'Consequential change',
  editorialPart: 'Editorial changes',
  editorialIntro: 'Changes of punctuation, spacing and spelling that do not change the content.',
  editorialSource: 'The source says',
  readerFindings: 'Worth noting',
  readerFindingsIntro: 'Places where the consultation note and the proposal do not agree, or where a change is not explained.',
  alsoBackground: 'See also',
  moreReasons: 'more passages in the note',
  moreReason: 'more passage in the note',
  wordChanges: 'The wording against where the text came from',
  about: 'About this report',
  aboutIntro: 'How the report was made, and what it is built on.',
  aboutCounts: 'Changes regdiff found',
  aboutCards: 'shown as changes of their own',
  aboutFolded: 'consequential changes (new letter or number) folded into the change that caused them',
  aboutEditorial: 'editorial changes grouped at the end',
  aboutDiagnostics: 'notes about the case documents (for example unmarked changes where the source says the marks were lost) are in report.json and shown by regdiff lint.',
  reportDate: 'Date of the report',
  downloads: 'Download',
  downloadDocx: 'the report as a Word file with tracked changes',
  downloadAnswer: 'an answer form for consultation responses',
  downloadConsolidated: 'the regulation as it would read (Markdown)',
  printNoteOmitted: 'The consultation note and the background documents are not printed; they are in the electronic report.',
  movedHere: 'Moved here from',
  movedAway: 'Moved to',
  answerTitle: 'Answer form',
  answerIntro: 'One part per change. Write your answer under each change; leave it empty where you have no comments.',
  answerBy: 'Respondent',
  answerReasoning: "The ministry's reasoning",
  answerNoReasoning: 'The consultation note gives no reason for this change.',
  answerYours: 'Comments',
  answerGeneral: 'General comments',
  whatItMeans: 'What it means',
  findingsCollapsed: 'Findings',
  sourcesLast: 'Sources',
  reportTitle: 'Change report',
  skipToChanges: 'Skip to the changes',
  navLabel: 'Report contents',
  navSummary: 'Summary',
  navChanges: 'Changes',
  navFindings: 'Findings',
  navConsolidated: 'The regulation as it would read',
  navNote: 'Consultation note',
  navBackground: 'Background',
  view: 'View',
  viewSideBySide: 'Side by side',
  viewInline: 'Inline',
  keyboardHint: 'Keys j and k go to the next and previous change.',
  regulation: 'Regulation',
  ministry: 'Ministry',
  form: 'Form of the proposal',
  formReason: 'Why the proposal was read this way',
  provenance: 'Sources this report is built on',
  sourceRole: 'Document',
  sourceFile: 'File',
  sourceStatus: 'Status',
  sourceOrigin: 'Source',
  sourceRemarks: 'Remarks',
  none: 'None',
  summary: 'Summary',
  changesTotal: 'changes in total',
  byKind: 'Changes by kind',
  byEffect: 'Effects by type',
  bySeverity: 'Findings by severity',
  type: 'Type',
  count: 'Count',
  changeList: 'All changes',
  colNumber: 'No.',
  colWhere: 'Where',
  colKind: 'Kind',
  colEffect: 'Effect',
  colReasons: 'Reasoning in the note',
  colFindings: 'Findings',
  reasonFound: 'passage',
  reasonsFound: 'passages',
  reasonsMissing: 'none found',
  noEffect: 'No effect classified',
  findings: 'Findings',
  noFindings: 'No findings.',
  concerns: 'Concerns',
  manyChanges: 'changes; the full list is under',
  place: 'Place',
  sections: 'Changes section by section',
  current: 'Current text',
  proposed: 'Proposed text',
  inline: 'Changes shown inline',
  inserted: 'Inserted:',
  deleted: 'Deleted:',
  formerLabel: 'formerly',
  newSection: 'New section – not in the current regulation.',
  repealedSection: 'The section is repealed.',
  notInProposal: 'The section is not part of the proposal and stays unchanged.',
  showText: 'Show the text',
  unchangedGroup: 'unchanged sections',
  unchangedOne: 'unchanged section',
  readUnchanged: 'read the text in «The regulation as it would read»',
  moreChange: 'other change',
  moreChanges: 'other changes',
  movedFrom: 'Moved here from',
  moveFrom: 'Moved from',
  moveTo: 'to',
  noteRemarks: 'Known faults in the source, kept on purpose',
  movedTo: 'Moved from here to',
  changesIn: 'The changes',
  change: 'Change',
  before: 'Before',
  after: 'After',
  wordDiff: 'Word changes',
  effect: 'What the change means',
  reasons: "The ministry's reasoning",
  noReasons: 'No passage of the consultation note is linked to this change.',
  noNote: 'The case has no consultation note to link the change to.',
  method: 'found by',
  score: 'score',
  readInNote: 'Read in the note',
  readInBackground: 'Read in the document',
  changeFindings: 'Findings for this change',
  relettered: 'New letter/number',
  becomes: 'becomes',
  sameWording: 'the wording is the same',
  declared: 'Marked by the ministry',
  instruction: 'Amendment instruction',
  previous: 'Previous change',
  next: 'Next change',
  toTop: 'Back to the summary',
  consolidated: 'The regulation as it would read',
  consolidatedIntro: 'The whole regulation as it would read if the proposal is adopted, assembled by regdiff. Changed sections link to their changes.',
  seeChanges: 'see the changes',
  repealed: '(Repealed)',
  note: 'Consultation note',
  noteIntro: 'The consultation note as text. The links from the reasoning above land on its paragraphs here.',
  background: 'Background documents',
  citedBy: 'Cited as reasoning for',
  footnote: 'Footnote',
  otherChanges: 'Other changes',
  omittedDetails: 'more changes are left out here to keep the comment within GitHub\'s limit; see report.html.',
  omittedRows: 'more changes are left out of the table; see report.html.',
  omittedFindings: 'more findings are left out here to keep the comment within GitHub\'s limit; see report.html.',
  generatedBy: 'Made with',
  schema: 'schema version',
  and: 'and',
  chapter: 'Chapter'
}

export const STRINGS: Record<Lang, Strings> = {nb, en}

type Labels<K extends string> = Record<Lang, Record<K, string>>

export const KIND_LABELS: Labels<'added' | 'removed' | 'modified' | 'moved' | 'relettered' | 'repealed' | 'editorial'> = {
  nb: {added: 'Ny', removed: 'Fjernet', modified: 'Endret', moved: 'Flyttet', relettered: 'Ny bokstav/nummer', repealed: 'Opphevet', editorial: 'Redaksjonell'},
  en: {added: 'Added', removed: 'Removed', modified: 'Modified', moved: 'Moved', relettered: 'Relettered', repealed: 'Repealed', editorial: 'Editorial'}
}

export const EFFECT_LABELS: Labels<'modality' | 'threshold' | 'scope' | 'actor' | 'reference' | 'definition' | 'editorial'> = {
  nb: {modality: 'Plikt og adgang', threshold: 'Terskler og tall', scope: 'Virkeområde', actor: 'Aktører', reference: 'Henvisninger', definition: 'Definisjoner', editorial: 'Redaksjonelt'},
  en: {modality: 'Duty and permission', threshold: 'Thresholds and numbers', scope: 'Scope', actor: 'Actors', reference: 'References', definition: 'Definitions', editorial: 'Editorial'}
}

export const SEVERITY_LABELS: Labels<'error' | 'warning' | 'info'> = {
  nb: {error: 'Feil', warning: 'Advarsel', info: 'Merknad'},
  en: {error: 'Error', warning: 'Warning', info: 'Note'}
}

/** For counts in the change list: "1 advarsel", "2 advarsler". */
export const SEVERITY_COUNT_LABELS: Record<Lang, Record<'one' | 'many', Record<'error' | 'warning' | 'info', string>>> = {
  nb: {one: {error: 'feil', warning: 'advarsel', info: 'merknad'}, many: {error: 'feil', warning: 'advarsler', info: 'merknader'}},
  en: {one: {error: 'error', warning: 'warning', info: 'note'}, many: {error: 'errors', warning: 'warnings', info: 'notes'}}
}

export const STATUS_LABELS: Labels<'verified' | 'reconstructed' | 'imported' | 'unknown'> = {
  nb: {verified: 'Verifisert', reconstructed: 'Rekonstruert', imported: 'Importert', unknown: 'Ukjent'},
  en: {verified: 'Verified', reconstructed: 'Reconstructed', imported: 'Imported', unknown: 'Unknown'}
}

export const ROLE_LABELS: Labels<'current' | 'proposed' | 'note' | 'background'> = {
  nb: {current: 'Gjeldende forskrift', proposed: 'Forslaget', note: 'Høringsnotatet', background: 'Bakgrunnsdokument'},
  en: {current: 'Current regulation', proposed: 'The proposal', note: 'Consultation note', background: 'Background document'}
}

export const SECTION_STATUS_LABELS: Labels<'unchanged' | 'changed' | 'added' | 'removed' | 'repealed' | 'not-in-proposal'> = {
  nb: {unchanged: 'Uendret', changed: 'Endret', added: 'Ny', removed: 'Fjernet', repealed: 'Opphevet', 'not-in-proposal': 'Ikke med i forslaget'},
  en: {unchanged: 'Unchanged', changed: 'Changed', added: 'New', removed: 'Removed', repealed: 'Repealed', 'not-in-proposal': 'Not in the proposal'}
}

export const FORM_LABELS: Labels<'partial' | 'complete' | 'instructions'> = {
  nb: {partial: 'Delvis: bare paragrafene som endres, er gjengitt', complete: 'Fullstendig: hele forskriften slik den vil lyde', instructions: 'Endringsinstrukser til gjeldende forskrift'},
  en: {partial: 'Partial: only the sections that change are printed', complete: 'Complete: the whole regulation as it would read', instructions: 'Amendment instructions to the current regulation'}
}

export const METHOD_LABELS: Labels<'explicit-reference' | 'heading' | 'similarity'> = {
  nb: {'explicit-reference': 'uttrykkelig henvisning', heading: 'overskrift', similarity: 'tekstlikhet'},
  en: {'explicit-reference': 'explicit reference', heading: 'heading', similarity: 'text similarity'}
}

export const DECLARED_LABELS: Labels<'insert' | 'delete' | 'both'> = {
  nb: {insert: 'kursiv (ny tekst)', delete: 'gjennomstreking (strøket tekst)', both: 'kursiv og gjennomstreking'},
  en: {insert: 'italics (new text)', delete: 'strike-through (removed text)', both: 'italics and strike-through'}
}

/** Finding codes the stages emit today; an unknown code is shown as the code itself. */
export const FINDING_LABELS: Record<Lang, Record<string, string>> = {
  nb: {
    'unexplained-change': 'Uforklart endring', 'claim-vs-effect': 'Notatet og virkningen spriker', 'undeclared-change': 'Umarkert endring',
    'broken-reference': 'Brutt henvisning', 'reference-mismatch': 'Henvisning som ikke stemmer', 'missing-change': 'Varslet endring mangler',
    'summary-coverage': 'Dekning av notatets sammendrag', 'unmatched-mark': 'Markering uten endring',
    'unresolved-reference': 'Henvisning til paragraf som ikke finnes', 'unresolved-repeal': 'Opphevelse av paragraf som ikke finnes',
    'repealed-content': 'Innhold fra opphevet paragraf'
  },
  en: {
    'unexplained-change': 'Unexplained change', 'claim-vs-effect': 'Note and effect disagree', 'undeclared-change': 'Unmarked change',
    'broken-reference': 'Broken reference', 'reference-mismatch': 'Reference does not match', 'missing-change': 'Announced change missing',
    'summary-coverage': "Coverage of the note's summary", 'unmatched-mark': 'Mark without a change',
    'unresolved-reference': 'Reference to a section that does not exist', 'unresolved-repeal': 'Repeal of a section that does not exist',
    'repealed-content': 'Content of a repealed section'
  }
}

const MONTHS: Record<Lang, readonly string[]> = {nb: MONTHS_NB, en: MONTHS_EN}

/** `2026-06-26` → `26. juni 2026` / `26 June 2026`, `2026-05` → `mai 2026`; anything else as given. Never locale-dependent. */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso)
  const month = m ? MONTHS[lang][Number(m[2]) - 1] : undefined
  if (!m || !month) return iso
  // A month alone ("2026-05": the note says "Mai 2026") stays a month.
  if (m[3] === undefined) return `${month} ${m[1]}`
  return lang === 'nb' ? `${Number(m[3])}. ${month} ${m[1]}` : `${Number(m[3])} ${month} ${m[1]}`
}

export const DATE_LABELS: Record<Lang, Record<string, string>> = {
  nb: {hoeringsfrist: 'Høringsfrist', published: 'Sendt på høring', inForce: 'Foreslått ikrafttredelse', currentInForce: 'Gjeldende tekst i kraft fra', kunngjort: 'Kunngjort', vedtatt: 'Vedtatt'},
  en: {hoeringsfrist: 'Consultation deadline', published: 'Sent for consultation', inForce: 'Proposed entry into force', currentInForce: 'Current text in force from', kunngjort: 'Announced', vedtatt: 'Adopted'}
}

/** The reason the proposal was read in its form, in the report's language (the diff stage words it in bokmål). */
export function formReasonText(reason: string, form: 'partial' | 'complete' | 'instructions', lang: Lang): string {
  if (lang === 'nb') return reason
  if (/slik saken oppgir/.test(reason)) return `The proposal is read as ${FORM_LABELS.en[form].split(':')[0]!.toLowerCase()}, as the case declares.`
  return `The form is not declared in the case; regdiff inferred it from the texts (${FORM_LABELS.en[form].split(':')[0]!.toLowerCase()}).`
}
