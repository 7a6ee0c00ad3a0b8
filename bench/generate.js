// Synthetic regulation pairs for the benchmark: Norwegian-legal-like Markdown in Lovdata's shape (front matter,
// `##` chapters, `####` "§ k-j. Tittel" sections, ledd, lettered lists as plain lines, amendment notes), a
// complete-form proposal with about 5 % of the sections changed in the ways real proposals change them, and a
// note that refers to the changed sections. Deterministic: a fixed seed gives byte-identical folders.
//
//   node bench/generate.js <out-dir> [--size-mb 1] [--seed 1] [--share 0.05]   writes <out-dir>/{current,proposed,note}.md, case.yaml
//
// Plain ESM importing nothing from src/, so the benchmark measures the CLI as a user runs it.
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

/** mulberry32: small, fast, good enough for test data, and the same on every platform. */
export function rng(seed) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n) => Math.floor(next() * n)
  const pick = (list) => list[int(list.length)]
  return {next, int, pick, chance: (p) => next() < p}
}

const ACTORS = [
  'Arbeids- og velferdsetaten', 'kommunen', 'fylkeskommunen', 'arbeidsgiveren', 'tiltaksarrangøren', 'departementet',
  'direktoratet', 'helse- og omsorgstjenesten', 'Statsforvalteren', 'jobbspesialisten', 'den ansvarlige virksomheten'
]
const MODAL = ['skal', 'kan', 'må', 'bør', 'skal ikke', 'kan ikke']
const VERBS = [
  'gi tilbud om', 'sørge for', 'vurdere', 'innhente', 'utarbeide', 'fastsette', 'dekke utgifter til', 'godkjenne',
  'føre tilsyn med', 'gi veiledning om', 'samarbeide om', 'legge til rette for', 'behandle', 'utlevere'
]
const OBJECTS = [
  'oppfølging av deltakeren', 'en plan for tiltaket', 'nødvendige opplysninger', 'tilrettelegging på arbeidsplassen',
  'opplæring og utdanning', 'en skriftlig avtale', 'dokumentasjon av behovet', 'personopplysninger', 'tilskudd til drift',
  'et vedtak om deltakelse', 'arbeidsrettet bistand', 'en vurdering av arbeidsevnen', 'refusjon av utgifter',
  'kvalifisering og arbeidstrening', 'en fast kontaktperson', 'tilbud om arbeidsmarkedstiltak'
]
const ADVERBIALS = [
  'i samarbeid med deltakeren', 'innen rimelig tid', 'så langt det er mulig', 'når vilkårene er oppfylt',
  'i hele tiltaksperioden', 'etter søknad', 'dersom det er nødvendig for å gi arbeidsrettet bistand',
  'i samsvar med den enkeltes behov', 'uten ugrunnet opphold', 'for en periode på inntil ett år',
  'etter nærmere retningslinjer fra direktoratet', 'når særlige grunner tilsier det'
]
const LAWS = [
  'arbeids- og velferdsforvaltningsloven § 14a', 'arbeidsmiljøloven § 4-2', 'forvaltningsloven § 17',
  'folketrygdloven § 11-5', 'arbeidsmarkedsloven § 12', 'helsepersonelloven § 22', 'opplæringslova § 3-1'
]
const TITLE_WORDS = [
  'Formål', 'Virkeområde', 'Definisjoner', 'Personkrets', 'Innhold', 'Varighet', 'Vilkår for deltakelse',
  'Tilskudd', 'Saksbehandling', 'Klage', 'Tilsyn', 'Taushetsplikt', 'Opplysningsplikt', 'Samarbeid',
  'Planlegging, gjennomføring og brukermedvirkning', 'Avgjørelsesmyndighet', 'Refusjon', 'Krav til arrangør'
]
const CHAPTER_WORDS = [
  'Fellesbestemmelser', 'Arbeidsforberedende tiltak', 'Opplæring', 'Arbeidstrening', 'Lønnstilskudd',
  'Oppfølging', 'Tilrettelegging', 'Tilskudd til arbeidsgivere', 'Forsøk', 'Saksbehandling og klage',
  'Kontroll og tilbakekreving', 'Avsluttende bestemmelser'
]
const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember']
const ORD = ['første', 'annet', 'tredje', 'fjerde']

