import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { getInstanceByDom } from 'echarts/core'
import QualityPanel from '../../src/components/QualityPanel.vue'
import CompliancePanel from '../../src/components/CompliancePanel.vue'
import ComparePanel from '../../src/components/ComparePanel.vue'
import EvidenceDialog from '../../src/components/EvidenceDialog.vue'
import { useReportTextsStore } from '../../src/stores/reportTexts.ts'
import { useDatasetStore } from '../../src/stores/dataset.ts'
import { mountPanel, settle } from './mountPanel.ts'
import { mount } from '@vue/test-utils'
import { INIT_OPTIONS_KEY } from 'vue-echarts'

// happy-dom would try a real server for /data/reports/*: texts are unreachable unless a test puts one
beforeEach(() => {
  vi.stubGlobal('fetch', () => Promise.reject(new Error('offline')))
})
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('QualityPanel', () => {
  it('marks each key field stated, not stated or warned, with a symbol and a word', async () => {
    const { wrapper } = await mountPanel(QualityPanel, '/?cnty=泗阳县&y0=2022&y1=2022')
    const rows = wrapper.findAll('[data-matrix] tbody tr')
    expect(rows).toHaveLength(4)
    const states = wrapper.findAll('[data-matrix] td').map((td) => td.attributes('data-state'))
    expect(states).toContain('missing')
    const missing = wrapper.find('[data-matrix] td[data-state="missing"]')
    expect(missing.text()).toContain('○')
    expect(missing.text()).toContain('未说明')
  })

  it('lists warnings with their quotes and sums up checks per township', async () => {
    const { wrapper } = await mountPanel(QualityPanel, '/')
    expect(wrapper.findAll('[data-warning-list] li').length).toBeGreaterThan(0)
    expect(wrapper.findAll('[data-consistency] tbody tr').length).toBe(12)
  })

  it("writes each warning in Chinese with its figures, not the parser's English sentence", async () => {
    const { wrapper } = await mountPanel(QualityPanel, '/?cnty=洪泽区&y0=2022&y1=2022')
    const item = wrapper.get('[data-warning-list] li[data-code="channel_sum_over_total"]')
    // r005: 政府网站 225 + 政务微信 59 + 公开栏 50 = 334 against 324 in total
    expect(item.get('[data-warning-text]').text()).toBe('各渠道公开数量之和为 334，超过主动公开总数 324')
    expect(wrapper.get('[data-warning-list] li[data-code="amount_without_unit"] [data-warning-text]').text()).toBe(
      '采购总金额 84,667 未写明单位，按原文保留，未换算',
    )
    const texts = wrapper.findAll('[data-warning-list] [data-warning-text]').map((d) => d.text())
    expect(texts.length).toBeGreaterThan(0)
    for (const text of texts) expect(text).not.toMatch(/[A-Za-z]{2,}/)
  })
})

describe('CompliancePanel', () => {
  it('ranks townships and shows each point with its quote', async () => {
    // no texts reachable: rules that need none still run, the others say so
    const { wrapper } = await mountPanel(CompliancePanel, '/?cnty=洪泽区&y0=2021&y1=2021')
    await settle()
    expect(wrapper.findAll('[data-ranking] tbody tr')).toHaveLength(4)
    expect(wrapper.find('[data-unchecked="no_text"]').exists()).toBe(true)
  })

  it('gives no score and no rank when the texts are the app’s own page (a host’s fallback), and says why', async () => {
    const page = '<!doctype html><html><head><title>政务公开年报看板</title></head><body><div id="app"></div></body></html>'
    vi.stubGlobal('fetch', async () => new Response(page, { status: 200, headers: { 'content-type': 'text/html' } }))
    const { wrapper } = await mountPanel(CompliancePanel, '/?cnty=洪泽区&y0=2021&y1=2021')
    for (let i = 0; i < 5; i++) await settle()
    const rows = wrapper.findAll('[data-ranking] tbody tr')
    expect(rows).toHaveLength(4)
    for (const row of rows) {
      expect(row.find('[data-latest]').attributes('data-latest')).toBe('none')
      expect(row.text()).toContain('未计算')
      expect(row.text()).not.toMatch(/\b100\b/)
    }
    expect(wrapper.find('[data-none-scored]').exists()).toBe(true)
    expect(wrapper.findAll('[data-score-none]').length).toBeGreaterThan(0)
    expect(wrapper.text()).not.toContain('doctype')
    expect(wrapper.findAll('[data-rule="similar"]')).toHaveLength(0)
  })

  it('checks sections once a text is there, quoting the heading it found', async () => {
    const { wrapper, pinia } = await mountPanel(CompliancePanel, '/?cnty=洪泽区&y0=2021&y1=2021')
    const dataset = useDatasetStore(pinia)
    const texts = useReportTextsStore(pinia)
    const first = dataset.records.find((r) => r.county === '洪泽区' && r.year === 2021)!
    texts.put(first.report_id, '一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况')
    await settle()
    const report = wrapper.get(`[data-compliance-report="${first.report_id}"]`)
    expect(
      report
        .findAll('[data-rule="section_missing"]')
        .map((x) => x.text())
        .join(),
    ).toContain('五、存在的主要问题及改进情况')
  })
})

