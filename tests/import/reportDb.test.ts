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
})
