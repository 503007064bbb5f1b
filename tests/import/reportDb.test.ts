import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { openReportDb } from '../../src/import/reportDb.ts'
import { applyImport } from '../../src/import/merge.ts'
import { EMPTY_STATE } from '../../src/import/types.ts'
import { imported } from './helpers.ts'

let n = 0
const fresh = () => openReportDb(indexedDB, `test-${++n}`)

describe('openReportDb', () => {
  it('loads an empty state from a new database', async () => {
    const db = await fresh()
    expect(await db.load()).toEqual({ reports: [], hidden: [] })
  })

  it('saves reports and hidden ids and reads them back in a new connection', async () => {
    const name = `test-${++n}`
    const db = await openReportDb(indexedDB, name)
    const state = { reports: [imported('n1', '口前镇', 2014)], hidden: ['e1'] }
    await db.save(EMPTY_STATE, state)
    db.close()
    const again = await openReportDb(indexedDB, name)
    expect(await again.load()).toEqual(state)
  })

  it('writes only the difference: removed reports are deleted, kept ones stay', async () => {
    const db = await fresh()
    const a = applyImport(EMPTY_STATE, [imported('n1', '口前镇', 2014), imported('n2', '汪家铺镇', 2023)])
    await db.save(EMPTY_STATE, a)
    const b = { reports: a.reports.filter((r) => r.record.report_id !== 'n1'), hidden: [] }
    await db.save(a, b)
    expect((await db.load()).reports.map((r) => r.record.report_id)).toEqual(['n2'])
    await db.save(b, EMPTY_STATE)
    expect(await db.load()).toEqual({ reports: [], hidden: [] })
  })

  it("update() changes what is stored, not a tab's memory: a stale tab keeps the hidden list another tab wrote (issue 17 item 4)", async () => {
    const name = `test-${++n}`
    const tab1 = await openReportDb(indexedDB, name)
    const tab2 = await openReportDb(indexedDB, name)
    const existing = { ...imported('e1', '口前镇', 2014).record }
    // tab 1 replaces embedded e1 with n1
    await tab1.update((s) => applyImport(s, [], [{ incoming: imported('n1', '口前镇', 2014), existing }], ['replace']))
    // tab 2 still holds the empty state in memory and imports n2
    const after = await tab2.update((s) => applyImport(s, [imported('n2', '汪家铺镇', 2023)]))
    expect(after.hidden).toEqual(['e1'])
    const stored = await tab1.load()
    expect(stored.hidden).toEqual(['e1'])
    expect(stored.reports.map((r) => r.record.report_id).sort()).toEqual(['n1', 'n2'])
    // a removal in one tab removes what the other stored too
    await tab2.update(() => EMPTY_STATE)
    expect(await tab1.load()).toEqual(EMPTY_STATE)
  })
})
