/**
 * Change over time: each township's (or region's) metric year by year, and its change from the
 * year before the latest to the latest year in view, absolute and in per cent.
 *
 * Like for like: a region's change adds up only the townships that state the metric in both
 * years (a township that reported one year and not the other would read as a rise or a fall),
 * and a change across a template switch (2019, 2021) is flagged, because the two tables do not
 * count the same things. Pure.
 */
import type { ReportRecord } from '../../data/schema.ts'
import type { Metric, TrendLevel } from '../queryState.ts'
import { compareZh, metricValue, townshipKey } from '../records.ts'

/** The years a new report template took effect: figures on either side are not comparable. */
export const TEMPLATE_YEARS: readonly number[] = [2019, 2021]

export type ChangeSort = 'abs' | 'pct' | 'name' | 'last'

export interface ChangeRow {
  /** township key, or the region's name */
  key: string
  label: string
  /** per year of ChangeView.years: the township's value, or the region's sum of stated values */
  values: (number | null)[]
  /** value in the year before the latest (like-for-like townships only, for a region) */
  previous: number | null
  /** value in the latest year (same townships) */
  last: number | null
  /** last − previous; null when either is unstated */
  abs: number | null
  /** abs ÷ previous × 100; null when previous is unstated or 0 */
  pct: number | null
  /** townships compared (1 for a township; for a region, those stating both years) */
  compared: number
}

export interface ChangeView {
  metric: Metric
  group: TrendLevel
  years: number[]
  /** the two years compared, or null with fewer than two years in view */
  from: number | null
  to: number | null
  /** a template took effect in (from, to]: the change compares different tables */
  crossesTemplate: boolean
  /** the template years inside the years in view (markers on the trend axis) */
  templateYears: number[]
  rows: ChangeRow[]
}

const groupOf = (r: ReportRecord, group: TrendLevel): string | null =>
  group === 'township' ? townshipKey(r) : group === 'county' ? r.county : group === 'prefecture' ? r.prefecture : r.province

/** Per group and year, per township: the stated value (a township's first report of a year counts). */
function valuesByGroup(records: readonly ReportRecord[], metric: Metric, group: TrendLevel) {
  const groups = new Map<string, { label: string; byTownship: Map<string, Map<number, number>> }>()
  for (const r of records) {
    if (r.year === null) continue
    const key = groupOf(r, group)
    if (key === null) continue
    const v = metricValue(r, metric)
    if (v === null) continue
    let g = groups.get(key)
    if (!g) groups.set(key, (g = { label: group === 'township' ? (r.township ?? r.report_id) : key, byTownship: new Map() }))
    const t = townshipKey(r)
    let years = g.byTownship.get(t)
    if (!years) g.byTownship.set(t, (years = new Map()))
    if (!years.has(r.year)) years.set(r.year, v)
  }
  return groups
}

export function changeView(records: readonly ReportRecord[], metric: Metric, group: TrendLevel): ChangeView {
  const yearSet = new Set<number>()
  for (const r of records) if (r.year !== null) yearSet.add(r.year)
  const years = [...yearSet].sort((a, b) => a - b)
  const to = years.length >= 2 ? years[years.length - 1] : null
  const from = years.length >= 2 ? years[years.length - 2] : null
  const rows: ChangeRow[] = []
  for (const [key, g] of valuesByGroup(records, metric, group)) {
    const values = years.map((y) => {
      let sum: number | null = null
      for (const t of g.byTownship.values()) {
        const v = t.get(y)
        if (v !== undefined) sum = (sum ?? 0) + v
      }
      return sum
    })
    let previous: number | null = null
    let last: number | null = null
    let compared = 0
    if (from !== null && to !== null) {
      for (const t of g.byTownship.values()) {
        const a = t.get(from)
        const b = t.get(to)
        if (a === undefined || b === undefined) continue
        previous = (previous ?? 0) + a
        last = (last ?? 0) + b
        compared++
      }
    }
    const abs = previous !== null && last !== null ? last - previous : null
    const pct = abs !== null && previous ? Math.round((abs / previous) * 1000) / 10 : null
    rows.push({ key, label: g.label, values, previous, last, abs, pct, compared })
  }
  return {
    metric,
    group,
    years,
    from,
    to,
    crossesTemplate: from !== null && to !== null && TEMPLATE_YEARS.some((y) => y > from && y <= to),
    templateYears: TEMPLATE_YEARS.filter((y) => years.length > 0 && y > years[0] && y <= years[years.length - 1]),
    rows,
  }
}

/** Rows in the chosen order; rows with no change to sort by go last, whatever the direction. */
export function sortChanges(rows: readonly ChangeRow[], by: ChangeSort, dir: 'asc' | 'desc'): ChangeRow[] {
  const sign = dir === 'asc' ? 1 : -1
  const value = (r: ChangeRow) => (by === 'abs' ? r.abs : by === 'pct' ? r.pct : by === 'last' ? r.last : null)
  return [...rows].sort((a, b) => {
    if (by === 'name') return sign * compareZh(a.label, b.label)
    const x = value(a)
    const y = value(b)
    if (x === null || y === null) return x === y ? compareZh(a.label, b.label) : x === null ? 1 : -1
    return sign * (x - y) || compareZh(a.label, b.label)
  })
}
