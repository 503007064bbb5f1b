/** Information disclosed proactively: ranked horizontal bars by township, or columns by year. */
import type { EChartsOption } from 'echarts'
import type { VolumeSeries } from '../query/series/volume.ts'
import { baseOption, categoryAxisStyle, valueAxisStyle, LABELS_INSIDE } from './base.ts'
import { esc, fmt, type ChartContext } from './context.ts'
import { fill } from '../i18n/index.ts'

/**
 * A roll-up's bar sums every township of a region, so regions with more townships rank higher
 * whatever their townships do: the bar's label gives the mean per report and the median
 * township beside the sum, and the tooltip the year and how many reports stated the figure.
 */
/** Below this chart width a roll-up's bar label takes two lines: the sum, then mean and median. */
const ONE_LINE_WIDTH = 600

/** Whether a roll-up's bar labels take two lines at this width (VolumePanel sizes its rows by it). */
export function volumeLabelLines(series: VolumeSeries, width: number): 1 | 2 {
  return series.mode === 'township' && series.items.some((i) => i.drill !== undefined) && width < ONE_LINE_WIDTH ? 2 : 1
}

/** Rough pixel width of a label: CJK characters a full em, the rest ~0.6 em. */
function textWidth(text: string, fontSize: number): number {
  let w = 0
  for (const c of text) w += (/[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(c) ? 1 : 0.6) * fontSize
  return w
}

/** `width`: the chart's width (exports are 800 wide), for the room the bar labels take. */
export function buildVolumeOption(series: VolumeSeries, ctx: ChartContext, { width = 800 }: { width?: number } = {}): EChartsOption {
  const m = ctx.messages
  const name = m.volume.series
  const rolledUp = series.items.some((i) => i.drill !== undefined)
  const mean = (i: (typeof series.items)[number]) => (i.reports ? i.value / i.reports : null)
  const twoLines = volumeLabelLines(series, width) === 2
  /** a bar's label: the figure, and beside it (or under it, when narrow) a roll-up's mean and median */
  const barLabel = (i: (typeof series.items)[number] | undefined, value: number): string => {
    if (!rolledUp || !i) return fmt(ctx, value)
    const figures = { sum: fmt(ctx, value), mean: fmt(ctx, mean(i), 0), median: fmt(ctx, i.median ?? null, 0) }
    // a landing.json written before medians were kept has none: sum and mean only
    const full = fill(i.median != null ? m.volume.sumMeanMedian : m.volume.sumAndMean, figures)
    if (!twoLines) return full
    const open = full.indexOf(figures.sum) + figures.sum.length
    return `${figures.sum}\n${full
      .slice(open)
      .trim()
      .replace(/^[（(]|[）)]$/g, '')}`
  }
  const labelRoom =
    series.mode === 'year'
      ? 0
      : Math.max(
          ...series.items.map((i) =>
            Math.max(
              ...barLabel(i, i.value)
                .split('\n')
                .map((l) => textWidth(l, ctx.theme.fontSize)),
            ),
          ),
          0,
        ) + 12
  const tooltip = {
    trigger: 'item' as const,
    formatter: (params: unknown) => {
      const p = params as { name: string; value: number; dataIndex: number }
      const item = series.items[p.dataIndex]
      const year = series.mode === 'year' ? item?.label : series.year
      const lines = [`<b>${esc(p.name)}</b>`, `${year ?? ''}${m.volume.yearSuffix} · ${name}: ${fmt(ctx, p.value)}`]
      if (item) lines.push(fill(m.volume.stated, { n: fmt(ctx, item.reports), mean: fmt(ctx, mean(item), 0) }))
      if (item?.median != null) lines.push(fill(m.volume.median, { median: fmt(ctx, item.median, 0) }))
      return lines.join('<br/>')
    },
  }
  if (series.mode === 'year') {
    return {
      ...baseOption(ctx, { decal: false }),
      legend: { show: false },
      tooltip,
      grid: { left: 8, right: 16, top: 24, bottom: 8, ...LABELS_INSIDE },
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
    grid: { left: 8, right: Math.min(Math.round(width * 0.5), Math.max(48, Math.round(labelRoom))), top: 8, bottom: 8, ...LABELS_INSIDE },
    // largest first, read top to bottom
    yAxis: {
      type: 'category',
      inverse: true,
      data: series.items.map((i) => i.label),
      ...categoryAxisStyle(ctx, { bars: series.items.length }),
    },
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
          lineHeight: Math.round(ctx.theme.fontSize * 1.25),
          formatter: (p: { value: unknown; dataIndex: number }) => barLabel(series.items[p.dataIndex], p.value as number),
        },
      },
    ],
  }
}
