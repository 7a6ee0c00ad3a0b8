/**
 * The change list at the top of a report gives one line per distinct headline: the real bulk renames of
 * endringslov 22. desember 2025 nr. 129 (regulations/dagligvare-tilsyn: «Dagligvaretilsynet» becomes
 * «Konkurransetilsynet» in a dozen provisions) are one line with every place linked, not a dozen look-alike lines.
 */
import {describe, expect, it} from 'vitest'
import {runCase} from '../../src/index.js'
import {buildView} from '../../src/render/view.js'

describe('the ranked change list', async () => {
  const result = await runCase('regulations/dagligvare-tilsyn', {formats: ['html', 'md'], lang: 'nb'})
  const report = result.report!
  const view = buildView(report, 'nb', 'summary')
  const rename = 'Aktør byttet: «Dagligvaretilsynet» blir «Konkurransetilsynet»'

  it('has one line per headline, and every card is reached from the list', () => {
    const headlines = view.ranked.map((r) => r.headline)
    expect(new Set(headlines).size).toBe(headlines.length)
    const listed = view.ranked.flatMap((r) => [r.id, ...r.more.map((m) => m.id)]).sort()
    expect(listed).toEqual(view.changes.map((c) => c.id).sort())
  })

  it('gathers the bulk rename into one line with each provision it touches', () => {
    const line = view.ranked.find((r) => r.headline === rename)
    expect(line).toBeDefined()
    const places = [line!.citation, ...line!.more.map((m) => m.citation)]
    expect(places.length).toBeGreaterThanOrEqual(10)
    expect(places).toContain('§ 12 første ledd første punktum')
    expect(places).toContain('§ 21 annet ledd første punktum')
  })

  it('prints that line once in Markdown and links every place in HTML', () => {
    const md = result.outputs['report.md']!
    expect(md.split('\n').filter((l) => l.startsWith(`1. **${rename}**`)).length).toBe(1)
    const html = result.outputs['report.html']!
    const li = html.split('\n').find((l) => l.includes('Dagligvaretilsynet» blir «Konkurransetilsynet') && l.startsWith('<li>'))!
    const line = view.ranked.find((r) => r.headline === rename)!
    for (const id of [line.id, ...line.more.map((m) => m.id)]) expect(li).toContain(`href="#${id}"`)
  })
})
