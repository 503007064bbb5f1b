import { columnProblemText, englishProblem } from '../../src/i18n/problems.ts'
import { MESSAGES } from '../../src/i18n/index.ts'
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useDatasetStore } from '../../src/stores/dataset.ts'
import { useReportsStore } from '../../src/stores/reports.ts'
import { useImportsStore } from '../../src/stores/imports.ts'
import { storageErrorText } from '../../src/import/storedImports.ts'
import { openReportDb } from '../../src/import/reportDb.ts'
import { recordsToCsv } from '../../src/data/csv.ts'
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
    const shown = useReportsStore()
    await imports.importInputs([file('kouqian.txt', kouqian), file('x.txt', '\u0000\u0001binary')])
    expect(imports.phase).toBe('done')
    expect(imports.added).toBe(1)
    expect(imports.failures).toEqual([{ name: 'x.txt', reason: expect.objectContaining({ code: expect.stringMatching(/^binary/) }) }])
    expect(shown.records.map((r) => r.township)).toEqual(['口前镇'])
    dataset.setData(fixtureDataset())
    const n = fixtureDataset().records.length
    expect(shown.records).toHaveLength(n + 1)
    // the loaded dataset itself is not written to: the reports store lays the imports over it
    expect(dataset.records).toHaveLength(n)
    const id = shown.records[n].report_id
    expect(imports.isImported(id)).toBe(true)
    expect(imports.textFor(id)).toContain('口前镇')
    expect(shown.factFor(id, 'year')).not.toBeNull()
    expect(shown.data.index.townshipByKey.has(`${shown.records[n].county ?? ''}/口前镇`)).toBe(true)
  })

  it('asks before replacing a shown township and year, then applies the choice', async () => {
    const shown = useReportsStore()
    const imports = useImportsStore()
    await imports.importInputs([file('jintang.txt', jintang)])
    await imports.importInputs([file('jintang-again.txt', jintang)])
    expect(imports.phase).toBe('review')
    expect(imports.conflicts[0].existing.source).toBe('jintang.txt')
    imports.choices[0] = 'replace'
    imports.resolveConflicts()
    expect(shown.records.map((r) => r.source)).toEqual(['jintang-again.txt'])
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
    expect(useReportsStore().records.map((r) => r.township)).toEqual(['口前镇'])
    again.removeImported()
    await again.flushed()
    expect(useReportsStore().records).toEqual([])
    setActivePinia(createPinia())
    await useImportsStore().restore()
    expect(useImportsStore().count).toBe(0)
  })
})

