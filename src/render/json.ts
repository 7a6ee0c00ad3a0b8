/**
 * `report.json` in pieces. A 10 MB regulation gives a report whose two-space JSON is longer than the
 * longest string V8 can hold (~512 MiB), so `JSON.stringify` throws "Invalid string length". These chunks
 * concatenate to exactly `JSON.stringify(report, null, 2) + '\n'`, so a caller can write them to a file
 * one by one (`for (const chunk of reportJsonChunks(report)) stream.write(chunk)`).
 */

// Flush when the buffer passes this many UTF-16 units: big enough that writes are cheap, small enough
// that memory stays flat.
const CHUNK = 1 << 16

export function* reportJsonChunks(value: unknown): Generator<string> {
  let buffer = ''
  // An explicit stack instead of recursion: provision trees can nest deeper than is safe to recurse on.
  type Frame = {kind: 'array'; items: unknown[]; i: number; indent: string} | {kind: 'object'; keys: string[]; obj: Record<string, unknown>; i: number; indent: string}
  const stack: Frame[] = []

  // Writes a scalar, or opens a container (pushing a frame); returns nothing.
  const open = (v: unknown, indent: string): void => {
    if (v !== null && typeof v === 'object' && typeof (v as {toJSON?: unknown}).toJSON === 'function') v = (v as {toJSON: () => unknown}).toJSON()
    if (Array.isArray(v)) {
      if (v.length === 0) buffer += '[]'
      else {
        buffer += '['
        stack.push({kind: 'array', items: v, i: 0, indent})
      }
    } else if (v !== null && typeof v === 'object') {
      const obj = v as Record<string, unknown>
      const keys = Object.keys(obj).filter((k) => serialisable(obj[k]))
      if (keys.length === 0) buffer += '{}'
      else {
        buffer += '{'
        stack.push({kind: 'object', keys, obj, i: 0, indent})
      }
    } else buffer += JSON.stringify(v) ?? 'null'
  }

  open(value, '')
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!
    const inner = frame.indent + '  '
    if (frame.kind === 'array') {
      if (frame.i === frame.items.length) {
        buffer += `\n${frame.indent}]`
        stack.pop()
      } else {
        buffer += `${frame.i === 0 ? '' : ','}\n${inner}`
        const item = frame.items[frame.i++]
        open(serialisable(item) ? item : null, inner)
      }
    } else if (frame.i === frame.keys.length) {
      buffer += `\n${frame.indent}}`
      stack.pop()
    } else {
      const key = frame.keys[frame.i++]!
      buffer += `${frame.i === 1 ? '' : ','}\n${inner}${JSON.stringify(key)}: `
      open(frame.obj[key], inner)
    }
    if (buffer.length >= CHUNK) {
      yield buffer
      buffer = ''
    }
  }
  yield buffer + '\n'
}

// What JSON.stringify leaves out of objects (and writes as null in arrays).
function serialisable(v: unknown): boolean {
  return v !== undefined && typeof v !== 'function' && typeof v !== 'symbol'
}
