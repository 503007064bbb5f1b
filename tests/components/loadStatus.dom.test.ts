import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import LoadStatus from '../../src/components/LoadStatus.vue'
import { useDatasetStore } from '../../src/stores/dataset.ts'
import { createTestApp, fixtureDataset } from '../fixtures/dashboard/load.ts'
import { dataAddress } from '../../src/data/dataAddress.ts'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('LoadStatus', () => {
  it('names the file, line and column of each problem while the valid rows load', async () => {
    const { pinia, router } = await createTestApp('/')
    const data = fixtureDataset()
    useDatasetStore(pinia).setData({
      ...data,
      errors: [
        { file: 'reports.csv', line: 1, column: 'extra_col', code: 'unknown_column', params: { column: 'extra_col' } },
        { file: 'reports.csv', line: 7, column: 'year', code: 'not_a_number', params: { value: '二〇一八' } },
      ],
    })
    const wrapper = mount(LoadStatus, { global: { plugins: [pinia, router] } })
    expect(wrapper.get('[role="alert"] h2').text()).toBe('数据中有 2 处问题，其余行已载入')
    expect(wrapper.findAll('li').map((li) => li.text())).toEqual([
      'reports.csv 第 1 行，列 extra_col：未知的列“extra_col”',
      'reports.csv 第 7 行，列 year：不是数字：“二〇一八”',
    ])
    expect(useDatasetStore(pinia).records).toHaveLength(48)
  })

  it('says the data could not be loaded when no file was readable', async () => {
    const { pinia, router } = await createTestApp('/')
    useDatasetStore(pinia).setData({
      records: [],
      facts: [],
      errors: [{ file: 'reports.csv', line: null, column: null, code: 'cannot_read', params: { detail: 'HTTP 404' } }],
    })
    const wrapper = mount(LoadStatus, { global: { plugins: [pinia, router] } })
    expect(wrapper.get('h2').text()).toBe('数据读取失败')
    expect(wrapper.get('li').text()).toBe('reports.csv：无法读取文件：HTTP 404')
  })

  it('says, in Chinese, that a refused ?data= address shows the embedded data instead', async () => {
    const { pinia, router } = await createTestApp('/')
    const data = fixtureDataset()
    const refused = dataAddress('https://elsewhere.example/d/', { href: 'http://127.0.0.1/', hostname: '127.0.0.1' }, '/data/').refused!
    useDatasetStore(pinia).setData({ ...data, errors: [refused] })
    const wrapper = mount(LoadStatus, { global: { plugins: [pinia, router] } })
    expect(wrapper.get('li').text()).toBe('?data=https://elsewhere.example/d/：地址未采用（只能载入本站的文件夹），现显示内置数据')
  })

  it('says a ?data= address holds no dataset, and nothing else, when the host answers with its own page', async () => {
    const { pinia, router } = await createTestApp('/?data=/missing/')
    // a single-page host: every path answers 200 with the app's index.html
    const page = '<!doctype html><html lang="zh-CN"><head><title>政务公开年报看板</title></head><body><div id="app"></div></body></html>'
    vi.stubGlobal('fetch', async () => new Response(page, { status: 200, headers: { 'content-type': 'text/html' } }))
    const dataset = useDatasetStore(pinia)
    await dataset.load({ baseUrl: 'http://127.0.0.1:5173/missing/' })
    const wrapper = mount(LoadStatus, { global: { plugins: [pinia, router] } })
    expect(dataset.records).toHaveLength(0)
    expect(wrapper.get('[data-not-found] h2').text()).toBe('没有找到数据集')
    expect(wrapper.get('[data-not-found] p').text()).toBe(
      '在 http://127.0.0.1:5173/missing/ 没有找到数据集（reports.csv）。请检查链接中的地址。',
    )
    // no column list, no "其余行已载入"
    expect(wrapper.findAll('li')).toHaveLength(0)
    expect(wrapper.text()).not.toContain('缺少列')
    expect(wrapper.text()).not.toContain('其余行已载入')
  })

  it('does not say the other rows loaded when none did', async () => {
    const { pinia, router } = await createTestApp('/')
    useDatasetStore(pinia).setData({
      records: [],
      facts: [],
      errors: [{ file: 'reports.csv', line: 3, column: 'year', code: 'not_a_number', params: { value: 'x' } }],
    })
    const wrapper = mount(LoadStatus, { global: { plugins: [pinia, router] } })
    expect(wrapper.get('h2').text()).toBe('数据读取失败')
  })
})