function makeWriter(r) {
  const sentence = (chapter, section) => {
    const kind = r.int(10)
    const actor = r.pick(ACTORS)
    const capital = actor[0].toUpperCase() + actor.slice(1)
    if (kind < 5) return `${capital} ${r.pick(MODAL)} ${r.pick(VERBS)} ${r.pick(OBJECTS)} ${r.pick(ADVERBIALS)}.`
    if (kind === 5) return `Det er en forutsetning at ${r.pick(OBJECTS)} er gitt, jf. ${r.pick(LAWS)}.`
    if (kind === 6) return `Tiltaket kan ha en varighet på inntil ${r.pick(['ett', 'to', 'tre', 'fire'])} år, eller ${r.pick(['seks', 'tolv', 'atten'])} måneder for personer under ${r.pick([18, 25, 30])} år.`
    if (kind === 7) return `Bestemmelsene i § ${chapter}-${Math.max(1, section - 1)} gjelder tilsvarende for ${r.pick(OBJECTS)}, bl.a. ${r.pick(OBJECTS)} mv.`
    if (kind === 8) return `Fra ${1 + r.int(28)}. ${r.pick(MONTHS)} ${2020 + r.int(8)} gjelder kravet også ${r.pick(ADVERBIALS)}, jf. § ${chapter}-${1 + r.int(9)} ${r.pick(ORD)} ledd.`
    return `${capital} ${r.pick(MODAL)} ${r.pick(VERBS)} ${r.pick(OBJECTS)}, og ${r.pick(ACTORS)} ${r.pick(MODAL)} ${r.pick(VERBS)} ${r.pick(OBJECTS)}.`
  }
  const ledd = (chapter, section) => {
    if (r.chance(0.18)) {
      const n = 2 + r.int(5)
      const items = []
      for (let i = 0; i < n; i++) items.push(`${r.pick(OBJECTS)} ${r.pick(ADVERBIALS)}${i < n - 2 ? ',' : i === n - 2 ? ', og' : '.'}`)
      const actor = r.pick(ACTORS)
      return {leadIn: `${actor[0].toUpperCase()}${actor.slice(1)} kan få tilbud om`, items, sentences: []}
    }
    const sentences = []
    const n = 1 + r.int(4)
    for (let i = 0; i < n; i++) sentences.push(sentence(chapter, section))
    return {leadIn: null, items: [], sentences}
  }
  return {sentence, ledd}
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

function renderLedd(l) {
  if (l.leadIn !== null) return [l.leadIn, '', ...l.items.map((item, i) => `${LETTERS[i]}. ${item}`)].join('\n')
  return l.sentences.join(' ')
}

function renderSection(s) {
  if (s.repealed) return `#### § ${s.label}. (Opphevet)\n`
  const parts = [`#### § ${s.label}. ${s.title}`, '']
  for (const l of s.ledd) parts.push(renderLedd(l), '')
  if (s.note) parts.push(s.note, '')
  return parts.join('\n')
}

function renderDocument(title, chapters, frontMatter) {
  const out = []
  if (frontMatter) out.push('---', ...Object.entries(frontMatter).map(([k, v]) => `${k}: "${v}"`), '---', '')
  out.push(`# ${title}`, '')
  for (const c of chapters) {
    out.push(`## Kapittel ${c.number}. ${c.title}`, '')
    for (const s of c.sections) out.push(renderSection(s))
  }
  return out.join('\n')
}

/** Build the current regulation: chapters of sections until the rendered text reaches `bytes`. */
export function buildRegulation(r, bytes, {sectionsPerChapter = [8, 30]} = {}) {
  const w = makeWriter(r)
  const chapters = []
  let size = 0
  for (let c = 1; size < bytes; c++) {
    const chapter = {number: c, title: `${r.pick(CHAPTER_WORDS)}${c > CHAPTER_WORDS.length ? ` ${c}` : ''}`, sections: []}
    const count = sectionsPerChapter[0] + r.int(sectionsPerChapter[1] - sectionsPerChapter[0] + 1)
    for (let j = 1; j <= count && size < bytes; j++) {
      const ledd = []
      const n = 1 + r.int(4)
      for (let k = 0; k < n; k++) ledd.push(w.ledd(c, j))
      const section = {
        label: `${c}-${j}`,
        title: r.pick(TITLE_WORDS),
        ledd,
        repealed: false,
        note: r.chance(0.08) ? `*Endret ved forskrift ${1 + r.int(28)} ${r.pick(MONTHS).slice(0, 3)} ${2019 + r.int(6)} nr. ${100 + r.int(1900)} (i kraft 1 ${r.pick(['jan', 'juli', 'aug'])} ${2020 + r.int(6)}).*` : null
      }
      chapter.sections.push(section)
      size += renderSection(section).length * 1.02 + 1
    }
    chapters.push(chapter)
  }
  return chapters
}

const clone = (x) => JSON.parse(JSON.stringify(x))

/**
 * The proposal: change about `share` of the sections, each with one of the edits real proposals make.
 * Returns the proposed chapters and a log of what was changed, for the note.
 */
export function propose(r, chapters, share = 0.05) {
  const w = makeWriter(r)
  const out = clone(chapters)
  const all = out.flatMap((c) => c.sections.map((s) => ({chapter: c, section: s})))
  const target = Math.max(6, Math.round(all.length * share))
  const log = []
  const used = new Set()
  const kinds = ['reword', 'reword', 'add-sentence', 'remove-sentence', 'remove-item', 'move-ledd-within', 'move-ledd-across', 'add-section', 'repeal', 'remove-section']
  let guard = 0
  while (log.length < target && guard++ < target * 20) {
    const {chapter, section} = all[r.int(all.length)]
    if (used.has(section.label) || section.repealed) continue
    const kind = kinds[log.length % kinds.length]
    const textLedd = section.ledd.filter((l) => l.leadIn === null && l.sentences.length > 0)
    const listLedd = section.ledd.find((l) => l.leadIn !== null && l.items.length >= 3)
    if (kind === 'reword') {
      const l = textLedd[0]
      if (!l) continue
      const i = r.int(l.sentences.length)
      l.sentences[i] = l.sentences[i].replace(/\bkan\b/, 'skal').replace(/\binntil (ett|to|tre|fire) år\b/, 'inntil fem år').replace(/ (i samarbeid med deltakeren|innen rimelig tid|etter søknad)\./, ' uten ugrunnet opphold.')
      l.sentences[i] = l.sentences[i].replace(/^(\S+ \S+)/, '$1 normalt')
    } else if (kind === 'add-sentence') {
      const l = textLedd[r.int(textLedd.length)]
      if (!l) continue
      l.sentences.splice(r.int(l.sentences.length + 1), 0, w.sentence(chapter.number, 1))
    } else if (kind === 'remove-sentence') {
      const l = textLedd.find((x) => x.sentences.length >= 2)
      if (!l) continue
      l.sentences.splice(r.int(l.sentences.length), 1)
    } else if (kind === 'remove-item') {
      // Removing an item reletters the ones after it (rendering letters by position does exactly that).
      if (!listLedd) continue
      listLedd.items.splice(r.int(listLedd.items.length - 1), 1)
      const last = listLedd.items.length - 1
      listLedd.items[last] = listLedd.items[last].replace(/[,.]$|, og$/, '.')
      if (last > 0) listLedd.items[last - 1] = listLedd.items[last - 1].replace(/[,.]$|, og$/, ', og')
    } else if (kind === 'move-ledd-within') {
      if (section.ledd.length < 2) continue
      section.ledd.push(section.ledd.shift())
    } else if (kind === 'move-ledd-across') {
      const others = chapter.sections.filter((s) => s !== section && !s.repealed && !used.has(s.label))
      if (section.ledd.length < 2 || others.length === 0) continue
      const to = others[r.int(others.length)]
      to.ledd.push(section.ledd.splice(r.int(section.ledd.length), 1)[0])
      used.add(to.label)
      log.push({kind, label: section.label, to: to.label, chapter: chapter.number})
      used.add(section.label)
      continue
    } else if (kind === 'add-section') {
      // After the last number in use, since a removed section leaves its number unused.
      const j = Math.max(...chapter.sections.map((s) => Number(s.label.split('-')[1]))) + 1
      const ledd = [w.ledd(chapter.number, j), w.ledd(chapter.number, j)]
      const added = {label: `${chapter.number}-${j}`, title: r.pick(TITLE_WORDS), ledd, repealed: false, note: null}
      chapter.sections.push(added)
      used.add(added.label)
      log.push({kind, label: added.label, chapter: chapter.number})
      continue
    } else if (kind === 'repeal') {
      section.repealed = true
    } else if (kind === 'remove-section') {
      // Complete form: a section that is absent from the proposal is removed.
      chapter.sections.splice(chapter.sections.indexOf(section), 1)
    }
    used.add(section.label)
    log.push({kind, label: section.label, chapter: chapter.number})
  }
  return {chapters: out, log}
}

const EXPLAIN = {
  'reword': (l) => `Departementet foreslår å endre ordlyden i § ${l.label}, slik at plikten kommer tydeligere fram. Endringen er ikke ment å innebære en realitetsendring.`,
  'add-sentence': (l) => `Det foreslås et nytt punktum i § ${l.label} som presiserer hva som gjelder i tiltaksperioden.`,
  'remove-sentence': (l) => `Et punktum i § ${l.label} foreslås opphevet, fordi regelen allerede følger av annen lovgivning.`,
  'remove-item': (l) => `Departementet foreslår å oppheve en bokstav i § ${l.label}. De etterfølgende bokstavene endres tilsvarende.`,
  'move-ledd-within': (l) => `Leddene i § ${l.label} foreslås omrokert, slik at hovedregelen står først.`,
  'move-ledd-across': (l) => `Et ledd i § ${l.label} foreslås flyttet til § ${l.to}, der det hører mer naturlig hjemme.`,
  'add-section': (l) => `Departementet foreslår en ny § ${l.label} om forholdet til andre tiltak.`,
  'repeal': (l) => `§ ${l.label} foreslås opphevet, da bestemmelsen ikke lenger har praktisk betydning.`,
  'remove-section': (l) => `Bestemmelsen i § ${l.label} foreslås tatt ut av forskriften.`
}

export function buildNote(r, log, title) {
  const out = [`# Høringsnotat: ${title}`, '', '## 1. Innledning', '']
  out.push(`Departementet sender med dette på høring forslag til endringer i ${log.length} bestemmelser i forskriften.`, '')
  out.push('## 2. Departementets vurderinger', '')
  // In section order, as a ministry writes it.
  const key = (label) => label.split('-').map(Number)
  const sorted = [...log].sort((a, b) => key(a.label)[0] - key(b.label)[0] || key(a.label)[1] - key(b.label)[1])
  sorted.forEach((entry, i) => {
    out.push(`### 2.${i + 1}. ${r.pick(TITLE_WORDS)} – § ${entry.label}`, '')
    out.push(EXPLAIN[entry.kind](entry), '')
    out.push(`Forslaget bygger på erfaringer fra ${r.pick(ACTORS)}, jf. også ${r.pick(LAWS)}.`, '')
  })
  out.push('## 3. Økonomiske og administrative konsekvenser', '', 'Forslagene antas ikke å ha vesentlige økonomiske konsekvenser.', '')
  return out.join('\n')
}

function caseYaml(title, note) {
  return [
    `title: "${title}"`,
    'regulationId: FOR-2099-01-01-1',
    'language: nb',
    'proposalForm: complete',
    'documents:',
    '  - role: current',
    '    path: current.md',
    '    status: reconstructed',
    '    source: "Syntetisk tekst laget av bench/generate.js (fast frø), ikke en ekte forskrift."',
    '  - role: proposed',
    '    path: proposed.md',
    '    status: reconstructed',
    '    source: "Syntetisk forslag laget av bench/generate.js (fast frø)."',
    ...(note
      ? ['  - role: note', '    path: note.md', '    status: reconstructed', '    source: "Syntetisk høringsnotat laget av bench/generate.js (fast frø)."']
      : []),
    ''
  ].join('\n')
}

const FRONT = {tittel: 'Forskrift om syntetiske arbeidsmarkedstiltak', refid: 'forskrift/2099-01-01-1', departement: 'Arbeids- og inkluderingsdepartementet'}

function writeCase(dir, current, proposed, note) {
  mkdirSync(dir, {recursive: true})
  writeFileSync(join(dir, 'current.md'), current)
  writeFileSync(join(dir, 'proposed.md'), proposed)
  if (note !== null) writeFileSync(join(dir, 'note.md'), note)
  writeFileSync(join(dir, 'case.yaml'), caseYaml(FRONT.tittel, note !== null))
}

/** The realistic pair: `sizeMb` of current text, `share` (default 5 %) of the sections changed. Returns stats. */
export function generateCase(dir, {sizeMb = 1, seed = 1, share = 0.05} = {}) {
  const r = rng(seed)
  const chapters = buildRegulation(r, sizeMb * 1024 * 1024)
  const {chapters: proposedChapters, log} = propose(r, chapters, share)
  const current = renderDocument(FRONT.tittel, chapters, FRONT)
  const proposed = renderDocument(FRONT.tittel, proposedChapters, FRONT)
  writeCase(dir, current, proposed, buildNote(r, log, FRONT.tittel))
  const sections = chapters.reduce((n, c) => n + c.sections.length, 0)
  return {dir, bytes: Buffer.byteLength(current), sections, changed: log.length}
}

/** Inputs built to hurt: each must finish within the bound and say what it did. */
export function generatePathological(root, {seed = 7} = {}) {
  const cases = []
  const w = makeWriter(rng(seed))
  const section = (label, title, ledd) => [`#### § ${label}. ${title}`, '', ...ledd.flatMap((l) => [l, '']), ''].join('\n')
  const doc = (body) => `# ${FRONT.tittel}\n\n## Kapittel 1. Fellesbestemmelser\n\n${body}`

  // 1. One 1 MB paragraph, rewritten throughout (every 7th word changed): the word diff has no easy anchor.
  {
    const r = rng(seed + 1)
    const words = []
    for (let length = 0; length < 1024 * 1024; ) {
      const sentence = w.sentence(1, 2)
      words.push(...sentence.split(' '))
      length += sentence.length + 1
    }
    const before = words.join(' ')
    const after = words.map((word, i) => (i % 7 === 3 ? r.pick(['skal', 'kan', 'normalt', 'likevel', 'ikke']) : word)).join(' ')
    const dir = join(root, 'one-mb-paragraph')
    writeCase(dir, doc(section('1-1', 'Innhold', [before])), doc(section('1-1', 'Innhold', [after])), null)
    cases.push({name: 'one-mb-paragraph', dir, what: '1 MB paragraph, every 7th word rewritten'})
  }
  // 2. 100,000 tiny sections, 1 % of them changed.
  {
    const r = rng(seed + 2)
    const cur = []
    const prop = []
    for (let j = 1; j <= 100000; j++) {
      const text = `Ledd ${j}.`
      cur.push(`#### § 1-${j}. T\n\n${text}\n`)
      prop.push(`#### § 1-${j}. T\n\n${r.chance(0.01) ? `Ledd ${j} endret.` : text}\n`)
    }
    const dir = join(root, 'hundred-thousand-sections')
    writeCase(dir, doc(cur.join('\n')), doc(prop.join('\n')), null)
    cases.push({name: 'hundred-thousand-sections', dir, what: '100,000 tiny sections, 1 % changed'})
  }
  // 3. Thousands of identical sentences: every alignment is equally good.
  {
    const same = 'Planen skal holdes oppdatert.'
    const ledd = Array.from({length: 40}, () => Array.from({length: 100}, () => same).join(' '))
    const changed = ledd.map((l, i) => (i % 10 === 5 ? `${l} Planen skal godkjennes.` : i % 10 === 7 ? l.replace(same + ' ', '') : l))
    const dir = join(root, 'identical-sentences')
    writeCase(dir, doc(section('1-1', 'Plan', ledd) + section('1-2', 'Plan', ledd)), doc(section('1-1', 'Plan', changed) + section('1-2', 'Plan', ledd)), null)
    cases.push({name: 'identical-sentences', dir, what: '8,000 identical sentences in two sections, a few added and removed'})
  }
  // 4. A section moved to another chapter, renumbered and rewritten at once.
  {
    const r = rng(seed + 4)
    const chapters = buildRegulation(r, 200 * 1024)
    const proposedChapters = clone(chapters)
    const from = proposedChapters[0].sections.splice(2, 1)[0]
    const last = proposedChapters[proposedChapters.length - 1]
    from.label = `${last.number}-${last.sections.length + 1}`
    for (const l of from.ledd) l.sentences = l.sentences.map((s, i) => (i % 2 === 0 ? s.replace(/\bskal\b/g, 'kan').replace(/ (\S+)\.$/, ' $1 og i samråd med deltakeren.') : s))
    last.sections.push(from)
    const dir = join(root, 'moved-and-rewritten')
    writeCase(dir, renderDocument(FRONT.tittel, chapters, FRONT), renderDocument(FRONT.tittel, proposedChapters, FRONT), null)
    cases.push({name: 'moved-and-rewritten', dir, what: `§ 1-3 moved to § ${from.label} and half its sentences rewritten`})
  }
  return cases
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const out = args.find((a) => !a.startsWith('--'))
  if (!out) {
    process.stderr.write('usage: node bench/generate.js <out-dir> [--size-mb N] [--seed N] [--pathological]\n')
    process.exit(2)
  }
  const opt = (name, fallback) => {
    const i = args.indexOf(name)
    return i === -1 ? fallback : Number(args[i + 1])
  }
  if (args.includes('--pathological')) {
    for (const c of generatePathological(out)) process.stdout.write(`${c.dir}\t${c.what}\n`)
  } else {
    const stats = generateCase(out, {sizeMb: opt('--size-mb', 1), seed: opt('--seed', 1), share: opt('--share', 0.05)})
    process.stdout.write(`${JSON.stringify(stats)}\n`)
  }
}
