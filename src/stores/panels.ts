/**
 * Hands each panel exactly its series, computed by query/ from the filters' selection. Series
 * are data (numbers and labels), never chart options: the builders in src/charts/ do that.
 */
import { defineStore } from 'pinia'
import { computed } from 'vue'
import { useFiltersStore } from './filters.ts'
import { computeKpis } from '../query/series/kpi.ts'
import { trendLevel, trendSeries } from '../query/series/trends.ts'
import { sortedRows, tableView } from '../query/series/table.ts'
import { chooseRollup } from '../query/rollup.ts'
import { applicationsFor, channelsFor, countingRest, procurementFor, templatesIn, volumeFor } from '../query/chartSeries.ts'
import { landingApplies } from '../query/landing.ts'
import { useDatasetStore } from './dataset.ts'
import { useImportsStore } from './imports.ts'

export const usePanelsStore = defineStore('panels', () => {
  const filters = useFiltersStore()
  const dataset = useDatasetStore()
  const imports = useImportsStore()
  const selection = computed(() => filters.selection)
  const state = computed(() => filters.state)
  /**
   * While a large dataset's rows load, the chart panels' series for the unfiltered view come
   * precomputed (scale/landing.ts); null otherwise, and for any other view, which waits.
   * Reports imported in this browser are laid over the file's (imports.ts), and the landing
   * view knows only the file: with imports the charts wait for the rows too.
   */
  const landing = computed(() =>
    dataset.status === 'loading' && dataset.landing && !imports.hasChanges && landingApplies(state.value) ? dataset.landing : null,
  )
  /** null = draw report by report; else the region level the bar panels sum by (scale/rollup.ts) */
  const rollup = computed(() => (landing.value ? landing.value.rollup : chooseRollup(selection.value, state.value)))

  const kpis = computed(() => landing.value?.kpis ?? computeKpis(selection.value))
  // the bar panels' series with their rest bar unworded (chartSeries.ts WithRest): the page's
  // language words it (composables/usePanelSeries.ts), so a language change computes nothing again
  const volume = computed(() => (landing.value ? { series: landing.value.volume, rest: landing.value.rest.volume } : countingRest((rest) => volumeFor(selection.value, state.value, rollup.value, rest))))
  const channels = computed(() => (landing.value ? { series: landing.value.channels, rest: landing.value.rest.channels } : countingRest((rest) => channelsFor(selection.value, rollup.value, rest))))
  const procurement = computed(() => (landing.value ? { series: landing.value.procurement, rest: landing.value.rest.procurement } : countingRest((rest) => procurementFor(selection.value, rollup.value, rest))))
  const applications = computed(() => (landing.value ? { series: landing.value.applications, rest: landing.value.rest.applications } : countingRest((rest) => applicationsFor(selection.value, rollup.value, rest))))
  const trends = computed(() =>
    landing.value?.trends ?? trendSeries(selection.value, state.value.trendMetric, trendLevel(state.value, rollup.value), state.value.townships),
  )
  /** the table's order; kept while only its page or columns change (sorting 380,000 reports is the slow part) */
  const sorted = computed(() => sortedRows(selection.value, { sort: state.value.sort, sortDir: state.value.sortDir }))
  const table = computed(() => tableView(sorted.value, state.value))
  /** report templates in view: more than one means year-to-year figures are not like for like */
  const templates = computed(() => landing.value?.templates ?? templatesIn(selection.value))

  return { landing, rollup, kpis, volume, channels, procurement, applications, trends, table, templates }
})
