/**
 * Table rows whose cells ran together with no separator, as some site archivers and copy-paste
 * keep them: `一、本年新收政府信息公开申请数量640020470`, `行政规范性文件8855698`. The digits
 * after a label are read as runs (a space, where one survived, still separates cells); the
 * ways to cut them into the row's known number of cells are enumerated, and the table's own
 * identities (a row's parts add up to its 总计, 一+二 = 三+四 down each column) keep the cuts
 * that fit. A value is taken only where every remaining cut agrees on it.
 */

/** Digits that belong together: no separator survived between the cells they hold. */
export interface DigitRun {
  digits: string
  start: number
}

/** One cell of a cut row. */
export interface Piece {
  value: number
  start: number
  end: number
}

export interface RunsAfter {
  runs: DigitRun[]
  /** where reading stopped */
  end: number
  /** a unit written straight after the digits (`…895.90元`) */
  unit?: string
}

/** what may stand between a label and its glued numbers: notes in brackets, a colon */
const NOTE = /^[\s:：]*(?:[(（][^()（）\n]{0,60}[)）][\s:：]*)*/

/**
 * The digit runs right after a label (only spaces between runs). A run followed by `.` or `、`
 * and a label (`00000002.其他法律…`) ends with the next row's item number: `nextItem` says
 * which number to expect there, and it is cut off.
 */
export function readDigitRuns(
  text: string,
  from: number,
  limit: number,
  nextItem: number | null = null,
  decimals = false,
): RunsAfter | null {
  const note = NOTE.exec(text.slice(from, Math.min(limit, from + 200)))
  let i = from + (note ? note[0].length : 0)
  const runs: DigitRun[] = []
  while (i < limit) {
    while (i < limit && (text[i] === ' ' || text[i] === '\u3000' || text[i] === '\t')) i++
    const s = i
    while (i < limit && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++
    if (decimals && text[i] === '.' && /\d/.test(text[i + 1] ?? '')) {
      i++
      while (i < limit && /\d/.test(text[i])) i++
    }
    if (i === s) break
    runs.push({ digits: text.slice(s, i), start: s })
  }
  if (!runs.length) return null
  const last = runs[runs.length - 1]
  const after = text.slice(last.start + last.digits.length, last.start + last.digits.length + 3)
  const unit = /^(万元|元)/.exec(after)?.[1]
  if (/^[.、．]\s*[\u3400-\u9fff]/.test(after) && nextItem !== null) {
    const item = String(nextItem)
    if (!last.digits.endsWith(item) || last.digits.length <= item.length) return null
    last.digits = last.digits.slice(0, -item.length)
  }
  const end = last.start + last.digits.length
  // a page excerpt cut off inside the run (`…总计 72300\uFFFD`): its cells are not all there
  const tail = text.slice(end, end + 40)
  if (end + tail.length === text.length && tail.includes('\uFFFD')) return null
  return unit ? { runs, end, unit } : { runs, end }
}

/** True for a cell as a table writes it: `0`, or digits without a leading zero. */
function wellFormed(s: string): boolean {
  return s.length > 0 && (s === '0' || s[0] !== '0' || /^0\.\d+$/.test(s)) && !/\.$/.test(s) && !/^\./.test(s)
}

/**
 * Every way to cut the runs into exactly `cells` numbers, each run giving one or more whole
 * cells. `accept` filters complete cuts (a row's own identity). Gives up (returns null) past
 * `cap` cuts, so a long run costs bounded time.
 */
export function cutRow(runs: DigitRun[], cells: number, accept: (values: number[]) => boolean = () => true, cap = 20000): Piece[][] | null {
  const out: Piece[][] = []
  const totalDigits = runs.reduce((n, r) => n + r.digits.length, 0)
  if (totalDigits < cells || runs.length > cells) return []
  let visited = 0
  const pieces: Piece[] = []
  // digits not yet cut, from each run on: a cut that cannot fit them in the cells left (12 digits
  // at most each) is dropped at once, so a long run of digits does not walk every dead end
  const digitsFrom = runs.map((_, i) => runs.slice(i).reduce((n, r) => n + r.digits.length, 0))
  const walk = (r: number, offset: number): boolean => {
    if (++visited > cap * 5) return false
    if (pieces.length > cells) return true
    if (r === runs.length) {
      if (pieces.length === cells && accept(pieces.map((p) => p.value))) {
        out.push(pieces.slice())
        if (out.length > cap) return false
      }
      return true
    }
    const run = runs[r]
    const rest = run.digits.length - offset
    if (digitsFrom[r] - offset > (cells - pieces.length) * 12) return true
    // at least one cell per remaining run
    const left = cells - pieces.length - (runs.length - r - 1)
    for (let len = 1; len <= rest && len <= 12; len++) {
      const s = run.digits.slice(offset, offset + len)
      if (!wellFormed(s)) continue
      const atEnd = len === rest
      if (!atEnd && left <= 1) continue
      pieces.push({ value: Number(s), start: run.start + offset, end: run.start + offset + len })
      const ok = atEnd ? walk(r + 1, 0) : walk(r, offset + len)
      pieces.pop()
      if (!ok) return false
    }
    return true
  }
  return walk(0, 0) ? out : null
}

/** A row's parts add up to its last cell (总计). */
export function partsMakeTotal(values: number[]): boolean {
  let sum = 0
  for (let i = 0; i < values.length - 1; i++) sum += values[i]
  return sum === values[values.length - 1]
}

/** The value of cell `index` when every cut agrees on it (and where it sits), else null. */
export function certainCell(cuts: Piece[][], index: number): Piece | null {
  if (!cuts.length) return null
  const first = cuts[0][index]
  if (!first) return null
  return cuts.every((c) => c[index] && c[index].value === first.value && c[index].start === first.start) ? first : null
}

/**
 * Narrow several rows' cuts jointly with identities across rows: `check` sees one cut per
 * row (null for a row that has none) and says whether they fit together. Rows left with one
 * cut are certain. When the combinations are too many to try, the rows stay as they are.
 */
export function narrowJointly(
  rows: Array<Piece[][] | null>,
  check: (chosen: Array<Piece[] | null>) => boolean,
  cap = 200000,
): Array<Piece[][] | null> {
  const open = rows.map((r, i) => (r && r.length > 1 ? i : -1)).filter((i) => i >= 0)
  const combos = open.reduce((n, i) => n * rows[i]!.length, 1)
  if (combos > cap) return rows
  const fixed = rows.map((r) => (r && r.length === 1 ? r[0] : null))
  const kept = open.map(() => new Set<number>())
  let any = false
  const pick = fixed.slice()
  const walk = (k: number) => {
    if (k === open.length) {
      if (check(pick)) {
        any = true
        open.forEach((row, j) => kept[j].add(rows[row]!.indexOf(pick[row]!)))
      }
      return
    }
    const row = open[k]
    for (const cut of rows[row]!) {
      pick[row] = cut
      walk(k + 1)
    }
    pick[row] = null
  }
  walk(0)
  if (!any) return rows
  return rows.map((r, i) => {
    const j = open.indexOf(i)
    return j < 0 || !r ? r : r.filter((_, n) => kept[j].has(n))
  })
}
