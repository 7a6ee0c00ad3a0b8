/** Build Change objects for the classify tests from real sentence pairs, as the diff stage would. */
import {diffArrays} from 'diff'
import type {Change, ChangeKind, WordOp} from '../../src/types.js'

const TOKEN = /[\p{L}\p{N}]+|\s+|[^\p{L}\p{N}\s]/gu

/** A small tokenised word diff (jsdiff diffArrays, bounded), falling back to "replaced". */
export function words(before: string, after: string): WordOp[] {
  const parts = diffArrays(before.match(TOKEN) ?? [], after.match(TOKEN) ?? [], {maxEditLength: 500})
  if (!parts) return [{op: 'delete', text: before}, {op: 'insert', text: after}]
  return parts.map((p) => ({op: p.added ? 'insert' : p.removed ? 'delete' : 'equal', text: p.value.join('')}))
}

const pos = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}

export function makeChange(current: string | null, proposed: string | null, kind: ChangeKind = 'modified', id = 'c-001'): Change {
  return {
    id,
    kind,
    level: 'sentence',
    sectionId: '§1',
    current: current === null ? null : {id: '§1/ledd1/pkt1', citation: '§ 1 første ledd første punktum', text: current, position: pos},
    proposed: proposed === null ? null : {id: '§1/ledd1/pkt1', citation: '§ 1 første ledd første punktum', text: proposed, position: pos},
    words: current !== null && proposed !== null ? words(current, proposed) : [],
    effects: [],
    reasons: [],
    relabel: null,
    declared: null,
    instruction: null
  }
}
