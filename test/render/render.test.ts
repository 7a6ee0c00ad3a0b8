import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {MARKDOWN_LIMIT, renderReport, reportToJson} from '../../src/render/index.js'
import {buildView} from '../../src/render/view.js'
import {hostileReport, PAYLOADS} from '../fixtures/render/hostile-report.js'
import {ipsUngReport} from '../fixtures/render/ips-ung-report.js'
import {validateReport} from './schema.js'

const GOLDEN = new URL('../fixtures/render/golden/', import.meta.url)

// Golden files are rewritten only on request (UPDATE_GOLDEN=1), then read and checked by a person.
function golden(name: string, actual: string): void {
  const file = new URL(name, GOLDEN)
  if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(file)) {
    mkdirSync(GOLDEN, {recursive: true})
    writeFileSync(file, actual)
    if (process.env['UPDATE_GOLDEN'] !== '1') throw new Error(`golden file ${name} was missing and has been written; read it, then rerun`)
  }
  expect(actual === readFileSync(file, 'utf8'), `${name} differs from the golden file (UPDATE_GOLDEN=1 to rewrite, then read the diff)`).toBe(true)
}

const report = ipsUngReport()

describe('golden files for the IPS ung fixture report', () => {
  it('html (nb)', () => golden('ips-ung.html', renderReport(report, 'html', {lang: 'nb'})))
  it('html (en)', () => golden('ips-ung.en.html', renderReport(report, 'html', {lang: 'en'})))
  it('markdown', () => golden('ips-ung.md', renderReport(report, 'md', {lang: 'nb'})))
  it('json', () => golden('ips-ung.json', renderReport(report, 'json', {lang: 'nb'})))
})

describe('determinism', () => {
  it('gives byte-identical output for the same report, across fresh builds of the model', () => {
    for (const format of ['html', 'md', 'json'] as const) {
      const a = renderReport(ipsUngReport(), format, {lang: 'nb'})
      const b = renderReport(ipsUngReport(), format, {lang: 'nb'})
      expect(createHash('sha256').update(a).digest('hex')).toBe(createHash('sha256').update(b).digest('hex'))
    }
  })
  it('does not change the report it renders', () => {
    const before = JSON.stringify(report)
    renderReport(report, 'html', {lang: 'en'})
    renderReport(report, 'md', {lang: 'nb'})
    expect(JSON.stringify(report)).toBe(before)
  })
})

describe('JSON and the schema', () => {
  it('is the model (trees as outlines, unchanged text by reference): changes pretty-printed, bulk one line per element', () => {
    const json = renderReport(report, 'json', {lang: 'nb'})
    expect(json.endsWith('}\n')).toBe(true)
    expect(json.split('\n')[1]).toBe('  "schemaVersion": "3.0.0",')
    const parsed = JSON.parse(json)
    expect(parsed).toEqual(reportToJson(report, 'reference'))
    expect(parsed.jsonForm).toBe('reference')
    const {regulation: _r, diff, jsonForm: _f, inputs: _i, ...rest} = parsed
    const {regulation: _m, diff: modelDiff, ...modelRest} = report
    expect(rest).toEqual(modelRest)
    expect({...diff, segments: null}).toEqual({...modelDiff, segments: null})
    const lines = json.split('\n')
    // One segment, one section status and one outline section per line; a change spreads over lines.
    expect(lines.filter((l) => l.startsWith('      {"type":')).length).toBe(report.diff.segments.length)
    expect(lines.filter((l) => l.startsWith('      {"citation":')).length).toBe(report.diff.sections.length)
    expect(lines).toContain(`        "id": "${report.diff.changes[0]!.id}",`)
  })
  it('is exactly JSON.stringify(…, null, 2) of the self-contained model with json-full', () => {
    const json = renderReport(report, 'json-full', {lang: 'nb'})
    expect(json).toBe(JSON.stringify(reportToJson(report, 'full'), null, 2) + '\n')
    expect(JSON.parse(json).diff.segments).toEqual(report.diff.segments)
    expect(validateReport(JSON.parse(json)).errors).toEqual([])
  })
  it('validates every generated report', () => {
    for (const r of [report, hostileReport()]) {
      const result = validateReport(JSON.parse(renderReport(r, 'json', {lang: 'nb'})))
      expect(result.errors).toEqual([])
    }
  })
  it('rejects a report that breaks the contract', () => {
    const broken = JSON.parse(renderReport(report, 'json', {lang: 'nb'}))
    broken.diff.changes[0].kind = 'rewritten'
    delete broken.diff.changes[1].effects
    broken.diff.findings[0].severity = 'fatal'
    const {errors} = validateReport(broken)
    expect(errors.join('\n')).toMatch(/changes\/0\/kind/)
    expect(errors.join('\n')).toMatch(/changes\/1.*effects/)
    expect(errors.join('\n')).toMatch(/findings\/0\/severity/)
  })
})

