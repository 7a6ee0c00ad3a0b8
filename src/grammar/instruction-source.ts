/**
 * The paragraphs of an amending text, from plain text or Markdown (a `proposed.md`, a pasted amending act)
 * or from a Norsk Lovtidend XML/HTML document (read with rehype-parse: `article.change` with Lovdata's
 * target markup, `article.defaultP` instruction paragraphs, `article.futureLegalArticle` bodies). The
 * instruction reader (`instruction-read.ts`) folds over these paragraphs without knowing the format.
 */
import type {Element, ElementContent, Root} from 'hast'
import {toText} from 'hast-util-to-text'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import type {Operation} from './operations.js'

export type ParagraphKind =
  /** May be an instruction, an intro, an entry-into-force sentence or other text. */
  | 'candidate'
  /** The instruction sentence of a Lovtidend `article.change`: must read as an instruction. */
  | 'change'
  /** A part heading «I», «II». */
  | 'part'
  /** A title or heading that is not an instruction. */
  | 'title'
  /** Structurally known new wording (Lovtidend `futureLegalArticle`, the body of an `article.change`). */
  | 'wording'
  /** Lovtidend `article.document-change[data-document]`: the document the following changes amend. */
  | 'document'
  /** A section of the amending act or regulation itself (`article.legalArticle`), e.g. its entry into force. */
  | 'own-article'
  /** A paragraph of such a section: used if it is an instruction or entry into force, else covered by the article. */
  | 'own'

export interface SourceParagraph {
  kind: ParagraphKind
  text: string
  start: number
  end: number
  line: number
  column: number
  /** For `document`: Lovdata id (`lov/2005-06-17-62`). */
  documentId?: string
  /** For `change`: the operations Lovdata recorded in its markup (the reference for measuring the reader). */
  reference?: Operation[]
}

/** Lovtidend documents and other HTML are recognised by their content, not by the file name. */
export function isMarkup(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!DOCTYPE\s+html|<html[\s>])/iu.test(text)
}

// ---------------------------------------------------------------------------------------------- text

