/**
 * Section-level readings on small hand-written texts (test parser): renumbered, added, removed and
 * repealed sections, heading changes, form inference, and hostile input (no sections, empty files,
 * a huge rewritten paragraph, positions that do not fit the text).
 */
import {describe, expect, it} from 'vitest'
import {consolidate} from '../../src/diff/consolidate.js'
import {diffTrees} from '../../src/diff/index.js'
import {reconstruct} from '../../src/diff/reconstruct.js'
import {sectionsIn} from '../../src/parse/sections.js'
import type {DiffResult, ProposalForm} from '../../src/types.js'
import {miniParse} from './helpers/mini-parse.js'

function run(currentText: string, proposedText: string, form: ProposalForm | null = 'complete'): DiffResult {
  const diff = diffTrees(miniParse(currentText, 'current.md'), miniParse(proposedText, 'proposed.md'), {form, currentText, proposedText})
  expect(reconstruct(diff.segments, 'current')).toBe(currentText)
  expect(reconstruct(diff.segments, 'proposed')).toBe(proposedText)
  return diff
}

const summary = (d: DiffResult): string[] =>
  d.changes.map((c) => `${c.kind} ${c.level} ${c.current?.citation ?? '-'} → ${c.proposed?.citation ?? '-'}${c.relabel && c.kind !== 'moved' ? ` (${c.relabel.from}→${c.relabel.to})` : ''}`)

const S21 = '#### § 2-1. Formål\n\nTiltaket skal styrke deltakerens muligheter for å få eller beholde arbeid.\n'
const S22 = '#### § 2-2. Personkrets\n\nTiltaket kan tilbys personer som har fylt 18 år og som har nedsatt arbeidsevne.\n\nArbeids- og velferdsetaten avgjør søknaden.\n'
const S23 = '#### § 2-3. Varighet\n\nTiltaket kan vare i inntil tre år. Varigheten kan forlenges med ett år for personer i utdanning.\n'
const NEW = '#### § 2-3. Klage\n\nVedtak etter denne forskriften kan påklages til Arbeids- og velferdsdirektoratet innen seks uker.\n'
const doc = (...sections: string[]): string => '# Forskrift om tiltak\n\n## Kapittel 2. Tiltak\n\n' + sections.join('\n')

