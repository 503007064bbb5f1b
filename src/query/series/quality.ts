/** The quality panel's rows: the completeness matrix and the warnings, each with its quote. */
import type { Fact, ReportRecord } from '../../data/schema.ts'
import { KEY_FIELDS, cellState, type CellState, type FieldWarning, type KeyField } from '../../quality/completeness.ts'
import { byTownshipThenYear } from '../records.ts'
import { readingPositions } from '../indexColumns.ts'
import type { Selection } from '../select.ts'
import { warningsAt } from '../warnings.ts'

/** More rows than this make the matrix unreadable; the rest are counted, not drawn. */
export const MATRIX_CAP = 40
/** Warnings listed with their quotes; the rest are counted (a national view has ~100,000). */
export const WARNING_CAP = 60

export interface MatrixRow {
  record: ReportRecord
  cells: Array<{ field: KeyField; state: CellState }>
}

export interface QuotedWarning extends FieldWarning {
  record: ReportRecord
  fact: Fact | null
}

export interface QualityView {
  fields: readonly KeyField[]
  rows: MatrixRow[]
  hidden: number
  /** the first WARNING_CAP warnings in reading order */
  warnings: QuotedWarning[]
  /** every warning in view, listed or not */
  warningCount: number
}

export function qualityView(sel: Selection, factFor: (id: string, field: string) => Fact | null): QualityView {
  const { dataset } = sel
  const { records } = dataset
  const sorted = readingPositions(sel) ?? [...sel.positions].sort((a, b) => byTownshipThenYear(records[a], records[b]) || a - b)
  const rows: MatrixRow[] = []
  const warnings: QuotedWarning[] = []
  let warningCount = 0
  for (const p of sorted) {
    const record = records[p]
    const ws = warningsAt(dataset, p)
    if (rows.length < MATRIX_CAP) rows.push({ record, cells: KEY_FIELDS.map((field) => ({ field, state: cellState(record, field, ws) })) })
    warningCount += ws.length
    for (const w of ws)
      if (warnings.length < WARNING_CAP) warnings.push({ ...w, record, fact: w.field ? factFor(record.report_id, w.field) : null })
  }
  return { fields: KEY_FIELDS, rows, hidden: Math.max(0, sorted.length - MATRIX_CAP), warnings, warningCount }
}
