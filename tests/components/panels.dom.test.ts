import { afterEach, describe, expect, it } from 'vitest'
import { getInstanceByDom } from 'echarts/core'
import KpiPanel from '../../src/components/KpiPanel.vue'
import VolumePanel from '../../src/components/VolumePanel.vue'
import ChannelsPanel from '../../src/components/ChannelsPanel.vue'
import ProcurementPanel from '../../src/components/ProcurementPanel.vue'
import ApplicationsPanel from '../../src/components/ApplicationsPanel.vue'
import TrendsPanel from '../../src/components/TrendsPanel.vue'
import { mountPanel, settle } from './mountPanel.ts'

type AnyOption = Record<string, any>

function chartOption(root: Element): AnyOption {
  const host = root.querySelector<HTMLElement>('.echarts-host')
  expect(host, 'chart host').not.toBeNull()
  const chart = getInstanceByDom(host!)
  expect(chart, 'echarts instance').toBeDefined()
  return chart!.getOption() as AnyOption
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('KpiPanel', () => {
  it('shows the six figures for the URL’s filters, in the locale', async () => {
    const { wrapper } = await mountPanel(KpiPanel, '/?cnty=金湖县')
    const value = (id: string) => wrapper.get(`[data-kpi="${id}"] .kpi-value`).text()
    expect(value('reports')).toBe('16')
    expect(value('townships')).toBe('4')
    expect(value('years')).toBe('2020–2023')
    expect(value('proactive')).toBe('5,112')
    expect(value('applications')).toBe('22')
    expect(value('appeals')).toBe('6')
    expect(wrapper.get('[data-kpi="proactive"] .kpi-note').text()).toBe('16/16 份报告载明')
  })
})

describe('VolumePanel', () => {
  it('draws the ranking for the county and year in the URL', async () => {
    const { wrapper } = await mountPanel(VolumePanel, '/?cnty=洪泽区&y0=2021&y1=2021')
    const root = wrapper.get('[data-panel="volume"]').element
    const o = chartOption(root)
    expect(o.yAxis[0].data).toEqual(['西顺河镇', '岔河镇', '高良涧街道', '朱坝街道'])
    expect(root.querySelector('[data-action="export-png"]')).not.toBeNull()
    expect(root.querySelector('[data-action="export-svg"]')).not.toBeNull()
  })

  it('switches to totals by year and writes the choice to the URL', async () => {
    const { wrapper, router } = await mountPanel(VolumePanel, '/?cnty=泗阳县')
    await wrapper.get('[data-control="volume-year"]').trigger('click')
    await settle()
    expect(router.currentRoute.value.query.vm).toBe('year')
    expect(chartOption(wrapper.element).xAxis[0].data).toEqual(['2022', '2023'])
  })

  it('lists a township that states no total, and shows a sentence for an empty selection', async () => {
    const { wrapper } = await mountPanel(VolumePanel, '/?cnty=泗阳县&y0=2022&y1=2022')
    expect(wrapper.text()).toContain('未说明：王集镇')
    const empty = await mountPanel(VolumePanel, '/?cnty=泗阳县&y1=2019')
    expect(empty.wrapper.find('.echarts-host').exists()).toBe(false)
    expect(empty.wrapper.get('[data-empty]').text()).toContain('没有载明主动公开数量')
  })
})

describe('ChannelsPanel', () => {
  it('keeps unstated channels as gaps and says 未说明', async () => {
    const { wrapper } = await mountPanel(ChannelsPanel, '/?cnty=洪泽区&y0=2021&y1=2021')
    const o = chartOption(wrapper.element)
    const weibo = o.series.find((s: AnyOption) => s.id === 'ch_weibo')
    expect(weibo.data.map((d: AnyOption) => d.value)).toEqual(['-', '-', 6, 15])
    expect(o.yAxis[0].axisLabel.formatter('岔河镇', 0)).toContain('3 项未说明')
  })
})

describe('many reports', () => {
  it('draws at most 40 per-report rows and says how many more there are', async () => {
    const { wrapper } = await mountPanel(ChannelsPanel, '/')
    expect(chartOption(wrapper.element).yAxis[0].data).toHaveLength(40)
    expect(wrapper.get('[data-capped]').text()).toContain('另有 8 份报告未画出')
  })
})

describe('ProcurementPanel', () => {
  it('lists amounts without a unit apart, marked', async () => {
    const { wrapper } = await mountPanel(ProcurementPanel, '/?cnty=泗阳县&y0=2022&y1=2022')
    const apart = wrapper.get('[data-unitless]')
    expect(apart.text()).toContain('裴圩镇：原文金额 573,661（单位未说明）')
    expect(apart.text()).toContain('众兴街道：原文金额 641,967（单位未说明）')
    const o = chartOption(wrapper.element)
    expect(o.series[0].data.map((d: AnyOption) => d.value)).toEqual([254.7508, '-', 49.48, '-'])
  })
})

describe('ApplicationsPanel', () => {
  it('draws new applications, outcomes and appeals', async () => {
    const { wrapper } = await mountPanel(ApplicationsPanel, '/?cnty=洪泽区&y0=2021&y1=2021')
    const o = chartOption(wrapper.element)
    expect(o.series.map((s: AnyOption) => s.id)).toContain('reconsideration_total')
  })
})

describe('TrendsPanel', () => {
  it('sums by county when asked, and says roll-ups are sums', async () => {
    const { wrapper, router } = await mountPanel(TrendsPanel, '/')
    await wrapper.get('[data-control="trend-group"]').setValue('county')
    await settle()
    expect(router.currentRoute.value.query.tg).toBe('county')
    const o = chartOption(wrapper.element)
    expect(o.series.map((s: AnyOption) => s.name)).toEqual(['洪泽区', '金湖县', '泗阳县'])
    expect(wrapper.text()).toContain('数量合计（不取平均）')
    expect(wrapper.get('[data-mixed-templates]').text()).toContain('2019年前、2019版、2021版')
  })
})
