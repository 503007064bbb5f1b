/**
 * reports.csv read row by row into compact columns, for datasets too big for csv.ts's
 * one-object-per-row path (380,000 reports: PapaParse's header + dynamicTyping mode is ~3.5×
 * slower and doubles memory, toolchain.md §5). Numbers go into Float64Arrays (NaN = not
 * stated), text into dictionary codes (a township name is stored once, not once per year),
 * and the arrays are transferred from the worker without copying. The checks and messages are
 * csv.ts's, row for row (tests/data/columns.test.ts compares both on broken files).
 *
 * Pure module: no fetch, no DOM, no Vue.
 */
import { LEVELS, NUMBER_COLUMNS, REPORT_COLUMNS, TEMPLATES, type ReportRecord } from './schema.ts'
import type { CsvError } from './csv.ts'

/** Text columns in reports.csv order, warnings included. */
export const TEXT_FIELDS: readonly string[] = REPORT_COLUMNS.filter((c) => !(NUMBER_COLUMNS as readonly string[]).includes(c))

export interface ReportColumns {
  length: number
  /** one per NUMBER_COLUMNS entry; NaN = not stated */
  numbers: Float64Array[]
  /** one per TEXT_FIELDS entry: index into `dicts`, -1 = null */
  codes: Int32Array[]
  dicts: string[][]
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/
const LEVEL_SET: ReadonlySet<string> = new Set(LEVELS)
const TEMPLATE_SET: ReadonlySet<string> = new Set(TEMPLATES)
/** columns whose empty cell is '' rather than null (as emptyRecord and csv.ts have them) */
const EMPTY_STRING: ReadonlySet<string> = new Set(['report_id', 'source', 'warnings'])
/** per reports.csv column: its index in NUMBER_COLUMNS (≥ 0), or -(index in TEXT_FIELDS) - 1 */
const SLOTS: readonly number[] = REPORT_COLUMNS.map((c) => {
  const n = (NUMBER_COLUMNS as readonly string[]).indexOf(c)
  return n >= 0 ? n : -TEXT_FIELDS.indexOf(c) - 1
})

/** Plain digits take the fast path (most cells); anything else goes through csv.ts's regex. */
function readNumber(raw: string): number | null | undefined {
  const len = raw.length
  if (len === 0) return null
  if (len < 16) {
    let n = 0
    let i = 0
    for (; i < len; i++) {
      const d = raw.charCodeAt(i) - 48
      if (d < 0 || d > 9) break
      n = n * 10 + d
    }
    if (i === len) return n
  }
  const s = raw.trim()
  if (s === '') return null
  return NUMBER.test(s) ? Number(s) : undefined
}

/** Collects rows into growing columns; `finish()` returns them trimmed, ready to transfer. */
export class ReportColumnsBuilder {
  readonly errors: CsvError[] = []
  private length = 0
  private capacity = 1024
  private numbers = NUMBER_COLUMNS.map(() => new Float64Array(1024))
  private codes = TEXT_FIELDS.map(() => new Int32Array(1024))
  private dicts = TEXT_FIELDS.map(() => [] as string[])
  private dictIndex = TEXT_FIELDS.map(() => new Map<string, number>())
  /** cell position of each number / text column in the file's header; -1 = missing */
  private numberAt: number[] = []
  private textAt: number[] = []
  private headerLength = -1
  private rowNumber = -1
  /** per-row scratch, so a row with a bad cell adds nothing */
  private rowNumbers = new Float64Array(NUMBER_COLUMNS.length)
  private rowCodes = new Int32Array(TEXT_FIELDS.length)

  /** One parsed row, header first; `quoteError` is PapaParse's message for a broken row. */
  row(cells: string[], quoteError?: string): void {
    const i = ++this.rowNumber
    if (i === 0) return this.header(cells)
    if (this.headerLength < 0) return
    if (cells.length === 1 && cells[0].trim() === '' && !quoteError) return // blank line
    if (quoteError) {
      this.errors.push({ row: i, column: null, message: `malformed row: ${quoteError}` })
      return
    }
    if (cells.length !== this.headerLength) {
      this.errors.push({ row: i, column: null, message: `malformed row: ${cells.length} cells, the header has ${this.headerLength}` })
      return
    }
    let ok = true
    // in reports.csv column order, so errors come out in the order csv.ts reports them
    for (let k = 0; k < SLOTS.length; k++) {
      const slot = SLOTS[k]
      if (slot >= 0) {
        const c = slot
        const at = this.numberAt[c]
        if (at < 0) {
          this.rowNumbers[c] = Number.NaN
          continue
        }
        const v = readNumber(cells[at])
        if (v === undefined) {
          this.errors.push({ row: i, column: NUMBER_COLUMNS[c], message: `not a number: "${cells[at]}"` })
          ok = false
        } else this.rowNumbers[c] = v === null ? Number.NaN : v
        continue
      }
      const c = -slot - 1
      const at = this.textAt[c]
      const column = TEXT_FIELDS[c]
      if (at < 0) {
        this.rowCodes[c] = EMPTY_STRING.has(column) ? this.code(c, '') : -1
        continue
      }
      const s = cells[at].trim()
      let error: string | null = null
      if ((column === 'report_id' || column === 'source') && s === '') error = `${column} is empty`
      else if (column === 'level' && s !== '' && !LEVEL_SET.has(s)) error = `unknown level "${s}"`
      else if (column === 'template' && s !== '' && !TEMPLATE_SET.has(s)) error = `unknown template "${s}"`
      if (error) {
        this.errors.push({ row: i, column, message: error })
        ok = false
      } else this.rowCodes[c] = s === '' && column !== 'warnings' ? -1 : this.code(c, s)
    }
    if (!ok) return
    if (this.length === this.capacity) this.grow()
    const n = this.length++
    for (let c = 0; c < this.numbers.length; c++) this.numbers[c][n] = this.rowNumbers[c]
    for (let c = 0; c < this.codes.length; c++) this.codes[c][n] = this.rowCodes[c]
  }

