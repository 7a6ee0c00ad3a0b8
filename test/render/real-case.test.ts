/**
 * The renderer on the real cases, through the whole pipeline (`runCase`): what respondents will read.
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {reconstruct} from '../../src/diff/reconstruct.js'
import {runCase} from '../../src/index.js'
import type {AlignedSegment} from '../../src/types.js'
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
  it('gives back both input texts byte for byte from report.json alone (diff.segments), though the trees are outlines', async () => {
    const result = await runCase(caseDir('ips-ung'), {formats: ['json'], lang: 'nb'})
    expect(result.ok, result.messages.map(String).join('\n')).toBe(true)
    const json = JSON.parse(result.outputs['report.json']!) as {diff: {segments: AlignedSegment[]}; regulation: Record<string, unknown>}
    expect(JSON.stringify(json.regulation)).not.toContain('"source":')
    const read = (name: string) => readFileSync(`${caseDir('ips-ung')}/${name}`, 'utf8')
    expect(reconstruct(json.diff.segments, 'current')).toBe(read('current.md'))
    expect(reconstruct(json.diff.segments, 'proposed')).toBe(read('proposed.md'))
  })

  it('shows what a respondent must see for the § 3-2 duty change', async () => {
    const result = await runCase(caseDir('ips-ung'), {formats: ['html', 'md'], lang: 'nb'})
    const html = result.outputs['report.html']!
    const change = result.report!.diff.changes.find((c) => c.effects.some((e) => e.rule.startsWith('modality/') && e.evidence.before?.includes('kan')))
    expect(change, 'a kan → skal change in § 3-2').toBeDefined()
    const article = html.slice(html.indexOf(`<article class="change" id="${change!.id}"`), html.indexOf('</article>', html.indexOf(`id="${change!.id}"`)))
    expect(article).toContain('§ 3-2 første ledd')
    expect(article).toContain('<p class="effect">')
    expect(article).toContain('Les i notatet')
    expect(article).toContain('Notatet og virkningen spriker')
    expect(html).toContain('<span class="status status-reconstructed">Rekonstruert</span>')
    expect(html).toContain('<dt>Høringsfrist</dt><dd>26. juni 2026</dd>')
  })
})

describe('the real tiltak-2025 report (instruction form, no note)', () => {
  it('gives back current.md from report.json alone; the proposed side is the regulation as amended', async () => {
    const result = await runCase(caseDir('tiltak-2025'), {formats: ['json'], lang: 'nb'})
    const json = JSON.parse(result.outputs['report.json']!) as {diff: {segments: AlignedSegment[]}}
    expect(reconstruct(json.diff.segments, 'current')).toBe(readFileSync(`${caseDir('tiltak-2025')}/current.md`, 'utf8'))
    const amended = reconstruct(json.diff.segments, 'proposed')
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

  it('shows every finding in English, in HTML and Markdown, and none of the Norwegian finding sentences', async () => {
    const result = await runCase(caseDir('ips-ung'), {formats: ['html', 'md'], lang: 'en'})
    expect(result.ok, result.messages.map(String).join('\n')).toBe(true)
    const findings = result.report!.diff.findings
    expect(findings.length).toBeGreaterThan(5)
    const html = result.outputs['report.html']!
    const md = result.outputs['report.md']!
    const shown = [...html.matchAll(/<div class="finding [a-z]+">\n<p>.*<\/p>\n<p lang="([a-z]+)">(.*)<\/p>/g)]
    expect(shown.length).toBeGreaterThanOrEqual(findings.length)
    for (const [, lang] of shown) expect(lang).toBe('en')
    const sentences = new Set(shown.map((m) => unescape(m[2]!)))
    for (const f of findings) {
      expect(f.messageEn, f.message).not.toBe(f.message)
      expect(sentences.has(f.messageEn), f.messageEn).toBe(true)
      expect(sentences.has(f.message), f.message).toBe(false)
      expect(unescape(html)).not.toContain(f.message)
      expect(md).not.toContain(escapeMarkdown(f.message))
      expect(md).toContain(escapeMarkdown(f.messageEn))
      // The generated sentence is English: outside the quotes from the documents no Norwegian sentence word is left.
      expect(f.messageEn.replace(/«[^»]*»/g, '«»'), f.messageEn).not.toMatch(NB_SENTENCE)
    }
  })
})
