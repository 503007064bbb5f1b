import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import ImportConflicts from '../../src/components/ImportConflicts.vue'
import { useDatasetStore } from '../../src/stores/dataset.ts'
import { useImportsStore } from '../../src/stores/imports.ts'
import { useI18n } from '../../src/composables/useI18n.ts'
import { mountPanel, settle } from './mountPanel.ts'

afterEach(() => {
  useI18n().setLocale('zh-CN')
  document.body.innerHTML = ''
})

describe('ImportConflicts', () => {
  it("shows each side's warnings as sentences in the page's language, not as codes", async () => {
    const { pinia } = await mountPanel(ImportConflicts)
    // r005 (高良涧街道 2022) warns channel_sum_over_total and amount_without_unit
    const existing = useDatasetStore(pinia).records.find((r) => r.report_id === 'r005')!
    const imports = useImportsStore(pinia)
    const incoming = { ...existing, report_id: 'x', source: 'again.txt', warnings: '', proactive_total: 400 }
    imports.conflicts = [{ existing, incoming: { record: incoming, facts: [], text: null, origin: 'again.txt' } }]
    imports.choices = ['keep']
    await settle()
    const row = () => document.querySelector('[data-conflict="0"] tr[data-field="warnings"]')!
    expect(row().querySelector('[data-side="existing"]')!.textContent).toBe(
      '各渠道公开数量之和为 334，超过主动公开总数 324；采购总金额 84,667 未写明单位，按原文保留，未换算',
    )
    expect(row().querySelector('[data-side="incoming"]')!.textContent).toBe('—')
    useI18n().setLocale('en')
    await settle()
    expect(row().querySelector('[data-side="existing"]')!.textContent).toBe(
      'channels add up to 334, more than the 324 disclosed in total · the procurement amount 84,667 is given with no unit; it is kept as written and not converted',
    )
  })
})
