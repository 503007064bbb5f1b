/**
 * reports.csv read row by row into compact columns, for datasets too big for csv.ts's
 * one-object-per-row path (380,000 reports: PapaParse's header + dynamicTyping mode is ~3.5×
 * slower and doubles memory, toolchain.md §5). Numbers go into Float64Arrays (NaN = not
 * stated), text into dictionary codes (a township name is stored once, not once per year),
 * and the arrays are transferred from the worker without copying. The checks are schema.ts's
 * validator, as csv.ts's, row for row (tests/data/columns.test.ts compares both on broken files).
 *
 * Pure module: no fetch, no DOM, no Vue.
 */
import { NUMBER_COLUMNS, REPORT_COLUMNS, REQUIRED_REPORT_COLUMNS, checkHeader, duplicateIdProblem, isBlankRow, isProblem, isYearInRange, readNumberCell, rowProblem, textCellProblem, type QuoteError, type ReportRecord } from './schema.ts'
import { csvError, type CsvError } from './csv.ts'

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

/** columns whose empty cell is '' rather than null (as emptyRecord and csv.ts have them) */
const EMPTY_STRING: ReadonlySet<string> = new Set(['report_id', 'source', 'warnings'])
/**
 * Columns with a different value on every row: a dictionary would only cost a Map entry per
 * row, so their "dictionary" is the values in row order and the code is the row.
 */
export const UNIQUE: ReadonlySet<string> = new Set(['report_id', 'source'])
/** A header cell whose column is unknown or repeated: its cells are read by nobody. */
export const SKIP_CELL = -0x40000000
/** per reports.csv column: its index in NUMBER_COLUMNS (≥ 0), or -(index in TEXT_FIELDS) - 1 */
const SLOTS: readonly number[] = REPORT_COLUMNS.map((c) => {
  const n = (NUMBER_COLUMNS as readonly string[]).indexOf(c)
  return n >= 0 ? n : -TEXT_FIELDS.indexOf(c) - 1
})

/** NUMBER_COLUMNS index of `year`, the one count with a range. */
export const YEAR_K = NUMBER_COLUMNS.indexOf('year')

/**
 * NUMBER_COLUMNS[k]'s cell as schema.ts's readNumberCell reads it (undefined: refused). Plain
 * digits take the fast path (most cells); anything else goes through the validator.
 */
export function readNumber(raw: string, k: number): number | null | undefined {
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
    if (i === len && (k !== YEAR_K || isYearInRange(n))) return n
  }
  const v = readNumberCell(NUMBER_COLUMNS[k], raw)
  return isProblem(v) ? undefined : v
}

/** trim() allocates on every call; most cells have no spaces at either end. */
function trimmed(raw: string): string {
  const n = raw.length
  return n === 0 || (raw.charCodeAt(0) > 32 && raw.charCodeAt(n - 1) > 32) ? raw : raw.trim()
}

/** Rows staged row by row (~80 kB, so it stays in cache), then moved into the columns together. */
const BLOCK = 256
/** Rows per column array (a multiple of BLOCK); `finish()` joins them. */
const CHUNK = 32768
const NN = NUMBER_COLUMNS.length
const NT = TEXT_FIELDS.length

/**
 * Collects rows into columns; `finish()` returns them at their length, ready to transfer.
 * Rows go into a row-major staging block first (where scanColumns.ts writes them directly)
 * and from there into per-column chunks, a column at a time: writing each row straight into 55
 * columns (55 far-apart stores per row) and doubling the columns as they filled cost more than
 * the scanner's reading of the rows.
 */
export class ReportColumnsBuilder {
  readonly errors: CsvError[] = []
  private length = 0
  /** rows not yet in `chunks`: row r's numbers at [r * NUMBER_COLUMNS.length, …), codes likewise */
  readonly stageNumbers = new Float64Array(BLOCK * NN)
  readonly stageCodes = new Int32Array(BLOCK * NT)
  private staged = 0
  /** the columns, CHUNK rows at a time: per chunk, one array per column */
  private chunks: { numbers: Float64Array[]; codes: Int32Array[] }[] = []
  private moved = 0
  private dicts = TEXT_FIELDS.map(() => [] as string[])
  private dictIndex = TEXT_FIELDS.map(() => new Map<string, number>())
  private unique = TEXT_FIELDS.map((c) => UNIQUE.has(c))
  /** cell position of each number / text column in the file's header; -1 = missing */
  private numberAt: number[] = []
  private textAt: number[] = []
  private headerLength = -1
  private rowNumber = -1
  /** per header cell: see `layout()` */
  private cellLayout: Int32Array | null = null
  /** the file lacks report_id or source, or is an HTML page: no row is taken */
  private refused = false
  /** each kept report_id → its row, so a second row with one id is refused (and says where the first is) */
  private firstRow = new Map<string, number>()
  private readonly idColumn = TEXT_FIELDS.indexOf('report_id')
  /** per-row scratch, so a row with a bad cell adds nothing (also scanColumns.ts's) */
  readonly rowNumbers = new Float64Array(NUMBER_COLUMNS.length)
  readonly rowCodes = new Int32Array(TEXT_FIELDS.length)

