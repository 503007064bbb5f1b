/**
 * Central procurement: amounts (万元) and projects per report or region, as two bar charts side
 * by side that share the rows, each with its own axis and each bar labelled with its value. On
 * one chart with two value axes, bars of similar length meant unrelated numbers and could not
 * be compared. Amounts are drawn in 万元 only where the report gives the unit; a value not
 * stated is a gap (never a zero bar), and the row's name says which value is missing.
 */
import type { EChartsOption } from 'echarts'
import type { ProcurementSeries } from '../query/series/procurement.ts'
import { baseOption, categoryAxisStyle, legendSpace, valueAxisStyle, LABELS_INSIDE } from './base.ts'
import { cell, esc, fmt, type ChartContext } from './context.ts'

export function buildProcurementOption(series: ProcurementSeries, ctx: ChartContext): EChartsOption {
  const m = ctx.messages
  const rows = series.rows
  const unitless = new Set(series.unitless.map((u) => u.reportId))
  const cat = categoryAxisStyle(ctx, { bars: rows.length })
  const value = valueAxisStyle(ctx)
  const hasAmounts = rows.some((r) => r.amountWan !== null)

  const tooltip = {
    trigger: 'axis' as const,
    axisPointer: { type: 'shadow' as const },
    formatter: (params: unknown) => {
      const r = rows[(params as { dataIndex: number }[])[0].dataIndex]
      const amount = unitless.has(r.reportId) ? m.procurement.unitMissingMark : fmt(ctx, r.amountWan)
      return `<b>${esc(r.label)}</b><br/>${m.procurement.projects}: ${fmt(ctx, r.projects)}<br/>${m.procurement.amountWan}: ${amount}`
    },
  }
  const labels = rows.map((r) => r.label)
  const yAxis = (grid: number, show: boolean) => ({
    type: 'category' as const,
    gridIndex: grid,
    inverse: true,
    data: labels,
    ...cat,
    axisLabel: show
      ? {
          ...cat.axisLabel,
          formatter: (label: string, i: number) => {
            const missing = missingOf(rows[i])
            return missing ? `{name|${label}}\n{warn|⚠ ${missing}}` : `{name|${label}}`
          },
          rich: {
            name: { color: ctx.theme.text, fontSize: ctx.theme.fontSize },
            warn: { color: ctx.theme.muted, fontSize: Math.max(10, ctx.theme.fontSize - 2) },
          },
        }
      : { show: false },
  })
  const axis = (grid: number, name: string, integer: boolean) => ({
    type: 'value' as const,
    gridIndex: grid,
    name,
    nameLocation: 'middle' as const,
    nameGap: 26,
    nameMoveOverlap: false,
    ...value,
    ...(integer ? { minInterval: 1 } : {}),
  })
  /** what a row does not state, for the mark under its name ('' = nothing missing) */
  const missingOf = (r: (typeof rows)[number]): string => {
    const parts: string[] = []
    if (unitless.has(r.reportId)) parts.push(m.procurement.unitMissingMark)
    else if (r.amountWan === null && hasAmounts) parts.push(m.procurement.amountMissing)
    if (r.projects === null) parts.push(m.procurement.projectsMissing)
    return parts.join(m.app.listSep)
  }
  const bar = (v: number | null, r: (typeof rows)[number]) => ({ value: cell(v), key: r.key, drill: r.drill })
  const label = (integer: boolean) => ({
    show: true,
    position: 'right' as const,
    color: ctx.theme.muted,
    formatter: (p: { value: unknown }) => fmt(ctx, Number(p.value), integer ? 0 : 2),
  })
  const projects = {
    type: 'bar' as const,
    id: 'projects',
    name: m.procurement.projects,
    label: label(true),
    data: rows.map((r) => bar(r.projects, r)),
  }

  // With no comparable amount (all unitless or unstated) an empty amount chart would read as
  // "zero"; draw projects alone and let the list below the chart carry the raw amounts.
  if (!hasAmounts) {
    return {
      ...baseOption(ctx),
      tooltip,
      grid: { left: 8, right: 48, top: 16, bottom: 30 + legendSpace(ctx, 1), ...LABELS_INSIDE },
      yAxis: yAxis(0, true),
      xAxis: axis(0, m.procurement.projects, true),
      series: [{ ...projects }],
    }
  }
  return {
    ...baseOption(ctx),
    tooltip,
    // the rows' names on the left chart only; each chart leaves room for its bars' labels
    grid: [
      { left: 8, right: '52%', top: 16, bottom: 30 + legendSpace(ctx, 2), ...LABELS_INSIDE },
      { left: '52%', right: 48, top: 16, bottom: 30 + legendSpace(ctx, 2), ...LABELS_INSIDE },
    ],
    yAxis: [yAxis(0, true), yAxis(1, false)],
    xAxis: [axis(0, m.procurement.amountWan, false), axis(1, m.procurement.projects, true)],
    series: [
      {
        type: 'bar',
        id: 'amount_wan',
        name: m.procurement.amountWan,
        xAxisIndex: 0,
        yAxisIndex: 0,
        label: label(false),
        data: rows.map((r) => bar(r.amountWan, r)),
      },
      { ...projects, xAxisIndex: 1, yAxisIndex: 1 },
    ],
  }
}
