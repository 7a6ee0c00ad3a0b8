import type {Change, DiffResult} from '../types.js'
import type {Instruction} from './types.js'

/**
 * How specifically an instruction's touched ids cover a change: 3 = the same provision, 2 = the
 * instruction wrote a provision that contains the change (longer = closer), 1 = it wrote something inside
 * the provision the change is reported at. 0 = unrelated.
 */
function score(change: Change, instruction: Instruction): number {
  const ids = [change.current?.id, change.proposed?.id].filter((id): id is string => typeof id === 'string')
  if (ids.length === 0) ids.push(change.sectionId)
  // Summed over the change's two sides: a renumbered § 4 → § 5 belongs to the statement that touched both ids,
  // not to the new § 4 printed before it, which only shares the current-side id's spelling.
  // The closest match on either side decides first (the sum only breaks ties), so «§ 6 første ledd første punktum»
  // keeps its punktum even where the renumbering touched both sections around it.
  const each = ids.map((id) => scoreOne(id, instruction))
  return Math.max(...each) * 10 + each.reduce((a, b) => a + b, 0)
}

function scoreOne(id: string, instruction: Instruction): number {
  let best = 0
  for (const t of instruction.touched) {
    if (t === id) best = Math.max(best, 3)
    else if (id.startsWith(t + '/')) best = Math.max(best, 2 + t.length / 10000)
    else if (t.startsWith(id + '/')) best = Math.max(best, 1)
  }
  return best
}

/** Fill `Change.instruction` with the instruction that made each change (matched by provision ids). */
export function attachInstructions(diff: DiffResult, instructions: Instruction[]): DiffResult {
  const applied = instructions.filter((i) => i.applied && i.touched.length > 0)
  const changes = diff.changes.map((change) => {
    let best: Instruction | null = null
    let bestScore = 0
    for (const instruction of applied) {
      const s = score(change, instruction)
      // Strictly greater: on a tie the instruction printed first wins, so the result is stable.
      if (s > bestScore) {
        best = instruction
        bestScore = s
      }
    }
    return best ? {...change, instruction: {text: best.text, position: best.position}} : change
  })
  return {...diff, changes}
}
