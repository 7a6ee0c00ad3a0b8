/**
 * Loads a case folder (see docs/case-format.md): the documents as VFiles, the case metadata and the provenance
 * of every document. Fatal problems throw a VFileMessage (`fatal: true`, with `file` and, where there is one, a
 * place); warnings and infos are collected in `messages` and stay on the VFile they are about.
 */
import {readdir, realpath, stat} from 'node:fs/promises'
import {basename, isAbsolute, join, posix} from 'node:path'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {parseDocument} from 'yaml'
import type {CaseMeta, DocumentRole, Point, SourceDocument} from '../types.js'
import {readCaseYaml, type CaseYaml, type CaseYamlDocument, type CaseYamlImport, type ParsedCaseYaml} from './read-case-yaml.js'
import {pasteSigns} from './pdf-paste.js'
import {readText} from './read-text.js'

export interface LoadedCase {
  /** The case folder as given. */
  dir: string
  meta: CaseMeta
  /** Provenance of every document, in the order current, proposed, note, background (by path). */
  sources: SourceDocument[]
  current: VFile
  proposed: VFile
  note: VFile | null
  background: VFile[]
  /** Infos and warnings from loading (case.yaml and every document), in load order. */
  messages: VFileMessage[]
}

const SOURCE = 'regdiff'
const DEFAULT_PATHS: Record<'current' | 'proposed' | 'note', string> = {
  current: 'current.md',
  proposed: 'proposed.md',
  note: 'note.md'
}

export async function loadCase(dir: string): Promise<LoadedCase> {
  const root = await caseRoot(dir)
  const shown = (rel: string): string => join(dir, rel)

  // case.yaml is optional; when present every document's provenance comes from it.
  const yamlFile = await readOptional(join(root, 'case.yaml'), {path: shown('case.yaml'), caseRoot: root, allowEmpty: true})
  const yaml: ParsedCaseYaml | null = yamlFile ? readCaseYaml(yamlFile) : null
  const listed = yaml && yamlFile ? checkDocuments(yaml, yamlFile, dir) : new Map<string, {doc: CaseYamlDocument; index: number}>()

  const pathFor = (role: 'current' | 'proposed' | 'note'): string => {
    for (const entry of listed.values()) if (entry.doc.role === role) return entry.doc.path
    return DEFAULT_PATHS[role]
  }
  // A file case.yaml names must exist; say so at the line that names it.
  const readListed = async (rel: string, optional: boolean): Promise<VFile | null> => {
    const entry = listed.get(rel)
    try {
      return await readText(join(root, rel), {path: shown(rel), caseRoot: root, optional})
    } catch (error) {
      if (entry && yamlFile && isMissing(error)) {
        yamlFile.fail(`case.yaml lists ${rel} (role ${entry.doc.role}), but ${shown(rel)} does not exist`, {
          ruleId: 'missing-file',
          source: SOURCE,
          ...placeOpt(yaml!.placeOf(['documents', entry.index, 'path']))
        })
      }
      throw error
    }
  }

  const currentPath = pathFor('current')
  const proposedPath = pathFor('proposed')
  const current = await readRequired(currentPath, 'current', readListed, shown, listed.has(currentPath))
  const proposed = await readRequired(proposedPath, 'proposed', readListed, shown, listed.has(proposedPath))

  const notePath = pathFor('note')
  let note: VFile | null = null
  const noteListedAs = listed.get(notePath)?.doc.role
  // note.md is only the note by default when case.yaml does not give that file another role.
  if (noteListedAs === 'note' || (noteListedAs === undefined && (await exists(join(root, notePath))))) note = await readListed(notePath, true)

  const backgroundPaths = await backgroundList(root, listed)
  const background: Array<{rel: string; file: VFile}> = []
  // Code-unit order, not locale order: the same folder gives the same report everywhere.
  for (const rel of [...backgroundPaths].sort()) {
    const file = await readListed(rel, true)
    if (file) background.push({rel, file})
  }

  const documents: Array<{role: DocumentRole; rel: string; file: VFile}> = [
    {role: 'current', rel: currentPath, file: current},
    {role: 'proposed', rel: proposedPath, file: proposed}
  ]
  // An empty optional document was read with a warning; it takes no further part.
  if (note && !hasText(String(note.value))) {
    documents.push({role: 'note', rel: notePath, file: note})
    note = null
  } else if (note) documents.push({role: 'note', rel: notePath, file: note})
  const nonEmptyBackground = background.filter(({file}) => hasText(String(file.value))).map(({file}) => file)
  for (const {rel, file} of background) documents.push({role: 'background', rel, file})

  const sources = describeSources(documents, listed, yamlFile !== null)
  if (!yamlFile) {
    current.info(`no case.yaml in ${dir}: the title is taken from the texts and the provenance of every document is unknown`, {
      ruleId: 'no-case-yaml',
      source: SOURCE
    })
  }

  for (const {file} of documents) warnIfPastedFromPdf(file)
  const foreign = await unreadNotes(root, dir, note !== null || noteListedAs !== undefined)

  const meta = buildMeta(basename(root), yaml?.data ?? null, current, proposed)
  const messages: VFileMessage[] = []
  for (const file of [yamlFile, ...documents.map((d) => d.file), ...foreign]) if (file) messages.push(...file.messages)

  return {dir, meta, sources, current, proposed, note, background: nonEmptyBackground, messages}
}

