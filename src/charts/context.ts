/** What every option builder receives besides its series: language and theme. */
import { formatNumber, type Locale, type Messages } from '../i18n/index.ts'
import type { ChartTheme } from './theme.ts'

export interface ChartContext {
  locale: Locale
  messages: Messages
  theme: ChartTheme
}

/** Number in the locale, or the "not stated" word for null. */
export function fmt(ctx: ChartContext, value: number | null, maxFraction = 2): string {
  return formatNumber(ctx.locale, value, ctx.messages.table.notStated, maxFraction)
}

/**
 * Tooltips are HTML; names come from a CSV someone may have edited by hand, so they are escaped
 * before they reach innerHTML.
 */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** ECharts' own "no value" marker: a gap, never a zero-height bar. */
export const GAP = '-'
export type Cell = number | typeof GAP

export function cell(v: number | null): Cell {
  return v === null ? GAP : v
}
