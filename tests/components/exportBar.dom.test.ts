import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import ExportBar from '../../src/components/ExportBar.vue'
import { useWorkbookExport } from '../../src/composables/useWorkbookExport.ts'
import { mountPanel } from './mountPanel.ts'

beforeEach(() => {
  vi.stubGlobal('fetch', () => Promise.reject(new Error('offline')))
})
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('ExportBar', () => {
  it('offers the briefing, the workbook, the Chinese-header CSV, print, the link and the views', async () => {
    const { wrapper } = await mountPanel(ExportBar, '/?cnty=泗阳县')
    const actions = wrapper.findAll('button[data-action]').map((b) => b.attributes('data-action'))
    expect(actions).toEqual(['export-docx', 'export-xlsx', 'export-csv-zh', 'print', 'copy-link', 'views'])
    expect(wrapper.find('[data-action="export-xlsx"]').attributes('disabled')).toBeUndefined()
    expect(wrapper.find('[data-xlsx-too-many]').exists()).toBe(false)
  })

  it('holds the workbook back for a selection too large to build in memory', async () => {
    let tooMany: boolean | undefined
    const Probe = defineComponent({
      setup() {
        const w = useWorkbookExport(10)
        return () => h('p', String((tooMany = w.tooMany.value)))
      },
    })
    await mountPanel(Probe, '/')
    expect(tooMany).toBe(true)
    await mountPanel(Probe, '/?cnty=泗阳县&y0=2023')
    expect(tooMany).toBe(false)
  })
})
