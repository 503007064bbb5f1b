import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import CoveragePanel from '../../src/components/CoveragePanel.vue'
import { useDatasetStore } from '../../src/stores/dataset.ts'
import type { ReportRecord } from '../../src/data/schema.ts'
import { getGazetteer, regionOf } from '../../src/gazetteer/index.ts'
import { createTestApp } from '../fixtures/dashboard/load.ts'
import { drawableTownshipsIn, nationalOptions, synthRecords } from '../fixtures/synthRecords.ts'
import { isDrawable } from '../../tools/synth/townships.ts'
import { settle } from './mountPanel.ts'

/** A national synthetic set, 2023–2024, with four townships of one county of 杭州 left out. */
const g = getGazetteer()
const hangzhou = drawableTownshipsIn('3301')
const county = regionOf(g.byCode(hangzhou[0])!).county!
const inCounty = hangzhou.filter((c) => c.startsWith(hangzhou[0].slice(0, 6)))
const DROPPED = [inCounty[0], inCounty[1]]
const DROPPED_2024 = inCounty[2]
let records: ReportRecord[]

beforeAll(() => {
  // the national set, cut to 浙江 so the store stays small; the gaps are the generator's own
  records = synthRecords(nationalOptions(2, [...DROPPED, `${DROPPED_2024}@2024`])).filter((r) => r.province === '浙江省')
}, 60_000)
afterEach(() => {
  document.body.innerHTML = ''
})

async function mountCoverage(url: string) {
  const { pinia, router } = await createTestApp(url)
  useDatasetStore(pinia).setData({ records, facts: [], errors: [] })
  const wrapper = mount(CoveragePanel, { global: { plugins: [pinia, router] }, attachTo: document.body })
  await settle()
  return { wrapper, router }
}

describe('CoveragePanel', () => {
  it('lists the townships the synthetic set left out, and counts them by county and year', async () => {
    const { wrapper } = await mountCoverage(`/?prov=浙江省&pref=杭州市&cnty=${encodeURIComponent(county)}`)
    expect(wrapper.find('[data-panel="coverage"]').exists()).toBe(true)
    const rows = wrapper.findAll('[data-coverage-missing] tbody tr')
    const listed = rows.map((r) => r.attributes('data-code')!).filter((c) => isDrawable(g.byCode(c)!.name))
    expect(listed.sort()).toEqual([...DROPPED, DROPPED_2024].sort())
    const partial = rows.find((r) => r.attributes('data-code') === DROPPED_2024)!
    expect(partial.find('[data-years]').attributes('data-years')).toBe('2024')
    const whole = rows.find((r) => r.attributes('data-code') === DROPPED[0])!
    expect(whole.text()).toContain('所选年份全缺')
    const undrawable = g.list('township').filter((d) => d.code.startsWith(hangzhou[0].slice(0, 6)) && !isDrawable(d.name)).length
    const countyRow = wrapper.find(`[data-coverage-counties] tr[data-county="${county}"]`)
    expect(countyRow.find('[data-year="2023"]').text()).toBe(String(2 + undrawable))
    expect(countyRow.find('[data-year="2024"]').text()).toBe(String(3 + undrawable))
    expect(wrapper.find('[data-coverage-summary]').text()).toContain(`缺 ${5 + 2 * undrawable} 份`)
  })

  it('follows the year filter, and keeps "not stated" on a line of its own', async () => {
    const { wrapper } = await mountCoverage(`/?prov=浙江省&pref=杭州市&cnty=${encodeURIComponent(county)}&y0=2023&y1=2023`)
    const listed = wrapper
      .findAll('[data-coverage-missing] tbody tr')
      .map((r) => r.attributes('data-code')!)
      .filter((c) => isDrawable(g.byCode(c)!.name))
    expect(listed.sort()).toEqual([...DROPPED].sort())
    // one year reads as one year, not a range
    expect(wrapper.find('[data-coverage-summary]').text()).toMatch(/个乡镇，2023 年，应有/)
    expect(wrapper.find('[data-coverage-unstated]').text()).toContain('未说明')
    await flushPromises()
  })
})
