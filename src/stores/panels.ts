/**
 * Hands each panel exactly its series, computed from the filtered records. Series are data
 * (numbers and labels), never chart options: the builders in src/charts/ do that.
 */
import { defineStore } from 'pinia'
import { computed } from 'vue'
import { TEMPLATES } from '../data/schema.ts'
import { useFiltersStore } from './filters.ts'
import { computeKpis } from './series/kpi.ts'
import { volumeByTownship, volumeByYear } from './series/volume.ts'
import { channelSeries } from './series/channels.ts'
import { procurementSeries } from './series/procurement.ts'
import { applicationSeries } from './series/applications.ts'
import { trendSeries } from './series/trends.ts'
import { tableView } from './series/table.ts'

export const usePanelsStore = defineStore('panels', () => {
  const filters = useFiltersStore()
  const records = computed(() => filters.filtered)
  const state = computed(() => filters.state)

  const kpis = computed(() => computeKpis(records.value))
  const volume = computed(() =>
    state.value.volumeMode === 'year' ? volumeByYear(records.value) : volumeByTownship(records.value, state.value.volumeYear),
  )
  const channels = computed(() => channelSeries(records.value))
  const procurement = computed(() => procurementSeries(records.value))
  const applications = computed(() => applicationSeries(records.value))
  const trends = computed(() =>
    trendSeries(records.value, state.value.trendMetric, state.value.trendGroup, state.value.townships),
  )
  const table = computed(() => tableView(records.value, state.value))
  /** report templates in view: more than one means year-to-year figures are not like for like */
  const templates = computed(() => {
    const present = new Set(records.value.map((r) => r.template))
    return TEMPLATES.filter((t) => present.has(t))
  })

  return { kpis, volume, channels, procurement, applications, trends, table, templates }
})
