/** The header names the dataset the figures come from, and a synthetic one in red. */
import { afterEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import TheHeader from '../../src/components/TheHeader.vue'
import { useDatasetStore } from '../../src/stores/dataset.ts'
import { createTestApp, fixtureDataset } from '../fixtures/dashboard/load.ts'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('TheHeader', () => {
  it('names the embedded dataset and its number of reports', async () => {
    const { pinia, router } = await createTestApp('/')
    useDatasetStore(pinia).setData(fixtureDataset())
    const wrapper = mount(TheHeader, { global: { plugins: [pinia, router] } })
    expect(wrapper.get('[data-dataset]').text()).toBe('内置数据集（data/reports 中的报告） · 48 份报告')
    expect(wrapper.find('[data-synthetic]').exists()).toBe(false)
  })

  it('says in red that a synthetic dataset is not real reports', async () => {
    const { pinia, router } = await createTestApp('/')
    const data = fixtureDataset()
    useDatasetStore(pinia).setData({ ...data, records: data.records.map((r, i) => ({ ...r, source: `synthetic_320829100_${i}.txt` })) })
    const wrapper = mount(TheHeader, { global: { plugins: [pinia, router] }, attachTo: document.body })
    const mark = wrapper.get('[data-synthetic]')
    expect(mark.text()).toBe('合成数据，不是真实报告')
    expect(mark.classes()).toContain('synthetic')
  })
})
