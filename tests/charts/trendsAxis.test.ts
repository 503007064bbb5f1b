/**
 * The trend chart labels every year (issue 14, 适老化): left to ECharts, ten years at the
 * 适老化 font showed every other year and hid the last under its neighbour. Drawn with ECharts'
 * SVG renderer at the panel's widths and read back from the SVG with a real XML parser.
 */
import { describe, expect, it } from 'vitest'
import { DOMParser } from '@xmldom/xmldom'
import { init } from 'echarts/core'
import '../../src/charts/register.ts'
import '../../src/charts/registerMarkers.ts'
import { buildTrendsOption, yearLabelRotation } from '../../src/charts/trendsOption.ts'
import { withTemplateMarkers } from '../../src/charts/templateMarkers.ts'
import { DEFAULT_THEME } from '../../src/charts/theme.ts'
import type { TrendSeries } from '../../src/query/series/trends.ts'
import { svgSafe } from '../../src/composables/useChartExport.ts'
import { ctxFor } from './context.ts'

const YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]
const series = {
  metric: 'proactive_total',
  group: 'province',
  years: YEARS,
  hidden: 0,
  lines: Array.from({ length: 10 }, (_, k) => ({
    id: `p${k}`,
    name: `省${k}`,
    data: YEARS.map((y) => (y - 2000) * 1000 * (k + 1)),
    covers: YEARS.map(() => 3),
  })),
} as unknown as TrendSeries

/** The year labels drawn on the x axis, with the x of each label's anchor. */
function drawnYears(width: number, fontSize: number): { year: string; x: number }[] {
  const ctx = { ...ctxFor('zh-CN'), theme: { ...DEFAULT_THEME, fontSize } }
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height: 340 })
  try {
    chart.setOption(svgSafe(withTemplateMarkers(buildTrendsOption(series, ctx, { width }), [2019, 2021], (y) => `${y}年起新模板`)))
    const doc = new DOMParser().parseFromString(chart.renderToSVGString(), 'image/svg+xml')
    return Array.from(doc.getElementsByTagName('text'))
      .filter((t) => /^20\d\d$/.test(t.textContent ?? ''))
      .map((t) => {
        const transform = t.getAttribute('transform') ?? ''
        const m = /translate\(([-\d.]+)[ ,]/.exec(transform) ?? /matrix\((?:[-\d.e]+[ ,]){4}([-\d.]+)/.exec(transform)
        return { year: t.textContent!, x: Number(m?.[1]) }
      })
  } finally {
    chart.dispose()
  }
}

describe('the trend chart’s year axis', () => {
  // 497: the panel at 1440×900; 333: at 390×844; 800: exports and the briefing
  for (const fontSize of [12, 16]) {
    for (const width of [333, 497, 800]) {
      it(`labels every one of ten years, none on top of another (font ${fontSize}, ${width} px)`, () => {
        const drawn = drawnYears(width, fontSize)
        expect(drawn.map((d) => d.year)).toEqual(YEARS.map(String))
        const rotate = yearLabelRotation(YEARS.length, width, fontSize)
        // side by side: four digits apart; turned: a line's height apart
        const room = rotate === 0 ? fontSize * 0.62 * 4 : fontSize * 1.1
        for (let i = 1; i < drawn.length; i++) expect(drawn[i].x - drawn[i - 1].x).toBeGreaterThanOrEqual(room)
      })
    }
  }
  it('keeps the labels upright when they fit', () => {
    expect(yearLabelRotation(10, 800, 16)).toBe(0)
    expect(yearLabelRotation(6, 497, 16)).toBe(0)
    expect(yearLabelRotation(10, 333, 16)).not.toBe(0)
  })
  it('writes the template markers’ labels apart, not one over the other (2019 and 2021 are two years apart)', () => {
    for (const [width, fontSize] of [
      [333, 16],
      [497, 12],
      [497, 16],
    ]) {
      const ctx = { ...ctxFor('en'), theme: { ...DEFAULT_THEME, fontSize } }
      const chart = init(null, null, { renderer: 'svg', ssr: true, width, height: 340 })
      chart.setOption(
        svgSafe(withTemplateMarkers(buildTrendsOption(series, ctx, { width }), [2019, 2021], (y) => `new template from ${y}`)),
      )
      const doc = new DOMParser().parseFromString(chart.renderToSVGString(), 'image/svg+xml')
      chart.dispose()
      const marks = Array.from(doc.getElementsByTagName('text'))
        .filter((t) => (t.textContent ?? '').startsWith('new template'))
        .map((t) => {
          const m = /matrix\(([-\d.e]+)[ ,]([-\d.e]+)[ ,](?:[-\d.e]+[ ,]){2}([-\d.e]+)/.exec(t.getAttribute('transform') ?? '')
          const x = m ? Number(m[3]) : Number(/translate\(([-\d.]+)/.exec(t.getAttribute('transform') ?? '')?.[1])
          const turned = m !== null && Math.abs(Number(m[2])) > 0.5
          return { x, turned, length: (t.textContent ?? '').length * fontSize * 0.55 }
        })
      expect(marks).toHaveLength(2)
      // turned along their lines they need a line's height between them; level, their length
      const room = marks.every((m) => m.turned) ? fontSize : Math.max(...marks.map((m) => m.length))
      expect(Math.abs(marks[1].x - marks[0].x), `${width} px, font ${fontSize}`).toBeGreaterThanOrEqual(room)
    }
  })
})
