/**
 * A consultation page on regjeringen.no ("Høring"/"Høyring"): title, ministry, date, høringsfrist and the
 * links to the høringsnotat, read from the page's hast (Dublin Core meta tags and the `.horing-meta` and
 * `#horingsnotater` blocks). The page itself is not a document of the case: it describes it.
 */
import type {Root} from 'hast'
import {select, selectAll} from 'hast-util-select'
import {toText} from 'hast-util-to-text'
import {collapse} from './markdown.js'

export interface ConsultationPage {
  title: string | null
  ministry: string | null
  /** `YYYY-MM-DD` */
  published: string | null
  hoeringsfrist: string | null
  language: string | null
  /** Absolute https://www.regjeringen.no/… addresses of the høringsnotat files. */
  noteLinks: Array<{title: string; href: string}>
  url: string | null
}

export function isRegjeringenPage(tree: Root): boolean {
  const site = select('meta[property="og:site_name"]', tree)
  const publisher = select('meta[name="DC.Publisher"]', tree)
  return [site, publisher].some((m) => /regjeringen\.no/i.test(String(m?.properties['content'] ?? '')))
}

export function readConsultationPage(tree: Root): ConsultationPage {
  const meta = (name: string): string | null => {
    const el = select(`meta[name="${name}"]`, tree)
    const value = el ? collapse(String(el.properties['content'] ?? '')) : ''
    return value === '' ? null : value
  }
  const base = 'https://www.regjeringen.no'
  const path = meta('DC.Identifier.URL')
  return {
    title: meta('DC.Title') ?? meta('title'),
    ministry: meta('DC.Creator') ?? meta('author'),
    published: meta('DC.Date'),
    hoeringsfrist: deadline(tree),
    language: (meta('DC.Language') ?? '').toLowerCase().startsWith('nn') ? 'nn' : meta('DC.Language') ? 'nb' : null,
    noteLinks: selectAll('#horingsnotater a[href]', tree).map((a) => {
      const href = String(a.properties['href'])
      return {title: collapse(toText(a)), href: href.startsWith('/') ? base + href : href}
    }),
    url: path ? (path.startsWith('/') ? base + path : path) : null
  }
}

/** "Høringsfrist: 01.10.2026" (nynorsk "Høyringsfrist") in `.horing-meta` → `2026-10-01`. */
function deadline(tree: Root): string | null {
  for (const p of selectAll('.horing-meta p', tree)) {
    const text = collapse(toText(p))
    const match = /^h[øo]y?ringsfrist:?\s*(\d{1,2})\.(\d{1,2})\.(\d{4})/i.exec(text)
    if (match) return `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`
  }
  return null
}
