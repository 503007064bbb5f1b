/** Disclosure on application per report: new applications, outcomes, reconsideration, litigation. */
import { APPLICATION_COLUMNS, OUTCOME_COLUMNS, type ApplicationColumn, type OutcomeColumn, type ReportRecord } from '../../data/schema.ts'
import { byTownshipThenYear, reportLabeler, townshipKey } from '../records.ts'

/** the schema's outcome list (kept under this name for the panels that import it here) */
export const OUTCOMES = OUTCOME_COLUMNS
export type Outcome = OutcomeColumn
const FIELDS = APPLICATION_COLUMNS
export type ApplicationField = ApplicationColumn

export interface ApplicationRow {
  key: string
  reportId: string
  label: string
  values: Record<ApplicationField, number | null>
  /** roll-ups (query/rollup.ts): `level:value` a click drills into; '' for the rest bar */
  drill?: string
}

export interface ApplicationSeries {
  rows: ApplicationRow[]
  /** reports that state none of these fields */
  noneStated: string[]
  /** every stated value is 0: a sentence says so better than an axis of invisible bars */
  allZero: boolean
  hidden: number
}

export const APPLICATION_CAP = 40

export function applicationSeries(records: readonly ReportRecord[]): ApplicationSeries {
  const sorted = [...records].sort(byTownshipThenYear)
  const label = reportLabeler(sorted)
  const rows: ApplicationRow[] = []
  const noneStated: string[] = []
  for (const r of sorted) {
    const values = Object.fromEntries(FIELDS.map((f) => [f, r[f]])) as Record<ApplicationField, number | null>
    if (FIELDS.every((f) => values[f] === null)) noneStated.push(label(r))
    else rows.push({ key: townshipKey(r), reportId: r.report_id, label: label(r), values })
  }
  const allZero = rows.length > 0 && rows.every((r) => FIELDS.every((f) => !r.values[f]))
  return { rows: rows.slice(0, APPLICATION_CAP), noneStated, hidden: Math.max(0, rows.length - APPLICATION_CAP), allZero }
}
