import { describe, expect, it } from 'vitest'
import { init } from 'echarts/core'
import '../../src/charts/register.ts'
import { DEFAULT_STATE } from '../../src/query/queryState.ts'
import { recordsOf, select } from '../../src/query/select.ts'
import { buildDataset } from '../../src/query/dataset.ts'
import { volumeByTownship, volumeByYear } from '../../src/query/series/volume.ts'
import { channelSeries } from '../../src/query/series/channels.ts'
import { procurementSeries } from '../../src/query/series/procurement.ts'
import { applicationSeries } from '../../src/query/series/applications.ts'
import { trendSeries } from '../../src/query/series/trends.ts'
import { buildVolumeOption } from '../../src/charts/volumeOption.ts'
import { buildChannelsOption, channelShare } from '../../src/charts/channelsOption.ts'
import { buildProcurementOption } from '../../src/charts/procurementOption.ts'
import { buildApplicationsOption } from '../../src/charts/applicationsOption.ts'
import { buildTrendsOption } from '../../src/charts/trendsOption.ts'
import { fixtureDataset } from '../fixtures/dashboard/load.ts'
import { ctxFor, values } from './context.ts'

const { records } = fixtureDataset()
const dataset = buildDataset(records)
const selected = (f: Partial<typeof DEFAULT_STATE>) => select(dataset, { ...DEFAULT_STATE, ...f })
const pick = (f: Partial<typeof DEFAULT_STATE>) => recordsOf(selected(f))
const hongze2021 = pick({ county: '洪泽区', yearFrom: 2021, yearTo: 2021 })
const siyang2022 = pick({ county: '泗阳县', yearFrom: 2022, yearTo: 2022 })
type AnyOption = Record<string, any>

describe('buildVolumeOption(series, ctx)', () => {
  it('draws ranked horizontal bars with the township key on each bar', () => {
    const o = buildVolumeOption(volumeByTownship(hongze2021, 2021), ctxFor()) as AnyOption
    expect(o.yAxis.data).toEqual(['西顺河镇', '岔河镇', '高良涧街道', '朱坝街道'])
    expect(o.yAxis.inverse).toBe(true)
    expect(values(o.series[0])).toEqual([487, 382, 295, 276])
    expect(o.series[0].data[0].key).toBe('洪泽区/西顺河镇')
    expect(o.aria.enabled).toBe(true)
  })

  it('labels every bar up to 21 bars (no label measuring), and lets ECharts choose beyond', () => {
    const bars = (n: number) => ({
      mode: 'township' as const,
      year: 2021,
      years: [2021],
      unstated: [],
      hidden: 0,
      items: Array.from({ length: n }, (_, i) => ({ key: `k${i}`, label: `镇${i}`, value: 100 - i, reports: 1 })),
    })
    expect((buildVolumeOption(bars(21), ctxFor()) as AnyOption).yAxis.axisLabel.interval).toBe(0)
    expect((buildVolumeOption(bars(30), ctxFor()) as AnyOption).yAxis.axisLabel.interval).toBeUndefined()
    // axes of years keep ECharts' choice (phones)
    expect(
      (buildVolumeOption(volumeByYear(selected({ county: '泗阳县' })), ctxFor()) as AnyOption).xAxis.axisLabel.interval,
    ).toBeUndefined()
  })

  it('draws columns by year carrying the year for cross-filtering', () => {
    const o = buildVolumeOption(volumeByYear(selected({ county: '泗阳县' })), ctxFor('en')) as AnyOption
    expect(o.xAxis.data).toEqual(['2022', '2023'])
    expect(values(o.series[0])).toEqual([321 + 339 + 393, 402 + 416 + 206 + 321])
    expect(o.series[0].data[1].year).toBe('2023')
    expect(o.series[0].name).toBe('Information disclosed')
  })
})

