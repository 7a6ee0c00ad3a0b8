/**
 * Lovdata's HTML (the open data's HTML5-in-XML, Lovtidend's announced texts, and the older lovdata.no page
 * structure) → regdiff's Markdown: `#` title, `##` chapters, `####` sections, each ledd a paragraph, list
 * items as `a. …` lines under their lead-in, amendment notes in italics, footnotes as Markdown footnotes
 * placed after the section they belong to (where Lovdata puts them). The document is read with rehype-parse
 * and walked as hast; nothing here looks at HTML as text. Every element the mapping does not know is kept
 * as wording and reported, so nothing is lost without a message.
 */
import type {Element, ElementContent, Root} from 'hast'
import {select, selectAll} from 'hast-util-select'
import {toText} from 'hast-util-to-text'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import {collapse, escapeInline, escapeLineStart} from './markdown.js'
import type {ImportedText, LovdataMeta} from './types.js'

const SOURCE = 'regdiff'

/** What the walk collects; one per conversion (no state outside it). */
interface Walk {
  file: VFile
  blocks: string[]
  /** Footnote key (Lovdata's unique counter) → the number it gets in the Markdown. */
  footnoteNumbers: Map<string, number>
  counts: {chapters: number; sections: number; ledd: number; items: number; notes: number; footnotes: number}
  /** Lovdata numbers footnotes per §: keys are scoped by the § they are in. */
  footnoteScope: number
  /** Unknown element names already reported (one message per name, at its first place). */
  reported: Set<string>
}

const SECTION = 'section.section, div.kapittel, div.del, div.avsnitt'
const ARTICLE = 'article.legalArticle, article.futureLegalArticle, div.paragraf'
const LEDD = 'article.legalP, p.avsnitt, article.defaultP'
const NOTE = 'article.changesToParent, .endringsnote, .changesToParent'

export function parseHtml(file: VFile): Root {
  return unified().use(rehypeParse, {fragment: false}).parse(file) as Root
}

/** True when the tree is a Lovdata document (new or old structure), not some other web page. */
export function isLovdataTree(tree: Root): boolean {
  // hast-util-select gives undefined when nothing matches.
  return Boolean(select('main.documentBody', tree) ?? select('div.paragraf, div.kapittel', tree))
}

/** Convert a parsed Lovdata document. Messages (unknown elements, missing parts) go on `file`. */
export function lovdataToMarkdown(tree: Root, file: VFile): ImportedText & {meta: LovdataMeta} {
  const walk: Walk = {
    file,
    blocks: [],
    footnoteNumbers: new Map(),
    footnoteScope: 0,
    counts: {chapters: 0, sections: 0, ledd: 0, items: 0, notes: 0, footnotes: 0},
    reported: new Set()
  }
  const meta = readMeta(tree)
  const body = select('main.documentBody', tree) ?? select('div.dokumentBeholder, #dokument', tree) ?? select('body', tree)
  if (body) {
    walkContainer(body, walk, 1)
    warnLeddOutsideProvisions(body, walk)
  }
  const front = frontMatter(meta)
  const markdown = `${front}${walk.blocks.join('\n\n')}\n`
  return {
    markdown,
    meta,
    repairs: [],
    counts: {...walk.counts}
  }
}

/**
 * A document whose ledd stand in the body itself, under no § and no chapter (an old «resolusjon» such as
 * FOR-1945-10-12-1), is imported whole, but regdiff compares provisions: its ledd would be text outside
 * every provision, so a change to them would not be reported. Said here, before anyone relies on a report.
 */
function warnLeddOutsideProvisions(body: Element, walk: Walk): void {
  const loose = body.children.filter((c): c is Element => c.type === 'element' && matches(c, 'article.legalP'))
  if (loose.length === 0) return
  walk.file.message(
    `${loose.length} ledd of this document stand under no § and no chapter; they are in the Markdown, but regdiff compares provisions (§§, or ledd under a chapter), so a change to them would not be reported`,
    {ruleId: 'lovdata-ledd-outside-provisions', source: SOURCE, ...(loose[0]!.position?.start ? {place: loose[0]!.position.start} : {})}
  )
}

