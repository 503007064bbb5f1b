/**
 * facts.csv for big datasets: read once, row by row, into an index from report id to the
 * character ranges its rows occupy, keeping only the text. The evidence for one report is
 * then parsed from its few rows when someone opens it. At 380,000 reports facts.csv has
 * ~2 million rows (170 MB); as Fact objects that is ~0.5 GB, as text plus ranges a third of
 * it, and it lives in the worker, off the page's heap. Every row is still checked on the
 * first pass by schema.ts's validator, as csv.ts checks it, so a broken facts.csv is reported by line and column.
 *
 * Pure module: no fetch, no DOM.
 */
import Papa from 'papaparse'
import { FACT_COLUMNS, REQUIRED_FACT_COLUMNS, checkHeader, factCellProblem, isBlankRow, offsetsProblem, rowProblem, type Fact } from './schema.ts'
import { csvError, csvToFacts, type CsvError } from './csv.ts'

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
        const quote = results.errors[0]
        if (!quote && isBlankRow(cells)) return
        const refused = rowProblem(cells, headerLength, quote)
        if (refused) return void this.errors.push(csvError(i, null, refused))
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
    if (row < 0) this.errors.push(csvError(0, null, { code: 'no_header' }))
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
    const checked = checkHeader(cells, FACT_COLUMNS, REQUIRED_FACT_COLUMNS)
    for (const h of checked.problems) this.errors.push(csvError(0, h.column, h.problem))
    if (checked.refused) return { at: {}, headerLength: 0 }
    this.headerLine = line.endsWith('\n') ? line : `${line}\n`
    return { at: Object.fromEntries(checked.at), headerLength: cells.length }
  }

  /** schema.ts's fact checks, in csv.ts's order. */
  private check(cells: string[], at: Record<string, number>, row: number): boolean {
    let ok = true
    for (const column of FACT_COLUMNS) {
      if (!(column in at)) continue
      const refused = factCellProblem(column, cells[at[column]])
      if (refused) {
        this.errors.push(csvError(row, column, refused))
        ok = false
      }
    }
    const reversed = ok && 'start' in at && 'end' in at ? offsetsProblem(Number(cells[at.start].trim()), Number(cells[at.end].trim())) : null
    if (reversed) this.errors.push(csvError(row, 'end', reversed))
    return ok && !reversed && 'report_id' in at
  }
}
