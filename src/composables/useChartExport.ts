/**
 * PNG and SVG export of a panel's chart. The image is drawn on a fresh offscreen chart from a
 * cloned option with the panel title, the active filters and the source added (withExportFrame),
 * so what is on screen is never resized or re-titled.
 */
import { init } from 'echarts/core'
import type { EChartsOption } from 'echarts'
import { withExportFrame, EXPORT_HEADER_PX } from '../charts/exportOption.ts'
import type { ChartTheme } from '../charts/theme.ts'
import { dataUrlToBlob, downloadBlob } from './download.ts'

export interface ExportRequest {
  option: EChartsOption
  title: string
  filters: string
  source: string
  theme: ChartTheme
  synthetic?: string | null
  /** on-screen chart size; exports are at least 800 px wide so phone exports stay legible */
  width: number
  height: number
  filename: string
}

function size(req: Pick<ExportRequest, 'width' | 'height'>) {
  return { width: Math.max(800, Math.round(req.width)), height: Math.round(req.height) + EXPORT_HEADER_PX + 20 }
}

export async function exportPng(req: ExportRequest): Promise<Blob> {
  // a web font may not be ready when the canvas draws; wait so CJK text is not drawn in a fallback
  await document.fonts?.ready
  const { width, height } = size(req)
  const host = document.createElement('div')
  host.style.cssText = `position:fixed;left:-10000px;top:0;width:${width}px;height:${height}px;`
  document.body.appendChild(host)
  const chart = init(host, null, { renderer: 'canvas', width, height })
  try {
    chart.setOption(withExportFrame(req.option, req))
    const url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: req.theme.exportBackground })
    const blob = dataUrlToBlob(url)
    downloadBlob(blob, `${req.filename}.png`)
    return blob
  } finally {
    chart.dispose()
    host.remove()
  }
}

/** The SVG document of a panel's chart, framed like the PNG. Needs no DOM (ECharts' SSR mode). */
export function renderSvg(req: Omit<ExportRequest, 'filename'>): string {
  const { width, height } = size(req)
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height })
  try {
    chart.setOption(svgSafe(withExportFrame(req.option, req)))
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}

export function exportSvg(req: ExportRequest): Blob {
  const blob = new Blob([renderSvg(req)], { type: 'image/svg+xml;charset=utf-8' })
  downloadBlob(blob, `${req.filename}.svg`)
  return blob
}

/**
 * ECharts writes a text's font into a double-quoted style attribute as it is, so a family
 * named in double quotes ("PingFang SC", as CSS writes it) closed the attribute early and the
 * file was not XML: browsers and Inkscape refused it. Every fontFamily gets single quotes.
 */
export function svgSafe<T>(option: T): T {
  if (Array.isArray(option)) return option.map(svgSafe) as T
  if (!option || typeof option !== 'object') return option
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(option)) out[k] = k === 'fontFamily' && typeof v === 'string' ? v.replace(/"/g, "'") : svgSafe(v)
  return out as T
}