/** Children of the body or of a chapter/part, in order. `depth` is the heading level of this container. */
function walkContainer(node: Element, walk: Walk, depth: number): void {
  for (const child of node.children) {
    if (child.type === 'text') {
      if (collapse(child.value) !== '') walk.blocks.push(escapeLineStart(escapeInline(collapse(child.value))))
      continue
    }
    if (child.type !== 'element') continue
    walkBlock(child, walk, depth)
  }
}

function walkBlock(el: Element, walk: Walk, depth: number): void {
  if (el.tagName === 'h1') {
    walk.blocks.push(`# ${inlineText(el, walk)}`)
  } else if (/^h[2-6]$/.test(el.tagName)) {
    // The body is level 1 (its h1 the title); a chapter's heading is `##`, a chapter in a part `###`.
    walk.blocks.push(`${'#'.repeat(Math.max(2, Math.min(depth, 3)))} ${inlineText(el, walk)}`)
  } else if (matches(el, SECTION)) {
    walk.counts.chapters++
    walkContainer(el, walk, depth + 1)
  } else if (matches(el, ARTICLE)) {
    walkArticle(el, walk, depth)
  } else if (matches(el, NOTE)) {
    pushNote(el, walk)
  } else if (matches(el, LEDD)) {
    walk.blocks.push(leddLines(el, walk).join('\n'))
  } else if (matches(el, 'article.numberedLegalP')) {
    // «1. For alle …» (LOV-1951-06-29-34 III): a numbered paragraph, its own words (tables too) one ledd,
    // each legalP inside it a ledd after it.
    const own = el.children.filter((c) => !(c.type === 'element' && matches(c, LEDD)))
    walk.blocks.push(leddLines({...el, children: own}, walk).join('\n'))
    for (const child of el.children) if (child.type === 'element' && matches(child, LEDD)) walk.blocks.push(leddLines(child, walk).join('\n'))
  } else if (hasClass(el, 'futuretitle')) {
    // The title of a new chapter in an amending text («Kap. 5 A. Videodelingsplattformtjenester»).
    walk.blocks.push(`${'#'.repeat(Math.max(2, Math.min(depth + 1, 3)))} ${inlineText(el, walk)}`)
  } else if (el.tagName === 'p' && hasClass(el, 'leddfortsettelse')) {
    // The rest of a ledd after a list that stands alone in an amending text: same paragraph, new line.
    const text = escapeLineStart(inlineText(el, walk))
    const last = walk.blocks.length - 1
    if (last >= 0 && !walk.blocks[last]!.startsWith('#')) walk.blocks[last] += `\n${text}`
    else walk.blocks.push(text)
  } else if (INLINE_TAGS.has(el.tagName)) {
    const text = inlineText(el, walk)
    if (text !== '') walk.blocks.push(escapeLineStart(text))
  } else if (isList(el)) {
    // A list standing alone in an amending text («I § 5 skal nye bokstaver lyde: …»).
    walk.blocks.push(listLines(el, walk).join('\n'))
  } else if (el.tagName === 'footer' && hasClass(el, 'footnotes')) {
    pushFootnotes(el, walk)
  } else if (el.tagName === 'table' && hasClass(el, 'fotnote')) {
    pushPageNote(el, walk)
  } else if (hasClass(el, 'toc') || el.tagName === 'nav') {
    // A page's table of contents repeats the headings; read as text it would be a second § 12.
    walk.file.info('a table of contents on the page is left out: it repeats the headings of the text', {ruleId: 'lovdata-toc-skipped', source: SOURCE, ...(el.position?.start ? {place: el.position.start} : {})})
  } else if (el.tagName === 'div' || el.tagName === 'section' || el.tagName === 'article') {
    walkContainer(el, walk, depth)
  } else {
    reportUnknown(el, walk)
    const text = inlineText(el, walk)
    if (text !== '') walk.blocks.push(escapeLineStart(text))
  }
}

