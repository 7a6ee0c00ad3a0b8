/**
 * Launch Debian's Chromium for the browser tests. No skipping: when the browser is missing the tests fail
 * with a message that says how to install it (CI's `.ci/run` does).
 */
import {existsSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {chromium, type Browser} from 'playwright-core'

export const CHROMIUM = '/usr/bin/chromium'

export async function launchChromium(): Promise<{browser: Browser; close: () => Promise<void>}> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}; install Debian's chromium (apt-get install chromium) to run the browser tests`)
  }
  const profile = mkdtempSync(join(tmpdir(), 'regdiff-chromium-'))
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
      '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`
    ]
  })
  return {
    browser,
    close: async () => {
      await browser.close()
      rmSync(profile, {recursive: true, force: true})
    }
  }
}
