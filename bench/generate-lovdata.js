// A second, independent generator of regulation pairs for the benchmark, with other habits than generate.js
// (which writes even chapters of 1–4 ledd with plain sentences): parts (`# Del`) over chapters, chapter numbers
// with letters (`Kapittel 4A`) and sections with letters (`§ 4A-3a`), headings inside the text (a `###` line
// before a group of sections), numbered lists `1.` and lists `a)`, dash lists, *emphasis* and «quoted» terms,
// a few very long sections (20–40 ledd) among many one-sentence ones, and Lovdata's amendment notes
// («*Endret ved forskrifter 3 mars 2016 nr. 211 (i kraft 1 apr 2016), 9 des 2021 nr. 3550.*», «*Tilføyd ved …*»).
// The proposal (complete form) changes other things too: numbers and amounts, a list item added at the end,
// emphasis dropped, the amendment note of a changed section, a section inserted with a letter (`§ 4-7a`),
// a whole ledd rewritten. Its own random generator (xorshift) and its own vocabulary (fisheries and
// food safety), so the two generators share nothing.
//
//   node bench/generate-lovdata.js <out-dir> [--size-mb 1] [--seed 1] [--share 0.05]
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

/** xorshift32 (not generate.js's mulberry32: the two generators share no code). */
function random(seed) {
  let x = seed >>> 0 || 0x9e3779b9
  const next = () => {
    x ^= x << 13
    x >>>= 0
    x ^= x >>> 17
    x ^= x << 5
    x >>>= 0
    return x / 4294967296
  }
  const int = (n) => Math.floor(next() * n)
  return {int, pick: (list) => list[int(list.length)], chance: (p) => next() < p}
}

const BODIES = ['Fiskeridirektoratet', 'Mattilsynet', 'fartøyets reder', 'kjøperen', 'fiskesalgslaget', 'Kystverket', 'tilvirkeren', 'havnemyndigheten', 'fartøyføreren', 'den som driver virksomheten']
const DUTIES = ['plikter å', 'har rett til å', 'kan', 'skal', 'skal straks', 'kan etter søknad']
const ACTS = ['melde fra om', 'føre logg over', 'veie og registrere', 'oppbevare', 'levere', 'kontrollere', 'merke', 'dokumentere', 'sende inn', 'rapportere']
const THINGS = ['fangsten', 'bifangst av kysttorsk', 'landet kvantum', 'redskap som settes i sjøen', 'sporbarhetsopplysninger', 'prøver av råstoffet', 'temperaturen i lasterommet', 'elektronisk fangstdagbok', 'sluttseddelen', 'omsetningen av levende fisk']
const WHEN = ['før fartøyet forlater havn', 'innen 24 timer etter landing', 'senest ved utløpet av hver fangstdag', 'når fartøyet er over 15 meter', 'i hele reguleringsåret', 'dersom kvoten er oppfisket', 'uten opphold', 'etter Fiskeridirektoratets nærmere bestemmelser']
const ACTS_CITED = ['havressurslova § 39', 'deltakerloven § 21', 'matloven § 16', 'forvaltningsloven § 28', 'fiskesalslagslova § 3', 'straffeloven § 29']
const PART_TITLES = ['Alminnelige bestemmelser', 'Regulering av fisket', 'Mottak og omsetning', 'Kontroll og sanksjoner', 'Sluttbestemmelser']
const CHAPTER_TITLES = ['Virkeområde', 'Kvoter og fartøygrupper', 'Redskap og fangstfelt', 'Landing og veiing', 'Sporbarhet', 'Hygiene om bord', 'Rapportering', 'Overtredelsesgebyr', 'Inndragning', 'Dispensasjon']
const SECTION_TITLES = ['Formål', 'Definisjoner', 'Kvotefleksibilitet', 'Meldeplikt', 'Fangstdagbok', 'Veiing', 'Oppbevaring', 'Merking', 'Prøvetaking', 'Innmelding av landing', 'Tildeling', 'Overføring av kvote', 'Gebyr', 'Klage', 'Unntak', 'Ikrafttredelse']
const HEADINGS = ['Særlige regler for kystflåten', 'Fartøy over 28 meter', 'Pelagisk fiske', 'Felles bestemmelser om kontroll']
const MONTHS = ['jan', 'feb', 'mars', 'apr', 'mai', 'juni', 'juli', 'aug', 'sep', 'okt', 'nov', 'des']

