/**
 * The answers of select.ts worked out the plain way, one record at a time, for tests to hold
 * the indexed functions against (a test oracle, not a second path the page takes).
 */
import type { ReportRecord } from '../../src/data/schema.ts'
import { compareZh, townshipKey } from '../../src/query/records.ts'
import type { Filters, RegionOptions } from '../../src/query/select.ts'

type Level = 'province' | 'prefecture' | 'county' | 'township'
const LEVELS: Level[] = ['province', 'prefecture', 'county', 'township']

export function matchesNonRegion(r: ReportRecord, f: Filters): boolean {
  if (f.yearFrom !== null && (r.year === null || r.year < f.yearFrom)) return false
  if (f.yearTo !== null && (r.year === null || r.year > f.yearTo)) return false
  if (f.templates.length && (r.template === null || !f.templates.includes(r.template))) return false
  if (f.search) {
    const needle = f.search.trim().toLowerCase()
    const hay = `${r.township ?? ''} ${r.county ?? ''}`.toLowerCase()
    if (needle && !hay.includes(needle)) return false
  }
  return true
}

export function matchesRegion(r: ReportRecord, f: Filters, upTo: number): boolean {
  if (upTo > 0 && f.province && r.province !== f.province) return false
  if (upTo > 1 && f.prefecture && r.prefecture !== f.prefecture) return false
  if (upTo > 2 && f.county && r.county !== f.county) return false
  if (upTo > 3 && f.townships.length && !f.townships.includes(townshipKey(r))) return false
  return true
}

/** The records passing every filter, in their order. */
export function scanFilter(records: readonly ReportRecord[], f: Filters): ReportRecord[] {
  return records.filter((r) => matchesRegion(r, f, 4) && matchesNonRegion(r, f))
}

export function scanRegionOptions(records: readonly ReportRecord[], f: Filters): RegionOptions {
  const counts = LEVELS.map(() => new Map<string, { label: string; count: number }>())
  for (const r of records) {
    if (!matchesNonRegion(r, f)) continue
    const values: (string | null)[] = [r.province, r.prefecture, r.county, townshipKey(r)]
    LEVELS.forEach((_, i) => {
      const value = values[i]
      if (value === null || !matchesRegion(r, f, i)) return
      const label = i === 3 ? (r.township ?? r.report_id) : value
      const entry = counts[i].get(value)
      if (entry) entry.count++
      else counts[i].set(value, { label, count: 1 })
    })
  }
  const toList = (m: Map<string, { label: string; count: number }>) =>
    [...m].map(([value, { label, count }]) => ({ value, label, count })).sort((a, b) => compareZh(a.label, b.label))
  const townships = toList(counts[3])
  // Same-name townships in different counties (金塘镇 ×4 nationally) get their county shown.
  const seen = new Map<string, number>()
  for (const t of townships) seen.set(t.label, (seen.get(t.label) ?? 0) + 1)
  for (const t of townships) if (seen.get(t.label)! > 1) t.label = `${t.label}（${t.value.split('/')[0]}）`
  return {
    province: toList(counts[0]),
    prefecture: toList(counts[1]),
    county: toList(counts[2]),
    township: townships,
    townshipCount: townships.length,
  }
}
