/**
 * Chart colours and type as one token object. The page defines the same tokens as CSS
 * variables (src/styles/tokens.css) and useChartTheme reads them, so the 适老化 mode restyles
 * charts too; these defaults serve Node tests and SSR export.
 */
export interface ChartTheme {
  text: string
  muted: string
  axis: string
  grid: string
  /** background of exported images: always solid and light, so a PNG pasted into a report reads */
  exportBackground: string
  palette: string[]
  fontSize: number
  fontFamily: string
}

export const CJK_FONT_STACK = '"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif'

export const DEFAULT_THEME: ChartTheme = {
  text: '#1f2933',
  muted: '#52606d',
  axis: '#7b8794',
  grid: '#e4e7eb',
  exportBackground: '#ffffff',
  // Okabe–Ito order: distinguishable for the common colour-vision deficiencies; then two of
  // Paul Tol's (wine, teal), so the applications chart's ten series need no colour twice
  palette: ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#000000', '#882255', '#44aa99'],
  fontSize: 12,
  fontFamily: CJK_FONT_STACK,
}
