/** Small ImportedReports for the import tests. */
import { emptyRecord, type ReportRecord } from '../../src/data/schema.ts'
import type { ImportedReport } from '../../src/import/types.ts'

export function record(id: string, township: string | null, year: number | null, extra: Partial<ReportRecord> = {}): ReportRecord {
  return { ...emptyRecord(id, `${id}.txt`), township, county: '永吉县', year, ...extra }
}

export function imported(id: string, township: string | null, year: number | null, extra: Partial<ReportRecord> = {}): ImportedReport {
  const r = record(id, township, year, extra)
  return {
    record: r,
    facts: [{ report_id: id, field: 'year', value: String(year), start: 0, end: 4, quote: `${year}年` }],
    text: `${year}年 ${township}`,
    origin: r.source,
  }
}
