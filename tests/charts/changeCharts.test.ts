import { describe, expect, it } from 'vitest'
import type { EChartsOption } from 'echarts'
import { sparkline } from '../../src/charts/sparkline.ts'
import { withTemplateMarkers } from '../../src/charts/templateMarkers.ts'

describe('sparkline', () => {
  it('breaks the line at an unstated year instead of dropping to 0, and marks template years', () => {
    const s = sparkline([2018, 2019, 2020, 2021, 2022], [10, 20, null, 30, 40], [2019, 2021], 100, 20, 0)
    // 10…40 over a 20 px height: 20 → 13.3, 30 → 6.7
    expect(s.lines).toEqual(['0,20 25,13.3', '75,6.7 100,0'])
    expect(s.dots).toEqual([])
    expect(s.markers).toEqual([
      { year: 2019, x: 12.5 },
      { year: 2021, x: 62.5 },
    ])
  })

  it('draws a lone stated year as a dot, and no marker at the first year', () => {
    const s = sparkline([2019, 2020, 2021], [null, 5, null], [2019], 40, 10, 0)
    expect(s.lines).toEqual([])
    expect(s.dots).toHaveLength(1)
    expect(s.markers).toEqual([])
  })
})

describe('withTemplateMarkers', () => {
  const option: EChartsOption = {
    xAxis: { type: 'category', data: ['2018', '2019', '2020', '2021'] },
    series: [
      { type: 'line', data: [1, 2, 3, 4] },
      { type: 'line', data: [1, 1, 1, 1] },
    ],
  }

  it('adds a dashed line at each template year inside the axis, on the first series only', () => {
    const out = withTemplateMarkers(option, [2019, 2021], (y) => `${y}年起新模板`)
    const series = out.series as Array<{ markLine?: { data: Array<{ xAxis: string }> } }>
    expect(series[0].markLine!.data.map((d) => d.xAxis)).toEqual(['2019', '2021'])
    expect(series[1].markLine).toBeUndefined()
    expect((option.series as unknown[])[0]).not.toHaveProperty('markLine')
  })

  it('leaves an axis that starts at or after the switch alone', () => {
    const later: EChartsOption = { ...option, xAxis: { type: 'category', data: ['2021', '2022'] } }
    expect(withTemplateMarkers(later, [2019, 2021], String)).toBe(later)
  })
})
