import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {chmod, copyFile, mkdir, mkdtemp, rm, symlink, truncate, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {VFileMessage} from 'vfile-message'
import {loadCase} from '../../src/case/load.js'
import {MAX_INPUT_BYTES} from '../../src/case/read-text.js'

const fixtures = 'test/fixtures/case'
const ips = 'regulations/ips-ung'
// Verbatim copies of the shared source texts (/work/shared/cases/ips-ung), so a fresh clone can check the case.
const sources = join(fixtures, 'ips-ung-sources')

/** Runs loadCase and returns the fatal message it throws; fails the test if it does not throw one. */
async function fatal(dir: string): Promise<VFileMessage> {
  try {
    await loadCase(dir)
  } catch (error) {
    expect(error).toBeInstanceOf(VFileMessage)
    const message = error as VFileMessage
    expect(message.fatal).toBe(true)
    expect(message.source).toBe('regdiff')
    // Library code reports input problems as messages, never as a stack trace of ours.
    expect(message.reason).not.toMatch(/\n\s+at /)
    return message
  }
  throw new Error(`loadCase(${dir}) did not fail`)
}

function at(message: VFileMessage): string {
  return `${message.file}:${message.line}:${message.column}`
}

describe('the IPS ung case', () => {
  it('is checked against unaltered copies of the source texts', () => {
    // sha256 of the files in /work/shared/cases/ips-ung as provided.
    const sha = (name: string) => createHash('sha256').update(readFileSync(join(sources, name))).digest('hex')
    expect(sha('forskrift-2023-06-20-1073-konsolidert-2025-08-01.md')).toBe('fbaac3d1f9fdbc435ac3d2a12cec30fbfbb304a9a91bb1d04049b7efd54d93d2')
    expect(sha('hoeringsnotat-ips-ung-2026.txt')).toBe('ef976d2e78601c06b98d2df66aaa78f15111f86a0bc6c237a95fd01629658193')
  })

  it('loads every document verbatim with its provenance from case.yaml', async () => {
    const loaded = await loadCase(ips)
    expect(loaded.messages.map(String)).toEqual([])
    // current.md is the consolidated regulation byte for byte, as provided.
    expect(String(loaded.current.value)).toBe(readFileSync(join(sources, 'forskrift-2023-06-20-1073-konsolidert-2025-08-01.md'), 'utf8'))
    expect(String(loaded.proposed.value)).toBe(readFileSync(join(ips, 'proposed.md'), 'utf8'))
    expect(loaded.current.path).toBe(join(ips, 'current.md'))
    expect(loaded.note?.path).toBe(join(ips, 'note.md'))
    expect(loaded.background.map((file) => file.path)).toEqual([join(ips, 'background/oppdragsbrev-2021.md')])
    expect(loaded.meta).toEqual({
      id: 'ips-ung',
      title:
        'Forslag til endringer i forskrift om oppfølgingstiltak i Arbeids- og velferdsetatens egenregi kapittel 3 om individuell jobbstøtte (IPS ung – fra forsøk til ordinær drift)',
      regulationId: 'FOR-2023-06-20-1073',
      shortTitle: 'egenregiforskriften',
      ministry: 'Arbeids- og inkluderingsdepartementet',
      dates: {currentInForce: '2025-08-01', hoeringsfrist: '2026-06-26', published: '2026-05'},
      proposalForm: 'partial',
      language: 'nb'
    })
    expect(loaded.sources.map((s) => [s.role, s.path, s.status])).toEqual([
      ['current', 'current.md', 'verified'],
      ['proposed', 'proposed.md', 'reconstructed'],
      ['note', 'note.md', 'reconstructed'],
      ['background', 'background/oppdragsbrev-2021.md', 'reconstructed']
    ])
    const proposed = loaded.sources[1]!
    // The known extraction faults are stated, not silently fixed.
    expect(proposed.remarks.join(' ')).toContain('§ 3-6 oppheves.')
    expect(proposed.remarks.join(' ')).toContain('4.3')
    expect(proposed.remarks.join(' ')).toContain('mangler punktum')
    expect(loaded.sources[0]!.remarks.join(' ')).toContain('« .»')
    expect(loaded.sources[2]!.remarks.join(' ')).toContain('fotnoter')
  })

  it('keeps the ministry marks, the lost full stop and the reconstructed repeal in proposed.md', () => {
    const proposed = readFileSync(join(ips, 'proposed.md'), 'utf8')
    const note = readFileSync(join(sources, 'hoeringsnotat-ips-ung-2026.txt'), 'utf8').split('\n')
    // Everything after the heading line is section 6 of the note, line for line, then the repeal.
    const section6 = note.slice(note.indexOf('§ 3-1. Personkrets'))
    expect(proposed).toBe(`# ${note[160]}\n\n${section6.join('\n')}\n\n§ 3-6 oppheves.\n`)
    expect(proposed).toContain('- ~~a. regelmessig og tilpasset oppfølging av en jobbspesialist~~\n- a. bistand')
    expect(proposed).toContain('Deltakeren kan også få oppfølging under opplæring og utdanning\n')
    expect(proposed).toContain('helse- og omsorgstjenesten og *jobbspesialisten*.')
  })
})

describe('loadCase on valid folders', () => {
  it('derives the title and regulation id from the front matter when there is no case.yaml', async () => {
    const loaded = await loadCase(join(fixtures, 'no-case-yaml'))
    expect(loaded.meta.title).toBe('Forskrift om oppfølgingstiltak i Arbeids- og velferdsetatens egenregi')
    expect(loaded.meta.regulationId).toBe('FOR-2023-06-20-1073')
    expect(loaded.meta.ministry).toBe('Arbeids- og inkluderingsdepartementet')
    expect(loaded.meta.proposalForm).toBeNull()
    expect(loaded.sources.every((s) => s.status === 'unknown')).toBe(true)
    // Background documents in code-unit order, whatever order the file system lists them in.
    expect(loaded.background.map((f) => f.basename)).toEqual(['a-brev.md', 'b-notat.md'])
    expect(loaded.messages.map((m) => m.ruleId)).toEqual(['no-case-yaml'])
  })

  it('takes the first heading as title when there is neither case.yaml nor front matter', async () => {
    const loaded = await loadCase(join(fixtures, 'crlf'))
    expect(loaded.meta.title).toBe('Forskrift om oppfølgingstiltak i Arbeids- og velferdsetatens egenregi')
    expect(loaded.meta.regulationId).toBeNull()
  })

  it('keeps CRLF text as it is, without a warning', async () => {
    const loaded = await loadCase(join(fixtures, 'crlf'))
    expect(String(loaded.current.value)).toBe(readFileSync(join(fixtures, 'crlf/current.md'), 'utf8'))
    expect(String(loaded.current.value)).toContain('\r\n')
    expect(loaded.messages.filter((m) => m.ruleId === 'mixed-line-endings')).toEqual([])
  })

  it('warns about mixed line endings at the stray one and keeps the text', async () => {
    const loaded = await loadCase(join(fixtures, 'mixed-line-endings'))
    const warning = loaded.messages.find((m) => m.ruleId === 'mixed-line-endings')!
    expect(warning.fatal).toBe(false)
    expect(warning.reason).toContain('8 CRLF, 1 LF')
    const text = String(loaded.current.value)
    expect(text).toBe(readFileSync(join(fixtures, 'mixed-line-endings/current.md'), 'utf8'))
    // Line 7 is the one that ends with a bare LF; the column is just past its last character.
    const line7 = text.split(/\r?\n/)[6]!
    expect([warning.line, warning.column]).toEqual([7, line7.length + 1])
    expect(text.slice(warning.place && 'offset' in warning.place ? warning.place.offset : -1)).toMatch(/^\n/)
  })

  it('strips a UTF-8 BOM with an info message', async () => {
    const loaded = await loadCase(join(fixtures, 'utf8-bom'))
    expect(String(loaded.current.value).startsWith('# Forskrift')).toBe(true)
    const info = loaded.messages.find((m) => m.ruleId === 'utf8-bom')!
    expect(info.fatal).toBeUndefined()
  })

  it.each(['utf16le-bom', 'utf16be-bom'])('decodes %s with a warning', async (name) => {
    const loaded = await loadCase(join(fixtures, name))
    expect(String(loaded.proposed.value)).toBe(readFileSync(join(fixtures, 'crlf/proposed.md'), 'utf8').replace(/\r\n/g, '\n'))
    const warning = loaded.messages.find((m) => m.ruleId === 'utf16-input')!
    expect(warning.fatal).toBe(false)
    expect(warning.reason).toContain(name === 'utf16le-bom' ? 'UTF-16LE' : 'UTF-16BE')
    expect(warning.file).toBe(join(fixtures, name, 'proposed.md'))
  })

  it('reads the documents from the paths case.yaml gives', async () => {
    const loaded = await loadCase(join(fixtures, 'custom-paths'))
    expect(loaded.current.path).toBe(join(fixtures, 'custom-paths', 'gjeldende.md'))
    expect(loaded.sources.map((s) => s.path)).toEqual(['gjeldende.md', 'forslag.md'])
    expect(loaded.messages).toEqual([])
  })

  it('warns about a document case.yaml does not describe and marks it unknown', async () => {
    const loaded = await loadCase(join(fixtures, 'undescribed-note'))
    expect(loaded.note).not.toBeNull()
    expect(loaded.sources.find((s) => s.role === 'note')?.status).toBe('unknown')
    expect(loaded.messages.map((m) => [m.ruleId, m.file])).toEqual([['undocumented-file', join(fixtures, 'undescribed-note', 'note.md')]])
  })
})

describe('loadCase on bad folders (committed fixtures)', () => {
  it('a missing current.md', async () => {
    const message = await fatal(join(fixtures, 'missing-current'))
    expect(message.ruleId).toBe('missing-file')
    expect(message.file).toBe(join(fixtures, 'missing-current', 'current.md'))
    expect(message.reason).toMatch(/^missing current\.md: a case folder needs the text in force/)
  })

  it('a missing proposed.md', async () => {
    const message = await fatal(join(fixtures, 'missing-proposed'))
    expect(message.ruleId).toBe('missing-file')
    expect(message.file).toBe(join(fixtures, 'missing-proposed', 'proposed.md'))
  })

  it('an empty file', async () => {
    const message = await fatal(join(fixtures, 'empty-current'))
    expect([message.ruleId, message.reason, message.file]).toEqual(['empty-file', 'the file is empty', join(fixtures, 'empty-current', 'current.md')])
  })

  it('a whitespace-only file (NBSP counts as whitespace)', async () => {
    const message = await fatal(join(fixtures, 'whitespace-proposed'))
    expect([message.ruleId, message.reason]).toEqual(['empty-file', 'the file holds only whitespace'])
  })

  it('a NUL byte, at its line and column', async () => {
    const message = await fatal(join(fixtures, 'nul-bytes'))
    expect(message.ruleId).toBe('binary-file')
    // "#### §" is six characters; the NUL follows it on line 5.
    expect(at(message)).toBe(`${join(fixtures, 'nul-bytes', 'current.md')}:5:7`)
  })

  it('a binary file', async () => {
    const message = await fatal(join(fixtures, 'binary-file'))
    expect(message.ruleId).toBe('binary-file')
    expect(message.reason).toContain('binary')
    expect(message.file).toBe(join(fixtures, 'binary-file', 'proposed.md'))
  })

  it('Windows-1252 bytes, at the first bad byte, with the fix', async () => {
    const message = await fatal(join(fixtures, 'windows-1252'))
    expect(message.ruleId).toBe('invalid-utf8')
    // "# Forskrift om oppf" is 19 characters; "ø" (0xF8) is the 20th.
    expect(at(message)).toBe(`${join(fixtures, 'windows-1252', 'current.md')}:1:20`)
    expect(message.reason).toContain('0xF8')
    expect(message.reason).toContain('Windows-1252 («ø»)')
    expect(message.reason).toContain('iconv -f WINDOWS-1252 -t UTF-8 current.md > current.utf8.md')
  })

  it('a YAML syntax error, with its position', async () => {
    const message = await fatal(join(fixtures, 'case-yaml-syntax'))
    expect(message.ruleId).toBe('case-yaml-syntax')
    expect(message.reason).toMatch(/^case\.yaml is not valid YAML: Missing closing "quote/)
    expect(at(message)).toBe(`${join(fixtures, 'case-yaml-syntax', 'case.yaml')}:6:1`)
  })

  it('a YAML indentation error, with its position', async () => {
    const message = await fatal(join(fixtures, 'case-yaml-bad-indent'))
    expect(message.ruleId).toBe('case-yaml-syntax')
    expect([message.line, message.column]).toEqual([5, 11])
  })

  it('wrong values: the first at its line:column, the others in the note', async () => {
    const message = await fatal(join(fixtures, 'case-yaml-wrong-types'))
    expect(message.ruleId).toBe('case-yaml-invalid')
    expect(message.reason).toBe('documents[0].status must be one of "verified", "reconstructed", "imported", "unknown" (and 2 more problems in case.yaml)')
    // `    status: checked` on line 7: the value starts in column 13.
    expect([message.line, message.column]).toEqual([7, 13])
    expect(message.note).toBe('proposalForm must be one of "partial", "complete", "instructions"\ntitle must be a string')
  })

  it('a malformed date', async () => {
    const message = await fatal(join(fixtures, 'case-yaml-bad-date'))
    expect(message.reason).toBe('dates.hoeringsfrist has the wrong form (expected a date YYYY-MM-DD, or YYYY-MM / YYYY when no more is known)')
    expect([message.line, message.column]).toEqual([5, 18])
  })

  it('an unknown field, at its key', async () => {
    const message = await fatal(join(fixtures, 'case-yaml-unknown-field'))
    expect(message.reason).toMatch(/^unknown field "høringsfrist"/)
    expect([message.line, message.column]).toEqual([4, 1])
  })

  it('a case.yaml that is not a mapping', async () => {
    const message = await fatal(join(fixtures, 'case-yaml-not-a-mapping'))
    expect(message.ruleId).toBe('case-yaml-invalid')
    expect([message.line, message.column]).toEqual([1, 1])
  })

  it('a path with ../ that leaves the case folder', async () => {
    const message = await fatal(join(fixtures, 'case-yaml-path-dotdot'))
    expect(message.ruleId).toBe('path-outside-case')
    expect(at(message)).toBe(`${join(fixtures, 'case-yaml-path-dotdot', 'case.yaml')}:10:11`)
  })

  it('an absolute path', async () => {
    const message = await fatal(join(fixtures, 'case-yaml-path-absolute'))
    expect(message.ruleId).toBe('path-outside-case')
    expect(message.reason).toContain('"/etc/passwd" is absolute')
    expect([message.line, message.column]).toEqual([6, 11])
  })

  it('a listed file that does not exist, at the line that lists it', async () => {
    const message = await fatal(join(fixtures, 'case-yaml-missing-file'))
    expect(message.ruleId).toBe('missing-file')
    expect(at(message)).toBe(`${join(fixtures, 'case-yaml-missing-file', 'case.yaml')}:14:11`)
  })

  it('two documents with the same role', async () => {
    const message = await fatal(join(fixtures, 'case-yaml-duplicate-role'))
    expect(message.ruleId).toBe('duplicate-document')
    expect(message.reason).toContain('second "current" document')
    expect([message.line, message.column]).toEqual([13, 11])
  })
})

describe('loadCase on bad folders built at run time', () => {
  let tmp: string
  const base = join(fixtures, 'crlf')

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'regdiff-case-'))
    // mkdtemp makes the folder private; the unreadable-file test reads it as another user.
    await chmod(tmp, 0o755)
  })
  afterAll(async () => {
    await rm(tmp, {recursive: true, force: true})
  })

  async function makeCase(name: string): Promise<string> {
    const dir = join(tmp, name)
    await mkdir(dir, {mode: 0o755})
    await copyFile(join(base, 'current.md'), join(dir, 'current.md'))
    await copyFile(join(base, 'proposed.md'), join(dir, 'proposed.md'))
    return dir
  }

  it('an unreadable file (EACCES)', async () => {
    const dir = await makeCase('unreadable')
    await chmod(join(dir, 'current.md'), 0o000)
    // root reads any file, so as root the check runs with the effective uid of `nobody`.
    const asRoot = process.getuid?.() === 0
    if (asRoot) process.seteuid!(65534)
    let message: VFileMessage
    try {
      message = await fatal(dir)
    } finally {
      if (asRoot) process.seteuid!(0)
    }
    expect(message.ruleId).toBe('unreadable-file')
    expect(message.reason).toBe('the file cannot be read: permission denied')
    expect(message.file).toBe(join(dir, 'current.md'))
  })

  it('a symlink loop (ELOOP)', async () => {
    const dir = await makeCase('loop')
    await rm(join(dir, 'proposed.md'))
    await symlink('a.md', join(dir, 'b.md'))
    await symlink('b.md', join(dir, 'a.md'))
    await symlink('a.md', join(dir, 'proposed.md'))
    const message = await fatal(dir)
    expect(message.ruleId).toBe('symlink-loop')
    expect(message.file).toBe(join(dir, 'proposed.md'))
  })

  it('a symlink that points outside the case folder', async () => {
    const dir = await makeCase('outside')
    await writeFile(join(tmp, 'secret.md'), '# Hemmelig\n')
    await symlink('../secret.md', join(dir, 'note.md'))
    const message = await fatal(dir)
    expect(message.ruleId).toBe('path-outside-case')
    expect(message.file).toBe(join(dir, 'note.md'))
  })

  it('a symlink inside the case folder is fine', async () => {
    const dir = await makeCase('inside')
    await mkdir(join(dir, 'kilder'))
    await copyFile(join(base, 'proposed.md'), join(dir, 'kilder', 'forslag.md'))
    await rm(join(dir, 'proposed.md'))
    await symlink('kilder/forslag.md', join(dir, 'proposed.md'))
    const loaded = await loadCase(dir)
    expect(String(loaded.proposed.value)).toBe(readFileSync(join(base, 'proposed.md'), 'utf8'))
  })

  it('a file over 64 MB, refused before it is read', async () => {
    const dir = await makeCase('huge')
    // Sparse: takes no disk and no time, but stat reports the size.
    await truncate(join(dir, 'proposed.md'), MAX_INPUT_BYTES + 1)
    const message = await fatal(dir)
    expect(message.ruleId).toBe('file-too-large')
    expect(message.reason).toMatch(/^the file is 64\.0 MB, more than the limit of 64\.0 MB/)
  })

  it('a case folder that does not exist', async () => {
    const message = await fatal(join(tmp, 'nowhere'))
    expect(message.ruleId).toBe('missing-case')
    expect(message.file).toBe(join(tmp, 'nowhere'))
  })

  it('a file given instead of a folder', async () => {
    const message = await fatal(join(base, 'current.md'))
    expect(message.ruleId).toBe('missing-case')
  })

  it('an empty note is left out with a warning', async () => {
    const dir = await makeCase('empty-note')
    await writeFile(join(dir, 'note.md'), '\n\n')
    const loaded = await loadCase(dir)
    expect(loaded.note).toBeNull()
    expect(loaded.messages.map((m) => [m.ruleId, m.fatal])).toContainEqual(['empty-file', false])
  })

  it('a folder where a document should be', async () => {
    const dir = await makeCase('folder-note')
    await mkdir(join(dir, 'note.md'))
    const message = await fatal(dir)
    expect(message.ruleId).toBe('not-a-file')
  })
})

