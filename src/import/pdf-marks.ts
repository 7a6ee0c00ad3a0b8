/**
 * Strike-through and underline in a PDF. Neither is a font property: a word processor draws them as thin
 * horizontal lines (a stroked line or a filled thin rectangle) over or under the glyphs. They are read from
 * pdf.js's operator list (constructPath with its paint operator, under the current transformation) and
 * matched to the text items: a line through the middle of the x-height is a strike-through (the ministry's
 * mark of removed wording), a line at or just under the baseline is an underline (new wording, as Word and
 * LibreOffice print tracked insertions). A line that covers only part of an item marks the words it covers.
 */

/** A thin horizontal line on the page, in PDF user space. */
export interface Rule {
  x0: number
  x1: number
  y: number
  thickness: number
}

/** A text item as pdf.js gives it, reduced to what matching needs (baseline y, font size as height). */
export interface MarkableItem {
  str: string
  x: number
  y: number
  width: number
  height: number
  strike: boolean
  underline: boolean
}

/** The operator codes this module reads (pdf.js's `OPS`, passed in so it is loaded only by the caller). */
export type OpCodes = Record<'save' | 'restore' | 'transform' | 'setLineWidth' | 'constructPath' | 'moveTo' | 'lineTo' | 'curveTo' | 'curveTo2' | 'curveTo3' | 'closePath' | 'rectangle' | 'stroke' | 'closeStroke' | 'fill' | 'eoFill' | 'fillStroke' | 'eoFillStroke' | 'closeFillStroke' | 'closeEOFillStroke' | 'paintFormXObjectBegin' | 'paintFormXObjectEnd', number>

export interface OperatorList {
  fnArray: number[]
  argsArray: unknown[]
}

type Matrix = [number, number, number, number, number, number]
interface GraphicsState {
  ctm: Matrix
  lineWidth: number
}

// A line thicker than this share of the font size is a box or a highlight, not a text decoration.
const MAX_THICKNESS = 0.15
// Where a strike-through and an underline sit, as a share of the font size above the baseline.
const STRIKE_BAND: [number, number] = [0.15, 0.5]
const UNDERLINE_BAND: [number, number] = [-0.35, 0.05]

/** Every painted thin horizontal line of one page's operator list. */
export function horizontalRules(list: OperatorList, ops: OpCodes): Rule[] {
  const rules: Rule[] = []
  const stack: GraphicsState[] = []
  let state: GraphicsState = {ctm: [1, 0, 0, 1, 0, 0], lineWidth: 1}
  let pending: Rule[] = []
  const paints = new Set([ops.stroke, ops.closeStroke, ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke])
  list.fnArray.forEach((fn, i) => {
    const args = list.argsArray[i] as unknown[] | null
    if (fn === ops.save) stack.push({...state})
    else if (fn === ops.restore) state = stack.pop() ?? state
    else if (fn === ops.transform) state = {...state, ctm: multiply(state.ctm, args as Matrix)}
    else if (fn === ops.setLineWidth) state = {...state, lineWidth: Number(args?.[0] ?? 1)}
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push({...state})
      if (Array.isArray(args?.[0])) state = {...state, ctm: multiply(state.ctm, args[0] as Matrix)}
    } else if (fn === ops.paintFormXObjectEnd) state = stack.pop() ?? state
    else if (fn === ops.constructPath) pending = pathRules(args as [number[], number[]], state, ops)
    else if (paints.has(fn)) {
      rules.push(...pending)
      pending = []
    } else pending = []
  })
  return rules
}

/** The thin horizontal pieces of one path: line segments and rectangles, in page space. */
function pathRules([codes, coords]: [number[], number[]], state: GraphicsState, ops: OpCodes): Rule[] {
  const rules: Rule[] = []
  const scale = Math.hypot(state.ctm[2], state.ctm[3])
  const width = state.lineWidth * scale
  let at = 0
  let current: [number, number] | null = null
  let polygon: Array<[number, number]> = []
  const flushPolygon = (): void => {
    if (polygon.length >= 4) rules.push(...boxRule(polygon, width))
    polygon = []
  }
  for (const code of codes) {
    if (code === ops.rectangle) {
      const [x, y, w, h] = coords.slice(at, at + 4) as [number, number, number, number]
      at += 4
      rules.push(...boxRule([apply(state.ctm, x, y), apply(state.ctm, x + w, y), apply(state.ctm, x + w, y + h), apply(state.ctm, x, y + h)], 0))
    } else if (code === ops.moveTo || code === ops.lineTo) {
      const point = apply(state.ctm, coords[at]!, coords[at + 1]!)
      at += 2
      if (code === ops.moveTo) flushPolygon()
      else if (current) rules.push(...segmentRule(current, point, width))
      polygon.push(point)
      current = point
    } else if (code === ops.closePath) current = polygon[0] ?? current
    else {
      // Curves: their points are skipped; a curve is never a text decoration.
      at += code === ops.curveTo ? 6 : code === ops.curveTo2 || code === ops.curveTo3 ? 4 : 0
      polygon = []
      current = null
    }
  }
  flushPolygon()
  return rules
}

