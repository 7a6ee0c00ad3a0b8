/**
 * Lovdata's amendment history per section (`shared/corpus/lovdata-historie/*.md`): every instruction
 * sentence (the italic lines) under the `## § N` heading of the section it amends.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'

export interface HistorieSentence {
  file: string
  line: number
  column: number
  /** `§ 1-4` as in the heading, or null under «(annet)». */
  heading: string | null
  /** Lovdata notation of the heading's section (`§1-4`), or null. */
  section: string | null
  text: string
}

const HEADING = /^## (.*)$/u
const ITALIC = /^\*(.+)\*\s*$/u

export function historieSentences(dir: string): HistorieSentence[] {
  const out: HistorieSentence[] = []
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort()) {
    let heading: string | null = null
    readFileSync(join(dir, file), 'utf8').split('\n').forEach((line, i) => {
      const h = HEADING.exec(line)
      if (h) heading = h[1]!.trim()
      const m = ITALIC.exec(line)
      if (m && !line.startsWith('**')) out.push({file, line: i + 1, column: 2, heading, section: sectionOf(heading), text: m[1]!.trim()})
    })
  }
  return out
}

/** `§ 14-13 a` → `§14-13a`; anything that is not a section heading → null. */
export function sectionOf(heading: string | null): string | null {
  // The heading may run into the section's title («§ 13-1-1Undersøkelse»).
  const m = /^§\s*(\d+(?:\s?[A-Za-z](?=-))?(?:-\d+)*(?:\s?[a-zA-Z](?![\p{L}\d]))?)/u.exec(heading ?? '')
  return m ? `§${m[1]!.replace(/\s/gu, '')}` : null
}