function textWriter(r) {
  const emphasise = (s) => (r.chance(0.15) ? s.replace(/ (\S{6,}) /, ' *$1* ') : s)
  const sentence = (part) => {
    const kind = r.int(8)
    const who = r.pick(BODIES)
    const Who = who[0].toUpperCase() + who.slice(1)
    if (kind < 3) return emphasise(`${Who} ${r.pick(DUTIES)} ${r.pick(ACTS)} ${r.pick(THINGS)} ${r.pick(WHEN)}.`)
    if (kind === 3) return `Med «${r.pick(THINGS)}» menes i denne forskriften ${r.pick(THINGS)} som omfattes av ${r.pick(ACTS_CITED)}.`
    if (kind === 4) return `Kvantum over ${5 + r.int(95)} tonn rund vekt skal ${r.pick(ACTS)} ${r.pick(WHEN)}, og overtredelsesgebyret er inntil ${(1 + r.int(9)) * 10} 000 kroner.`
    if (kind === 5) return `Reglene i § ${part}-${1 + r.int(12)} gjelder tilsvarende, jf. ${r.pick(ACTS_CITED)}.`
    if (kind === 6) return `Fristen er ${r.pick(['tre', 'fem', 'ti', 'fjorten'])} dager, regnet fra ${r.pick(['landing', 'vedtaket', 'melding'])}.`
    return emphasise(`${Who} ${r.pick(DUTIES)} ${r.pick(ACTS)} ${r.pick(THINGS)}; ${r.pick(BODIES)} ${r.pick(DUTIES)} ${r.pick(ACTS)} ${r.pick(THINGS)}.`)
  }
  const list = (style) => {
    const n = 2 + r.int(6)
    return {style, items: Array.from({length: n}, (_, i) => `${r.pick(ACTS)} ${r.pick(THINGS)}${i === n - 1 ? '.' : i === n - 2 ? ', og' : ','}`)}
  }
  const ledd = (part) => {
    const roll = r.int(10)
    if (roll === 0) {
      const who = r.pick(BODIES)
      return {sentences: [`${who[0].toUpperCase()}${who.slice(1)} skal:`], list: list('number')}
    }
    if (roll === 1) return {sentences: ['Det gjelder følgende unntak:'], list: list('paren')}
    if (roll === 2) return {sentences: ['Bestemmelsen omfatter'], list: list('dash')}
    return {sentences: Array.from({length: 1 + r.int(3)}, () => sentence(part)), list: null}
  }
  return {sentence, ledd}
}

function note(r) {
  const date = () => `${1 + r.int(28)} ${r.pick(MONTHS)} ${2012 + r.int(12)} nr. ${10 + r.int(3900)}`
  const roll = r.int(3)
  if (roll === 0) return `*Endret ved forskrift ${date()} (i kraft 1 ${r.pick(MONTHS)} ${2013 + r.int(12)}).*`
  if (roll === 1) return `*Endret ved forskrifter ${date()} (i kraft 1 ${r.pick(MONTHS)} ${2013 + r.int(12)}), ${date()}.*`
  return `*Tilføyd ved forskrift ${date()}.*`
}

const LIST_MARK = {number: (i) => `${i + 1}.`, paren: (i) => `${'abcdefghijklmnopqrstuvwxyz'[i]})`, dash: () => '–'}

function renderLedd(l) {
  const lines = [l.sentences.join(' ')]
  if (l.list) lines.push('', ...l.list.items.map((item, i) => `${LIST_MARK[l.list.style](i)} ${item}`))
  return lines.join('\n')
}

function renderSection(s) {
  if (s.repealed) return `#### § ${s.label}. (Opphevet)\n\n${s.note ?? ''}\n`
  const out = [`#### § ${s.label}. ${s.title}`, '']
  for (const l of s.ledd) out.push(renderLedd(l), '')
  if (s.note) out.push(s.note, '')
  return out.join('\n')
}

