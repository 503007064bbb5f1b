/**
 * Everything a view depends on, as one plain object, and its round trip through the URL query.
 * The URL is the single source of truth (filters.ts), so a copied link reopens the same view
 * and the browser's back button undoes a filter. Pure: no Vue, no router.
 */
import { NUMBER_COLUMNS, TEMPLATES, type Template } from '../data/schema.ts'

export type VolumeMode = 'township' | 'year'
export type ChannelMode = 'counts' | 'shares'
/** a level the trend lines are drawn at */
export type TrendLevel = 'township' | 'county' | 'prefecture' | 'province'
/**
 * 'auto' (the default): each township while few enough to read, else the region level the bar
 * panels sum by (query/rollup.ts): ten arbitrary townships of a province were a tangle
 */
export type TrendGroup = 'auto' | TrendLevel
export type SortDir = 'asc' | 'desc'

/** A metric the trends panel can plot: any count column, or procurement in 万元 (unit known). */
export type Metric = Exclude<(typeof NUMBER_COLUMNS)[number], 'year' | 'procurement_amount'> | 'procurement_amount_wan'
export const METRICS: readonly Metric[] = [
  ...NUMBER_COLUMNS.filter((c): c is Exclude<typeof c, 'year' | 'procurement_amount'> => c !== 'year' && c !== 'procurement_amount'),
  'procurement_amount_wan',
]

export interface QueryState {
  province: string | null
  prefecture: string | null
  county: string | null
  /** township keys (see townshipKey); empty = every township in the region */
  townships: string[]
  yearFrom: number | null
  yearTo: number | null
  /** empty = every template */
  templates: Template[]
  search: string
  volumeMode: VolumeMode
  /** null = the latest year in the selection */
  volumeYear: number | null
  channelMode: ChannelMode
  trendMetric: Metric
  trendGroup: TrendGroup
  sort: string | null
  sortDir: SortDir
  /** null = the default column set */
  columns: string[] | null
  page: number
}

export const DEFAULT_STATE: Readonly<QueryState> = Object.freeze({
  province: null,
  prefecture: null,
  county: null,
  townships: [],
  yearFrom: null,
  yearTo: null,
  templates: [],
  search: '',
  volumeMode: 'township',
  volumeYear: null,
  channelMode: 'counts',
  trendMetric: 'proactive_total',
  trendGroup: 'auto',
  sort: null,
  sortDir: 'desc',
  columns: null,
  page: 1,
})

/**
 * Query keys the page reads once at start (main.ts: which dataset, which parse path) and the
 * state does not hold: every URL the page writes carries them on, or a shared or reloaded link
 * would open another dataset than the one it was made on.
 */
export const PAGE_KEYS = ['data', 'worker'] as const

/** The page keys of a query, as they are. */
export function pageKeys(query: Query): Record<string, string> {
  const kept: Record<string, string> = {}
  for (const k of PAGE_KEYS) {
    const v = first(query[k])
    if (v) kept[k] = v
  }
  return kept
}

/** The keys that narrow the records (as opposed to view choices like sort or chart mode). */
export const FILTER_KEYS = ['province', 'prefecture', 'county', 'townships', 'yearFrom', 'yearTo', 'templates', 'search'] as const

type QueryValue = string | null | (string | null)[] | undefined
export type Query = Record<string, QueryValue>

const first = (v: QueryValue): string | null => (Array.isArray(v) ? (v[0] ?? null) : (v ?? null))
const all = (v: QueryValue): string[] => (Array.isArray(v) ? v : v == null ? [] : [v]).filter((x): x is string => !!x)
const int = (v: QueryValue): number | null => {
  const s = first(v)
  return s !== null && /^\d{1,4}$/.test(s) ? Number(s) : null
}
const oneOf = <T extends string>(v: QueryValue, options: readonly T[], fallback: T): T => {
  const s = first(v)
  return s !== null && (options as readonly string[]).includes(s) ? (s as T) : fallback
}

/** URL query → state; anything unknown or malformed falls back to the default. */
export function parseQuery(query: Query): QueryState {
  const cols = first(query.cols)
  return {
    province: first(query.prov) || null,
    prefecture: first(query.pref) || null,
    county: first(query.cnty) || null,
    townships: all(query.t),
    yearFrom: int(query.y0),
    yearTo: int(query.y1),
    templates: all(query.tpl).filter((t): t is Template => (TEMPLATES as readonly string[]).includes(t)),
    search: first(query.q) ?? '',
    volumeMode: oneOf(query.vm, ['township', 'year'], DEFAULT_STATE.volumeMode),
    volumeYear: int(query.vy),
    channelMode: oneOf(query.cm, ['counts', 'shares'], DEFAULT_STATE.channelMode),
    trendMetric: oneOf(query.tm, METRICS, DEFAULT_STATE.trendMetric),
    trendGroup: oneOf(query.tg, ['auto', 'township', 'county', 'prefecture', 'province'], DEFAULT_STATE.trendGroup),
    sort: first(query.sort) || null,
    sortDir: oneOf(query.dir, ['asc', 'desc'], DEFAULT_STATE.sortDir),
    columns: cols ? cols.split(',').filter(Boolean) : null,
    page: Math.max(1, int(query.page) ?? 1),
  }
}

/** State → URL query, leaving defaults out so links stay short. */
export function toQuery(state: QueryState): Record<string, string | string[]> {
  const q: Record<string, string | string[]> = {}
  if (state.province) q.prov = state.province
  if (state.prefecture) q.pref = state.prefecture
  if (state.county) q.cnty = state.county
  if (state.townships.length) q.t = [...state.townships]
  if (state.yearFrom !== null) q.y0 = String(state.yearFrom)
  if (state.yearTo !== null) q.y1 = String(state.yearTo)
  if (state.templates.length) q.tpl = [...state.templates]
  if (state.search) q.q = state.search
  if (state.volumeMode !== DEFAULT_STATE.volumeMode) q.vm = state.volumeMode
  if (state.volumeYear !== null) q.vy = String(state.volumeYear)
  if (state.channelMode !== DEFAULT_STATE.channelMode) q.cm = state.channelMode
  if (state.trendMetric !== DEFAULT_STATE.trendMetric) q.tm = state.trendMetric
  if (state.trendGroup !== DEFAULT_STATE.trendGroup) q.tg = state.trendGroup
  if (state.sort) q.sort = state.sort
  if (state.sortDir !== DEFAULT_STATE.sortDir) q.dir = state.sortDir
  if (state.columns) q.cols = state.columns.join(',')
  if (state.page > 1) q.page = String(state.page)
  return q
}
