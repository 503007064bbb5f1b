/**
 * Small pure helpers about records that several series share: the township key,
 * display labels, and the derived procurement amount in 万元.
 */
import type { ReportRecord } from '../data/schema.ts'
import type { Metric } from './queryState.ts'

/**
 * Identifies a township across years. Names repeat across the country (金塘镇 ×4), so the key
 * carries the county; a report with no township falls back to its id.
 */
export function townshipKey(r: ReportRecord): string {
  return `${r.county ?? ''}/${r.township ?? r.report_id}`
}

/**
 * One collator for every Chinese sort (pinyin order). `localeCompare(x, 'zh-CN')` builds a new
 * collator per call, which made sorting a large dataset take seconds.
 */
export const compareZh = new Intl.Collator('zh-CN').compare

/** The township part of a key, for display. */
export function keyLabel(key: string): string {
  return key.slice(key.indexOf('/') + 1)
}

/**
 * Display names for township keys that name each one uniquely among them: a name several keys
 * share (城关镇 in ten counties) gets its county, 城关镇（白河县）. Charts draw one series, colour
 * and legend entry per distinct name, so ten 城关镇 drawn under one name were one line.
 */
export function townshipLabels(keys: Iterable<string>): (key: string) => string {
  const counties = new Map<string, number>()
  for (const key of new Set(keys)) {
    const name = keyLabel(key)
    counties.set(name, (counties.get(name) ?? 0) + 1)
  }
  return (key) => {
    const name = keyLabel(key)
    const county = key.slice(0, Math.max(0, key.indexOf('/')))
    return (counties.get(name) ?? 0) > 1 && county ? `${name}（${county}）` : name
  }
}

/**
 * Procurement amount comparable across reports: 万元 as written, 元 ÷ 10000; null when the
 * unit is not stated, because guessing would mix numbers 10000× apart.
 */
export function amountWan(r: ReportRecord): number | null {
  if (r.procurement_amount === null) return null
  if (r.procurement_unit === '万元') return r.procurement_amount
  if (r.procurement_unit === '元') return r.procurement_amount / 10000
  return null
}

/** The value of a metric for one record (null = not stated). */
export function metricValue(r: ReportRecord, metric: Metric): number | null {
  return metric === 'procurement_amount_wan' ? amountWan(r) : r[metric]
}

/** Sum of the stated values; null when none is stated, so "not stated" never becomes 0. */
export function sumStated(values: Iterable<number | null>): { sum: number | null; stated: number } {
  let sum = 0
  let stated = 0
  for (const v of values) {
    if (v === null) continue
    sum += v
    stated++
  }
  return { sum: stated ? sum : null, stated }
}

/**
 * Labels for per-report rows: just the township when every row is the same year, just the
 * year when every row is the same township, otherwise both. Same-name townships in different
 * counties get the county added.
 */
export function reportLabeler(records: readonly ReportRecord[]): (r: ReportRecord) => string {
  const years = new Set(records.map((r) => r.year))
  const keys = new Set(records.map(townshipKey))
  const nameCounties = new Map<string, Set<string>>()
  for (const r of records) {
    const name = r.township ?? r.report_id
    if (!nameCounties.has(name)) nameCounties.set(name, new Set())
    nameCounties.get(name)!.add(r.county ?? '')
  }
  const name = (r: ReportRecord) => {
    const n = r.township ?? r.report_id
    return nameCounties.get(n)!.size > 1 && r.county ? `${n}（${r.county}）` : n
  }
  if (keys.size === 1 && records.length > 1) return (r) => String(r.year ?? '?')
  if (years.size <= 1) return name
  return (r) => `${name(r)} ${r.year ?? '?'}`
}

/**
 * Sorts by township key then year, the reading order for per-report rows (a few hundred at
 * most: a large selection is put in this order from its columns, indexColumns.ts readingOrder).
 */
export function byTownshipThenYear(a: ReportRecord, b: ReportRecord): number {
  const k = compareZh(townshipKey(a), townshipKey(b))
  return k !== 0 ? k : (a.year ?? 0) - (b.year ?? 0)
}
