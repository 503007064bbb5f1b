/**
 * Any metric over the years, one line per township or per region sum. A year no report states
 * is a gap in the line (connectNulls off), and the tooltip says how many reports a point sums.
 */
import type { EChartsOption } from 'echarts'
import type { TrendSeries } from '../query/series/trends.ts'
import { fill } from '../i18n/index.ts'
import { baseOption, categoryAxisStyle, legendSpace, LINE_SYMBOLS, valueAxisStyle } from './base.ts'
import { cell, esc, fmt, type ChartContext } from './context.ts'

export function buildTrendsOption(series: TrendSeries, ctx: ChartContext): EChartsOption {
  const m = ctx.messages
  const byId = new Map(series.lines.map((l) => [l.id, l]))
  return {
    ...baseOption(ctx, { decal: false }),
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const { seriesId, dataIndex } = p as { seriesId: string; dataIndex: number }
        const line = byId.get(seriesId)!
        const covers = series.group === 'township' ? '' : ` (${fill(m.trends.covers, { n: line.covers[dataIndex] })})`
        return `<b>${esc(line.name)}</b> ${series.years[dataIndex]}<br/>${m.columns[series.metric]}: ${fmt(ctx, line.data[dataIndex])}${covers}`
      },
    },
    grid: { left: 8, right: 24, top: 32, bottom: legendSpace(ctx, series.lines.length), containLabel: true },
    xAxis: { type: 'category', data: series.years.map(String), boundaryGap: false, ...categoryAxisStyle(ctx) },
    // the axis title starts at the axis and runs right, inside the chart: centred on the axis
    // its first characters were cut off at the panel's edge ("额（万元，已知单位）")
    yAxis: { type: 'value', name: m.columns[series.metric], nameTextStyle: { align: 'left', color: ctx.theme.muted }, ...valueAxisStyle(ctx) },
    series: series.lines.map((l, k) => ({
      type: 'line' as const,
      symbol: LINE_SYMBOLS[k % LINE_SYMBOLS.length],
      id: l.id,
      name: l.name,
      data: l.data.map(cell),
      connectNulls: false,
      symbolSize: 8,
      triggerLineEvent: true,
    })),
  }
}
