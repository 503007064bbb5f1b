// @ts-nocheck
// Test oracle: the record-by-record version of this series as the page had it before query/ (commit 195a0d6), kept only to hold the column code to it.
/**
 * A metric over years, per selected township or summed by county / prefecture / province.
 * Roll-ups add counts (never average), and each point says how many reports it covers, because
 * a total over 3 reports and one over 12 are not like for like.
 */
import type { ReportRecord } from '../../../src/data/schema.ts'
import type { Metric, QueryState, TrendLevel } from '../../../src/query/queryState.ts'
import type { Rollup } from './rollup.ts'
import { compareTownshipNames, compareZh, keyLabel, metricValue, townshipKey, townshipLabels, townshipNameRank } from './records.ts'
import { selectionOf, type Selection } from './columns.ts'
import { yearSlots } from '../../../src/query/yearSlots.ts'

export interface TrendLine {
  /** `township:<key>` or `county:<name>` …, so a click knows what to filter */
  id: string
  level: TrendLevel
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
  group: TrendLevel
  years: number[]
  lines: TrendLine[]
  /** townships left out when none is selected and there are too many to draw */
  hidden: number
}

export const TREND_CAP = 10

/**
 * The level trend lines are drawn at: the chosen one, or for 'auto' the picked townships, else
 * the level the bar panels sum by when they roll up (more than 30 townships), else townships.
 */
export function trendLevel(state: Pick<QueryState, 'trendGroup' | 'townships'>, rollup: Rollup | null): TrendLevel {
  if (state.trendGroup !== 'auto') return state.trendGroup
  if (state.townships.length || !rollup) return 'township'
  return rollup.level
}

function groupValue(r: ReportRecord, group: TrendLevel): string | null {
  if (group === 'township') return townshipKey(r)
  return r[group]
}

/** Per group (a slot): sums and report counts by year in flat arrays, and the total. */
interface Accumulated {
  years: number[]
  /** groups (slots) made */
  size: number
  /** a slot's group value: township key or region name */
  valueOf: (slot: number) => string
  sums: Float64Array
  covers: Int32Array
  totals: Float64Array
  /** township groups: the pinyin name rank per slot (records.ts townshipNameRank), if known */
  nameRank?: (slot: number) => number | undefined
}

export function trendSeries(
  records: readonly ReportRecord[],
  metric: Metric,
  group: TrendLevel,
  selectedTownships: readonly string[] = [],
): TrendSeries {
  const selected = group === 'township' && selectedTownships.length ? new Set(selectedTownships) : null
  const sel = selectionOf(records)
  const acc = sel ? accumulateColumns(sel, metric, group, selected) : accumulateRecords(records, metric, group, selected)
  const { years, size, valueOf, sums, covers, totals } = acc
  const nameRank = acc.nameRank ?? ((slot: number) => townshipNameRank(valueOf(slot)))
  const Y = years.length
  const stated = (slot: number) => {
    for (let i = 0; i < Y; i++) if (covers[slot * Y + i]) return true
    return false
  }
  const nameOf = (value: string) => (group === 'township' ? keyLabel(value) : value)
  let kept: Slot[]
  let hidden = 0
  if (group === 'township') {
    // the largest totals, ties by name; only TREND_CAP are drawn, so at national scale (38,000
    // townships) they are picked in one pass over the slots rather than by sorting them all, and
    // only the kept ones become objects
    const before = (a: number, b: number) => {
      if (totals[b] !== totals[a]) return totals[b] - totals[a]
      const ra = nameRank(a),
        rb = nameRank(b)
      if (ra !== undefined && rb !== undefined) return ra - rb
      const va = valueOf(a),
        vb = valueOf(b)
      return compareTownshipNames({ key: va, name: nameOf(va) }, { key: vb, name: nameOf(vb) })
    }
    let count = 0
    const best: number[] = []
    for (let slot = 0; slot < size; slot++) {
      if (!stated(slot)) continue
      count++
      if (best.length === TREND_CAP && before(slot, best[TREND_CAP - 1]) >= 0) continue
      let at = best.length
      while (at > 0 && before(slot, best[at - 1]) < 0) at--
      best.splice(at, 0, slot)
      if (best.length > TREND_CAP) best.pop()
    }
    hidden = Math.max(0, count - TREND_CAP)
    kept = best.map((slot) => ({ value: valueOf(slot), slot }))
  } else {
    kept = []
    for (let slot = 0; slot < size; slot++) if (stated(slot)) kept.push({ value: valueOf(slot), slot })
    // 31 provinces' lines left no room for the plot under their legend: the largest totals, in name order
    if (kept.length > TREND_CAP) {
      hidden = kept.length - TREND_CAP
      kept = kept.sort((a, b) => totals[b.slot] - totals[a.slot] || compareZh(a.value, b.value)).slice(0, TREND_CAP)
    }
    kept.sort((a, b) => compareZh(a.value, b.value))
  }
  // a line's name is its legend entry and colour: same-name townships are told apart by county
  const label = group === 'township' ? townshipLabels(kept.map((g) => g.value)) : nameOf
  const lines: TrendLine[] = kept.map((g) => ({
    id: `${group}:${g.value}`,
    level: group,
    value: g.value,
    name: label(g.value),
    data: years.map((_, i) => (covers[g.slot * Y + i] ? sums[g.slot * Y + i] : null)),
    covers: years.map((_, i) => covers[g.slot * Y + i]),
  }))
  return { metric, group, years, lines, hidden }
}

