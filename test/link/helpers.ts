/**
 * Test helpers for the link stage: the IPS ung note and letter parsed for real, small provision trees of
 * chapter 3 read line by line (independent of src/parse, so the linker can be tested on its own), and
 * hand-built changes that mirror the real IPS ung changes.
 */
import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import type {Change, DiffResult, Effect, NoteTree, Provision, ProvisionTree, WordOp} from '../../src/types.js'
import {parseNote} from '../../src/note/index.js'
import {ordinalWord} from '../../src/grammar/ordinals.js'

export const CASE = 'regulations/ips-ung'

export function readNote(): NoteTree {
  return parseNote(new VFile({path: 'note.md', value: readFileSync(`${CASE}/note.md`, 'utf8')}))
}

export function readBackground(): NoteTree[] {
  const path = 'background/oppdragsbrev-2021.md'
  return [parseNote(new VFile({path, value: readFileSync(`${CASE}/${path}`, 'utf8')}))]
}

const zero = {line: 1, column: 1, offset: 0}
const pos = {start: zero, end: zero}

function node(kind: Provision['kind'], id: string, label: string | null, ordinal: number | null, citation: string, text: string): Provision {
  return {kind, id, label, ordinal, citation, title: null, text, source: text, position: pos, children: [], marks: [], notes: [], repealed: false}
}

/**
 * Sections, ledd and lettered items of a Markdown regulation, enough for linking. `withChapter` puts
 * sections under `kap<N>` as the real parser does for current.md; the proposal has no chapter heading.
 */
