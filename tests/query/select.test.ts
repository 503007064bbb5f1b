import { describe, expect, it } from 'vitest'
import { filterRecords, regionOptions } from '../../src/query/select.ts'
import { buildRegionIndex } from '../../src/query/regionIndex.ts'
import { DEFAULT_STATE } from '../../src/query/queryState.ts'
import { fixtureDataset } from '../fixtures/dashboard/load.ts'

const { records } = fixtureDataset()
const index = buildRegionIndex(records)
const ids = (rs: { report_id: string }[]) => rs.map((r) => r.report_id)

describe('buildRegionIndex(records)', () => {
  it('indexes the fixture by region and year once', () => {
    expect(index.years).toEqual([2018, 2019, 2020, 2021, 2022, 2023])
    expect(index.byPrefecture.get('淮安市')).toHaveLength(40)
    expect(index.byCounty.get('泗阳县')).toHaveLength(8)
    expect(index.byTownship.get('洪泽区/岔河镇')).toHaveLength(6)
    expect(index.byYear.get(2018)).toHaveLength(4)
  })
})

describe('filterRecords(records, filters, index)', () => {
  it('narrows by county and year range', () => {
    const rs = filterRecords(records, { ...DEFAULT_STATE, county: '洪泽区', yearFrom: 2021, yearTo: 2021 }, index)
    expect(ids(rs)).toEqual(['r004', 'r010', 'r016', 'r022'])
  })

  it('gives the same answer with and without the index', () => {
    const f = { ...DEFAULT_STATE, prefecture: '淮安市', templates: ['2019' as const], search: '街道' }
    expect(ids(filterRecords(records, f, index))).toEqual(ids(filterRecords(records, f)))
  })

  it('keeps several selected townships', () => {
    const rs = filterRecords(records, { ...DEFAULT_STATE, townships: ['金湖县/银涂镇', '泗阳县/王集镇'], yearFrom: 2023 }, index)
    expect(ids(rs)).toEqual(['r036', 'r046'])
  })

  it('matches the free search in township names', () => {
    expect(new Set(filterRecords(records, { ...DEFAULT_STATE, search: '河' }).map((r) => r.township))).toEqual(new Set(['岔河镇', '西顺河镇']))
  })
})

describe('regionOptions(records, filters)', () => {
  it('counts reports per option, ignoring the level’s own choice', () => {
    const o = regionOptions(records, { ...DEFAULT_STATE, prefecture: '淮安市', county: '金湖县' })
    expect(o.province).toEqual([{ value: '江苏省', label: '江苏省', count: 48 }])
    expect(o.prefecture.map((p) => [p.value, p.count])).toEqual([['淮安市', 40], ['宿迁市', 8]]) // pinyin order
    expect(o.county.map((c) => [c.value, c.count])).toEqual([['洪泽区', 24], ['金湖县', 16]])
    expect(o.township.map((t) => [t.label, t.count])).toEqual([['戴楼街道', 4], ['黎城街道', 4], ['塔集镇', 4], ['银涂镇', 4]])
  })

  it('applies year and template filters to the counts', () => {
    const o = regionOptions(records, { ...DEFAULT_STATE, templates: ['pre-2019'] })
    expect(o.county).toEqual([{ value: '洪泽区', label: '洪泽区', count: 4 }])
  })
})
