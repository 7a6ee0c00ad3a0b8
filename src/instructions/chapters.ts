/**
 * Whole chapters in the applier's document model: where a chapter's heading stands (a text chunk between
 * sections) and which sections it holds, for «Kapittel 4 oppheves.» and «Nytt kapittel 5A skal lyde:».
 */
import type {RegDocument, Section, TextChunk} from './document.js'
import {parseSectionHeading, sections} from './document.js'

/** «Kapittel 4 A», «Kapittel IV»: a chapter heading line in Markdown, any level. */
export function chapterHeadingPattern(n: string): RegExp {
  const escaped = n.replace(/\s+/g, '').split('').map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s?')
  return new RegExp(`^(#{1,6}[ \\t]+Kapittel[ \\t]+${escaped}\\.?)([ \\t]+[^\\r\\n]*)?(?=\\r?$)`, 'm')
}

const ANY_CHAPTER = /^#{1,6}[ \t]+(?:Kapittel|Kapitel|Del)[ \t]+\S/m

export interface ChapterPlace {
  chunk: TextChunk
  /** The sections from the heading up to the next chapter or part heading. */
  members: Section[]
}

/** The chapter's heading chunk and sections; null when the text has no such chapter (or has it twice). */
export function findChapter(doc: RegDocument, n: string): ChapterPlace | null {
  const re = chapterHeadingPattern(n)
  const at = doc.chunks.findIndex((c) => c.type === 'text' && re.test(c.text))
  if (at < 0 || doc.chunks.filter((c) => c.type === 'text' && re.test(c.text)).length > 1) return null
  const chunk = doc.chunks[at] as TextChunk
  // The heading may share its chunk with the end of the chapter before: only what follows the heading counts.
  const afterHeading = chunk.text.slice(chunk.text.search(re))
  const members: Section[] = []
  if (ANY_CHAPTER.test(afterHeading.replace(re, ''))) return {chunk, members}
  for (const c of doc.chunks.slice(at + 1)) {
    if (c.type === 'text') {
      if (ANY_CHAPTER.test(c.text)) break
      continue
    }
    members.push(c)
  }
  return {chunk, members}
}

/** The heading marker chapters use in this text (`## `), for a new chapter heading. */
export function chapterMarker(doc: RegDocument): string {
  for (const c of doc.chunks) {
    const m = c.type === 'text' ? /^(#{1,6}[ \t]+)(?:Kapittel|Kapitel)[ \t]/m.exec(c.text) : null
    if (m) return m[1]!
  }
  return '## '
}

export interface NewChapter {
  /** The chapter's title as the wording gives it («Tilskudd»), '' when it gives none. */
  title: string
  /** The wording of each section, split at its heading line, with the exact separators. */
  sections: Array<{label: string; blocks: Array<{text: string; sep: string}>}>
}

/** «Kapittel 5A. Tilskudd» then «§ 5A-1. …» and its ledd: the new chapter's heading and sections. */
export function readNewChapter(n: string, blocks: Array<{text: string; sep: string}>): NewChapter | null {
  const first = blocks[0]?.text.split('\n')[0]?.replace(/^#{1,6}[ \t]+/, '').trim() ?? ''
  const head = chapterHeadingPattern(n).exec(`# ${first}`)
  const title = head ? (head[2] ?? '').trim() : ''
  const out: NewChapter = {title, sections: []}
  for (const block of head ? blocks.slice(1) : blocks) {
    const line = block.text.split('\n')[0]!.replace(/^#{1,6}[ \t]+/, '').trim()
    const heading = parseSectionHeading(line)
    if (heading) out.sections.push({label: heading.label, blocks: [{...block}]})
    else if (out.sections.length > 0) out.sections[out.sections.length - 1]!.blocks.push({...block})
    else return null
  }
  return out.sections.length > 0 ? out : null
}

/** Whether the document already has a section with one of these labels. */
export function anyExists(doc: RegDocument, labels: string[]): string | null {
  const keys = new Set(sections(doc).map((s) => s.key))
  return labels.find((l) => keys.has(l.replace(/\s+/g, '').toLowerCase())) ?? null
}
