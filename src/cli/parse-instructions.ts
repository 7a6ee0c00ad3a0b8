/**
 * `regdiff instructions --parse <file>`: read an amending text (plain text, Markdown or a Lovtidend
 * XML/HTML document) without a current text and print its instructions and diagnostics as JSON
 * (the shape of issue 14 part 2). Exit 0 without error diagnostics, 1 with, 2 when the file cannot be read.
 */
import {readFile} from 'node:fs/promises'
import type {Operation} from '../grammar/operations.js'

export interface ParseIo {
  stdout: {write(chunk: string): unknown}
  stderr: {write(chunk: string): unknown}
}

/** Only the fields of the published shape, in its order. */
function publicOperation(op: Operation): Record<string, string> {
  const out: Record<string, string> = {op: op.op, target: op.target}
  if (op.to !== undefined) out['to'] = op.to
  if (op.from !== undefined) out['from'] = op.from
  if (op.with !== undefined) out['with'] = op.with
  return out
}

export async function parseInstructionFile(io: ParseIo, path: string, shown: string): Promise<number> {
  let text: string
  try {
    const bytes = await readFile(path)
    text = new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch (error) {
    const reason = error instanceof TypeError ? 'ikke gyldig UTF-8-tekst' : 'kan ikke leses'
    io.stderr.write(`regdiff: ${shown}: ${reason}\n`)
    return 2
  }
  const {readAmendingText} = await import('../grammar/instruction-read.js')
  const read = readAmendingText(text.replace(/^\uFEFF/u, ''))
  const json = {
    instructions: read.instructions.map((i) => ({line: i.line, column: i.column, text: i.text, operations: i.operations.map(publicOperation)})),
    diagnostics: read.diagnostics.map((d) => ({line: d.line, column: d.column, severity: d.severity, ruleId: d.ruleId, message: d.message}))
  }
  io.stdout.write(`${JSON.stringify(json, null, 2)}\n`)
  return read.diagnostics.some((d) => d.severity === 'error') ? 1 : 0
}
