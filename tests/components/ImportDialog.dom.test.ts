import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import ImportDialog from '../../src/components/ImportDialog.vue'
import { useReportsStore } from '../../src/stores/reports.ts'
import { useImportsStore } from '../../src/stores/imports.ts'
import { mountPanel, settle } from './mountPanel.ts'

const kouqian = readFileSync('tests/fixtures/corpus/reports/002_yilaxi_2014.txt', 'utf8').replaceAll('一拉溪镇', '口前镇')
const jintang = readFileSync('tests/fixtures/corpus/reports/003_jintang_2018.txt', 'utf8')

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) {
    await new Promise((r) => setTimeout(r, 5))
    await settle()
  }
}

describe('ImportDialog', () => {
  it('offers keyboard-reachable pickers, a drop zone and a paste box, and focuses the drop zone', async () => {
    const { wrapper } = await mountPanel(ImportDialog)
    expect(wrapper.find('[role="dialog"]').attributes('aria-modal')).toBe('true')
    expect(document.activeElement?.hasAttribute('data-drop-zone')).toBe(true)
    expect(wrapper.find('[data-input="files"]').attributes('accept')).toBe('.txt,.html,.htm,.md,.pdf,.docx,.doc,.mhtml,.mht,.csv')
    expect(wrapper.find('[data-input="folder"]').attributes()).toHaveProperty('webkitdirectory')
    expect(wrapper.find('[data-action="pick-files"]').element.tagName).toBe('BUTTON')
    expect(wrapper.find('[data-input="paste-text"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it('imports pasted text and shows the count; remove imported brings the count back', async () => {
    const { wrapper, pinia } = await mountPanel(ImportDialog)
    const shown = useReportsStore(pinia)
    const before = shown.records.length
    await wrapper.find('[data-input="paste-name"]').setValue('口前镇2014')
    await wrapper.find('[data-input="paste-text"]').setValue(kouqian)
    await wrapper.find('[data-action="import-paste"]').trigger('click')
    await until(() => wrapper.find('[data-import-added]').exists())
    expect(wrapper.find('[data-import-added]').text()).toContain('1')
    expect(shown.records).toHaveLength(before + 1)
    await wrapper.find('[data-action="remove-imported"]').trigger('click')
    await settle()
    expect(shown.records).toHaveLength(before)
    wrapper.unmount()
  })

  it('lists a failed file with its reason and shows a duplicate side by side with a choice', async () => {
    const { wrapper, pinia } = await mountPanel(ImportDialog)
    const imports = useImportsStore(pinia)
    const first = imports.importInputs([
      { name: 'jintang.txt', blob: new Blob([jintang]) },
      { name: 'scan.png', blob: new Blob(['\x89PNG']) },
    ])
    await first
    await until(() => wrapper.find('[data-import-failures]').exists())
    expect(wrapper.find('[data-failure="scan.png"]').text()).toContain('不支持的文件类型 .png')
    await imports.importInputs([{ name: 'jintang-2.txt', blob: new Blob([jintang]) }])
    await until(() => wrapper.find('[data-import-conflicts]').exists())
    const source = wrapper.find('[data-conflict="0"] tr[data-field="source"]')
    expect(source.find('[data-side="existing"]').text()).toBe('jintang.txt')
    expect(source.find('[data-side="incoming"]').text()).toBe('jintang-2.txt')
    await wrapper.find('[data-conflict="0"] [data-choice="both"]').setValue(true)
    await wrapper.find('[data-action="apply-choices"]').trigger('click')
    await settle()
    expect(imports.count).toBe(2)
    imports.removeImported()
    wrapper.unmount()
  })

  it('says a failed save by the error name and does not claim the reports were kept (issue 17 item 3)', async () => {
    const real = globalThis.indexedDB
    globalThis.indexedDB = {
      open() {
        const req = {} as IDBOpenDBRequest
        setTimeout(() => {
          ;(req as { error: DOMException }).error = new DOMException('', 'QuotaExceededError')
          req.onerror?.(new Event('error'))
        })
        return req
      },
    } as unknown as IDBFactory
    try {
      const { wrapper, pinia } = await mountPanel(ImportDialog)
      const imports = useImportsStore(pinia)
      await imports.importInputs([{ name: 'kouqian.txt', blob: new Blob([kouqian]) }])
      await settle()
      expect(wrapper.find('[data-import-added]').exists()).toBe(false)
      expect(wrapper.get('[data-import-unsaved]').text()).toBe('1 份报告已显示，但未能保存到浏览器存储，刷新页面后会丢失')
      expect(wrapper.get('[data-storage-error]').text()).toContain('QuotaExceededError')
      wrapper.unmount()
    } finally {
      globalThis.indexedDB = real
    }
  })
})