describe('sections', () => {
  it('reads a section pushed down by a new one as renumbered, not as rewritten', () => {
    const d = run(doc(S21, S22, S23), doc(S21, S22, NEW, S23.replace('§ 2-3', '§ 2-4')))
    expect(summary(d)).toEqual(['added section - → § 2-3', 'relettered section § 2-3 → § 2-4 (2-3→2-4)'])
    expect(d.sections.map((s) => `${s.citation}:${s.status}`)).toEqual(['§ 2-1:unchanged', '§ 2-2:unchanged', '§ 2-3:added', '§ 2-3:changed'])
  })

  it('keeps a rewritten section paired by its number when nothing else matches', () => {
    const rewritten = '#### § 2-3. Varighet\n\nDeltakelsen avsluttes når målet er nådd, og senest etter fem år.\n'
    const d = run(doc(S21, S22, S23), doc(S21, S22, rewritten))
    // Nothing in common with the old wording: the ledd is rewritten ("første ledd skal lyde"), one change.
    expect(summary(d)).toEqual(['modified ledd § 2-3 første ledd → § 2-3 første ledd'])
    expect(d.sections.map((s) => s.status)).toEqual(['unchanged', 'unchanged', 'changed'])
  })

  it('reports a changed heading, a removed and a repealed section (complete form)', () => {
    const d = run(doc(S21, S22, S23), doc(S21.replace('Formål', 'Formål og virkeområde'), S22.replace('§ 2-2. Personkrets', '§ 2-2. (Opphevet)').replace(/\n\n[^]*$/, '\n')))
    expect(summary(d)).toEqual([
      'modified section § 2-1 (overskrift) → § 2-1 (overskrift)',
      'repealed section § 2-2 → § 2-2',
      'removed section § 2-3 → -'
    ])
    expect(d.sections.map((s) => s.status)).toEqual(['changed', 'repealed', 'removed'])
    const tree = consolidate(miniParse(doc(S21, S22, S23)), miniParse(doc(S21, S22)), d)
    expect(sectionsIn(tree.children).map((s) => s.label)).toEqual(['2-1', '2-2'])
  })

  it('reads a partial proposal: absent sections stay, repeals are explicit, new sections are inserted in order', () => {
    const proposed = '# Forslag\n\n' + S22.replace('18 år', '16 år') + '\n' + NEW.replace('§ 2-3', '§ 2-2 a') + '\n§ 2-3 oppheves.\n'
    const d = run(doc(S21, S22, S23), proposed, null)
    expect(d.form).toBe('partial')
    expect(summary(d)).toEqual([
      'modified sentence § 2-2 første ledd første punktum → § 2-2 første ledd første punktum',
      'added section - → § 2-2 a',
      'repealed section § 2-3 → -'
    ])
    expect(d.sections.map((s) => `${s.citation}:${s.status}`)).toEqual(['§ 2-1:not-in-proposal', '§ 2-2:changed', '§ 2-2 a:added', '§ 2-3:repealed'])
    const tree = consolidate(miniParse(doc(S21, S22, S23)), miniParse(proposed), d)
    const sections = sectionsIn(tree.children)
    expect(sections.map((s) => `${s.label}${s.repealed ? ' (opphevet)' : ''}`)).toEqual(['2-1', '2-2', '2-2 a', '2-3 (opphevet)'])
    expect(sections[1]!.text).toContain('16 år')
  })

  it('reads invisible character differences as one editorial change, and re-wrapped lines as none', () => {
    const soft = run(doc(S21, S22), doc(S21, S22.replace('arbeidsevne', 'arbeids\u00ADevne')))
    expect(summary(soft)).toEqual(['editorial section § 2-2 → § 2-2'])
    const wrapped = run(doc(S21, S22), doc(S21, S22.replace('har fylt 18 år og ', 'har fylt 18 år og\n')))
    expect(wrapped.changes).toEqual([])
    expect(wrapped.sections.map((s) => s.status)).toEqual(['unchanged', 'unchanged'])
  })

  it('reads a sentence moved word for word into the place of a similar one as a move, not an edit', () => {
    const q = 'Tiltaket kan vare i inntil ett år for personer i arbeid.'
    const t = 'Tiltaket kan vare i inntil tre år for personer med nedsatt arbeidsevne.'
    const a = doc(S21, `#### § 2-2. Varighet\n\nVarigheten fastsettes i vedtaket. ${q}\n`, `#### § 2-3. Unntak\n\nDirektoratet gir retningslinjer. ${t}\n`)
    const b = doc(S21, `#### § 2-2. Varighet\n\nVarigheten fastsettes i vedtaket. ${t}\n`, `#### § 2-3. Unntak\n\nDirektoratet gir retningslinjer.\n`)
    const d = run(a, b)
    expect(summary(d)).toEqual([
      'removed sentence § 2-2 første ledd annet punktum → -',
      'moved sentence § 2-3 første ledd annet punktum → § 2-2 første ledd annet punktum'
    ])
  })

  it('reports changed and new chapter headings before their sections', () => {
    const proposed = doc(S21, S22).replace('Kapittel 2. Tiltak', 'Kapittel 2. Tiltak og oppfølging') + '\n## Kapittel 3. Klage\n\n' + NEW.replace('§ 2-3', '§ 3-1')
    const d = run(doc(S21, S22), proposed)
    expect(summary(d)).toEqual([
      'modified chapter kapittel 2 (overskrift) → kapittel 2 (overskrift)',
      'added chapter - → kapittel 3 (overskrift)',
      'added section - → § 3-1'
    ])
    expect(d.changes[0]!.words.filter((w) => w.op === 'insert').map((w) => w.text)).toEqual([' og oppfølging'])
    expect(d.sections.map((s) => s.status)).toEqual(['unchanged', 'unchanged', 'added'])
  })

  it('infers the complete form for a whole regulation', () => {
    const d = run(doc(S21, S22, S23), doc(S21, S22), null)
    expect(d.form).toBe('complete')
    expect(d.formReason).toMatch(/fullstendig/)
  })
})

