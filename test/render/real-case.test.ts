/**
 * The renderer on the real cases, through the whole pipeline (`runCase`): what respondents will read.
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {createHash} from 'node:crypto'
import {reconstruct} from '../../src/diff/reconstruct.js'
import type {ReportJson} from '../../src/render/json.js'
import {InputMismatchError, rebuildInputs} from '../../src/render/rebuild.js'
import {runCase} from '../../src/index.js'
import type {AlignedSegment, Provision} from '../../src/types.js'
import {buildView} from '../../src/render/view.js'
import {escapeMarkdown} from '../../src/render/escape.js'
import {validateReport} from './schema.js'

const caseDir = (name: string) => fileURLToPath(new URL(`../../regulations/${name}`, import.meta.url))

describe.each(['ips-ung', 'tiltak-2025'])('the real case %s', (name) => {
  it('renders all three formats, byte-identical across runs, and report.json validates', async () => {
    const first = await runCase(caseDir(name), {formats: ['html', 'md', 'json'], lang: 'nb'})
    const second = await runCase(caseDir(name), {formats: ['html', 'md', 'json'], lang: 'nb'})
    expect(first.ok, first.messages.map(String).join('\n')).toBe(true)
    expect(Object.keys(first.outputs).sort()).toEqual(['report.html', 'report.json', 'report.md'])
    for (const file of Object.keys(first.outputs)) expect(first.outputs[file] === second.outputs[file], file).toBe(true)
    expect(validateReport(JSON.parse(first.outputs['report.json']!)).errors).toEqual([])
  })

  it('links land, every change has its article, and Markdown carries no HTML entities', async () => {
    const result = await runCase(caseDir(name), {formats: ['html', 'md'], lang: 'nb'})
    const html = result.outputs['report.html']!
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))
    for (const m of html.matchAll(/href="#([^"]*)"/g)) expect(ids.has(m[1]!), `#${m[1]}`).toBe(true)
    for (const change of result.report!.diff.changes) {
      expect(ids.has(change.id), change.id).toBe(true)
      for (const reason of change.reasons) expect(html).toContain(`href="#${reason.anchor}"`)
    }
    expect(result.outputs['report.md']).not.toMatch(/&(#x?[0-9a-f]+|quot|amp|lt|gt);/i)
  })
})

describe('the real IPS ung report', () => {
  it('gives back both input texts byte for byte from report.json and the inputs it refers to by offset, and refuses a wrong input', async () => {
    const result = await runCase(caseDir('ips-ung'), {formats: ['json'], lang: 'nb'})
    expect(result.ok, result.messages.map(String).join('\n')).toBe(true)
    const json = JSON.parse(result.outputs['report.json']!) as ReportJson
    expect(JSON.stringify(json.regulation)).not.toContain('"source":')
    const bytes = (name: string) => readFileSync(`${caseDir('ips-ung')}/${name}`)
    expect(json.jsonForm).toBe('reference')
    expect(json.inputs.current).toEqual({path: 'current.md', kind: 'file', sha256: createHash('sha256').update(bytes('current.md')).digest('hex'), bytes: bytes('current.md').length})
    expect(json.inputs.proposed.sha256).toBe(createHash('sha256').update(bytes('proposed.md')).digest('hex'))
    // Unchanged sections are offsets, not text: § 1-1 (not in the proposal) is in current.md, not in report.json.
    const unchanged = 'skal styrke deltakerens muligheter for å få eller beholde ordinært arbeid'
    expect(bytes('current.md').toString('utf8')).toContain(unchanged)
    expect(result.outputs['report.json']).not.toContain(unchanged)
    const rebuilt = rebuildInputs(json, {current: bytes('current.md'), proposed: bytes('proposed.md')})
    expect(rebuilt.current).toBe(bytes('current.md').toString('utf8'))
    expect(rebuilt.proposed).toBe(bytes('proposed.md').toString('utf8'))
    // The other file, or the right one edited by one character, is refused by its hash, with the file named.
    expect(() => rebuildInputs(json, {current: bytes('proposed.md'), proposed: bytes('proposed.md')})).toThrow(/the current input is not the current\.md this report was made from: report\.json records sha256 [0-9a-f]{64}/)
    const edited = Buffer.from(bytes('current.md').toString('utf8').replace('beholde ordinært arbeid', 'beholde ordinært arbeld'))
    expect(() => rebuildInputs(json, {current: edited, proposed: bytes('proposed.md')})).toThrow(InputMismatchError)
    expect(() => rebuildInputs(json, {proposed: bytes('proposed.md')})).toThrow(/refers to current\.md \(the current text\) by offsets; pass that file/)
  })

  it('keeps the self-contained form with --format json-full: both inputs from report.json alone', async () => {
    const result = await runCase(caseDir('ips-ung'), {formats: ['json-full'], lang: 'nb'})
    const json = JSON.parse(result.outputs['report.json']!) as ReportJson
    expect(json.jsonForm).toBe('full')
    const read = (name: string) => readFileSync(`${caseDir('ips-ung')}/${name}`, 'utf8')
    expect(reconstruct(json.diff.segments as AlignedSegment[], 'current')).toBe(read('current.md'))
    expect(reconstruct(json.diff.segments as AlignedSegment[], 'proposed')).toBe(read('proposed.md'))
    expect(rebuildInputs(json, {})).toEqual({current: read('current.md'), proposed: read('proposed.md')})
    expect(validateReport(json).errors).toEqual([])
  })

  it('shows what a respondent must see for the § 3-2 duty change', async () => {
    const result = await runCase(caseDir('ips-ung'), {formats: ['html', 'md'], lang: 'nb'})
    const html = result.outputs['report.html']!
    const change = result.report!.diff.changes.find((c) => c.effects.some((e) => e.rule.startsWith('modality/') && e.evidence.before?.includes('kan')))
    expect(change, 'a kan → skal change in § 3-2').toBeDefined()
    const article = articleOf(html, change!.id)
    expect(article).toContain('<h4 id="' + change!.id + '-h">Adgang blir plikt: «kan få tilbud om» blir «skal få regelmessig»</h4>')
    expect(article).toContain('§ 3-2 første ledd')
    expect(article).toContain('Les i notatet')
    expect(article).toContain('Notatet og virkningen spriker')
    expect(html).toContain('<span class="status status-reconstructed">Rekonstruert</span>')
    expect(html).toContain('Høringsfrist: <strong>26. juni 2026</strong>')
  })

  it('shows the ten or so real changes: relettering inside the § 3-2 change, the full stop lost in transcription at the end', async () => {
    const result = await runCase(caseDir('ips-ung'), {formats: ['html'], lang: 'nb'})
    const html = result.outputs['report.html']!
    const changes = result.report!.diff.changes
    const cards = [...html.matchAll(/<article class="change" id="(c-\d+)"/g)].map((m) => m[1]!)
    expect(changes.length).toBe(15)
    expect(cards.length).toBeGreaterThanOrEqual(9)
    expect(cards.length).toBeLessThanOrEqual(11)
    // Each card once.
    expect(new Set(cards).size).toBe(cards.length)
    // The reletterings (b→a, c→b, e→d) are one line in the card of the removed bokstav a.
    const removed = changes.find((c) => c.kind === 'removed' && c.level === 'item')!
    const card = articleOf(html, removed.id)
    for (const c of changes.filter((x) => x.kind === 'relettered')) expect(card, c.id).toContain(`<span id="${c.id}" data-change-id="${c.id}">`)
    expect(card).toContain('bokstav b, c og e blir a, b og d')
    // The lost full stop (case.yaml says so) is editorial, in the group at the end, with the source's remark.
    const editorial = html.slice(html.indexOf('id="editorial"'), html.indexOf('id="findings"'))
    const stop = changes.find((c) => c.kind === 'editorial')!
    expect(editorial).toContain(`id="${stop.id}"`)
    expect(editorial).toContain('Punktumet gikk tapt i tekstuttrekket')
  })

  it('says what the repeal of § 3-6 ends and where its content went; the 2021 letter is not the ministry\'s reasoning', async () => {
    const result = await runCase(caseDir('ips-ung'), {formats: ['html'], lang: 'nb'})
    const html = result.outputs['report.html']!
    const repeal = result.report!.diff.changes.find((c) => c.kind === 'repealed')!
    const card = articleOf(html, repeal.id)
    expect(card).toMatch(/<h4[^>]*>§ 3-6 \(Forsøk med individuell jobbstøtte til unge under 30 år\) oppheves; innholdet føres videre i § 3-1 første ledd annet punktum og § 3-5 tredje ledd<\/h4>/)
    expect(card).toContain('Dette er ikke ført videre: første ledd, annet ledd og tredje ledd annet punktum.')
    // Background documents are "Se også", never under «Departementets begrunnelse».
    for (const m of html.matchAll(/<div class="reason">[\s\S]*?<\/div>/g)) expect(m[0]).not.toContain('Felles oppdrag')
    expect(html).toContain('Se også: <a href="#')
  })

  it('keeps case-authoring diagnostics off the reader\'s page: they stay in report.json', async () => {
    const result = await runCase(caseDir('ips-ung'), {formats: ['html', 'json'], lang: 'nb'})
    const html = result.outputs['report.html']!
    const json = JSON.parse(result.outputs['report.json']!) as {diff: {findings: Array<{code: string; message: string}>}}
    const unmarked = json.diff.findings.filter((f) => f.code === 'undeclared-change')
    expect(unmarked.length).toBeGreaterThan(5)
    const text = html.replace(/<[^>]*>/g, '')
    for (const f of unmarked) expect(text).not.toContain(f.message.replace(/&/g, "&amp;"))
    const reader = html.slice(0, html.indexOf('id="consolidated"')).replace(/<[^>]*>/g, '')
    expect(reader).not.toMatch(/\bc-\d{3}\b|treff \d|funnet ved|\.md:\d+:\d+|[a-z]+\/[a-z]+-[a-z-]+/)
  })

  it('groups the summary by the note\'s own four points, each linking to its changes, in at most ten lines', async () => {
    const result = await runCase(caseDir('ips-ung'), {formats: ['html'], lang: 'nb'})
    const html = result.outputs['report.html']!
    const points = html.slice(html.indexOf('<ul class="points">'), html.indexOf('</ul>', html.indexOf('<ul class="points">')))
    const items = [...points.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!)
    expect(items.length).toBeLessThanOrEqual(10)
    expect(items[0]).toContain('Forsøk med IPS ung innlemmes som en permanent del av tiltaket')
    expect(items[1]).toContain('Det åpnes opp for at IPS kan gis fra det året man fyller 16 år')
    for (const item of items) expect(item).toMatch(/<a href="#c-\d{3}"/)
  })
})

function articleOf(html: string, id: string): string {
  const start = html.indexOf(`<article class="change`, html.indexOf(`id="${id}" data-change-id`) - 40)
  return html.slice(start, html.indexOf('</article>', start))
}

describe.each(['ips-ung', 'tiltak-2025'])('the answer form and the consolidated text of %s', (name) => {
  it('has one part per change with its citation, headline and the note\'s reasoning, and room to answer', async () => {
    const result = await runCase(caseDir(name), {formats: ['answer', 'consolidated'], lang: 'nb'})
    const answer = result.outputs['answer.md']!
    const view = buildView(result.report!, 'nb', 'summary')
    const parts = answer.split('\n## ').slice(2)
    expect(parts.length).toBe(view.changes.length)
    view.changes.forEach((c, i) => {
      expect(parts[i]!.startsWith(`${escapeMarkdown(c.citation)}: ${escapeMarkdown(c.headline)}`), c.id).toBe(true)
      expect(parts[i]).toContain('_Merknader:_\n\n')
      if (c.reason) expect(parts[i]).toContain('**Departementets begrunnelse**')
    })
    // The consolidated text names every section of the regulation as it would read, in order.
    const md = result.outputs['consolidated.md']!
    const headings = [...md.matchAll(/^### (.+)$/gm)].map((m) => m[1]!)
    const sections: string[] = []
    const walk = (nodes: Provision[]) => nodes.forEach((p) => (p.kind === 'section' ? sections.push(p.citation) : walk(p.children)))
    walk(result.report!.regulation.consolidated.children)
    expect(headings.map((h) => h.split('. ')[0]!.replace(/\\/g, ''))).toEqual(sections)
  })
})

describe('the real tiltak-2025 report (instruction form, no note)', () => {
  it('gives back current.md from report.json alone; the proposed side is the regulation as amended', async () => {
    const result = await runCase(caseDir('tiltak-2025'), {formats: ['json'], lang: 'nb'})
    const json = JSON.parse(result.outputs['report.json']!) as ReportJson
    const current = readFileSync(`${caseDir('tiltak-2025')}/current.md`)
    // The amended regulation is no file: its record checks the rebuild, and only current.md is referred to.
    expect(json.inputs.proposed.kind).toBe('amended')
    expect(JSON.stringify(json.diff.segments)).not.toContain('"in":"proposed"')
    const rebuilt = rebuildInputs(json, {current})
    expect(rebuilt.current).toBe(current.toString('utf8'))
    const amended = rebuilt.proposed
    for (const change of result.report!.diff.changes) if (change.proposed) expect(amended, change.id).toContain(change.proposed.text.split(' ').slice(0, 6).join(' '))
  })

  it('shows each change with the instruction that made it, and says there is no note', async () => {
    const result = await runCase(caseDir('tiltak-2025'), {formats: ['html', 'md'], lang: 'nb'})
    const html = result.outputs['report.html']!
    expect(html).toContain('<dd>Endringsinstrukser til gjeldende forskrift</dd>')
    const withInstruction = result.report!.diff.changes.filter((c) => c.instruction)
    expect(withInstruction.length).toBeGreaterThan(0)
    for (const c of withInstruction) {
      const article = html.slice(html.indexOf(`<article class="change" id="${c.id}"`), html.indexOf('</article>', html.indexOf(`id="${c.id}"`)))
      expect(article).toContain('Endringsinstruks: <q lang="nb">')
    }
    expect(html).toContain('Saken har ikke noe høringsnotat å knytte endringen til.')
    expect(html).not.toContain('id="note"')
  })
})

describe('the real IPS ung report in English (--lang en, issue 5)', () => {
  // Handlebars' escaping, undone, so that page text can be compared with the finding sentences.
  const unescape = (s: string) =>
    s.replace(/&#x27;/g, "'").replace(/&#x60;/g, '`').replace(/&#x3D;/g, '=').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
  // Words only regdiff's own Norwegian sentences use; document text (quotes «…», citations) may hold anything.
  const NB_SENTENCE = /(?<![\p{L}])(?:Høringsnotatet|Endringen|Punktet|viser til|er ikke|verken|forslaget|gjeldende|finnes|oppheves|svarer til|nå)(?![\p{L}])/iu

  it('shows every reader finding in English, in HTML and Markdown, and none of the Norwegian finding sentences', async () => {
    const result = await runCase(caseDir('ips-ung'), {formats: ['html', 'md'], lang: 'en'})
    expect(result.ok, result.messages.map(String).join('\n')).toBe(true)
    const findings = result.report!.diff.findings
    const html = result.outputs['report.en.html']!
    const md = result.outputs['report.en.md']!
    const shown = [...html.matchAll(/<div class="finding [a-z]+">\n<p>.*<\/p>\n<p lang="([a-z]+)">(.*)<\/p>/g)]
    expect(shown.length).toBeGreaterThan(5)
    for (const [, lang] of shown) expect(lang).toBe('en')
    const sentences = new Set(shown.map((m) => unescape(m[2]!)))
    for (const f of findings) {
      expect(f.messageEn, f.message).not.toBe(f.message)
      expect(sentences.has(f.message), f.message).toBe(false)
      expect(unescape(html)).not.toContain(f.message)
      expect(md).not.toContain(escapeMarkdown(f.message))
      // The generated sentence is English: outside the quotes from the documents no Norwegian sentence word is left.
      expect(f.messageEn.replace(/«[^»]*»/g, '«»'), f.messageEn).not.toMatch(NB_SENTENCE)
    }
    for (const s of sentences) expect(findings.some((f) => f.messageEn === s), s).toBe(true)
    // The report's own text is English throughout: no Norwegian interface words are left.
    const own = unescape(html).replace(/<(blockquote|q)[^>]*>[\s\S]*?<\/\1>/g, '').replace(/<[^>]+lang="nb"[^>]*>[^<]*</g, '<')
    expect(own).not.toMatch(/Hva forslaget endrer|Departementets begrunnelse|Endringene paragraf|Endringene, viktigste|Om rapporten|Forslaget leses som|Verdt å merke seg/)
  })
})