export function miniTree(path: string): ProvisionTree {
  const md = readFileSync(`${CASE}/${path}`, 'utf8')
  const tree: ProvisionTree = {path, frontmatter: null, title: null, children: [], repeals: [], outside: []}
  let chapter: Provision | null = null
  let section: Provision | null = null
  const blocks = md.split(/\n\s*\n/)
  for (const raw of blocks) {
    const block = raw.trim()
    const chap = /^##\s+Kapittel\s+(\d+)\.\s*(.*)$/.exec(block)
    if (chap) {
      chapter = node('chapter', `kap${chap[1]}`, chap[1]!, null, `kapittel ${chap[1]}`, '')
      tree.children.push(chapter)
      section = null
      continue
    }
    const sec = /^(?:#+\s+)?§\s*(\d+-\d+)\.\s*(.*)$/.exec(block)
    if (sec) {
      const id = `${chapter ? chapter.id + '/' : ''}§${sec[1]}`
      section = node('section', id, sec[1]!, null, `§ ${sec[1]}`, '')
      section.title = sec[2]!
      ;(chapter ? chapter.children : tree.children).push(section)
      continue
    }
    const repeal = /^§\s*(\d+-\d+)\s+oppheves\.$/.exec(block)
    if (repeal) {
      tree.repeals.push({label: repeal[1]!, citation: `§ ${repeal[1]}`, text: block, position: pos})
      continue
    }
    if (!section || block.startsWith('#') || block.startsWith('*Endret') || block.startsWith('---')) continue
    const lines = block.split('\n')
    const items = lines.filter((l) => /^(?:- )?(?:~~)?[a-z]\. /.test(l))
    // A list set off by a blank line still belongs to the ledd whose lead-in it completes.
    const previous = section.children[section.children.length - 1]
    const continues = items.length === lines.length && previous !== undefined
    const n = continues ? previous.ordinal! : section.children.length + 1
    const ledd = continues ? previous : node('ledd', `${section.id}/ledd${n}`, null, n, `${section.citation} ${ordinalWord(n)} ledd`, '')
    const leadText = continues ? previous.text : ''
    for (const line of items) {
      if (line.includes('~~')) continue
      const m = /^(?:- )?([a-z])\. (.*)$/.exec(line)!
      ledd.children.push(node('item', `${ledd.id}/bokstav-${m[1]}`, m[1]!, ledd.children.length + 1, `${ledd.citation} bokstav ${m[1]}`, m[2]!))
    }
    const lead = continues ? leadText : lines.filter((l) => !items.includes(l)).join(' ')
    ledd.text = clean([lead, ...ledd.children.map((c) => `${c.label}. ${c.text}`)].join(' '))
    if (!continues) section.children.push(ledd)
    section.text = section.children.map((c) => c.text).join(' ')
  }
  return tree
}

function clean(text: string): string {
  return text.replace(/~~[^~]*~~/g, '').replace(/\*/g, '').replace(/\s+/g, ' ').trim()
}

export function findByCitation(tree: ProvisionTree, citation: string): Provision | null {
  const walk = (list: Provision[]): Provision | null => {
    for (const p of list) {
      if (p.citation === citation) return p
      const hit = walk(p.children)
      if (hit) return hit
    }
    return null
  }
  return walk(tree.children)
}

export function effect(type: Effect['type'], rule: string, detail: string, before: string | null, after: string | null): Effect {
  return {type, rule, detail, detailEn: detail, evidence: {before, after}}
}

export interface ChangeSpec {
  kind: Change['kind']
  level: Change['level']
  current: string | null
  proposed: string | null
  words: Array<[WordOp['op'], string]>
  effects?: Effect[]
}

export function buildDiff(trees: {current: ProvisionTree; proposed: ProvisionTree}, specs: ChangeSpec[]): DiffResult {
  const changes: Change[] = specs.map((spec, i) => {
    const ref = (tree: ProvisionTree, citation: string | null) => {
      if (!citation) return null
      const p = findByCitation(tree, citation)
      if (!p) throw new Error(`no provision ${citation} in ${tree.path}`)
      return {id: p.id, citation: p.citation, text: p.text, position: p.position}
    }
    const current = ref(trees.current, spec.current)
    const proposed = ref(trees.proposed, spec.proposed)
    return {
      id: `c-${String(i + 1).padStart(3, '0')}`,
      kind: spec.kind,
      level: spec.level,
      sectionId: (proposed ?? current)!.id.split('/ledd')[0]!,
      current,
      proposed,
      words: spec.words.map(([op, text]) => ({op, text})),
      effects: spec.effects ?? [],
      reasons: [],
      relabel: null,
      declared: null,
      instruction: null
    }
  })
  return {form: 'partial', formReason: 'test', sections: [], changes, findings: [], segments: []}
}

/** The real IPS ung changes, read off current.md and proposed.md by hand. */
export const IPS_CHANGES: ChangeSpec[] = [
  {
    kind: 'modified', level: 'ledd', current: '§ 3-1 første ledd', proposed: '§ 3-1 første ledd',
    words: [
      ['equal', 'Individuell jobbstøtte kan tilbys personer … arbeids- og velferdsforvaltningsloven § 4 tredje ledd.'],
      ['delete', 'Det er en forutsetning at personen har fylt 16 år.'],
      ['insert', 'For unge under 30 år (IPS ung), kan tiltaket også tilbys de som har sammensatte psykiske problemer eller rusutfordringer.']
    ],
    effects: [
      effect('scope', 'scope/widened', 'Personkrets: unge under 30 år med sammensatte psykiske problemer eller rusutfordringer omfattes', null, 'For unge under 30 år (IPS ung), kan tiltaket også tilbys'),
      effect('threshold', 'threshold/age', 'Alder: vilkåret «har fylt 16 år» er tatt ut av første ledd', 'har fylt 16 år', null)
    ]
  },
  {
    kind: 'added', level: 'ledd', current: null, proposed: '§ 3-1 tredje ledd',
    words: [['insert', 'Deltakelse i individuell jobbstøtte forutsetter at personen samtykker til å delta, og ønsker å komme i ordinært arbeid og/eller opplæring eller utdanning.']],
    effects: [effect('scope', 'scope/condition', 'Nytt vilkår: deltakeren må ønske å komme i ordinært arbeid og/eller opplæring eller utdanning', null, 'ønsker å komme i ordinært arbeid')]
  },
  {
    kind: 'added', level: 'ledd', current: null, proposed: '§ 3-1 fjerde ledd',
    words: [['insert', 'Tiltaket kan gis fra det året personen fyller 16 år.']],
    effects: [effect('threshold', 'threshold/age', 'Alder: «har fylt 16 år» blir «fra det året personen fyller 16 år»', 'har fylt 16 år', 'fra det året personen fyller 16 år')]
  },
  {
    kind: 'modified', level: 'ledd', current: '§ 3-2 første ledd', proposed: '§ 3-2 første ledd',
    words: [
      ['equal', 'Deltakere i individuell jobbstøtte'],
      ['delete', 'kan få tilbud om'],
      ['insert', 'skal få regelmessig og tilpasset oppfølging av en jobbspesialist. Deltakeren kan få tilbud om:']
    ],
    effects: [effect('modality', 'modality/kan-to-skal', 'Plikt: «kan få tilbud om» regelmessig og tilpasset oppfølging blir «skal få»', 'kan få tilbud om', 'skal få')]
  },
  {
    kind: 'removed', level: 'item', current: '§ 3-2 første ledd bokstav a', proposed: null,
    words: [['delete', 'regelmessig og tilpasset oppfølging av en jobbspesialist']]
  },
  {
    kind: 'relettered', level: 'item', current: '§ 3-2 første ledd bokstav b', proposed: '§ 3-2 første ledd bokstav a',
    words: [['equal', 'bistand til aktiv jobbsøking tidlig i oppfølgingen']]
  },
  {
    kind: 'modified', level: 'item', current: '§ 3-2 første ledd bokstav d', proposed: '§ 3-2 første ledd bokstav c',
    words: [
      ['equal', 'tilrettelegging på arbeidsplassen'],
      ['delete', 'tilpasset den enkeltes behov og'],
      ['equal', 'i samarbeid med arbeidsgiver og behandlingsteam']
    ],
    effects: [effect('scope', 'scope/narrowed', 'Tilretteleggingen skal ikke lenger uttrykkelig være «tilpasset den enkeltes behov»', 'tilpasset den enkeltes behov og', null)]
  },
  {
    kind: 'modified', level: 'ledd', current: '§ 3-2 annet ledd', proposed: '§ 3-2 annet ledd',
    words: [
      ['equal', 'Individuell jobbstøtte inngår som en integrert del av behandlings- og rehabiliteringstilbudet i helse- og omsorgstjenesten.'],
      ['delete', 'Det er en forutsetning at personen samtykker til å delta i individuell jobbstøtte.']
    ]
  },
  {
    kind: 'editorial', level: 'ledd', current: '§ 3-2 tredje ledd', proposed: '§ 3-2 tredje ledd',
    words: [['equal', 'Jobbspesialisten følger … under opplæring og utdanning'], ['delete', '.']],
    effects: [effect('editorial', 'editorial/punctuation', 'Punktum mangler til slutt i leddet', '.', null)]
  },
  {
    kind: 'added', level: 'ledd', current: null, proposed: '§ 3-2 femte ledd',
    words: [['insert', 'For deltakere i IPS ung som har som mål å fullføre opplæring eller utdanning, følger jobbspesialisten deltakeren fra planlegging til oppstart, og underveis i opplærings- eller utdanningsforløpet. Jobbspesialisten kan også bistå med å samhandle med aktuelle opplærings- og utdanningsinstitusjoner.']]
  },
  {
    kind: 'modified', level: 'ledd', current: '§ 3-3 første ledd', proposed: '§ 3-3 første ledd',
    words: [
      ['equal', 'Det utarbeides en plan for oppfølgingen i samarbeid med deltakeren'],
      ['delete', 'og'],
      ['insert', ','],
      ['equal', 'helse- og omsorgstjenesten'],
      ['insert', 'og jobbspesialisten'],
      ['equal', '. Planen skal angi formålet og innholdet for tiltaket og oppfølgingsaktiviteter. Planen skal holdes oppdatert.']
    ],
    effects: [effect('actor', 'actor/added', 'Ny aktør: planen utarbeides også i samarbeid med jobbspesialisten', null, 'jobbspesialisten')]
  },
  {
    kind: 'added', level: 'ledd', current: null, proposed: '§ 3-5 tredje ledd',
    words: [['insert', 'For deltakere i IPS ung som er i opplæring eller utdanning, kan tiltaket forlenges med inntil ett år. Samlet varighet kan være inntil to år, eller inntil fire år for personer med nedsatt arbeidsevne.']],
    effects: [effect('threshold', 'threshold/duration', 'Varighet: kan forlenges med inntil ett år for deltakere i IPS ung i opplæring eller utdanning', null, 'inntil ett år')]
  },
  {
    kind: 'repealed', level: 'section', current: '§ 3-6', proposed: null,
    words: []
  }
]
