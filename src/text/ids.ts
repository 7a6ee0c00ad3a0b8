/**
 * Provision ids (`del-I/kap3/§3-2/ledd1/bokstav-d/pkt1`, see `Provision.id`) read in one place: the
 * section and chapter an id lies in, and whether one provision contains another. Found without
 * splitting the id: classify and link ask this of every change and every section status.
 */

/** Index of the first segment that starts with `mark` (`§`, `kap`), or -1. */
function segmentStart(id: string, mark: string): number {
  if (id.startsWith(mark)) return 0
  const at = id.indexOf('/' + mark)
  return at < 0 ? -1 : at + 1
}

/** The id's segments up to its § segment (`kap3/§3-2` of `kap3/§3-2/ledd1`), or null when it names no section. */
export function sectionIdOf(id: string): string | null {
  const start = segmentStart(id, '§')
  if (start < 0) return null
  const end = id.indexOf('/', start)
  return end < 0 ? id : id.slice(0, end)
}

/** The § segment alone (`§3-2` of `kap3/§3-2/ledd1`), or null when the id names no section. */
export function sectionSegmentOf(id: string): string | null {
  const start = segmentStart(id, '§')
  if (start < 0) return null
  const end = id.indexOf('/', start)
  return id.slice(start, end < 0 ? id.length : end)
}

/** The id's segments up to its chapter segment (`del-I/kap3` of `del-I/kap3/§3-2`), or null. */
export function chapterIdOf(id: string): string | null {
  const start = segmentStart(id, 'kap')
  if (start < 0) return null
  const end = id.indexOf('/', start)
  return end < 0 ? id : id.slice(0, end)
}

/** Is the provision `inner` the provision `outer` or inside it? */
export function containsId(outer: string, inner: string): boolean {
  return inner === outer || (inner.length > outer.length && inner.charCodeAt(outer.length) === 47 && inner.startsWith(outer))
}

const PLAIN_KEY = /^[0-9a-z-]*$/

/** `§ 12 a` and `§ 12a` are the same section; so are `3-2` and `3–2` (en dash from PDFs). */
export function sectionKey(label: string | null): string {
  // Most labels ("3-2", "12a") are their own key: no normalising, replacing or lower-casing to do.
  if (label !== null && PLAIN_KEY.test(label)) return label
  return (label ?? '').normalize('NFC').replace(/[\s\u00A0]+/g, '').replace(/[\u2010-\u2015]/g, '-').toLowerCase()
}
