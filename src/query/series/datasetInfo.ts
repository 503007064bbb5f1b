/**
 * What dataset the page shows, for the header, the print header and exports: where it was read
 * from (the embedded set or a `?data=` address), how many reports, when reports.csv was written,
 * and whether it is synthetic (`npm run synth` names every report `synthetic_<adcode>_<year>`),
 * so a made-up set can never pass for real reports. Pure.
 */
import type { ReportRecord } from '../../data/schema.ts'

export interface DatasetInfo {
  /** null = the embedded dataset; otherwise the address it was read from */
  address: string | null
  reports: number
  /** YYYY-MM-DD, or null when the host did not say */
  built: string | null
  /** reports made by the synthetic generator */
  synthetic: number
}

const SYNTHETIC_SOURCE = /^synthetic_/

export function datasetInfo(baseUrl: string, embeddedBaseUrl: string, records: readonly ReportRecord[], builtAt: Date | null): DatasetInfo {
  let synthetic = 0
  for (const r of records) if (SYNTHETIC_SOURCE.test(r.source)) synthetic++
  return {
    address: baseUrl === embeddedBaseUrl ? null : baseUrl,
    reports: records.length,
    built: builtAt ? builtAt.toISOString().slice(0, 10) : null,
    synthetic,
  }
}
