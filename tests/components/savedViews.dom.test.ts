import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IDBFactory } from 'fake-indexeddb'
import SavedViews from '../../src/components/SavedViews.vue'
import { resetSavedViews } from '../../src/views/useSavedViews.ts'
import { mountPanel, settle } from './mountPanel.ts'

/** IndexedDB writes settle in macrotasks (fake-indexeddb schedules with setImmediate/setTimeout). */
async function idle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setTimeout(r, 5))
    await settle()
  }
}

beforeEach(() => {
  vi.stubGlobal('fetch', () => Promise.reject(new Error('offline')))
  resetSavedViews(new IDBFactory())
})
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('SavedViews', () => {
  it('copies the link to the current view', async () => {
    const writeText = vi.fn(() => Promise.resolve())
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    const { wrapper } = await mountPanel(SavedViews, '/?prov=江苏省&y0=2020')
    await wrapper.find('[data-action="copy-link"]').trigger('click')
    await settle()
    const link = (writeText.mock.calls[0] as unknown as [string])[0]
    expect(new URL(link).searchParams.get('prov')).toBe('江苏省')
    expect(new URL(link).searchParams.get('y0')).toBe('2020')
    expect(wrapper.find('[data-action="copy-link"]').text()).toBe('已复制链接')
  })

  it('shows the link to copy by hand when the clipboard is blocked', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: () => Promise.reject(new Error('denied')) } })
    const { wrapper } = await mountPanel(SavedViews, '/?cnty=泗阳县')
    await wrapper.find('[data-action="copy-link"]').trigger('click')
    await settle()
    expect((wrapper.find('[data-manual-link]').element as HTMLInputElement).value).toContain('cnty=')
  })

  it('saves the current view by name, lists it, renames it, opens it, deletes it', async () => {
    const { wrapper, router } = await mountPanel(SavedViews, '/?cnty=泗阳县&y0=2022&vm=year')
    await wrapper.find('[data-action="views"]').trigger('click')
    await idle()
    expect(wrapper.find('[data-views-empty]').exists()).toBe(true)
    await wrapper.find('[data-view-name]').setValue('泗阳 2022 起')
    await wrapper.find('form').trigger('submit')
    await idle()
    const items = () => wrapper.findAll('[data-views] li')
    expect(items().map((li) => li.find('[data-action="open-view"]').text())).toEqual(['泗阳 2022 起'])

    await items()[0].find('[data-action="rename-view"]').trigger('click')
    await settle()
    await wrapper.find('[data-rename-input]').setValue('泗阳县近年')
    await wrapper.find('[data-action="rename-done"]').trigger('click')
    await idle()
    expect(items()[0].find('[data-action="open-view"]').text()).toBe('泗阳县近年')

    await router.push('/?prov=江苏省')
    await items()[0].find('[data-action="open-view"]').trigger('click')
    await idle()
    expect(router.currentRoute.value.query).toEqual({ cnty: '泗阳县', y0: '2022', vm: 'year' })

    await items()[0].find('[data-action="delete-view"]').trigger('click')
    await idle()
    expect(items()).toHaveLength(0)
  })
})
