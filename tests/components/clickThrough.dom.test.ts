import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import ClickThroughBar from '../../src/components/ClickThroughBar.vue'
import { clearChartClick, noteChartClick } from '../../src/composables/clickThrough.ts'
import { useFiltersStore } from '../../src/stores/filters.ts'
import { mountPanel, settle } from './mountPanel.ts'

beforeEach(() => {
  vi.stubGlobal('fetch', () => Promise.reject(new Error('offline')))
})
afterEach(() => {
  clearChartClick()
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('ClickThroughBar', () => {
  it('says what a chart click filtered to, takes the reader to the table, and undoes it', async () => {
    const { wrapper, router, pinia } = await mountPanel(ClickThroughBar, '/?cnty=泗阳县')
    expect(wrapper.find('[data-click-through]').exists()).toBe(false)
    const target = { level: 'township', value: '泗阳县/众兴街道' } as const
    await useFiltersStore(pinia).crossFilter(target)
    noteChartClick(target)
    await settle()
    expect(wrapper.find('[data-click-through]').text()).toContain('已按“众兴街道”筛选：2 份报告')

    const table = document.createElement('section')
    table.setAttribute('data-panel', 'table')
    table.innerHTML = '<h2 id="panel-table-title">报告明细</h2>'
    table.scrollIntoView = vi.fn()
    document.body.appendChild(table)
    await wrapper.find('[data-action="click-through-table"]').trigger('click')
    await settle()
    expect(table.scrollIntoView).toHaveBeenCalled()
    expect(document.activeElement?.id).toBe('panel-table-title')

    await wrapper.find('[data-action="click-through-undo"]').trigger('click')
    await settle()
    await new Promise((r) => setTimeout(r, 20))
    await settle()
    expect(router.currentRoute.value.query.t).toBeUndefined()
    expect(wrapper.find('[data-click-through]').exists()).toBe(false)
  })

  it('stays hidden when the click took the filter off again', async () => {
    const { wrapper } = await mountPanel(ClickThroughBar, '/?cnty=泗阳县')
    noteChartClick({ level: 'township', value: '泗阳县/众兴街道' })
    await settle()
    expect(wrapper.find('[data-click-through]').exists()).toBe(false)
  })
})
