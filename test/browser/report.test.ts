/// <reference lib="dom" />
/**
 * The HTML report in real headless Chromium: accessibility (axe-core, WCAG 2.1 AA), keyboard navigation,
 * no network, hostile text inert, the view choice without JavaScript, and no sideways scrolling on a phone.
 * Screenshots go to tmp/ for a person to look at.
 */
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {createRequire} from 'node:module'
import type {BrowserContext, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {renderReport} from '../../src/render/index.js'
import {hostileReport} from '../fixtures/render/hostile-report.js'
import {ipsUngReport} from '../fixtures/render/ips-ung-report.js'
import {launchChromium} from './chromium.js'
import {fileURLToPath} from 'node:url'
import {runCase} from '../../src/index.js'
import {main} from '../../src/cli/main.js'

const require = createRequire(import.meta.url)
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
// Screenshots for a person to look at go to a temporary folder (REGDIFF_SHOTS to choose one), never into the repository.
const SHOTS = new URL(`file://${process.env['REGDIFF_SHOTS'] ?? mkdtempSync(join(tmpdir(), 'regdiff-shots-'))}/`)

const reportHtml = renderReport(ipsUngReport(), 'html', {lang: 'nb'})
const englishHtml = renderReport(ipsUngReport(), 'html', {lang: 'en'})
const hostileHtml = renderReport(hostileReport(), 'html', {lang: 'nb'})

let browser: BrowserContext
let close: () => Promise<void>

beforeAll(async () => {
  ;({context: browser, close} = await launchChromium())
})
afterAll(async () => {
  await close?.()
})

interface Opened {
  page: Page
  requests: string[]
  dialogs: string[]
  errors: string[]
}

// Every request is counted and refused: a report must not load anything, not even from itself.
async function open(html: string, options: {width?: number; height?: number; javaScriptEnabled?: boolean; bypassCSP?: boolean} = {}): Promise<Opened> {
  const page = await browser.newPage()
  await page.setViewportSize({width: options.width ?? 1280, height: options.height ?? 900})
  const cdp = await browser.newCDPSession(page)
  if (options.javaScriptEnabled === false) await cdp.send('Emulation.setScriptExecutionDisabled', {value: true})
  // Only for injecting axe-core: the report's CSP rightly refuses any script but its own.
  if (options.bypassCSP) await cdp.send('Page.setBypassCSP', {enabled: true})
  const requests: string[] = []
  const dialogs: string[] = []
  const errors: string[] = []
  await page.route('**/*', async (route) => {
    requests.push(route.request().url())
    await route.abort()
  })
  page.on('request', (r) => requests.includes(r.url()) || requests.push(r.url()))
  page.on('dialog', async (d) => {
    dialogs.push(d.message())
    await d.dismiss()
  })
  page.on('pageerror', (e) => errors.push(String(e)))
  await page.setContent(html, {waitUntil: 'load'})
  return {page, requests, dialogs, errors}
}

async function axe(page: Page) {
  await page.addScriptTag({content: AXE})
  return page.evaluate(async () => {
    const w = window as unknown as {axe: {run: (ctx: Document, opts: object) => Promise<{violations: Array<{id: string; impact: string; nodes: Array<{target: string[]}>}>}>}}
    const result = await w.axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)
  })
}

