import type {VFileMessage} from 'vfile-message'
import pc from 'picocolors'

export interface ReportOptions {
  /** ANSI colour; only when the stream is a TTY. */
  color: boolean
  /** Show the cause's stack (internal errors), only under `--debug`. */
  debug: boolean
  /** Paths are shown relative to this folder. */
  cwd: string
}

export function severityOf(message: VFileMessage): 'error' | 'warning' | 'info' {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/**
 * Diagnostics in vfile-reporter's columns (place, severity, reason, rule, source), with the place
 * written `file:line:column` on each line so editors and CI logs can jump to it. Never prints a stack
 * unless `debug` is set: a stack is for the developer, not for someone who gave regdiff a bad file.
 */
export function formatMessages(messages: readonly VFileMessage[], options: ReportOptions): string {
  const c = pc.createColors(options.color)
  const lines: string[] = []
  let errors = 0
  let warnings = 0
  let infos = 0
  for (const message of messages) {
    const severity = severityOf(message)
    if (severity === 'error') errors++
    else if (severity === 'warning') warnings++
    else infos++
    const label = severity === 'error' ? c.red(severity) : severity === 'warning' ? c.yellow(severity) : c.cyan(severity)
    const reason = String(message.reason).split(/\r?\n|\r/)
    const row = [c.underline(placeOf(message, options.cwd)), label, reason[0] ?? '', message.ruleId ?? '', message.source ?? '']
    lines.push('  ' + row.filter((part) => part !== '').join('  '))
    for (const more of reason.slice(1)) lines.push('    ' + more)
    if (options.debug && message.cause instanceof Error && message.cause.stack) {
      lines.push(...message.cause.stack.split('\n').map((line) => '    ' + c.dim(line)))
    }
  }
  if (messages.length === 0) return ''
  const counts: string[] = []
  if (errors) counts.push(`${errors} ${errors === 1 ? 'error' : 'errors'}`)
  if (warnings) counts.push(`${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`)
  if (infos) counts.push(`${infos} info`)
  const mark = errors ? c.red('✖') : c.yellow('⚠')
  return lines.join('\n') + '\n\n' + mark + ' ' + counts.join(', ') + '\n'
}

function placeOf(message: VFileMessage, cwd: string): string {
  let file = message.file || '<unknown>'
  if (file.startsWith(cwd + '/')) file = file.slice(cwd.length + 1)
  const place = message.place
  if (!place) return file
  const start = 'start' in place ? place.start : place
  return start && typeof start.line === 'number' ? `${file}:${start.line}:${start.column ?? 1}` : file
}
