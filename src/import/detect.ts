/**
 * What a file is, from its bytes (never its name): a PDF, a Word document, another zip, an old binary Word
 * file, HTML/XML, Markdown or plain text. Text that is not UTF-8, or holds a NUL byte, is refused with the
 * place of the first bad byte.
 */
import {isUtf8} from 'node:buffer'
import type {Point} from '../types.js'

export type Format = 'pdf' | 'docx' | 'zip' | 'ole' | 'html' | 'markdown' | 'text'

export type Detected = {format: Format; text: string | null} | {format: 'binary'; reason: string; place: Point}

export function detectFormat(bytes: Buffer): Detected {
  const head = bytes.subarray(0, 8)
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return {format: 'pdf', text: null}
  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 0x03 || head[2] === 0x05)) {
    // A Word document is a zip with word/document.xml; its name is stored uncompressed in the directory.
    return {format: bytes.includes('word/document.xml') ? 'docx' : 'zip', text: null}
  }
  if (head.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return {format: 'ole', text: null}
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
  const nul = body.indexOf(0)
  if (nul !== -1) return {format: 'binary', reason: 'the file holds a NUL byte: it is binary, not text', place: pointAt(body, nul)}
  if (!isUtf8(body)) return {format: 'binary', reason: 'the file is not UTF-8 text (save it as UTF-8)', place: pointAt(body, firstInvalidUtf8(body))}
  const text = body.toString('utf8')
  const start = text.trimStart().slice(0, 200).toLowerCase()
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || start.startsWith('<?xml') || /^<(?:head|body|main|article)\b/.test(start)) return {format: 'html', text}
  if (/^(?:---\r?\n|#{1,6} )/.test(text) || /^#{1,6} \S/m.test(text)) return {format: 'markdown', text}
  return {format: 'text', text}
}

/** Line and column (1-based, in characters of the valid text before it) of byte `index`. */
function pointAt(bytes: Buffer, index: number): Point {
  const before = bytes.subarray(0, index).toString('utf8')
  const lines = before.split('\n')
  return {line: lines.length, column: lines[lines.length - 1]!.length + 1, offset: before.length}
}

function firstInvalidUtf8(bytes: Buffer): number {
  // Binary search on the longest valid prefix: isUtf8 is fast, and a prefix cut inside a character is retried.
  let low = 0
  let high = bytes.length
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (isUtf8(bytes.subarray(0, mid)) || isUtf8(bytes.subarray(0, mid - 1)) || isUtf8(bytes.subarray(0, mid - 2)) || isUtf8(bytes.subarray(0, mid - 3))) low = mid
    else high = mid - 1
  }
  return low
}
