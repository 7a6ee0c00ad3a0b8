import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {runCase} from '../../src/index.js'
import {htmlTemplate} from '../../src/render/templates.js'
import {buildView, type ReportView} from '../../src/render/view.js'

// The consolidated text reuses the paragraphs of sections already printed as they stand (the same node,
// or its twin with the same source); it must read exactly as when each section is printed afresh.
describe('consolidated paragraphs kept from the unchanged sections', () => {
  const page = (v: ReportView): string => htmlTemplate().template({...v, css: '', script: '', scriptHash: ''})
  const consolidatedPart = (html: string): string => {
    const at = html.indexOf('<div class="consolidated"')
    return html.slice(at, html.indexOf('<h2', at))
  }
  // Without the section-by-section part nothing is printed before the consolidated text: nothing reused.
  const fresh = (v: ReportView): string => consolidatedPart(page({...v, entries: []}))

  it('print the same consolidated text as the uncached path (same nodes: partial proposal)', async () => {
    const {report} = await runCase(fileURLToPath(new URL('../../regulations/ips-ung', import.meta.url)), {formats: [], lang: 'nb'})
    const view = buildView(report!, 'nb')
    const plain = new Set(view.entries.flatMap((e) => e.group?.sections ?? []).map((s) => s.section))
    expect(view.consolidated.filter((e) => e.section && plain.has(e.section.node)).length).toBeGreaterThan(5)
    expect(consolidatedPart(page(view))).toBe(fresh(view))
  })

  it('print the same consolidated text as the uncached path (twins: complete proposal)', async () => {
    const {report} = await runCase(fileURLToPath(new URL('../../regulations/ips-ung', import.meta.url)), {formats: [], lang: 'nb'})
    const view = buildView(report!, 'nb')
    // As in a complete proposal: the consolidated text prints copies of the sections shown as they stand.
    const twins = new Map(view.entries.flatMap((e) => e.group?.sections ?? []).flatMap((s) => (s.section ? [[s.section, s]] : [])))
    const consolidated = view.consolidated.map((e) => {
      const s = e.section && twins.get(e.section.node)
      if (!e.section || !s) return e
      s.twin = structuredClone(e.section.node)
      return {...e, section: {...e.section, node: s.twin}}
    })
    const twinned = {...view, consolidated}
    expect(consolidated.filter((e) => e.section && twins.has(e.section.node)).length).toBe(0)
    expect(consolidatedPart(page(twinned))).toBe(fresh(twinned))
  })
})
