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
 */
import type { ReportRecord } from '../../data/schema.ts'
import type { QueryState } from '../queryState.ts'
import { amountWan, compareZh, keyLabel, sumStated, townshipKey } from '../records.ts'
import type { VolumeItem, VolumeSeries } from '../series/volume.ts'
import { CHANNELS, type ChannelRow, type ChannelSeries } from '../series/channels.ts'
import { OUTCOMES, type ApplicationField, type ApplicationRow, type ApplicationSeries } from '../series/applications.ts'
import type { ProcurementRow, ProcurementSeries, UnitlessAmount } from '../series/procurement.ts'

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
  const seen = new Set<string | null>()
  for (const r of records) {
    seen.add(groupValue(r, level))
    if (seen.size > stopAbove) break
  }
  return seen.size
}

/**
 * The level to sum by, or null when the selection is small enough (or townships are picked
 * one by one) to draw report by report as before. A level holding a single group (a
 * municipality's one 市辖区) says nothing, so the next one down is taken.
 */
export function chooseRollup(records: readonly ReportRecord[], state: Pick<QueryState, 'province' | 'prefecture' | 'county' | 'townships'>): Rollup | null {
  if (state.townships.length) return null
  const townships = distinct(records, 'township', Infinity)
  if (townships <= ROLLUP_TOWNSHIPS) return null
  let level: RollupLevel = state.county ? 'township' : state.prefecture ? 'county' : state.province ? 'prefecture' : 'province'
  while (level !== 'township' && distinct(records, level, 1) <= 1) level = BELOW[level]
  return { level, townships }
}

/** The last grouping per records array and level: the four bar panels share one. */
const lastGroups = new WeakMap<readonly ReportRecord[], { level: RollupLevel; groups: Map<string, ReportRecord[]> }>()

function groupBy(records: readonly ReportRecord[], level: RollupLevel): Map<string, ReportRecord[]> {
  const cached = lastGroups.get(records)
  if (cached?.level === level) return cached.groups
  const groups = new Map<string, ReportRecord[]>()
  for (const r of records) {
    const v = groupValue(r, level)
    if (v === null) continue
    const list = groups.get(v)
    if (list) list.push(r)
    else groups.set(v, [r])
  }
  lastGroups.set(records, { level, groups })
  return groups
}

/** `level:value` for a region bar (crossFilter.ts reads it); townships keep their key instead. */
function drillOf(level: RollupLevel, value: string): string | undefined {
  return level === 'township' ? undefined : `${level}:${value}`
}

function labelOf(level: RollupLevel, value: string): string {
  return level === 'township' ? keyLabel(value) : value
}

/** Largest first by `measure`, names breaking ties; beyond `top`, the rest merged into one. */
function topAndRest<T extends { label: string }>(items: T[], measure: (t: T) => number, top: number, merge: (rest: T[]) => T): T[] {
  items.sort((a, b) => measure(b) - measure(a) || compareZh(a.label, b.label))
  if (items.length <= top + 1) return items
  return [...items.slice(0, top), merge(items.slice(top))]
}

/** Sum of what the reports state for `field`; null when none states it. A loop, not map():
 * at national scale this runs ~15 fields × 380,000 reports per filter change. */
function sumField(rs: readonly ReportRecord[], field: (r: ReportRecord) => number | null): number | null {
  let sum = 0
  let stated = 0
  for (let i = 0; i < rs.length; i++) {
    const v = field(rs[i])
    if (v !== null) {
      sum += v
      stated++
    }
  }
  return stated ? sum : null
}

/** proactive_total per group for one year: the ranked bars of the volume panel. */
export function volumeRollup(records: readonly ReportRecord[], rollup: Rollup, year: number | null, restLabel: (n: number) => string): VolumeSeries {
  const yearSet = new Set<number>()
  const counts = new Map<number, number>()
  for (const r of records) {
    if (r.year === null) continue
    yearSet.add(r.year)
    counts.set(r.year, (counts.get(r.year) ?? 0) + 1)
  }
  const years = [...yearSet].sort((a, b) => a - b)
  // as volumeByTownship: the chosen year, else the year most reports cover (latest on a tie)
  let shown: number | null = year !== null && yearSet.has(year) ? year : null
  if (shown === null) for (const [y, c] of counts) if (shown === null || c > counts.get(shown)! || (c === counts.get(shown)! && y > shown)) shown = y
  const items: (VolumeItem & { drill?: string })[] = []
  const unstated: string[] = []
  for (const [value, rs] of groupBy(records.filter((r) => r.year === shown), rollup.level)) {
    const { sum, stated } = sumStated(rs.map((r) => r.proactive_total))
    const label = labelOf(rollup.level, value)
    if (sum === null) unstated.push(label)
    else items.push({ key: rollup.level === 'township' ? value : '', label, value: sum, reports: stated, drill: drillOf(rollup.level, value) })
  }
  const shownItems = topAndRest(items, (i) => i.value, ROLLUP_TOP, (rest) => ({
    key: '',
    label: restLabel(rest.length),
    value: rest.reduce((s, i) => s + i.value, 0),
    reports: rest.reduce((s, i) => s + i.reports, 0),
    drill: '',
  }))
  return { mode: 'township', year: shown, years, items: shownItems, unstated, hidden: 0 }
}

