/**
 * `regdiff report --watch <case>…`: one process that regenerates a case when one of its files is saved, so
 * a policy officer editing the proposal sees the report follow. The process keeps what the cases share
 * (RunContext: stemmer, parsed chunks, a note whose text did not change), so a regeneration costs a warm
 * run, not a fresh start. Writing stays atomic (the caller's regenerate writes as `report` does).
 */
import {watch, type FSWatcher} from 'node:fs'
import {isAbsolute, join, relative} from 'node:path'

export interface WatchedCase {
  dir: string
  id: string
}

export interface WatchOptions {
  /** Regenerate one case; resolves to what happened, e.g. `written (reports/ips-ung)`. */
  regenerate: (target: WatchedCase) => Promise<string>
  /** Print a line for the user (the CLI's stderr). */
  say: (line: string) => void
  /** Changes below this folder (the reports) never start a run, so writing them cannot loop. */
  ignore: string
  /** Stops watching; the returned promise resolves once a regeneration under way has finished. */
  signal: AbortSignal
  /**
   * Quiet time after the last change before a case is regenerated: an editor's save is often several
   * events (truncate, write, rename of a temporary file), and one regeneration should follow, not three.
   */
  debounceMs?: number
}

const DEBOUNCE_MS = 40

/** Files editors write beside the one being saved (swap, backup, lock files), and hidden files. */
function isEditorNoise(name: string): boolean {
  const base = name.split(/[\\/]/).pop() ?? name
  return base.startsWith('.') || base.startsWith('#') || base.endsWith('~') || /\.(swp|swx|tmp)$/i.test(base) || /^\d+$/.test(base)
}

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

/** Watch every case until `signal` aborts; regenerations run one at a time, in the order cases were saved. */
export function watchCases(cases: WatchedCase[], options: WatchOptions): Promise<void> {
  const debounce = options.debounceMs ?? DEBOUNCE_MS
  const timers = new Map<WatchedCase, NodeJS.Timeout>()
  const pending = new Set<WatchedCase>()
  let draining: Promise<void> | null = null

  const drain = async (): Promise<void> => {
    for (let next = first(pending); next !== undefined && !options.signal.aborted; next = first(pending)) {
      pending.delete(next)
      const started = performance.now()
      let outcome: string
      try {
        outcome = await options.regenerate(next)
      } catch (error) {
        outcome = `failed: ${error instanceof Error ? error.message : String(error)}`
      }
      options.say(`${next.id}: ${outcome} in ${Math.round(performance.now() - started)} ms`)
    }
    draining = null
  }
  const changed = (target: WatchedCase, name: string | null): void => {
    if (options.signal.aborted) return
    if (name !== null && (isEditorNoise(name) || inside(options.ignore, join(target.dir, name)))) return
    clearTimeout(timers.get(target))
    timers.set(target, setTimeout(() => {
      timers.delete(target)
      pending.add(target)
      draining ??= drain()
    }, debounce))
  }

  const watchers = cases.map((target) => openWatcher(target, changed, options.say))
  return new Promise((resolve) => {
    const stop = (): void => {
      for (const watcher of watchers) watcher?.close()
      for (const timer of timers.values()) clearTimeout(timer)
      timers.clear()
      pending.clear()
      void (draining ?? Promise.resolve()).then(() => resolve())
    }
    if (options.signal.aborted) stop()
    else options.signal.addEventListener('abort', stop, {once: true})
  })
}

function first<T>(set: Set<T>): T | undefined {
  for (const item of set) return item
  return undefined
}

/** A recursive watcher on a case folder (background/ included); a folder that cannot be watched is said, not fatal. */
function openWatcher(target: WatchedCase, changed: (target: WatchedCase, name: string | null) => void, say: (line: string) => void): FSWatcher | null {
  try {
    const watcher = watch(target.dir, {recursive: true}, (_event, name) => changed(target, name === null ? null : String(name)))
    watcher.on('error', (error) => say(`${target.id}: cannot watch the folder any longer (${error.message})`))
    return watcher
  } catch (error) {
    say(`${target.id}: cannot watch the folder (${error instanceof Error ? error.message : String(error)})`)
    return null
  }
}
