/**
 * For the bench: time from navigation to the first chart with painted pixels, and the gzip
 * size of the JavaScript the start page loads (module entry plus its static imports; the CSV
 * worker is left out because small datasets never start it).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { DIST, closePreview, ensureBuilt, launchChromium, startPreview } from './harness.ts'

/** JS files the built index.html pulls in at start-up: its module script and modulepreloads. */
export function startupScripts(): string[] {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8')
  const refs = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1])
  return [...new Set(refs)].map((ref) => path.join(DIST, ref.replace(/^\//, '')))
}

export async function measureStartup(): Promise<{ firstChartMs: number; startupJsGzipBytes: number }> {
  await ensureBuilt()
  const startupJsGzipBytes = startupScripts().reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0)
  const { server, url } = await startPreview()
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await page.goto(url)
    // Polled in the page: the first canvas inside a chart panel with a painted pixel. Time is
    // the page's own clock (ms since navigation start), and only every 8th row is read, so the
    // probe neither adds Node round trips nor steals much of the main thread it is timing.
    const firstChartMs = await page.waitForFunction(
      () => {
        const painted = [...document.querySelectorAll<HTMLCanvasElement>('[data-panel] canvas')].some((c) => {
          if (!c.width || !c.height) return false
          const ctx = c.getContext('2d')!
          for (let y = 0; y < c.height; y += 8) {
            const d = ctx.getImageData(0, y, c.width, 1).data
            for (let i = 3; i < d.length; i += 4) if (d[i] > 0) return true
          }
          return false
        })
        return painted ? performance.now() : false
      },
      undefined,
      { polling: 16, timeout: 30_000 },
    )
    return { firstChartMs: Math.round((await firstChartMs.jsonValue()) as number), startupJsGzipBytes }
  } finally {
    await browser.close()
    await closePreview(server)
  }
}
