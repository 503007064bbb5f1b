/**
 * ECharts 6 prints a line for each deprecated option it meets (once per option and process), so
 * this file draws every builder's option first thing, in a module registry of its own, and
 * listens for those lines.
 */
import { afterAll, describe, expect, it, vi } from 'vitest'
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
import { compareSeries } from '../../src/query/series/compare.ts'
import { buildVolumeOption } from '../../src/charts/volumeOption.ts'
import { buildChannelsOption } from '../../src/charts/channelsOption.ts'
import { buildProcurementOption } from '../../src/charts/procurementOption.ts'
import { buildApplicationsOption } from '../../src/charts/applicationsOption.ts'
import { buildTrendsOption } from '../../src/charts/trendsOption.ts'
import { buildCompareOption } from '../../src/charts/compareOption.ts'
import { fixtureDataset } from '../fixtures/dashboard/load.ts'
import { ctxFor } from './context.ts'

const said: string[] = []
const spies = (['log', 'warn', 'error'] as const).map((level) =>
  vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void said.push(args.map(String).join(' '))),
)
afterAll(() => spies.forEach((s) => s.mockRestore()))

const dataset = buildDataset(fixtureDataset().records)
const selected = (f: Partial<typeof DEFAULT_STATE>) => select(dataset, { ...DEFAULT_STATE, ...f })
const pick = (f: Partial<typeof DEFAULT_STATE>) => recordsOf(selected(f))

describe('the option builders on ECharts 6', () => {
  it('use no option ECharts warns about (containLabel, triggerLineEvent are deprecated)', () => {
    const hongze2021 = pick({ county: '洪泽区', yearFrom: 2021, yearTo: 2021 })
    const options = [
      buildVolumeOption(volumeByTownship(hongze2021, 2021), ctxFor()),
      buildVolumeOption(volumeByYear(selected({ county: '泗阳县' })), ctxFor()),
      buildChannelsOption(channelSeries(hongze2021), 'shares', ctxFor()),
      buildProcurementOption(procurementSeries(pick({ county: '泗阳县', yearFrom: 2022, yearTo: 2022 })), ctxFor()),
      buildApplicationsOption(applicationSeries(hongze2021), ctxFor()),
      buildTrendsOption(trendSeries(selected({ county: '洪泽区' }), 'proactive_total', 'township'), ctxFor()),
      buildCompareOption(compareSeries(selected({}), ['洪泽区/高良涧街道', '洪泽区/朱坝街道']), ctxFor()),
    ]
    for (const option of options) {
      // a phone's width, where labels are most likely to crowd the plot
      const chart = init(null, null, { renderer: 'svg', ssr: true, width: 390, height: 600 })
      chart.setOption({ ...option, animation: false })
      expect(chart.renderToSVGString()).toContain('<svg')
      chart.dispose()
    }
    expect(said.filter((s) => s.includes('[ECharts]'))).toEqual([])
  })
})
