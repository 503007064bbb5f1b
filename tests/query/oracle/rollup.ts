// @ts-nocheck
// Test oracle: the record-by-record version of this series as the page had it before query/ (commit 195a0d6), kept only to hold the column code to it.
/**
 * Roll-ups for selections too big to draw report by report. When a selection holds more
 * townships than a chart can show, the bar panels sum the reports by the region level just
 * below the deepest chosen region (the nation by province, a province by prefecture, …):
 * the top N groups, and the rest summed into one "other" bar. A group bar carries a drill
 * target, so clicking it chooses that region and the next level down is drawn.
 *
 * The series keep the shapes the builders already draw (VolumeSeries, ChannelSeries, …), so
 * small selections and large ones go through the same builders. Sums add what reports state
 * and count how many stated it; nothing unstated becomes 0. Pure: no Vue.
 *
 * Groups and their sums come from one of two places with the same answer: the records
 * themselves, or, for a selection filterRecords made, the columns (columns.ts), which at
 * 380,000 reports is ~10× faster (tests/stores/scale/columnar.test.ts compares the two).
 */
import { APPLICATION_COLUMNS, type ReportRecord } from '../../../src/data/schema.ts'
import type { QueryState } from '../../../src/query/queryState.ts'
import { amountWan, compareZh, townshipKey, townshipLabels } from './records.ts'
import { selectionOf, type ColumnField, type Selection } from './columns.ts'
import type { VolumeItem, VolumeSeries } from '../../../src/query/series/volume.ts'
import { CHANNELS, type ChannelRow, type ChannelSeries } from '../../../src/query/series/channels.ts'
import { OUTCOMES, type ApplicationField, type ApplicationRow, type ApplicationSeries } from '../../../src/query/series/applications.ts'
import type { ProcurementRow, ProcurementSeries, UnitlessAmount } from '../../../src/query/series/procurement.ts'

export type RollupLevel = 'province' | 'prefecture' | 'county' | 'township'

export interface Rollup {
  level: RollupLevel
  /** distinct townships in the selection */
  townships: number
}

/** More townships than this in a selection and the bar panels roll up (= the volume cap). */
export const ROLLUP_TOWNSHIPS = 30
/** Groups drawn before the rest bar; with it, a chart has at most this many + 1 bars. */
export const ROLLUP_TOP = 20

const BELOW: Record<Exclude<RollupLevel, 'township'>, RollupLevel> = { province: 'prefecture', prefecture: 'county', county: 'township' }

function groupValue(r: ReportRecord, level: RollupLevel): string | null {
  return level === 'township' ? townshipKey(r) : r[level]
}

function distinct(records: readonly ReportRecord[], level: RollupLevel, stopAbove: number): number {
  const sel = selectionOf(records)
  if (sel) return distinctIds(sel, level, stopAbove)
  const seen = new Set<string | null>()
  for (const r of records) {
    seen.add(groupValue(r, level))
    if (seen.size > stopAbove) break
  }
  return seen.size
}

/** Ids of each selected position at `level` (township rank or region id; -1 = none) and their count. */
function idsAt(sel: Selection, level: RollupLevel): { ids: Int32Array; size: number } {
  if (level === 'township') return { ids: sel.columns.township, size: sel.index.townships.length }
  return { ids: sel.columns.region(level), size: sel.index.regionNames[level].length }
}

function distinctIds(sel: Selection, level: RollupLevel, stopAbove: number): number {
  const { ids, size } = idsAt(sel, level)
  const seen = new Uint8Array(size + 1) // slot `size` stands for "none", counted like null above
  let n = 0
  for (const p of sel.positions) {
    const id = ids[p]
    const slot = id < 0 ? size : id
    if (!seen[slot]) {
      seen[slot] = 1
      if (++n > stopAbove) break
    }
  }
  return n
}

