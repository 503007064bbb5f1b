/**
 * Which incoming reports are for a township and year already shown. The key is the dashboard's
 * township key (county/township: names repeat across counties) plus the year; a report with no
 * township or no year has no key and never conflicts.
 */
import type { ReportRecord } from '../data/schema.ts'
import { townshipKey } from '../query/records.ts'
import type { Conflict, ImportedReport } from './types.ts'

export function duplicateKey(r: ReportRecord): string | null {
  if (r.township === null || r.year === null) return null
  return `${townshipKey(r)}|${r.year}`
}

/**
 * Splits incoming reports into fresh ones and conflicts. Each is checked against what is shown
 * and against the incoming reports before it, so two files for the same township and year in
 * one drop are also put to the user.
 */
export function findConflicts(
  shown: readonly ReportRecord[],
  incoming: readonly ImportedReport[],
): { fresh: ImportedReport[]; conflicts: Conflict[] } {
  const byKey = new Map<string, ReportRecord>()
  for (const r of shown) {
    const k = duplicateKey(r)
    if (k !== null && !byKey.has(k)) byKey.set(k, r)
  }
  const fresh: ImportedReport[] = []
  const conflicts: Conflict[] = []
  for (const report of incoming) {
    const k = duplicateKey(report.record)
    const existing = k === null ? undefined : byKey.get(k)
    if (existing) conflicts.push({ incoming: report, existing })
    else {
      fresh.push(report)
      if (k !== null) byKey.set(k, report.record)
    }
  }
  return { fresh, conflicts }
}
