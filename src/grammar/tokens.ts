/**
 * The one tokenizer of legal wording: the word diff (diff stage) cuts texts with it, classify reads the
 * diff's operations token by token with it, and render prints those operations as they are.
 *
 * Tokens for the word diff. Concatenating the tokens gives the input back exactly, so a word diff
 * built from them is lossless. Words keep internal hyphens, digits and section numbers together
 * ("helse-", "3-2", "16"), because a lawyer reads "§ 3-2" as one reference, not three tokens.
 */
// Word: letters/digits with inner joiners (3-2, 14a, og/eller splits at "/" on purpose: two words).
// Whitespace runs stay one token so a changed line break is one op. Anything else is one code point.
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:[-'’.,][\p{L}\p{N}\p{M}]+)*-?|\s+|[^]/gu

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? []
}

const WORD = /[\p{L}\p{N}]/u

/** True for tokens that carry wording (not whitespace or punctuation). */
export function isWordToken(token: string): boolean {
  return WORD.test(token)
}

// Letters and digits only: two texts equal under this key differ in punctuation or whitespace alone.
const NOT_WORDING = /[^\p{L}\p{N}]+/gu

/** Key that ignores punctuation, whitespace and case: equal keys mean an editorial-only difference. */
export function wordingKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(NOT_WORDING, '')
}
