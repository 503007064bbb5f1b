import { afterEach, describe, expect, it } from 'vitest'
import FilterPanel from '../../src/components/FilterPanel.vue'
import TheHeader from '../../src/components/TheHeader.vue'
import { useI18n } from '../../src/composables/useI18n.ts'
import { mountPanel, settle } from './mountPanel.ts'

afterEach(() => {
  document.body.innerHTML = ''
  useI18n().setLocale('zh-CN')
  document.documentElement.classList.remove('elder')
})

const optionTexts = (el: { findAll: (s: string) => { text: () => string }[] }) => el.findAll('option').map((o) => o.text())

describe('FilterPanel', () => {
  it('offers each region level with report counts, cascading from the level above', async () => {
    const { wrapper, router } = await mountPanel(FilterPanel, '/')
    expect(optionTexts(wrapper.get('[data-filter="prefecture"]'))).toEqual(['全部', '淮安市 (40 份)', '宿迁市 (8 份)'])
    await wrapper.get('[data-filter="prefecture"]').setValue('宿迁市')
    await settle()
    expect(router.currentRoute.value.query).toEqual({ prov: '江苏省', pref: '宿迁市' })
    expect(optionTexts(wrapper.get('[data-filter="county"]'))).toEqual(['全部', '泗阳县 (8 份)'])
    expect(optionTexts(wrapper.get('[data-filter="township"]'))).toHaveLength(5)
  })

  it('adds a township from the picker as a removable chip', async () => {
    const { wrapper, router } = await mountPanel(FilterPanel, '/?cnty=泗阳县')
    await wrapper.get('[data-filter="township"]').setValue('泗阳县/王集镇')
    await settle()
    expect(router.currentRoute.value.query.t).toEqual(['泗阳县/王集镇'])
    // the select keeps the pick, marked, instead of going back to 全部
    const select = wrapper.get('[data-filter="township"]').element as HTMLSelectElement
    expect(select.value).toBe('泗阳县/王集镇')
    expect(select.selectedOptions[0].textContent).toMatch(/^\s*✓ 王集镇/)
    const chip = wrapper.get('[data-action="remove-township"]')
    expect(chip.attributes('aria-label')).toBe('移除 王集镇')
    await chip.trigger('click')
    await settle()
    expect(router.currentRoute.value.query.t).toBeUndefined()
  })

  it('sets a year range and a template, and one button clears everything', async () => {
    const { wrapper, router } = await mountPanel(FilterPanel, '/?cnty=洪泽区')
    await wrapper.get('[data-filter="year-from"]').setValue('2020')
    await settle()
    await wrapper.get('[data-filter="template-2021"]').setValue(true)
    await settle()
    expect(router.currentRoute.value.query).toEqual({ cnty: '洪泽区', y0: '2020', tpl: ['2021'] })
    await wrapper.get('[data-action="clear-filters"]').trigger('click')
    await settle()
    expect(router.currentRoute.value.query).toEqual({})
    expect(wrapper.get('[data-action="clear-filters"]').attributes('disabled')).toBeDefined()
  })
})

describe('TheHeader', () => {
  it('switches the language to English and back', async () => {
    const { wrapper } = await mountPanel(TheHeader, '/')
    expect(wrapper.get('h1').text()).toBe('政务公开年报看板')
    await wrapper.get('[data-action="language"]').trigger('click')
    expect(wrapper.get('h1').text()).toBe('Disclosure Annual Reports Dashboard')
    expect(document.documentElement.lang).toBe('en')
  })

  it('turns the 适老化 mode on with a pressed toggle', async () => {
    const { wrapper } = await mountPanel(TheHeader, '/')
    const toggle = wrapper.get('[data-action="elder"]')
    expect(toggle.attributes('aria-pressed')).toBe('false')
    await toggle.trigger('click')
    expect(toggle.attributes('aria-pressed')).toBe('true')
    expect(document.documentElement.classList.contains('elder')).toBe(true)
  })
})