export function channelRollup(records: readonly ReportRecord[], rollup: Rollup, restLabel: (n: number) => string): ChannelSeries {
  const row = (key: string, label: string, rs: readonly ReportRecord[], drill: string | undefined): ChannelRow & { drill?: string } => {
    const values = Object.fromEntries(CHANNELS.map((c) => [c, sumField(rs, (r) => r[c])])) as ChannelRow['values']
    const stated = CHANNELS.filter((c) => values[c] !== null)
    return {
      key,
      reportId: '',
      label,
      total: sumField(rs, (r) => r.proactive_total),
      values,
      statedSum: stated.reduce((s, c) => s + (values[c] as number), 0),
      unstatedCount: CHANNELS.length - stated.length,
      drill,
    }
  }
  const rows: (ChannelRow & { rs: ReportRecord[] })[] = []
  const noneStated: string[] = []
  for (const [value, rs] of groupBy(records, rollup.level)) {
    const r = { ...row(rollup.level === 'township' ? value : '', labelOf(rollup.level, value), rs, drillOf(rollup.level, value)), rs }
    if (r.unstatedCount === CHANNELS.length) noneStated.push(r.label)
    else rows.push(r)
  }
  const shown = topAndRest(rows, (r) => r.statedSum, ROLLUP_TOP, (rest) => ({ ...row('', restLabel(rest.length), rest.flatMap((r) => r.rs), ''), rs: [] }))
  return { rows: shown.map(({ rs: _rs, ...r }) => r), noneStated, hidden: 0 }
}

const APP_FIELDS = ['apps_new', ...OUTCOMES, 'reconsideration_total', 'litigation_total'] as const

export function applicationRollup(records: readonly ReportRecord[], rollup: Rollup, restLabel: (n: number) => string): ApplicationSeries {
  const row = (key: string, label: string, rs: readonly ReportRecord[], drill: string | undefined): ApplicationRow & { drill?: string } => ({
    key,
    reportId: '',
    label,
    values: Object.fromEntries(APP_FIELDS.map((f) => [f, sumField(rs, (r) => r[f])])) as Record<ApplicationField, number | null>,
    drill,
  })
  const rows: (ApplicationRow & { rs: ReportRecord[] })[] = []
  const noneStated: string[] = []
  for (const [value, rs] of groupBy(records, rollup.level)) {
    const r = { ...row(rollup.level === 'township' ? value : '', labelOf(rollup.level, value), rs, drillOf(rollup.level, value)), rs }
    if (APP_FIELDS.every((f) => r.values[f] === null)) noneStated.push(r.label)
    else rows.push(r)
  }
  const allZero = rows.length > 0 && rows.every((r) => APP_FIELDS.every((f) => !r.values[f]))
  const shown = topAndRest(rows, (r) => r.values.apps_new ?? 0, ROLLUP_TOP, (rest) => ({ ...row('', restLabel(rest.length), rest.flatMap((r) => r.rs), ''), rs: [] }))
  return { rows: shown.map(({ rs: _rs, ...r }) => r), noneStated, allZero, hidden: 0 }
}

export function procurementRollup(records: readonly ReportRecord[], rollup: Rollup, restLabel: (n: number) => string): ProcurementSeries {
  const relevant = records.filter((r) => r.procurement_projects !== null || r.procurement_amount !== null)
  const unitless: UnitlessAmount[] = []
  for (const r of relevant) {
    if (r.procurement_amount !== null && amountWan(r) === null)
      unitless.push({ key: townshipKey(r), reportId: r.report_id, label: `${r.township ?? r.report_id} ${r.year ?? '?'}`, raw: r.procurement_amount, projects: r.procurement_projects })
  }
  const row = (key: string, label: string, rs: readonly ReportRecord[], drill: string | undefined): ProcurementRow & { drill?: string } => ({
    key,
    reportId: '',
    label,
    projects: sumField(rs, (r) => r.procurement_projects),
    amountWan: sumField(rs, amountWan),
    drill,
  })
  const rows: (ProcurementRow & { rs: ReportRecord[] })[] = []
  for (const [value, rs] of groupBy(relevant, rollup.level)) {
    rows.push({ ...row(rollup.level === 'township' ? value : '', labelOf(rollup.level, value), rs, drillOf(rollup.level, value)), rs })
  }
  const shown = topAndRest(rows, (r) => r.amountWan ?? 0, ROLLUP_TOP, (rest) => ({ ...row('', restLabel(rest.length), rest.flatMap((r) => r.rs), ''), rs: [] }))
  return { rows: shown.map(({ rs: _rs, ...r }) => r), unitless, hidden: 0 }
}
