/**
 * The panels store and the landing view (query/landing.ts): while the rows load, the first
 * row's series come from it, for the unfiltered view only and never with imports laid over
 * the file; once the rows are in, from the rows.
 */
import { describe, expect, it } from 'vitest'
import { useDatasetStore } from '../../src/stores/dataset.ts'
import { useImportsStore } from '../../src/stores/imports.ts'
import { usePanelsStore } from '../../src/stores/panels.ts'
import { buildDataset } from '../../src/query/dataset.ts'
import { buildLandingView, type LandingView } from '../../src/query/landing.ts'
import { EMPTY_STATE } from '../../src/import/types.ts'
import { createTestApp, fixtureDataset } from '../fixtures/dashboard/load.ts'

/** A landing view whose figures are recognisably not the fixture's. */
function marked(): LandingView {
  const { records } = fixtureDataset()
  const view = buildLandingView(buildDataset(records), { bytes: 123, head: '0123456789abcdef' })
  return { ...view, kpis: { ...view.kpis, reports: 999_999 } }
}

async function loading(url = '/') {
  const { router } = await createTestApp(url)
  const dataset = useDatasetStore()
  dataset.status = 'loading'
  dataset.landing = marked()
  return { router, dataset, panels: usePanelsStore() }
}

describe('the panels while a large dataset loads', () => {
  it('take the first row from the landing view', async () => {
    const { panels } = await loading()
    expect(panels.landing).not.toBeNull()
    expect(panels.kpis.reports).toBe(999_999)
    expect(panels.trends.lines.length).toBeGreaterThan(0)
    expect(panels.volume.series.items.length).toBeGreaterThan(0)
  })

  it('wait for the rows for a filtered view, or when reports were imported', async () => {
    const filtered = await loading('/?prov=浙江省')
    expect(filtered.panels.landing).toBeNull()
    expect(filtered.panels.kpis.reports).toBe(0)

    const { panels } = await loading()
    useImportsStore().state = { ...EMPTY_STATE, hidden: ['some-report'] }
    expect(panels.landing).toBeNull()
    expect(panels.kpis.reports).toBe(0)
  })

  it('draw from the rows once they are in', async () => {
    const { dataset, panels } = await loading()
    dataset.setData(fixtureDataset())
    expect(panels.landing).toBeNull()
    expect(panels.kpis.reports).toBe(fixtureDataset().records.length)
  })
})
