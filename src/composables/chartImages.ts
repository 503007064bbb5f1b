/**
 * A chart option drawn once on an offscreen canvas and returned as PNG bytes, for documents
 * (the briefing). Drawn from the option, not grabbed from the page: a panel far from the
 * viewport keeps its last picture (usePauseOffscreen.ts), which may be of another filter.
 */
import { init } from 'echarts/core'
import type { EChartsOption } from 'echarts'
import '../charts/register.ts'
import '../charts/registerMarkers.ts'

export async function chartPng(option: EChartsOption, width: number, height: number, background: string): Promise<Uint8Array> {
  await document.fonts?.ready // CJK text drawn in a fallback font otherwise
  const host = document.createElement('div')
  host.style.cssText = `position:fixed;left:-10000px;top:0;width:${width}px;height:${height}px;`
  document.body.appendChild(host)
  const chart = init(host, null, { renderer: 'canvas', width, height })
  try {
    chart.setOption({ ...option, animation: false })
    const url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: background })
    const bin = atob(url.slice(url.indexOf(',') + 1))
    const bytes = new Uint8Array(bin.length)
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i)
    return bytes
  } finally {
    chart.dispose()
    host.remove()
  }
}
