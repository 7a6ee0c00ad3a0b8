/**
 * Escaping for the two text outputs. HTML escaping is Handlebars' own (`escapeExpression`); these cover
 * what Handlebars cannot know: Markdown syntax, and the few HTML contexts inside a Markdown report.
 */

// Characters that can open or close Markdown (GFM) inline syntax, plus `|` for table cells; `(` `!` need no
// escape once `[` has one. `&` only
// where it would start an entity: a literal "&amp;" in a document must stay visible as written.
const MD_INLINE = /[\\`*_[\]<>|~]/g

/** Document text → one line of Markdown that renders as exactly that text (tables, quotes, lists). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(MD_INLINE, (c) => '\\' + c)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
}

/** Like `escapeMarkdown`, for text that starts a line (a quote): "1." or "-" there would start a list. */
export function escapeMarkdownLine(text: string): string {
  return escapeMarkdown(text.trimStart())
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([-=+#])/, '\\$1')
}

/** Text inside an HTML element in Markdown (`<summary>`), where backslash escapes are not read. */
export function escapeHtmlText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