describe('imports across tabs, failed saves, damaged entries (issue 17 items 3, 4, 7, 15)', () => {
  it('shows a failed save by the error name even when its message is empty (QuotaExceededError), and does not claim the import was kept', async () => {
    const real = globalThis.indexedDB
    // Chromium's QuotaExceededError: a DOMException whose message is ""
    const quota = new DOMException('', 'QuotaExceededError')
    expect(storageErrorText(quota)).toBe('QuotaExceededError')
    globalThis.indexedDB = {
      open() {
        const req = {} as IDBOpenDBRequest & { error: DOMException }
        setTimeout(() => {
          ;(req as { error: DOMException }).error = quota
          req.onerror?.(new Event('error'))
        })
        return req
      },
    } as unknown as IDBFactory
    try {
      const imports = useImportsStore()
      await imports.importInputs([file('kouqian.txt', kouqian)])
      expect(imports.storageError).toBe('QuotaExceededError')
      expect(imports.unsaved).toBe(true)
      expect(imports.count).toBe(1) // still shown in this page
    } finally {
      globalThis.indexedDB = real
    }
  })

  it("a change made in one tab is read and written in one transaction: a stale tab keeps the other tab's imports, and a removal empties every tab", async () => {
    const tabA = createPinia()
    const tabB = createPinia()
    const a = useImportsStore(tabA)
    const b = useImportsStore(tabB)
    await Promise.all([a.restore(), b.restore()])
    await a.importInputs([file('kouqian.txt', kouqian)])
    await a.flushed()
    // tab B has not heard of A's import yet when it imports its own (stale memory)
    await b.importInputs([file('jintang.txt', jintang)])
    await b.flushed()
    const db = await openReportDb()
    expect((await db.load()).reports.map((r) => r.origin).sort()).toEqual(['jintang.txt', 'kouqian.txt'])
    // the other tab is told and shows both
    await vi.waitFor(() => expect(a.count).toBe(2))
    a.removeImported()
    await a.flushed()
    expect((await db.load()).reports).toEqual([])
    await vi.waitFor(() => expect(b.count).toBe(0))
    expect(useReportsStore(tabB).records).toEqual([])
    db.close()
  })

  it('drops damaged stored entries on reload with a notice, and removes them', async () => {
    const imports = useImportsStore()
    await imports.importInputs([file('kouqian.txt', kouqian)])
    await imports.flushed()
    const good = imports.state.reports[0]
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('zwgk-imports')
      open.onsuccess = () => {
        const tx = open.result.transaction('reports', 'readwrite')
        const store = tx.objectStore('reports')
        store.put({ record: { ...good.record, report_id: 'bad-1', township: { x: 1 } }, facts: [], text: null, origin: 'x' })
        store.put({ record: { ...good.record, report_id: 'bad-2', ch_web: -3 }, facts: [], text: null, origin: 'x' })
        store.put({ record: { ...good.record, report_id: 'bad-3' }, facts: 'nope', text: null, origin: 'x' })
        store.put({ record: { report_id: 'bad-4' } })
        tx.oncomplete = () => {
          open.result.close()
          resolve()
        }
        tx.onerror = () => reject(tx.error)
      }
    })
    setActivePinia(createPinia())
    const again = useImportsStore()
    await again.restore()
    expect(again.restoreDropped).toBe(4)
    expect(again.state.reports.map((r) => r.record.report_id)).toEqual([good.record.report_id])
    expect(useReportsStore().records.map((r) => r.township)).toEqual(['口前镇'])
    setActivePinia(createPinia())
    const third = useImportsStore()
    await third.restore()
    expect(third.restoreDropped).toBe(0) // removed, not reported again
  })

  it('imports one report_id once: a repeated row or file is listed, not silently overwriting the first', async () => {
    const imports = useImportsStore()
    const rows = fixtureDataset().records.slice(0, 8)
    const csv = recordsToCsv([...rows, { ...rows[7], township: '重复镇' }])
    // the same file twice (two folders holding one name): one report_id
    await imports.importInputs([file('reports.csv', csv), file('kouqian.txt', kouqian), file('kouqian.txt', kouqian)])
    expect(imports.phase).toBe('done')
    expect(imports.count).toBe(9) // 8 rows and kouqian once
    expect(imports.added).toBe(9)
    expect([...imports.failures].sort((x, y) => (x.name < y.name ? -1 : 1))).toEqual([
      { name: 'kouqian.txt', reason: { code: 'same_id_imported', params: { first: 'kouqian.txt', id: expect.any(String) } } },
      { name: 'reports.csv:10', column: 'report_id', reason: { code: 'duplicate_id', params: { id: 'r008', line: 9 } } },
    ])
    const [again, row] = [...imports.failures].sort((x, y) => (x.name < y.name ? -1 : 1))
    expect(englishProblem(again.reason)).toMatch(/^same report_id as kouqian\.txt \(".+"\); left out$/)
    expect(columnProblemText(row.column, row.reason, MESSAGES.en)).toBe('report_id: duplicate report_id "r008" (first on line 9)')
    expect(columnProblemText(row.column, row.reason, MESSAGES['zh-CN'])).toBe(
      'report_id：report_id“r008”重复（首次出现在第 9 行），此行未载入',
    )
  })
})
