/**
 * The option for an exported image: the panel's option plus its title, the active filters and
 * the source drawn in, on a solid background, with animation off so the first frame is final.
 */
import type { EChartsOption } from 'echarts'
import type { ChartTheme } from './theme.ts'

export interface ExportFrame {
  title: string
  /** the active filters, as one line of text */
  filters: string
  source: string
  theme: ChartTheme
  /** set for a synthetic dataset: drawn in red beside the source, so the image says so too */
  synthetic?: string | null
}

/** the red a synthetic dataset is named in (base.css .synthetic) */
export const SYNTHETIC_RED = '#c00000'

/** Room at the top for the title and filter lines. */
export const EXPORT_HEADER_PX = 64

type Grid = { top?: number | string; bottom?: number | string }

export function withExportFrame(option: EChartsOption, frame: ExportFrame): EChartsOption {
  const { theme } = frame
  const grid = (Array.isArray(option.grid) ? option.grid : [option.grid ?? {}]).map((g) => {
    const top = typeof (g as Grid).top === 'number' ? ((g as Grid).top as number) : 24
    const bottom = typeof (g as Grid).bottom === 'number' ? ((g as Grid).bottom as number) : 24
    return { ...g, top: top + EXPORT_HEADER_PX, bottom }
  })
  return {
    ...option,
    animation: false,
    backgroundColor: theme.exportBackground,
    title: [
      {
        text: frame.title,
        subtext: frame.filters,
        left: 12,
        top: 8,
        textStyle: { color: theme.text, fontSize: theme.fontSize + 4, fontFamily: theme.fontFamily },
        subtextStyle: { color: theme.muted, fontSize: theme.fontSize, fontFamily: theme.fontFamily },
      },
    ],
    graphic: [
      {
        type: 'text',
        // top right, beside the title: the legend owns the bottom edge
        right: 12,
        top: 14,
        style: { text: frame.source, fill: theme.muted, fontSize: Math.max(10, theme.fontSize - 2), fontFamily: theme.fontFamily },
      },
      ...(frame.synthetic
        ? [
            {
              type: 'text' as const,
              right: 12,
              top: 34,
              style: {
                text: frame.synthetic,
                fill: SYNTHETIC_RED,
                fontSize: theme.fontSize,
                fontWeight: 'bold' as const,
                fontFamily: theme.fontFamily,
              },
            },
          ]
        : []),
    ],
    grid,
    // the tooltip is interactive only; in a static image it would be an empty box
    tooltip: { show: false },
  }
}