describe('buildChannelsOption(series, mode, ctx)', () => {
  const series = channelSeries(hongze2021)

  it('stacks one series per channel, with gaps (not zeros) for unstated channels', () => {
    const o = buildChannelsOption(series, 'counts', ctxFor()) as AnyOption
    expect(o.series.map((s: AnyOption) => s.name)).toEqual(['政府网站', '政务微信', '政务微博', '公开栏', '政府公报', '其他渠道'])
    expect(o.yAxis[0].data).toEqual(['岔河镇', '高良涧街道', '西顺河镇', '朱坝街道'])
    const byName = Object.fromEntries(o.series.map((s: AnyOption) => [s.id, values(s)]))
    expect(byName.ch_web).toEqual([244, 234, 288, 110])
    expect(byName.ch_weibo).toEqual(['-', '-', 6, 15])
    // 西顺河镇 states 政府公报 = 0; the others do not state it
    expect(byName.ch_gazette).toEqual(['-', '-', 0, '-'])
    expect(o.series.every((s: AnyOption) => s.stack === 'channels')).toBe(true)
  })

  it('names the unstated channels under each township and in the tooltip', () => {
    const o = buildChannelsOption(series, 'counts', ctxFor()) as AnyOption
    expect(o.yAxis[0].axisLabel.formatter('岔河镇', 0)).toBe('{name|岔河镇}\n{note|3 项未说明}')
    const tip = o.tooltip.formatter([{ dataIndex: 0 }])
    expect(tip).toContain('政务微博: 未说明')
    expect(tip).toContain('政府网站: 244')
    const en = buildChannelsOption(series, 'counts', ctxFor('en')) as AnyOption
    expect(en.tooltip.formatter([{ dataIndex: 0 }])).toContain('Weibo: not stated')
  })

  it('says each bar’s total at its end, the legend above the bars and the not-stated count at full size', () => {
    const o = buildChannelsOption(series, 'counts', ctxFor()) as AnyOption
    expect(o.yAxis[1].position).toBe('right')
    expect(o.yAxis[1].data).toEqual(series.rows.map((r) => new Intl.NumberFormat('zh-CN').format(r.statedSum)))
    // no made-up bar carries the total: only the six channels are series
    expect(o.series).toHaveLength(6)
    expect(o.legend.top).toBe(0)
    expect(o.yAxis[0].axisLabel.rich.note.fontSize).toBe(ctxFor().theme.fontSize)
    const shares = buildChannelsOption(series, 'shares', ctxFor()) as AnyOption
    expect(shares.yAxis[1].data.every((x: string) => x === '')).toBe(true)
  })

  it('gives shares of the stated channels, unstated still a gap', () => {
    const o = buildChannelsOption(series, 'shares', ctxFor()) as AnyOption
    const chahe = o.series.map((s: AnyOption) => values(s)[0])
    expect(chahe).toEqual([63.9, 27.5, '-', 8.6, '-', '-'])
    expect(o.xAxis.max).toBe(100)
    expect(channelShare(null, 10)).toBe('-')
    expect(channelShare(0, 0)).toBe(0)
  })
})

describe('roll-up bars', () => {
  it('give the mean per report and the median township beside the sum, and the tooltip the year and how many reports stated it', () => {
    const series = {
      mode: 'township' as const,
      year: 2024,
      years: [2024],
      unstated: [],
      hidden: 0,
      items: [
        { key: '', label: '江西省', value: 15868, reports: 12, drill: 'province:江西省' },
        { key: '', label: '河北省', value: 14585, reports: 30, median: 401.5, drill: 'province:河北省' },
      ],
    }
    const o = buildVolumeOption(series, ctxFor()) as AnyOption
    // no median (a landing.json from before): sum and mean
    expect(o.series[0].label.formatter({ value: 15868, dataIndex: 0 })).toBe('15,868（均 1,322）')
    expect(o.series[0].label.formatter({ value: 14585, dataIndex: 1 })).toBe('14,585（均 486 · 中位 402）')
    const tip = o.tooltip.formatter({ name: '河北省', value: 14585, dataIndex: 1 })
    expect(tip).toContain('2024 年')
    expect(tip).toContain('30 份报告载明，平均每份 486')
    expect(tip).toContain('每个乡镇的中位数 402')
    // on a phone the figures go under the sum, so the bars keep their room
    const narrow = buildVolumeOption(series, ctxFor(), { width: 333 }) as AnyOption
    expect(narrow.series[0].label.formatter({ value: 14585, dataIndex: 1 })).toBe('14,585\n均 486 · 中位 402')
    expect(narrow.grid.right).toBeLessThan(333 * 0.4)
    expect(o.grid.right).toBeGreaterThan(narrow.grid.right)
    // townships are not rolled up: their bars keep the plain figure
    const plain = buildVolumeOption(volumeByTownship(hongze2021, 2021), ctxFor()) as AnyOption
    expect(plain.series[0].label.formatter({ value: 487, dataIndex: 0 })).toBe('487')
  })
})