/** One § (or an announced future §): heading, then each ledd, note and footnote in document order. */
function walkArticle(el: Element, walk: Walk, depth: number): void {
  walk.counts.sections++
  walk.footnoteScope++
  const heading = articleHeading(el, walk)
  walk.blocks.push(`${'#'.repeat(Math.max(4, depth + 2))} ${heading.text}`)
  for (const child of el.children) {
    if (child.type === 'text') {
      if (collapse(child.value) !== '') walk.blocks.push(escapeLineStart(escapeInline(collapse(child.value))))
      continue
    }
    if (child.type !== 'element' || child === heading.node) continue
    if (matches(child, LEDD)) {
      walk.counts.ledd++
      walk.blocks.push(leddLines(child, walk).join('\n'))
    } else if (child.tagName === 'table' && hasClass(child, 'listeItem')) {
      // Older lovdata.no pages put each list item after its lead-in paragraph, as a one-row table.
      const item = oldListItem(child, walk)
      const last = walk.blocks.length - 1
      if (last >= 0 && !walk.blocks[last]!.startsWith('#')) walk.blocks[last] += `\n${item}`
      else walk.blocks.push(item)
    } else walkBlock(child, walk, depth)
  }
}

/** "§ 3-1. Tittel" from `.legalArticleValue`/`.legalArticleTitle` (old pages: `.paragrafValue`/`.paragrafTittel`). */
function articleHeading(el: Element, walk: Walk): {text: string; node: Element | null} {
  // Announced amending texts put a future § heading in span.futureLegalArticleHeader, not in an h-element.
  const node = el.children.find((c): c is Element => c.type === 'element' && (/^h[1-6]$/.test(c.tagName) || hasClass(c, 'futureLegalArticleHeader'))) ?? null
  const value = select('.legalArticleValue, .paragrafValue', el)
  const title = select('.legalArticleTitle, .paragrafTittel', el)
  // lovdata.no's page of today writes the heading as text («<h3 class="paragrafHeader">§ 12. Tilbud</h3>»).
  const written = node ? inlineText(node, walk) : ''
  if (!value && /^§+\s*\d/.test(written)) return {text: written, node}
  if (!value) {
    const where = el.position?.start
    walk.file.message('a section without a § number (no .legalArticleValue); its heading is taken as written', {
      ruleId: 'lovdata-no-section-number',
      source: SOURCE,
      ...(where ? {place: where} : {})
    })
    return {text: node ? inlineText(node, walk) : '§', node}
  }
  const label = escapeInline(collapse(toText(value)))
  const titleText = title ? inlineText(title, walk) : ''
  // Lovdata writes "§ 3-1. Tittel": the full stop after the number is what the parser reads as a heading.
  return {text: titleText === '' ? label : `${label.replace(/\.$/, '')}. ${titleText}`, node}
}

/**
 * A ledd as Markdown lines: its lead-in, its list items (`a. …`, `1. …`, `- …`) and any trailing text
 * (`p.leddfortsettelse`), in order. Lines stay in one paragraph, as Lovdata's own Markdown has them.
 */
function leddLines(el: Element, walk: Walk): string[] {
  const lines: string[] = []
  let inline: ElementContent[] = []
  const flush = (): void => {
    const text = collapse(inlineOf(inline, walk))
    if (text !== '') lines.push(escapeLineStart(text))
    inline = []
  }
  for (const child of el.children) {
    if (child.type === 'element' && (isList(child) || (child.tagName === 'table' && hasClass(child, 'listeItem')))) {
      flush()
      lines.push(...listLines(child, walk))
    } else if (child.type === 'element' && (child.tagName === 'p' || matches(child, LEDD))) {
      flush()
      lines.push(...leddLines(child, walk))
    } else inline.push(child)
  }
  flush()
  return lines
}

