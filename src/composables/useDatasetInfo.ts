/** The loaded dataset described for people (query/series/datasetInfo.ts), in the page's language. */
import { computed } from 'vue'
import { useDatasetStore } from '../stores/dataset.ts'
import { useReportsStore } from '../stores/reports.ts'
import { datasetInfo } from '../query/series/datasetInfo.ts'
import { useI18n } from './useI18n.ts'

const EMBEDDED = `${(import.meta.env?.BASE_URL as string | undefined) ?? '/'}data/`

export function useDatasetInfo() {
  const dataset = useDatasetStore()
  const reports = useReportsStore()
  const { t, fill, n } = useI18n()
  const info = computed(() => datasetInfo(dataset.baseUrl, EMBEDDED, reports.records, dataset.builtAt))
  /** one line: source · N 份报告 · 生成于 date */
  const line = computed(() => {
    const i = info.value
    const parts = [i.address === null ? t.value.dataset.embedded : fill(t.value.dataset.at, { address: i.address })]
    if (dataset.status === 'ready') parts.push(fill(t.value.dataset.reports, { n: n(i.reports) }))
    if (i.built) parts.push(fill(t.value.dataset.built, { date: i.built }))
    return parts.join(' · ')
  })
  /** set when any report is synthetic: shown in red beside the name, and in every export */
  const synthetic = computed(() => (info.value.synthetic ? t.value.dataset.synthetic : null))
  return { info, line, synthetic }
}
