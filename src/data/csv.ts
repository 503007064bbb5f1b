import Papa from 'papaparse'
import {
  FACT_COLUMNS,
  REPORT_COLUMNS,
  REQUIRED_FACT_COLUMNS,
  REQUIRED_REPORT_COLUMNS,
  checkHeader,
  duplicateIdProblem,
  emptyRecord,
  factCellProblem,
  isBlankRow,
  isNumberColumn,
  isProblem,
  offsetsProblem,
  readNumberCell,
  rowProblem,
  textCellProblem,
  type Fact,
  type FactField,
  type QuoteError,
  type ReportRecord,
} from './schema.ts'
import type { Problem } from './problem.ts'

/**
 * reports.csv and facts.csv in both directions, around PapaParse. Columns are written in the
 * exact REPORT_COLUMNS / FACT_COLUMNS order; null is an empty cell, numbers are plain numbers.
 * Reading checks the header, every row and every cell with schema.ts's validator and keeps the
 * rows that pass, so the dashboard can load a hand-edited file and show what it dropped and
 * why; a file without its id columns, or an HTML page, is refused whole.
 *
 * Pure module: no fetch, no fs.
 */

/**
 * A problem found while reading a CSV, as a code with parameters (problem.ts). `row` counts
 * records after the header (the header is 0, the first row under it 1; blank lines count, a
 * quoted multi-line cell is one row).
 */
export interface CsvError extends Problem {
  row: number
  /** the column the problem is in; null when it is about the whole row */
  column: string | null
}

export interface CsvRead<T> {
  rows: T[]
  errors: CsvError[]
}

/** A problem at a row (and column) of the file. */
export function csvError(row: number, column: string | null, p: Problem): CsvError {
  return { row, column, ...p }
}

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

/** Parse with a header row; check the header and each row's shape; hand each row's cells to `readRow`. */
function readCsv<T>(
  text: string,
  columns: readonly string[],
  required: readonly string[],
  readRow: (cells: readonly string[], at: ReadonlyMap<string, number>, row: number, errors: CsvError[]) => T | null,
): CsvRead<T> {
  const rows: T[] = []
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ',' })
  const data = parsed.data
  const header = checkHeader(data[0] ?? [], columns, required)
  const errors: CsvError[] = header.problems.map((h) => csvError(0, h.column, h.problem))
  if (header.refused) return { rows, errors }
  // Papa reports quote problems by data index (header included); map them to our row numbers.
  const quoteErrors = new Map<number, QuoteError>()
  for (const e of parsed.errors) {
    if (typeof e.row === 'number') quoteErrors.set(e.row, e)
  }
  const headerLength = data[0].length
  for (let i = 1; i < data.length; i++) {
    const cells = data[i]
    const quote = quoteErrors.get(i)
    if (!quote && isBlankRow(cells)) continue
    const refused = rowProblem(cells, headerLength, quote)
    if (refused) {
      errors.push(csvError(i, null, refused))
      continue
    }
    const value = readRow(cells, header.at, i, errors)
    if (value !== null) rows.push(value)
  }
  return { rows, errors }
}

/** Read reports.csv text: valid rows as records, every problem as an error; a repeated report_id is refused. */
export function csvToRecords(text: string): CsvRead<ReportRecord> {
  const firstRow = new Map<string, number>()
  return readCsv(text, REPORT_COLUMNS, REQUIRED_REPORT_COLUMNS, (cells, at, row, errors) => {
    const record = emptyRecord('', '') as unknown as Record<string, unknown>
    let ok = true
    for (const column of REPORT_COLUMNS) {
      const j = at.get(column)
      if (j === undefined) continue // missing column: reported once on the header
      const raw = cells[j]
      if (isNumberColumn(column)) {
        const n = readNumberCell(column, raw)
        if (isProblem(n)) {
          errors.push(csvError(row, column, n))
          ok = false
        } else record[column] = n
        continue
      }
      const s = raw.trim()
      const refused = textCellProblem(column, s)
      if (refused) {
        errors.push(csvError(row, column, refused))
        ok = false
      } else record[column] = s === '' && column !== 'warnings' ? null : s
    }
    if (!ok) return null
    const id = record.report_id as string
    const first = firstRow.get(id)
    if (first !== undefined) {
      errors.push(csvError(row, 'report_id', duplicateIdProblem(id, first + 1)))
      return null
    }
    firstRow.set(id, row)
    return record as unknown as ReportRecord
  })
}

/** Read facts.csv text: valid rows as facts, every problem as an error. */
export function csvToFacts(text: string): CsvRead<Fact> {
  return readCsv(text, FACT_COLUMNS, REQUIRED_FACT_COLUMNS, (cells, at, row, errors) => {
    const fact: Record<string, unknown> = { report_id: '', field: '', value: '', start: 0, end: 0, quote: '' }
    let ok = true
    for (const column of FACT_COLUMNS) {
      const j = at.get(column)
      if (j === undefined) continue
      const raw = cells[j]
      const refused = factCellProblem(column, raw)
      if (refused) {
        errors.push(csvError(row, column, refused))
        ok = false
      } else fact[column] = column === 'start' || column === 'end' ? Number(raw.trim()) : column === 'value' || column === 'quote' ? raw : raw.trim()
    }
    const reversed = ok ? offsetsProblem(fact.start as number, fact.end as number) : null
    if (reversed) errors.push(csvError(row, 'end', reversed))
    return ok && !reversed ? (fact as unknown as Fact & { field: FactField }) : null
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
