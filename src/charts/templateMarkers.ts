/**
 * Dashed lines on a trend chart's year axis where a new report template took effect (2019,
 * 2021): the figures before and after count different things. Added to a built option, so the
 * trends builder stays as it is. Needs MarkLineComponent (registerMarkers.ts).
 */
import type { EChartsOption } from 'echarts'

export function withTemplateMarkers(
  option: EChartsOption,
  markerYears: readonly number[],
  label: (year: number) => string,
  color = '#888',
): EChartsOption {
  const axis = Array.isArray(option.xAxis) ? option.xAxis[0] : option.xAxis
  const categories = ((axis as { data?: unknown[] } | undefined)?.data ?? []).map(String)
  const marks = markerYears.map(String).filter((y) => categories.indexOf(y) > 0)
  const series = Array.isArray(option.series) ? option.series : option.series ? [option.series] : []
  if (!marks.length || !series.length) return option
  const [first, ...rest] = series
  return {
    ...option,
    series: [
      {
        ...first,
        markLine: {
          silent: true,
          symbol: 'none',
          animation: false,
          lineStyle: { type: 'dashed', color, width: 1 },
          // along its own line, inside the plot at the top: two markers two years apart wrote
          // their labels over each other above the plot ("2019年起新模板" on "2021年起新模板")
          label: {
            show: true,
            position: 'insideEndTop',
            color,
            textBorderColor: '#fff',
            textBorderWidth: 3,
            formatter: (p: { value?: unknown; name?: string }) => label(Number(p.name)),
          },
          data: marks.map((y) => ({ xAxis: y, name: y })),
        },
      } as typeof first,
      ...rest,
    ],
  }
}