describe('HTML', () => {
  const html = renderReport(report, 'html', {lang: 'nb'})
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)

  it('is one self-contained page with a CSP whose hash matches the only inline script', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="nb">')).toBe(true)
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)]
    expect(scripts).toHaveLength(1)
    const hash = createHash('sha256').update(scripts[0]![1]!).digest('base64')
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!.replace(/&#x3D;/g, '=')
    expect(csp).toContain(`script-src 'sha256-${hash}'`)
    expect(csp).toContain("default-src 'none'")
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/)
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//)
  })

  it('has unique ids, and every in-page link lands on one', () => {
    expect(new Set(ids).size).toBe(ids.length)
    const hrefs = [...html.matchAll(/href="#([^"]*)"/g)].map((m) => m[1]!)
    expect(hrefs.length).toBeGreaterThan(50)
    for (const h of hrefs) expect(ids, `link #${h}`).toContain(h)
  })

  it('links every reason from the note to its paragraph in the appendix', () => {
    for (const change of report.diff.changes) {
      for (const reason of change.reasons.filter((r) => r.document === 'note')) expect(html, change.id).toContain(`href="#${reason.anchor}"`)
    }
    expect(ids).toContain('note-4-3-innhold-3-2-p6')
  })

  it('says what changes first, and keeps provenance for «Om rapporten» at the end', () => {
    const summary = html.indexOf('id="summary"')
    expect(summary).toBeGreaterThan(0)
    expect(summary).toBeLessThan(html.indexOf('id="changes"'))
    const about = html.indexOf('id="about"')
    expect(about).toBeGreaterThan(html.indexOf('id="consolidated"'))
    expect(html.indexOf('Kildene rapporten bygger på')).toBeGreaterThan(about)
    expect(html.indexOf('<span class="status status-reconstructed">Rekonstruert</span>')).toBeGreaterThan(about)
    expect(html).toContain('Høringsfrist: <strong>26. juni 2026</strong>')
    // The reader's pages carry no ids, scores, rule ids or file places.
    const reader = html.slice(0, html.indexOf('id="consolidated"')).replace(/<[^>]*>/g, '')
    expect(reader).not.toMatch(/\bc-\d{3}\b|treff \d|funnet ved|\.md:\d+|modality\/|undeclared-change/)
  })

  it('marks insertions and deletions in text, not only in colour, from the changes\' own word operations', () => {
    expect(html).toContain('<del><span class="vh">Strøket: </span>tilpasset den enkeltes behov og</del> i samarbeid')
    const change = report.diff.changes.find((c) => c.words.some((w) => w.op === 'insert') && c.words.some((w) => w.op === 'delete'))!
    const inserted = change.words.find((w) => w.op === 'insert')!.text.trim()
    expect(html).toContain(`<ins><span class="vh">Satt inn: </span>${inserted.replace(/&/g, '&amp;')}</ins>`)
  })

  it('shows each section with the changes first and the text side by side, each card once', () => {
    const view = buildView(report, 'nb')
    const sections = view.entries.flatMap((e) => (e.section ? [e.section] : []))
    const cards = sections.flatMap((s) => s.changes.map((c) => c.id))
    expect(new Set(cards).size).toBe(cards.length)
    const s32 = sections.find((s) => s.heading === '§ 3-2. Innhold')!
    // Items keep their pairs across the relettering: b. beside a., c. beside b.
    const pairs = s32.rows.map((r) => [r.current?.label ?? null, r.proposed?.label ?? null, r.proposed?.formerLabel ?? null])
    expect(pairs).toContainEqual(['b.', 'a.', 'b.'])
    expect(pairs).toContainEqual(['a.', null, null])
    const s36 = sections.find((s) => s.heading.startsWith('§ 3-6'))!
    expect(s36.statusLabel).toBe('Opphevet')
    expect(s36.rows.every((r) => r.proposed === null && r.current!.ops.every((o) => o.op === 'delete'))).toBe(true)
    for (const c of report.diff.changes) expect(html, c.id).toContain(`data-change-id="${c.id}"`)
  })

  it('renders the interface in English with --lang en and keeps the documents as written', () => {
    const en = renderReport(report, 'html', {lang: 'en'})
    expect(en.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true)
    expect(en).toContain('What the proposal changes')
    expect(en).toContain('About this report')
    expect(en).not.toContain('Hva forslaget endrer')
    expect(en).toContain('<blockquote lang="nb">Regelmessig og tilpasset oppfølging fra jobbspesialist')
  })
})

