import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useDatasetStore } from '../../src/stores/dataset.ts'
import { useImportsStore } from '../../src/stores/imports.ts'
import { fixtureDataset } from '../fixtures/dashboard/load.ts'

const jintang = readFileSync('tests/fixtures/corpus/reports/003_jintang_2018.txt', 'utf8')
const kouqian = readFileSync('tests/fixtures/corpus/reports/002_yilaxi_2014.txt', 'utf8').replaceAll('一拉溪镇', '口前镇')
const file = (name: string, text: string) => ({ name, blob: new Blob([text]) })

beforeEach(async () => {
  // every test starts from an empty database and fresh stores
  await new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase('zwgk-imports')
    req.onsuccess = resolve
    req.onerror = reject
  })
  setActivePinia(createPinia())
})

describe('useImportsStore', () => {
  it('lays imported reports over the dataset and over a dataset loaded later', async () => {
    const dataset = useDatasetStore()
    const imports = useImportsStore()
    await imports.importInputs([file('kouqian.txt', kouqian), file('x.txt', '\u0000\u0001binary')])
    expect(imports.phase).toBe('done')
    expect(imports.added).toBe(1)
    expect(imports.failures).toEqual([{ name: 'x.txt', reason: expect.stringContaining('binary') }])
    expect(dataset.records.map((r) => r.township)).toEqual(['口前镇'])
    dataset.setData(fixtureDataset())
    const n = fixtureDataset().records.length
    expect(dataset.records).toHaveLength(n + 1)
    const id = dataset.records[n].report_id
    expect(imports.isImported(id)).toBe(true)
    expect(imports.textFor(id)).toContain('口前镇')
    expect(dataset.factFor(id, 'year')).not.toBeNull()
  })

  it('asks before replacing a shown township and year, then applies the choice', async () => {
    const dataset = useDatasetStore()
    const imports = useImportsStore()
    await imports.importInputs([file('jintang.txt', jintang)])
    await imports.importInputs([file('jintang-again.txt', jintang)])
    expect(imports.phase).toBe('review')
    expect(imports.conflicts[0].existing.source).toBe('jintang.txt')
    imports.choices[0] = 'replace'
    imports.resolveConflicts()
    expect(dataset.records.map((r) => r.source)).toEqual(['jintang-again.txt'])
  })

  it('imports pasted text under its source name', async () => {
    const imports = useImportsStore()
    await imports.importText(kouqian, '口前镇2014')
    expect(imports.state.reports[0].origin).toBe('口前镇2014.txt')
  })

  it('keeps imports in IndexedDB: a new store restores them; remove empties it', async () => {
    const imports = useImportsStore()
    await imports.importInputs([file('kouqian.txt', kouqian)])
    await imports.flushed()
    setActivePinia(createPinia())
    const again = useImportsStore()
    await again.restore()
    expect(useDatasetStore().records.map((r) => r.township)).toEqual(['口前镇'])
    again.removeImported()
    await again.flushed()
    expect(useDatasetStore().records).toEqual([])
    setActivePinia(createPinia())
    await useImportsStore().restore()
    expect(useImportsStore().count).toBe(0)
  })
})
