import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import Handlebars from 'handlebars'
import {describe, expect, it} from 'vitest'
import {renderReport} from '../../src/render/index.js'
import {loadTemplate, PRECOMPILED_FILE, precompiledTemplates, templateOrigins, templatesDir} from '../../src/render/templates.js'
import {ipsUngReport} from '../fixtures/render/ips-ung-report.js'

const FILE = new URL(`../../templates/${PRECOMPILED_FILE}`, import.meta.url)

describe('precompiled templates', () => {
  // The renderer falls back to compiling a template whose source changed, so a stale file only costs
  // time; this keeps the committed file current (UPDATE_TEMPLATES=1 rewrites it).
  it('templates/compiled.cjs is what the .hbs files compile to now', () => {
    const expected = precompiledTemplates()
    if (process.env['UPDATE_TEMPLATES'] === '1' || !existsSync(FILE)) {
      writeFileSync(FILE, expected)
      if (process.env['UPDATE_TEMPLATES'] !== '1') throw new Error(`${PRECOMPILED_FILE} was missing and has been written; rerun`)
    }
    expect(readFileSync(FILE, 'utf8') === expected, `${PRECOMPILED_FILE} is stale: UPDATE_TEMPLATES=1 npx vitest run test/render/templates.test.ts`).toBe(true)
  })

  it('are what the renderer uses', () => {
    renderReport(ipsUngReport(), 'html', {lang: 'nb'})
    renderReport(ipsUngReport(), 'md', {lang: 'nb'})
    expect(templateOrigins).toEqual({
      'html/report.hbs': 'precompiled', 'md/report.md.hbs': 'precompiled',
      ...Object.fromEntries(
        ['finding', 'prevnext', 'change', 'section', 'blocks', 'document', 'rows', 'rownotes', 'words', 'paragraphs', 'consolidated-section'].map((name) => [`html/partials/${name}.hbs`, 'precompiled'])
      ),
      'md/row.md.hbs': 'precompiled', 'md/finding.md.hbs': 'precompiled', 'md/details.md.hbs': 'precompiled', 'md/answer.md.hbs': 'precompiled',
      'md/consolidated.md.hbs': 'precompiled'
    })
  })

  it('give way to the source when it changed since they were made', () => {
    const dir = mkdtempSync(join(tmpdir(), 'regdiff-templates-')) + '/'
    try {
      mkdirSync(dir + 'md')
      copyFileSync(templatesDir() + PRECOMPILED_FILE, dir + PRECOMPILED_FILE)
      writeFileSync(dir + 'md/row.md.hbs', '| {{id}} | changed |\n')
      const stale = loadTemplate(Handlebars.create(), dir, 'md/row.md.hbs')
      expect(stale.origin).toBe('compiled')
      expect(stale.template({id: 'c-001'})).toBe('| c-001 | changed |\n')
      copyFileSync(templatesDir() + 'md/row.md.hbs', dir + 'md/row.md.hbs')
      expect(loadTemplate(Handlebars.create(), dir, 'md/row.md.hbs').origin).toBe('precompiled')
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })
})
