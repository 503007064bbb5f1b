// @ts-nocheck
// Test oracle: the record-by-record version of this series as the page had it before query/ (commit 195a0d6), kept only to hold the column code to it.
/**
 * Small pure helpers about records that several stores and series share: the township key,
 * display labels, and the derived procurement amount in 万元.
 */
import type { ReportRecord } from '../../../src/data/schema.ts'
import type { Metric } from '../../../src/query/queryState.ts'

/**
 * Identifies a township across years. Names repeat across the country (金塘镇 ×4), so the key
 * carries the county; a report with no township falls back to its id.
 */
export function townshipKey(r: ReportRecord): string {
  // cached per record: sorting 30k records otherwise rebuilds this string ~1M times
  let key = keyCache.get(r)
  if (key === undefined) keyCache.set(r, (key = `${r.county ?? ''}/${r.township ?? r.report_id}`))
  return key
}

const keyCache = new WeakMap<ReportRecord, string>()

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
 * Pinyin rank of every township key of the loaded dataset, set by the region index: sorting
 * 38,000 keys with the collator on every filter change cost ~0.3 s, comparing ranks is free.
 * Keys it does not know (a test's own records) fall back to the collator, same order.
 */
let townshipOrder: ReadonlyMap<string, number> = new Map()
/** pinyin rank of each township key's display name (equal names share a rank) */
let townshipNameOrder: ReadonlyMap<string, number> = new Map()
export function setTownshipOrder(rank: ReadonlyMap<string, number>, nameRank: ReadonlyMap<string, number> = new Map()): void {
  townshipOrder = rank
  townshipNameOrder = nameRank
}

/**
 * Orders township keys by display name (pinyin), then by key, as compareZh on the names
 * would, but from the ranks the region index computed once. Collator compares cost ~1 µs,
 * and sorting 38,000 townships by name on each filter change took ~0.1 s.
 */
export function compareTownshipNames(a: { key: string; name: string }, b: { key: string; name: string }): number {
  const na = townshipNameRank(a.key),
    nb = townshipNameRank(b.key)
  if (na === undefined || nb === undefined) return compareZh(a.name, b.name) || compareZh(a.key, b.key)
  return na - nb
}

/**
 * One number per township key that sorts as compareTownshipNames does (name rank, then key
 * rank), for sorting many townships: look it up once per item, then compare numbers.
 * Undefined when the key is not in the loaded dataset.
 */
export function townshipNameRank(key: string): number | undefined {
  const name = townshipNameOrder.get(key)
  return name === undefined ? undefined : name * 2 ** 26 + townshipOrder.get(key)!
}

/** Sorts items by township name through townshipNameRank, falling back to the collator. */
export function sortByTownshipName<T extends { key: string; name: string }>(items: T[]): T[] {
  const ranks = items.map((t) => townshipNameRank(t.key))
  if (ranks.some((r) => r === undefined)) return items.sort(compareTownshipNames)
  const order = Array.from(items.keys()).sort((i, j) => ranks[i]! - ranks[j]!)
  const sorted = order.map((i) => items[i])
  for (let i = 0; i < items.length; i++) items[i] = sorted[i]
  return items
}

/**
 * `records` sorted as byTownshipThenYear sorts them, without calling it: each record's
 * (township rank, year, position) packed into one float, sorted natively. 380,000 records:
 * ~50 ms instead of ~1 s. Null when a township has no rank (records outside the dataset).
 */
export function inReadingOrder(records: readonly ReportRecord[]): ReportRecord[] | null {
  const n = records.length
  if (n >= 2 ** 20) return null
  const packed = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const rank = townshipOrder.get(townshipKey(records[i]))
    const year = records[i].year ?? 0
    if (rank === undefined || rank >= 2 ** 20 || year < 0 || year >= 2 ** 12 || !Number.isInteger(year)) return null
    packed[i] = (rank * 2 ** 12 + year) * 2 ** 20 + i
  }
  packed.sort()
  const out = new Array<ReportRecord>(n)
  for (let i = 0; i < n; i++) out[i] = records[packed[i] % 2 ** 20]
  return out
}

/** Sorts by township key then year, the reading order for per-report rows. */
export function byTownshipThenYear(a: ReportRecord, b: ReportRecord): number {
  const ka = townshipKey(a),
    kb = townshipKey(b)
  const ra = townshipOrder.get(ka),
    rb = townshipOrder.get(kb)
  const k = ra !== undefined && rb !== undefined ? ra - rb : compareZh(ka, kb)
  return k !== 0 ? k : (a.year ?? 0) - (b.year ?? 0)
}
