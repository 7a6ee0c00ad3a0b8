/**
 * The changes of one bulk rename instruction share the note's reasons for the rename. The instruction and
 * provisions are those of Prop. 4 L (regulations/dagligvare-tilsyn); the note passages are written for
 * this test, because the excerpt of Prop. 4 L in the set has no reason for the rename (only «Gjeldende rett»).
 */
import {describe, expect, it} from 'vitest'
import {shareRenameReasons} from '../../src/link/index.js'
import type {Change, Reason} from '../../src/types.js'

const pos = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 2, offset: 1}}
const HEAD = 'I følgende bestemmelser skal «Dagligvaretilsynet» endres til «Konkurransetilsynet»:'

function change(id: string, section: string, instruction: string | null, reasons: Reason[] = []): Change {
  return {
    id, kind: 'modified', level: 'sentence', sectionId: `kap3/§${section}`, current: null, proposed: null, words: [],
    effects: [], reasons, relabel: null, declared: null,
    instruction: instruction === null ? null : {text: instruction, position: pos}
  }
}

function reason(anchor: string, excerpt: string): Reason {
  return {document: 'note', path: 'note.md', noteSection: '4.1', heading: '4.1 Departementets vurdering', anchor, excerpt, position: pos, score: 0.9, method: 'explicit-reference'}
}

describe('bulk rename', () => {
  it('gives a renamed provision the reasons its siblings have for the rename, and only those', () => {
    const rename = reason('note-4-1-p2', 'Departementet foreslår at Dagligvaretilsynet legges ned og at oppgavene overføres til Konkurransetilsynet.')
    const other = reason('note-4-1-p3', 'Klagesaker skal behandles av Konkurranseklagenemnda.')
    const changes = [
      change('c-1', '11', `${HEAD}\n\n§ 11 første ledd`, [rename, other]),
      change('c-2', '13', `${HEAD}\n\n§ 13 første ledd`),
      change('c-3', '19', '§ 19 første punktum skal lyde:')
    ]
    shareRenameReasons(changes)
    expect(changes[1]!.reasons.map((r) => r.anchor)).toEqual(['note-4-1-p2'])
    // Another instruction is another decision.
    expect(changes[2]!.reasons).toEqual([])
  })

  it('leaves a change that has reasons of its own as it is', () => {
    const own = reason('note-5-p1', 'Om § 13.')
    const changes = [
      change('c-1', '11', `${HEAD}\n\n§ 11 første ledd`, [reason('note-4-1-p2', 'Dagligvaretilsynet legges ned.')]),
      change('c-2', '13', `${HEAD}\n\n§ 13 første ledd`, [own])
    ]
    shareRenameReasons(changes)
    expect(changes[1]!.reasons).toEqual([own])
  })
})
