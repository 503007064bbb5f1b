import { beforeEach, describe, expect, it } from 'vitest'
import type { Router } from 'vue-router'
import { useDatasetStore } from '../../src/stores/dataset.ts'
import { useFiltersStore } from '../../src/stores/filters.ts'
import { usePanelsStore } from '../../src/stores/panels.ts'
import { createTestApp, fixtureDataset } from '../fixtures/dashboard/load.ts'

let router: Router

async function setup(url = '/') {
  ;({ router } = await createTestApp(url))
  useDatasetStore().setData(fixtureDataset())
  return { filters: useFiltersStore(), panels: usePanelsStore() }
}

/** router.back() resolves before the navigation lands; wait for the URL to change. */
async function back() {
  const before = router.currentRoute.value.fullPath
  router.back()
  for (let i = 0; i < 50 && router.currentRoute.value.fullPath === before; i++) await new Promise((r) => setTimeout(r, 5))
}

describe('useFiltersStore', () => {
  beforeEach(() => {
    router = undefined as unknown as Router
  })

  it('reads its state from the URL, so a shared link opens the same view', async () => {
    const { filters, panels } = await setup('/?cnty=金湖县&y0=2022&y1=2022')
    expect(filters.state.county).toBe('金湖县')
    expect(filters.filtered.map((r) => r.report_id)).toEqual(['r027', 'r031', 'r035', 'r039'])
    expect(panels.kpis.proactive).toEqual({ sum: 242 + 335 + 460 + 348, stated: 4 })
  })

  it('writes a change to the URL and the back button undoes it', async () => {
    const { filters, panels } = await setup()
    expect(panels.kpis.reports).toBe(48)
    await filters.setRegion('county', '泗阳县')
    expect(router.currentRoute.value.query).toEqual({ prov: '江苏省', pref: '宿迁市', cnty: '泗阳县' })
    expect(panels.kpis.reports).toBe(8)
    await filters.setYears(2023, null)
    expect(panels.kpis.reports).toBe(4)
    await back()
    expect(router.currentRoute.value.query).toEqual({ prov: '江苏省', pref: '宿迁市', cnty: '泗阳县' })
    expect(panels.kpis.reports).toBe(8)
  })

  it('keeps the dataset (data=) and the parse path (worker=) in every URL it writes', async () => {
    const { filters } = await setup('/?data=/some/folder/&worker=1')
    await filters.setRegion('province', '江苏省')
    expect(router.currentRoute.value.query).toEqual({ data: '/some/folder/', worker: '1', prov: '江苏省' })
    await filters.update({ volumeMode: 'year', page: 2 })
    await filters.clearAll()
    expect(router.currentRoute.value.query).toEqual({ data: '/some/folder/', worker: '1', vm: 'year' })
  })

  it('sets the prefecture and province of a county picked from the whole country', async () => {
    const { filters } = await setup('/')
    await filters.setRegion('county', '金湖县')
    expect(filters.state).toMatchObject({ province: '江苏省', prefecture: '淮安市', county: '金湖县' })
    await filters.setRegion('prefecture', '宿迁市')
    expect(filters.state).toMatchObject({ province: '江苏省', prefecture: '宿迁市', county: null })
  })

  it('clears lower region levels when a higher one changes', async () => {
    const { filters } = await setup('/?prov=江苏省&pref=淮安市&cnty=洪泽区&t=洪泽区/岔河镇')
    await filters.setRegion('prefecture', '宿迁市')
    expect(filters.state).toMatchObject({ province: '江苏省', prefecture: '宿迁市', county: null, townships: [] })
  })

  it('cross-filters by township on click, and a second click removes it', async () => {
    const { filters, panels } = await setup('/?y0=2021&y1=2021')
    await filters.crossFilter({ level: 'township', value: '洪泽区/岔河镇' })
    expect(router.currentRoute.value.query.t).toEqual(['洪泽区/岔河镇'])
    expect(panels.volume.series.items.map((i) => i.label)).toEqual(['岔河镇'])
    expect(panels.channels.series.rows).toHaveLength(1)
    await filters.crossFilter({ level: 'township', value: '洪泽区/岔河镇' })
    expect(filters.state.townships).toEqual([])
  })

  it('cross-filters to a year from the by-year bars', async () => {
    const { filters } = await setup()
    await filters.crossFilter({ level: 'year', value: '2020' })
    expect(filters.state).toMatchObject({ yearFrom: 2020, yearTo: 2020 })
  })

  it('clears every filter with one action but keeps view choices', async () => {
    const { filters } = await setup('/?cnty=洪泽区&y0=2019&tpl=2019&q=河&t=洪泽区/岔河镇&vm=year&sort=year')
    expect(filters.isFiltered).toBe(true)
    await filters.clearAll()
    expect(router.currentRoute.value.query).toEqual({ vm: 'year', sort: 'year' })
    expect(filters.isFiltered).toBe(false)
    expect(filters.filtered).toHaveLength(48)
  })

  it('orders a reversed year range', async () => {
    const { filters } = await setup()
    await filters.setYears(2023, 2020)
    expect(filters.state).toMatchObject({ yearFrom: 2020, yearTo: 2023 })
  })

  it('sends the table back to page 1 when the filters narrow', async () => {
    const { filters } = await setup('/?page=2')
    await filters.update({ county: '洪泽区' })
    expect(filters.state.page).toBe(1)
  })
})
