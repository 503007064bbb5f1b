/**
 * A metric over years, per selected township or summed by county / prefecture / province.
 * Roll-ups add counts (never average), and each point says how many reports it covers, because
 * a total over 3 reports and one over 12 are not like for like.
 */
import type { ReportRecord } from '../../data/schema.ts'
import type { Metric, TrendGroup } from '../queryState.ts'
import { compareTownshipNames, compareZh, keyLabel, metricValue, townshipKey, townshipNameRank } from '../records.ts'

export interface TrendLine {
  /** `township:<key>` or `county:<name>` …, so a click knows what to filter */
  id: string
  level: TrendGroup
  /** the filter value: township key or region name */
  value: string
  name: string
  /** one per year; null when no report in the group states the metric that year */
  data: (number | null)[]
  /** reports summed into each point */
  covers: number[]
}

export interface TrendSeries {
  metric: Metric
  group: TrendGroup
  years: number[]
  lines: TrendLine[]
  /** townships left out when none is selected and there are too many to draw */
  hidden: number
}

export const TREND_CAP = 10

function groupValue(r: ReportRecord, group: TrendGroup): string | null {
  if (group === 'township') return townshipKey(r)
  return r[group]
}

export function trendSeries(
  records: readonly ReportRecord[],
  metric: Metric,
  group: TrendGroup,
  selectedTownships: readonly string[] = [],
): TrendSeries {
  const yearSet = new Set<number>()
  for (const r of records) if (r.year !== null) yearSet.add(r.year)
  const years = [...yearSet].sort((a, b) => a - b)
  const yearIndex = new Map(years.map((y, i) => [y, i]))
  const selected = group === 'township' && selectedTownships.length ? new Set(selectedTownships) : null
  // Per group: a slot in flat arrays of sums by year (no array per group: at national scale
  // there are 38,000 townships, of which TREND_CAP are drawn), and lines made only for those.
  const Y = years.length
  const slotOf = new Map<string, number>()
  const values: string[] = []
  let sums = new Float64Array(64 * Y)
  let covers = new Int32Array(64 * Y)
  const totals: number[] = []
  for (const r of records) {
    if (r.year === null) continue
    const value = groupValue(r, group)
    if (value === null || (selected && !selected.has(value))) continue
    let slot = slotOf.get(value)
    if (slot === undefined) {
      slot = values.length
      slotOf.set(value, slot)
      values.push(value)
      totals.push(0)
      if ((slot + 1) * Y > sums.length) {
        const s2 = new Float64Array(sums.length * 2), c2 = new Int32Array(covers.length * 2)
        s2.set(sums)
        c2.set(covers)
        ;[sums, covers] = [s2, c2]
      }
    }
    const v = metricValue(r, metric)
    if (v === null) continue
    const at = slot * Y + yearIndex.get(r.year)!
    sums[at] += v
    covers[at]++
    totals[slot] += v
  }
  const stated = (slot: number) => {
    for (let i = 0; i < Y; i++) if (covers[slot * Y + i]) return true
    return false
  }
  const g = values.map((value, slot) => ({ value, slot, total: totals[slot] }))
  const nameOf = (value: string) => (group === 'township' ? keyLabel(value) : value)
  let kept = g.filter((x) => stated(x.slot))
  let hidden = 0
  if (group === 'township') {
    // ties broken by name: ranks looked up once per township, not once per comparison
    const rank = new Map(kept.map((g) => [g, townshipNameRank(g.value)]))
    kept.sort((a, b) => {
      if (b.total !== a.total) return b.total - a.total
      const ra = rank.get(a), rb = rank.get(b)
      return ra !== undefined && rb !== undefined ? ra - rb : compareTownshipNames({ key: a.value, name: nameOf(a.value) }, { key: b.value, name: nameOf(b.value) })
    })
    hidden = Math.max(0, kept.length - TREND_CAP)
    kept = kept.slice(0, TREND_CAP)
  } else kept.sort((a, b) => compareZh(a.value, b.value))
  const lines: TrendLine[] = kept.map((g) => ({
    id: `${group}:${g.value}`,
    level: group,
    value: g.value,
    name: nameOf(g.value),
    data: years.map((_, i) => (covers[g.slot * Y + i] ? sums[g.slot * Y + i] : null)),
    covers: years.map((_, i) => covers[g.slot * Y + i]),
  }))
  return { metric, group, years, lines, hidden }
}