  /** One parsed row, header first; `quote` is PapaParse's problem with a broken row. */
  row(cells: string[], quote?: QuoteError): void {
    const i = ++this.rowNumber
    if (i === 0) return this.header(cells)
    if (this.headerLength < 0 || this.refused) return
    if (!quote && isBlankRow(cells)) return
    const refused = rowProblem(cells, this.headerLength, quote)
    if (refused) {
      this.errors.push(csvError(i, null, refused))
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
        const v = readNumber(cells[at], c)
        if (v === undefined) {
          const refused = readNumberCell(NUMBER_COLUMNS[c], cells[at])
          if (isProblem(refused)) this.errors.push(csvError(i, NUMBER_COLUMNS[c], refused))
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
      const s = trimmed(cells[at])
      const refused = textCellProblem(column, s)
      if (refused) {
        this.errors.push(csvError(i, column, refused))
        ok = false
      } else this.rowCodes[c] = s === '' && column !== 'warnings' ? -1 : this.code(c, s)
    }
    if (ok) {
      const id = this.dicts[this.idColumn][this.length]
      const first = this.firstRow.get(id)
      if (first !== undefined) {
        this.errors.push(csvError(i, 'report_id', duplicateIdProblem(id, first + 1)))
        ok = false
      } else this.firstRow.set(id, i)
    }
    if (!ok) {
      for (let c = 0; c < TEXT_FIELDS.length; c++) if (this.unique[c]) this.dicts[c].length = this.length
      return
    }
    this.stageNumbers.set(this.rowNumbers, this.staged * NN)
    this.stageCodes.set(this.rowCodes, this.staged * NT)
    this.length++
    if (++this.staged === BLOCK) this.flush()
  }

  /**
   * For a scanner that reads cells itself (scanColumns.ts): once the header is read and has
   * every column, what each header cell is, as NUMBER_COLUMNS index (≥ 0), ~TEXT_FIELDS index
   * (< 0) or SKIP_CELL (an unknown or repeated column). Null: before the header, or when a
   * column is missing; such rows go through row().
   */
  layout(): Int32Array | null {
    return this.cellLayout
  }

  /**
   * Where the next row goes in `stageNumbers` / `stageCodes`: its number k at
   * `slot * NUMBER_COLUMNS.length + k`, its text code c at `slot * TEXT_FIELDS.length + c`.
   * A scanner writes a row there and calls `addChecked()` once the row has passed; a row that
   * fails is simply overwritten by the next one.
   */
  get slot(): number {
    return this.staged
  }

  /**
   * The row the scanner has written at `slot`, read and checked as row() would (cell count,
   * numbers, level, template, non-empty ids, trimmed text, codes from `textCode`): counts it
   * and adds it.
   */
  addChecked(): void {
    this.firstRow.set(this.dicts[this.idColumn][this.length], ++this.rowNumber)
    this.length++
    if (++this.staged === BLOCK) this.flush()
  }

  /** True when a kept row already has this report_id (the scanner leaves such a row to row()). */
  hasId(id: string): boolean {
    return this.firstRow.has(id)
  }

  /** Entry `code` of TEXT_FIELDS[c]'s dictionary. */
  dictValue(c: number, code: number): string {
    return this.dicts[c][code]
  }

  /** The code row() gives the trimmed text `s` of TEXT_FIELDS[c], for the row `addChecked` adds next. */
  textCode(c: number, s: string): number {
    return this.code(c, s)
  }

  /** Rows read so far, header included (= the last row's number): the next part's offset. */
  get rowsRead(): number {
    return this.rowNumber
  }

  /** Errors that only show at the end (an empty file has no header). */
  finish(): { columns: ReportColumns; errors: CsvError[] } {
    if (this.headerLength < 0 && !this.errors.some((e) => e.code === 'no_header')) this.errors.push(csvError(0, null, { code: 'no_header' }))
    if (this.staged > 0) this.flush()
    const n = this.length
    return {
      columns: { length: n, numbers: this.column(NN, (b) => b.numbers, (k) => new Float64Array(k)), codes: this.column(NT, (b) => b.codes, (k) => new Int32Array(k)), dicts: this.dicts },
      errors: this.errors,
    }
  }

  private header(cells: string[]): void {
    const checked = checkHeader(cells, REPORT_COLUMNS, REQUIRED_REPORT_COLUMNS)
    for (const h of checked.problems) this.errors.push(csvError(0, h.column, h.problem))
    if (checked.problems.some((h) => h.problem.code === 'no_header')) return
    this.headerLength = cells.length
    if (checked.refused) {
      this.refused = true
      return
    }
    this.numberAt = NUMBER_COLUMNS.map((c) => checked.at.get(c) ?? -1)
    this.textAt = TEXT_FIELDS.map((c) => checked.at.get(c) ?? -1)
    if (this.numberAt.every((at) => at >= 0) && this.textAt.every((at) => at >= 0)) {
      const layout = new Int32Array(cells.length).fill(SKIP_CELL)
      this.numberAt.forEach((at, c) => (layout[at] = c))
      this.textAt.forEach((at, c) => (layout[at] = ~c))
      this.cellLayout = layout
    }
  }

  private code(c: number, s: string): number {
    if (this.unique[c]) {
      // one entry per kept row: a rejected row's value is dropped in row() below
      this.dicts[c][this.length] = s
      return this.length
    }
    let k = this.dictIndex[c].get(s)
    if (k === undefined) {
      k = this.dicts[c].length
      this.dicts[c].push(s)
      this.dictIndex[c].set(s, k)
    }
    return k
  }

  /** The staged rows, moved column by column into the last chunk. */
  private flush(): void {
    const m = this.staged
    const at = this.moved % CHUNK // a flush never straddles two chunks: CHUNK is a multiple of BLOCK
    if (at === 0) this.chunks.push({ numbers: NUMBER_COLUMNS.map(() => new Float64Array(CHUNK)), codes: TEXT_FIELDS.map(() => new Int32Array(CHUNK)) })
    const { numbers, codes } = this.chunks[this.chunks.length - 1]
    const sn = this.stageNumbers
    const sc = this.stageCodes
    for (let k = 0; k < NN; k++) {
      const a = numbers[k]
      for (let r = 0, from = k; r < m; r++, from += NN) a[at + r] = sn[from]
    }
    for (let c = 0; c < NT; c++) {
      const a = codes[c]
      for (let r = 0, from = c; r < m; r++, from += NT) a[at + r] = sc[from]
    }
    this.moved += m
    this.staged = 0
  }

  /** Each column's chunks joined (flushed first: nothing staged). */
  private column<T extends Float64Array | Int32Array>(count: number, of: (chunk: { numbers: Float64Array[]; codes: Int32Array[] }) => T[], make: (n: number) => T): T[] {
    const n = this.length
    const out: T[] = []
    for (let k = 0; k < count; k++) {
      const a = make(n)
      this.chunks.forEach((chunk, i) => {
        const part = of(chunk)[k]
        const rows = Math.min(CHUNK, n - i * CHUNK)
        a.set(rows === CHUNK ? part : part.subarray(0, rows), i * CHUNK)
      })
      out.push(a)
    }
    return out
  }
}

/** The typed arrays of a ReportColumns, to pass as postMessage's transfer list. */
export function transferablesOf(columns: ReportColumns): ArrayBuffer[] {
  return [...columns.numbers, ...columns.codes].map((a) => a.buffer as ArrayBuffer)
}

/** Where a record made by columnsToRecords sits in its columns (a symbol: no field of the record). */
const POSITION = Symbol('position')

/**
 * Records from columns, on the page, as views: each record holds only its position, and its
 * fields are getters on one prototype per dataset that read the columns (NaN = null, code -1 =
 * null; names come from the dictionaries, so 10 years of a township share one string). At
 * 380,000 rows objects with their 55 fields written out took 0.6-0.75 s to make and ~200 MB of
 * heap; these take a few ms and ~10 MB, and the panels sum from the columns anyway.
 *
 * A record reads like any other (`r.year`, `r[column]`), but its fields are not own
 * properties: spread, Object.keys and JSON see none. The page does none of these on loaded
 * records (imports are plain objects), and tests compare them field by field (REPORT_COLUMNS).
 */
export function columnsToRecords(columns: ReportColumns): ReportRecord[] {
  const proto: Record<string, unknown> = {}
  // in reports.csv order, so `for…in` lists the fields as the file has them
  REPORT_COLUMNS.forEach((column, j) => {
    const slot = SLOTS[j]
    if (slot >= 0) {
      const values = columns.numbers[slot]
      Object.defineProperty(proto, column, {
        enumerable: true,
        get(this: { [POSITION]: number }) {
          const v = values[this[POSITION]]
          return v === v ? v : null
        },
      })
    } else {
      const codes = columns.codes[-slot - 1]
      const dict = columns.dicts[-slot - 1]
      Object.defineProperty(proto, column, {
        enumerable: true,
        get(this: { [POSITION]: number }) {
          const code = codes[this[POSITION]]
          return code < 0 ? null : dict[code]
        },
      })
    }
  })
  // one constructor per dataset: its records share one hidden class and this prototype
  function Row(this: { [POSITION]: number }, position: number) {
    this[POSITION] = position
  }
  Row.prototype = proto
  const make = Row as unknown as new (position: number) => ReportRecord
  const out = new Array<ReportRecord>(columns.length)
  for (let i = 0; i < columns.length; i++) out[i] = new make(i)
  return out
}
