// @ts-nocheck
// Test oracle: the record-by-record version of this series as the page had it before query/ (commit 195a0d6), kept only to hold the column code to it.
/** The quality panel's rows: the completeness matrix and the warnings, each with its quote. */
import type { Fact, ReportRecord } from '../../../src/data/schema.ts'
import { KEY_FIELDS, cellState, warningsOf, type CellState, type FieldWarning, type KeyField } from '../../../src/quality/completeness.ts'
import { byTownshipThenYear, inReadingOrder } from './records.ts'
import { readingOrder, selectionOf } from './columns.ts'

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

export function qualityView(records: readonly ReportRecord[], factFor: (id: string, field: string) => Fact | null): QualityView {
  const sel = selectionOf(records)
  const sorted = (sel && readingOrder(sel)) ?? inReadingOrder(records) ?? [...records].sort(byTownshipThenYear)
  const rows: MatrixRow[] = []
  const warnings: QuotedWarning[] = []
  let warningCount = 0
  for (const record of sorted) {
    const ws = warningsOf(record)
    if (rows.length < MATRIX_CAP) rows.push({ record, cells: KEY_FIELDS.map((field) => ({ field, state: cellState(record, field, ws) })) })
    warningCount += ws.length
    for (const w of ws)
      if (warnings.length < WARNING_CAP) warnings.push({ ...w, record, fact: w.field ? factFor(record.report_id, w.field) : null })
  }
  return { fields: KEY_FIELDS, rows, hidden: Math.max(0, sorted.length - MATRIX_CAP), warnings, warningCount }
}
