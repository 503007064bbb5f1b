import { afterEach, describe, expect, it, vi } from 'vitest'
import TablePanel from '../../src/components/TablePanel.vue'
import { mountPanel, settle } from './mountPanel.ts'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('TablePanel', () => {
  it('shows every filtered record, unstated values as 未说明', async () => {
    const { wrapper } = await mountPanel(TablePanel, '/?cnty=泗阳县&y0=2022&y1=2022')
    expect(wrapper.findAll('tbody tr')).toHaveLength(4)
    const wangji = wrapper.get('tr[data-report="r045"]')
    expect(wangji.get('[data-cell="proactive_total"]').text()).toBe('未说明')
    expect(wangji.get('[data-cell="apps_new"]').text()).toBe('0')
  })

  it('sorts by a column, descending first, and keeps the sort in the URL', async () => {
    const { wrapper, router } = await mountPanel(TablePanel, '/?cnty=泗阳县&y0=2022&y1=2022')
    await wrapper.get('[data-sort="proactive_total"]').trigger('click')
    await settle()
    expect(router.currentRoute.value.query).toMatchObject({ sort: 'proactive_total' })
    const totals = wrapper.findAll('[data-cell="proactive_total"]').map((c) => c.text())
    expect(totals).toEqual(['393', '339', '321', '未说明'])
    expect(wrapper.get('th[aria-sort="descending"]').text()).toContain('主动公开总数')
  })

  it('adds a column from the column chooser', async () => {
    const { wrapper, router } = await mountPanel(TablePanel, '/?cnty=泗阳县')
    await wrapper.get('input[data-column="staff_total"]').setValue(true)
    await settle()
    expect(String(router.currentRoute.value.query.cols)).toContain('staff_total')
    expect(wrapper.find('[data-sort="staff_total"]').exists()).toBe(true)
  })

  it('opens the evidence for a value: quote, report file and warnings', async () => {
    const { wrapper } = await mountPanel(TablePanel, '/?cnty=洪泽区&y0=2021&y1=2021')
    await wrapper.get('tr[data-report="r016"] [data-cell="proactive_total"]').trigger('click')
    await settle()
    const dialog = wrapper.get('[data-evidence]')
    expect(dialog.get('[data-quote]').text()).toBe('2021年，岔河镇主动公开政府信息382条。')
    // the report's file opens through the page, decoded as UTF-8 (a raw .txt link showed
    // mojibake on hosts that send no charset), read from the dataset's own folder
    const asked: string[] = []
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url)
      return new Response(new TextEncoder().encode('2021年，岔河镇主动公开政府信息382条。'), { headers: { 'content-type': 'text/plain' } })
    })
    expect(dialog.find('a[data-source]').exists()).toBe(false)
    await dialog.get('[data-source]').trigger('click')
    await settle()
    expect(asked).toEqual(['/data/reports/r016_%E5%B2%94%E6%B2%B3%E9%95%87_2021.txt'])
    expect(wrapper.get('[data-report-text] .report-text').text()).toContain('岔河镇主动公开政府信息382条')
    await wrapper.get('[data-action="close-text"]').trigger('click')
    vi.unstubAllGlobals()
    expect(dialog.get('[data-warnings]').text()).toContain('year_from_published')
    expect(dialog.get('[data-warnings]').text()).not.toContain('undefined')
    await dialog.get('[data-action="close-evidence"]').trigger('click')
    expect(wrapper.find('[data-evidence]').exists()).toBe(false)
  })

  it('shows a report’s warnings as the page’s labels, not as stored codes', async () => {
    const { wrapper } = await mountPanel(TablePanel, '/?cnty=洪泽区&y0=2022&y1=2022')
    const cell = wrapper.get('tr[data-report="r005"] [data-cell="warnings"]').text()
    expect(cell).toBe('各渠道数量之和超过主动公开总数、采购金额未写明单位')
  })

  it('says when a value has no recorded quote', async () => {
    const { wrapper } = await mountPanel(TablePanel, '/?cnty=洪泽区&y0=2021&y1=2021')
    await wrapper.get('tr[data-report="r016"] [data-cell="ch_bulletin"]').trigger('click')
    await settle()
    expect(wrapper.get('[data-quote-missing]').text()).toBe('该值没有原文摘录')
  })
})
