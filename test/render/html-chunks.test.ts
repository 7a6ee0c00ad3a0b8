import {describe, expect, it} from 'vitest'
import {renderReportChunks} from '../../src/render/index.js'
import {BLOCK_MARK, htmlTemplate} from '../../src/render/templates.js'
import {buildView} from '../../src/render/view.js'
import type {Report} from '../../src/types.js'
import {hostileReport} from '../fixtures/render/hostile-report.js'
import {ipsUngReport} from '../fixtures/render/ips-ung-report.js'

// The page as the template prints it in one call, every block in place (no streaming involved).
function wholePage(report: Report, lang: 'nb' | 'en'): string {
  const assets = htmlTemplate()
  return assets.template({...buildView(report, lang), css: assets.css, script: assets.script, scriptHash: assets.scriptHash})
}

describe('the HTML page in pieces', () => {
  for (const [name, report] of [['IPS ung', ipsUngReport()], ['hostile', hostileReport()]] as const) {
    it(`joins to the page printed in one call, one piece per section or block (${name})`, () => {
      for (const lang of ['nb', 'en'] as const) {
        const pieces = [...renderReportChunks(report, 'html', {lang})]
        expect(pieces.join('') === wholePage(report, lang)).toBe(true)
        expect(pieces.length).toBeGreaterThan(report.diff.sections.length)
      }
    })
  }

  it('is printed in one piece when the text itself holds the mark (a NUL from case.yaml)', () => {
    const report = ipsUngReport()
    const marked = {...report, case: {...report.case, title: `A ${BLOCK_MARK} title`}}
    const pieces = [...renderReportChunks(marked, 'html', {lang: 'nb'})]
    expect(pieces).toHaveLength(1)
    expect(pieces[0] === wholePage(marked, 'nb')).toBe(true)
    expect(pieces[0]).toContain(`A ${BLOCK_MARK} title`)
  })
})
