/**
 * ECharts' large-data switches, applied to any panel's option by the size of the selection.
 * Above LARGE_SELECTION reports animation is off: a tween on every filter change makes
 * redraws feel slow, and it delays the 'finished' event the bench waits for.
 * Series with many points get `large` (bars: one path instead of one element per bar) and
 * `progressive` (drawn in frames), lines get LTTB `sampling` (keeps peaks, drops the rest of
 * what one pixel cannot show). With roll-ups no bar chart draws more than ~20 bars, so these
 * apply to lines with many categories and to future per-report charts. Pure.
 */
import type { EChartsOption } from 'echarts'

export const LARGE_SELECTION = 5_000
/** a series with more points than this is drawn with the large-data options */
export const LARGE_SERIES = 1_000

type AnySeries = { type?: string; data?: unknown[] } & Record<string, unknown>

export function withScaleOptions(option: EChartsOption, reports: number): EChartsOption {
  if (reports < LARGE_SELECTION) return option
  const list = (Array.isArray(option.series) ? option.series : option.series ? [option.series] : []) as AnySeries[]
  const series = list.map((s) => {
    const n = Array.isArray(s.data) ? s.data.length : 0
    if (n <= LARGE_SERIES) return s
    if (s.type === 'line') return { ...s, sampling: 'lttb', showSymbol: false, progressive: 2_000 }
    if (s.type === 'bar') return { ...s, large: true, largeThreshold: LARGE_SERIES, progressive: 2_000 }
    return s
  })
  return { ...option, animation: false, series: series as EChartsOption['series'] }
}
