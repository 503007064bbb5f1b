/** The records table: chosen columns, sorted (unstated values always last), one page at a time. */
import { REPORT_COLUMNS, type ReportRecord } from '../../data/schema.ts'
import type { QueryState } from '../queryState.ts'
import { byTownshipThenYear, compareZh, inReadingOrder } from '../records.ts'
import { readingOrder, selectionOf } from '../scale/columns.ts'

export const DEFAULT_COLUMNS = [
  'township', 'county', 'year', 'template', 'proactive_total', 'ch_web', 'ch_wechat', 'ch_weibo', 'ch_bulletin',
  'apps_new', 'reconsideration_total', 'litigation_total', 'procurement_projects', 'procurement_amount', 'procurement_unit', 'warnings',
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
  const xm = x === null || x === '', ym = y === null || y === ''
  if (xm || ym) return xm === ym ? byTownshipThenYear(a, b) : xm ? 1 : -1
  const c = typeof x === 'number' && typeof y === 'number' ? x - y : compareZh(String(x), String(y))
  return c !== 0 ? c * dir : byTownshipThenYear(a, b)
}

export function tableView(records: readonly ReportRecord[], state: Pick<QueryState, 'sort' | 'sortDir' | 'columns' | 'page'>): TableView {
  const columns = (state.columns ?? [...DEFAULT_COLUMNS]).filter((c) => KNOWN.has(c))
  const sort = state.sort && KNOWN.has(state.sort) ? state.sort : null
  const dir = state.sortDir === 'asc' ? 1 : -1
  const sel = sort ? null : selectionOf(records)
  const sorted = sort ? [...records].sort((a, b) => compare(a, b, sort, dir)) : ((sel && readingOrder(sel)) ?? inReadingOrder(records) ?? [...records].sort(byTownshipThenYear))
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
