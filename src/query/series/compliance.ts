/**
 * Compliance results for the records in view. The previous report (内容雷同, carry-over) is
 * looked up among all records, not just those in view, so narrowing the years to one does not
 * silently drop the comparison.
 */
import type { Fact, ReportRecord } from '../../data/schema.ts'
import { checkCompliance } from '../../quality/compliance.ts'
import type { ComplianceResult } from '../../quality/complianceTypes.ts'
import type { DeadlineOptions } from '../../quality/deadline.ts'

/** Each township's reports by year, built once per records array (a scan per report was quadratic). */
const byTownshipCache = new WeakMap<readonly ReportRecord[], Map<string, ReportRecord[]>>()

function byTownship(all: readonly ReportRecord[], keyOf: (r: ReportRecord) => string): Map<string, ReportRecord[]> {
  let index = byTownshipCache.get(all)
  if (index) return index
  index = new Map()
  for (const o of all) {
    if (o.year === null) continue
    const key = keyOf(o)
    const list = index.get(key)
    if (list) list.push(o)
    else index.set(key, [o])
  }
  byTownshipCache.set(all, index)
  return index
}

/** The same body's latest report before this one's year, among all records. */
export function previousOf(all: readonly ReportRecord[], r: ReportRecord, keyOf: (r: ReportRecord) => string): ReportRecord | null {
  if (r.year === null) return null
  let best: ReportRecord | null = null
  for (const o of byTownship(all, keyOf).get(keyOf(r)) ?? []) {
    if (o.year! >= r.year) continue
    if (!best || o.year! > best.year!) best = o
  }
  return best
}

export function complianceResults(
  records: readonly ReportRecord[],
  all: readonly ReportRecord[],
  textOf: (r: ReportRecord) => string | null,
  factsOf: (id: string) => readonly Fact[],
  keyOf: (r: ReportRecord) => string,
  options: DeadlineOptions = {},
): Map<string, ComplianceResult> {
  const out = new Map<string, ComplianceResult>()
  for (const record of records) {
    const prev = previousOf(all, record, keyOf)
    out.set(record.report_id, checkCompliance({
      record,
      text: textOf(record),
      facts: factsOf(record.report_id),
      previous: prev ? { record: prev, text: textOf(prev) } : null,
      options,
    }))
  }
  return out
}
