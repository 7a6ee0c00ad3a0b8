/**
 * Launch Debian's Chromium for the browser tests. No skipping: when the browser is missing the tests fail
 * with a message that says how to install it (CI's `.ci/run` does).
 */
import {existsSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {chromium, type BrowserContext} from 'playwright-core'

export const CHROMIUM = '/usr/bin/chromium'

/** A fresh profile every time (`--user-data-dir` in a new temporary folder, which Playwright takes as `userDataDir`). */
export async function launchChromium(): Promise<{context: BrowserContext; close: () => Promise<void>}> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}; install Debian's chromium (apt-get install chromium) to run the browser tests`)
  }
  const profile = mkdtempSync(join(tmpdir(), 'regdiff-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: {width: 1280, height: 900},
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync']
  })
  return {
    context,
    close: async () => {
      await context.close()
      rmSync(profile, {recursive: true, force: true})
    }
  }
}