/**
 * The level to sum by, or null when the selection is small enough (or townships are picked
 * one by one) to draw report by report as before. A level holding a single group (a
 * municipality's one 市辖区) says nothing, so the next one down is taken.
 */
export function chooseRollup(
  records: readonly ReportRecord[],
  state: Pick<QueryState, 'province' | 'prefecture' | 'county' | 'townships'>,
): Rollup | null {
  if (state.townships.length) return null
  const townships = distinct(records, 'township', Infinity)
  if (townships <= ROLLUP_TOWNSHIPS) return null
  let level: RollupLevel = state.county ? 'township' : state.prefecture ? 'county' : state.province ? 'prefecture' : 'province'
  while (level !== 'township' && distinct(records, level, 1) <= 1) level = BELOW[level]
  return { level, townships }
}

/**
 * Reports grouped by a region level: the groups' values in the order they first appear, and
 * per field the sum of what each group's reports state (NaN-free) with how many stated it.
 */
interface Groups {
  values: string[]
  totals(field: ColumnField): { sums: Float64Array; stated: Int32Array }
  /** per group, each township's sum of what its reports state (townships stating nothing left out) */
  byTownship(field: ColumnField): number[][]
}

/** Sums per township key of the stated values, per group: `add(group, township, value)` then `lists()`. */
function townshipSums(groups: number) {
  const maps = Array.from({ length: groups }, () => new Map<string | number, number>())
  return {
    add: (g: number, township: string | number, v: number) => maps[g].set(township, (maps[g].get(township) ?? 0) + v),
    lists: () => maps.map((m) => [...m.values()]),
  }
}

/** The middle value (mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null
  const sorted = Float64Array.from(values).sort()
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Groups from record objects (small datasets, tests, arrays filterRecords did not make). */
function recordGroups(records: readonly ReportRecord[], level: RollupLevel): Groups {
  const at = new Map<string, number>()
  const members: ReportRecord[][] = []
  const values: string[] = []
  for (const r of records) {
    const v = groupValue(r, level)
    if (v === null) continue
    let g = at.get(v)
    if (g === undefined) {
      at.set(v, (g = values.length))
      values.push(v)
      members.push([])
    }
    members[g].push(r)
  }
  return {
    values,
    totals(field) {
      const sums = new Float64Array(values.length)
      const stated = new Int32Array(values.length)
      members.forEach((rs, g) => {
        for (const r of rs) {
          const v = field === 'procurement_amount_wan' ? amountWan(r) : r[field]
          if (v === null) continue
          sums[g] += v
          stated[g]++
        }
      })
      return { sums, stated }
    },
    byTownship(field) {
      const out = townshipSums(values.length)
      members.forEach((rs, g) => {
        for (const r of rs) {
          const v = field === 'procurement_amount_wan' ? amountWan(r) : r[field]
          if (v !== null) out.add(g, townshipKey(r), v)
        }
      })
      return out.lists()
    },
  }
}

/** Groups from columns: `positions` a subset of the selection's, ascending. */
function columnGroups(sel: Selection, positions: Int32Array, level: RollupLevel): Groups {
  const { ids, size } = idsAt(sel, level)
  const groupOf = new Int32Array(size).fill(-1)
  const values: string[] = []
  const member = new Int32Array(positions.length) // group per position, -1 = no value at this level
  for (let i = 0; i < positions.length; i++) {
    const id = ids[positions[i]]
    if (id < 0) {
      member[i] = -1
      continue
    }
    let g = groupOf[id]
    if (g < 0) {
      g = groupOf[id] = values.length
      values.push(level === 'township' ? sel.index.townships[id].key : sel.index.regionNames[level as Exclude<RollupLevel, 'township'>][id])
    }
    member[i] = g
  }
  return {
    values,
    totals(field) {
      const column = sel.columns.number(field)
      const sums = new Float64Array(values.length)
      const stated = new Int32Array(values.length)
      for (let i = 0; i < positions.length; i++) {
        const g = member[i]
        const v = column[positions[i]]
        if (g < 0 || v !== v) continue
        sums[g] += v
        stated[g]++
      }
      return { sums, stated }
    },
    byTownship(field) {
      const column = sel.columns.number(field)
      const township = sel.columns.township
      const out = townshipSums(values.length)
      for (let i = 0; i < positions.length; i++) {
        const g = member[i]
        const v = column[positions[i]]
        if (g < 0 || v !== v) continue
        out.add(g, township[positions[i]], v)
      }
      return out.lists()
    },
  }
}