describe('hostile text', () => {
  const hostile = hostileReport()
  const html = renderReport(hostile, 'html', {lang: 'nb'})
  const md = renderReport(hostile, 'md', {lang: 'nb'})

  it('is escaped everywhere in HTML', () => {
    expect(html.match(/<script/g)).toHaveLength(1)
    expect(html).not.toMatch(/<(img|svg|iframe|a href="javascript)/i)
    expect(html).not.toMatch(/\son(error|load|mouseover)=/i)
    expect(html).toContain('&lt;script&gt;window.__pwned &#x3D; &quot;script&quot;; alert(1)&lt;/script&gt;')
  })

  it('is escaped in Markdown without HTML-entity noise', () => {
    // Outside code spans (which GitHub shows literally) no tag may start unescaped.
    expect(md.replace(/`[^`\n]*`/g, '')).not.toMatch(/(?<!\\)<(script|img|svg|iframe|a )/i)
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/)
    expect(md).toContain('\\[se her\\](javascript:')
    expect(md).toContain('\\<script\\>window.\\_\\_pwned = "script"; alert(1)\\</script\\>')
    // One line per change with a card, each a list item whatever the document text held.
    const rows = md.split('\n').filter((l) => /^1\. \*\*/.test(l))
    expect(rows).toHaveLength(buildView(hostile, 'nb', 'summary').ranked.length)
  })

  it('keeps the IPS ung Markdown free of HTML entities', () => {
    const plain = renderReport(report, 'md', {lang: 'nb'})
    expect(plain).not.toMatch(/&(#x?[0-9a-f]+|quot|amp|lt|gt);/i)
    // A deletion and an insertion side by side never run together ("~~kan~~skal").
    expect(plain).not.toMatch(/<\/del><ins>|<\/ins><del>/)
    expect(plain.indexOf('## Endringene, viktigste først')).toBeLessThan(plain.indexOf('<summary>Verdt å merke seg'))
    expect(plain.indexOf('| Dokument | Fil |')).toBeGreaterThan(plain.indexOf('## Endringene paragraf for paragraf'))
  })

  it('still renders the payloads as text the reader can see', () => {
    expect(html).toContain(PAYLOADS.attr.replace(/"/g, '&quot;').replace(/'/g, '&#x27;').replace(/=/g, '&#x3D;'))
    expect(PAYLOADS.markdown.length).toBeGreaterThan(0)
  })
})

describe('Markdown size', () => {
  it('stays within a GitHub comment for a large proposal and says what it left out', () => {
    const large = structuredClone(report)
    const base = large.diff.changes
    large.diff.changes = Array.from({length: 120}, (_, i) => ({...structuredClone(base[i % base.length]!), id: `c-${String(i + 1).padStart(3, '0')}`}))
    const md = renderReport(large, 'md', {lang: 'nb'})
    expect(md.length).toBeLessThanOrEqual(MARKDOWN_LIMIT)
    const shown = (md.match(/^<details id="c-/gm) ?? []).length
    expect(shown).toBeGreaterThan(0)
    expect(md).toContain(`_${buildView(large, 'nb', 'summary').changes.length - shown} endringer til er utelatt her for å holde kommentaren innenfor GitHubs grense; se report.html._`)
    expect(renderReport(large, 'md', {lang: 'nb'})).toBe(md)
    // The report for IPS ung itself is whole.
    expect(renderReport(report, 'md', {lang: 'nb'})).not.toContain('utelatt')
  })
  it('cuts the least severe findings last, when even the findings alone are too long, and says so', () => {
    const large = structuredClone(report)
    const message = `${'Endringen i § 3-2 første ledd er ikke omtalt i høringsnotatet. '.repeat(6)}`
    large.diff.findings = Array.from({length: 400}, (_, i) => ({
      code: 'unexplained-change', severity: i < 5 ? 'warning' : 'info', changeIds: ['c-001'], message: `${i + 1}. ${message}`, messageEn: `${i + 1}. ${message}`, place: null
    }))
    const md = renderReport(large, 'md', {lang: 'nb'})
    expect(md.length).toBeLessThanOrEqual(MARKDOWN_LIMIT)
    const lines = md.split('\n').filter((l) => l.startsWith('- **Uforklart endring**'))
    expect(lines.length).toBeGreaterThan(5)
    expect(lines.length).toBeLessThan(400)
    expect(lines[0]).toMatch(/^- \*\*Uforklart endring\*\* .*: 1\. Endringen/)
    expect(md).toContain(`_${400 - lines.length} funn til er utelatt her for å holde kommentaren innenfor GitHubs grense; se report.html._`)
    expect(md).toContain(`_${buildView(large, 'nb', 'summary').ranked.length} endringer til er utelatt fra tabellen; se report.html._`)
    // As many as fit: one more finding line would pass the limit.
    expect(md.length + lines[lines.length - 1]!.length + 1).toBeGreaterThan(MARKDOWN_LIMIT)
  })
})
