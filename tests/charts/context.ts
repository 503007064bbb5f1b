/** A fixed ChartContext for builder tests: default theme, chosen language. */
import { MESSAGES, type Locale } from '../../src/i18n/index.ts'
import { DEFAULT_THEME } from '../../src/charts/theme.ts'
import type { ChartContext } from '../../src/charts/context.ts'

export function ctxFor(locale: Locale = 'zh-CN'): ChartContext {
  return { locale, messages: MESSAGES[locale], theme: DEFAULT_THEME }
}

/** The `value` of each data item of a series, the way a reader sees the bars. */
export function values(series: unknown): unknown[] {
  return ((series as { data: unknown[] }).data ?? []).map((d) =>
    d !== null && typeof d === 'object' && 'value' in d ? (d as { value: unknown }).value : d,
  )
}
