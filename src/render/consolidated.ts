/**
 * The regulation as it would read, for `consolidated.md`: chapters and sections of the consolidated tree
 * with their ledd and items as text (the same reading of the tree as the page's consolidated part).
 */
import {forEachBlock} from './sides.js'
import type {Provision, Report} from '../types.js'

export interface ConsolidatedMarkdownView {
  title: string
  entries: Array<{chapter: string | null; section: {heading: string; paragraphs: Array<{label: string | null; text: string}>} | null}>
}

export function consolidatedView(report: Report, lang: 'nb' | 'en'): ConsolidatedMarkdownView {
  const tree = report.regulation.consolidated
  const entries: ConsolidatedMarkdownView['entries'] = []
  const visit = (nodes: Provision[]) => {
    for (const p of nodes) {
      if (p.kind === 'section') {
        const paragraphs: Array<{label: string | null; text: string}> = []
        forEachBlock(p, (_id, label, text) => paragraphs.push({label: label || null, text}))
        const heading = p.repealed ? `${p.citation}. ${lang === 'en' ? '(Repealed)' : '(Opphevet)'}` : [p.citation, p.title].filter(Boolean).join('. ')
        entries.push({chapter: null, section: {heading, paragraphs}})
      } else {
        const name = p.kind === 'chapter' ? `${lang === 'en' ? 'Chapter' : 'Kapittel'} ${p.label ?? ''}`.trim() : p.citation
        entries.push({chapter: [name, p.title].filter(Boolean).join('. '), section: null})
        visit(p.children)
      }
    }
  }
  visit(tree.children)
  return {title: tree.title ?? report.case.title, entries}
}
