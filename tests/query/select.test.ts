import { describe, expect, it } from 'vitest'
import { recordsOf, regionOptions, select, selectAll } from '../../src/query/select.ts'
import { buildDataset } from '../../src/query/dataset.ts'
import { DEFAULT_STATE } from '../../src/query/queryState.ts'
import { fixtureDataset } from '../fixtures/dashboard/load.ts'
import { scanFilter } from './reference.ts'

const { records } = fixtureDataset()
const dataset = buildDataset(records)
const { index } = dataset
const ids = (rs: { report_id: string }[]) => rs.map((r) => r.report_id)
const pick = (f: Partial<typeof DEFAULT_STATE>) => recordsOf(select(dataset, { ...DEFAULT_STATE, ...f }))

describe('buildDataset(records)', () => {
  it('indexes the fixture by region and year once', () => {
    expect(index.years).toEqual([2018, 2019, 2020, 2021, 2022, 2023])
    expect(index.townshipsIn.prefecture.get('淮安市')!.reduce((n, t) => n + t.positions.length, 0)).toBe(40)
    expect(index.townshipsIn.county.get('泗阳县')!.reduce((n, t) => n + t.positions.length, 0)).toBe(8)
    expect(index.townshipByKey.get('洪泽区/岔河镇')!.positions).toHaveLength(6)
    expect(dataset.columns.year.filter((y) => y === 2018)).toHaveLength(4)
  })
})

describe('select(dataset, filters)', () => {
  it('narrows by county and year range', () => {
    expect(ids(pick({ county: '洪泽区', yearFrom: 2021, yearTo: 2021 }))).toEqual(['r004', 'r010', 'r016', 'r022'])
  })

  it('gives the answer a plain scan of the records gives', () => {
    const f = { ...DEFAULT_STATE, prefecture: '淮安市', templates: ['2019' as const], search: '街道' }
    expect(ids(pick(f))).toEqual(ids(scanFilter(records, f)))
    expect(ids(pick(f)).length).toBeGreaterThan(0)
  })

  it('keeps several selected townships', () => {
    expect(ids(pick({ townships: ['金湖县/银涂镇', '泗阳县/王集镇'], yearFrom: 2023 }))).toEqual(['r036', 'r046'])
  })

  it('matches the free search in township names', () => {
    expect(new Set(pick({ search: '河' }).map((r) => r.township))).toEqual(new Set(['岔河镇', '西顺河镇']))
  })

  it('is a value: the positions, the filters it answers, and with nothing filtered the dataset itself', () => {
    const f = { ...DEFAULT_STATE, county: '泗阳县' }
    const sel = select(dataset, f)
    expect(sel.filters).toBe(f)
    expect(sel.positions).toHaveLength(8)
    expect([...sel.positions]).toEqual([...sel.positions].sort((a, b) => a - b))
    expect(recordsOf(selectAll(dataset))).toBe(records)
  })
})

describe('regionOptions(dataset, filters)', () => {
  it('counts reports per option, ignoring the level’s own choice', () => {
    const o = regionOptions(dataset, { ...DEFAULT_STATE, prefecture: '淮安市', county: '金湖县' })
    expect(o.province).toEqual([{ value: '江苏省', label: '江苏省', count: 48 }])
    expect(o.prefecture.map((p) => [p.value, p.count])).toEqual([
      ['淮安市', 40],
      ['宿迁市', 8],
    ]) // pinyin order
    expect(o.county.map((c) => [c.value, c.count])).toEqual([
      ['洪泽区', 24],
      ['金湖县', 16],
    ])
    expect(o.township.map((t) => [t.label, t.count])).toEqual([
      ['戴楼街道', 4],
      ['黎城街道', 4],
      ['塔集镇', 4],
      ['银涂镇', 4],
    ])
  })

  it('applies year and template filters to the counts', () => {
    const o = regionOptions(dataset, { ...DEFAULT_STATE, templates: ['pre-2019'] })
    expect(o.county).toEqual([{ value: '洪泽区', label: '洪泽区', count: 4 }])
  })
})
