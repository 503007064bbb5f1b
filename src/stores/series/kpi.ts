/** The overview figures. Counts are sums of what reports state; `stated` says how many did. */
import type { ReportRecord } from '../../data/schema.ts'
import { sumStated, townshipKey } from '../records.ts'

export interface StatedSum {
  sum: number | null
  stated: number
}

export interface Kpis {
  reports: number
  townships: number
  yearMin: number | null
  yearMax: number | null
  /** distinct years present */
  yearCount: number
  proactive: StatedSum
  applications: StatedSum
  /** reconsiderations plus lawsuits about disclosure */
  appeals: StatedSum
}

export function computeKpis(records: readonly ReportRecord[]): Kpis {
  const years = [...new Set(records.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => a - b)
  const appeals = records.map((r) =>
    r.reconsideration_total === null && r.litigation_total === null
      ? null
      : (r.reconsideration_total ?? 0) + (r.litigation_total ?? 0),
  )
  return {
    reports: records.length,
    townships: new Set(records.map(townshipKey)).size,
    yearMin: years[0] ?? null,
    yearMax: years.at(-1) ?? null,
    yearCount: years.length,
    proactive: sumStated(records.map((r) => r.proactive_total)),
    applications: sumStated(records.map((r) => r.apps_new)),
    appeals: sumStated(appeals),
  }
}