describe('the IPS ung report in Chromium', () => {
  it('has no WCAG 2.1 AA violations (axe-core), in Norwegian and English', async () => {
    // axe itself must see violations where there are some, or a clean result would prove nothing.
    const control = await open('<!DOCTYPE html><html><head><title>x</title></head><body><input type="text"><p style="color:#ccc">grå</p></body></html>', {bypassCSP: true})
    expect((await axe(control.page)).join('\n')).toMatch(/html-has-lang[\s\S]*label|label[\s\S]*html-has-lang/)
    await control.page.close()
    for (const html of [reportHtml, englishHtml]) {
      const {page} = await open(html, {bypassCSP: true})
      // Open every collapsed part so axe checks the text a reader can expand too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')))
      expect(await axe(page)).toEqual([])
      await page.close()
    }
  })

  it('moves between changes with j and k, and with the next/previous links', async () => {
    const {page, errors} = await open(reportHtml)
    const order = await page.evaluate(() => Array.from(document.querySelectorAll('article.change')).map((a) => a.id))
    expect(order.length).toBeGreaterThan(3)
    const at = () => page.evaluate(() => ({hash: location.hash, focused: document.activeElement?.id ?? null}))
    await page.keyboard.press('j')
    expect(await at()).toEqual({hash: `#${order[0]}`, focused: order[0]})
    await page.keyboard.press('j')
    await page.keyboard.press('j')
    expect(await at()).toEqual({hash: `#${order[2]}`, focused: order[2]})
    await page.keyboard.press('k')
    expect(await at()).toEqual({hash: `#${order[1]}`, focused: order[1]})
    const top = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, order[1]!)
    expect(top).toBeGreaterThanOrEqual(0)
    expect(top).toBeLessThan(200)
    // Without the script: the link in the change itself, reached by keyboard.
    await page.focus(`#${order[1]} a[rel="next"]`)
    await page.keyboard.press('Enter')
    await page.waitForFunction((id) => location.hash === `#${id}`, order[2]!)
    expect(errors).toEqual([])
    await page.close()
  })

  it('makes no network request and runs its script under the CSP', async () => {
    const {page, requests, errors} = await open(reportHtml)
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')))
    await page.keyboard.press('j')
    await page.click('a[href="#note-4-3-innhold-3-2-p6"] >> nth=0')
    await page.emulateMedia({media: 'print'})
    expect(requests).toEqual([])
    expect(errors).toEqual([])
    // The script ran (it moved to c-001), so the CSP hash matches it.
    expect(await page.evaluate(() => location.hash)).toBe('#note-4-3-innhold-3-2-p6')
    await page.close()
  })

  it('needs no JavaScript: the summary links to every change, an unchanged section opens from its link', async () => {
    const {page} = await open(reportHtml, {javaScriptEnabled: false})
    const links = await page.evaluate(() => Array.from(document.querySelectorAll('#summary ol.ranked a')).map((a) => a.getAttribute('href')))
    expect(links.length).toBeGreaterThan(3)
    await page.click(`#summary ol.ranked a >> nth=1`)
    await page.waitForFunction((h) => location.hash === h, links[1]!)
    // § 3-4 is unchanged: its text is once, in chapter 3 of the consolidated text, which is open (it has
    // changes); chapter 1 is folded, and its link opens it (fragment navigation unfolds <details>).
    expect(await page.locator('#p-kap3-3-4').count()).toBe(0)
    expect(await page.locator('#k-kap3-3-4').isVisible()).toBe(true)
    expect(await page.locator('#k-kap1-1-2').isVisible()).toBe(false)
    await page.click('p.unchanged a[href="#k-kap1-1-1"]')
    await page.waitForFunction(() => location.hash === '#k-kap1-1-1')
    expect(await page.locator('#k-kap1-1-2').isVisible()).toBe(true)
    await page.close()
  })

  it('fits a 390 px phone without sideways scrolling, and is photographed for review', async () => {
    for (const [name, width] of [['desktop', 1280], ['phone', 390]] as const) {
      const {page} = await open(reportHtml, {width})
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
      await page.screenshot({path: new URL(`report-${name}-top.png`, SHOTS).pathname})
      await page.evaluate(() => document.getElementById('p-kap3-3-2')!.scrollIntoView())
      await page.screenshot({path: new URL(`report-${name}-section.png`, SHOTS).pathname})
      await page.evaluate(() => document.querySelector('article.change')!.scrollIntoView())
      await page.screenshot({path: new URL(`report-${name}-change.png`, SHOTS).pathname})
      if (name === 'desktop') {
        await page.emulateMedia({media: 'print'})
        await page.evaluate(() => document.querySelector('table.sbs ins')!.scrollIntoView())
        await page.screenshot({path: new URL('report-print-change.png', SHOTS).pathname})
        const marker = await page.evaluate(() => getComputedStyle(document.querySelector('table.sbs ins')!, '::before').content)
        expect(marker).toBe('"[+ "')
      }
      await page.close()
    }
  })
})

describe('a report with hostile text', () => {
  it('runs no script, opens no dialog, loads nothing, and still fits a phone', async () => {
    for (const width of [1280, 390]) {
      const {page, requests, dialogs, errors} = await open(hostileHtml, {width})
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')))
      // Hover and click every link a reader could: none may run anything.
      for (const link of await page.locator('a').all()) {
        await link.hover({trial: false, force: true}).catch(() => undefined)
      }
      await page.click('text=Les i notatet >> nth=0')
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as {__pwned?: unknown}).__pwned ?? null,
        scripts: document.scripts.length,
        handlers: document.querySelectorAll('[onerror],[onload],[onmouseover],[onclick]').length,
        jsLinks: document.querySelectorAll('[href^="javascript:" i],[src^="javascript:" i]').length,
        tags: document.querySelectorAll('img,svg,iframe,object,embed').length,
        scrollWidth: document.documentElement.scrollWidth,
        target: location.hash
      }))
      expect(state).toEqual({pwned: null, scripts: 1, handlers: 0, jsLinks: 0, tags: 0, scrollWidth: state.scrollWidth, target: state.target})
      expect(state.scrollWidth).toBeLessThanOrEqual(width)
      // The reason's hostile anchor still lands on the paragraph it names.
      expect(await page.evaluate(() => document.querySelector(':target')?.tagName ?? null)).toBe('P')
      expect(dialogs).toEqual([])
      expect(requests).toEqual([])
      expect(errors).toEqual([])
      await page.close()
    }
  })
})

