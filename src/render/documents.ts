/**
 * The note and background documents as the page appends them: headings and paragraphs with the anchors
 * the reasoning links land on, each paragraph used as reasoning linking back to its changes.
 */
import {ROLE_LABELS, type Lang, type Strings} from './i18n.js'
import type {NoteParagraph, NoteSection, NoteTree, Report} from '../types.js'

export interface NoteBlockView {
  type: 'paragraph' | 'list' | 'footnote'
  paragraphs: Array<{anchor: string; text: string; citedBy: Array<{id: string; label: string}>}>
}

export interface NoteSectionView {
  anchor: string
  level: number
  heading: string
  blocks: NoteBlockView[]
}

export interface DocumentView {
  title: string
  path: string
  roleLabel: string
  preamble: NoteBlockView[]
  sections: NoteSectionView[]
}

type CitedBy = Map<string, Array<{id: string; label: string}>>

/** Paragraphs used as reasoning, by `path#anchor`, with the changes that cite them (named by citation). */
function citations(report: Report): CitedBy {
  const citedBy: CitedBy = new Map()
  for (const c of report.diff.changes) {
    for (const r of c.reasons) {
      const key = `${r.path}#${r.anchor}`
      const list = citedBy.get(key) ?? []
      if (!list.some((l) => l.id === c.id)) list.push({id: c.id, label: c.proposed?.citation ?? c.current?.citation ?? c.sectionId})
      citedBy.set(key, list)
    }
  }
  return citedBy
}

function blocks(doc: NoteTree, paragraphs: NoteParagraph[], domIds: Map<string, string>, citedBy: CitedBy): NoteBlockView[] {
  const out: NoteBlockView[] = []
  for (const p of paragraphs) {
    const type = p.type === 'list-item' ? 'list' : p.type
    const view = {anchor: domIds.get(`${doc.path}#${p.anchor}`) ?? p.anchor, text: p.text, citedBy: citedBy.get(`${doc.path}#${p.anchor}`) ?? []}
    const last = out[out.length - 1]
    if (type === 'list' && last?.type === 'list') last.paragraphs.push(view)
    else out.push({type, paragraphs: [view]})
  }
  return out
}

function documentView(doc: NoteTree, roleLabel: string, baseLevel: number, domIds: Map<string, string>, citedBy: CitedBy): DocumentView {
  const sections: NoteSectionView[] = []
  const visit = (list: NoteSection[]) => {
    for (const s of list) {
      sections.push({
        anchor: domIds.get(`${doc.path}#${s.anchor}`) ?? s.anchor,
        level: Math.min(6, baseLevel + Math.max(1, s.depth) - 1),
        // Some note readers keep the number in the heading text ("4.3. Forsøket …"); print it once.
        heading: s.number && !s.heading.startsWith(s.number) ? `${s.number} ${s.heading}` : s.heading,
        blocks: blocks(doc, s.paragraphs, domIds, citedBy)
      })
      visit(s.children)
    }
  }
  visit(doc.sections)
  return {title: doc.title ?? doc.path, path: doc.path, roleLabel, preamble: blocks(doc, doc.preamble, domIds, citedBy), sections}
}

export function documentViews(report: Report, lang: Lang, t: Strings, domIds: Map<string, string>): {note: DocumentView | null; background: DocumentView[]} {
  const citedBy = citations(report)
  return {
    note: report.note ? documentView(report.note, t.note, 3, domIds, citedBy) : null,
    background: report.background.map((d) => documentView(d, ROLE_LABELS[lang].background, 4, domIds, citedBy))
  }
}
