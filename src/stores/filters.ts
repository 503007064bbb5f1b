/**
 * Filters and view choices, kept in the URL query (vue-router) so a view can be shared and the
 * back button undoes a change. The route is the only copy of the state; this store reads it
 * through parseQuery and writes it with router.push.
 */
import { defineStore } from 'pinia'
import { computed, shallowReactive, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { DEFAULT_STATE, FILTER_KEYS, pageKeys, parseQuery, toQuery, type QueryState } from '../query/queryState.ts'
import { filtersAnything, recordsOf, regionOptions, select, selectAll, townshipCounts } from '../query/select.ts'
import { useReportsStore } from './reports.ts'
import type { ReportRecord } from '../data/schema.ts'

export type RegionLevel = 'province' | 'prefecture' | 'county'

/** What a click on a chart element asks to filter by. */
export interface CrossFilterTarget {
  level: 'township' | RegionLevel | 'year'
  value: string
}

/** Field values of the query state: arrays (townships, templates, columns) by content. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
  return a.every((x, i) => x === b[i])
}

export const useFiltersStore = defineStore('filters', () => {
  const router = useRouter()
  const route = useRoute()
  const reports = useReportsStore()

  /**
   * The route's query, parsed, held field by field: a field is replaced only when its value
   * changed. As one new object per change, every getter that reads any field ran again on
   * every change: turning the table's page recomputed every panel and redrew every chart
   * (~0.17 s at 380,000 reports). Now a getter runs again only when a field it reads changed.
   */
  const state = shallowReactive<QueryState>(parseQuery(route.query))
  watch(
    () => route.query,
    (query) => {
      const next = parseQuery(query)
      for (const key of Object.keys(next) as (keyof QueryState)[]) {
        if (!sameValue(state[key], next[key])) (state as Record<keyof QueryState, unknown>)[key] = next[key]
      }
    },
    { flush: 'sync' },
  )
  /** every report: the view with no filter, which the panels keep computed apart (panels.ts) */
  const everything = computed(() => selectAll(reports.data))
  /** the reports every panel shows, as the query functions take them (`everything` itself when nothing is filtered) */
  const selection = computed(() => (filtersAnything(state) ? select(reports.data, state) : everything.value))
  /** the same reports as records (the table, exports and per-report panels read these) */
  const filtered = computed(() => recordsOf(selection.value))
  /**
   * reports per township under the years, templates and search: it reads only those fields,
   * so a change of region (most changes) keeps it and only the sums by region run again
   */
  const perTownship = computed(() =>
    townshipCounts(reports.data, { yearFrom: state.yearFrom, yearTo: state.yearTo, templates: state.templates, search: state.search }),
  )
  const options = computed(() => regionOptions(reports.data, state, perTownship.value))
  const years = computed(() => reports.data.index.years)
  const isFiltered = computed(() => FILTER_KEYS.some((k) => JSON.stringify(state[k]) !== JSON.stringify(DEFAULT_STATE[k])))

  /** Applies a change; narrowing the records sends the table back to page 1. The dataset (`data=`) stays. */
  async function update(patch: Partial<QueryState>): Promise<void> {
    const next = { ...state, ...patch }
    if (FILTER_KEYS.some((k) => k in patch) && !('page' in patch)) next.page = 1
    await router.push({ query: { ...pageKeys(route.query), ...toQuery(next) } })
  }

  /**
   * Picking a region level clears the levels below it, which may not lie inside it, and sets
   * the levels above it when the name has one place (a county picked from the whole country
   * names its prefecture and province; 鼓楼区, in four prefectures, leaves them as they are).
   */
  function setRegion(level: RegionLevel, value: string | null): Promise<void> {
    const patch: Partial<QueryState> = { [level]: value, townships: [] }
    if (level === 'province') Object.assign(patch, { prefecture: null, county: null })
    if (level === 'prefecture') patch.county = null
    if (value !== null && level !== 'province') Object.assign(patch, parentsOf(level, value))
    return update(patch)
  }

  /** The levels above a region, from the loaded records, when they are the same everywhere it appears. */
  function parentsOf(level: 'prefecture' | 'county', value: string): Partial<QueryState> {
    let found: ReportRecord | null = null
    for (const r of reports.records) {
      if (r[level] !== value) continue
      if (state.province && r.province !== state.province) continue
      if (level === 'county' && state.prefecture && r.prefecture !== state.prefecture) continue
      if (!found) found = r
      else if (found.province !== r.province || (level === 'county' && found.prefecture !== r.prefecture)) return {}
    }
    if (!found) return {}
    return level === 'county' ? { province: found.province, prefecture: found.prefecture } : { province: found.province }
  }

  function toggleTownship(key: string): Promise<void> {
    const t = state.townships
    return update({ townships: t.includes(key) ? t.filter((x) => x !== key) : [...t, key] })
  }

  function setYears(from: number | null, to: number | null): Promise<void> {
    // keep the range ordered whichever end the person moved
    if (from !== null && to !== null && from > to) [from, to] = [to, from]
    return update({ yearFrom: from, yearTo: to })
  }

  /** A click on a bar or line: filter every panel to what was clicked. */
  function crossFilter(target: CrossFilterTarget): Promise<void> {
    if (target.level === 'township') return toggleTownship(target.value)
    if (target.level === 'year') return setYears(Number(target.value), Number(target.value))
    return setRegion(target.level, target.value)
  }

  /** Clears every filter, keeping view choices (chart modes, sort, columns). */
  function clearAll(): Promise<void> {
    const patch: Partial<QueryState> = {}
    for (const k of FILTER_KEYS) Object.assign(patch, { [k]: DEFAULT_STATE[k] })
    return update(patch)
  }

  return {
    state,
    everything,
    selection,
    filtered,
    options,
    years,
    isFiltered,
    update,
    setRegion,
    toggleTownship,
    setYears,
    crossFilter,
    clearAll,
  }
})
