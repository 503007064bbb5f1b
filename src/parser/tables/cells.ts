import { ARABIC_NUMBER_SOURCE, parseNumber } from '../numbers.ts'

/**
 * Reads statistics-table cells from text however the table reached us: one cell per line,
 * cells ending in ` |`, markdown pipes, tabs, label and value on alternate lines with blank
 * lines between, or a label followed by its numbers on one line (pdftotext).
 */

export type CellKind = 'num' | 'empty' | 'text'
export interface Cell {
  kind: CellKind
  /** the number for `num` cells; null otherwise */
  value: number | null
  start: number
  end: number
  /** unit written inside the cell (`元`, `万元`, `条` …) */
  unit?: string
}

const UNIT = '(?:余|多)?(?:万元|元|人次|条|件|个|人|次|篇|项|则|名|家|起|期|%)?'
const NUMBER_CELL = new RegExp(`(${ARABIC_NUMBER_SOURCE})(${UNIT})`, 'y')
const CN_CELL = /([零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万]*)(余|多)?(万元|元|人次|条|件|个|人|次|篇|项|名)?/y
/** a value boundary: what may follow a number for it to be a whole cell */
const BOUNDARY = /[\s|\t。，,；;)）]/
const PLACEHOLDER = /^(?:—+|-+|－+|\/|／|\\|--|——)$/
const SEPARATOR_LINE = /^[\s|:：-]*-[\s|:：-]*$/
/** trailing numbers on a line: `label 4 0 0 0 0 0 4`, `数。95` */
const TRAILING_NUMBERS = new RegExp(`(?:[\\s。:：]+(?:${ARABIC_NUMBER_SOURCE})${UNIT})+\\s*$`)

/** A table line is short; looking no further than this keeps every scan linear in the input. */
const MAX_LINE = 600

function lineEnd(text: string, i: number): number {
  const limit = Math.min(text.length, i + MAX_LINE)
  for (let j = i; j < limit; j++) if (text.charCodeAt(j) === 10) return j
  return limit
}

function lineStart(text: string, i: number): number {
  const limit = Math.max(0, i - MAX_LINE)
  for (let j = i - 1; j >= limit; j--) if (text.charCodeAt(j) === 10) return j + 1
  return limit
}

/** Where the cell that contains position i ends: at `|`, a tab, a line end, or trailing numbers. */
export function endOfCell(text: string, i: number): number {
  let depth = 0
  let j = i
  const limit = Math.min(text.length, i + 400)
  while (j < limit) {
    const c = text[j]
    if (c === '(' || c === '（') depth++
    else if ((c === ')' || c === '）') && depth > 0) depth--
    else if (depth === 0 && (c === '|' || c === '\t' || c === '\n')) break
    else if (depth > 0 && c === '\n' && j - i > 120) break
    j++
  }
  // Trailing numbers on the same line belong to the next cells.
  const ls = lineStart(text, j)
  if (depth === 0 && ls <= i) {
    const segment = text.slice(i, j)
    const m = TRAILING_NUMBERS.exec(segment)
    if (m) return i + m.index
  }
  return j
}

interface Gap {
  /** where the next cell starts */
  at: number
  /** a tab-separated row has an empty cell here (`a\t\tb`, or a tab at the line end) */
  emptyAfterTab: boolean
}

/**
 * Skip white space and markdown rule lines; after a cell's content also its terminator:
 * ` |` (one-cell-per-line and markdown) or a tab. A tab separates cells, so a second tab,
 * or a line end, right after one means an empty cell in between.
 */
function skipGap(text: string, i: number, afterContent: boolean): Gap {
  let j = i
  let tabbed = false
  for (;;) {
    while (j < text.length && (text[j] === ' ' || text[j] === '\u3000')) j++
    const c = text[j]
    if (afterContent && c === '|') {
      j++
      afterContent = false
      continue
    }
    if (c === '\t') {
      if (tabbed) return { at: j, emptyAfterTab: true }
      if (afterContent) {
        tabbed = true
        afterContent = false
      }
      j++
      continue
    }
    if (c === '\n' || c === '\r') {
      if (tabbed) return { at: j, emptyAfterTab: true }
      j++
      if (c === '\n') {
        const le = lineEnd(text, j)
        const line = text.slice(j, le)
        if (line.includes('-') && SEPARATOR_LINE.test(line)) j = le
      }
      continue
    }
    return { at: j, emptyAfterTab: false }
  }
}

export interface NextCell {
  cell: Cell
  /** where to read on from */
  next: number
  /** the cell was an empty one between tabs: the tab at `next` still separates */
  viaTab?: boolean
  /** a markdown row starts here: the row being read has ended */
  rowBreak?: boolean
}