  /** Errors that only show at the end (an empty file has no header). */
  finish(): { columns: ReportColumns; errors: CsvError[] } {
    if (this.headerLength < 0 && !this.errors.some((e) => e.message === 'no header row')) this.errors.push({ row: 0, column: null, message: 'no header row' })
    const n = this.length
    return {
      columns: { length: n, numbers: this.numbers.map((a) => a.slice(0, n)), codes: this.codes.map((a) => a.slice(0, n)), dicts: this.dicts },
      errors: this.errors,
    }
  }

  private header(cells: string[]): void {
    if (cells.length === 1 && cells[0].trim() === '') {
      this.errors.push({ row: 0, column: null, message: 'no header row' })
      return
    }
    const header = cells.map((h) => h.trim())
    const known = new Set<string>(REPORT_COLUMNS)
    const seen = new Set<string>()
    const first = new Map<string, number>()
    header.forEach((h, j) => {
      if (!known.has(h)) this.errors.push({ row: 0, column: h, message: `unknown column "${h}"` })
      else if (seen.has(h)) this.errors.push({ row: 0, column: h, message: `column "${h}" appears twice` })
      else first.set(h, j)
      seen.add(h)
    })
    for (const c of REPORT_COLUMNS) if (!seen.has(c)) this.errors.push({ row: 0, column: c, message: `missing column "${c}"` })
    this.numberAt = NUMBER_COLUMNS.map((c) => first.get(c) ?? -1)
    this.textAt = TEXT_FIELDS.map((c) => first.get(c) ?? -1)
    this.headerLength = header.length
  }

  private code(c: number, s: string): number {
    let k = this.dictIndex[c].get(s)
    if (k === undefined) {
      k = this.dicts[c].length
      this.dicts[c].push(s)
      this.dictIndex[c].set(s, k)
    }
    return k
  }

  private grow(): void {
    this.capacity *= 2
    this.numbers = this.numbers.map((a) => {
      const b = new Float64Array(this.capacity)
      b.set(a)
      return b
    })
    this.codes = this.codes.map((a) => {
      const b = new Int32Array(this.capacity)
      b.set(a)
      return b
    })
  }
}

/** The typed arrays of a ReportColumns, to pass as postMessage's transfer list. */
export function transferablesOf(columns: ReportColumns): ArrayBuffer[] {
  return [...columns.numbers, ...columns.codes].map((a) => a.buffer as ArrayBuffer)
}

/**
 * Records from columns, on the page: every object gets the same fields in the same order, so
 * they share one hidden class; names come from the dictionaries, so 10 years of a township
 * share one string. Integer counts are small integers in V8 and cost no extra memory.
 */
export function columnsToRecords(columns: ReportColumns): ReportRecord[] {
  const numberIndex = new Map(NUMBER_COLUMNS.map((c, i) => [c as string, i]))
  const textIndex = new Map(TEXT_FIELDS.map((c, i) => [c, i]))
  const readers = REPORT_COLUMNS.map((column) => {
    const ni = numberIndex.get(column)
    if (ni !== undefined) {
      const a = columns.numbers[ni]
      return (i: number) => {
        const v = a[i]
        return v === v ? v : null
      }
    }
    const ti = textIndex.get(column)!
    const codes = columns.codes[ti]
    const dict = columns.dicts[ti]
    return (i: number) => {
      const k = codes[i]
      return k < 0 ? null : dict[k]
    }
  })
  const out = new Array<ReportRecord>(columns.length)
  const names = REPORT_COLUMNS
  for (let i = 0; i < columns.length; i++) {
    const r: Record<string, unknown> = {}
    for (let c = 0; c < names.length; c++) r[names[c]] = readers[c](i)
    out[i] = r as ReportRecord
  }
  return out
}
