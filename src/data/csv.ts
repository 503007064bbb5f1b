import Papa from 'papaparse'
import {
  FACT_COLUMNS,
  LEVELS,
  REPORT_COLUMNS,
  REQUIRED_FACT_COLUMNS,
  REQUIRED_REPORT_COLUMNS,
  TEMPLATES,
  duplicateIdProblem,
  emptyRecord,
  isNumberColumn,
  readNumberCell,
  refusedHeader,
  rowSizeProblem,
  shownCell,
  type Fact,
  type FactField,
  type ReportRecord,
} from './schema.ts'

/**
 * reports.csv and facts.csv in both directions, around PapaParse. Columns are written in the
 * exact REPORT_COLUMNS / FACT_COLUMNS order; null is an empty cell, numbers are plain numbers.
 * Reading checks every cell against the contract (schema.ts's validator) and keeps the rows
 * that pass, so the dashboard can load a hand-edited file and show what it dropped and why; a
 * file without its id columns, or an HTML page, is refused whole.
 *
 * Pure module: no fetch, no fs.
 */

/**
 * A problem found while reading a CSV. `row` counts records after the header (the header is
 * 0, the first row under it 1; blank lines count, a quoted multi-line cell is one row).
 */
export interface CsvError {
  row: number
  /** the column the problem is in; null when it is about the whole row */
  column: string | null
  message: string
}

export interface CsvRead<T> {
  rows: T[]
  errors: CsvError[]
}

const FACT_FIELDS: ReadonlySet<string> = new Set(
  REPORT_COLUMNS.filter((c) => c !== 'report_id' && c !== 'source' && c !== 'warnings'),
)
const LEVEL_SET: ReadonlySet<string> = new Set(LEVELS)
const TEMPLATE_SET: ReadonlySet<string> = new Set(TEMPLATES)

function cell(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  return String(value)
}

function unparse(columns: readonly string[], rows: Record<string, unknown>[]): string {
  return Papa.unparse(
    { fields: [...columns], data: rows.map((row) => columns.map((c) => cell(row[c]))) },
    { newline: '\n' },
  ) + '\n'
}

/** reports.csv text: the header, then one row per record. */
export function recordsToCsv(records: readonly ReportRecord[]): string {
  return unparse(REPORT_COLUMNS, records as unknown as Record<string, unknown>[])
}

/** facts.csv text: the header, then one row per fact. */
export function factsToCsv(facts: readonly Fact[]): string {
  return unparse(FACT_COLUMNS, facts as unknown as Record<string, unknown>[])
}

type CellCheck = (raw: string, column: string) => { value: unknown } | { error: string }

/** Parse with a header row; report header problems; hand each row's cells to `readRow`. */
function readCsv<T>(
  text: string,
  columns: readonly string[],
  required: readonly string[],
  readRow: (cells: Record<string, string>, row: number, errors: CsvError[]) => T | null,
): CsvRead<T> {
  const errors: CsvError[] = []
  const rows: T[] = []
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ',' })
  const data = parsed.data
  if (data.length === 0 || (data.length === 1 && data[0].length === 1 && data[0][0].trim() === '')) {
    errors.push({ row: 0, column: null, message: 'no header row' })
    return { rows, errors }
  }
  const header = data[0].map((h) => h.trim())
  const refused = refusedHeader(header, required)
  if (refused?.startsWith('not a CSV')) return { rows, errors: [{ row: 0, column: null, message: refused }] }
  const known = new Set(columns)
  const seen = new Set<string>()
  for (const h of header) {
    if (!known.has(h)) errors.push({ row: 0, column: h, message: `unknown column "${h}"` })
    else if (seen.has(h)) errors.push({ row: 0, column: h, message: `column "${h}" appears twice` })
    seen.add(h)
  }
  for (const c of columns) {
    if (!seen.has(c)) errors.push({ row: 0, column: c, message: `missing column "${c}"` })
  }
  if (refused) {
    errors.push({ row: 0, column: null, message: refused })
    return { rows, errors }
  }
  // Papa reports quote problems by data index (header included); map them to our row numbers.
  const quoteErrors = new Map<number, string>()
  for (const e of parsed.errors) {
    if (typeof e.row === 'number') quoteErrors.set(e.row, e.message)
  }
  for (let i = 1; i < data.length; i++) {
    const cells = data[i]
    if (cells.length === 1 && cells[0].trim() === '' && !quoteErrors.has(i)) continue // blank line
    if (quoteErrors.has(i)) {
      errors.push({ row: i, column: null, message: `malformed row: ${quoteErrors.get(i)}` })
      continue
    }
    if (cells.length !== header.length) {
      errors.push({
        row: i,
        column: null,
        message: `malformed row: ${cells.length} cells, the header has ${header.length}`,
      })
      continue
    }
    const tooLong = rowSizeProblem(cells)
    if (tooLong) {
      errors.push({ row: i, column: null, message: tooLong })
      continue
    }
    const byName: Record<string, string> = {}
    header.forEach((h, j) => {
      if (known.has(h) && !(h in byName)) byName[h] = cells[j]
    })
    const value = readRow(byName, i, errors)
    if (value !== null) rows.push(value)
  }
  return { rows, errors }
}