describe('loadCase with documents in unusual places', () => {
  it('does not read a note kept in background/ twice', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'regdiff-case-'))
    try {
      await copyFile(join(fixtures, 'crlf', 'current.md'), join(tmp, 'current.md'))
      await copyFile(join(fixtures, 'crlf', 'proposed.md'), join(tmp, 'proposed.md'))
      await mkdir(join(tmp, 'background'))
      await writeFile(join(tmp, 'background', 'notat.md'), '# Høringsnotat\n\nTekst.\n')
      await writeFile(join(tmp, 'background', 'brev.md'), '# Brev\n\nTekst.\n')
      await writeFile(
        join(tmp, 'case.yaml'),
        'documents:\n  - role: note\n    path: background/notat.md\n    status: reconstructed\n    source: "Høringsnotatet."\n'
      )
      const loaded = await loadCase(tmp)
      expect(loaded.note?.basename).toBe('notat.md')
      expect(loaded.background.map((f) => f.basename)).toEqual(['brev.md'])
      expect(loaded.sources.map((s) => [s.role, s.path, s.status])).toEqual([
        ['current', 'current.md', 'unknown'],
        ['proposed', 'proposed.md', 'unknown'],
        ['note', 'background/notat.md', 'reconstructed'],
        ['background', 'background/brev.md', 'unknown']
      ])
    } finally {
      await rm(tmp, {recursive: true, force: true})
    }
  })
})
