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
 * Groups and their sums come from the selection's columns (indexColumns.ts): integer ids, not
 * names, so a national view's 380,000 reports are summed without a string-keyed map.
 */
import { APPLICATION_COLUMNS, type ReportRecord } from '../data/schema.ts'
import type { QueryState } from './queryState.ts'
import { amountWan, compareZh, townshipKey, townshipLabels } from './records.ts'
import type { ColumnField } from './indexColumns.ts'
import type { Selection } from './select.ts'
import type { VolumeItem, VolumeSeries } from './series/volume.ts'
import { CHANNELS, type ChannelRow, type ChannelSeries } from './series/channels.ts'
import { type ApplicationField, type ApplicationRow, type ApplicationSeries } from './series/applications.ts'
import type { ProcurementRow, ProcurementSeries, UnitlessAmount } from './series/procurement.ts'

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

/** Ids of each selected position at `level` (township rank or region id; -1 = none) and their count. */
function idsAt(sel: Selection, level: RollupLevel): { ids: Int32Array; size: number } {
  if (level === 'township') return { ids: sel.columns.township, size: sel.index.townships.length }
  return { ids: sel.columns.region(level), size: sel.index.regionNames[level].length }
}

function distinct(sel: Selection, level: RollupLevel, stopAbove: number): number {
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
export function chooseRollup(sel: Selection, state: Pick<QueryState, 'province' | 'prefecture' | 'county' | 'townships'>): Rollup | null {
  if (state.townships.length) return null
  const townships = distinct(sel, 'township', Infinity)
  if (townships <= ROLLUP_TOWNSHIPS) return null
  let level: RollupLevel = state.county ? 'township' : state.prefecture ? 'county' : state.province ? 'prefecture' : 'province'
  while (level !== 'township' && distinct(sel, level, 1) <= 1) level = BELOW[level]
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

/** The middle value (mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null
  const sorted = Float64Array.from(values).sort()
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
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
      const maps = Array.from({ length: values.length }, () => new Map<number, number>())
      for (let i = 0; i < positions.length; i++) {
        const g = member[i]
        const v = column[positions[i]]
        if (g < 0 || v !== v) continue
        const t = township[positions[i]]
        maps[g].set(t, (maps[g].get(t) ?? 0) + v)
      }
      return maps.map((m) => [...m.values()])
    },
  }
}

/** Groups of the selection's positions for which `keep` holds (all when none is given). */
function groupsOf(sel: Selection, level: RollupLevel, keep?: (p: number) => boolean): Groups {
  return columnGroups(sel, keep ? sel.positions.filter(keep) : sel.positions, level)
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
export function volumeRollup(sel: Selection, rollup: Rollup, year: number | null, restLabel: (n: number) => string): VolumeSeries {
  /** the years present (added when the year changes from the last report: most runs of reports share one) */
  const present = new Set<number>()
  /** the latest year in which a report states the figure */
  let statedYear: number | null = null
  {
    const years = sel.columns.year
    const total = sel.columns.number('proactive_total')
    let last = Number.NaN
    for (const p of sel.positions) {
      const y = years[p]
      if (y !== y) continue
      if (y !== last) present.add((last = y))
      if (total[p] === total[p] && (statedYear === null || y > statedYear)) statedYear = y
    }
  }
  const years = [...present].sort((a, b) => a - b)
  // as volumeByTownship: the chosen year, else the latest one that states the figure
  const shown: number | null = year !== null && present.has(year) ? year : (statedYear ?? years.at(-1) ?? null)
  const yearColumn = sel.columns.year
  const groups = groupsOf(sel, rollup.level, (p) => yearColumn[p] === shown)
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

export function channelRollup(sel: Selection, rollup: Rollup, restLabel: (n: number) => string): ChannelSeries {
  const groups = groupsOf(sel, rollup.level)
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

export function applicationRollup(sel: Selection, rollup: Rollup, restLabel: (n: number) => string): ApplicationSeries {
  const groups = groupsOf(sel, rollup.level)
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

export function procurementRollup(sel: Selection, rollup: Rollup, restLabel: (n: number) => string): ProcurementSeries {
  const projectsColumn = sel.columns.number('procurement_projects'),
    amountColumn = sel.columns.number('procurement_amount')
  const relevant = (p: number) => projectsColumn[p] === projectsColumn[p] || amountColumn[p] === amountColumn[p] // NaN ≠ NaN: not stated
  // amounts without a unit are listed, not summed: few, so read from the records themselves
  const unitless: UnitlessAmount[] = []
  for (const r of unitlessCandidates(sel)) {
    if (r.procurement_amount !== null && amountWan(r) === null)
      unitless.push({
        key: townshipKey(r),
        reportId: r.report_id,
        label: `${r.township ?? r.report_id} ${r.year ?? '?'}`,
        raw: r.procurement_amount,
        projects: r.procurement_projects,
      })
  }
  const groups = groupsOf(sel, rollup.level, relevant)
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
  for (const p of sel.positions) if (relevant(p)) stating++
  return { rows: shown.map(({ groups: _g, ...r }) => r), unitless, hidden: 0, unstated: sel.positions.length - stating }
}

/** Records of the selection stating an amount with no usable unit, in the selection's order. */
function unitlessCandidates(sel: Selection): ReportRecord[] {
  const amount = sel.columns.number('procurement_amount')
  const wan = sel.columns.number('procurement_amount_wan')
  const out: ReportRecord[] = []
  for (const p of sel.positions) if (amount[p] === amount[p] && wan[p] !== wan[p]) out.push(sel.dataset.records[p])
  return out
}
