/**
 * A PDF page's positioned text pieces → plain text laid out the way `pdftotext -layout` does,
 * which is what the parser's table readers accept: one line per baseline, words in x order,
 * table cells apart by runs of spaces (their columns roughly aligned), a blank line where the
 * page leaves a tall gap. Lines a paragraph wrapped at the right margin are joined again, so a
 * sentence (`在政\n府网站…1136 条`) reads as one.
 *
 * Pure: positions in, text out. Node (pdfjs legacy build) and the browser worker both feed it.
 */

/** One text piece as pdfjs gives it (TextItem): x, y of its baseline start, width, font size. */
export interface PositionedText {
  str: string
  x: number
  y: number
  width: number
  /** font size (the text matrix's vertical scale) */
  size: number
}

/** Pieces that share a baseline, in x order. */
interface Line {
  y: number
  size: number
  items: PositionedText[]
  text: string
  left: number
  right: number
  /** a gap wide enough to separate table cells */
  hasColumns: boolean
}

/** Pieces whose baselines differ by less than this share of the font size are one line. */
const SAME_LINE = 0.45
/** A gap over this share of the font size is one space (`2023 年`). */
const WORD_GAP = 0.15
/**
 * Between two Chinese characters, only a gap over this share is a space: spaced-out or
 * justified Chinese (`主 动 公 开`, gaps of a quarter character) reads without them, while
 * the narrow cells of a table header (`结果 纠正`, gaps of half a character or more) stay apart.
 */
const WIDE_WORD_GAP = 0.35
/** A gap over this share of the font size separates cells: padded to the column, ≥ 2 spaces. */
const CELL_GAP = 1.0
/** A line spacing over this many font sizes leaves a blank line, as pdftotext does. */
const BLANK_LINE = 2.0

/** CJK characters and full-width punctuation. */
function isWideCode(c: number): boolean {
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xff60) || (c >= 0x3000 && c <= 0x303f)
}

function isWide(ch: string | undefined): boolean {
  return ch !== undefined && isWideCode(ch.charCodeAt(0))
}

/** CJK and full-width characters take two columns, like a monospaced rendering of the page. */
function displayWidth(s: string): number {
  let w = 0
  for (let i = 0; i < s.length; i++) w += isWideCode(s.charCodeAt(i)) ? 2 : 1
  return w
}

function median(values: number[]): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[sorted.length >> 1]
}

/** Group pieces into lines by baseline (top of the page first), each line's pieces by x. */
function groupLines(items: readonly PositionedText[]): PositionedText[][] {
  const sorted = items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x)
  const lines: PositionedText[][] = []
  let current: PositionedText[] = []
  let lineY = 0
  let lineSize = 0
  for (const item of sorted) {
    if (current.length && Math.abs(lineY - item.y) <= SAME_LINE * Math.min(lineSize, item.size || lineSize)) {
      current.push(item)
      continue
    }
    if (current.length) lines.push(current)
    current = [item]
    lineY = item.y
    lineSize = item.size || 1
  }
  if (current.length) lines.push(current)
  for (const line of lines) line.sort((a, b) => a.x - b.x)
  return lines.map(withoutOverprint)
}

/**
 * Bold faked by printing the same text twice, a hair apart (common in titles of office PDFs):
 * keep the first copy, as pdftotext does, so `洪泽区` does not read `洪泽区洪泽区`.
 */
function withoutOverprint(line: PositionedText[]): PositionedText[] {
  return line.filter((item, k) => {
    for (let j = k - 1; j >= 0 && item.x - line[j].x < 0.3 * (item.size || 1); j--) {
      if (line[j].str === item.str) return false
    }
    return true
  })
}

/** One line's text: pieces joined, gaps turned into one space or padding to their column. */
function buildLine(items: PositionedText[], left: number, unit: number): Line {
  let text = ''
  let hasColumns = false
  let prevRight = 0
  for (const [k, item] of items.entries()) {
    const size = item.size || unit * 2
    const column = Math.max(0, Math.round((item.x - left) / unit))
    const str = k === 0 ? item.str.trimStart() : item.str
    if (k === 0) {
      text = ' '.repeat(column)
    } else {
      const gap = item.x - prevRight
      if (gap >= CELL_GAP * size) {
        hasColumns = true
        text += ' '.repeat(Math.max(2, column - displayWidth(text)))
      } else if (
        gap >= (isWide(text.at(-1)) && isWide(str[0]) ? WIDE_WORD_GAP : WORD_GAP) * size &&
        !text.endsWith(' ') &&
        !str.startsWith(' ')
      ) {
        text += ' '
      }
    }
    text += str
    prevRight = Math.max(prevRight, item.x + item.width)
  }
  const first = items[0]
  return {
    y: median(items.map((i) => i.y)),
    size: median(items.map((i) => i.size)),
    items,
    text: text.trimEnd(),
    left: first.x,
    right: prevRight,
    hasColumns,
  }
}