function readCells(
  cells: Record<string, string>,
  columns: readonly string[],
  check: CellCheck,
  target: Record<string, unknown>,
  row: number,
  errors: CsvError[],
): boolean {
  let ok = true
  for (const column of columns) {
    if (!(column in cells)) continue // missing column: reported once on the header
    const result = check(cells[column], column)
    if ('error' in result) {
      errors.push({ row, column, message: result.error })
      ok = false
    } else {
      target[column] = result.value
    }
  }
  return ok
}

const checkReportCell: CellCheck = (raw, column) => {
  if (isNumberColumn(column)) {
    const n = readNumberCell(column, raw)
    return typeof n === 'object' && n !== null ? n : { value: n }
  }
  const s = raw.trim()
  if (column === 'warnings') return { value: s }
  if (column === 'report_id' || column === 'source') {
    return s ? { value: s } : { error: `${column} is empty` }
  }
  if (s === '') return { value: null }
  if (column === 'level' && !LEVEL_SET.has(s)) return { error: `unknown level "${shownCell(s)}"` }
  if (column === 'template' && !TEMPLATE_SET.has(s)) return { error: `unknown template "${shownCell(s)}"` }
  return { value: s }
}

/** Read reports.csv text: valid rows as records, every problem as an error; a repeated report_id is refused. */
export function csvToRecords(text: string): CsvRead<ReportRecord> {
  const firstRow = new Map<string, number>()
  return readCsv(text, REPORT_COLUMNS, REQUIRED_REPORT_COLUMNS, (cells, row, errors) => {
    const record = emptyRecord('', '') as unknown as Record<string, unknown>
    if (!readCells(cells, REPORT_COLUMNS, checkReportCell, record, row, errors)) return null
    const id = record.report_id as string
    const first = firstRow.get(id)
    if (first !== undefined) {
      errors.push({ row, column: 'report_id', message: duplicateIdProblem(id, first + 1) })
      return null
    }
    firstRow.set(id, row)
    return record as unknown as ReportRecord
  })
}

const checkFactCell: CellCheck = (raw, column) => {
  if (column === 'start' || column === 'end') {
    const s = raw.trim()
    return /^\d+$/.test(s) && Number.isSafeInteger(Number(s)) ? { value: Number(s) } : { error: `not an offset: "${shownCell(raw)}"` }
  }
  if (column === 'field') {
    const s = raw.trim()
    return FACT_FIELDS.has(s) ? { value: s } : { error: `unknown field "${shownCell(raw)}"` }
  }
  if (column === 'report_id') {
    const s = raw.trim()
    return s ? { value: s } : { error: 'report_id is empty' }
  }
  return { value: raw } // value and quote are text as written
}

/** Read facts.csv text: valid rows as facts, every problem as an error. */
export function csvToFacts(text: string): CsvRead<Fact> {
  return readCsv(text, FACT_COLUMNS, REQUIRED_FACT_COLUMNS, (cells, row, errors) => {
    const fact: Record<string, unknown> = { report_id: '', field: '', value: '', start: 0, end: 0, quote: '' }
    let ok = readCells(cells, FACT_COLUMNS, checkFactCell, fact, row, errors)
    if (ok && (fact.end as number) < (fact.start as number)) {
      errors.push({ row, column: 'end', message: `end ${fact.end} is before start ${fact.start}` })
      ok = false
    }
    return ok ? (fact as unknown as Fact & { field: FactField }) : null
  })
}

/**
 * The file name under the published dataset's reports/ folder holding a report's decoded text
 * (what fact offsets index): the source name when it ends in .txt, else the source name + .txt,
 * so a page fetches `/data/reports/${encodeURIComponent(reportTextFile(source))}`.
 */
export function reportTextFile(source: string): string {
  return /\.txt$/i.test(source) ? source : `${source}.txt`
}