/** A stroked horizontal segment as a rule of the stroke's width. */
function segmentRule(a: [number, number], b: [number, number], width: number): Rule[] {
  if (Math.abs(a[1] - b[1]) > 0.01 || Math.abs(a[0] - b[0]) < 0.5) return []
  return [{x0: Math.min(a[0], b[0]), x1: Math.max(a[0], b[0]), y: a[1], thickness: width}]
}

/** A thin box (a filled rectangle or a closed four-sided path) as one rule through its middle. */
function boxRule(points: Array<[number, number]>, strokeWidth: number): Rule[] {
  const xs = points.map((p) => p[0])
  const ys = points.map((p) => p[1])
  const x0 = Math.min(...xs)
  const x1 = Math.max(...xs)
  const y0 = Math.min(...ys)
  const y1 = Math.max(...ys)
  if (x1 - x0 < 0.5 || x1 - x0 < (y1 - y0) * 3) return []
  return [{x0, x1, y: (y0 + y1) / 2, thickness: y1 - y0 + strokeWidth}]
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3], m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5]]
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]
}

/**
 * The items with `strike`/`underline` set where a rule runs through or under them. An item only partly
 * covered is split at word boundaries: a word is marked when most of its characters lie under the rule
 * (character positions are spread evenly over the item's width, which is close enough to tell words apart).
 */
export function markItems<T extends MarkableItem>(items: T[], rules: Rule[]): T[] {
  if (rules.length === 0) return items
  return items.flatMap((item) => {
    if (item.str.trim() === '' || item.height <= 0 || item.width <= 0) return [item]
    const strike = coverage(item, rules, STRIKE_BAND)
    // Only lines in the underline band are checked against the line's extent (a page may draw hundreds).
    const under = rules.filter((r) => inBand(r, item, UNDERLINE_BAND) && withinLine(r, item, items))
    const underline = coverage(item, under, UNDERLINE_BAND)
    if (!strike.some(Boolean) && !underline.some(Boolean)) return [item]
    return splitByMarks(item, wordwise(item.str, strike), wordwise(item.str, underline))
  })
}

/**
 * An underline ends with the text it underlines; a line under a text that runs on more than a font size
 * past the text of that baseline, on either side, is a table border or a rule between parts, not an underline.
 */
function withinLine(rule: Rule, item: MarkableItem, items: MarkableItem[]): boolean {
  const line = items.filter((i) => i.str.trim() !== '' && Math.abs(i.y - item.y) < item.height * 0.5)
  const x0 = Math.min(...line.map((i) => i.x))
  const x1 = Math.max(...line.map((i) => i.x + i.width))
  return rule.x0 >= x0 - item.height && rule.x1 <= x1 + item.height
}

/** For each character of the item: does a rule in `band` (relative to the baseline) run over its middle? */
function inBand(r: Rule, item: MarkableItem, band: [number, number]): boolean {
  const rel = (r.y - item.y) / item.height
  return r.thickness <= item.height * MAX_THICKNESS && rel >= band[0] && rel <= band[1] && r.x1 > item.x && r.x0 < item.x + item.width
}

function coverage(item: MarkableItem, rules: Rule[], band: [number, number]): boolean[] {
  const near = rules.filter((r) => inBand(r, item, band))
  const step = item.width / item.str.length
  return [...item.str].map((_, k) => {
    const middle = item.x + step * (k + 0.5)
    return near.some((r) => middle >= r.x0 && middle <= r.x1)
  })
}

/** Marks widened or narrowed to whole words; a space is marked only between two marked words. */
function wordwise(str: string, marked: boolean[]): boolean[] {
  const out = marked.slice()
  for (const word of str.matchAll(/\S+/g)) {
    const from = word.index
    const to = from + word[0].length
    const count = marked.slice(from, to).filter(Boolean).length
    out.fill(count * 2 > to - from, from, to)
  }
  for (const space of str.matchAll(/\s+/g)) {
    const before = space.index > 0 && out[space.index - 1] === true
    const after = out[space.index + space[0].length] === true
    out.fill(before && after, space.index, space.index + space[0].length)
  }
  return out
}

/** The item cut into runs of equal marks, each with its share of the width. */
function splitByMarks<T extends MarkableItem>(item: T, strike: boolean[], underline: boolean[]): T[] {
  const parts: T[] = []
  const step = item.width / item.str.length
  let from = 0
  for (let k = 1; k <= item.str.length; k++) {
    if (k < item.str.length && strike[k] === strike[from] && underline[k] === underline[from]) continue
    parts.push({...item, str: item.str.slice(from, k), x: item.x + step * from, width: step * (k - from), strike: strike[from]!, underline: underline[from]!})
    from = k
  }
  return parts
}
