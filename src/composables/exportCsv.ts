/**
 * The filtered records as CSV in the contract's column order. A UTF-8 BOM makes Excel in the
 * Chinese locale read the Chinese correctly, and escapeFormulae stops a cell like `=cmd()` from
 * running as a formula (CSV injection). Unstated values stay empty cells, never 0.
 */
import Papa from 'papaparse'
import { REPORT_COLUMNS, type ReportRecord } from '../data/schema.ts'

export function recordsToCsv(records: readonly ReportRecord[]): string {
  const data = records.map((r) => REPORT_COLUMNS.map((c) => (r[c] === null ? '' : String(r[c]))))
  return '\uFEFF' + Papa.unparse({ fields: [...REPORT_COLUMNS], data }, { escapeFormulae: true, newline: '\r\n' })
}
