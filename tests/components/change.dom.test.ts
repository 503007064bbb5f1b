import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { getInstanceByDom } from 'echarts/core'
import ChangePanel from '../../src/components/ChangePanel.vue'
import TrendsPanel from '../../src/components/TrendsPanel.vue'
import { mountPanel, settle } from './mountPanel.ts'

beforeEach(() => {
  vi.stubGlobal('fetch', () => Promise.reject(new Error('offline')))
})
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('ChangePanel', () => {
  it('ranks townships by their change from the year before, sortable either way, unstated last', async () => {
    const { wrapper } = await mountPanel(ChangePanel, '/?cnty=泗阳县')
    const names = () => wrapper.findAll('[data-change-table] tbody th').map((th) => th.text())
    expect(wrapper.find('[data-change-years]').text()).toContain('比较 2022 年与 2023 年')
    expect(names()).toEqual(['众兴街道', '爱园镇', '裴圩镇', '王集镇'])
    const first = wrapper.find('[data-change-table] tbody tr')
    expect(first.find('[data-abs]').text()).toBe('+81')
    expect(first.find('[data-pct]').text()).toBe('+25.2%')
    expect(wrapper.findAll('[data-change-table] tbody tr')[3].find('[data-abs]').text()).toBe('未说明')
    await wrapper.find('[data-sort="abs"]').trigger('click')
    await settle()
    expect(names()).toEqual(['裴圩镇', '爱园镇', '众兴街道', '王集镇'])
    expect(wrapper.find('th[aria-sort="ascending"] [data-sort="abs"]').exists()).toBe(true)
  })

  it('sums a region like for like, and marks the template years on each sparkline', async () => {
    const { wrapper } = await mountPanel(ChangePanel, '/?cnty=洪泽区&y1=2021')
    expect(wrapper.find('[data-change-template]').exists()).toBe(true)
    const markers = wrapper
      .find('[data-change-table] tbody tr')
      .findAll('[data-marker]')
      .map((l) => l.attributes('data-year'))
    expect(markers).toEqual(['2019', '2021'])
    await wrapper.find('[data-control="change-group"]').setValue('county')
    await settle()
    const rows = wrapper.findAll('[data-change-table] tbody tr')
    expect(rows).toHaveLength(1)
    expect(rows[0].find('th').text()).toBe('洪泽区')
    expect(wrapper.find('[data-change-years]').text()).toContain('两年都载明')
  })

  it('filters the page to a township when its name is clicked', async () => {
    const { wrapper, router } = await mountPanel(ChangePanel, '/?cnty=泗阳县')
    await wrapper.find('[data-action="change-filter"]').trigger('click')
    await settle()
    expect(router.currentRoute.value.query.t).toEqual(['泗阳县/众兴街道'])
  })
})

describe('TrendsPanel template markers', () => {
  it('draws a dashed line at 2019 and 2021 on the year axis', async () => {
    const { wrapper } = await mountPanel(TrendsPanel, '/?cnty=洪泽区')
    await settle()
    const host = wrapper.find('[data-panel="trends"] .echarts-host').element as HTMLElement
    const option = getInstanceByDom(host)!.getOption() as { series: Array<{ markLine?: { data: Array<{ xAxis: string }> } }> }
    expect(option.series[0].markLine!.data.map((d) => d.xAxis)).toEqual(['2019', '2021'])
  })
})
