import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import VolumePanel from '../../src/components/VolumePanel.vue'
import FieldInfo from '../../src/components/FieldInfo.vue'
import { PANEL_FIELDS } from '../../src/i18n/glossary.ts'
import { mountPanel, settle } from './mountPanel.ts'

beforeEach(() => {
  vi.stubGlobal('fetch', () => Promise.reject(new Error('offline')))
})
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('FieldInfo', () => {
  it('opens from the panel title: each measure with its meaning and its source in the 2019, 2021 and older formats', async () => {
    const { wrapper } = await mountPanel(VolumePanel)
    const button = wrapper.find('[data-panel="volume"] .panel-head [data-action="glossary"]')
    expect(button.attributes('aria-label')).toBe('主动公开数量的字段说明')
    expect(wrapper.find('[data-glossary]').exists()).toBe(false)
    await button.trigger('click')
    await settle()
    const row = wrapper.find('[data-glossary] tr[data-field="proactive_total"]')
    const cells = row.findAll('th, td').map((c) => c.text())
    expect(cells[0]).toBe('主动公开总数')
    expect(cells[1]).toContain('主动公开')
    expect(cells[2]).toContain('正文')
    expect(cells[4]).toContain('统计表 一（一）')
    expect(button.attributes('aria-expanded')).toBe('true')
    await wrapper.find('[data-action="glossary-close"]').trigger('click')
    await settle()
    expect(wrapper.find('[data-glossary]').exists()).toBe(false)
  })

  it('lists the procurement fields, and says 2021 dropped them', async () => {
    const wrapper = mount(FieldInfo, { props: { panel: 'procurement', title: '政府集中采购' } })
    await wrapper.find('[data-action="glossary"]').trigger('click')
    const fields = wrapper.findAll('[data-glossary] tbody tr').map((r) => r.attributes('data-field'))
    expect(fields).toEqual([...PANEL_FIELDS.procurement])
    expect(wrapper.find('tr[data-field="procurement_projects"]').text()).toContain('2021年格式已删除此项')
  })

  it('has an entry for every panel field in both languages', async () => {
    const { glossary } = await import('../../src/i18n/glossary.ts')
    for (const fields of Object.values(PANEL_FIELDS)) {
      for (const f of fields) {
        expect(glossary('zh-CN').get(f), f).toBeDefined()
        expect(glossary('en').get(f), f).toBeDefined()
      }
    }
  })
})
