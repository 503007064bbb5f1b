/** Shapes shared by the import pieces, the worker messages and the imports store. */
import type { CsvError } from '../data/csv.ts'
import type { Fact, ReportRecord } from '../data/schema.ts'
import type { Problem } from '../data/problem.ts'

/** One imported report as kept in the store and in IndexedDB. */
export interface ImportedReport {
  record: ReportRecord
  facts: Fact[]
  /** the text the facts' offsets index; null for rows that came from a reports.csv */
  text: string | null
  /** the file (or pasted source name) it came from */
  origin: string
}

/** What parsing one input gives: reports, CSV rows with their errors, or a reason it failed. */
export type ImportItem =
  | { kind: 'report'; name: string; report: ImportedReport }
  | { kind: 'csv'; name: string; reports: ImportedReport[]; errors: CsvError[] }
  | { kind: 'failed'; name: string; reason: Problem }

/** A file that could not be used, or a CSV row that was dropped, with why. */
export interface ImportFailure {
  name: string
  /** for a CSV row: the column the problem is in */
  column?: string | null
  reason: Problem
}

/** 保留原有 / 替换 / 两者都保留 */
export type ConflictChoice = 'keep' | 'replace' | 'both'

/** An incoming report for a township and year that is already shown. */
export interface Conflict {
  incoming: ImportedReport
  existing: ReportRecord
}

/** What is imported now: the reports, and the embedded report_ids they replaced (hidden). */
export interface ImportState {
  reports: ImportedReport[]
  hidden: string[]
}

export const EMPTY_STATE: ImportState = { reports: [], hidden: [] }
