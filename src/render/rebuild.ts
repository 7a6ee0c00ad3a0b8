/**
 * Both input texts rebuilt from a `report.json` and the inputs it refers to (the consumer's side of the
 * reference form, see `./json.ts`). Every input handed in is checked against the sha256 and byte length the
 * report recorded before a byte of it is used, and each rebuilt side is checked against its own record, so a
 * wrong or edited file is refused with a message naming it, never silently mixed into a wrong text.
 */
import {createHash} from 'node:crypto'
import type {AlignedSegmentJson, InputRecord, ReportJson} from './json.js'

/** The input files as bytes (as read from disk) or text; a UTF-8 byte-order mark is ignored, as the loader does. */
export interface InputFiles {
  current?: Uint8Array | string
  proposed?: Uint8Array | string
}

/** Thrown when an input does not match the report or the report cannot be rebuilt from what was given. */
export class InputMismatchError extends Error {
  override name = 'InputMismatchError'
}

type Side = 'current' | 'proposed'

function toBytes(input: Uint8Array | string): Buffer {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.from(input.buffer, input.byteOffset, input.byteLength)
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** The input's bytes once they match the record; a clear refusal otherwise. */
function checkedInput(side: Side, record: InputRecord, input: Uint8Array | string | undefined): Buffer {
  if (input === undefined) {
    throw new InputMismatchError(`report.json refers to ${record.path} (the ${side} text) by offsets; pass that file to rebuild it`)
  }
  const bytes = toBytes(input)
  const hash = sha256(bytes)
  if (hash !== record.sha256 || bytes.length !== record.bytes) {
    throw new InputMismatchError(
      `the ${side} input is not the ${record.path} this report was made from: report.json records sha256 ${record.sha256} ` +
        `(${record.bytes} bytes), the file given has sha256 ${hash} (${bytes.length} bytes)`
    )
  }
  return bytes
}

/** The sides the equal references of the segments point into. */
function referencedSides(segments: AlignedSegmentJson[]): Set<Side> {
  const sides = new Set<Side>()
  for (const segment of segments) for (const op of segment.ops) if ('in' in op) sides.add(op.in)
  return sides
}

function rebuildSide(segments: AlignedSegmentJson[], side: Side, files: Partial<Record<Side, Buffer>>): string {
  const skip = side === 'current' ? 'insert' : 'delete'
  const parts: string[] = []
  for (const segment of segments) {
    if (segment[side] === null) continue
    for (const op of segment.ops) {
      if (op.op === skip) continue
      if ('text' in op) parts.push(op.text)
      else {
        const file = files[op.in]!
        const [start, end] = op.bytes
        if (!(start >= 0 && start <= end && end <= file.length)) {
          throw new InputMismatchError(`report.json refers to bytes ${start}–${end} of ${op.in}, which has ${file.length} bytes`)
        }
        parts.push(file.toString('utf8', start, end))
      }
    }
  }
  return parts.join('')
}

/**
 * current.md and proposed.md (for instruction form: the regulation as amended) rebuilt byte for byte from
 * `report.json` (parsed) and the input files it refers to. Only the files the report points into are needed
 * (none for `--format json-full`). Throws `InputMismatchError` when an input or a rebuilt text does not match
 * the report's record.
 */
export function rebuildInputs(report: {inputs: ReportJson['inputs']; diff: {segments: AlignedSegmentJson[]}}, inputs: InputFiles): {current: string; proposed: string} {
  const files: Partial<Record<Side, Buffer>> = {}
  const referenced = referencedSides(report.diff.segments)
  for (const side of ['current', 'proposed'] as const) {
    // Every file given is checked, used or not; an amended text has no file to check against.
    const given = inputs[side] !== undefined && report.inputs[side].kind === 'file'
    if (referenced.has(side) || given) files[side] = checkedInput(side, report.inputs[side], inputs[side])
  }
  const out = {current: '', proposed: ''}
  for (const side of ['current', 'proposed'] as const) {
    const text = rebuildSide(report.diff.segments, side, files)
    const bytes = Buffer.from(text, 'utf8')
    const record = report.inputs[side]
    if (sha256(bytes) !== record.sha256 || bytes.length !== record.bytes) {
      throw new InputMismatchError(`the ${side} text rebuilt from report.json does not match its record (sha256 ${record.sha256}, ${record.bytes} bytes): the report is damaged`)
    }
    out[side] = text
  }
  return out
}
