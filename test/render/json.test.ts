import {describe, expect, it} from 'vitest'
import {renderReport} from '../../src/render/index.js'
import {reportToJson, type ProvisionOutline} from '../../src/render/json.js'
import type {Provision} from '../../src/types.js'
import {hostileReport} from '../fixtures/render/hostile-report.js'
import {ipsUngReport} from '../fixtures/render/ips-ung-report.js'

// Every outline node, depth first, as "kind id" lines; and the same from a full tree, cut at sections.
function outlineIds(nodes: ProvisionOutline[]): string[] {
  return nodes.flatMap((n) => [`${n.kind} ${n.id}`, ...outlineIds(n.children ?? [])])
}
function treeIds(nodes: Provision[]): string[] {
  return nodes
    .filter((n) => n.kind === 'part' || n.kind === 'chapter' || n.kind === 'section')
    .flatMap((n) => [`${n.kind} ${n.id}`, ...(n.kind === 'section' ? [] : treeIds(n.children))])
}

const BASE_KEYS = ['kind', 'id', 'label', 'citation', 'title', 'position', 'repealed', 'notes']

describe('report.json carries the provision trees as outlines', () => {
  for (const [name, report] of [['IPS ung', ipsUngReport()], ['hostile', hostileReport()]] as const) {
    it(`keeps every part, chapter and section of the three trees, and no wording (${name})`, () => {
      const json = JSON.parse(renderReport(report, 'json', {lang: 'nb'}))
      for (const side of ['current', 'proposed', 'consolidated'] as const) {
        const outline = json.regulation[side]
        const tree = report.regulation[side]
        expect(Object.keys(outline)).toEqual(['path', 'frontmatter', 'title', 'repeals', 'children'])
        expect(outline.repeals).toEqual(tree.repeals)
        expect(outlineIds(outline.children)).toEqual(treeIds(tree.children))
        expect(outlineIds(outline.children).filter((l) => l.startsWith('section ')).length).toBeGreaterThan(0)
        // No wording anywhere: only these keys (amendment notes keep their own short text).
        const visit = (nodes: ProvisionOutline[]) => {
          for (const n of nodes) {
            expect(Object.keys(n)).toEqual([...BASE_KEYS, ...(n.kind === 'section' ? [] : ['children'])])
            visit(n.children ?? [])
          }
        }
        visit(outline.children)
      }
    })
  }

  it('keeps what places a section: citation, title, position, repeal state and notes', () => {
    const report = ipsUngReport()
    const section = report.regulation.current.children.flatMap((c) => c.children).find((s) => s.label === '3-6')!
    const outline = reportToJson(report).regulation.current.children.flatMap((c) => c.children ?? []).find((s) => s.id === section.id)!
    expect(outline).toEqual({
      kind: 'section', id: section.id, label: '3-6', citation: '§ 3-6', title: section.title, position: section.position,
      repealed: section.repealed, notes: section.notes
    })
  })

  it('leaves the in-memory report whole (the HTML needs the trees)', () => {
    const report = ipsUngReport()
    const before = JSON.stringify(report)
    reportToJson(report)
    renderReport(report, 'json', {lang: 'nb'})
    expect(JSON.stringify(report)).toBe(before)
  })
})
