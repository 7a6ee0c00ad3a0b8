/**
 * Reads one input document into a VFile, refusing what cannot be a text regdiff should compare (binary, wrong
 * encoding, too large, empty) with a fatal message that says where and what to do, and decoding what can be
 * decoded safely (UTF-8 BOM, UTF-16 with BOM). The text is otherwise kept byte for byte (CRLF stays CRLF), so
 * positions computed by later stages point at the file the user has.
 */
import {open, realpath} from 'node:fs/promises'
import {isUtf8} from 'node:buffer'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {Point} from '../types.js'

/** Larger inputs are refused before reading: no regulation comes near it, and it bounds memory. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024

export interface ReadTextOptions {
  /** Path to show in messages (as the user gave it, e.g. `regulations/ips-ung/current.md`). */
  path: string
  /** Real path of the case folder: the document must resolve inside it. */
  caseRoot: string
  /** Empty files give a warning and `null` instead of a fatal error (for optional documents). */
  optional?: boolean
  /** Allow an empty file (case.yaml may be empty). */
  allowEmpty?: boolean
}

const SOURCE = 'regdiff'

/**
 * Read `absolutePath` as a text document. Returns the VFile (its messages hold infos and warnings), or null
 * for an empty optional document. Throws a fatal VFileMessage for anything unusable.
 */
export async function readText(absolutePath: string, options: ReadTextOptions): Promise<VFile | null> {
  const file = new VFile({path: options.path})
  const fail = (reason: string, ruleId: string, place?: Point): never => {
    return file.fail(reason, {ruleId, source: SOURCE, ...(place ? {place} : {})})
  }

  let real: string
  try {
    real = await realpath(absolutePath)
  } catch (error) {
    return fail(describeFsError(error, options.path), fsRuleId(error))
  }
  // A symlink (or `..` that slipped through) must not let a case read files outside its folder.
  if (real !== options.caseRoot && !real.startsWith(options.caseRoot.endsWith('/') ? options.caseRoot : options.caseRoot + '/')) {
    fail(`the file resolves to ${real}, outside the case folder; a case may only use files inside its own folder`, 'path-outside-case')
  }

  let buffer: Buffer
  try {
    const handle = await open(real, 'r')
    try {
      const stats = await handle.stat()
      if (stats.isDirectory()) fail('this is a folder, not a file', 'not-a-file')
      if (!stats.isFile()) fail('this is not a regular file', 'not-a-file')
      if (stats.size > MAX_INPUT_BYTES) {
        fail(
          `the file is ${formatMb(stats.size)}, more than the limit of ${formatMb(MAX_INPUT_BYTES)}; regdiff compares regulations, which are far smaller — is this the right file?`,
          'file-too-large'
        )
      }
      buffer = await handle.readFile()
    } finally {
      await handle.close()
    }
  } catch (error) {
    if (error instanceof VFileMessage) throw error
    return fail(describeFsError(error, options.path), fsRuleId(error))
  }

  const text = decode(buffer, file, fail)

  if (!/\S/.test(text)) {
    if (options.allowEmpty) {
      file.value = text
      return file
    }
    const reason = buffer.length === 0 ? 'the file is empty' : 'the file holds only whitespace'
    if (options.optional) {
      file.message(`${reason}; it is left out`, {ruleId: 'empty-file', source: SOURCE})
      file.value = text
      return file
    }
    fail(reason, 'empty-file')
  }

  checkLineEndings(text, file)
  file.value = text
  return file
}

type Fail = (reason: string, ruleId: string, place?: Point) => never

/** A published document saved under a .md name: a PDF, a Word .docx (a zip) or an old binary Word .doc. */
function documentKind(buffer: Buffer): string | null {
  if (buffer.subarray(0, 5).toString('latin1') === '%PDF-') return 'a PDF file'
  if (buffer[0] === 0x50 && buffer[1] === 0x4b && buffer[2] === 0x03 && buffer[3] === 0x04) return buffer.includes('word/') ? 'a Word document (.docx)' : 'a zip archive'
  if (buffer.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) return 'an old Word document (.doc)'
  return null
}

