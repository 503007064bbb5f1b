/**
 * The ChartContext for option builders: current language plus the chart theme read from the
 * page's CSS tokens. Re-read when the 适老化 mode flips, since that swaps the tokens.
 */
import { computed } from 'vue'
import type { ChartContext } from '../charts/context.ts'
import { DEFAULT_THEME, type ChartTheme } from '../charts/theme.ts'
import { useElderMode } from './useElderMode.ts'
import { useI18n } from './useI18n.ts'

function cssVar(style: CSSStyleDeclaration | null, name: string, fallback: string): string {
  return style?.getPropertyValue(name).trim() || fallback
}

export function readChartTheme(): ChartTheme {
  const style = typeof document !== 'undefined' ? getComputedStyle(document.documentElement) : null
  const palette = DEFAULT_THEME.palette.map((c, i) => cssVar(style, `--chart-${i + 1}`, c))
  const size = Number.parseFloat(cssVar(style, '--chart-font-size', String(DEFAULT_THEME.fontSize)))
  return {
    text: cssVar(style, '--text', DEFAULT_THEME.text),
    muted: cssVar(style, '--text-muted', DEFAULT_THEME.muted),
    axis: cssVar(style, '--chart-axis', DEFAULT_THEME.axis),
    grid: cssVar(style, '--chart-grid', DEFAULT_THEME.grid),
    exportBackground: cssVar(style, '--export-bg', DEFAULT_THEME.exportBackground),
    palette,
    fontSize: Number.isFinite(size) ? size : DEFAULT_THEME.fontSize,
    fontFamily: cssVar(style, '--font-family', DEFAULT_THEME.fontFamily),
  }
}

export function useChartContext() {
  const { locale, t } = useI18n()
  const { elder } = useElderMode()
  return computed<ChartContext>(() => {
    void elder.value // dependency: the tokens change with the mode
    return { locale: locale.value, messages: t.value, theme: readChartTheme() }
  })
}
