/**
 * The filtered records as CSV in the contract's column order. A UTF-8 BOM makes Excel in the
 * Chinese locale read the Chinese correctly, and formula escaping stops a cell like `=cmd()`
 * from running as a formula (CSV injection). Unstated values stay empty cells, never 0.
 *
 * Cells are written as Papa.unparse writes them with `escapeFormulae` (every value as a
 * string, as this export always passed them): a cell that needs nothing, which is nearly every
 * cell, is written as it is, and only the rest go through Papa itself. At 380,000 rows Papa
 * over the whole selection held the page for 11.8 s and took the heap to 1 GB (an array of
 * 21 million strings, then one 170 MB string); `csvParts` writes a slice of rows per task,
 * each slice encoded to UTF-8 at once, so the page keeps answering and holds ~85 MB of bytes.
 */
import Papa from 'papaparse'
import { REPORT_COLUMNS, type ReportRecord } from '../data/schema.ts'

const BOM = '\uFEFF'
const NEWLINE = '\r\n'
/**
 * A cell is a formula by its first character alone. Papa's own `escapeFormulae: true` pattern
 * is /^[=+\-@\t\r].*$/ without the dotall flag, so `=cmd()` followed by a line break (a file
 * name can carry one in through the import) slipped through unescaped.
 */
export const FORMULA_START = /^[=+\-@\t\r]/
const UNPARSE = { escapeFormulae: FORMULA_START, newline: NEWLINE }
/** what makes Papa change a cell: a formula start, a quote, the delimiter, a line break, a BOM, an edge space */
const NEEDS_PAPA = /^[ =+\-@\t\r]|[",\r\n\uFEFF]| $/

function cell(value: unknown): string {
  if (value === null || value === undefined) return ''
  const text = String(value)
  return NEEDS_PAPA.test(text) ? Papa.unparse([[text]], UNPARSE) : text
}

function row(r: ReportRecord): string {
  let line = cell(r[REPORT_COLUMNS[0]])
  for (let c = 1; c < REPORT_COLUMNS.length; c++) line += ',' + cell(r[REPORT_COLUMNS[c]])
  return line
}

const HEADER = REPORT_COLUMNS.map(cell).join(',')

/**
 * A synthetic dataset's notice as the file's first line, `# 合成数据，…`, above the header: a
 * CSV has no red, but whoever opens it meets the notice first (the import skips such a line,
 * and so do pandas' `comment='#'` and R's `comment.char`).
 */
export function noticeLine(notice: string | null | undefined): string {
  return notice ? `# ${notice.replace(/[\r\n]+/g, ' ')}${NEWLINE}` : ''
}

/** The whole CSV as one string: small selections and tests. */
export function recordsToCsv(records: readonly ReportRecord[], notice?: string | null): string {
  let csv = BOM + noticeLine(notice) + HEADER
  for (const r of records) csv += NEWLINE + row(r)
  return csv
}

/** Rows written per task by csvParts: ~20–40 ms on a slow machine. */
const ROWS_PER_TASK = 2000

/**
 * The same CSV as Blob parts, a slice of rows per task with `progress` told the rows done;
 * the page stays responsive through a national export.
 */
export async function csvParts(
  records: readonly ReportRecord[],
  progress: (done: number) => void = () => {},
  notice?: string | null,
): Promise<BlobPart[]> {
  const encoder = new TextEncoder()
  const parts: BlobPart[] = [encoder.encode(BOM + noticeLine(notice) + HEADER)]
  for (let start = 0; start < records.length; start += ROWS_PER_TASK) {
    if (start > 0) await nextTask()
    let text = ''
    const end = Math.min(records.length, start + ROWS_PER_TASK)
    for (let i = start; i < end; i++) text += NEWLINE + row(records[i])
    parts.push(encoder.encode(text))
    progress(end)
  }
  return parts
}

/** A macrotask (a MessageChannel message: not throttled like setTimeout), so input and paint run in between. */
function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0))
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}
