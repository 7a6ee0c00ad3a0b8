/**
 * `regdiff init`: a case folder (current.md, proposed.md, note.md, case.yaml, background/*.md) built in
 * memory from the documents as published. Nothing is written here: the CLI writes the files all at once,
 * or none of them. A document that cannot be used stops the import with a fatal VFileMessage.
 */
import {readFile, stat} from 'node:fs/promises'
import {basename, extname} from 'node:path'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {ProposalForm} from '../types.js'
import {buildCaseYaml, type DocumentEntry} from './case-yaml.js'
import {convertFile, type Converted} from './convert.js'
import {fail} from './fail.js'
import {splitNote, type SplitNote} from './split.js'

export interface InitInputs {
  /** Paths as the user gave them (also used in messages), and their absolute forms. */
  current: {shown: string; path: string}
  proposed: {shown: string; path: string} | null
  note: {shown: string; path: string} | null
  background: Array<{shown: string; path: string}>
}

export interface InitResult {
  /** File name (relative to the case folder, `background/x.md` included) → content. */
  files: Record<string, string>
  messages: VFileMessage[]
}

const MAX_BYTES = 64 * 1024 * 1024

export async function buildCase(inputs: InitInputs): Promise<InitResult> {
  const current = await convertInput(inputs.current)
  if (current.format === 'regjeringen-page') fail(current.file, 'this is a consultation page, not the text in force; give it with --background (its title, dates and høringsfrist go into case.yaml)', 'import-wrong-role')
  const note = inputs.note ? await convertInput(inputs.note) : null
  const proposedInput = inputs.proposed ? await convertInput(inputs.proposed) : null
  const background: Converted[] = []
  for (const input of inputs.background) background.push(await convertInput(input))
  const page = background.find((b) => b.page !== null)?.page ?? null
  const messages: VFileMessage[] = []

  let split: SplitNote | null = null
  if (note && !proposedInput) {
    split = note.document ? splitNote(note.document) : null
    if (!split) {
      fail(
        note.file,
        'no chapter of the note prints the proposed wording (a heading such as «6. Forslag til endringer i forskrift …», «Utkast til …» or «Forslag til lov om endringar i …»); give the proposal with --proposed <file>',
        'import-no-proposal'
      )
    }
    for (const repeal of split.unstatedRepeals) {
      note.file.message(
        `the note says § ${repeal.label} is to be repealed («${repeal.sentence}»), but the proposal chapter does not state it; proposed.md was left as the ministry wrote it — add «§ ${repeal.label} oppheves.» yourself if that is what the proposal means`,
        {ruleId: 'import-unstated-repeal', source: 'regdiff', place: {line: repeal.line, column: 1, offset: 0}}
      )
    }
  }
  if (!proposedInput && !split) fail(current.file, 'no proposal: give --proposed <file>, or --note <file> with a chapter that prints the proposed wording', 'import-no-proposal')

  const files: Record<string, string> = {'current.md': current.markdown}
  files['proposed.md'] = split ? split.proposed : proposedInput!.markdown
  if (note) files['note.md'] = split ? split.note : note.markdown
  const entries: DocumentEntry[] = [{role: 'current', path: 'current.md', converted: current}]
  entries.push(split ? {role: 'proposed', path: 'proposed.md', converted: note!, split} : {role: 'proposed', path: 'proposed.md', converted: proposedInput!})
  if (note) entries.push({role: 'note', path: 'note.md', converted: note, ...(split ? {split} : {})})
  const used = new Set<string>()
  for (const doc of background) {
    if (doc.page) continue
    const name = uniqueName(doc.path, used)
    files[`background/${name}`] = doc.markdown
    entries.push({role: 'background', path: `background/${name}`, converted: doc})
  }
  const form: ProposalForm | null = split ? split.form : null
  files['case.yaml'] = buildCaseYaml({entries, page, form})
  for (const doc of [current, note, proposedInput, ...background]) if (doc) messages.push(...doc.file.messages)
  return {files, messages}
}

async function convertInput(input: {shown: string; path: string}): Promise<Converted> {
  const file = new VFile({path: input.shown})
  let bytes: Buffer
  try {
    const info = await stat(input.path)
    if (info.isDirectory()) fail(file, 'this is a folder, not a file', 'import-unreadable')
    if (info.size > MAX_BYTES) fail(file, `the file is larger than ${MAX_BYTES / 1024 / 1024} MB; is this the right file?`, 'import-unreadable')
    bytes = await readFile(input.path)
  } catch (error) {
    if ((error as {fatal?: boolean}).fatal) throw error
    const code = (error as NodeJS.ErrnoException).code
    return fail(file, code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? String(error)})`, 'import-unreadable')
  }
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') fail(file, 'the file is empty', 'import-empty')
  return convertFile(input.shown, bytes)
}

/** `note.docx` → `note.md`; a second `note.md` becomes `note-2.md`. */
function uniqueName(path: string, used: Set<string>): string {
  const stem = basename(path, extname(path)).replace(/[^\p{L}\p{N}._-]+/gu, '-') || 'bakgrunn'
  let name = `${stem}.md`
  for (let n = 2; used.has(name); n++) name = `${stem}-${n}.md`
  used.add(name)
  return name
}
