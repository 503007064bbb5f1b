// @ts-nocheck
// Test oracle: the record-by-record version of this series as the page had it before query/ (commit 195a0d6), kept only to hold the column code to it.
/** The records table: chosen columns, sorted (unstated values always last), one page at a time. */
import { REPORT_COLUMNS, type ReportRecord } from '../../../src/data/schema.ts'
import type { QueryState } from '../../../src/query/queryState.ts'
import { byTownshipThenYear, compareZh, inReadingOrder } from './records.ts'
import { readingOrder, readingRanks, selectionOf } from './columns.ts'

export const DEFAULT_COLUMNS = [
  'township',
  'county',
  'year',
  'template',
  'proactive_total',
  'ch_web',
  'ch_wechat',
  'ch_weibo',
  'ch_bulletin',
  'apps_new',
  'reconsideration_total',
  'litigation_total',
  'procurement_projects',
  'procurement_amount',
  'procurement_unit',
  'warnings',
] as const

export const PAGE_SIZE = 25

export interface TableView {
  columns: string[]
  rows: ReportRecord[]
  total: number
  page: number
  pages: number
  sort: string | null
  sortDir: 'asc' | 'desc'
}

const KNOWN: ReadonlySet<string> = new Set(REPORT_COLUMNS)

function compare(a: ReportRecord, b: ReportRecord, column: string, dir: 1 | -1): number {
  const x = (a as Record<string, unknown>)[column]
  const y = (b as Record<string, unknown>)[column]
  // unstated (null/empty) sorts last in both directions: it is not a small number
  const xm = x === null || x === '',
    ym = y === null || y === ''
  if (xm || ym) return xm === ym ? byTownshipThenYear(a, b) : xm ? 1 : -1
  const c = typeof x === 'number' && typeof y === 'number' ? x - y : compareZh(String(x), String(y))
  return c !== 0 ? c * dir : byTownshipThenYear(a, b)
}

/**
 * A selection sorted by a column as `compare` sorts it (unstated last, ties in reading order),
 * from keys instead of a comparator reading two records: each record's value once into a
 * number (a text column's values ranked once with the collator), each record's reading-order
 * rank once, then the places sorted on those arrays. At 380,000 reports the comparator sort
 * held the page 2.4 s; this takes a fraction. Null when the selection has no reading ranks.
 */
function sortedByKeys(records: readonly ReportRecord[], column: string, dir: 1 | -1): ReportRecord[] | null {
  const sel = selectionOf(records)
  const ranks = sel && readingRanks(sel)
  if (!ranks) return null
  const n = records.length
  const values: unknown[] = new Array(n)
  let text = false
  let numbers = false
  for (let i = 0; i < n; i++) {
    const v = (records[i] as Record<string, unknown>)[column]
    values[i] = v
    if (v === null || v === '') continue
    if (typeof v === 'string') text = true
    else if (typeof v === 'number') numbers = true
    else return null
  }
  // a column holding both (not one the contract has) is left to `compare`
  if (text && numbers) return null
  const key = new Float64Array(n) // NaN: unstated
  if (text) {
    // the distinct texts ranked once with the collator stand in for them
    const distinct = [...new Set(values.filter((v) => v !== null && v !== '').map(String))].sort(compareZh)
    const rankOf = new Map<string, number>()
    distinct.forEach((v, i) => rankOf.set(v, i > 0 && compareZh(distinct[i - 1], v) === 0 ? rankOf.get(distinct[i - 1])! : i))
    for (let i = 0; i < n; i++) key[i] = values[i] === null || values[i] === '' ? Number.NaN : rankOf.get(String(values[i]))!
  } else for (let i = 0; i < n; i++) key[i] = values[i] === null || values[i] === '' ? Number.NaN : (values[i] as number)
  const places = new Uint32Array(n)
  for (let i = 0; i < n; i++) places[i] = i
  places.sort((a, b) => {
    const x = key[a],
      y = key[b]
    const xm = x !== x,
      ym = y !== y
    if (xm || ym) return xm === ym ? ranks[a] - ranks[b] : xm ? 1 : -1
    const c = x - y
    return c !== 0 ? c * dir : ranks[a] - ranks[b]
  })
  const out = new Array<ReportRecord>(n)
  for (let k = 0; k < n; k++) out[k] = records[places[k]]
  return out
}

/**
 * The last sort per records array: turning a page, or changing the columns shown, reuses it
 * instead of sorting every report again (~1.1 s per page at 380,000 reports).
 */
const lastSort = new WeakMap<readonly ReportRecord[], { sort: string | null; dir: 1 | -1; sorted: ReportRecord[] }>()

function sortedFor(records: readonly ReportRecord[], sort: string | null, dir: 1 | -1): ReportRecord[] {
  const last = lastSort.get(records)
  if (last && last.sort === sort && last.dir === dir) return last.sorted
  const sel = sort ? null : selectionOf(records)
  const sorted = sort
    ? (sortedByKeys(records, sort, dir) ?? [...records].sort((a, b) => compare(a, b, sort, dir)))
    : ((sel && readingOrder(sel)) ?? inReadingOrder(records) ?? [...records].sort(byTownshipThenYear))
  lastSort.set(records, { sort, dir, sorted })
  return sorted
}

export function tableView(records: readonly ReportRecord[], state: Pick<QueryState, 'sort' | 'sortDir' | 'columns' | 'page'>): TableView {
  const columns = (state.columns ?? [...DEFAULT_COLUMNS]).filter((c) => KNOWN.has(c))
  const sort = state.sort && KNOWN.has(state.sort) ? state.sort : null
  const dir = state.sortDir === 'asc' ? 1 : -1
  const sorted = sortedFor(records, sort, dir)
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE))
  const page = Math.min(state.page, pages)
  return {
    columns,
    rows: sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    total: sorted.length,
    page,
    pages,
    sort,
    sortDir: state.sortDir,
  }
}