describe('ComparePanel', () => {
  it('draws the picked townships and lists values they do not state', async () => {
    const { wrapper } = await mountPanel(ComparePanel, '/?cnty=洪泽区')
    const host = wrapper.get('[data-panel="compare"] .echarts-host').element as HTMLElement
    const o = getInstanceByDom(host)!.getOption() as Record<string, any>
    // 2 townships × 6 metrics: the total, website, WeChat, bulletin board, applications, appeals
    expect(o.series.length).toBe(12)
    await wrapper.get('[data-compare-search]').setValue('镇')
    await wrapper.get('[data-compare-add]').trigger('click')
    await settle()
    expect((getInstanceByDom(host)!.getOption() as Record<string, any>).series.length).toBe(18)
  })

  it('picks by search, not a wall of checkboxes, and the default pick can be removed', async () => {
    const { wrapper } = await mountPanel(ComparePanel, '/')
    expect(wrapper.findAll('input[type="checkbox"]')).toHaveLength(0)
    const chips = () => wrapper.findAll('[data-compare-picked]').map((c) => c.attributes('data-compare-picked'))
    const defaults = chips()
    expect(defaults).toHaveLength(2)
    // the default pick is shown and removable, down to none (it does not come back)
    await wrapper.get(`[data-compare-picked="${defaults[0]}"]`).trigger('click')
    await wrapper.get(`[data-compare-picked="${defaults[1]}"]`).trigger('click')
    await settle()
    expect(chips()).toEqual([])
    expect(wrapper.find('[data-empty]').exists()).toBe(true)
    // a search lists matches by name; one click adds
    await wrapper.get('[data-compare-search]').setValue('岔河')
    const adds = wrapper.findAll('[data-compare-add]')
    expect(adds.map((b) => b.attributes('data-compare-add'))).toEqual(['洪泽区/岔河镇'])
    await adds[0].trigger('click')
    expect(chips()).toEqual(['洪泽区/岔河镇'])
    await wrapper.get('[data-compare-search]').setValue('不存在的镇')
    expect(wrapper.find('[data-compare-none]').exists()).toBe(true)
  })
})

describe('EvidenceDialog → full text', () => {
  it('opens the report text with the evidence span highlighted', async () => {
    const { pinia, router } = await mountPanel(QualityPanel, '/')
    const dataset = useDatasetStore(pinia)
    const fact = dataset.facts.find((f) => f.field === 'proactive_total')!
    const record = dataset.records.find((r) => r.report_id === fact.report_id)!
    const text = `${'前'.repeat(fact.start)}${'值'.repeat(fact.end - fact.start)}后文`
    useReportTextsStore(pinia).put(record.report_id, text)
    const dialog = mount(EvidenceDialog, {
      props: { record, column: 'proactive_total' },
      global: { plugins: [pinia, router], provide: { [INIT_OPTIONS_KEY as symbol]: { renderer: 'svg' } } },
      attachTo: document.body,
    })
    await dialog.get('[data-action="open-text"]').trigger('click')
    await settle()
    expect(dialog.get('[data-report-text] [data-highlight]').text()).toBe('值'.repeat(fact.end - fact.start))
  })
})
