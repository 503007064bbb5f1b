import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useDatasetStore } from '../../src/stores/dataset.ts'
import { FACTS_CSV, REPORTS_CSV } from '../fixtures/dashboard/load.ts'
import { fetchCsv } from '../../src/data/loadDataset.ts'
import { dataAddress } from '../../src/data/dataAddress.ts'

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
    expect(store.data.index.townshipsIn.county.get('金湖县')!.reduce((n, t) => n + t.positions.length, 0)).toBe(16)
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
    expect(store.errors).toContainEqual({
      file: 'reports.csv',
      line: 1,
      column: 'extra_col',
      code: 'unknown_column',
      params: { column: 'extra_col' },
    })
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

  it('shows no phantom reports when the server answers a missing folder with its index.html (issue 17 item 8)', async () => {
    const page =
      '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<title>政务公开年报看板</title>\n</head>\n<body><div id="app"></div></body>\n</html>\n'
    const store = useDatasetStore()
    await store.load({ baseUrl: '/nonexistent/', fetchText: async () => page })
    expect(store.records).toEqual([])
    expect(store.status).toBe('error')
    expect(store.errors).toEqual([
      // read by its content (no response type to go by): the row checks refuse the page whole
      { file: 'reports.csv', line: null, column: null, code: 'html_page' },
      { file: 'facts.csv', line: null, column: null, code: 'html_page' },
    ])
  })

  it('refuses an HTML answer by its content type before reading it as CSV', async () => {
    const real = globalThis.fetch
    globalThis.fetch = async () => new Response('report_id,source\nr1,a.txt\n', { headers: { 'content-type': 'text/html; charset=utf-8' } })
    try {
      expect(await fetchCsv('reports', { baseUrl: '/missing/' })).toEqual({
        kind: 'reports',
        error: { file: 'reports.csv', line: null, column: null, code: 'not_found' },
      })
    } finally {
      globalThis.fetch = real
    }
  })

  it('says a refused ?data= address fell back to the embedded data (issue 17 item 16)', async () => {
    const address = dataAddress('https://elsewhere.example/data/', { href: 'http://127.0.0.1/', hostname: '127.0.0.1' }, '/data/')
    const store = useDatasetStore()
    await store.load({ ...address, fetchText: fetchFrom({ 'reports.csv': REPORTS_CSV, 'facts.csv': FACTS_CSV }) })
    expect(store.status).toBe('ready')
    expect(store.records).toHaveLength(48)
    expect(store.errors).toEqual([address.refused])
  })
})
