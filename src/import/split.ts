/**
 * Splitting a høringsnotat: the chapter that prints the proposed wording («Forslag til endringer i forskrift
 * …», «Utkast til …», «Forslag til lov om endringar i …») becomes the proposal, in whichever form it is
 * written; the rest is the note. Repeals the reasoning states but the proposal chapter does not are listed
 * for the author (never added to the proposal: only the author can say the wording meant it).
 */
import type {ProposalForm} from '../types.js'
import {blocksToMarkdown, type Block, type PdfDocument} from './pdf-text.js'

export interface SplitNote {
  note: string
  proposed: string
  /** The proposal chapter's heading as written. */
  heading: string
  /** Line of that heading in the input. */
  line: number
  form: ProposalForm
  /** Why that form (Norwegian, for case.yaml's remarks). */
  formReason: string
  /** Sections the reasoning says are repealed and the proposal does not: label and input line. */
  unstatedRepeals: Array<{label: string; line: number; sentence: string}>
}

const PROPOSAL_TITLE = /^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:forslag\s+til\s+(?:endring(?:ar|er)?\s+i\s+|ny\s+|nye\s+)?(?:lov|forskrift|forskrifter|endring)|utkast\s+til\b|lovforslag|forskriftsforslag|lovutkast|forskriftsutkast)/i

/** Null when no heading names a proposal chapter. */
export function splitNote(doc: PdfDocument): SplitNote | null {
  const index = proposalIndex(doc.blocks)
  if (index === -1) return null
  const heading = doc.blocks[index] as Extract<Block, {kind: 'heading'}>
  let end = doc.blocks.length
  for (let i = index + 1; i < doc.blocks.length; i++) {
    const block = doc.blocks[i]!
    if (block.kind === 'heading' && block.level <= heading.level) {
      end = i
      break
    }
  }
  const isDefinition = (b: Block): boolean => b.kind === 'paragraph' && /^\[\^[^\]]+\]:/.test(b.lines[0]!)
  const definitions = doc.blocks.filter(isDefinition)
  const proposalBlocks = doc.blocks.slice(index, end).filter((b) => !isDefinition(b))
  const noteBlocks = [...doc.blocks.slice(0, index), ...doc.blocks.slice(end)].filter((b) => !isDefinition(b))
  // A footnote written as a Markdown definition (Word, Markdown notes) goes with the text that cites it.
  for (const definition of definitions) {
    const label = /^\[\^([^\]]+)\]:/.exec((definition as Extract<Block, {kind: 'paragraph'}>).lines[0]!)![1]!
    const cited = proposalBlocks.some((b) => b.kind === 'paragraph' && b.lines.some((l) => l.includes(`[^${label}]`) && !l.startsWith(`[^${label}]:`)))
    ;(cited ? proposalBlocks : noteBlocks).push(definition)
  }
  const proposed = blocksToMarkdown([{...heading, level: 1}, ...proposalBlocks.slice(1)], doc.footnotes)
  const note = blocksToMarkdown(noteBlocks, doc.footnotes)
  const {form, reason} = proposalForm(proposed)
  return {
    note,
    proposed,
    heading: heading.text,
    line: heading.line,
    form,
    formReason: reason,
    unstatedRepeals: unstatedRepeals(noteBlocks, proposed)
  }
}

/**
 * The last heading that names a proposal (a note may mention «forslag til …» earlier, in its outline). The
 * note's own title often says «Forslag til endringer i forskrift …» too: the first heading of the document,
 * when it is the only one at its level, is the title, never the proposal chapter.
 */
function proposalIndex(blocks: Block[]): number {
  const headings = blocks.filter((b): b is Extract<Block, {kind: 'heading'}> => b.kind === 'heading')
  const title = headings[0] && headings.filter((h) => h.level <= headings[0]!.level).length === 1 ? headings[0] : null
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!
    if (block.kind === 'heading' && block !== title && PROPOSAL_TITLE.test(block.text)) return i
  }
  return -1
}

/** Instructions when the chapter is written as amending provisions; otherwise partial (only printed sections change). */
function proposalForm(text: string): {form: ProposalForm; reason: string} {
  if (/gjøres følgende endringer|gjerast følgjande endringar|skal lyde:|skal lyde\s*«|skal lyde\b|skal ljode/i.test(text)) {
    return {form: 'instructions', reason: 'Forslaget er skrevet som endringsbestemmelser («… skal lyde:», «gjøres følgende endringer»).'}
  }
  return {form: 'partial', reason: 'Forslaget gjengir bare paragrafene som endres, hver i sin helhet.'}
}

const REPEAL_SENTENCE = /[^.]*§\s*(\d+(?:-\d+)?\s?[a-z]?)\b[^.]*?\b(?:oppheves|blir opphevet|foreslås opphevet|skal oppheves|vert oppheva|blir oppheva)\b[^.]*\./g

/** "Departementet foreslår at … § 3-6 oppheves": a repeal the proposal chapter should, but does not, state. */
function unstatedRepeals(noteBlocks: Block[], proposed: string): SplitNote['unstatedRepeals'] {
  const found: SplitNote['unstatedRepeals'] = []
  for (const block of noteBlocks) {
    if (block.kind !== 'paragraph') continue
    for (const match of block.lines.join(' ').matchAll(REPEAL_SENTENCE)) {
      const label = match[1]!.replace(/\s/g, '')
      const stated = new RegExp(`§\\s*${label.replace(/-/g, '\\-')}\\b[^\\n]*(?:oppheves|vert oppheva|\\(Opphevet\\))`).test(proposed)
      if (!stated && !found.some((f) => f.label === label)) found.push({label, line: block.line, sentence: match[0].trim()})
    }
  }
  return found
}