/** Background documents: those case.yaml lists as background, and every background/*.md it gives no other role. */
async function backgroundList(root: string, listed: Map<string, {doc: CaseYamlDocument; index: number}>): Promise<Set<string>> {
  const backgroundPaths = new Set<string>()
  for (const entry of listed.values()) if (entry.doc.role === 'background') backgroundPaths.add(entry.doc.path)
  for (const name of await listMarkdown(join(root, 'background'))) {
    const rel = `background/${name}`
    // A file case.yaml gives another role (a note kept in background/) is not also a background document.
    const role = listed.get(rel)?.doc.role
    if (role === undefined || role === 'background') backgroundPaths.add(rel)
  }
  return backgroundPaths
}

/** Provenance of every document read: from case.yaml where it is listed, else unknown (with a warning when case.yaml exists). */
function describeSources(
  documents: Array<{role: DocumentRole; rel: string; file: VFile}>,
  listed: Map<string, {doc: CaseYamlDocument; index: number}>,
  hasYaml: boolean
): SourceDocument[] {
  const sources: SourceDocument[] = []
  for (const {role, rel, file} of documents) {
    file.data['role'] = role
    file.data['casePath'] = rel
    const entry = listed.get(rel)
    if (entry) {
      sources.push({
        role,
        path: rel,
        status: entry.doc.status,
        source: entry.doc.source,
        title: entry.doc.title ?? null,
        remarks: entry.doc.import ? [importRemark(entry.doc.import), ...(entry.doc.remarks ?? [])] : entry.doc.remarks ?? []
      })
    } else {
      if (hasYaml) {
        file.message('this document is not described in case.yaml; its provenance is shown as unknown', {
          ruleId: 'undocumented-file',
          source: SOURCE
        })
      }
      sources.push({role, path: rel, status: 'unknown', source: 'Ikke oppgitt (ingen case.yaml beskriver dokumentet).', title: null, remarks: []})
    }
  }
  return sources
}

async function caseRoot(dir: string): Promise<string> {
  const fail = (reason: string, ruleId: string): never => {
    return new VFile({path: dir}).fail(reason, {ruleId, source: SOURCE})
  }
  let info
  try {
    info = await stat(dir)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return fail(`case folder ${dir} does not exist`, 'missing-case')
    if (code === 'ELOOP') return fail(`case folder ${dir} cannot be opened: its symbolic links form a loop`, 'symlink-loop')
    if (code === 'EACCES') return fail(`case folder ${dir} cannot be opened: permission denied`, 'unreadable-file')
    return fail(`case folder ${dir} cannot be opened (${code ?? String(error)})`, 'unreadable-file')
  }
  if (!info.isDirectory()) fail(`${dir} is not a folder; give the case folder (holding current.md and proposed.md)`, 'missing-case')
  return realpath(dir)
}

