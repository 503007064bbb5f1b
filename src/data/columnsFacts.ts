/**
 * facts.csv for big datasets: read once, row by row, into an index from report id to the
 * character ranges its rows occupy, keeping only the text. The evidence for one report is
 * then parsed from its few rows when someone opens it. At 380,000 reports facts.csv has
 * ~2 million rows (170 MB); as Fact objects that is ~0.5 GB, as text plus ranges a third of
 * it, and it lives in the worker, off the page's heap. Every row is still checked on the
 * first pass, with csv.ts's messages, so a broken facts.csv is reported by line and column.
 *
 * Pure module: no fetch, no DOM.
 */
import Papa from 'papaparse'
import { FACT_COLUMNS, REPORT_COLUMNS, REQUIRED_FACT_COLUMNS, refusedHeader, rowSizeProblem, shownCell, type Fact } from './schema.ts'
import { csvToFacts, type CsvError } from './csv.ts'

const FACT_FIELDS: ReadonlySet<string> = new Set(REPORT_COLUMNS.filter((c) => c !== 'report_id' && c !== 'source' && c !== 'warnings'))
const DIGITS = /^\d+$/

export class FactsIndex {
  readonly errors: CsvError[] = []
  /** report id → [start, end, start, end, …] character offsets of its rows in `text` */
  private ranges = new Map<string, number[]>()
  private headerLine = ''
  readonly rows: number

  constructor(private readonly text: string) {
    if (text.charCodeAt(0) === 0xfeff) this.text = text = text.slice(1)
    let row = -1
    let rowStart = 0
    let at: Record<string, number> = {}
    let headerLength = 0
    let valid = 0
    Papa.parse<string[]>(text, {
      delimiter: ',',
      step: (results) => {
        const cells = results.data
        const i = ++row
        const start = rowStart
        rowStart = results.meta.cursor
        if (i === 0) {
          ;({ at, headerLength } = this.header(cells, text.slice(0, rowStart)))
          return
        }
        if (headerLength === 0) return
        const quote = results.errors[0]?.message
        if (cells.length === 1 && cells[0].trim() === '' && !quote) return
        if (quote) return void this.errors.push({ row: i, column: null, message: `malformed row: ${quote}` })
        if (cells.length !== headerLength)
          return void this.errors.push({ row: i, column: null, message: `malformed row: ${cells.length} cells, the header has ${headerLength}` })
        const tooLong = rowSizeProblem(cells)
        if (tooLong) return void this.errors.push({ row: i, column: null, message: tooLong })
        if (!this.check(cells, at, i)) return
        valid++
        const id = cells[at.report_id].trim()
        const list = this.ranges.get(id)
        // rows of one report are usually adjacent: extend the last range instead of adding one
        if (list && list[list.length - 1] === start) list[list.length - 1] = rowStart
        else if (list) list.push(start, rowStart)
        else this.ranges.set(id, [start, rowStart])
      },
    })
    if (row < 0) this.errors.push({ row: 0, column: null, message: 'no header row' })
    this.rows = valid
  }

  /** The facts of one report, parsed from its rows (already checked on the first pass). */
  factsFor(reportId: string): Fact[] {
    const list = this.ranges.get(reportId)
    if (!list) return []
    let body = ''
    for (let k = 0; k < list.length; k += 2) {
      const part = this.text.slice(list[k], list[k + 1])
      body += part.endsWith('\n') ? part : `${part}\n`
    }
    return csvToFacts(this.headerLine + body).rows.filter((f) => f.report_id === reportId)
  }

  private header(cells: string[], line: string): { at: Record<string, number>; headerLength: number } {
    if (cells.length === 1 && cells[0].trim() === '') {
      this.errors.push({ row: 0, column: null, message: 'no header row' })
      return { at: {}, headerLength: 0 }
    }
    this.headerLine = line.endsWith('\n') ? line : `${line}\n`
    const header = cells.map((h) => h.trim())
    const refused = refusedHeader(header, REQUIRED_FACT_COLUMNS)
    if (refused?.startsWith('not a CSV')) {
      this.errors.push({ row: 0, column: null, message: refused })
      return { at: {}, headerLength: 0 }
    }
    const known = new Set<string>(FACT_COLUMNS)
    const seen = new Set<string>()
    const at: Record<string, number> = {}
    header.forEach((h, j) => {
      if (!known.has(h)) this.errors.push({ row: 0, column: h, message: `unknown column "${h}"` })
      else if (seen.has(h)) this.errors.push({ row: 0, column: h, message: `column "${h}" appears twice` })
      else at[h] = j
      seen.add(h)
    })
    for (const c of FACT_COLUMNS) if (!seen.has(c)) this.errors.push({ row: 0, column: c, message: `missing column "${c}"` })
    if (refused) {
      this.errors.push({ row: 0, column: null, message: refused })
      return { at: {}, headerLength: 0 }
    }
    return { at, headerLength: header.length }
  }

  /** csv.ts's fact checks, same order and messages. */
  private check(cells: string[], at: Record<string, number>, row: number): boolean {
    let ok = true
    let start = 0
    let end = 0
    for (const column of FACT_COLUMNS) {
      if (!(column in at)) continue
      const raw = cells[at[column]]
      const s = raw.trim()
      let error: string | null = null
      if (column === 'start' || column === 'end') {
        if (!DIGITS.test(s) || !Number.isSafeInteger(Number(s))) error = `not an offset: "${shownCell(raw)}"`
        else if (column === 'start') start = Number(s)
        else end = Number(s)
      } else if (column === 'field' && !FACT_FIELDS.has(s)) error = `unknown field "${shownCell(raw)}"`
      else if (column === 'report_id' && !s) error = 'report_id is empty'
      if (error) {
        this.errors.push({ row, column, message: error })
        ok = false
      }
    }
    if (ok && 'start' in at && 'end' in at && end < start) {
      this.errors.push({ row, column: 'end', message: `end ${end} is before start ${start}` })
      ok = false
    }
    return ok && 'report_id' in at
  }
}
