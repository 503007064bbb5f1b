/**
 * Small multiples: one grid per metric (2 × 2), grouped bars per township over the years. A
 * township keeps its colour and pattern in every grid, so the eye can follow it. Unstated
 * values are gaps; the tooltip says 未说明 for them and 无报告 where there is no report.
 */
import type { EChartsOption } from 'echarts'
import type { CompareSeries } from '../query/series/compare.ts'
import { COMPARE_METRICS } from '../query/series/compare.ts'
import { baseOption, categoryAxisStyle, valueAxisStyle, LABELS_INSIDE } from './base.ts'
import { cell, esc, fmt, type ChartContext } from './context.ts'

const DECALS = ['rect', 'circle', 'triangle', 'diamond'] as const

/** rows of two grids: COMPARE_METRICS in pairs */
const ROWS = Math.ceil(COMPARE_METRICS.length / 2)
/** Grid boxes in percent of the chart: two columns, ROWS rows, room for titles and the legend. */
function gridBox(i: number) {
  const col = i % 2
  const row = Math.floor(i / 2)
  const band = 88 / ROWS
  return {
    left: col ? '54%' : '2%',
    width: '44%',
    top: `${(row * band + 4).toFixed(1)}%`,
    height: `${(band - 12).toFixed(1)}%`,
    ...LABELS_INSIDE,
  }
}
/** a grid's title, just above it */
function titleTop(i: number): string {
  return `${(Math.floor(i / 2) * (88 / ROWS)).toFixed(1)}%`
}

export function buildCompareOption(series: CompareSeries, ctx: ChartContext): EChartsOption {
  const m = ctx.messages
  const notStated = new Set(series.notStated.map((c) => `${c.metric}|${c.township}|${c.year}`))
  const metrics = COMPARE_METRICS
  return {
    ...baseOption(ctx),
    title: metrics.map((metric, i) => {
      const g = gridBox(i)
      return {
        text: m.compare.metrics[metric],
        left: g.left,
        top: titleTop(i),
        textStyle: { fontSize: ctx.theme.fontSize + 1, color: ctx.theme.text },
      }
    }),
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (p: unknown) => {
        const items = p as Array<{ seriesId: string; dataIndex: number }>
        if (!items.length) return ''
        const metric = items[0].seriesId.split('|')[0] as (typeof COMPARE_METRICS)[number]
        const year = series.years[items[0].dataIndex]
        const lines = series.townships.map((t, ti) => {
          const v = series.values[metric][ti][items[0].dataIndex]
          const text = v !== null ? fmt(ctx, v) : notStated.has(`${metric}|${t.name}|${year}`) ? m.table.notStated : '—'
          return `${esc(t.name)}: ${text}`
        })
        return `<b>${esc(m.compare.metrics[metric])}</b> ${year}<br/>${lines.join('<br/>')}`
      },
    },
    legend: { ...baseOption(ctx).legend, data: series.townships.map((t) => t.name) },
    grid: metrics.map((_, i) => gridBox(i)),
    xAxis: metrics.map((_, i) => ({ type: 'category' as const, gridIndex: i, data: series.years.map(String), ...categoryAxisStyle(ctx) })),
    yAxis: metrics.map((_, i) => ({ type: 'value' as const, gridIndex: i, minInterval: 1, ...valueAxisStyle(ctx) })),
    series: metrics.flatMap((metric, i) =>
      series.townships.map((t, ti) => ({
        type: 'bar' as const,
        id: `${metric}|${ti}`,
        name: t.name,
        xAxisIndex: i,
        yAxisIndex: i,
        data: series.values[metric][ti].map(cell),
        itemStyle: { color: ctx.theme.palette[ti % ctx.theme.palette.length], decal: { symbol: DECALS[ti % DECALS.length] } },
        barMaxWidth: 28,
      })),
    ),
  }
}
