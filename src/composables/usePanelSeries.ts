/**
 * The bar panels' series as drawn: the panels store's, with each roll-up's rest bar worded in
 * the page's language (其他 N 个 / N others).
 */
import { computed } from 'vue'
import { usePanelsStore } from '../stores/panels.ts'
import { wordedRows, wordedVolume } from '../query/chartSeries.ts'
import { scaleMessages } from '../i18n/scale.ts'
import { fill } from '../i18n/index.ts'
import { useI18n } from './useI18n.ts'

export function usePanelSeries() {
  const panels = usePanelsStore()
  const { locale } = useI18n()
  const restLabel = (n: number) => fill(scaleMessages(locale.value).rest, { n })
  return {
    volume: computed(() => wordedVolume(panels.volume, restLabel)),
    channels: computed(() => wordedRows(panels.channels, restLabel)),
    applications: computed(() => wordedRows(panels.applications, restLabel)),
    procurement: computed(() => wordedRows(panels.procurement, restLabel)),
  }
}
