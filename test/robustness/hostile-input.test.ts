/**
 * Hostile input (issue 7): script, event-handler and `javascript:` payloads in every field that reaches a
 * report — section titles, provision text, lists, the note, background documents, case.yaml metadata and
 * front matter — must come out inert. The HTML report is opened in headless Chromium: no script from the
 * input runs, no dialog opens, no request leaves the page. The Markdown report must carry no raw HTML and
 * no `javascript:` link (GitHub would show it in a pull-request comment).
 */
import {cp, mkdir, readFile, writeFile} from 'node:fs/promises'
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser} from 'playwright-core'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import {visit} from 'unist-util-visit'
import type {Root} from 'mdast'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {removeDir, run, tempDir} from '../cli/helpers.js'

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'bad')
const CHROMIUM = '/usr/bin/chromium'

/** Each payload sets `window.__pwned` (and tries a dialog and a request) if it ever runs. */
const PAYLOADS = [
  '<script>window.__pwned="script";alert(1)</script>',
  '<img src="https://evil.invalid/img.png" onerror="window.__pwned=\'img\'">',
  '<svg onload="window.__pwned=\'svg\'"></svg>',
  '"><script>window.__pwned="attr-break"</script>',
  "' onmouseover='window.__pwned=\"single-quote\"' x='",
  '" onfocus="window.__pwned=\'dq\'" autofocus="',
  '[klikk her](javascript:window.__pwned="md-link")',
  '<a href="javascript:window.__pwned=\'a-href\'">lenke</a>',
  '<iframe src="https://evil.invalid/frame"></iframe>',
  '<link rel="stylesheet" href="https://evil.invalid/x.css">',
  '</style><script>window.__pwned="style-break"</script>',
  '</textarea></title></noscript><script>window.__pwned="close-tags"</script>',
  '{{constructor.constructor("window.__pwned=\'hbs\'")()}}',
  '![bilde](https://evil.invalid/md.png)',
  '<object data="javascript:window.__pwned=\'object\'"></object>',
  '<meta http-equiv="refresh" content="0;url=https://evil.invalid/refresh">',
  '<style>body{background:url(https://evil.invalid/bg.png)}</style>',
  '<form action="https://evil.invalid/post"><button formaction="javascript:window.__pwned=\'form\'">x</button></form>'
]
const ALL = PAYLOADS.join(' ')

let root: string
let caseDir: string
let browser: Browser | null = null

beforeAll(async () => {
  root = await tempDir('regdiff-hostile-')
  caseDir = join(root, 'regulations', 'hostile')
  await cp(join(FIXTURES, '_base'), caseDir, {recursive: true})
  const current = await readFile(join(caseDir, 'current.md'), 'utf8')
  const proposed = await readFile(join(caseDir, 'proposed.md'), 'utf8')
  const note = await readFile(join(caseDir, 'note.md'), 'utf8')
  // Titles, ledd text and list items on both sides, so payloads reach added, removed and changed text.
  await writeFile(
    join(caseDir, 'current.md'),
    current
      .replace('tittel: "Forskrift om', `tittel: "${PAYLOADS[0]!.replace(/"/g, "'")} Forskrift om`)
      .replace('#### § 3-5. Varighet', `#### § 3-5. Varighet ${PAYLOADS[1]}`)
      .replace('a. regelmessig og tilpasset', `a. ${PAYLOADS[2]} regelmessig og tilpasset`)
  )
  await writeFile(
    join(caseDir, 'proposed.md'),
    proposed
      .replace('§ 3-1. Personkrets', `§ 3-1. Personkrets ${PAYLOADS[3]}`)
      .replace('Tiltaket kan gis fra det året personen fyller 16 år.', `Tiltaket kan gis fra det året personen fyller 16 år. ${ALL}`)
      .replace('§ 3-5. Varighet', `§ 3-5. Varighet ${PAYLOADS[12]}`)
      .replace('§ 3-6 oppheves.', `§ 3-6 oppheves.\n\n§ 3-7. Ny ${PAYLOADS[7]}\n\nNy tekst ${ALL}\n`)
  )
  await writeFile(
    join(caseDir, 'note.md'),
    note.replace('### 4.3. Forsøket', `### 4.3. ${PAYLOADS[0]} Forsøket`).replace('#### Personkrets – § 3-1', `#### Personkrets – § 3-1 ${PAYLOADS[4]}`) +
      `\nSe § 3-1 og § 3-7. ${ALL}[^x]\n\n[^x]: Fotnote ${ALL}\n`
  )
  await mkdir(join(caseDir, 'background'))
  await writeFile(join(caseDir, 'background', 'brev.md'), `# Brev ${PAYLOADS[1]}\n\n## 1. Innledning ${PAYLOADS[5]}\n\nTekst om § 3-1. ${ALL}\n`)
  const yamlText = (await readFile(join(caseDir, 'case.yaml'), 'utf8'))
    .replace(/^title: .*$/m, `title: ${JSON.stringify('Forslag ' + ALL)}`)
    .replace('shortTitle: egenregiforskriften', `shortTitle: ${JSON.stringify(PAYLOADS[3])}`)
    .replace('ministry: Arbeids- og inkluderingsdepartementet', `ministry: ${JSON.stringify(PAYLOADS[7])}`)
    .replace(/source: "Utdrag av høringsnotatet punkt 6, mai 2026."/, `source: ${JSON.stringify(ALL)}\n    title: ${JSON.stringify(PAYLOADS[6])}\n    remarks: [${JSON.stringify(ALL)}]`)
  await writeFile(
    join(caseDir, 'case.yaml'),
    yamlText + `  - role: background\n    path: background/brev.md\n    status: unknown\n    source: ${JSON.stringify(ALL)}\n`
  )
  if (existsSync(CHROMIUM)) {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
    })
  }
})

