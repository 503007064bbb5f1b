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
  const cat = categoryAxisStyle(ctx, { bars: rows.length })
  const value = valueAxisStyle(ctx)

  const tooltip = {
    trigger: 'axis' as const,
    axisPointer: { type: 'shadow' as const },
    formatter: (params: unknown) => {
      const r = rows[(params as { dataIndex: number }[])[0].dataIndex]
      const amount = unitless.has(r.reportId) ? m.procurement.unitMissingMark : fmt(ctx, r.amountWan)
      return `<b>${esc(r.label)}</b><br/>${m.procurement.projects}: ${fmt(ctx, r.projects)}<br/>${m.procurement.amountWan}: ${amount}`
    },
  }
  const yAxis = {
    type: 'category' as const,
    inverse: true,
    data: rows.map((r) => r.label),
    ...cat,
    axisLabel: {
      ...cat.axisLabel,
      formatter: (label: string, i: number) =>
        unitless.has(rows[i].reportId) ? `{name|${label}}\n{warn|⚠ ${m.procurement.unitMissingMark}}` : `{name|${label}}`,
      rich: { name: { color: ctx.theme.text, fontSize: ctx.theme.fontSize }, warn: { color: ctx.theme.muted, fontSize: Math.max(10, ctx.theme.fontSize - 2) } },
    },
  }
  const axis = (name: string) => ({ type: 'value' as const, name, nameLocation: 'middle' as const, nameGap: 26, ...value })
  const projects = { type: 'bar' as const, id: 'projects', name: m.procurement.projects, data: rows.map((r) => ({ value: cell(r.projects), key: r.key, drill: r.drill })) }

  // With no comparable amount (all unitless or unstated) an empty amount axis would read as
  // "zero"; draw projects alone and let the list below the chart carry the raw amounts.
  if (!rows.some((r) => r.amountWan !== null)) {
    return {
      ...baseOption(ctx),
      tooltip,
      grid: { left: 8, right: 24, top: 16, bottom: 30 + legendSpace(ctx, 1), containLabel: true },
      yAxis,
      xAxis: { ...axis(m.procurement.projects), position: 'bottom', minInterval: 1 },
      series: [projects],
    }
  }
  return {
    ...baseOption(ctx),
    tooltip,
    grid: { left: 8, right: 24, top: 48, bottom: 30 + legendSpace(ctx, 2), containLabel: true },
    yAxis,
    xAxis: [
      { ...axis(m.procurement.amountWan), position: 'bottom' },
      { ...axis(m.procurement.projects), position: 'top', minInterval: 1, splitLine: { show: false } },
    ],
    series: [
      { type: 'bar', id: 'amount_wan', name: m.procurement.amountWan, xAxisIndex: 0, data: rows.map((r) => ({ value: cell(r.amountWan), key: r.key, drill: r.drill })) },
      { ...projects, xAxisIndex: 1 },
    ],
  }
}
