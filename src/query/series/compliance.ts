/**
 * Compliance results for the records in view. The previous report (内容雷同, carry-over) is
 * looked up among all records, not just those in view, so narrowing the years to one does not
 * silently drop the comparison.
 */
import type { Fact, ReportRecord } from '../../data/schema.ts'
import { checkCompliance } from '../../quality/compliance.ts'
import type { ComplianceResult } from '../../quality/complianceTypes.ts'
import type { DeadlineOptions } from '../../quality/deadline.ts'
import type { Dataset } from '../dataset.ts'
import { townshipKey } from '../records.ts'

/** The same body's latest report before this one's year, among all the dataset's reports (from its index). */
export function previousOf(dataset: Dataset, r: ReportRecord): ReportRecord | null {
  if (r.year === null) return null
  const t = dataset.index.townshipByKey.get(townshipKey(r))
  if (!t) return null
  // the township's reports ascend by year (then position): the last one before r's year wins,
  // the first of them in the file when a year has two
  let best = -1
  for (let j = 0; j < t.positions.length; j++) {
    const y = t.years[j]
    if (y !== y) continue
    if (y >= r.year) break
    if (best < 0 || y > t.years[best]) best = j
  }
  return best < 0 ? null : dataset.records[t.positions[best]]
}

export function complianceResults(
  records: readonly ReportRecord[],
  dataset: Dataset,
  textOf: (r: ReportRecord) => string | null,
  factsOf: (id: string) => readonly Fact[],
  options: DeadlineOptions = {},
): Map<string, ComplianceResult> {
  const out = new Map<string, ComplianceResult>()
  for (const record of records) {
    const prev = previousOf(dataset, record)
    out.set(
      record.report_id,
      checkCompliance({
        record,
        text: textOf(record),
        facts: factsOf(record.report_id),
        previous: prev ? { record: prev, text: textOf(prev) } : null,
        options,
      }),
    )
  }
  return out
}