async function readRequired(
  rel: string,
  role: 'current' | 'proposed',
  readListed: (rel: string, optional: boolean) => Promise<VFile | null>,
  shown: (rel: string) => string,
  listed: boolean
): Promise<VFile> {
  try {
    return (await readListed(rel, false))!
  } catch (error) {
    // A listed file that is missing was already reported at its line in case.yaml.
    if (isMissing(error) && !listed) {
      const what = role === 'current' ? 'the text in force' : 'the proposal'
      const other = await publishedBeside(shown(rel))
      const hint = other ? `; ${basename(other)} is here, but regdiff reads Markdown: build the case with regdiff init (--${role} ${basename(other)}), which converts it` : ''
      new VFile({path: shown(rel)}).fail(
        `missing ${rel}: a case folder needs ${what} (${rel}) next to ${role === 'current' ? DEFAULT_PATHS.proposed : DEFAULT_PATHS.current}; see docs/case-format.md${hint}`,
        {ruleId: 'missing-file', source: SOURCE}
      )
    }
    throw error
  }
}

/**
 * Check the `documents` list beyond the schema: paths stay inside the folder, no path twice, at most one
 * current/proposed/note. Returns the entries by normalised path.
 */
function checkDocuments(yaml: ParsedCaseYaml, file: VFile, dir: string): Map<string, {doc: CaseYamlDocument; index: number}> {
  const result = new Map<string, {doc: CaseYamlDocument; index: number}>()
  const seenRole = new Map<DocumentRole, number>()
  const docs = yaml.data.documents ?? []
  docs.forEach((doc, index) => {
    const place = yaml.placeOf(['documents', index, 'path'])
    const fail = (reason: string, ruleId: string, at = place): never => {
      return file.fail(reason, {ruleId, source: SOURCE, ...placeOpt(at)})
    }
    if (isAbsolute(doc.path) || doc.path.startsWith('/') || /^[A-Za-z]:/.test(doc.path)) {
      fail(`documents[${index}].path "${doc.path}" is absolute; give a path relative to the case folder ${dir}`, 'path-outside-case')
    }
    const normal = posix.normalize(doc.path)
    if (normal === '..' || normal.startsWith('../')) {
      fail(`documents[${index}].path "${doc.path}" leads out of the case folder; a case may only use files inside its own folder`, 'path-outside-case')
    }
    if (normal === '.' || normal.endsWith('/')) fail(`documents[${index}].path "${doc.path}" names a folder, not a file`, 'not-a-file')
    if (doc.role === 'background' && !normal.startsWith('background/')) {
      // Not wrong, but the folder format keeps background documents together.
      file.message(`documents[${index}]: background document ${normal} is outside background/`, {ruleId: 'background-path', source: SOURCE, ...placeOpt(place)})
    }
    if (result.has(normal)) fail(`documents[${index}].path "${doc.path}" is listed twice`, 'duplicate-document')
    if (doc.role !== 'background') {
      const before = seenRole.get(doc.role)
      if (before !== undefined) {
        fail(`documents[${index}] is a second "${doc.role}" document (the first is documents[${before}]); a case has one`, 'duplicate-document', yaml.placeOf(['documents', index, 'role']))
      }
      seenRole.set(doc.role, index)
    }
    result.set(normal, {doc: {...doc, path: normal}, index})
  })
  return result
}

/** The provenance `regdiff init` recorded, as one sentence for the report's sources table (its remarks follow). */
function importRemark(imported: CaseYamlImport): string {
  const repairs = (imported.repairs ?? []).reduce((sum, repair) => sum + repair.count, 0)
  return `Importert med regdiff init fra «${imported.file}» (sha256 ${imported.sha256}), konvertert med ${imported.converter}; ${repairs} reparasjon${repairs === 1 ? '' : 'er'}.`
}

function buildMeta(id: string, yaml: CaseYaml | null, current: VFile, proposed: VFile): CaseMeta {
  const front = frontMatter(String(current.value))
  const title = yaml?.title ?? front['tittel'] ?? firstHeading(String(current.value)) ?? firstHeading(String(proposed.value)) ?? id
  return {
    id,
    title,
    regulationId: yaml?.regulationId ?? lovdataId(front['refid']),
    shortTitle: yaml?.shortTitle ?? front['korttittel'] ?? null,
    ministry: yaml?.ministry ?? front['departement'] ?? null,
    dates: sortedDates(yaml?.dates ?? {}),
    proposalForm: yaml?.proposalForm ?? null,
    language: yaml?.language ?? 'nb'
  }
}

