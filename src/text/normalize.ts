/**
 * Normalisation for *matching* only. Displayed and round-tripped text always keeps the original
 * characters; stages compare `normalizeForMatch(a) === normalizeForMatch(b)` instead.
 */

// Soft hyphen and zero-width characters are invisible in print but break word matching.
const INVISIBLE = /[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/g
// NBSP, narrow NBSP and other Unicode spaces read as an ordinary space.
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\r\n]+/g

export function normalizeForMatch(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ').replace(/ {2,}/g, ' ').trim()
}

/** Collapse inline whitespace to single spaces (keeps invisible characters): for display text. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[ \t\r\n\u00A0]+/g, ' ').trim()
}