/** Groups of the records for which `keep` holds (on the record, or on its position's columns). */
function groupsOf(
  records: readonly ReportRecord[],
  level: RollupLevel,
  keep?: { record: (r: ReportRecord) => boolean; position: (sel: Selection) => (p: number) => boolean },
): Groups {
  const sel = selectionOf(records)
  if (!sel) return recordGroups(keep ? records.filter(keep.record) : records, level)
  return columnGroups(sel, keep ? sel.positions.filter(keep.position(sel)) : sel.positions, level)
}

/** A field's sum per group as number | null (null = no report of the group states it). */
function summed(
  groups: Groups,
  field: ColumnField,
): { of: (g: number) => number | null; over: (gs: readonly number[]) => number | null; stated: Int32Array } {
  const { sums, stated } = groups.totals(field)
  return {
    stated,
    of: (g) => (stated[g] ? sums[g] : null),
    over: (gs) => {
      let sum = 0
      let any = false
      for (const g of gs) {
        if (!stated[g]) continue
        sum += sums[g]
        any = true
      }
      return any ? sum : null
    },
  }
}

/** `level:value` for a region bar (crossFilter.ts reads it); townships keep their key instead. */
function drillOf(level: RollupLevel, value: string): string | undefined {
  return level === 'township' ? undefined : `${level}:${value}`
}

/** Bar labels for a roll-up's groups: region names, or township names unique among them. */
function labelsOf(level: RollupLevel, values: readonly string[]): (value: string) => string {
  return level === 'township' ? townshipLabels(values) : (value) => value
}

/** Largest first by `measure`, names breaking ties; beyond `top`, the rest merged into one. */
function topAndRest<T extends { label: string }>(items: T[], measure: (t: T) => number, top: number, merge: (rest: T[]) => T): T[] {
  items.sort((a, b) => measure(b) - measure(a) || compareZh(a.label, b.label))
  if (items.length <= top + 1) return items
  return [...items.slice(0, top), merge(items.slice(top))]
}