function isList(el: Element): boolean {
  return el.tagName === 'ol' || el.tagName === 'ul'
}

/** Items of one list: the label Lovdata gives (`data-name`, `data-li-identifier`, an old page's number cell). */
function listLines(list: Element, walk: Walk): string[] {
  if (list.tagName === 'table') return [oldListItem(list, walk)]
  if (selectAll('li ol, li ul', list).length > 0) return nestedListLines(list, walk, '')
  const lines: string[] = []
  for (const li of list.children) {
    if (li.type !== 'element' || li.tagName !== 'li') continue
    walk.counts.items++
    const label = String(li.properties['dataName'] ?? li.properties['dataLiIdentifier'] ?? '').trim()
    const inner = li.children.flatMap((c) => (c.type === 'element' && hasClass(c, 'listArticle') ? c.children : [c]))
    const body = leddLines({...li, children: inner}, walk)
    const first = body[0] ?? ''
    lines.push(label === '' ? first : `${label} ${first.replace(/^\\/, '')}`, ...body.slice(1))
  }
  return lines
}

/**
 * A list with a list inside an item (FOR-2019-06-07-710 § 3 a: «1. skipsføreren …», «2. barn under ett år,»)
 * as a Markdown bullet list, nested by indentation: written flat, «1.» would start a new ledd and «b.» would
 * run into item 2. Each item is «- a. wording», as the parser reads a bullet with its label.
 */
function nestedListLines(list: Element, walk: Walk, indent: string): string[] {
  const lines: string[] = []
  for (const li of list.children) {
    if (li.type !== 'element' || li.tagName !== 'li') continue
    walk.counts.items++
    const label = String(li.properties['dataName'] ?? li.properties['dataLiIdentifier'] ?? '').trim().replace(/^-$/, '')
    const sublists: Element[] = []
    const own: ElementContent[] = []
    collectItem(li.children, own, sublists)
    const text = collapse(inlineOf(own, walk))
    lines.push(`${indent}- ${label === '' ? '' : `${label} `}${text}`.replace(/ $/, ''))
    for (const sub of sublists) lines.push(...nestedListLines(sub, walk, `${indent}  `))
  }
  return lines
}

/** An item's own inline content (through its listArticle/legalP wrappers, paragraphs joined by a space) and its lists. */
function collectItem(nodes: ElementContent[], own: ElementContent[], sublists: Element[]): void {
  for (const node of nodes) {
    if (node.type === 'element' && isList(node)) sublists.push(node)
    else if (node.type === 'element' && (hasClass(node, 'listArticle') || matches(node, LEDD) || node.tagName === 'p')) {
      if (own.length > 0) own.push({type: 'text', value: ' '})
      collectItem(node.children, own, sublists)
    } else own.push(node)
  }
}

/** An old lovdata.no list item: a one-row table with the letter in `td.listeitemNummer`. */
function oldListItem(table: Element, walk: Walk): string {
  walk.counts.items++
  const cells = selectAll('td', table)
  const number = cells.find((c) => hasClass(c, 'listeitemNummer'))
  const rest = cells.filter((c) => c !== number)
  const text = collapse(rest.map((c) => inlineText(c, walk)).join(' '))
  return number ? `${collapse(toText(number))} ${text}` : text
}

function pushNote(el: Element, walk: Walk): void {
  walk.counts.notes++
  const text = inlineText(el, walk)
  if (text !== '') walk.blocks.push(`*${text}*`)
}

/** Footnote definitions, numbered in document order, right after the section that refers to them. */
/**
 * lovdata.no's page puts a §'s amendment note in a one-row table («td.fotnoteNummer» 0, «td.fotnote» «Endret
 * ved …»), as measured on the live page in October 2026 by another public project; a numbered one is a footnote.
 */