type Slot = { value: string; slot: number }

/** Groups are made in the order they first appear; a group with no stated value is dropped later. */
function accumulateRecords(records: readonly ReportRecord[], metric: Metric, group: TrendLevel, selected: Set<string> | null): Accumulated {
  const yearSet = new Set<number>()
  for (const r of records) if (r.year !== null) yearSet.add(r.year)
  const years = [...yearSet].sort((a, b) => a - b)
  const yearIndex = new Map(years.map((y, i) => [y, i]))
  const slotOf = new Map<string, number>()
  const values: string[] = []
  const rows: ReportRecord[] = []
  const slots: number[] = []
  for (const r of records) {
    if (r.year === null) continue
    const value = groupValue(r, group)
    if (value === null || (selected && !selected.has(value))) continue
    let slot = slotOf.get(value)
    if (slot === undefined) {
      slotOf.set(value, (slot = values.length))
      values.push(value)
    }
    rows.push(r)
    slots.push(slot)
  }
  const Y = years.length
  const sums = new Float64Array(values.length * Y),
    covers = new Int32Array(values.length * Y),
    totals = new Float64Array(values.length)
  rows.forEach((r, i) => {
    const v = metricValue(r, metric)
    if (v === null) return
    const at = slots[i] * Y + yearIndex.get(r.year!)!
    sums[at] += v
    covers[at]++
    totals[slots[i]] += v
  })
  return { years, size: values.length, valueOf: (slot) => values[slot], sums, covers, totals }
}

/** The same from the columns of a filtered selection (scale/columns.ts): ids, not strings. */
function accumulateColumns(sel: Selection, metric: Metric, group: TrendLevel, selected: Set<string> | null): Accumulated {
  const { positions, columns, index } = sel
  const year = columns.year
  const ids = group === 'township' ? columns.township : columns.region(group)
  const size = group === 'township' ? index.townships.length : index.regionNames[group].length
  const allowed = selected ? new Uint8Array(size) : null
  if (allowed)
    for (const key of selected!) {
      const t = index.townshipByKey.get(key)
      if (t) allowed[t.rank] = 1
    }
  // the dataset's years (ascending, whole numbers) place a report's year by offset: a Set and
  // a Map per report were most of this loop at 38,000 townships
  const slotOfYear = yearSlots(index.years)
  const yearAt = (y: number) => (slotOfYear ? slotOfYear.slots[y - slotOfYear.first] : index.years.indexOf(y))
  const present = new Uint8Array(index.years.length)
  const slotOf = new Int32Array(size).fill(-1)
  const slotIds: number[] = []
  const picked: number[] = []
  for (const p of positions) {
    const id = ids[p]
    const y = year[p]
    if (y !== y) continue
    present[yearAt(y)] = 1 // every report's year is a point on the axis, as accumulateRecords
    if (id < 0 || (allowed && !allowed[id])) continue
    if (slotOf[id] < 0) {
      slotOf[id] = slotIds.length
      slotIds.push(id)
    }
    picked.push(p)
  }
  const years = index.years.filter((_, i) => present[i])
  const column = new Int32Array(index.years.length) // dataset year slot → place among `years`
  years.forEach((y, i) => (column[yearAt(y)] = i))
  const Y = years.length
  const sums = new Float64Array(slotIds.length * Y),
    covers = new Int32Array(slotIds.length * Y),
    totals = new Float64Array(slotIds.length)
  const metricColumn = columns.number(metric)
  for (const p of picked) {
    const v = metricColumn[p]
    if (v !== v) continue
    const slot = slotOf[ids[p]]
    const at = slot * Y + column[yearAt(year[p])]
    sums[at] += v
    covers[at]++
    totals[slot] += v
  }
  // names only for the slots asked for: at national scale that is 10 of 38,000
  const valueOf =
    group === 'township' ? (slot: number) => index.townships[slotIds[slot]].key : (slot: number) => index.regionNames[group][slotIds[slot]]
  // as records.ts townshipNameRank, from the entry itself instead of two string-keyed maps
  const nameRank = group === 'township' ? (slot: number) => index.townships[slotIds[slot]].labelRank * 2 ** 26 + slotIds[slot] : undefined
  return { years, size: slotIds.length, valueOf, sums, covers, totals, nameRank }
}
