/**
 * Central procurement per report. Amounts are compared in 万元 only where the unit is stated
 * (元 ÷ 10000); an amount with no unit is listed apart with its raw value, never converted.
 */
import type { ReportRecord } from '../../data/schema.ts'
import { amountWan, byTownshipThenYear, reportLabeler, townshipKey } from '../records.ts'

export interface ProcurementRow {
  key: string
  reportId: string
  label: string
  projects: number | null
  /** null when the amount or its unit is not stated */
  amountWan: number | null
  /** roll-ups (query/rollup.ts): `level:value` a click drills into; '' for the rest bar */
  drill?: string
}

export interface UnitlessAmount {
  key: string
  reportId: string
  label: string
  /** the amount as written, unit unknown */
  raw: number
  projects: number | null
}

export interface ProcurementSeries {
  rows: ProcurementRow[]
  unitless: UnitlessAmount[]
  /**
   * how many amounts lack a unit when `unitless` lists only the first of them and those of
   * the rows drawn (a landing view keeps no more: 40,000 of them at 380,000 reports)
   */
  unitlessTotal?: number
  hidden: number
  /** reports in the selection that state neither projects nor amount: not drawn, but counted */
  unstated?: number
}

/** The unit-less amounts the procurement panel lists by name; the rest it counts. */
export const UNITLESS_LISTED = 20

export const PROCUREMENT_CAP = 40

export function procurementSeries(records: readonly ReportRecord[]): ProcurementSeries {
  const relevant = [...records].filter((r) => r.procurement_projects !== null || r.procurement_amount !== null).sort(byTownshipThenYear)
  const label = reportLabeler(relevant)
  const rows: ProcurementRow[] = []
  const unitless: UnitlessAmount[] = []
  for (const r of relevant) {
    const wan = amountWan(r)
    if (r.procurement_amount !== null && wan === null)
      unitless.push({
        key: townshipKey(r),
        reportId: r.report_id,
        label: label(r),
        raw: r.procurement_amount,
        projects: r.procurement_projects,
      })
    rows.push({ key: townshipKey(r), reportId: r.report_id, label: label(r), projects: r.procurement_projects, amountWan: wan })
  }
  return {
    rows: rows.slice(0, PROCUREMENT_CAP),
    unitless,
    hidden: Math.max(0, rows.length - PROCUREMENT_CAP),
    unstated: records.length - relevant.length,
  }
}
