/**
 * Central procurement: projects and amounts per report, side by side on two value axes.
 * Amounts are drawn in 万元 only where the report gives the unit; a report whose amount has no
 * unit gets no amount bar and a mark under its name (the raw figure is listed apart).
 */
import type { EChartsOption } from 'echarts'
import type { ProcurementSeries } from '../stores/series/procurement.ts'
import { baseOption, categoryAxisStyle, legendSpace, valueAxisStyle } from './base.ts'
import { cell, esc, fmt, type ChartContext } from './context.ts'

export function buildProcurementOption(series: ProcurementSeries, ctx: ChartContext): EChartsOption {
  const m = ctx.messages
  const rows = series.rows
  const unitless = new Set(series.unitless.map((u) => u.reportId))
  const cat = categoryAxisStyle(ctx)
  const value = valueAxisStyle(ctx)
  return {
    ...baseOption(ctx),
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const r = rows[(params as { dataIndex: number }[])[0].dataIndex]
        const amount = unitless.has(r.reportId) ? `${m.procurement.unitMissingMark}` : fmt(ctx, r.amountWan)
        return `<b>${esc(r.label)}</b><br/>${m.procurement.projects}: ${fmt(ctx, r.projects)}<br/>${m.procurement.amountWan}: ${amount}`
      },
    },
    grid: { left: 8, right: 24, top: 48, bottom: 30 + legendSpace(ctx, 2), containLabel: true },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.label),
      ...cat,
      axisLabel: {
        ...cat.axisLabel,
        formatter: (label: string, i: number) =>
          unitless.has(rows[i].reportId) ? `{name|${label}}\n{warn|⚠ ${m.procurement.unitMissingMark}}` : `{name|${label}}`,
        rich: { name: { color: ctx.theme.text, fontSize: ctx.theme.fontSize }, warn: { color: ctx.theme.muted, fontSize: Math.max(10, ctx.theme.fontSize - 2) } },
      },
    },
    xAxis: [
      { type: 'value', name: m.procurement.amountWan, nameLocation: 'middle', nameGap: 26, position: 'bottom', ...value },
      { type: 'value', name: m.procurement.projects, nameLocation: 'middle', nameGap: 26, position: 'top', minInterval: 1, ...value, splitLine: { show: false } },
    ],
    series: [
      { type: 'bar', id: 'amount_wan', name: m.procurement.amountWan, xAxisIndex: 0, data: rows.map((r) => ({ value: cell(r.amountWan), key: r.key })) },
      { type: 'bar', id: 'projects', name: m.procurement.projects, xAxisIndex: 1, data: rows.map((r) => ({ value: cell(r.projects), key: r.key })) },
    ],
  }
}