describe('buildProcurementOption(series, ctx)', () => {
  it('compares amounts in 万元 only where the unit is stated and marks the others', () => {
    const s = procurementSeries(siyang2022)
    const o = buildProcurementOption(s, ctxFor()) as AnyOption
    expect(o.yAxis[0].data).toEqual(['爱园镇', '裴圩镇', '王集镇', '众兴街道'])
    expect(values(o.series[0])).toEqual([254.7508, '-', 49.48, '-'])
    expect(values(o.series[1])).toEqual(s.rows.map((r) => r.projects ?? '-'))
    expect(o.yAxis[0].axisLabel.formatter('裴圩镇', 1)).toContain('单位未说明')
    expect(o.yAxis[0].axisLabel.formatter('爱园镇', 0)).toBe('{name|爱园镇}')
  })

  it('draws amounts and projects as two charts side by side, each bar labelled, a missing value marked', () => {
    const s = procurementSeries(siyang2022)
    const o = buildProcurementOption(s, ctxFor()) as AnyOption
    // two grids, one value axis each: bars of unrelated units no longer share a plot
    expect(o.grid).toHaveLength(2)
    expect(o.xAxis.map((x: AnyOption) => [x.gridIndex, x.name])).toEqual([
      [0, '采购金额（万元）'],
      [1, '采购项目数'],
    ])
    expect(o.series.map((x: AnyOption) => [x.xAxisIndex, x.yAxisIndex])).toEqual([
      [0, 0],
      [1, 1],
    ])
    expect(o.yAxis[1].axisLabel.show).toBe(false)
    for (const x of o.series) expect(x.label.show).toBe(true)
    expect(o.series[0].label.formatter({ value: 254.7508 })).toBe('254.75')
    // a row missing a value says which, under its name (the value itself is a gap, never 0)
    const marked = buildProcurementOption(
      { ...s, rows: [...s.rows, { key: 'x/甲镇', reportId: 'x', label: '甲镇', projects: null, amountWan: 12 }] },
      ctxFor(),
    ) as AnyOption
    expect(marked.yAxis[0].axisLabel.formatter('甲镇', 4)).toBe('{name|甲镇}\n{warn|⚠ 项目数未说明}')
  })

  it('counts the reports that state no procurement at all, which have no row', () => {
    const s = procurementSeries(records)
    const none = records.filter((r) => r.procurement_projects === null && r.procurement_amount === null).length
    expect(none).toBeGreaterThan(0)
    expect(s.unstated).toBe(none)
  })

  it('draws projects alone when no amount can be compared, instead of an empty amount axis', () => {
    const s = procurementSeries(pick({ townships: ['泗阳县/裴圩镇', '泗阳县/众兴街道'], yearFrom: 2022, yearTo: 2022 }))
    const o = buildProcurementOption(s, ctxFor()) as AnyOption
    expect(o.series.map((x: AnyOption) => x.id)).toEqual(['projects'])
    expect(o.xAxis.name).toBe('采购项目数')
    expect(o.yAxis.axisLabel.formatter('裴圩镇', 0)).toContain('单位未说明')
  })
})

