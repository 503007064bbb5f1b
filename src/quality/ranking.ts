/**
 * Townships ranked by compliance: by their latest report's score (what they should fix now),
 * with the mean over every report in view for context. Ties go by name, so the order is stable.
 */
import type { ReportRecord } from '../data/schema.ts'
import type { ComplianceResult } from './complianceTypes.ts'

export interface TownshipRank {
  key: string
  name: string
  rank: number
  /** score of the latest report in view */
  latest: number
  latestYear: number | null
  latestId: string
  mean: number
  reports: number
}

export function rankTownships(
  records: readonly ReportRecord[],
  results: ReadonlyMap<string, ComplianceResult>,
  keyOf: (r: ReportRecord) => string,
  compare: (a: string, b: string) => number,
): TownshipRank[] {
  const groups = new Map<string, ReportRecord[]>()
  for (const r of records) {
    if (!results.has(r.report_id)) continue
    const k = keyOf(r)
    groups.set(k, [...(groups.get(k) ?? []), r])
  }
  const rows = [...groups].map(([key, list]) => {
    const sorted = [...list].sort((a, b) => (a.year ?? 0) - (b.year ?? 0))
    const latest = sorted[sorted.length - 1]
    const scores = sorted.map((r) => results.get(r.report_id)!.score)
    return {
      key,
      name: latest.township ?? latest.report_id,
      rank: 0,
      latest: results.get(latest.report_id)!.score,
      latestYear: latest.year,
      latestId: latest.report_id,
      mean: Math.round(scores.reduce((s, x) => s + x, 0) / scores.length),
      reports: list.length,
    }
  })
  rows.sort((a, b) => b.latest - a.latest || b.mean - a.mean || compare(a.name, b.name))
  // equal scores share a rank (1, 2, 2, 4), so a tie never looks like a difference
  rows.forEach((r, i) => (r.rank = i > 0 && rows[i - 1].latest === r.latest ? rows[i - 1].rank : i + 1))
  return rows
}