afterAll(async () => {
  await browser?.close()
  await removeDir(root)
})

describe('hostile input', () => {
  it('produces a report (the payloads are text, not errors)', async () => {
    const result = await run(root, ['report', 'regulations/hostile', '--out', 'reports'])
    expect(result.stderr).not.toMatch(/internal error/)
    expect(result.code, result.stderr).toBeLessThan(2)
    const json = await readFile(join(root, 'reports', 'hostile', 'report.json'), 'utf8')
    // The payloads reach the report model (else this test would prove nothing).
    for (const payload of PAYLOADS) expect(json).toContain(JSON.stringify(payload).slice(1, -1))
  })

  it('the HTML report runs no input script and makes no request in Chromium', async () => {
    expect(browser, `Chromium is needed at ${CHROMIUM} (.ci/run installs it)`).not.toBeNull()
    const file = join(root, 'reports', 'hostile', 'report.html')
    const html = await readFile(file, 'utf8')
    expect(html).toContain('__pwned')
    const page = await browser!.newPage()
    const requests: string[] = []
    const dialogs: string[] = []
    const url = pathToFileURL(file).href
    await page.route('**/*', (route) => {
      const target = route.request().url()
      if (target !== url) requests.push(target)
      return target === url ? route.continue() : route.abort()
    })
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await page.goto(url, {waitUntil: 'load'})
    // Fire the events an inline handler would wait for, on every element; follow no link.
    await page.evaluate(() => {
      for (const element of Array.from(document.querySelectorAll('*'))) {
        for (const type of ['mouseover', 'focus', 'mouseenter', 'load', 'error']) element.dispatchEvent(new Event(type))
      }
    })
    await page.waitForTimeout(200)
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as {__pwned?: unknown}).__pwned ?? null,
      handlers: Array.from(document.querySelectorAll('*')).flatMap((el) =>
        Array.from(el.attributes)
          .filter((attr) => /^on/i.test(attr.name) || /^\s*javascript:/i.test(attr.value))
          .map((attr) => `${el.tagName.toLowerCase()} ${attr.name}=${attr.value}`)
      ),
      injected: Array.from(document.querySelectorAll('iframe, object, embed, img[src^="http"], link[href^="http"], script[src]')).map(
        (el) => el.outerHTML
      )
    }))
    await page.close()
    expect(state.pwned).toBeNull()
    expect(dialogs).toEqual([])
    expect(requests).toEqual([])
    expect(state.handlers).toEqual([])
    expect(state.injected).toEqual([])
  })

  it('the Markdown report carries no raw HTML and no javascript: link from the input', async () => {
    const md = await readFile(join(root, 'reports', 'hostile', 'report.md'), 'utf8')
    const tree = unified().use(remarkParse).use(remarkGfm).parse(md) as Root
    const raw: string[] = []
    const links: string[] = []
    const images: string[] = []
    visit(tree, (node) => {
      if (node.type === 'html' && /__pwned|evil\.invalid|<script|on\w+=/i.test(node.value)) raw.push(node.value)
      if ((node.type === 'link' || node.type === 'definition') && /^\s*javascript:/i.test(node.url)) links.push(node.url)
      // An image would be fetched by whoever views the comment; a plain URL in the text may become a
      // link (GitHub autolinks it anyway), which fetches nothing until clicked.
      if (node.type === 'image' || node.type === 'imageReference') images.push(JSON.stringify(node))
    })
    expect(raw).toEqual([])
    expect(links).toEqual([])
    expect(images).toEqual([])
    // The payload text is still there for the reader, escaped.
    expect(md).toContain('constructor.constructor')
  })
})