/** proactive_total per group for one year: the ranked bars of the volume panel. */
export function volumeRollup(
  records: readonly ReportRecord[],
  rollup: Rollup,
  year: number | null,
  restLabel: (n: number) => string,
): VolumeSeries {
  const counts = new Map<number, number>()
  /** the latest year in which a report states the figure */
  let statedYear: number | null = null
  const sel = selectionOf(records)
  if (sel) {
    const years = sel.columns.year
    const total = sel.columns.number('proactive_total')
    for (const p of sel.positions) {
      if (years[p] !== years[p]) continue
      counts.set(years[p], (counts.get(years[p]) ?? 0) + 1)
      if (total[p] === total[p] && (statedYear === null || years[p] > statedYear)) statedYear = years[p]
    }
  } else {
    for (const r of records) {
      if (r.year === null) continue
      counts.set(r.year, (counts.get(r.year) ?? 0) + 1)
      if (r.proactive_total !== null && (statedYear === null || r.year > statedYear)) statedYear = r.year
    }
  }
  const years = [...counts.keys()].sort((a, b) => a - b)
  // as volumeByTownship: the chosen year, else the latest one that states the figure
  const shown: number | null = year !== null && counts.has(year) ? year : (statedYear ?? years.at(-1) ?? null)
  const groups = groupsOf(records, rollup.level, { record: (r) => r.year === shown, position: (s) => (p) => s.columns.year[p] === shown })
  const labelOf = labelsOf(rollup.level, groups.values)
  const total = summed(groups, 'proactive_total')
  const stated = total.stated
  // a sum ranks regions by how many townships they hold; the median township does not
  const perTownship = groups.byTownship('proactive_total')
  const items: (VolumeItem & { drill?: string; group: number })[] = []
  const unstated: string[] = []
  groups.values.forEach((value, g) => {
    const sum = total.of(g)
    const label = labelOf(value)
    if (sum === null) unstated.push(label)
    else
      items.push({
        key: rollup.level === 'township' ? value : '',
        label,
        value: sum,
        reports: stated[g],
        median: median(perTownship[g]),
        drill: drillOf(rollup.level, value),
        group: g,
      })
  })
  const shownItems = topAndRest(
    items,
    (i) => i.value,
    ROLLUP_TOP,
    (rest) => ({
      key: '',
      label: restLabel(rest.length),
      value: rest.reduce((s, i) => s + i.value, 0),
      reports: rest.reduce((s, i) => s + i.reports, 0),
      median: median(rest.flatMap((i) => perTownship[i.group])),
      drill: '',
      group: -1,
    }),
  )
  return { mode: 'township', year: shown, years, items: shownItems.map(({ group: _g, ...i }) => i), unstated, hidden: 0 }
}

type WithGroups<T> = T & { groups: number[] }

export function channelRollup(records: readonly ReportRecord[], rollup: Rollup, restLabel: (n: number) => string): ChannelSeries {
  const groups = groupsOf(records, rollup.level)
  const labelOf = labelsOf(rollup.level, groups.values)
  const channel = Object.fromEntries(CHANNELS.map((c) => [c, summed(groups, c)])) as Record<
    (typeof CHANNELS)[number],
    ReturnType<typeof summed>
  >
  const total = summed(groups, 'proactive_total')
  const row = (key: string, label: string, gs: number[], drill: string | undefined): WithGroups<ChannelRow & { drill?: string }> => {
    const values = Object.fromEntries(CHANNELS.map((c) => [c, channel[c].over(gs)])) as ChannelRow['values']
    const stated = CHANNELS.filter((c) => values[c] !== null)
    return {
      key,
      reportId: '',
      label,
      total: total.over(gs),
      values,
      statedSum: stated.reduce((s, c) => s + (values[c] as number), 0),
      unstatedCount: CHANNELS.length - stated.length,
      drill,
      groups: gs,
    }
  }
  const rows: WithGroups<ChannelRow>[] = []
  const noneStated: string[] = []
  groups.values.forEach((value, g) => {
    const r = row(rollup.level === 'township' ? value : '', labelOf(value), [g], drillOf(rollup.level, value))
    if (r.unstatedCount === CHANNELS.length) noneStated.push(r.label)
    else rows.push(r)
  })
  const shown = topAndRest(
    rows,
    (r) => r.statedSum,
    ROLLUP_TOP,
    (rest) =>
      row(
        '',
        restLabel(rest.length),
        rest.flatMap((r) => r.groups),
        '',
      ),
  )
  return { rows: shown.map(({ groups: _g, ...r }) => r), noneStated, hidden: 0 }
}

const APP_FIELDS = APPLICATION_COLUMNS

