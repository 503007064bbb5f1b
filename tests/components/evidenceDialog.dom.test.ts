import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { INIT_OPTIONS_KEY } from 'vue-echarts'
import EvidenceDialog from '../../src/components/EvidenceDialog.vue'
import QualityPanel from '../../src/components/QualityPanel.vue'
import { useDatasetStore } from '../../src/stores/dataset.ts'
import { useI18n } from '../../src/composables/useI18n.ts'
import { mountPanel, settle } from './mountPanel.ts'

beforeEach(() => {
  vi.stubGlobal('fetch', () => Promise.reject(new Error('offline')))
})
afterEach(() => {
  useI18n().setLocale('zh-CN')
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('EvidenceDialog warnings', () => {
  it('lists each warning as a sentence with its figures, in Chinese and after a switch in English', async () => {
    const { pinia, router } = await mountPanel(QualityPanel, '/')
    // r005 (高良涧街道 2022): channels 225 + 59 + 50 = 334 against 324; 采购 84667 with no unit
    const record = useDatasetStore(pinia).records.find((r) => r.report_id === 'r005')!
    const dialog = mount(EvidenceDialog, {
      props: { record, column: 'proactive_total' },
      global: { plugins: [pinia, router], provide: { [INIT_OPTIONS_KEY as symbol]: { renderer: 'svg' } } },
      attachTo: document.body,
    })
    await settle()
    const items = () => dialog.findAll('[data-warnings] li').map((li) => li.text())
    expect(items()).toEqual(['各渠道公开数量之和为 334，超过主动公开总数 324', '采购总金额 84,667 未写明单位，按原文保留，未换算'])
    expect(dialog.find('[data-warnings] li[data-code="channel_sum_over_total"]').exists()).toBe(true)
    expect(dialog.find('[data-imported-note]').exists()).toBe(false)

    useI18n().setLocale('en')
    await settle()
    expect(items()).toEqual([
      'channels add up to 334, more than the 324 disclosed in total',
      'the procurement amount 84,667 is given with no unit; it is kept as written and not converted',
    ])
  })
})