function pushPageNote(table: Element, walk: Walk): void {
  const number = collapse(toText(select('td.fotnoteNummer', table) ?? {type: 'root', children: []}))
  const text = collapse(selectAll('td.fotnote', table).map((c) => inlineText(c, walk)).join(' '))
  if (text === '') return
  if (number === '' || number === '0') {
    walk.counts.notes++
    walk.blocks.push(`*${text}*`)
    return
  }
  walk.counts.footnotes++
  const key = `${walk.footnoteScope}:${number}`
  const n = walk.footnoteNumbers.get(key) ?? walk.footnoteNumbers.size + 1
  walk.footnoteNumbers.set(key, n)
  walk.blocks.push(`[^${n}]: ${text}`)
}

function pushFootnotes(footer: Element, walk: Walk): void {
  for (const note of selectAll('.footnote', footer)) {
    walk.counts.footnotes++
    const key = footnoteKey(note, walk)
    const number = walk.footnoteNumbers.get(key) ?? walk.footnoteNumbers.size + 1
    walk.footnoteNumbers.set(key, number)
    const label = select('.footnoteLabel', note)
    const text = collapse(inlineOf(note.children.filter((c) => c !== label), walk))
    walk.blocks.push(`[^${number}]: ${text}`)
  }
}

/** A reference's value (`data-footnotereferencevalue`) or a footnote's name (`data-name`), within its §. */
function footnoteKey(el: Element, walk: Walk): string {
  return `${walk.footnoteScope}:${String(el.properties['dataFootnotereferencevalue'] ?? el.properties['dataName'] ?? '')}`
}

/** Wording of an inline run: text escaped, links and spans as their text, footnote references as `[^n]`. */
function inlineOf(nodes: ElementContent[], walk: Walk): string {
  let out = ''
  for (const node of nodes) {
    if (node.type === 'text') out += escapeInline(node.value)
    else if (node.type !== 'element') continue
    else if (node.tagName === 'sup' && hasClass(node, 'footnotereference')) {
      const key = footnoteKey(node, walk)
      const number = walk.footnoteNumbers.get(key) ?? walk.footnoteNumbers.size + 1
      walk.footnoteNumbers.set(key, number)
      out += `[^${number}]`
    } else if (node.tagName === 'br') out += ' '
    else if (TABLE_TAGS.has(node.tagName)) out += tableText(node, walk)
    else {
      if (!INLINE_TAGS.has(node.tagName)) reportUnknown(node, walk)
      out += inlineOf(node.children, walk)
    }
  }
  return out
}

