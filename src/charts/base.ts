/**
 * The parts every chart shares: aria description and decal patterns (so series differ by more
 * than colour), text style, palette, and a chart height that grows with the category count.
 */
import type { EChartsOption } from 'echarts'
import type { ChartContext } from './context.ts'
import { numberFormat } from '../i18n/index.ts'

/**
 * `decal: false` for charts whose series need no pattern to be told apart: one series (a
 * ranking), or lines, which differ by symbol shape (LINE_SYMBOLS). Decals cost a pattern
 * canvas per series on every draw (docs/measurements.md).
 */
export function baseOption(ctx: ChartContext, { decal = true }: { decal?: boolean } = {}): EChartsOption {
  const { theme } = ctx
  return {
    aria: { enabled: true, decal: { show: decal } },
    color: theme.palette,
    textStyle: { fontFamily: theme.fontFamily, fontSize: theme.fontSize, color: theme.text },
    animationDuration: 300,
    legend: { type: 'plain', bottom: 0, textStyle: { color: theme.text, fontSize: theme.fontSize } },
  }
}

/**
 * A grid whose box holds its axis labels too: ECharts 6's form of the deprecated
 * `containLabel: true` (its option docs give them as equivalent). A named axis in such a grid
 * also says `nameMoveOverlap: false`, which `containLabel` implied.
 */
export const LABELS_INSIDE = { outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' } as const

export function valueAxisStyle(ctx: ChartContext) {
  const { theme } = ctx
  return {
    // hideOverlap: on a phone, long numbers like 1,200 would otherwise run into each other
    axisLabel: {
      color: theme.muted,
      fontSize: theme.fontSize,
      hideOverlap: true,
      formatter: (v: number) => numberFormat(ctx.locale).format(v),
    },
    axisLine: { lineStyle: { color: theme.axis } },
    splitLine: { lineStyle: { color: theme.grid } },
  }
}

/**
 * Up to this many bars a horizontal bar chart is tall enough for every bar's label, even in
 * the 适老化 mode (barChartHeight stays under its cap); 21 = a roll-up's top 20 and its rest.
 */
const EVERY_LABEL_BARS = 21

/**
 * `bars`: a horizontal bar chart's category axis with that many bars. Up to EVERY_LABEL_BARS
 * every bar is labelled, and saying so spares ECharts measuring every label on every redraw
 * to work out which fit; beyond, and on axes of years, ECharts chooses.
 */
export function categoryAxisStyle(ctx: ChartContext, { bars = Infinity }: { bars?: number } = {}) {
  const { theme } = ctx
  return {
    axisLabel: { color: theme.text, fontSize: theme.fontSize, ...(bars <= EVERY_LABEL_BARS ? { interval: 0 } : {}) },
    axisLine: { lineStyle: { color: theme.axis } },
    axisTick: { alignWithLabel: true },
  }
}

/**
 * Room under the plot for a wrapping legend of `items` entries. The builder does not know the
 * width, so it assumes a phone (about 3 entries a line); on a wide screen this only adds air.
 */
export function legendSpace(ctx: ChartContext, items: number): number {
  const lines = Math.ceil(items / 3)
  return lines * (ctx.theme.fontSize + 14) + 12
}

/** Pixel height for a horizontal bar chart with `n` categories. */
export function barChartHeight(n: number, fontSize = 12, perRow = 2): number {
  const row = Math.max(22, fontSize * perRow + 8)
  return Math.min(1400, Math.max(240, 110 + n * row))
}

/** Symbol shapes for line series in turn, so lines differ by more than colour (no decals). */
export const LINE_SYMBOLS = [
  'circle',
  'rect',
  'triangle',
  'diamond',
  'emptyCircle',
  'emptyRect',
  'emptyTriangle',
  'emptyDiamond',
  'pin',
  'arrow',
] as const
