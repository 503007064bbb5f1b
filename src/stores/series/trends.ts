/**
 * A metric over years, per selected township or summed by county / prefecture / province.
 * Roll-ups add counts (never average), and each point says how many reports it covers, because
 * a total over 3 reports and one over 12 are not like for like.
 */
import type { ReportRecord } from '../../data/schema.ts'
import type { Metric, TrendGroup } from '../queryState.ts'
import { compareZh, keyLabel, metricValue, townshipKey } from '../records.ts'

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
  const years = [...new Set(records.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => a - b)
  const yearIndex = new Map(years.map((y, i) => [y, i]))
  const groups = new Map<string, TrendLine>()
  for (const r of records) {
    const value = groupValue(r, group)
    const v = metricValue(r, metric)
    if (value === null || r.year === null) continue
    let line = groups.get(value)
    if (!line) {
      line = { id: `${group}:${value}`, level: group, value, name: group === 'township' ? keyLabel(value) : value, data: years.map(() => null), covers: years.map(() => 0) }
      groups.set(value, line)
    }
    if (v === null) continue
    const i = yearIndex.get(r.year)!
    line.data[i] = (line.data[i] ?? 0) + v
    line.covers[i]++
  }
  let lines = [...groups.values()].filter((l) => l.data.some((d) => d !== null))
  let hidden = 0
  if (group === 'township') {
    if (selectedTownships.length) lines = lines.filter((l) => selectedTownships.includes(l.value))
    const total = (l: TrendLine) => l.data.reduce<number>((s, d) => s + (d ?? 0), 0)
    lines.sort((a, b) => total(b) - total(a) || compareZh(a.name, b.name))
    hidden = Math.max(0, lines.length - TREND_CAP)
    lines = lines.slice(0, TREND_CAP)
  } else lines.sort((a, b) => compareZh(a.name, b.name))
  return { metric, group, years, lines, hidden }
}
