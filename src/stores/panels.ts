/**
 * Hands each panel exactly its series, computed by query/ from the filters' selection. Series
 * are data (numbers and labels), never chart options: the builders in src/charts/ do that.
 */
import { defineStore } from 'pinia'
import { computed } from 'vue'
import { useFiltersStore } from './filters.ts'
import type { Selection } from '../query/select.ts'
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
  const state = computed(() => filters.state)
  /**
   * While a large dataset's rows load, the chart panels' series for the unfiltered view come
   * precomputed (query/landing.ts); null otherwise, and for any other view, which waits.
   * Reports imported in this browser are laid over the file's (imports.ts), and the landing
   * view knows only the file: with imports the charts wait for the rows too.
   */
  const landing = computed(() =>
    dataset.status === 'loading' && dataset.landing && !imports.hasChanges && landingApplies(state.value) ? dataset.landing : null,
  )
  /**
   * Every series for the whole dataset and for the filtered selection, each set of computeds
   * kept apart: clearing the filters finds the whole dataset's series computed, instead of
   * summing every report of a national dataset again. A computed runs again only when what it
   * reads changed.
   */
  const whole = seriesOf(() => filters.everything)
  const part = seriesOf(() => filters.selection)
  const shown = computed(() => (filters.selection === filters.everything ? whole : part))

  /** null = draw report by report; else the region level the bar panels sum by (rollup.ts) */
  const rollup = computed(() => (landing.value ? landing.value.rollup : shown.value.rollup.value))
  const kpis = computed(() => landing.value?.kpis ?? shown.value.kpis.value)
  // the bar panels' series with their rest bar unworded (chartSeries.ts WithRest): the page's
  // language words it (composables/usePanelSeries.ts), so a language change computes nothing again
  const volume = computed(() =>
    landing.value ? { series: landing.value.volume, rest: landing.value.rest.volume } : shown.value.volume.value,
  )
  const channels = computed(() =>
    landing.value ? { series: landing.value.channels, rest: landing.value.rest.channels } : shown.value.channels.value,
  )
  const procurement = computed(() =>
    landing.value ? { series: landing.value.procurement, rest: landing.value.rest.procurement } : shown.value.procurement.value,
  )
  const applications = computed(() =>
    landing.value ? { series: landing.value.applications, rest: landing.value.rest.applications } : shown.value.applications.value,
  )
  const trends = computed(() => landing.value?.trends ?? shown.value.trends.value)
  const table = computed(() => tableView(shown.value.sorted.value, state.value))
  /** report templates in view: more than one means year-to-year figures are not like for like */
  const templates = computed(() => landing.value?.templates ?? shown.value.templates.value)

  /**
   * The panels' series of one selection, each a computed of what it reads. The region and
   * township choices come from the selection's own filters (none for the whole dataset), so
   * the whole dataset's series do not go stale when a filter changes.
   */
  function seriesOf(selected: () => Selection) {
    const rollupOf = computed(() => chooseRollup(selected(), selected().filters))
    return {
      rollup: rollupOf,
      kpis: computed(() => computeKpis(selected())),
      volume: computed(() => countingRest((rest) => volumeFor(selected(), state.value, rollupOf.value, rest))),
      channels: computed(() => countingRest((rest) => channelsFor(selected(), rollupOf.value, rest))),
      procurement: computed(() => countingRest((rest) => procurementFor(selected(), rollupOf.value, rest))),
      applications: computed(() => countingRest((rest) => applicationsFor(selected(), rollupOf.value, rest))),
      trends: computed(() => {
        const { townships } = selected().filters
        return trendSeries(
          selected(),
          state.value.trendMetric,
          trendLevel({ trendGroup: state.value.trendGroup, townships }, rollupOf.value),
          townships,
        )
      }),
      /** the table's order; kept while only its page or columns change (sorting 380,000 reports is the slow part) */
      sorted: computed(() => sortedRows(selected(), { sort: state.value.sort, sortDir: state.value.sortDir })),
      templates: computed(() => templatesIn(selected())),
    }
  }

  return { landing, rollup, kpis, volume, channels, procurement, applications, trends, table, templates }
})
