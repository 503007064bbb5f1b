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

describe('EvidenceDialog for a PDF report', () => {
  it('gives the page of the quote (form feeds before its offset in the fetched text) and draws the page breaks in the full text', async () => {
    const { pinia, router } = await mountPanel(QualityPanel, '/')
    const dataset = useDatasetStore(pinia)
    const record = { ...dataset.records.find((r) => r.report_id === 'r002')!, source: 'r002.pdf' }
    const fact = dataset.factFor('r002', 'apps_new')!
    // two pages end before the fact: it is on page 3
    const text = `第一页\n\f第二页\n\f${'字'.repeat(fact.start - 10)}${'值'.repeat(fact.end - fact.start)}\n\f`
    const asked: string[] = []
    vi.stubGlobal('fetch', (url: string) => {
      asked.push(url)
      return Promise.resolve(new Response(text))
    })
    const dialog = mount(EvidenceDialog, {
      props: { record, column: 'apps_new' },
      global: { plugins: [pinia, router], provide: { [INIT_OPTIONS_KEY as symbol]: { renderer: 'svg' } } },
      attachTo: document.body,
    })
    await settle()
    expect(asked).toEqual(['/data/reports/r002.pdf.txt'])
    expect(dialog.get('[data-page]').text()).toBe('PDF 第 3 页')

    await dialog.get('[data-action="open-text"]').trigger('click')
    await settle()
    const view = dialog.get('[data-report-text]')
    expect(view.get('[data-page]').text()).toBe(`PDF 第 3 页，第 ${fact.start}–${fact.end} 字`)
    expect(view.findAll('[data-page-break]').map((b) => b.attributes('data-label'))).toEqual(['第 2 页', '第 3 页', ''])
    // the text shown is the text as stored, form feeds included
    expect(view.get('.report-text').element.textContent).toBe(text)
    expect(view.get('[data-highlight]').text()).toBe('值'.repeat(fact.end - fact.start))
  })
})

describe('EvidenceDialog for a value the report gives twice (issue 14.11)', () => {
  const TEXT = '某某镇2018年政府信息公开工作年度报告\n全年主动公开政府信息56条。另统计，全年主动公开政府信息58条。\n'

  async function open(fetchText: (url: string) => Promise<Response>) {
    const { parseReport } = await import('../../src/parser/parseReport.ts')
    const { record, facts } = parseReport(TEXT, 'twice.txt')
    expect(record.warnings).toContain('conflicting_values')
    const { pinia, router } = await mountPanel(QualityPanel, '/')
    useDatasetStore(pinia).setData({ records: [record], facts, errors: [] })
    vi.stubGlobal('fetch', fetchText)
    const dialog = mount(EvidenceDialog, {
      props: { record, column: 'proactive_total' },
      global: { plugins: [pinia, router], provide: { [INIT_OPTIONS_KEY as symbol]: { renderer: 'svg' } } },
      attachTo: document.body,
    })
    for (let i = 0; i < 5; i++) await settle()
    return { dialog, record }
  }

  it('names both values with the sentence each is in, read from the report’s text', async () => {
    const { dialog, record } = await open(async () => new Response(TEXT, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } }))
    expect(record.proactive_total).toBe(56)
    await expect.poll(() => dialog.find('[data-conflict-other]').exists()).toBe(true)
    expect(dialog.find('[data-conflict] h4').text()).toBe('报告中此项前后有两个数值')
    const kept = dialog.find('[data-conflict-kept]').text()
    const other = dialog.find('[data-conflict-other]').text()
    expect(kept).toContain('采用 56')
    expect(kept).toContain('全年主动公开政府信息56条')
    expect(other).toContain('另一处写作 58')
    expect(other).toContain('全年主动公开政府信息58条')
    // and the warning itself says which figure and both values
    expect(dialog.find('[data-warnings] li[data-code="conflicting_values"]').text()).toBe('主动公开总数：报告先后写作 56 和 58，采用 56')
    // another field of the same report has no conflict to show
    const year = mount(EvidenceDialog, {
      props: { record, column: 'year' },
      global: { plugins: [dialog.vm.$pinia] },
      attachTo: document.body,
    })
    for (let i = 0; i < 3; i++) await settle()
    expect(year.find('[data-conflict]').exists()).toBe(false)
  })

  it('says the other value cannot be named when the text is not there', async () => {
    const { dialog } = await open(async () => new Response('', { status: 404 }))
    await expect.poll(() => dialog.find('[data-conflict]').exists()).toBe(true)
    expect(dialog.find('[data-conflict]').text()).toContain('报告原文不可用，无法列出另一个数值')
  })
})