describe('buildApplicationsOption(series, ctx)', () => {
  it('stacks the outcomes and keeps new applications and appeals as their own bars', () => {
    const o = buildApplicationsOption(applicationSeries(hongze2021), ctxFor()) as AnyOption
    const byId = Object.fromEntries(o.series.map((s: AnyOption) => [s.id, s]))
    expect(o.yAxis.data).toEqual(['岔河镇', '高良涧街道', '西顺河镇', '朱坝街道'])
    expect(values(byId.apps_new)).toEqual([0, 0, 2, 3])
    expect(values(byId.apps_granted)).toEqual([0, 0, 1, 1])
    expect(byId.apps_granted.stack).toBe('outcomes')
    expect(byId.apps_new.stack).toBeUndefined()
    expect(values(byId.reconsideration_total)).toEqual([0, 0, 0, 1])
  })

  it('gives each of its series a colour of its own (新收申请 and 行政诉讼 shared a blue)', () => {
    const o = buildApplicationsOption(applicationSeries(hongze2021), ctxFor()) as AnyOption
    expect(o.series.length).toBeGreaterThan(8)
    expect(new Set(o.color.slice(0, o.series.length)).size).toBe(o.series.length)
  })

  it('draws an all-zero selection as zeros, not an empty 0–1 axis', () => {
    const zero = {
      rows: [
        {
          key: 'a',
          reportId: 'a',
          label: '甲镇',
          values: Object.fromEntries(
            [
              'apps_new',
              'apps_granted',
              'apps_partial',
              'apps_denied',
              'apps_unable',
              'apps_not_processed',
              'apps_other',
              'reconsideration_total',
              'litigation_total',
            ].map((f) => [f, 0]),
          ),
        },
      ],
      noneStated: [],
      allZero: true,
      hidden: 0,
    } as unknown as Parameters<typeof buildApplicationsOption>[0]
    const o = buildApplicationsOption(zero, ctxFor()) as AnyOption
    expect(o.xAxis.axisLabel.show).toBe(false)
    const apps = o.series.find((x: AnyOption) => x.id === 'apps_new')
    expect(apps.label.formatter({ value: 0 })).toBe('0')
  })

  it('shows a report that does not state applications as a gap', () => {
    const o = buildApplicationsOption(applicationSeries(pick({ townships: ['洪泽区/高良涧街道'], yearTo: 2019 })), ctxFor()) as AnyOption
    // 2018 states only appeals-free narrative: no application fields → listed apart, only 2019 drawn
    expect(o.yAxis.data).toEqual(['2019'])
  })
})

describe('trend level and axis title', () => {
  it('draws the level the bars sum by when many townships and none picked, else townships', async () => {
    const { trendLevel } = await import('../../src/query/series/trends.ts')
    expect(trendLevel({ trendGroup: 'auto', townships: [] }, { level: 'prefecture', townships: 120 })).toBe('prefecture')
    expect(trendLevel({ trendGroup: 'auto', townships: [] }, null)).toBe('township')
    expect(trendLevel({ trendGroup: 'auto', townships: ['a/b'] }, { level: 'county', townships: 40 })).toBe('township')
    expect(trendLevel({ trendGroup: 'township', townships: [] }, { level: 'county', townships: 40 })).toBe('township')
  })

  it('starts the value axis title at the axis so a long one is not cut at the panel edge', () => {
    const o = buildTrendsOption(trendSeries(selected({}), 'procurement_amount_wan', 'county'), ctxFor()) as AnyOption
    expect(o.yAxis.name).toBe('采购金额（万元，已知单位）')
    expect(o.yAxis.nameTextStyle.align).toBe('left')
  })
})

describe('buildTrendsOption(series, ctx)', () => {
  it('draws one line per county sum with gaps for unstated years', () => {
    const t = trendSeries(selected({}), 'proactive_total', 'county')
    const o = buildTrendsOption(t, ctxFor()) as AnyOption
    expect(o.xAxis.data).toEqual(['2018', '2019', '2020', '2021', '2022', '2023'])
    expect(o.series.map((s: AnyOption) => s.id)).toEqual(['county:洪泽区', 'county:金湖县', 'county:泗阳县'])
    expect(values(o.series[2])).toEqual(['-', '-', '-', '-', 321 + 339 + 393, 402 + 416 + 206 + 321])
    expect(o.tooltip.formatter({ seriesId: 'county:泗阳县', dataIndex: 4 })).toContain('合计 3 份报告')
  })
})

describe('tooltips', () => {
  it('escape names from the CSV before they reach HTML', () => {
    const series = channelSeries([{ ...hongze2021[0], township: '<img src=x onerror=alert(1)>' }])
    const tip = (buildChannelsOption(series, 'counts', ctxFor()) as AnyOption).tooltip.formatter([{ dataIndex: 0 }])
    expect(tip).not.toContain('<img')
    expect(tip).toContain('&#60;img')
  })
})

describe('server-side rendering of a built option', () => {
  it('renders the Chinese labels into an SVG without a DOM', () => {
    const chart = init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 300 })
    chart.setOption({ ...buildVolumeOption(volumeByTownship(hongze2021, 2021), ctxFor()), animation: false })
    const svg = chart.renderToSVGString()
    chart.dispose()
    expect(svg).toContain('西顺河镇')
    expect(svg.startsWith('<svg')).toBe(true)
  })
})
