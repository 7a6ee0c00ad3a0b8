/**
 * Nothing silently lost (issue 14): every paragraph of a proposal is accounted for — applied as an instruction,
 * read as wording of one or of a section printed in full, recognised as a title, part, intro, heading or
 * entry-into-force line — or it is an error at its line; every instruction is applied or an error at its line; and
 * every instruction that changed the text has a change in the diff, attached to it. Checked on every real proposal
 * in instruction form and on generated mixed proposals made of real sentences, sections and noise.
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {diffTrees} from '../../src/diff/index.js'
import {applyInstructions, attachInstructions} from '../../src/instructions/index.js'
import {parseProposal} from '../../src/instructions/read.js'
import {parseProvisions} from '../../src/parse/index.js'
import {pointerFor} from '../../src/text/points.js'

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url))
const read = (path: string): string => readFileSync(here(path), 'utf8')

interface Accounting {
  /** Blocks not accounted for: unread without an error at their line. */
  silent: string[]
  /** Instructions neither applied nor reported. */
  dropped: string[]
  /** Instructions that changed the text but have no change in the diff. */
  unreported: string[]
  errors: number
}

function account(currentText: string, proposedText: string): Accounting {
  const current = parseProvisions(new VFile({path: 'current.md', value: currentText}))
  const file = new VFile({path: 'proposed.md', value: proposedText})
  const result = applyInstructions({tree: current, text: currentText}, file)
  const point = pointerFor(proposedText)
  const errorLines = new Set(file.messages.filter((m) => m.fatal === true).map((m) => m.line))
  const roles = parseProposal(proposedText).roles
  const silent = roles
    .filter((r) => r.role === 'unrecognised' && !errorLines.has(point(r.start).line))
    .map((r) => proposedText.slice(r.start, r.end))
  // Not applied: an error at its line, or (addressed to another act) a warning saying so.
  const messageLines = new Set(file.messages.map((m) => m.line))
  const dropped = result.instructions.filter((i) => !i.applied && !messageLines.has(i.position.start.line)).map((i) => i.text)
  const proposed = parseProvisions(new VFile({path: 'proposed.md', value: result.text}))
  const diff = attachInstructions(diffTrees(current, proposed, {form: 'instructions', currentText, proposedText: result.text}), result.instructions)
  // A change reports an instruction when it is attached to it, or lies on what it touched (two renames in one
  // ledd are one change, attached to the first of them).
  const ids = diff.changes.flatMap((c) => [c.current?.id, c.proposed?.id].filter((x): x is string => x !== undefined))
  const near = (a: string, b: string): boolean => a === b || a.startsWith(b + '/') || b.startsWith(a + '/')
  const attached = new Set(diff.changes.flatMap((c) => (c.instruction ? [c.instruction.position.start.offset] : [])))
  const unreported = result.instructions
    .filter((i) => i.applied && i.touched.length > 0 && changesText(i, result.text, currentText))
    .filter((i) => !attached.has(i.position.start.offset) && !i.touched.some((t) => ids.some((id) => near(id, t))))
    .map((i) => i.text)
  return {silent, dropped, unreported, errors: errorLines.size}
}

/** Whether an instruction can have changed anything: a rewrite to the same words changes nothing. */
function changesText(i: {action: string; body: string | null}, after: string, before: string): boolean {
  return after !== before && !(i.action === 'replace' && i.body !== null && before.includes(i.body.trim()))
}

describe('every real proposal in instruction form is accounted for', () => {
  it.each([
    ['tiltak-2025', '../../regulations/tiltak-2025'],
    ['dagligvare-tilsyn', '../../regulations/dagligvare-tilsyn'],
    ['sentralbankloven-2026', '../../regulations/sentralbankloven-2026'],
    ['supplerande-stonad-bortfall', '../../regulations/supplerande-stonad-bortfall']
  ])('%s', (_name, dir) => {
    const a = account(read(`${dir}/current.md`), read(`${dir}/proposed.md`))
    expect(a).toEqual({silent: [], dropped: [], unreported: [], errors: 0})
  })

  it('the raw Lovtidend extraction of tiltak-2025: its headers are errors, nothing is silent', () => {
    const adopted = readFileSync('/work/shared/cases/tiltak-2025/adopted-FOR-2025-07-30-1575-and-1576.txt', 'utf8')
    const a = account(read('../../regulations/tiltak-2025/current.md'), adopted)
    expect({...a, errors: a.errors > 0}).toEqual({silent: [], dropped: [], unreported: [], errors: true})
  })
})

// Pieces of real proposals: instructions with their wording, sections printed in full, and what surrounds them.
const tiltakCurrent = read('../../regulations/tiltak-2025/current.md')
const PIECES = [
  '§ 5-3 første ledd skal lyde:\n\nMentor kan tilbys til en tiltaksdeltaker i tiltakene arbeidstrening, opplæring og sommerjobb.',
  '§ 7-6 nytt siste ledd skal lyde:\n\nOpplæringstiltak etter § 7-3 tredje ledd kan bare tilbys gjennom et offentlig-offentlig samarbeid.',
  '§ 5-2. Innhold\n\nMentor er et tiltak for personer som har behov for støtte på arbeidsplassen.',
  '### § 5-4. Varighet\n\nTiltaket kan vare i inntil seks måneder.\n\nPersoner med nedsatt arbeidsevne kan få tiltaket forlenget.',
  '§ 9-9. Ny paragraf\n\nDette er en ny paragraf.',
  'I § 7-3 skal «kvalifisering» endres til «opplæring».',
  'I følgende bestemmelser skal «Arbeids- og velferdsetaten» endres til «Nav»:\n\n§ 7-6 første ledd',
  '§ 7-3 oppheves.',
  '§ 5-3 overskrifta skal lyde:\n\n§ 5-3. Kven som kan få mentor',
  'Noverande § 5-4 vert § 5-5.',
  '§ 5-2 vert oppheva.',
  '## Kapittel 5. Mentor',
  'Departementet foreslår følgende endringer:',
  'Forskriften trer i kraft 1. august 2025.',
  'Dette avsnittet er en kommentar fra departementet som ikke er en instruks.',
  '§ 5-3 tiande ledd skal lyde:\n\nFinnes ikke.',
  '– – –'
]

describe('generated mixed proposals', () => {
  it('every paragraph is accounted for, every instruction applied or reported, every change attached', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), {minLength: 1, maxLength: 8}), (pieces) => {
        const a = account(tiltakCurrent, pieces.join('\n\n') + '\n')
        expect({silent: a.silent, dropped: a.dropped, unreported: a.unreported}).toEqual({silent: [], dropped: [], unreported: []})
      }),
      {numRuns: 150, seed: 14}
    )
  })
})
