// @ts-nocheck
// Test oracle: the record-by-record version of this series as the page had it before query/ (commit 195a0d6), kept only to hold the column code to it.
/**
 * Two to four townships side by side over the years, per metric. Derived metrics (all
 * channels, reconsiderations + lawsuits) add only what is stated, and stay null when nothing
 * is: a township that does not say is "not stated", never 0.
 */
import type { ReportRecord } from '../../../src/data/schema.ts'
import { keyLabel, sortByTownshipName, townshipKey, townshipLabels } from './records.ts'
import { selectionOf, type Selection } from './columns.ts'

/**
 * The small multiples, in order. The channels one by one (website, WeChat, bulletin board: the
 * three most reports state), not only their sum: which channel a township uses is the question.
 */
export const COMPARE_METRICS = ['proactive_total', 'ch_web', 'ch_wechat', 'ch_bulletin', 'apps_new', 'appeals'] as const
/** the metrics drawn, and 'channels' (all channels' stated sum) */
export type CompareMetric = (typeof COMPARE_METRICS)[number] | 'channels'
export const COMPARE_MAX = 4

function statedSum(values: Array<number | null>): number | null {
  const s = values.filter((v): v is number => v !== null)
  return s.length ? s.reduce((a, b) => a + b, 0) : null
}

export function compareValue(r: ReportRecord, metric: CompareMetric): number | null {
  if (metric === 'channels') return statedSum([r.ch_web, r.ch_wechat, r.ch_weibo, r.ch_bulletin, r.ch_gazette, r.ch_other])
  if (metric === 'appeals') return statedSum([r.reconsideration_total, r.litigation_total])
  return r[metric]
}

export interface CompareSeries {
  years: number[]
  townships: Array<{ key: string; name: string }>
  /** metric → township index → year index → value (null = not stated or no report) */
  values: Record<(typeof COMPARE_METRICS)[number], Array<Array<number | null>>>
  /** cells with a report that does not state the metric (as opposed to no report that year) */
  notStated: Array<{ township: string; year: number; metric: CompareMetric }>
}

export function compareSeries(records: readonly ReportRecord[], keys: readonly string[]): CompareSeries {
  const picked = keys.slice(0, COMPARE_MAX)
  const sel = selectionOf(records)
  const mine = (sel ? reportsOf(sel, picked) : records).filter((r) => r.year !== null && picked.includes(townshipKey(r)))
  const years = [...new Set(mine.map((r) => r.year!))].sort((a, b) => a - b)
  const present = new Set(mine.map(townshipKey))
  // one line and legend entry per township: same-name ones carry their county
  const label = townshipLabels(picked.filter((k) => present.has(k)))
  const townships = picked.filter((k) => present.has(k)).map((key) => ({ key, name: label(key) }))
  const values = {} as CompareSeries['values']
  const notStated: CompareSeries['notStated'] = []
  for (const metric of COMPARE_METRICS) {
    values[metric] = townships.map((t) =>
      years.map((y) => {
        const r = mine.find((x) => x.year === y && townshipKey(x) === t.key)
        if (!r) return null
        const v = compareValue(r, metric)
        if (v === null) notStated.push({ township: t.name, year: y, metric })
        return v
      }),
    )
  }
  return { years, townships, values, notStated }
}

/** Townships to offer: every township in view, by name; the default pick is the first two with the most reports. */
export function compareChoices(records: readonly ReportRecord[]): Array<{ key: string; name: string; reports: number }> {
  const sel = selectionOf(records)
  if (sel) return choicesFromColumns(sel)
  const m = new Map<string, { key: string; name: string; reports: number }>()
  for (const r of records) {
    const key = townshipKey(r)
    const c = m.get(key) ?? { key, name: r.township ?? keyLabel(key), reports: 0 }
    c.reports++
    m.set(key, c)
  }
  return sortByTownshipName(uniqueNames([...m.values()]))
}

export function defaultPick(choices: ReturnType<typeof compareChoices>, selected: readonly string[]): string[] {
  if (selected.length >= 2) return selected.slice(0, COMPARE_MAX)
  // choices come in name order and sort() is stable: ties keep it without comparing names
  return [...choices]
    .sort((a, b) => b.reports - a.reports)
    .slice(0, 2)
    .map((c) => c.key)
}

/** The selection's reports of the given townships, from the index (not a scan of the selection). */
function reportsOf(sel: Selection, keys: readonly string[]): ReportRecord[] {
  const found: number[] = []
  for (const key of new Set(keys)) {
    const t = sel.index.townshipByKey.get(key)
    if (t) for (const p of t.positions) if (contains(sel.positions, p)) found.push(p)
  }
  // in the selection's own order, as a scan of the records would find them
  return found.sort((a, b) => a - b).map((p) => sel.index.records[p])
}

function contains(sorted: Int32Array, value: number): boolean {
  let lo = 0,
    hi = sorted.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid] === value) return true
    if (sorted[mid] < value) lo = mid + 1
    else hi = mid - 1
  }
  return false
}

/** compareChoices from the columns: reports counted per township rank, listed in the index's name order. */
function choicesFromColumns(sel: Selection): Array<{ key: string; name: string; reports: number }> {
  const counts = new Int32Array(sel.index.townships.length)
  for (const p of sel.positions) counts[sel.columns.township[p]]++
  const out: Array<{ key: string; name: string; reports: number }> = []
  for (const t of sel.index.byLabel) if (counts[t.rank]) out.push({ key: t.key, name: t.label, reports: counts[t.rank] })
  return uniqueNames(out)
}

/** Choices named uniquely among themselves (城关镇（白河县）), so the picker tells them apart. */
function uniqueNames<T extends { key: string; name: string }>(choices: T[]): T[] {
  const label = townshipLabels(choices.map((c) => c.key))
  for (const c of choices) c.name = label(c.key)
  return choices
}