/** Decode the bytes: BOMs first (UTF-16 has NULs in it), then NULs, then strict UTF-8. */
function decode(buffer: Buffer, file: VFile, fail: Fail): string {
  const name = file.basename ?? 'file'
  const kind = documentKind(buffer)
  if (kind) {
    fail(
      `this is ${kind}, not Markdown text, whatever its name; build the case from it with regdiff init (e.g. regdiff init <case-dir> --current <regulation.xml> --note ${name}), which converts it`,
      'not-markdown',
      {line: 1, column: 1, offset: 0}
    )
  }
  if (buffer.length >= 2 && ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff))) {
    const encoding = buffer[0] === 0xff ? 'utf-16le' : 'utf-16be'
    let text: string
    try {
      // The decoder drops the BOM itself.
      text = new TextDecoder(encoding, {fatal: true}).decode(buffer)
    } catch {
      return fail(`the file starts with a ${encoding.toUpperCase()} byte order mark but is not valid ${encoding.toUpperCase()}`, 'invalid-encoding')
    }
    const nul = text.indexOf('\0')
    if (nul !== -1) fail('the file contains a NUL character; it looks like a binary file, not text', 'binary-file', pointAt(text, nul))
    file.message(`the file is ${encoding.toUpperCase()}; it was decoded, but save it as UTF-8 (e.g. iconv -f ${encoding.toUpperCase()} -t UTF-8 ${name} > ${utf8Name(name)})`, {
      ruleId: 'utf16-input',
      source: SOURCE
    })
    return text
  }

  let body = buffer
  if (buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    body = buffer.subarray(3)
    // Informational only: the BOM is harmless, but positions count from after it.
    file.info('the file starts with a UTF-8 byte order mark; it is ignored', {ruleId: 'utf8-bom', source: SOURCE})
  }

  const nul = body.indexOf(0)
  if (nul !== -1) {
    const before = new TextDecoder('utf-8').decode(body.subarray(0, nul))
    fail(`the file contains a NUL byte (byte ${nul}); it looks like a binary file, not text (a document as published, such as a PDF or Word file, is converted by regdiff init)`, 'binary-file', pointAt(before, before.length))
  }

  if (!isUtf8(body)) {
    const bad = firstInvalidUtf8(body)
    const before = new TextDecoder('utf-8').decode(body.subarray(0, bad))
    const byte = body[bad] ?? 0
    const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`
    const cp1252 = new TextDecoder('windows-1252').decode(body.subarray(bad, bad + 1))
    const looksLegacy = byte >= 0x80 && /\p{L}|[§«»–—‘’“”€…]/u.test(cp1252)
    const reason = looksLegacy
      ? `the file is not valid UTF-8: byte ${hex} looks like Windows-1252 («${cp1252}»). Convert it to UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8 ${name} > ${utf8Name(name)}`
      : `the file is not valid UTF-8: unexpected byte ${hex}. Save it as UTF-8`
    fail(reason, 'invalid-utf8', pointAt(before, before.length))
  }
  // Buffer's decoder is several times faster than TextDecoder on large input; the BOM is already gone.
  return body.toString('utf8')
}

/** Index of the first byte that does not start a well-formed UTF-8 sequence (the buffer is known invalid). */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    let need: number
    let min = 0x80
    let max = 0xbf
    if (b < 0x80) {
      i++
      continue
    } else if (b >= 0xc2 && b <= 0xdf) need = 1
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      // Overlong forms and surrogates are invalid (RFC 3629).
      if (b === 0xe0) min = 0xa0
      if (b === 0xed) max = 0x9f
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      if (b === 0xf0) min = 0x90
      if (b === 0xf4) max = 0x8f
    } else return i
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined) return i
      const lo = k === 1 ? min : 0x80
      const hi = k === 1 ? max : 0xbf
      if (c < lo || c > hi) return i
    }
    i += need + 1
  }
  return bytes.length
}

/** Line/column (1-based, columns in UTF-16 units like every unist position) of `offset` in `text`. */
function pointAt(text: string, offset: number): Point {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i)
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++
      lineStart = i + 1
    }
  }
  return {line, column: offset - lineStart + 1, offset}
}

/** Warn about mixed line endings (the text is kept as it is; only the message points at the odd one out). */
function checkLineEndings(text: string, file: VFile): void {
  const counts = {crlf: 0, lf: 0, cr: 0}
  const first: Record<keyof typeof counts, number> = {crlf: -1, lf: -1, cr: -1}
  for (let i = text.indexOf('\r') === -1 ? text.length : 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    let kind: keyof typeof counts | null = null
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        kind = 'crlf'
      } else kind = 'cr'
    } else if (c === 10) kind = 'lf'
    if (kind === null) continue
    counts[kind]++
    if (first[kind] === -1) first[kind] = i
    if (kind === 'crlf') i++
  }
  const kinds = (Object.keys(counts) as Array<keyof typeof counts>).filter((k) => counts[k] > 0)
  if (kinds.length < 2) return
  // Point at the first line end of the least common kind: that is usually the stray one.
  const rare = kinds.reduce((a, b) => (counts[b] < counts[a] || (counts[b] === counts[a] && first[b] < first[a]) ? b : a))
  const names = {crlf: 'CRLF', lf: 'LF', cr: 'CR'}
  const summary = kinds.map((k) => `${counts[k]} ${names[k]}`).join(', ')
  file.message(`mixed line endings (${summary}); the first ${names[rare]} is here. The text is kept as it is`, {
    ruleId: 'mixed-line-endings',
    source: SOURCE,
    place: pointAt(text, first[rare])
  })
}

function fsRuleId(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code === 'ENOENT') return 'missing-file'
  if (code === 'EACCES' || code === 'EPERM') return 'unreadable-file'
  if (code === 'ELOOP') return 'symlink-loop'
  return 'unreadable-file'
}

function describeFsError(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code === 'ENOENT') return `${path} does not exist`
  if (code === 'EACCES' || code === 'EPERM') return 'the file cannot be read: permission denied'
  if (code === 'ELOOP') return 'the file cannot be read: its symbolic links form a loop'
  if (code === 'EISDIR') return 'this is a folder, not a file'
  return `the file cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`
}

/** `current.md` → `current.utf8.md`, for the conversion command a message suggests. */
function utf8Name(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? `${name.slice(0, dot)}.utf8${name.slice(dot)}` : `${name}.utf8`
}

function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
