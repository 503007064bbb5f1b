/** Information disclosed proactively: ranked horizontal bars by township, or columns by year. */
import type { EChartsOption } from 'echarts'
import type { VolumeSeries } from '../query/series/volume.ts'
import { baseOption, categoryAxisStyle, valueAxisStyle } from './base.ts'
import { esc, fmt, type ChartContext } from './context.ts'
import { fill } from '../i18n/index.ts'

/**
 * A roll-up's bar sums every township of a region, so regions with more townships rank higher
 * whatever their townships do: the bar's label gives the mean per report beside the sum, and
 * the tooltip the year and how many reports stated the figure.
 */
export function buildVolumeOption(series: VolumeSeries, ctx: ChartContext): EChartsOption {
  const m = ctx.messages
  const name = m.volume.series
  const rolledUp = series.items.some((i) => i.drill !== undefined)
  const mean = (i: (typeof series.items)[number]) => (i.reports ? i.value / i.reports : null)
  const tooltip = {
    trigger: 'item' as const,
    formatter: (params: unknown) => {
      const p = params as { name: string; value: number; dataIndex: number }
      const item = series.items[p.dataIndex]
      const year = series.mode === 'year' ? item?.label : series.year
      const lines = [`<b>${esc(p.name)}</b>`, `${year ?? ''}${m.volume.yearSuffix} · ${name}: ${fmt(ctx, p.value)}`]
      if (item) lines.push(fill(m.volume.stated, { n: fmt(ctx, item.reports), mean: fmt(ctx, mean(item), 0) }))
      return lines.join('<br/>')
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
    grid: { left: 8, right: rolledUp ? 120 : 48, top: 8, bottom: 8, containLabel: true },
    // largest first, read top to bottom
    yAxis: { type: 'category', inverse: true, data: series.items.map((i) => i.label), ...categoryAxisStyle(ctx, { bars: series.items.length }) },
    xAxis: { type: 'value', ...valueAxisStyle(ctx) },
    series: [
      {
        type: 'bar',
        name,
        data: series.items.map((i) => ({ value: i.value, name: i.label, key: i.key, drill: i.drill })),
        label: {
          show: true,
          position: 'right',
          color: ctx.theme.text,
          formatter: (p: { value: unknown; dataIndex: number }) =>
            rolledUp ? fill(m.volume.sumAndMean, { sum: fmt(ctx, p.value as number), mean: fmt(ctx, mean(series.items[p.dataIndex]), 0) }) : fmt(ctx, p.value as number),
        },
      },
    ],
  }
}