const SENTENCE_END = /[。！？!?：:；;]$/

/**
 * Does `next` continue the paragraph `line` wrapped? Only prose: the line runs to the right
 * margin, the next starts at the left margin, neither is a table row, and the font is the same.
 */
function continues(line: Line, next: Line, left: number, right: number): boolean {
  const size = line.size || 1
  if (line.hasColumns || next.hasColumns) return false
  if (Math.abs(line.size - next.size) > 0.1 * size) return false
  if (right - line.right > 1.5 * size) return false
  if (next.left - left > 0.5 * size) return false
  if (line.y - next.y > BLANK_LINE * size) return false
  return !SENTENCE_END.test(line.text) || right - line.right < 0.5 * size
}

const VALUE = /^[\s\d.,%\-—–/]+$/

/** A line of table values only (`4   0   0   0   0   0   4`). */
function isValueLine(line: Line): boolean {
  return line.items.every((i) => VALUE.test(i.str)) && /\d/.test(line.text)
}

/**
 * A table row whose label wrapped onto two lines prints its values once, between the two
 * label lines. Put the row back together: both label lines, then the values, on one line, as
 * a reader of the table sees it.
 */
function mergeWrappedRows(lines: Line[]): Line[] {
  const out: Line[] = []
  for (let k = 0; k < lines.length; k++) {
    const [above, values, below] = [lines[k], lines[k + 1], lines[k + 2]]
    const size = above.size || 1
    if (
      values &&
      below &&
      !isValueLine(above) &&
      isValueLine(values) &&
      !isValueLine(below) &&
      !/\d\s*$/.test(above.text) &&
      !below.hasColumns &&
      above.y - values.y < 1.5 * size &&
      values.y - below.y < 1.5 * size &&
      Math.abs(above.size - below.size) <= 0.1 * size &&
      below.left >= above.left - 0.5 * size
    ) {
      const label = above.text + joiner(above.text, below.text.trimStart()) + below.text.trim()
      const cells = values.text.trimStart()
      const column = values.text.length - cells.length
      const text = label + ' '.repeat(Math.max(2, column - displayWidth(label))) + cells
      out.push({
        ...above,
        text,
        right: Math.max(above.right, values.right),
        items: [...above.items, ...below.items, ...values.items],
        hasColumns: true,
      })
      k += 2
      continue
    }
    out.push(above)
  }
  return out
}

/** A space between two joined pieces only where both sides are Latin letters or digits. */
function joiner(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? ' ' : ''
}

/**
 * The text block's right margin: the furthest right that at least two prose lines reach (a
 * wide table or one long title line is not the margin the paragraphs wrap at); none, when no
 * two lines agree.
 */
function rightMargin(lines: readonly Line[]): number {
  const rights = lines
    .filter((l) => !l.hasColumns)
    .map((l) => l.right)
    .sort((a, b) => b - a)
  for (let k = 0; k + 1 < rights.length; k++) {
    if (rights[k] - rights[k + 1] <= 0.5 * (lines[0].size || 10)) return rights[k]
  }
  return Infinity // no margin shared by two lines: nothing is known to wrap
}

/** A page's text: lines top to bottom, wrapped prose joined, tall gaps as blank lines. */
export function layoutPage(items: readonly PositionedText[]): string {
  const groups = groupLines(items)
  if (groups.length === 0) return ''
  const all = groups.flat()
  const left = Math.min(...all.map((i) => i.x))
  const unit = (median(all.map((i) => i.size)) || 10) / 2
  const lines = mergeWrappedRows(groups.map((g) => buildLine(g, left, unit)))
  const right = rightMargin(lines)
  const out: string[] = []
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]
    const previous = lines[k - 1]
    if (previous && previous.y - line.y > BLANK_LINE * (line.size || unit * 2)) out.push('')
    let text = line.text
    while (k + 1 < lines.length && continues(lines[k], lines[k + 1], left, right)) {
      const next = lines[++k].text.trimStart()
      text += joiner(text, next) + next
    }
    out.push(text)
  }
  return out.join('\n')
}

/**
 * Pages joined as pdftotext does: each page's text ends with a newline and a form feed, so a
 * fact's page follows from its offset (src/data/pageAt.ts).
 */
export function joinPages(pages: readonly string[]): string {
  return pages.map((p) => `${p}\n\f`).join('')
}