// Formatting inside Lovdata's wording (a linked reference, an italic "opphevet") is not a change mark:
// only the words are kept, so a current text never carries marks the parser would read as insertions.
const INLINE_TAGS = new Set(['a', 'span', 'i', 'em', 'b', 'strong', 'u', 'sub', 'sup', 'abbr', 'small', 'cite', 'time', 'dfn', 'q', 's', 'del', 'ins', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strike'])

// A table inside a ledd (FOR-1960-06-02-2: «§ 2 nr. 5 | til Norsk Rikskringkasting,») is wording read row by
// row: a space between cells and rows keeps words apart («§ 2 nr. 1 § 2 nr. 2», not «§ 2 nr. 1§ 2 nr. 2»).
const TABLE_TAGS = new Set(['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th'])

function tableText(el: Element, walk: Walk): string {
  if (el.tagName === 'table') {
    const rows = selectAll('tr', el).length
    walk.file.info(`a table of ${rows} row(s) in the wording is read row by row, its cells separated by spaces (regdiff's Markdown has no tables in a ledd)`, {
      ruleId: 'lovdata-table-as-wording',
      source: SOURCE,
      ...(el.position?.start ? {place: el.position.start} : {})
    })
  }
  return ` ${inlineOf(el.children, walk)} `
}

function inlineText(el: Element, walk: Walk): string {
  return collapse(inlineOf(el.children, walk))
}

function reportUnknown(el: Element, walk: Walk): void {
  const name = `${el.tagName}${classes(el).map((c) => `.${c}`).join('')}`
  if (walk.reported.has(name)) return
  walk.reported.add(name)
  const where = el.position?.start
  walk.file.message(`element <${name}> is not part of Lovdata's structure as regdiff knows it; its text is kept as wording`, {
    ruleId: 'lovdata-unknown-element',
    source: SOURCE,
    ...(where ? {place: where} : {})
  })
}

function classes(el: Element): string[] {
  const value = el.properties['className']
  return Array.isArray(value) ? value.map(String) : []
}

function hasClass(el: Element, name: string): boolean {
  return classes(el).includes(name)
}

function matches(el: Element, selector: string): boolean {
  return selector.split(',').some((part) => {
    const [tag, cls] = part.trim().split('.')
    return (tag === '' || tag === el.tagName) && (cls === undefined || hasClass(el, cls))
  })
}

/** The header's key information (`dl.data-document-key-info`): dt/dd pairs by class. */
export function readMeta(tree: Root): LovdataMeta {
  const field = (name: string): string | null => {
    const dd = select(`dl.data-document-key-info dd.${name}`, tree)
    return dd ? collapse(toText(dd, {whitespace: 'normal'})) || null : null
  }
  const items = (name: string): string[] => selectAll(`dl.data-document-key-info dd.${name} li`, tree).map((li) => collapse(toText(li)))
  const titleEl = select('main.documentBody > h1', tree) ?? select('head > title', tree)
  const misc = select('dl.data-document-key-info dd.miscInformation', tree)
  return {
    id: field('legacyID'),
    refid: field('refid'),
    title: field('title') ?? (titleEl ? collapse(toText(titleEl)) : null),
    shortTitle: field('titleShort'),
    ministry: items('ministry')[0] ?? field('ministry'),
    dateInForce: field('dateInForce'),
    lastChangeInForce: field('lastChangeInForce'),
    lastChangedBy: field('lastChangedBy'),
    published: field('dateOfPublication'),
    amendments: misc ? amendmentList(misc) : []
  }
}

/**
 * The "Endret ved …" list of the header: the amending acts and regulations linked after the «Endret» label,
 * up to the next label (the «Hjemmel» links before it are legal bases, not amendments).
 */
function amendmentList(misc: Element): string[] {
  const found: string[] = []
  let inChanges = false
  for (const child of misc.children) {
    if (child.type !== 'element') continue
    if (child.tagName === 'strong') inChanges = /^endret/i.test(collapse(toText(child)))
    else if (inChanges) {
      const links = child.tagName === 'a' ? [child] : selectAll('a', child)
      for (const a of links) {
        const href = String(a.properties['href'] ?? '')
        if (/^(forskrift|lov)\/\d{4}-\d{2}-\d{2}-\d+$/.test(href) && !found.includes(href)) found.push(href)
      }
    }
  }
  return found
}

/** Lovdata's own Markdown front matter, so the text reads like the corpus conversions. */
function frontMatter(meta: LovdataMeta): string {
  const data: Record<string, string> = {}
  if (meta.title) data['tittel'] = meta.title
  if (meta.shortTitle) data['korttittel'] = meta.shortTitle
  if (meta.refid) data['refid'] = meta.refid
  if (meta.ministry) data['departement'] = meta.ministry
  if (meta.dateInForce) data['ikrafttredelse'] = meta.dateInForce
  if (meta.lastChangedBy) data['sist-endret'] = meta.lastChangedBy.split(' ')[0]!
  if (meta.lastChangeInForce) data['sist-endret-ikrafttredelse'] = meta.lastChangeInForce
  if (Object.keys(data).length === 0) return ''
  // A JSON string is a valid YAML double-quoted scalar: no YAML library quirks around colons or «#».
  const lines = Object.entries(data).map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
  return `---\n${lines.join('\n')}\n---\n\n`
}
