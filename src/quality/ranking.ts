/**
 * Townships ranked by compliance: by their latest report's score (what they should fix now),
 * with the mean over every report in view for context. Ties go by name, so the order is stable.
 * A report whose text could not be read has no score (compliance.ts): a township whose latest
 * report has none is listed after the ranked ones, without a rank, never as "100".
 */
import type { ReportRecord } from '../data/schema.ts'
import type { ComplianceResult } from './complianceTypes.ts'

export interface TownshipRank {
  key: string
  name: string
  /** null = not ranked: the latest report's text could not be read */
  rank: number | null
  /** score of the latest report in view; null = not computed (no text) */
  latest: number | null
  latestYear: number | null
  latestId: string
  /** mean of the scored reports; null when none was scored */
  mean: number | null
  reports: number
}

export function rankTownships(
  records: readonly ReportRecord[],
  results: ReadonlyMap<string, ComplianceResult>,
  keyOf: (r: ReportRecord) => string,
  compare: (a: string, b: string) => number,
  nameOf: (r: ReportRecord) => string = (r) => r.township ?? r.report_id,
): TownshipRank[] {
  const groups = new Map<string, ReportRecord[]>()
  for (const r of records) {
    if (!results.has(r.report_id)) continue
    const k = keyOf(r)
    groups.set(k, [...(groups.get(k) ?? []), r])
  }
  const rows: TownshipRank[] = [...groups].map(([key, list]) => {
    const sorted = [...list].sort((a, b) => (a.year ?? 0) - (b.year ?? 0))
    const latest = sorted[sorted.length - 1]
    const scores = sorted.map((r) => results.get(r.report_id)!.score).filter((s): s is number => s !== null)
    return {
      key,
      name: nameOf(latest),
      rank: null,
      latest: results.get(latest.report_id)!.score,
      latestYear: latest.year,
      latestId: latest.report_id,
      mean: scores.length ? Math.round(scores.reduce((s, x) => s + x, 0) / scores.length) : null,
      reports: list.length,
    }
  })
  const down = (x: number | null) => (x === null ? -1 : x)
  rows.sort((a, b) => down(b.latest) - down(a.latest) || down(b.mean) - down(a.mean) || compare(a.name, b.name))
  // equal scores share a rank (1, 2, 2, 4), so a tie never looks like a difference
  rows.forEach((r, i) => {
    if (r.latest === null) return
    r.rank = i > 0 && rows[i - 1].latest === r.latest ? rows[i - 1].rank : i + 1
  })
  return rows
}
