/**
 * Disclosure on application per report: new applications, the outcomes stacked, and the
 * reconsiderations and lawsuits about disclosure. Unstated values are gaps.
 */
import type { EChartsOption } from 'echarts'
import type { ApplicationSeries } from '../query/series/applications.ts'
import { APPLICATION_COLUMNS as FIELDS, OUTCOME_COLUMNS as OUTCOMES } from '../data/schema.ts'
import { baseOption, categoryAxisStyle, legendSpace, valueAxisStyle, LABELS_INSIDE } from './base.ts'
import { cell, esc, fmt, type ChartContext } from './context.ts'

export function buildApplicationsOption(series: ApplicationSeries, ctx: ChartContext): EChartsOption {
  const m = ctx.messages
  const rows = series.rows
  // every value a stated zero: bars of no length on a 0–1 axis read as an empty chart, so the
  // axis numbers go and each row says 0 (the panel's note says why)
  const allZero = rows.length > 0 && rows.every((r) => FIELDS.every((f) => !r.values[f]))
  const value = valueAxisStyle(ctx)
  return {
    ...baseOption(ctx),
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const r = rows[(params as { dataIndex: number }[])[0].dataIndex]
        return [`<b>${esc(r.label)}</b>`, ...FIELDS.map((f) => `${m.columns[f]}: ${fmt(ctx, r.values[f])}`)].join('<br/>')
      },
    },
    grid: { left: 8, right: 24, top: 8, bottom: legendSpace(ctx, FIELDS.length), ...LABELS_INSIDE },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), ...categoryAxisStyle(ctx, { bars: rows.length }) },
    xAxis: { type: 'value', minInterval: 1, ...value, ...(allZero ? { max: 1, axisLabel: { ...value.axisLabel, show: false } } : {}) },
    series: FIELDS.map((f) => ({
      type: 'bar' as const,
      id: f,
      name: m.columns[f],
      // outcomes add up to the total handled, so they share one stacked bar
      stack: (OUTCOMES as readonly string[]).includes(f) ? 'outcomes' : undefined,
      // a stated 0 has no bar; the label on new applications keeps it from reading as missing
      label:
        f === 'apps_new'
          ? {
              show: true,
              position: 'right' as const,
              color: ctx.theme.muted,
              formatter: (p: { value: unknown }) => (p.value === '-' ? m.table.notStated : fmt(ctx, Number(p.value))),
            }
          : undefined,
      data: rows.map((r) => ({ value: cell(r.values[f]), key: r.key, drill: r.drill })),
    })),
  }
}
