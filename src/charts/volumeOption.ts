/** Information disclosed proactively: ranked horizontal bars by township, or columns by year. */
import type { EChartsOption } from 'echarts'
import type { VolumeSeries } from '../stores/series/volume.ts'
import { baseOption, categoryAxisStyle, valueAxisStyle } from './base.ts'
import { esc, fmt, type ChartContext } from './context.ts'

export function buildVolumeOption(series: VolumeSeries, ctx: ChartContext): EChartsOption {
  const name = ctx.messages.volume.series
  const tooltip = {
    trigger: 'item' as const,
    formatter: (params: unknown) => {
      const p = params as { name: string; value: number }
      return `${esc(p.name)}<br/>${name}: ${fmt(ctx, p.value)}`
    },
  }
  if (series.mode === 'year') {
    return {
      ...baseOption(ctx, { decal: false }),
      legend: { show: false },
      tooltip,
      grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: series.items.map((i) => i.label), ...categoryAxisStyle(ctx) },
      yAxis: { type: 'value', ...valueAxisStyle(ctx) },
      series: [
        {
          type: 'bar',
          name,
          // `year` rides on each data item so a click can filter to that year
          data: series.items.map((i) => ({ value: i.value, name: i.label, year: i.key })),
          label: { show: true, position: 'top', color: ctx.theme.text, formatter: (p: { value: unknown }) => fmt(ctx, p.value as number) },
        },
      ],
    }
  }
  return {
    ...baseOption(ctx, { decal: false }),
    legend: { show: false },
    tooltip,
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    // largest first, read top to bottom
    yAxis: { type: 'category', inverse: true, data: series.items.map((i) => i.label), ...categoryAxisStyle(ctx, { bars: series.items.length }) },
    xAxis: { type: 'value', ...valueAxisStyle(ctx) },
    series: [
      {
        type: 'bar',
        name,
        data: series.items.map((i) => ({ value: i.value, name: i.label, key: i.key, drill: i.drill })),
        label: { show: true, position: 'right', color: ctx.theme.text, formatter: (p: { value: unknown }) => fmt(ctx, p.value as number) },
      },
    ],
  }
}
