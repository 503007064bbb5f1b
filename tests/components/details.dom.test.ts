/** Issue 14.11's details: one date format in the deadline select, the evidence dialog's words, Esc focus. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { INIT_OPTIONS_KEY } from 'vue-echarts'
import CompliancePanel from '../../src/components/CompliancePanel.vue'
import QualityPanel from '../../src/components/QualityPanel.vue'
import EvidenceDialog from '../../src/components/EvidenceDialog.vue'
import { useDatasetStore } from '../../src/stores/dataset.ts'
import { useReportTextsStore } from '../../src/stores/reportTexts.ts'
import { mountPanel, settle } from './mountPanel.ts'

beforeEach(() => {
  vi.stubGlobal('fetch', () => Promise.reject(new Error('offline')))
})
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('details', () => {
  it('writes every deadline option in one date format', async () => {
    const { wrapper } = await mountPanel(CompliancePanel, '/?cnty=洪泽区&y0=2021&y1=2021')
    const options = wrapper.findAll('[data-control="township-deadline"] option').map((o) => o.text())
    expect(options).toEqual(['3月31日（默认）', '2月28日', '2月20日', '1月31日'])
  })

  it('labels the offsets, says 报告未载明 for a value not stated, and Esc from the full text keeps focus in the dialog', async () => {
    const { pinia, router } = await mountPanel(QualityPanel, '/')
    const dataset = useDatasetStore(pinia)
    const fact = dataset.facts.find((f) => f.field === 'proactive_total')!
    const record = dataset.records.find((r) => r.report_id === fact.report_id)!
    useReportTextsStore(pinia).put(record.report_id, '甲'.repeat(fact.end + 10))
    const dialog = mount(EvidenceDialog, {
      props: { record, column: 'proactive_total' },
      global: { plugins: [pinia, router], provide: { [INIT_OPTIONS_KEY as symbol]: { renderer: 'svg' } } },
      attachTo: document.body,
    })
    await settle()
    expect(dialog.get('[data-offsets]').text()).toBe(`原文位置：第 ${fact.start}–${fact.end} 字`)
    await dialog.get('[data-action="open-text"]').trigger('click')
    await settle()
    await dialog.get('[data-report-text]').trigger('keydown', { key: 'Escape' })
    await settle()
    expect(dialog.find('[data-report-text]').exists()).toBe(false)
    expect(dialog.find('[data-evidence]').exists()).toBe(true)
    expect(dialog.get('[data-evidence]').element.contains(document.activeElement)).toBe(true)
    expect(document.activeElement?.getAttribute('data-action')).toBe('open-text')
    dialog.unmount()

    const unstated = dataset.records.find((r) => r.proactive_total === null)!
    const other = mount(EvidenceDialog, {
      props: { record: unstated, column: 'proactive_total' },
      global: { plugins: [pinia, router] },
      attachTo: document.body,
    })
    expect(other.get('.evidence-value').text()).toBe('报告未载明')
  })
})
