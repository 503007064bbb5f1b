/**
 * Indexes records by region and year once, when the dataset loads, so each filter change
 * starts from the smallest matching bucket instead of scanning every record.
 */
import type { ReportRecord } from '../data/schema.ts'
import { townshipKey } from './records.ts'

export interface RegionIndex {
  byProvince: Map<string, ReportRecord[]>
  byPrefecture: Map<string, ReportRecord[]>
  byCounty: Map<string, ReportRecord[]>
  byTownship: Map<string, ReportRecord[]>
  byYear: Map<number, ReportRecord[]>
  /** every year present, ascending */
  years: number[]
}

function push<K>(map: Map<K, ReportRecord[]>, key: K | null, r: ReportRecord): void {
  if (key === null) return
  const list = map.get(key)
  if (list) list.push(r)
  else map.set(key, [r])
}

export function buildRegionIndex(records: readonly ReportRecord[]): RegionIndex {
  const index: RegionIndex = {
    byProvince: new Map(),
    byPrefecture: new Map(),
    byCounty: new Map(),
    byTownship: new Map(),
    byYear: new Map(),
    years: [],
  }
  for (const r of records) {
    push(index.byProvince, r.province, r)
    push(index.byPrefecture, r.prefecture, r)
    push(index.byCounty, r.county, r)
    push(index.byTownship, townshipKey(r), r)
    push(index.byYear, r.year, r)
  }
  index.years = [...index.byYear.keys()].sort((a, b) => a - b)
  return index
}
