/// <reference lib="dom" />
/**
 * The HTML report in real headless Chromium: accessibility (axe-core, WCAG 2.1 AA), keyboard navigation,
 * no network, hostile text inert, the view choice without JavaScript, and no sideways scrolling on a phone.
 * Screenshots go to tmp/ for a person to look at.
 */
import {mkdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import type {BrowserContext, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {renderReport} from '../../src/render/index.js'
import {hostileReport} from '../fixtures/render/hostile-report.js'
import {ipsUngReport} from '../fixtures/render/ips-ung-report.js'
import {launchChromium} from './chromium.js'
import {fileURLToPath} from 'node:url'
import {runCase} from '../../src/index.js'

const require = createRequire(import.meta.url)
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const SHOTS = new URL('../../tmp/', import.meta.url)

const reportHtml = renderReport(ipsUngReport(), 'html', {lang: 'nb'})
const englishHtml = renderReport(ipsUngReport(), 'html', {lang: 'en'})
const hostileHtml = renderReport(hostileReport(), 'html', {lang: 'nb'})

let browser: BrowserContext
let close: () => Promise<void>
let realHtml = ''

beforeAll(async () => {
  const result = await runCase(fileURLToPath(new URL('../../regulations/ips-ung', import.meta.url)), {formats: ['html'], lang: 'nb'})
  realHtml = result.outputs['report.html'] ?? ''
  ;({context: browser, close} = await launchChromium())
  mkdirSync(SHOTS, {recursive: true})
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
async function open(html: string, options: {width?: number; javaScriptEnabled?: boolean; bypassCSP?: boolean} = {}): Promise<Opened> {
  const page = await browser.newPage()
  await page.setViewportSize({width: options.width ?? 1280, height: 900})
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
  it('has no WCAG 2.1 AA violations (axe-core), in either view, in Norwegian and English', async () => {
    // axe itself must see violations where there are some, or a clean result would prove nothing.
    const control = await open('<!DOCTYPE html><html><head><title>x</title></head><body><input type="text"><p style="color:#ccc">grå</p></body></html>', {bypassCSP: true})
    expect((await axe(control.page)).join('\n')).toMatch(/html-has-lang[\s\S]*label|label[\s\S]*html-has-lang/)
    await control.page.close()
    for (const html of [reportHtml, englishHtml]) {
      const {page} = await open(html, {bypassCSP: true})
      // Open every collapsed part so axe checks the text a reader can expand too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')))
      expect(await axe(page)).toEqual([])
      await page.click('label[for="view-inline"]')
      expect(await axe(page)).toEqual([])
      await page.close()
    }
  })

  it('moves between changes with j and k, and with the next/previous links', async () => {
    const {page, errors} = await open(reportHtml)
    const at = () => page.evaluate(() => ({hash: location.hash, focused: document.activeElement?.id ?? null}))
    await page.keyboard.press('j')
    expect(await at()).toEqual({hash: '#c-001', focused: 'c-001'})
    await page.keyboard.press('j')
    await page.keyboard.press('j')
    expect(await at()).toEqual({hash: '#c-003', focused: 'c-003'})
    await page.keyboard.press('k')
    expect(await at()).toEqual({hash: '#c-002', focused: 'c-002'})
    const top = await page.evaluate(() => document.getElementById('c-002')!.getBoundingClientRect().top)
    expect(top).toBeGreaterThanOrEqual(0)
    expect(top).toBeLessThan(200)
    // Without the script: the link in the change itself, reached by keyboard.
    await page.focus('#c-002 a[rel="next"]')
    await page.keyboard.press('Enter')
    expect((await at()).hash).toBe('#c-003')
    // Typing in a form control is never taken over.
    await page.focus('#view-inline')
    await page.keyboard.press('j')
    expect((await at()).hash).toBe('#c-003')
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

  it('switches between side-by-side and inline without JavaScript', async () => {
    const {page} = await open(reportHtml, {javaScriptEnabled: false})
    const visible = (selector: string) => page.locator(selector).first().isVisible()
    expect(await visible('#p-kap3-3-2 .view-sbs')).toBe(true)
    expect(await visible('#p-kap3-3-2 .view-inline')).toBe(false)
    await page.click('label[for="view-inline"]')
    expect(await visible('#p-kap3-3-2 .view-sbs')).toBe(false)
    expect(await visible('#p-kap3-3-2 .view-inline')).toBe(true)
    // Unchanged sections are collapsed but reachable.
    expect(await visible('#p-kap3-3-4')).toBe(false)
    await page.click('details.group:has(#p-kap3-3-4) > summary')
    expect(await visible('#p-kap3-3-4')).toBe(true)
    await page.close()
  })

  it('fits a 390 px phone without sideways scrolling, and is photographed for review', async () => {
    for (const [name, width] of [['desktop', 1280], ['phone', 390]] as const) {
      const {page} = await open(reportHtml, {width})
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
      await page.screenshot({path: new URL(`report-${name}-top.png`, SHOTS).pathname})
      await page.evaluate(() => document.getElementById('p-kap3-3-2')!.scrollIntoView())
      await page.screenshot({path: new URL(`report-${name}-section.png`, SHOTS).pathname})
      await page.evaluate(() => document.getElementById('c-004')!.scrollIntoView())
      await page.screenshot({path: new URL(`report-${name}-change.png`, SHOTS).pathname})
      if (name === 'desktop') {
        await page.emulateMedia({media: 'print'})
        await page.evaluate(() => document.getElementById('c-004')!.scrollIntoView())
        await page.screenshot({path: new URL('report-print-change.png', SHOTS).pathname})
        const marker = await page.evaluate(() => getComputedStyle(document.querySelector('#c-004 ins')!, '::before').content)
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

describe('the real IPS ung report (runCase) in Chromium', () => {
  it('has no WCAG 2.1 AA violations, loads nothing, fits 390 px, and is photographed for review', async () => {
    expect(realHtml.length).toBeGreaterThan(10_000)
    const {page, requests, errors} = await open(realHtml, {bypassCSP: true})
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')))
    expect(await axe(page)).toEqual([])
    await page.close()
    for (const [name, width] of [['desktop', 1280], ['phone', 390]] as const) {
      const view = await open(realHtml, {width})
      expect(await view.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
      await view.page.screenshot({path: new URL(`ips-ung-${name}-top.png`, SHOTS).pathname})
      // The first change with a duty effect: the change, its effect and the ministry's reason together.
      await view.page.keyboard.press('j')
      await view.page.evaluate(() => document.querySelector('article.change:has(.effect)')!.scrollIntoView())
      await view.page.screenshot({path: new URL(`ips-ung-${name}-change.png`, SHOTS).pathname})
      await view.page.emulateMedia({media: 'print'})
      await view.page.screenshot({path: new URL(`ips-ung-${name}-print.png`, SHOTS).pathname})
      expect(view.requests).toEqual([])
      expect(view.errors).toEqual([])
      await view.page.close()
    }
    expect(requests).toEqual([])
    expect(errors).toEqual([])
  })
})
