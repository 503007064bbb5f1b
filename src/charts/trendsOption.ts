/**
 * Any metric over the years, one line per township or per region sum. A year no report states
 * is a gap in the line (connectNulls off), and the tooltip says how many reports a point sums.
 */
import type { EChartsOption } from 'echarts'
import type { TrendSeries } from '../query/series/trends.ts'
import { fill } from '../i18n/index.ts'
import { baseOption, categoryAxisStyle, legendSpace, LINE_SYMBOLS, valueAxisStyle, LABELS_INSIDE } from './base.ts'
import { cell, esc, fmt, type ChartContext } from './context.ts'

/** Width of the chart the option is drawn at when the panel does not say (exports are 800 wide). */
const DEFAULT_WIDTH = 800

/**
 * Every year labelled: left to ECharts, a crowded axis showed every other year and then hid
 * the last one under its neighbour (2023 shown, 2024 not), in the 适老化 mode on any screen.
 * The labels turn when they do not fit side by side, upright when even turned they do not.
 */
export function yearLabelRotation(years: number, width: number, fontSize: number): number {
  // the plot: the chart less the value axis' labels (~6 digits) and the grid's margins
  const plot = width - 32 - fontSize * 0.62 * 6
  const slot = plot / Math.max(1, years - 1) // boundaryGap off: labels sit on the ends
  if (slot >= fontSize * 0.62 * 4 + fontSize * 0.6) return 0
  if (slot >= fontSize * 1.6) return 45
  return 90
}

export function buildTrendsOption(
  series: TrendSeries,
  ctx: ChartContext,
  { width = DEFAULT_WIDTH }: { width?: number } = {},
): EChartsOption {
  const m = ctx.messages
  const style = categoryAxisStyle(ctx)
  const rotate = yearLabelRotation(series.years.length, width, ctx.theme.fontSize)
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
    grid: { left: 8, right: 24, top: 32, bottom: legendSpace(ctx, series.lines.length), ...LABELS_INSIDE },
    xAxis: {
      type: 'category',
      data: series.years.map(String),
      boundaryGap: false,
      ...style,
      axisLabel: { ...style.axisLabel, interval: 0, rotate },
    },
    // the axis title starts at the axis and runs right, inside the chart: centred on the axis
    // its first characters would be cut off at the panel's edge ("额（万元，已知单位）")
    yAxis: {
      type: 'value',
      name: m.columns[series.metric],
      nameMoveOverlap: false,
      nameTextStyle: { align: 'left', color: ctx.theme.muted },
      ...valueAxisStyle(ctx),
    },
    series: series.lines.map((l, k) => ({
      type: 'line' as const,
      symbol: LINE_SYMBOLS[k % LINE_SYMBOLS.length],
      id: l.id,
      name: l.name,
      data: l.data.map(cell),
      connectNulls: false,
      symbolSize: 8,
      // clicks on the line itself, not only on its points, filter the page (crossFilter.ts)
      triggerEvent: 'line' as const,
    })),
  }
}
