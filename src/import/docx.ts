/**
 * A Word document → regdiff Markdown. The document's own tracked changes are first made visible in the
 * OOXML (read with jszip, edited as an XML DOM): an insertion (`w:ins`, `w:moveTo`) gets italics, a
 * deletion (`w:del`, `w:moveFrom`) becomes struck text — the marks a ministry uses for new and removed
 * wording, and the ones regdiff reads as declared changes. mammoth (which would drop deletions) then
 * converts headings, paragraphs, lists, footnotes, italics and strike-through to HTML, and that HTML is
 * walked as hast into Markdown.
 */
import {DOMParser, XMLSerializer} from '@xmldom/xmldom'
import type {Element, ElementContent, Root} from 'hast'
import JSZip from 'jszip'
import mammoth from 'mammoth'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import {fail} from './fail.js'
import {collapse, escapeInline, escapeLineStart} from './markdown.js'
import type {Repair} from './types.js'

// The few DOM members used here (the project compiles without the DOM library's types).
interface XmlNode {
  localName: string | null
  textContent: string | null
  firstChild: XmlNode | null
  parentNode: XmlNode | null
  childNodes: ArrayLike<XmlNode>
  insertBefore(node: XmlNode, before: XmlNode | null): XmlNode
  removeChild(node: XmlNode): XmlNode
  replaceChild(node: XmlNode, old: XmlNode): XmlNode
  appendChild(node: XmlNode): XmlNode
}
interface XmlElement extends XmlNode {
  getElementsByTagNameNS(ns: string, name: string): ArrayLike<XmlElement>
  setAttribute(name: string, value: string): void
}
interface XmlDocument {
  getElementsByTagNameNS(ns: string, name: string): ArrayLike<XmlElement>
  createElementNS(ns: string, name: string): XmlElement
  createTextNode(text: string): XmlNode
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

export interface DocxMarkdown {
  markdown: string
  repairs: Repair[]
  counts: Record<string, number>
}

export async function docxToMarkdown(bytes: Buffer, file: VFile): Promise<DocxMarkdown> {
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(bytes)
  } catch (error) {
    return fail(file, `the Word document cannot be opened as a zip (${(error as Error).message}); is the file complete, or is it encrypted? Save it again from Word as .docx`, 'import-not-docx')
  }
  const main = zip.file('word/document.xml')
  if (!main) return fail(file, 'the zip has no word/document.xml, so it is not a Word document; give the .docx, PDF or text itself', 'import-not-docx')
  const tracked = {insertions: 0, deletions: 0, moves: 0}
  const xml = new DOMParser().parseFromString(await main.async('string'), 'text/xml') as unknown as XmlDocument
  markTrackedChanges(xml, tracked)
  zip.file('word/document.xml', new XMLSerializer().serializeToString(xml as never))
  const marked = await zip.generateAsync({type: 'nodebuffer'})
  // Underlined text is new wording, as in the PDF path (Word and LibreOffice print insertions underlined,
  // and some ministries underline what they add); mammoth drops underline unless it is mapped.
  const result = await mammoth.convertToHtml({buffer: marked}, {styleMap: ['strike => s', 'u => em', "p[style-name='Title'] => h1:fresh"], includeDefaultStyleMap: true})
  for (const warning of result.messages) file.message(`Word: ${warning.message}`, {ruleId: 'import-docx-warning', source: 'regdiff'})
  const tree = unified().use(rehypeParse, {fragment: true}).parse(result.value) as Root
  const markdown = htmlToMarkdown(tree)
  const repairs: Repair[] = []
  if (tracked.insertions > 0) repairs.push({kind: 'tracked-insertion-as-italics', count: tracked.insertions, lines: []})
  if (tracked.deletions > 0) repairs.push({kind: 'tracked-deletion-as-strike', count: tracked.deletions, lines: []})
  if (tracked.moves > 0) repairs.push({kind: 'tracked-move-as-marks', count: tracked.moves, lines: []})
  const underlined = underlinedRuns(xml)
  if (underlined > 0) repairs.push({kind: 'docx-underline-as-insertion', count: underlined, lines: []})
  return {markdown, repairs, counts: {...tracked}}
}

