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
import { applicationsFor, channelsFor, procurementFor, templatesIn, volumeFor } from '../query/chartSeries.ts'
import { landingApplications, landingApplies, landingChannels, landingProcurement, landingVolume } from '../query/landing.ts'
import { useDatasetStore } from './dataset.ts'
import { useImportsStore } from './imports.ts'
import { scaleMessages } from '../i18n/scale.ts'
import { useI18n } from '../composables/useI18n.ts'
import { fill } from '../i18n/index.ts'

export const usePanelsStore = defineStore('panels', () => {
  const filters = useFiltersStore()
  const dataset = useDatasetStore()
  const imports = useImportsStore()
  const selection = computed(() => filters.selection)
  const state = computed(() => filters.state)
  const { locale } = useI18n()
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
  const restLabel = (n: number) => fill(scaleMessages(locale.value).rest, { n })

  const kpis = computed(() => landing.value?.kpis ?? computeKpis(selection.value))
  const volume = computed(() => (landing.value ? landingVolume(landing.value, restLabel) : volumeFor(selection.value, state.value, rollup.value, restLabel)))
  const channels = computed(() => (landing.value ? landingChannels(landing.value, restLabel) : channelsFor(selection.value, rollup.value, restLabel)))
  const procurement = computed(() => (landing.value ? landingProcurement(landing.value, restLabel) : procurementFor(selection.value, rollup.value, restLabel)))
  const applications = computed(() => (landing.value ? landingApplications(landing.value, restLabel) : applicationsFor(selection.value, rollup.value, restLabel)))
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
