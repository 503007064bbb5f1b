/**
 * Disclosure channels per report, stacked: counts, or shares of the stated channels. A channel
 * the report does not state is a gap in the bar and reads 未说明 in the axis label and tooltip;
 * it is never drawn or summed as 0.
 */
import type { EChartsOption } from 'echarts'
import type { ChannelSeries } from '../query/series/channels.ts'
import { CHANNEL_COLUMNS as CHANNELS } from '../data/schema.ts'
import type { ChannelMode } from '../query/queryState.ts'
import { fill } from '../i18n/index.ts'
import { baseOption, categoryAxisStyle, legendSpace, valueAxisStyle, LABELS_INSIDE } from './base.ts'
import { GAP, cell, esc, fmt, type ChartContext } from './context.ts'

/** Share in percent with one decimal, or a gap when the channel is not stated. */
export function channelShare(value: number | null, statedSum: number): number | typeof GAP {
  if (value === null) return GAP
  return statedSum > 0 ? Math.round((value / statedSum) * 1000) / 10 : 0
}

export function buildChannelsOption(series: ChannelSeries, mode: ChannelMode, ctx: ChartContext): EChartsOption {
  const m = ctx.messages
  const rows = series.rows
  const axisLabel = (i: number) => {
    const r = rows[i]
    return r.unstatedCount ? `{name|${r.label}}\n{note|${fill(m.channels.notStatedCount, { n: r.unstatedCount })}}` : `{name|${r.label}}`
  }
  const cat = categoryAxisStyle(ctx, { bars: rows.length })
  return {
    ...baseOption(ctx),
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      // lists all six channels, so an unstated one reads 未说明 instead of disappearing
      formatter: (params: unknown) => {
        const first = (params as { dataIndex: number }[])[0]
        const r = rows[first.dataIndex]
        const lines = CHANNELS.map((c) => {
          const v = r.values[c]
          const share = mode === 'shares' && v !== null ? ` (${fmt(ctx, channelShare(v, r.statedSum) as number, 1)}%)` : ''
          return `${m.channels[c]}: ${v === null ? m.channels.notStated : fmt(ctx, v)}${share}`
        })
        return [`<b>${esc(r.label)}</b>`, ...lines].join('<br/>')
      },
    },
    // the legend above the bars: under 18 or more rows it sat a screen below the first bar
    legend: { ...(baseOption(ctx).legend as object), top: 0, bottom: undefined, data: CHANNELS.map((c) => m.channels[c]) },
    grid: { left: 8, right: 8, top: legendSpace(ctx, CHANNELS.length), bottom: 8, ...LABELS_INSIDE },
    yAxis: [
      {
        type: 'category',
        inverse: true,
        data: rows.map((r) => r.label),
        ...cat,
        axisLabel: {
          ...cat.axisLabel,
          formatter: (_: string, i: number) => axisLabel(i),
          // the not-stated count at full size, so it is not missed
          rich: {
            name: { color: ctx.theme.text, fontSize: ctx.theme.fontSize },
            note: { color: ctx.theme.muted, fontSize: ctx.theme.fontSize },
          },
        },
      },
      // each bar's total (the stated channels' sum) on the right, an axis of its own, so no
      // made-up bar carries it; shares all end at 100%, so they show none
      {
        type: 'category',
        inverse: true,
        position: 'right',
        data: rows.map((r) => (mode === 'counts' ? fmt(ctx, r.statedSum) : '')),
        axisLine: { show: false },
        axisTick: { show: false },
        axisLabel: { color: ctx.theme.text, fontSize: ctx.theme.fontSize, fontWeight: 600, ...(rows.length <= 21 ? { interval: 0 } : {}) },
      },
    ],
    xAxis: { type: 'value', max: mode === 'shares' ? 100 : undefined, ...valueAxisStyle(ctx) },
    series: CHANNELS.map((c) => ({
      type: 'bar' as const,
      id: c,
      name: m.channels[c],
      stack: 'channels',
      emphasis: { focus: 'series' as const },
      data: rows.map((r) => ({
        value: mode === 'shares' ? channelShare(r.values[c], r.statedSum) : cell(r.values[c]),
        key: r.key,
        drill: r.drill,
      })),
    })),
  }
}
