import { describe, expect, it } from 'vitest'
import { IDBFactory } from 'fake-indexeddb'
import { plainQuery, viewLink, viewSearch } from '../../src/views/shareLink.ts'
import { openViewsDb, type SavedView } from '../../src/views/viewsDb.ts'

describe('shareLink', () => {
  it('puts the dataset first and every filter after it, arrays as repeated keys', () => {
    expect(viewSearch({ prov: '吉林省', t: ['抚松县/泉阳镇', '永吉县/一拉溪镇'], y0: '2016' }, null)).toBe(
      `?prov=${encodeURIComponent('吉林省')}&t=${encodeURIComponent('抚松县/泉阳镇')}&t=${encodeURIComponent('永吉县/一拉溪镇')}&y0=2016`,
    )
    expect(viewLink('http://h/', { y0: '2016' }, '/synth/')).toBe('http://h/?data=%2Fsynth%2F&y0=2016')
    expect(viewLink('http://h/', {}, null)).toBe('http://h/')
  })

  it('reads the router query as plain strings, dropping nulls and the dataset', () => {
    expect(plainQuery({ prov: '吉林省', t: ['a', null, 'b'], q: null, data: '/x/' })).toEqual({ prov: '吉林省', t: ['a', 'b'] })
  })
})

describe('viewsDb', () => {
  const view = (id: string, created: number): SavedView => ({
    id,
    name: id,
    query: { prov: '吉林省' },
    data: null,
    created,
    updated: created,
  })

  it('keeps views across openings, lists them oldest first, renames and deletes', async () => {
    const factory = new IDBFactory()
    const db = await openViewsDb(factory)
    await db.put(view('b', 2))
    await db.put(view('a', 1))
    db.close()
    const again = await openViewsDb(factory)
    expect((await again.list()).map((v) => v.id)).toEqual(['a', 'b'])
    await again.put({ ...view('a', 1), name: '泉阳镇' })
    await again.remove('b')
    expect(await again.list()).toEqual([{ ...view('a', 1), name: '泉阳镇' }])
    again.close()
  })
})
