/**
 * `regdiff init`: refuse to replace a case without --force, build the case in memory (src/import/), then
 * write every file or none (the same staging as reports).
 */
import {readdir} from 'node:fs/promises'
import {join, resolve} from 'node:path'
import {VFileMessage} from 'vfile-message'
import {commitStaging, discardStaging, openStaging, stageFile, type Staging} from './atomic.js'
import {display, EXIT_INPUT, EXIT_OK, printMessages, type Context} from './main.js'

export interface InitSettings {
  current: string
  note: string | null
  proposed: string | null
  background: string[]
  force: boolean
}

const CASE_FILES = ['current.md', 'proposed.md', 'note.md', 'case.yaml']

export async function runInit(ctx: Context, dir: string, settings: InitSettings): Promise<number> {
  const shownDir = display(ctx.io.cwd, dir)
  const existing = (await readdir(dir).catch(() => [] as string[])).filter((name) => CASE_FILES.includes(name))
  if (existing.length > 0 && !settings.force) {
    printMessages(ctx, [fatal(`${shownDir} already holds a case (${existing.join(', ')}); nothing was written. Use --force to replace it`, dir, 'init-exists')])
    return EXIT_INPUT
  }
  const input = (given: string): {shown: string; path: string} => ({shown: given, path: resolve(ctx.io.cwd, given)})
  const {buildCase} = await import('../import/index.js')
  let result
  try {
    result = await buildCase({
      current: input(settings.current),
      proposed: settings.proposed ? input(settings.proposed) : null,
      note: settings.note ? input(settings.note) : null,
      background: settings.background.map(input)
    })
  } catch (error) {
    if (error instanceof VFileMessage && error.fatal) {
      printMessages(ctx, [error])
      return EXIT_INPUT
    }
    throw error
  }
  printMessages(ctx, result.messages)
  try {
    await writeAll(dir, result.files)
  } catch (error) {
    printMessages(ctx, [fatal(`cannot write the case: ${error instanceof Error ? error.message : String(error)}; nothing was replaced`, dir, 'write-failed')])
    return EXIT_INPUT
  }
  ctx.io.stderr.write(`regdiff init: wrote ${Object.keys(result.files).sort().map((name) => `${shownDir}/${name}`).join(', ')}\n`)
  return EXIT_OK
}

/** Stage every file (the case folder and background/) before renaming any, so an error leaves nothing behind. */
async function writeAll(dir: string, files: Record<string, string>): Promise<void> {
  const stagings = new Map<string, Staging>()
  try {
    for (const name of Object.keys(files).sort()) {
      const slash = name.lastIndexOf('/')
      const folder = slash === -1 ? dir : join(dir, name.slice(0, slash))
      const staging = stagings.get(folder) ?? (await openStaging(folder))
      stagings.set(folder, staging)
      stageFile(staging, name.slice(slash + 1), files[name]!)
    }
  } catch (error) {
    for (const staging of stagings.values()) await discardStaging(staging)
    throw error
  }
  for (const staging of stagings.values()) await commitStaging(staging)
}

function fatal(reason: string, file: string, ruleId: string): VFileMessage {
  const message = new VFileMessage(reason, {ruleId, source: 'regdiff'})
  message.fatal = true
  message.file = file
  return message
}
