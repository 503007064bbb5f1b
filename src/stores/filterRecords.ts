/**
 * Applies the filters to the records, and counts what each region option would hold, for the
 * cascading picker. Pure; the filters store calls it inside computed getters.
 */
import type { ReportRecord } from '../data/schema.ts'
import type { QueryState } from './queryState.ts'
import type { RegionIndex } from './regionIndex.ts'
import { compareZh, townshipKey } from './records.ts'

type Filters = Pick<QueryState, 'province' | 'prefecture' | 'county' | 'townships' | 'yearFrom' | 'yearTo' | 'templates' | 'search'>
type Level = 'province' | 'prefecture' | 'county' | 'township'

const LEVELS: Level[] = ['province', 'prefecture', 'county', 'township']

/** Everything except the region: years, template and the free search. */
function matchesNonRegion(r: ReportRecord, f: Filters): boolean {
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

/** Region levels above `level` (exclusive); used so each picker's counts ignore its own choice. */
function matchesRegion(r: ReportRecord, f: Filters, upTo: number): boolean {
  if (upTo > 0 && f.province && r.province !== f.province) return false
  if (upTo > 1 && f.prefecture && r.prefecture !== f.prefecture) return false
  if (upTo > 2 && f.county && r.county !== f.county) return false
  if (upTo > 3 && f.townships.length && !f.townships.includes(townshipKey(r))) return false
  return true
}

/** The smallest index bucket that can hold the answer. */
function candidates(all: readonly ReportRecord[], index: RegionIndex | null, f: Filters): readonly ReportRecord[] {
  if (!index) return all
  if (f.townships.length === 1) return index.byTownship.get(f.townships[0]) ?? []
  if (f.county) return index.byCounty.get(f.county) ?? []
  if (f.prefecture) return index.byPrefecture.get(f.prefecture) ?? []
  if (f.province) return index.byProvince.get(f.province) ?? []
  return all
}

export function filterRecords(records: readonly ReportRecord[], f: Filters, index: RegionIndex | null = null): ReportRecord[] {
  return candidates(records, index, f).filter((r) => matchesRegion(r, f, 4) && matchesNonRegion(r, f))
}

export interface RegionOption {
  value: string
  label: string
  /** reports under this option with the other filters applied */
  count: number
}

export type RegionOptions = Record<Level, RegionOption[]>

/**
 * Options for each picker level with report counts. A level's counts apply the levels above it
 * and the non-region filters, but not the level itself, so picking one county still shows how
 * many reports its siblings have.
 */
export function regionOptions(records: readonly ReportRecord[], f: Filters): RegionOptions {
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
  return { province: toList(counts[0]), prefecture: toList(counts[1]), county: toList(counts[2]), township: townships }
}