export function applicationRollup(records: readonly ReportRecord[], rollup: Rollup, restLabel: (n: number) => string): ApplicationSeries {
  const groups = groupsOf(records, rollup.level)
  const labelOf = labelsOf(rollup.level, groups.values)
  const field = Object.fromEntries(APP_FIELDS.map((f) => [f, summed(groups, f)])) as Record<ApplicationField, ReturnType<typeof summed>>
  const row = (key: string, label: string, gs: number[], drill: string | undefined): WithGroups<ApplicationRow & { drill?: string }> => ({
    key,
    reportId: '',
    label,
    values: Object.fromEntries(APP_FIELDS.map((f) => [f, field[f].over(gs)])) as Record<ApplicationField, number | null>,
    drill,
    groups: gs,
  })
  const rows: WithGroups<ApplicationRow>[] = []
  const noneStated: string[] = []
  groups.values.forEach((value, g) => {
    const r = row(rollup.level === 'township' ? value : '', labelOf(value), [g], drillOf(rollup.level, value))
    if (APP_FIELDS.every((f) => r.values[f] === null)) noneStated.push(r.label)
    else rows.push(r)
  })
  const allZero = rows.length > 0 && rows.every((r) => APP_FIELDS.every((f) => !r.values[f]))
  const shown = topAndRest(
    rows,
    (r) => r.values.apps_new ?? 0,
    ROLLUP_TOP,
    (rest) =>
      row(
        '',
        restLabel(rest.length),
        rest.flatMap((r) => r.groups),
        '',
      ),
  )
  return { rows: shown.map(({ groups: _g, ...r }) => r), noneStated, allZero, hidden: 0 }
}

export function procurementRollup(records: readonly ReportRecord[], rollup: Rollup, restLabel: (n: number) => string): ProcurementSeries {
  const relevant = {
    record: (r: ReportRecord) => r.procurement_projects !== null || r.procurement_amount !== null,
    position: (s: Selection) => {
      const projects = s.columns.number('procurement_projects'),
        amount = s.columns.number('procurement_amount')
      return (p: number) => projects[p] === projects[p] || amount[p] === amount[p] // NaN ≠ NaN: not stated
    },
  }
  // amounts without a unit are listed, not summed: few, so read from the records themselves
  const unitless: UnitlessAmount[] = []
  const sel = selectionOf(records)
  const withAmount = sel ? unitlessCandidates(sel) : records
  for (const r of withAmount) {
    if (r.procurement_amount !== null && amountWan(r) === null)
      unitless.push({
        key: townshipKey(r),
        reportId: r.report_id,
        label: `${r.township ?? r.report_id} ${r.year ?? '?'}`,
        raw: r.procurement_amount,
        projects: r.procurement_projects,
      })
  }
  const groups = groupsOf(records, rollup.level, relevant)
  const labelOf = labelsOf(rollup.level, groups.values)
  const projects = summed(groups, 'procurement_projects')
  const amount = summed(groups, 'procurement_amount_wan')
  const row = (key: string, label: string, gs: number[], drill: string | undefined): WithGroups<ProcurementRow & { drill?: string }> => ({
    key,
    reportId: '',
    label,
    projects: projects.over(gs),
    amountWan: amount.over(gs),
    drill,
    groups: gs,
  })
  const rows = groups.values.map((value, g) =>
    row(rollup.level === 'township' ? value : '', labelOf(value), [g], drillOf(rollup.level, value)),
  )
  const shown = topAndRest(
    rows,
    (r) => r.amountWan ?? 0,
    ROLLUP_TOP,
    (rest) =>
      row(
        '',
        restLabel(rest.length),
        rest.flatMap((r) => r.groups),
        '',
      ),
  )
  let stating = 0
  if (sel) {
    const has = relevant.position(sel)
    for (const p of sel.positions) if (has(p)) stating++
  } else for (const r of records) if (relevant.record(r)) stating++
  return { rows: shown.map(({ groups: _g, ...r }) => r), unitless, hidden: 0, unstated: records.length - stating }
}

/** Records of the selection stating an amount with no usable unit, in the selection's order. */
function unitlessCandidates(sel: Selection): ReportRecord[] {
  const amount = sel.columns.number('procurement_amount')
  const wan = sel.columns.number('procurement_amount_wan')
  const out: ReportRecord[] = []
  for (const p of sel.positions) if (amount[p] === amount[p] && wan[p] !== wan[p]) out.push(sel.index.records[p])
  return out
}
