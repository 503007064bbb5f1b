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
import { landingApplications, landingApplies, landingChannels, landingProcurement, landingVolume } from './scale/landing.ts'
import { useDatasetStore } from './dataset.ts'
import { useImportsStore } from './imports.ts'
import { scaleMessages } from '../i18n/scale.ts'
import { useI18n } from '../composables/useI18n.ts'
import { fill } from '../i18n/index.ts'

export const usePanelsStore = defineStore('panels', () => {
  const filters = useFiltersStore()
  const dataset = useDatasetStore()
  const records = computed(() => filters.filtered)
  const state = computed(() => filters.state)
  const { locale } = useI18n()
  /**
   * While a large dataset's rows load, the chart panels' series for the unfiltered view come
   * precomputed (scale/landing.ts); null otherwise, and for any other view, which waits.
   */
  const imports = useImportsStore()
  const landing = computed(() =>
    // reports imported in this browser are laid over the file's (imports.ts): the landing view
    // knows only the file, so with imports the charts wait for the rows too
    dataset.status === 'loading' && dataset.landing && !imports.hasChanges && landingApplies(state.value) ? dataset.landing : null,
  )
  /** null = draw report by report; else the region level the bar panels sum by (scale/rollup.ts) */
  const rollup = computed(() => (landing.value ? landing.value.rollup : chooseRollup(records.value, state.value)))
  const restLabel = (n: number) => fill(scaleMessages(locale.value).rest, { n })

  const kpis = computed(() => landing.value?.kpis ?? computeKpis(records.value))
  const volume = computed(() => {
    if (landing.value) return landingVolume(landing.value, restLabel)
    if (state.value.volumeMode === 'year') return volumeByYear(records.value)
    return rollup.value
      ? volumeRollup(records.value, rollup.value, state.value.volumeYear, restLabel)
      : volumeByTownship(records.value, state.value.volumeYear)
  })
  const channels = computed(() => {
    if (landing.value) return landingChannels(landing.value, restLabel)
    return rollup.value ? channelRollup(records.value, rollup.value, restLabel) : channelSeries(records.value)
  })
  const procurement = computed(() => {
    if (landing.value) return landingProcurement(landing.value, restLabel)
    return rollup.value ? procurementRollup(records.value, rollup.value, restLabel) : procurementSeries(records.value)
  })
  const applications = computed(() => {
    if (landing.value) return landingApplications(landing.value, restLabel)
    return rollup.value ? applicationRollup(records.value, rollup.value, restLabel) : applicationSeries(records.value)
  })
  const trends = computed(() =>
    landing.value?.trends ?? trendSeries(records.value, state.value.trendMetric, state.value.trendGroup, state.value.townships),
  )
  const table = computed(() => tableView(records.value, state.value))
  /** report templates in view: more than one means year-to-year figures are not like for like */
  const templates = computed(() => {
    if (landing.value) return landing.value.templates
    const present = new Set(records.value.map((r) => r.template))
    return TEMPLATES.filter((t) => present.has(t))
  })

  return { landing, rollup, kpis, volume, channels, procurement, applications, trends, table, templates }
})