/** The reports of a real case, generated by the CLI into a temporary folder (nothing is written into the repository). */
async function generate(name: string): Promise<{html: string; folder: string}> {
  const out = mkdtempSync(join(tmpdir(), `regdiff-browser-${name}-`))
  const stdout = {write: () => true}
  const stderr = {write: () => true, isTTY: false}
  const code = await main({argv: ['report', `regulations/${name}`, '--out', out, '--format', 'html'], cwd: fileURLToPath(new URL('../../', import.meta.url)), stdout, stderr, env: {}} as never)
  expect(code).toBeLessThan(2)
  return {html: readFileSync(join(out, name, 'report.html'), 'utf8'), folder: join(out, name)}
}

/** Pages of the print PDF (A4 landscape, as the page's @page rule asks), counted by pdfjs. */
async function printPages(page: Page, file: string): Promise<number> {
  await page.pdf({path: file, preferCSSPageSize: true, printBackground: true})
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const pdf = await pdfjs.getDocument({data: new Uint8Array(readFileSync(file))}).promise
  const first = await pdf.getPage(1)
  const [, , w, h] = first.view
  expect(w! > h!, 'landscape').toBe(true)
  return pdf.numPages
}

describe.each(['ips-ung', 'tiltak-2025'])('the real %s report in Chromium (issue 16 measures)', (name) => {
  let html = ''
  let changeIds: string[] = []
  beforeAll(async () => {
    ;({html} = await generate(name))
    const result = await runCase(fileURLToPath(new URL(`../../regulations/${name}`, import.meta.url)), {formats: [], lang: 'nb'})
    changeIds = result.report!.diff.changes.map((c) => c.id)
  })

  it('is axe-clean, loads nothing, and every change has a data-change-id; the consolidated text keeps its id', async () => {
    const {page, requests, errors} = await open(html, {bypassCSP: true})
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')))
    expect(await axe(page)).toEqual([])
    const ids = await page.evaluate(() => Array.from(document.querySelectorAll('[data-change-id]')).map((e) => e.getAttribute('data-change-id')))
    expect([...ids].sort()).toEqual([...changeIds].sort())
    expect(await page.locator('#consolidated').count()).toBe(1)
    expect(requests).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  })

  it('on a 390 px phone: no sideways scrolling, the first change card within three screens', async () => {
    const {page} = await open(html, {width: 390, height: 844})
    const m = await page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      firstCard: document.querySelector('article.change')!.getBoundingClientRect().top + scrollY
    }))
    expect(m.width).toBeLessThanOrEqual(390)
    expect(m.firstCard).toBeLessThanOrEqual(3 * 844)
    await page.screenshot({path: new URL(`${name}-phone-top.png`, SHOTS).pathname})
    await page.evaluate(() => document.querySelector('article.change')!.scrollIntoView())
    await page.screenshot({path: new URL(`${name}-phone-change.png`, SHOTS).pathname})
    await page.close()
  })

  it('on a 1280 px desktop: everything above the consolidated text within 12,000 px', async () => {
    const {page} = await open(html, {width: 1280})
    const above = await page.evaluate(() => document.getElementById('consolidated')!.getBoundingClientRect().top + scrollY)
    expect(above).toBeLessThanOrEqual(12_000)
    await page.screenshot({path: new URL(`${name}-desktop-top.png`, SHOTS).pathname})
    await page.evaluate(() => document.querySelector('section.par table.sbs')!.scrollIntoView())
    await page.screenshot({path: new URL(`${name}-desktop-section.png`, SHOTS).pathname})
    await page.close()
  })

  it('in print: landscape A4, side by side with change bars, links written out, at most 20 pages', async () => {
    const {page} = await open(html, {width: 1123})
    await page.emulateMedia({media: 'print'})
    const layout = await page.evaluate(() => {
      const row = document.querySelector('table.sbs tr.changed')!
      const [a, b] = Array.from(row.querySelectorAll('td'))
      return {
        // Two columns across the page: each cell over a third of the table's width, next to each other.
        sideBySide:
          a!.getBoundingClientRect().top === b!.getBoundingClientRect().top &&
          a!.getBoundingClientRect().right <= b!.getBoundingClientRect().left + 1 &&
          Math.min(a!.getBoundingClientRect().width, b!.getBoundingClientRect().width) > row.closest('table')!.getBoundingClientRect().width / 3,
        bar: getComputedStyle(a!).borderLeftWidth,
        written: getComputedStyle(document.querySelector('.downloads a')!, '::after').content
      }
    })
    expect(layout.sideBySide).toBe(true)
    expect(parseFloat(layout.bar)).toBeGreaterThanOrEqual(3)
    expect(layout.written).toBe('" (report.docx)"')
    const pages = await printPages(page, new URL(`${name}-print.pdf`, SHOTS).pathname)
    expect(pages).toBeLessThanOrEqual(20)
    await page.close()
  })
})
