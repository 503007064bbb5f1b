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
function startupScripts(): string[] {
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
    const started = Date.now()
    await page.goto(url)
    // polled in the page: the first canvas inside a chart panel with any painted pixel
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll<HTMLCanvasElement>('[data-panel] canvas')].some((c) => {
          if (!c.width || !c.height) return false
          const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data
          for (let i = 3; i < d.length; i += 4) if (d[i] > 0) return true
          return false
        }),
      undefined,
      { polling: 16, timeout: 30_000 },
    )
    return { firstChartMs: Date.now() - started, startupJsGzipBytes }
  } finally {
    await browser.close()
    await closePreview(server)
  }
}
