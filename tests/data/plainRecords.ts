/**
 * Records as plain objects of their REPORT_COLUMNS fields. Records made from columns read
 * their fields through getters (columns.ts columnsToRecords), which toEqual does not see:
 * compared as they are, any two such records would look equal.
 */
import { REPORT_COLUMNS, type ReportRecord } from '../../src/data/schema.ts'

export function plainRecords(records: readonly ReportRecord[]): Record<string, unknown>[] {
  return records.map((r) => Object.fromEntries(REPORT_COLUMNS.map((c) => [c, r[c as keyof ReportRecord]])))
}
