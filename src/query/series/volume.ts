/** proactive_total by township for one year (ranked), or summed by year for the selection. */
import type { ReportRecord } from '../../data/schema.ts'
import { compareZh, reportLabeler, sumStated, townshipKey } from '../records.ts'
import type { Selection } from '../select.ts'

export interface VolumeItem {
  /** township key (township mode) or the year as a string (year mode) */
  key: string
  label: string
  value: number
  /** reports summed into this bar */
  reports: number
  /** roll-ups: the median over the bar's townships of each one's stated figure */
  median?: number | null
  /** roll-ups (query/rollup.ts): `level:value` a click drills into; '' for the rest bar */
  drill?: string
}

export interface VolumeSeries {
  mode: 'township' | 'year'
  /** the year shown in township mode */
  year: number | null
  /** years available for the year picker */
  years: number[]
  items: VolumeItem[]
  /** labels of reports that do not state the total (listed, never drawn as 0) */
  unstated: string[]
  /** items beyond the cap, left out of the chart */
  hidden: number
}

/** Ranking bars beyond this many stop being readable; the table still has every row. */
export const VOLUME_CAP = 30

/**
 * The default year of the ranking: the latest in the selection in which a report states the
 * figure (a year nobody states would be an empty chart), else the latest. The caption says which.
 */
function latestYear(records: readonly ReportRecord[]): number | null {
  let latest: number | null = null
  let stated: number | null = null
  for (const r of records) {
    if (r.year === null) continue
    if (latest === null || r.year > latest) latest = r.year
    if (r.proactive_total !== null && (stated === null || r.year > stated)) stated = r.year
  }
  return stated ?? latest
}

export function volumeByTownship(records: readonly ReportRecord[], year: number | null): VolumeSeries {
  const years = [...new Set(records.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => a - b)
  const shown = year !== null && years.includes(year) ? year : latestYear(records)
  const ofYear = records.filter((r) => r.year === shown)
  const label = reportLabeler(ofYear)
  const groups = new Map<string, ReportRecord[]>()
  for (const r of ofYear) {
    const k = townshipKey(r)
    const list = groups.get(k)
    if (list) list.push(r)
    else groups.set(k, [r])
  }
  const items: VolumeItem[] = []
  const unstated: string[] = []
  for (const [key, rs] of groups) {
    const { sum, stated } = sumStated(rs.map((r) => r.proactive_total))
    if (sum === null) unstated.push(label(rs[0]))
    else items.push({ key, label: label(rs[0]), value: sum, reports: stated })
  }
  items.sort((a, b) => b.value - a.value || compareZh(a.label, b.label))
  return {
    mode: 'township',
    year: shown,
    years,
    items: items.slice(0, VOLUME_CAP),
    unstated,
    hidden: Math.max(0, items.length - VOLUME_CAP),
  }
}

/** proactive_total summed per year over the selection, from its columns. */
export function volumeByYear(sel: Selection): VolumeSeries {
  const year = sel.columns.year
  const total = sel.columns.number('proactive_total')
  const sums = new Map<number, { sum: number; stated: number }>()
  for (const p of sel.positions) {
    const y = year[p]
    if (y !== y) continue
    let s = sums.get(y)
    if (!s) sums.set(y, (s = { sum: 0, stated: 0 }))
    const v = total[p]
    if (v === v) {
      s.sum += v
      s.stated++
    }
  }
  const years = [...sums.keys()].sort((a, b) => a - b)
  const items: VolumeItem[] = []
  const unstated: string[] = []
  for (const y of years) {
    const { sum, stated } = sums.get(y)!
    if (!stated) unstated.push(String(y))
    else items.push({ key: String(y), label: String(y), value: sum, reports: stated })
  }
  return { mode: 'year', year: null, years, items, unstated, hidden: 0 }
}
