/**
 * Comparing the instruction reader with Lovdata's own target markup in Norsk Lovtidend
 * (`data-change-part`, `data-add-new-part`, `data-repeal-part`, `data-move-part`).
 */
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {readAmendingText, type ParsedInstruction} from '../../src/grammar/instruction-read.js'
import type {Operation} from '../../src/grammar/operations.js'

export interface Compared {
  file: string
  line: number
  text: string
  ours: string[]
  lovdata: string[]
  equal: boolean
}

/**
 * One notation difference is not a disagreement: Lovdata marks a changed heading on the provision itself
 * (`§7`, `kap6`) where we write `§7/overskrift`, and a rename of words as a change of the provision.
 */
export function key(op: Operation): string {
  const kind = op.op === 'rename' ? 'replace' : op.op
  const target = op.target.replace(/\/overskrift$/u, '')
  const to = op.to?.replace(/\/overskrift$/u, '')
  return to === undefined ? `${kind} ${target}` : `${kind} ${target} → ${to}`
}

function keys(ops: Operation[]): string[] {
  return [...new Set(ops.map(key))].sort()
}

export function compareInstruction(file: string, i: ParsedInstruction): Compared {
  const ours = keys(i.operations)
  const lovdata = keys(i.reference ?? [])
  return {file, line: i.line, text: i.text, ours, lovdata, equal: ours.join('\n') === lovdata.join('\n')}
}

export function compareFolder(dir: string): Compared[] {
  const out: Compared[] = []
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.xml')).sort()) {
    const read = readAmendingText(readFileSync(join(dir, file), 'utf8'))
    for (const i of read.instructions) if (i.reference) out.push(compareInstruction(file, i))
  }
  return out
}

/** A convention of Lovdata's markup that the sentence alone cannot reproduce; `applies` says when it may be used. */
export interface Convention {
  id: string
  reason: string
  applies: (text: string) => boolean
  normalize: (key: string) => string
}

/**
 * Differences that come from what Lovdata knows and the sentence does not say. Each is used only on the
 * sentences it `applies` to, and a miss counts as explained only when the two target lists become equal.
 */
export const CONVENTIONS: Convention[] = [
  {
    id: 'lovdata-knows-new',
    reason: 'Lovdata marks as added (add-new) what the sentence replaces without «ny»/«nytt»/«nye», or the reverse: it knows from the text in force whether the provision existed; the sentence does not say.',
    applies: (text) => !/\b(?:ny|nytt|nye)\b/iu.test(text) || /^Ny\s+§\s*[\d a-z-]+\s+(?:første|andre|annet)\s+punktum/iu.test(text) || /og\s+(?:nytt|ny|nye)\s+\S+\s+punktum/iu.test(text),
    normalize: (k) => k.replace(/^insert /u, 'replace ')
  },
  {
    id: 'single-ledd',
    reason: 'Lovdata writes `ledd/1` before a punktum, bokstav or nummer of a section of one ledd («§ 7 andre punktum» → `§7/ledd/1/setning/2`); the sentence names no ledd.',
    applies: (text) => !/\bledd\b/iu.test(text),
    normalize: (k) => k.replace(/(§[^/ ]+)\/ledd\/1\/(setning|bokstav|nummer)\//gu, '$1/$2/')
  },
  {
    id: 'numbered-ledd',
    reason: 'Where a section\'s ledd are numbered 1., 2. …, Lovdata addresses «nr. 4» as `ledd/4`; the sentence cannot tell a numbered ledd from a numbered list item.',
    applies: (text) => /\b(?:nr\.|nummer|punkt)\s*\d/iu.test(text),
    normalize: (k) => k.replace(/(§[^/ ]+)\/(?:ledd\/1\/)?(?:nummer|ledd)\//gu, '$1/N/')
  },
  {
    id: 'siste',
    reason: '«siste ledd» / «siste punktum»: Lovdata writes its number, which only the text in force gives.',
    applies: (text) => /\bsiste\b/iu.test(text),
    normalize: (k) => k.replace(/\/(ledd|setning)\/(?:siste|\d+)/gu, '/$1/N')
  },
  {
    id: 'chapter-sections',
    reason: 'For a whole chapter (or del) Lovdata lists the sections it holds, added, replaced or repealed, which only the new wording and the text in force give; the sentence names the chapter.',
    applies: (text) => /^(?:Nytt\s+)?(?:[Kk]apittel|Lovens\s+del)\s+[\dIVXLC]+(?:\s?[A-Za-z])?(?:\s+avsnitt\s+[IVX]+)?(?:\s+og\s+kapittel\s+\d+)?\s+(?:skal\s+lyde|oppheves)/u.test(text),
    normalize: (k) => (/^\w+ (?:§[^/ ]+|kap[^/ ]+(?:\/avsnitt\w+)?)(?: → .*)?$/u.test(k) ? '' : k)
  },
  {
    id: 'move-and-replace',
    reason: 'A move followed by «og skal lyde» (or a replacement right after a move): Lovdata marks the replacement at the old address, at the new one, or not at all, from case to case.',
    applies: (text) => /(?:blir|vert)\s.+(?:og\s+(?:overskriften\s+)?skal\s+lyde|\.\s+\S+\s+(?:til\s+\S+\s+)?ledd\s+skal\s+lyde)/iu.test(text),
    normalize: (k) => (k.startsWith('replace ') ? '' : k)
  }
]

function normalizedKeys(keys: string[], conventions: Convention[]): string[] {
  const out = keys.map((k) => conventions.reduce((acc, c) => c.normalize(acc), k)).filter((k) => k !== '')
  return [...new Set(out)].sort()
}

/** The conventions that make the two lists equal, or null when the miss is not explained by any. */
export function explainByConvention(c: Compared): string[] | null {
  const usable = CONVENTIONS.filter((conv) => conv.applies(c.text))
  // Try single conventions first, then all usable together.
  for (const conv of usable) {
    if (normalizedKeys(c.ours, [conv]).join('\n') === normalizedKeys(c.lovdata, [conv]).join('\n')) return [conv.id]
  }
  if (usable.length > 1 && normalizedKeys(c.ours, usable).join('\n') === normalizedKeys(c.lovdata, usable).join('\n')) return usable.map((u) => u.id)
  return null
}