const PART_LINE = /^(?:#{1,6}[ \t]*)?(?:\*\*)?([IVXLC]+)\.?(?:\*\*)?[ \t]*$/u
const TITLE_LINE = /^(?:#{1,6}[ \t]*)?(?:(?:Lov|Forskrift)\s+om\s+endring(?:er|ar)?\s+i\b|(?:Endringslov|Endringsforskrift)\b)/iu

/** Plain text or Markdown: one paragraph per non-empty line (amending texts put one instruction per line). */
export function textParagraphs(text: string): SourceParagraph[] {
  const out: SourceParagraph[] = []
  let line = 1
  let offset = 0
  for (const raw of text.split('\n')) {
    const content = raw.replace(/\r$/u, '')
    const lead = content.length - content.trimStart().length
    const trimmed = content.trim()
    const text = stripMarkdown(trimmed)
    // Positions point at the words, after any «> » or «*» that was stripped.
    const shift = lead + Math.max(0, trimmed.indexOf(text))
    if (trimmed) out.push(...splitInlineWording(textParagraph(text, offset + shift, offset + shift + text.length, line, shift + 1)))
    offset += raw.length + 1
    line++
  }
  return out
}

function textParagraph(text: string, start: number, end: number, line: number, column: number): SourceParagraph {
  const kind: ParagraphKind = PART_LINE.test(text) ? 'part' : TITLE_LINE.test(text) ? 'title' : 'candidate'
  const partText = kind === 'part' ? (PART_LINE.exec(text)?.[1] ?? text) : text
  return {kind, text: partText, start, end, line, column}
}

// «I § 4-1 nytt annet punktum skal lyde: For personer …»: the new wording on the instruction's own line.
const INLINE_WORDING = /^((?:I\s+|Ny\s+|Nytt\s+|Nye\s+)?§.*?\bskal\s+(?:lyde|lyda)\s*:)[ \t]+(?=\S)/u

function splitInlineWording(p: SourceParagraph): SourceParagraph[] {
  const m = p.kind === 'candidate' ? INLINE_WORDING.exec(p.text) : null
  if (!m) return [p]
  const head = m[1]!
  const rest = p.text.slice(m[0].length)
  const at = m[0].length
  return [
    {...p, text: head, end: p.start + head.length},
    {kind: 'wording', text: rest, start: p.start + at, end: p.end, line: p.line, column: p.column + at}
  ]
}

/** Emphasis and quote markers around an instruction line («*§ 3 skal lyde:*», «> …»), not the words. */
function stripMarkdown(line: string): string {
  // «### § 5-2 skal lyde:»: a Markdown heading marker is not part of the sentence (part lines keep theirs: PART_LINE).
  let s = line.replace(/^>\s?/u, '').replace(/^#{1,6}[ \t]+(?=§|Ny\s|Nytt\s|Nye\s|I\s+§|Overskrift|Kapittel\s+\S+\s+overskrift)/u, '')
  const emphasis = /^(\*{1,2}|_{1,2})(.+)\1$/u.exec(s)
  if (emphasis) s = emphasis[2]!
  return s.trim()
}

// ---------------------------------------------------------------------------------------------- Lovtidend

interface Walk {
  out: SourceParagraph[]
  /** Inside an `article.legalArticle` of the amending text itself (not in a `document-change`). */
  own: boolean
}

/** A Lovtidend XML/HTML document in document order. */
export function markupParagraphs(text: string): SourceParagraph[] {
  const tree = unified().use(rehypeParse).parse(text) as Root
  const walk: Walk = {out: [], own: false}
  const main = findFirst(tree, (e) => e.tagName === 'main') ?? findFirst(tree, (e) => e.tagName === 'body')
  if (main) visitChildren(main, walk)
  return walk.out
}

function findFirst(node: Root | Element, test: (e: Element) => boolean): Element | null {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (test(child)) return child
    const found = findFirst(child, test)
    if (found) return found
  }
  return null
}

function classes(e: Element): string[] {
  const c = e.properties?.['className']
  return Array.isArray(c) ? c.map(String) : []
}

function visitChildren(e: Element, walk: Walk): void {
  for (const child of e.children) if (child.type === 'element') visit(child, walk)
}

function visit(e: Element, walk: Walk): void {
  const cls = classes(e)
  if (cls.includes('change')) return visitChange(e, walk)
  if (cls.includes('document-change')) {
    const id = e.properties?.['dataDocument']
    if (id) walk.out.push({...paragraphOf(e, 'document', ''), documentId: String(id)})
    return visitChildren(e, {...walk, own: false})
  }
  if (cls.includes('legalArticle') && !walk.own) {
    const name = e.properties?.['dataName']
    walk.out.push(paragraphOf(e, 'own-article', name ? String(name) : ''))
    return visitChildren(e, {...walk, own: true})
  }
  if (cls.includes('futureLegalArticle')) return void walk.out.push(paragraphOf(e, 'wording', toText(e)))
  if (isParagraph(e)) return visitParagraph(e, walk)
  if (walk.own && (/^h[1-6]$/u.test(e.tagName) || cls.includes('legalArticleHeader'))) return
  if (/^h[1-6]$/u.test(e.tagName) || cls.includes('legalArticleHeader')) return visitHeading(e, walk)
  visitChildren(e, walk)
}

const AMENDED_LIST = /^(?:Endringer|Endringar|Endring|Endringa)\s+i\s+(?:følgende|følgjande)\s+(?:lov|lover|lovar|forskrift|forskrifter)\b/iu

function visitParagraph(e: Element, walk: Walk): void {
  const full = toText(e)
  const first = firstLine(full)
  // «Endringer i følgende lov:» holds a nested list of the amended acts: a title, not an instruction.
  if (AMENDED_LIST.test(first)) return void walk.out.push(paragraphOf(e, 'title', first))
  walk.out.push(paragraphOf(e, walk.own ? 'own' : 'candidate', first))
  // «§ 13-2 annet ledd bokstav b skal lyde:<ul>…</ul>»: the new wording (or list) nested in the paragraph.
  // Otherwise the nested list belongs to the paragraph and is reported with it.
  const rest = full.indexOf('\n') >= 0 ? full.slice(full.indexOf('\n') + 1).trim() : ''
  if (rest && !walk.own && /:\s*$/u.test(first)) walk.out.push(paragraphOf(e, 'wording', rest))
}

function visitHeading(e: Element, walk: Walk): void {
  const text = toText(e).trim()
  walk.out.push(paragraphOf(e, /^[IVXLC]+\.?$/u.test(text) ? 'part' : 'title', text.replace(/\.$/u, '')))
}

/** `article.change`: its first `defaultP` is the instruction; the rest is the new wording. */
function visitChange(e: Element, walk: Walk): void {
  const reference = referenceOperations(e)
  const children = e.children.filter((c): c is Element => c.type === 'element')
  const first = children[0]
  // The sentence is a `defaultP`, or a `legalP` where the change sits in a section of the amending act.
  const hasSentence = first !== undefined && isParagraph(first)
  if (hasSentence) {
    const full = toText(first)
    walk.out.push({...paragraphOf(first, 'change', firstLine(full)), reference})
    const rest = full.indexOf('\n') >= 0 ? full.slice(full.indexOf('\n') + 1).trim() : ''
    if (rest) walk.out.push(paragraphOf(first, 'wording', rest))
  } else {
    // The instruction is the paragraph before the change («Fra den tid loven begynner å gjelde, skal § 14-4 … lyde:»).
    walk.out.push({...paragraphOf(e, 'change', ''), reference})
  }
  for (const child of children.slice(hasSentence ? 1 : 0)) walk.out.push(paragraphOf(child, 'wording', toText(child)))
}

function isParagraph(e: Element): boolean {
  const cls = classes(e)
  return cls.includes('defaultP') || cls.includes('legalP') || cls.includes('numberedLegalP')
}

function firstLine(text: string): string {
  const i = text.indexOf('\n')
  return (i >= 0 ? text.slice(0, i) : text).trim()
}

function paragraphOf(e: Element | ElementContent, kind: ParagraphKind, text: string): SourceParagraph {
  const pos = 'position' in e ? e.position : undefined
  return {
    kind,
    text,
    start: pos?.start.offset ?? 0,
    end: pos?.end.offset ?? 0,
    line: pos?.start.line ?? 1,
    column: pos?.start.column ?? 1
  }
}

const REFERENCE_ATTRIBUTES: Array<[string, Operation['op']]> = [
  ['dataChangePart', 'replace'],
  ['dataAddNewPart', 'insert'],
  ['dataRepealPart', 'repeal'],
  ['dataMovePart', 'move']
]

/** Lovdata's markup in our operations: change→replace, add-new→insert, repeal→repeal, move→move (`old;;new`). */
function referenceOperations(e: Element): Operation[] {
  const out: Operation[] = []
  for (const [attribute, op] of REFERENCE_ATTRIBUTES) {
    const value = e.properties?.[attribute]
    if (value === undefined || value === null) continue
    // `old;;new` pairs are sometimes written with a space after `;;`.
    for (const part of String(value).replace(/;;\s+/gu, ';;').split(/\s+/u).filter(Boolean)) {
      const [target, to] = part.split(';;')
      const operation: Operation = {op, target: stripDocument(target ?? '')}
      if (op === 'move' && to !== undefined) operation.to = stripDocument(to)
      out.push(operation)
    }
  }
  return out
}

/** `lov/2005-06-17-62/§1-4/ledd/2` → `§1-4/ledd/2`; a whole document → `''`. */
export function stripDocument(path: string): string {
  return path.replace(/^(?:lov|forskrift|LTI\/lov|LTI\/forskrift)\/\d{4}-\d{2}-\d{2}(?:-\d+)?\/?/u, '')
}
