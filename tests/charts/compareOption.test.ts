import { describe, expect, it } from 'vitest'
import { buildCompareOption } from '../../src/charts/compareOption.ts'
import { compareSeries, compareValue } from '../../src/query/series/compare.ts'
import { emptyRecord, type ReportRecord } from '../../src/data/schema.ts'
import { fixtureDataset } from '../fixtures/dashboard/load.ts'
import { ctxFor, values } from './context.ts'
import { selectRecords } from '../query/helpers.ts'

type AnyOption = Record<string, any>
const { records } = fixtureDataset()
const all = selectRecords(records)

describe('compareSeries(all, keys)', () => {
  it('lines up two townships over the years, per metric', () => {
    const s = compareSeries(all, ['洪泽区/高良涧街道', '洪泽区/朱坝街道'])
    expect(s.townships.map((t) => t.name)).toEqual(['高良涧街道', '朱坝街道'])
    expect(s.years).toEqual([2018, 2019, 2020, 2021, 2022, 2023])
    expect(s.values.proactive_total[0]).toEqual([113, 274, 318, 295, 324, 390])
    expect(s.values.proactive_total[1]).toEqual([242, 163, 398, 276, 472, 305])
  })

  it('keeps unstated values null and lists them, never 0', () => {
    const s = compareSeries(all, ['洪泽区/高良涧街道', '洪泽区/朱坝街道'])
    expect(s.values.apps_new[0][0]).toBeNull()
    expect(s.notStated).toContainEqual({ township: '高良涧街道', year: 2018, metric: 'apps_new' })
  })

  it('takes at most four townships', () => {
    const keys = [...new Set(records.map((r) => `${r.county}/${r.township}`))]
    expect(compareSeries(all, keys).townships).toHaveLength(4)
  })
})

describe('compareValue', () => {
  const r = (p: Partial<ReportRecord>) => ({ ...emptyRecord('x', 'x'), ...p })
  it('adds only stated channels and appeals; nothing stated is null', () => {
    expect(compareValue(r({ ch_web: 3, ch_wechat: 2 }), 'channels')).toBe(5)
    expect(compareValue(r({}), 'channels')).toBeNull()
    expect(compareValue(r({ reconsideration_total: 0, litigation_total: null }), 'appeals')).toBe(0)
  })
})

describe('buildCompareOption(series, ctx)', () => {
  const s = compareSeries(all, ['洪泽区/高良涧街道', '洪泽区/朱坝街道'])

  it('draws six grids, one per metric (website, WeChat and bulletin board apart), each with one bar series per township', () => {
    const o = buildCompareOption(s, ctxFor()) as AnyOption
    expect(o.grid).toHaveLength(6)
    expect(o.title.map((t: AnyOption) => t.text)).toEqual(['主动公开总数', '政府网站', '政务微信', '公开栏', '新收申请', '复议与诉讼'])
    expect(o.series).toHaveLength(12)
    expect(o.series.filter((x: AnyOption) => x.xAxisIndex === 2).map((x: AnyOption) => x.name)).toEqual(['高良涧街道', '朱坝街道'])
    expect(values(o.series.find((x: AnyOption) => x.id === 'ch_web|0'))).toEqual(s.values.ch_web[0].map((v) => v ?? '-'))
    expect(o.legend.data).toEqual(['高良涧街道', '朱坝街道'])
  })

  it('keeps a township’s colour in every grid, and gaps for unstated values', () => {
    const o = buildCompareOption(s, ctxFor()) as AnyOption
    const first = o.series.filter((x: AnyOption) => x.name === '高良涧街道')
    expect(new Set(first.map((x: AnyOption) => x.itemStyle.color)).size).toBe(1)
    expect(values(o.series.find((x: AnyOption) => x.id === 'apps_new|0'))[0]).toBe('-')
  })

  it('says 未说明 in the tooltip for an unstated value, and names metrics in English', () => {
    const o = buildCompareOption(s, ctxFor()) as AnyOption
    const tip = o.tooltip.formatter([{ seriesId: 'apps_new|0', dataIndex: 0 }])
    expect(tip).toContain('高良涧街道: 未说明')
    expect(tip).toContain('朱坝街道: 3')
    const en = buildCompareOption(s, ctxFor('en')) as AnyOption
    expect(en.title[5].text).toBe('Reconsiderations + lawsuits')
  })
})
