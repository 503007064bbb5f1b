import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useDatasetStore } from '../../src/stores/dataset.ts'
import { FACTS_CSV, REPORTS_CSV } from '../fixtures/dashboard/load.ts'

function fetchFrom(files: Record<string, string>) {
  return async (url: string) => {
    const name = url.slice(url.lastIndexOf('/') + 1)
    if (!(name in files)) throw new Error('HTTP 404')
    return files[name]
  }
}

describe('useDatasetStore', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('loads the fixture, indexes it and finds the evidence for a value', async () => {
    const store = useDatasetStore()
    await store.load({ baseUrl: '/data/', fetchText: fetchFrom({ 'reports.csv': REPORTS_CSV, 'facts.csv': FACTS_CSV }) })
    expect(store.status).toBe('ready')
    expect(store.records).toHaveLength(48)
    expect(store.errors).toEqual([])
    expect(store.index.byCounty.get('金湖县')).toHaveLength(16)
    expect(store.factFor('r016', 'procurement_amount')?.quote).toBe('政府集中采购总金额1468033元')
    expect(store.factFor('r016', 'ch_weibo')).toBeNull()
  })

  it('reports a malformed row and an unknown column by file, line and column, and loads the rest', async () => {
    const lines = REPORTS_CSV.trimEnd().split(/\r?\n/)
    const header = lines[0] + ',extra_col'
    const good = lines.slice(1, 4).map((l) => l + ',x')
    const badCount = 'r900,only,three'
    const badYear = good[0].replace('r001,', 'r901,').replace(',2018,', ',二〇一八,')
    const text = [header, ...good, badCount, badYear].join('\n') + '\n'
    const store = useDatasetStore()
    await store.load({ baseUrl: '/data/', fetchText: fetchFrom({ 'reports.csv': text, 'facts.csv': FACTS_CSV }) })
    expect(store.status).toBe('ready')
    expect(store.records.map((r) => r.report_id)).toEqual(['r001', 'r002', 'r003'])
    expect(store.errors).toContainEqual({ file: 'reports.csv', line: 1, column: 'extra_col', message: 'unknown column "extra_col"' })
    expect(store.errors.find((e) => e.line === 5)).toMatchObject({ file: 'reports.csv', column: null })
    expect(store.errors.find((e) => e.line === 6)).toMatchObject({ file: 'reports.csv', column: 'year' })
  })

  it('says the load failed when no file can be read', async () => {
    const store = useDatasetStore()
    await store.load({ baseUrl: '/data/', fetchText: fetchFrom({}) })
    expect(store.status).toBe('error')
    expect(store.errors.map((e) => [e.file, e.line])).toEqual([
      ['reports.csv', null],
      ['facts.csv', null],
    ])
  })
})
