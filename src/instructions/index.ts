/**
 * Proposals written as amendment instructions (issue 8): detect them, apply them to the current text,
 * attach each instruction to the changes it made, and write instructions for a consolidated proposal.
 */
import {looksLikeInstructionLine} from './grammar.js'

export {applyInstructions} from './apply.js'
export {attachInstructions} from './attach.js'
export {generateInstructions, generateInstructionsFromText} from './generate.js'
export {consolidatePartial} from './consolidate.js'
export type {ApplyResult, Instruction, InstructionAction, InstructionTarget, Renumbering} from './types.js'

/**
 * True when `text` reads as an amending text rather than regulation wording: it opens the changes
 * ("… gjøres følgende endringer:"), or states instructions ("§ 5-2 skal lyde:", "§ 3-6 oppheves.") and
 * has no section headings of its own, or states at least two of them.
 */
export function isInstructionForm(text: string): boolean {
  let instructions = 0
  let headings = 0
  for (const line of text.split('\n')) {
    const l = line.trim()
    if (l === '') continue
    if (/gjøres\s+(?:følgende|disse)\s+endring(?:er)?\s*:?\s*$/i.test(l)) return true
    if (looksLikeInstructionLine(l)) instructions++
    else if (/^(?:#{1,6}[ \t]+)?§\s*\d+[^\s.]*(?:\s?[a-zæøå])?\.\s+\S/i.test(l)) headings++
  }
  return instructions >= 2 || (instructions === 1 && headings === 0)
}
