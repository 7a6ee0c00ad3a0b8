/**
 * Proposals written as amendment instructions (issue 8): detect them, apply them to the current text,
 * attach each instruction to the changes it made, and write instructions for a consolidated proposal.
 */
import {givesWording, isAmendingTitle, looksLikeInstructionLine} from './read.js'

export {applyInstructions} from './apply.js'
export {attachInstructions} from './attach.js'
export {generateInstructions, generateInstructionsFromText} from './generate.js'
export {consolidatePartial} from './consolidate.js'
export type {ApplyResult, Instruction, InstructionAction, InstructionTarget, Renumbering} from './types.js'

/**
 * True when `text` reads as an amending text rather than regulation wording: its title is one
 * ("Forskrift om endring i …", "Lov om endringer i …"), or what it states as changes ("… gjøres følgende
 * endringer:", "§ 5-2 skal lyde:", "§ 3-6 oppheves.") are at least as many as its own section headings.
 * (A regulation in force may contain one such sentence, e.g. an EU act amending another; a partial
 * proposal may state one repeal among the sections it prints.) A proposal that prints some sections in full and
 * gives new wording by instruction for others is mixed: read as instructions, its full sections as «skal lyde».
 */
export function isInstructionForm(text: string): boolean {
  let signals = 0
  let wording = 0
  let headings = 0
  let first = true
  let inFrontmatter = false
  for (const [i, line] of text.split('\n').entries()) {
    const l = line.trim()
    if (i === 0 && l === '---') {
      inFrontmatter = true
      continue
    }
    if (inFrontmatter) {
      if (l === '---' || l === '...') inFrontmatter = false
      continue
    }
    if (l === '') continue
    if (first && /^#\s/.test(l) && isAmendingTitle(l)) return true
    first = false
    if (looksLikeInstructionLine(l)) {
      signals++
      if (givesWording(l)) wording++
    } else if (/^(?:#{1,6}[ \t]+)?§\s*\d+[^\s.]*(?:\s?[a-zæøå])?\.\s+\S/i.test(l)) headings++
  }
  // A mixed proposal (some sections in full, others as «§ 8-7 andre ledd skal lyde:») is read as instructions, the
  // full sections as implicit «skal lyde» (grammar.ts): a repeal line alone does not make a partial proposal mixed.
  return signals > 0 && (signals >= headings || wording > 0)
}