/** Tracked changes as formatting: runs inside w:ins/w:moveTo get w:i, runs inside w:del/w:moveFrom get w:strike. */
function markTrackedChanges(doc: XmlDocument, tracked: {insertions: number; deletions: number; moves: number}): void {
  const edit = (tag: string, mark: 'i' | 'strike', count: keyof typeof tracked): void => {
    const found = Array.from(doc.getElementsByTagNameNS(W, tag))
    for (const wrapper of found) {
      tracked[count]++
      for (const run of Array.from(wrapper.getElementsByTagNameNS(W, 'r'))) {
        addRunProperty(doc, run, mark)
        // Deleted text is kept in w:delText, which mammoth skips: make it ordinary text, now struck.
        for (const del of Array.from(run.getElementsByTagNameNS(W, 'delText'))) {
          const t = doc.createElementNS(W, 'w:t')
          t.setAttribute('xml:space', 'preserve')
          t.appendChild(doc.createTextNode(del.textContent ?? ''))
          run.replaceChild(t, del)
        }
      }
      // Unwrap, so mammoth sees plain (now formatted) runs.
      while (wrapper.firstChild) wrapper.parentNode!.insertBefore(wrapper.firstChild, wrapper)
      wrapper.parentNode!.removeChild(wrapper)
    }
  }
  edit('ins', 'i', 'insertions')
  edit('moveTo', 'i', 'moves')
  edit('del', 'strike', 'deletions')
  edit('moveFrom', 'strike', 'moves')
}

/** Runs underlined by direct formatting (`w:u` other than «none»), which become italics (insertions). */
function underlinedRuns(doc: XmlDocument): number {
  return Array.from(doc.getElementsByTagNameNS(W, 'u')).filter((u) => {
    const value = (u as unknown as {getAttributeNS(ns: string, name: string): string | null}).getAttributeNS(W, 'val')
    return value !== 'none' && u.parentNode?.localName === 'rPr' && u.parentNode.parentNode?.localName === 'r'
  }).length
}

function addRunProperty(doc: XmlDocument, run: XmlElement, name: 'i' | 'strike'): void {
  let props = Array.from(run.childNodes).find((n) => n.localName === 'rPr')
  if (!props) {
    props = doc.createElementNS(W, 'w:rPr')
    run.insertBefore(props, run.firstChild)
  }
  props.appendChild(doc.createElementNS(W, `w:${name}`))
}

/** mammoth's HTML (h1–h6, p, ul/ol, em, s, footnote list) → Markdown blocks. */
function htmlToMarkdown(tree: Root): string {
  const blocks: string[] = []
  const footnotes: string[] = []
  for (const node of tree.children) {
    if (node.type !== 'element') continue
    if (/^h[1-6]$/.test(node.tagName)) blocks.push(`${'#'.repeat(Number(node.tagName[1]))} ${inline(node.children)}`)
    else if (node.tagName === 'p') blocks.push(escapeLineStart(inline(node.children)))
    else if (node.tagName === 'ol' && node.children.some((c) => c.type === 'element' && String(c.properties['id'] ?? '').startsWith('footnote-'))) {
      for (const li of node.children) if (li.type === 'element') footnotes.push(`[^${String(li.properties['id']).replace('footnote-', '')}]: ${inline(li.children).replace(/\s*↑$/, '')}`)
    } else if (node.tagName === 'ul' || node.tagName === 'ol') blocks.push(listLines(node, node.tagName === 'ol').join('\n'))
    else blocks.push(escapeLineStart(inline(node.children)))
  }
  return `${[...blocks.filter((b) => b !== ''), ...footnotes].join('\n\n')}\n`
}

function listLines(list: Element, ordered: boolean): string[] {
  let n = 0
  return list.children.flatMap((li) => (li.type === 'element' && li.tagName === 'li' ? [`${ordered ? `${++n}.` : '-'} ${inline(li.children)}`] : []))
}

function inline(nodes: ElementContent[]): string {
  let out = ''
  for (const node of nodes) {
    if (node.type === 'text') out += escapeInline(node.value)
    else if (node.type !== 'element') continue
    else if (node.tagName === 'em' || node.tagName === 'i') out += wrap('*', inline(node.children))
    else if (node.tagName === 's' || node.tagName === 'del') out += wrap('~~', inline(node.children))
    else if (node.tagName === 'strong' || node.tagName === 'b') out += inline(node.children)
    else if (node.tagName === 'sup' && node.children.some((c) => c.type === 'element' && String(c.properties['href'] ?? '').startsWith('#footnote-'))) {
      const a = node.children.find((c): c is Element => c.type === 'element')!
      out += `[^${String(a.properties['href']).replace('#footnote-', '')}]`
    } else if (node.tagName === 'a' && String(node.properties['href'] ?? '').startsWith('#footnote-ref')) continue
    else if (node.tagName === 'br') out += ' '
    else if (node.tagName === 'ul' || node.tagName === 'ol') out += `\n${listLines(node, node.tagName === 'ol').join('\n')}`
    else out += inline(node.children)
  }
  return collapse(out.replace(/\n/g, '\u0000')).replace(/\u0000 ?/g, '\n')
}

/** Marks around the words only: «*ny tekst* » not «*ny tekst *», which CommonMark would not read as italics. */
function wrap(mark: string, text: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!
  return match[2] === '' ? text : `${match[1]}${mark}${match[2]}${mark}${match[3]}`
}