/** Dates in key order, so the report does not depend on how case.yaml happens to list them. */
function sortedDates(dates: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const key of Object.keys(dates).sort()) out[key] = dates[key]!
  return out
}

/** Lovdata's front matter `refid: forskrift/2023-06-20-1073` → `FOR-2023-06-20-1073`. */
function lovdataId(refid: string | undefined): string | null {
  const match = /^(forskrift|lov)\/(\d{4}-\d{2}-\d{2}-\d+[a-z]?)$/i.exec(refid ?? '')
  if (!match) return null
  return `${match[1]!.toLowerCase() === 'lov' ? 'LOV' : 'FOR'}-${match[2]!.toUpperCase()}`
}

/** Lovdata front matter as key → string; anything unreadable is ignored (the parser reports on the text). */
function frontMatter(text: string): Record<string, string> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?(?:\n|$)/.exec(text)
  if (!match) return {}
  const doc = parseDocument(match[1]!)
  if (doc.errors.length > 0) return {}
  const data: unknown = doc.toJS()
  const out: Record<string, string> = {}
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
      if (typeof value === 'string' && value.trim() !== '') out[key] = value.trim()
    }
  }
  return out
}

function firstHeading(text: string): string | null {
  const match = /^ {0,3}#[ \t]+(.+?)[ \t#]*$/m.exec(text)
  return match ? match[1]!.trim() : null
}

const PUBLISHED = ['.docx', '.doc', '.pdf', '.txt', '.xml', '.html', '.htm', '.odt', '.rtf']

/** `note.docx`, `current.pdf` …: the document as published, beside the missing Markdown file `mdPath`. */
async function publishedBeside(mdPath: string): Promise<string | null> {
  const stem = mdPath.replace(/\.md$/, '')
  for (const ext of PUBLISHED) if (await exists(stem + ext)) return stem + ext
  return null
}

/** A note as published (note.docx, note.pdf …) where no note.md is: it is not read, and the user should know. */
async function unreadNotes(root: string, dir: string, noteRead: boolean): Promise<VFile[]> {
  if (noteRead) return []
  const other = await publishedBeside(join(root, 'note.md'))
  if (!other) return []
  const file = new VFile({path: join(dir, basename(other))})
  file.message(
    `${basename(other)} is not read: regdiff reads the note as Markdown (note.md). Build the case with regdiff init (--note ${basename(other)}), which converts it and splits off the proposal`,
    {ruleId: 'unread-document', source: SOURCE}
  )
  return [file]
}

/** Text pasted from a PDF gives false changes; say so once per document, at the first sign. */
function warnIfPastedFromPdf(file: VFile): void {
  const signs = pasteSigns(String(file.value))
  if (!signs) return
  const parts = [
    signs.pageNumbers > 0 ? `${signs.pageNumbers} page-number line(s)` : '',
    signs.hyphenated > 0 ? `${signs.hyphenated} word(s) hyphenated at a line end` : '',
    signs.repeated > 0 ? `${signs.repeated} repeated header line(s)` : ''
  ].filter(Boolean)
  file.message(
    `this text looks pasted from a PDF (${parts.join(', ')}); page numbers and headers become false changes and hyphenated words read as two. Import the document with regdiff init instead, which repairs these`,
    {ruleId: 'pasted-from-pdf', source: SOURCE, place: signs.first}
  )
}

async function readOptional(path: string, options: Parameters<typeof readText>[1]): Promise<VFile | null> {
  if (!(await exists(path))) return null
  return readText(path, options)
}

/** True when something is at `path` (a dangling or looping symlink counts: reading it gives the real error). */
async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT'
  }
}

async function listMarkdown(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, {withFileTypes: true})
    return entries.filter((e) => !e.isDirectory() && e.name.endsWith('.md')).map((e) => e.name)
  } catch {
    return []
  }
}

function isMissing(error: unknown): boolean {
  return (error as {ruleId?: string} | null)?.ruleId === 'missing-file'
}

function placeOpt(place: Point | undefined): {place?: Point} {
  return place ? {place} : {}
}

/** Not only whitespace; stops at the first visible character instead of copying the text like trim(). */
function hasText(text: string): boolean {
  return /\S/.test(text)
}
