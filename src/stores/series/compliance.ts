/**
 * Compliance results for the records in view. The previous report (内容雷同, carry-over) is
 * looked up among all records, not just those in view, so narrowing the years to one does not
 * silently drop the comparison.
 */
import type { Fact, ReportRecord } from '../../data/schema.ts'
import { checkCompliance } from '../../quality/compliance.ts'
import type { ComplianceResult } from '../../quality/complianceTypes.ts'
import type { DeadlineOptions } from '../../quality/deadline.ts'

export function previousOf(all: readonly ReportRecord[], r: ReportRecord, keyOf: (r: ReportRecord) => string): ReportRecord | null {
  if (r.year === null) return null
  const key = keyOf(r)
  let best: ReportRecord | null = null
  for (const o of all) {
    if (o.year === null || o.year >= r.year || keyOf(o) !== key) continue
    if (!best || o.year > best.year!) best = o
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