/** The next cell at or after position i, and where the one after it starts. */
export function nextCell(text: string, i: number, afterContent = false): NextCell | null {
  const gap = skipGap(text, i, afterContent)
  const j = gap.at
  if (gap.emptyAfterTab) return { cell: { kind: 'empty', value: null, start: j, end: j }, next: j, viaTab: true }
  if (j >= text.length) return null
  if (text[j] === '|') {
    // A pipe that opens a markdown row (content follows on its line) is not a cell: it
    // starts a new row.
    const ls = lineStart(text, j)
    const before = text.slice(ls, j).trim()
    const rest = text.slice(j + 1, lineEnd(text, j)).trim()
    if (before === '' && rest !== '' && rest !== '|') {
      const after = nextCell(text, j + 1, false)
      return after && { ...after, rowBreak: true }
    }
    return { cell: { kind: 'empty', value: null, start: j, end: j }, next: j + 1 }
  }
  NUMBER_CELL.lastIndex = j
  let m = NUMBER_CELL.exec(text)
  if (m && (m.index + m[0].length >= text.length || BOUNDARY.test(text[m.index + m[0].length]))) {
    const end = j + m[0].length
    const unit = m[2].replace(/^[余多]/, '') || undefined
    return { cell: { kind: 'num', value: parseNumber(m[1]), start: j, end, unit }, next: end }
  }
  CN_CELL.lastIndex = j
  m = CN_CELL.exec(text)
  if (m && (m.index + m[0].length >= text.length || BOUNDARY.test(text[m.index + m[0].length]))) {
    const value = parseNumber(m[1])
    if (value !== null || m[1] === '零' || m[1] === '〇') {
      const end = j + m[0].length
      return { cell: { kind: 'num', value: value ?? 0, start: j, end, unit: m[3] }, next: end }
    }
  }
  const end = Math.max(endOfCell(text, j), j + 1)
  const content = text.slice(j, end).trim()
  if (PLACEHOLDER.test(content)) return { cell: { kind: 'empty', value: null, start: j, end }, next: end }
  if (content === '无') return { cell: { kind: 'num', value: 0, start: j, end }, next: end }
  return { cell: { kind: 'text', value: null, start: j, end }, next: end }
}

/** Up to `max` consecutive number or empty cells of one row from position i; stops at text. */
export function readCells(text: string, i: number, max: number): Cell[] {
  const cells: Cell[] = []
  let pos = i
  let afterContent = true
  while (cells.length < max) {
    const r = nextCell(text, pos, afterContent)
    if (!r || r.cell.kind === 'text') break
    if (r.rowBreak && cells.length > 0) break
    cells.push(r.cell)
    pos = r.next
    afterContent = r.cell.kind !== 'empty' || r.viaTab === true
  }
  return cells
}

/** The number cells of the row whose label ends at `labelEnd` (notes in the label skipped). */
export function rowAfterLabel(text: string, labelEnd: number, max: number): Cell[] {
  return readCells(text, endOfCell(text, labelEnd), max)
}

const UNIT_ONLY = /^(?:条|件|个|人|次|篇|项|人次|万元|元|家|——|—|单位|统计数)$/

/**
 * The value cell that follows a label ending at `labelEnd`: skips the rest of the label's
 * cell (notes in brackets), unit cells and bracketed notes; returns the first number, or
 * null when the next thing is another label or an empty cell (= not stated).
 */
export function valueAfterLabel(text: string, labelEnd: number): Cell | null {
  let pos = endOfCell(text, labelEnd)
  // `数。95`: the value follows the label's full stop on the same line.
  let afterContent = true
  for (let guard = 0; guard < 6; guard++) {
    const r = nextCell(text, pos, afterContent)
    if (!r) return null
    if (r.cell.kind === 'num') return r.cell
    if (r.cell.kind === 'empty') return null
    const content = text
      .slice(r.cell.start, r.cell.end)
      .trim()
      .replace(/^[。:：]/, '')
      .trim()
    if (UNIT_ONLY.test(content) || /^[(（][^()（）]*[)）]$/.test(content) || content === '') {
      pos = r.next
      afterContent = true
      continue
    }
    return null
  }
  return null
}

/**
 * True when the text ends right after these cells (a page excerpt cut mid-row: `（七）总计 | 5 |
 * 0 |` then nothing): the row's last cell read is then no 总计.
 */
export function cutAfter(text: string, cells: Cell[], columns: number): boolean {
  if (!cells.length || cells.length >= columns) return false
  return /^[\s|\uFFFD]*$/.test(text.slice(cells[cells.length - 1].end, cells[cells.length - 1].end + 200))
}