describe('hostile input', () => {
  it('handles empty files and files without sections', () => {
    expect(run('', '').changes).toEqual([])
    expect(run('', '').segments).toEqual([])
    const d = run('Bare tekst uten paragrafer.\r\n', 'Annen tekst\u00A0uten paragrafer.\n')
    expect(d.changes).toEqual([])
    expect(d.segments.map((s) => s.type)).toEqual(['gap'])
  })

  it('falls back to a replacement for a huge rewritten paragraph instead of hanging', () => {
    const words = (seed: number) => Array.from({length: 30_000}, (_, i) => `ord${(i * seed) % 9973}`).join(' ')
    const a = `#### § 1. Stort\n\n${words(7)}.\n`
    const b = `#### § 1. Stort\n\n${words(13)}.\n`
    const d = run(a, b)
    expect(d.changes.map((c) => c.kind)).toEqual(['modified'])
    const ops = d.changes[0]!.words.map((w) => w.op)
    expect(ops).toEqual(['delete', 'insert'])
  })

  it('stays lossless when the tree positions do not fit the text', () => {
    const text = doc(S21, S22)
    const tree = miniParse(text)
    const broken = structuredClone(tree)
    const s = sectionsIn(broken.children)
    s[0]!.position.end.offset = text.length + 50
    s[1]!.position.start.offset = 3
    const other = doc(S21, S22.replace('18', '19'))
    const d = diffTrees(broken, miniParse(other), {form: 'complete', currentText: text, proposedText: other})
    expect(reconstruct(d.segments, 'current')).toBe(text)
    expect(reconstruct(d.segments, 'proposed')).toBe(other)
  })
})

describe('repeal of part of a section (real parser)', () => {
  it('repeals the item named, traces nothing else, and consolidates without it', async () => {
    const {parseProvisions} = await import('../../src/parse/index.js')
    const {VFile} = await import('vfile')
    const parse = (value: string, path: string) => parseProvisions(new VFile({path, value}))
    const currentText = doc(S21, '#### § 2-2. Innhold\n\nDeltakeren kan få tilbud om\n\na. veiledning om arbeid\nb. bistand til jobbsøking\nc. oppfølging på arbeidsplassen.\n')
    const proposedText = '# Forslag til endring\n\n§ 2-2 bokstav b oppheves.\n\n§ 2-9 bokstav a oppheves.\n'
    const current = parse(currentText, 'current.md')
    const proposed = parse(proposedText, 'proposed.md')
    const d = diffTrees(current, proposed, {form: 'partial', currentText, proposedText})
    expect(reconstruct(d.segments, 'current')).toBe(currentText)
    expect(reconstruct(d.segments, 'proposed')).toBe(proposedText)
    expect(summary(d)).toEqual(['repealed item § 2-2 første ledd bokstav b → -'])
    expect(d.changes[0]!.declared).toBe('delete')
    expect(d.sections.map((s) => `${s.citation}:${s.status}`)).toEqual(['§ 2-1:not-in-proposal', '§ 2-2:changed'])
    expect(d.findings.map((f) => f.code)).toEqual(['unresolved-repeal'])
    expect(d.findings[0]!.message).toContain('§ 2-9 bokstav a')
    const tree = consolidate(current, proposed, d)
    const s22 = sectionsIn(tree.children)[1]!
    expect(s22.children[0]!.children.filter((c) => c.kind === 'item').map((c) => c.label)).toEqual(['a', 'c'])
    expect(s22.text).not.toContain('jobbsøking')
  })
})

describe('long items (real parser)', () => {
  it('cites a reworded sentence inside a several-sentence item in place, not as a move', async () => {
    const {parseProvisions} = await import('../../src/parse/index.js')
    const {VFile} = await import('vfile')
    const parse = (value: string, path: string) => parseProvisions(new VFile({path, value}))
    const item = 'a. Etter utløpet av fristen skal skyldneren betale rente for benyttet kreditt. Renten fastsettes av departementet.'
    const currentText = doc(`#### § 2-2. Renter\n\nSkyldneren har disse pliktene:\n\n${item}\nb. annen plikt etter avtalen.\n`)
    const proposedText = currentText.replace('fristen skal skyldneren', 'fristen kan skyldneren')
    const d = diffTrees(parse(currentText, 'current.md'), parse(proposedText, 'proposed.md'), {form: 'complete', currentText, proposedText})
    expect(d.changes.map((c) => [c.kind, c.level])).toEqual([['modified', 'sentence']])
    expect(d.changes[0]!.current!.citation).toMatch(/bokstav a første punktum$/)
  })
})
