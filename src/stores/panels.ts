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
import { applicationRollup, channelRollup, chooseRollup, procurementRollup, volumeRollup } from './scale/rollup.ts'
import { scaleMessages } from '../i18n/scale.ts'
import { useI18n } from '../composables/useI18n.ts'
import { fill } from '../i18n/index.ts'

export const usePanelsStore = defineStore('panels', () => {
  const filters = useFiltersStore()
  const records = computed(() => filters.filtered)
  const state = computed(() => filters.state)
  const { locale } = useI18n()
  /** null = draw report by report; else the region level the bar panels sum by (scale/rollup.ts) */
  const rollup = computed(() => chooseRollup(records.value, state.value))
  const restLabel = (n: number) => fill(scaleMessages(locale.value).rest, { n })

  const kpis = computed(() => computeKpis(records.value))
  const volume = computed(() =>
    state.value.volumeMode === 'year'
      ? volumeByYear(records.value)
      : rollup.value
        ? volumeRollup(records.value, rollup.value, state.value.volumeYear, restLabel)
        : volumeByTownship(records.value, state.value.volumeYear),
  )
  const channels = computed(() => (rollup.value ? channelRollup(records.value, rollup.value, restLabel) : channelSeries(records.value)))
  const procurement = computed(() => (rollup.value ? procurementRollup(records.value, rollup.value, restLabel) : procurementSeries(records.value)))
  const applications = computed(() => (rollup.value ? applicationRollup(records.value, rollup.value, restLabel) : applicationSeries(records.value)))
  const trends = computed(() =>
    trendSeries(records.value, state.value.trendMetric, state.value.trendGroup, state.value.townships),
  )
  const table = computed(() => tableView(records.value, state.value))
  /** report templates in view: more than one means year-to-year figures are not like for like */
  const templates = computed(() => {
    const present = new Set(records.value.map((r) => r.template))
    return TEMPLATES.filter((t) => present.has(t))
  })

  return { rollup, kpis, volume, channels, procurement, applications, trends, table, templates }
})