function renderDocument(doc) {
  const out = ['---', `tittel: "${doc.title}"`, 'refid: "forskrift/2098-06-30-77"', 'departement: "Nærings- og fiskeridepartementet"', '---', '', `# ${doc.title}`, '']
  for (const part of doc.parts) {
    out.push(`## Del ${part.roman}. ${part.title}`, '')
    for (const chapter of part.chapters) {
      out.push(`## Kapittel ${chapter.number}. ${chapter.title}`, '')
      for (const s of chapter.sections) {
        if (s.headingBefore) out.push(`### ${s.headingBefore}`, '')
        out.push(renderSection(s))
      }
    }
  }
  return out.join('\n')
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X']

/** Sections for a chapter: mostly one or two short ledd, now and then one very long section. */
function buildSections(r, w, number, budget) {
  const sections = []
  let size = 0
  const count = r.chance(0.2) ? 40 + r.int(60) : 3 + r.int(12)
  for (let j = 1; j <= count && size < budget; j++) {
    const long = r.chance(0.03)
    const n = long ? 20 + r.int(21) : r.chance(0.5) ? 1 : 1 + r.int(3)
    const ledd = Array.from({length: n}, () => (n === 1 && r.chance(0.6) ? {sentences: [w.sentence(number)], list: null} : w.ledd(number)))
    const section = {label: `${number}-${j}${r.chance(0.04) ? 'a' : ''}`, title: r.pick(SECTION_TITLES), ledd, repealed: r.chance(0.02), note: r.chance(0.25) ? note(r) : null, headingBefore: j > 1 && r.chance(0.03) ? r.pick(HEADINGS) : null}
    if (section.repealed) section.ledd = []
    sections.push(section)
    size += renderSection(section).length + 1
  }
  return {sections, size}
}

export function buildDocument(r, bytes) {
  const w = textWriter(r)
  const doc = {title: 'Forskrift om syntetisk regulering av fisket og omsetning av fangst', parts: []}
  let size = 0
  let chapterNo = 0
  const perPart = Math.max(bytes / 6, 20000)
  for (let p = 0; size < bytes; p++) {
    const part = {roman: ROMAN[p] ?? String(p + 1), title: PART_TITLES[p % PART_TITLES.length], chapters: []}
    for (let partSize = 0; partSize < perPart && size < bytes; ) {
      chapterNo++
      const number = r.chance(0.03) ? `${chapterNo}A` : String(chapterNo)
      const {sections, size: s} = buildSections(r, w, number, bytes - size)
      part.chapters.push({number, title: r.pick(CHAPTER_TITLES), sections})
      partSize += s
      size += s
    }
    doc.parts.push(part)
  }
  return doc
}

/** The edits this generator makes to a section; each returns a line for the note or null if it did not apply. */
function edits(r, w) {
  const textLedd = (s) => s.ledd.filter((l) => l.sentences.length > 0 && !l.list)
  return {
    number: (s) => {
      const l = textLedd(s).find((x) => x.sentences.some((t) => /\d/.test(t)))
      if (!l) return null
      l.sentences = l.sentences.map((t) => t.replace(/(\d+) tonn/, (_, n) => `${Number(n) + 10} tonn`).replace(/inntil (\d+) 000 kroner/, (_, n) => `inntil ${Number(n) * 2} 000 kroner`))
      return 'Beløpsgrensene og mengdene justeres.'
    },
    duty: (s) => {
      const l = textLedd(s)[0]
      if (!l || !/ kan /.test(l.sentences[0])) return null
      l.sentences[0] = l.sentences[0].replace(/ kan /, ' skal ')
      return 'Adgangen gjøres til en plikt.'
    },
    appendItem: (s) => {
      const l = s.ledd.find((x) => x.list)
      if (!l) return null
      const items = l.list.items
      items[items.length - 2] = items[items.length - 2].replace(/, og$/, ',')
      items[items.length - 1] = items[items.length - 1].replace(/\.$/, ', og')
      items.push(`${r.pick(ACTS)} ${r.pick(THINGS)}.`)
      return 'Listen utvides med et nytt punkt.'
    },
    unemphasise: (s) => {
      const l = s.ledd.find((x) => x.sentences.some((t) => t.includes('*')))
      if (!l) return null
      l.sentences = l.sentences.map((t) => t.replace(/\*(\S+)\*/, '$1'))
      return 'Kursiveringen tas bort.'
    },
    rewriteLedd: (s) => {
      if (s.ledd.length === 0) return null
      s.ledd[r.int(s.ledd.length)] = {sentences: [w.sentence(1), w.sentence(1)], list: null}
      return 'Leddet gis ny ordlyd.'
    },
    addSentence: (s) => {
      const l = textLedd(s)[0]
      if (!l) return null
      l.sentences.push(w.sentence(1))
      return 'Det tilføyes et nytt punktum.'
    }
  }
}

/** The proposal: about `share` of the sections changed (and their amendment note updated), plus new sections. */
export function proposeChanges(r, doc, share) {
  const w = textWriter(r)
  const out = JSON.parse(JSON.stringify(doc))
  const sections = out.parts.flatMap((p) => p.chapters.flatMap((c) => c.sections.map((s) => ({chapter: c, s}))))
  const live = sections.filter((x) => !x.s.repealed)
  const target = Math.max(6, Math.round(sections.length * share))
  const kinds = Object.entries(edits(r, w))
  const log = []
  const used = new Set()
  for (let guard = 0; log.length < target && guard < target * 30; guard++) {
    const {chapter, s} = live[r.int(live.length)]
    if (used.has(s)) continue
    if (log.length % 9 === 8) {
      // A new section with a letter after this one (Lovdata's way of inserting without renumbering).
      const at = chapter.sections.indexOf(s)
      const label = `${s.label.replace(/a$/, '')}b`
      if (chapter.sections.some((x) => x.label === label)) continue
      chapter.sections.splice(at + 1, 0, {label, title: r.pick(SECTION_TITLES), ledd: [w.ledd(chapter.number)], repealed: false, note: null, headingBefore: null})
      used.add(s)
      log.push({label, what: 'Ny paragraf.'})
      continue
    }
    const [, edit] = kinds[log.length % kinds.length]
    const what = edit(s)
    if (!what) continue
    s.note = '*Endret ved forskrift 1 jan 2099 nr. 1 (i kraft 1 juli 2099).*'
    used.add(s)
    log.push({label: s.label, what})
  }
  return {doc: out, log}
}

function noteText(doc, log) {
  const out = [`# Høringsnotat – endringer i ${doc.title.toLowerCase()}`, '', '## 1. Bakgrunn', '', `Nærings- og fiskeridepartementet foreslår ${log.length} endringer.`, '', '## 2. Forslagene', '']
  log.forEach((entry, i) => out.push(`### 2.${i + 1} § ${entry.label}`, '', `Til § ${entry.label}: ${entry.what} Endringen skal gjøre kontrollen enklere.`, ''))
  return out.join('\n')
}

function caseYaml(title) {
  const doc = (role, path, what) => [`  - role: ${role}`, `    path: ${path}`, '    status: reconstructed', `    source: "${what} laget av bench/generate-lovdata.js (fast frø), ikke en ekte tekst."`]
  return [`title: "${title}"`, 'regulationId: FOR-2098-06-30-77', 'language: nb', 'proposalForm: complete', 'documents:', ...doc('current', 'current.md', 'Syntetisk forskrift'), ...doc('proposed', 'proposed.md', 'Syntetisk forslag'), ...doc('note', 'note.md', 'Syntetisk høringsnotat'), ''].join('\n')
}

/** Write a case of about `sizeMb` MB; returns the same stats as generate.js's generateCase. */
export function generateLovdataCase(dir, {sizeMb = 1, seed = 1, share = 0.05} = {}) {
  const r = random(seed * 2654435761)
  const current = buildDocument(r, sizeMb * 1024 * 1024)
  const {doc: proposed, log} = proposeChanges(r, current, share)
  mkdirSync(dir, {recursive: true})
  const currentText = renderDocument(current)
  writeFileSync(join(dir, 'current.md'), currentText)
  writeFileSync(join(dir, 'proposed.md'), renderDocument(proposed))
  writeFileSync(join(dir, 'note.md'), noteText(current, log))
  writeFileSync(join(dir, 'case.yaml'), caseYaml(current.title))
  const sections = current.parts.reduce((n, p) => n + p.chapters.reduce((m, c) => m + c.sections.length, 0), 0)
  return {dir, bytes: Buffer.byteLength(currentText), sections, changed: log.length}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const out = args.find((a) => !a.startsWith('--'))
  if (!out) {
    process.stderr.write('usage: node bench/generate-lovdata.js <out-dir> [--size-mb N] [--seed N] [--share F]\n')
    process.exit(2)
  }
  const opt = (name, fallback) => {
    const i = args.indexOf(name)
    return i === -1 ? fallback : Number(args[i + 1])
  }
  process.stdout.write(`${JSON.stringify(generateLovdataCase(out, {sizeMb: opt('--size-mb', 1), seed: opt('--seed', 1), share: opt('--share', 0.05)}))}\n`)
}
