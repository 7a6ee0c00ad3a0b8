/**
 * Writing regdiff's Markdown from plain text: escapes that keep CommonMark from reading wording as markup.
 * Every importer goes through these, so a «*» or «[» in a regulation stays wording, never becomes a mark.
 */

/** Escape characters CommonMark (with GFM) would read as inline markup anywhere in a line. */
export function escapeInline(text: string): string {
  return text.replace(/[\\*_[\]`~<]/g, (char) => `\\${char}`)
}

/**
 * Escape what would start a block at the beginning of a line: a heading, quote, list or thematic break.
 * `firstLine` is the text as it will start the line (already inline-escaped).
 */
export function escapeLineStart(line: string): string {
  // "1. januar" or "2) …" at a line start would open an ordered list; "- " a bullet list; "#" a heading.
  const ordered = /^(\d{1,9})([.)])(?=\s|$)/.exec(line)
  if (ordered) return `${ordered[1]}\\${ordered[2]}${line.slice(ordered[0].length)}`
  if (/^(?:[#>+=|]|-(?=\s|$)|-{3,})/.test(line)) return `\\${line}`
  return line
}

/** Runs of ASCII whitespace collapsed to one space, ends trimmed; a no-break space is wording and stays. */
export function collapse(text: string): string {
  return text.replace(/[ \t\r\n\f]+/g, ' ').replace(/^ | $/g, '')
}
