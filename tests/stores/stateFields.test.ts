/**
 * The filters store holds the URL's state field by field (filters.ts): a change reruns only
 * the getters that read a changed field. Turning the table's page must not refilter the
 * records nor rebuild a chart's series; a filter change must.
 */
import { describe, expect, it } from 'vitest'
import { useDatasetStore } from '../../src/stores/dataset.ts'
import { useFiltersStore } from '../../src/stores/filters.ts'
import { usePanelsStore } from '../../src/stores/panels.ts'
import { createTestApp, fixtureDataset } from '../fixtures/dashboard/load.ts'

describe('the query state, field by field', () => {
  it('keeps the selection and the chart series when only the table changes, and not otherwise', async () => {
    const { router } = await createTestApp('/?county=洪泽区')
    useDatasetStore().setData(fixtureDataset())
    const filters = useFiltersStore()
    const panels = usePanelsStore()
    const selection = filters.filtered
    const volume = panels.volume
    const trends = panels.trends
    const table = panels.table
    expect(selection.length).toBeGreaterThan(0)

    await filters.update({ page: 2, sort: 'proactive_total' })
    expect(filters.state.page).toBe(2)
    expect(filters.filtered).toBe(selection)
    expect(panels.volume).toBe(volume)
    expect(panels.trends).toBe(trends)
    expect(panels.table).not.toBe(table)

    // the same query again (the back button, a repeated click): nothing reruns
    await router.push({ query: { ...router.currentRoute.value.query } })
    expect(filters.filtered).toBe(selection)

    await filters.update({ yearFrom: 2021, yearTo: 2021 })
    expect(filters.filtered).not.toBe(selection)
    expect(panels.volume).not.toBe(volume)
    expect(filters.state.page).toBe(1) // narrowing sends the table back to page 1
  })
})
