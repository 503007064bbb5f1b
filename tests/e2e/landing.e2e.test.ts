/**
 * The built dashboard on 40,000 synthetic reports (9 MB, above LANDING_MIN_BYTES) whose
 * reports.csv is held back after its first 64 kB until the test lets it go: the charts must
 * draw from landing.json while the rows are still coming (saying so), and once they are in,
 * the same figures, bars and lines must come from the rows themselves. Then the same file
 * served gzipped, with no length, as web servers send CSV: held back after 8.5 MB, the
 * charts must still come from landing.json, tied to the file by its first 64 KiB.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createReadStream, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { createGzip } from 'node:zlib'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import type { PreviewServer } from 'vite'
import { ROOT, closePreview, ensureBuilt, launchChromium, startPreview, watchErrors } from './harness.ts'
import { synthCsv, waitForPaintedChart } from './measureScale.ts'
import { kpi, viewPanel } from './pageProbes.ts'

const SHOTS = path.join(ROOT, 'tests/e2e/screenshots')
const HELD_AFTER = 64 * 1024

let preview: PreviewServer
let previewUrl: string
let dir: string
let data: Server
let release: () => void = () => {}
let pageUrl: string
let browser: Browser
let page: Page
const errors: string[] = []

/**
 * Serves `dir`; reports.csv sends its length and first `heldAfter` bytes, then waits for
 * release(). Gzipped: no length, and the bytes sent so far flushed through the compressor.
 */
function gatedServer(
  dir: string,
  { heldAfter = HELD_AFTER, gzip = false } = {},
): Promise<{ server: Server; url: string; release: () => void }> {
  let open: () => void = () => {}
  const gate = new Promise<void>((resolve) => (open = resolve))
  const server = createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://x').pathname.slice(1)
    const file = path.join(dir, name)
    const headers = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' }
    if (!['reports.csv', 'facts.csv', 'landing.json'].includes(name)) return void res.writeHead(404, headers).end()
    if (name !== 'reports.csv' || !gzip) res.writeHead(200, { ...headers, 'Content-Length': statSync(file).size })
    if (name !== 'reports.csv') return void createReadStream(file).pipe(res)
    const whole = readFileSync(file)
    if (!gzip) {
      res.write(whole.subarray(0, heldAfter))
      return void gate.then(() => res.end(whole.subarray(heldAfter)))
    }
    res.writeHead(200, { ...headers, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Encoding': 'gzip' })
    const gz = createGzip({ level: 1 })
    gz.pipe(res)
    gz.write(whole.subarray(0, heldAfter))
    gz.flush()
    void gate.then(() => gz.end(whole.subarray(heldAfter)))
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`, release: () => open() })
    }),
  )
}

const BELOW = ['channels', 'applications', 'procurement'] as const

/** What the charts show: KPI values, the volume bars, the trend lines, the other charts' data. */
async function charts(p: Page) {
  const below: string[] = []
  for (const panel of BELOW) {
    await viewPanel(p, panel) // a panel far from the screen waits to draw (usePauseOffscreen.ts)
    below.push(
      await p.evaluate(
        (name) =>
          JSON.stringify((window.__kanban!.chart(name)!.getOption() as { series: { data: unknown[] }[] }).series.map((s) => s.data)),
        panel,
      ),
    )
  }
  await p.evaluate(() => window.scrollTo(0, 0))
  const top = await p.evaluate(() => {
    const volume = window.__kanban!.chart('volume')!.getOption() as { yAxis: { data: string[] }[]; series: { data: unknown[] }[] }
    const trends = window.__kanban!.chart('trends')!.getOption() as { series: { name: string; data: unknown[] }[] }
    return {
      kpis: [...document.querySelectorAll('[data-kpi] .kpi-value')].map((e) => e.textContent),
      bars: volume.yAxis[0].data,
      values: volume.series.map((s) => JSON.stringify(s.data)),
      lines: trends.series.map((s) => `${s.name}: ${JSON.stringify(s.data)}`),
      unitless: document.querySelector('[data-panel="procurement"] [data-unitless]')?.textContent ?? '',
    }
  })
  return { ...top, below }
}

beforeAll(async () => {
  dir = synthCsv(4000, 10)
  await ensureBuilt()
  const served = await gatedServer(dir)
  data = served.server
  release = served.release
  const p = await startPreview()
  preview = p.server
  previewUrl = p.url
  pageUrl = `${p.url}?data=${encodeURIComponent(served.url)}`
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  await page.route(/\/reports\/[^/]+\.txt$/, (route) => route.fulfill({ status: 404, body: '' }))
  watchErrors(page, errors)
}, 180_000)

afterAll(async () => {
  release()
  await browser?.close()
  if (preview) await closePreview(preview)
  await new Promise<void>((resolve) => (data ? data.close(() => resolve()) : resolve()))
})

describe('the charts from landing.json while 40,000 rows load', () => {
  it('draws them before the rows are in, says so, and draws the same from the rows', { timeout: 120_000 }, async () => {
    await page.goto(pageUrl)
    await waitForPaintedChart(page, 60_000)
    // the rows are held back: this picture can only have come from landing.json
    const status = page.locator('.status[data-landing]')
    await status.waitFor()
    // it speaks to people, not in file names
    expect(await status.innerText()).toMatch(/^概览已就绪，明细加载中.*40,000/)
    expect(await status.innerText()).not.toContain('landing.json')
    const kpiTop = await page.locator('[data-panel="kpi"]').evaluate((el) => el.getBoundingClientRect().top)
    expect(await kpi(page, 'reports')).toBe('40,000')
    expect(await page.evaluate(() => performance.getEntriesByName('kanban:rows-ready').length)).toBe(0)
    expect(await page.locator('[data-panel="table"]').count()).toBe(0) // the rest waits for the rows
    // the view it holds is the only one: controls and bar clicks wait for the rows
    expect(await page.locator('[data-panel="volume"] .panel-controls').getAttribute('inert')).not.toBeNull()
    expect(await page.locator('.filters-body').getAttribute('inert')).not.toBeNull()
    const before = await charts(page)
    expect(before.bars.length).toBe(21)
    expect(before.below.every((data) => data.length > 10)).toBe(true)
    expect(before.unitless).toMatch(/\d/)
    expect(before.bars.at(-1)).toMatch(/^其他 \d+ 个$/)
    // nationally the trend is drawn by region (the level the bars sum by), not ten townships
    expect(before.lines.length).toBeGreaterThan(1)
    await page.screenshot({ path: path.join(SHOTS, 'landing-while-loading-1440x900.png') })

    release()
    await page.waitForFunction(() => performance.getEntriesByName('kanban:rows-ready').length > 0, undefined, { timeout: 60_000 })
    await page.locator('[data-panel="table"]').waitFor({ timeout: 60_000 })
    await page.evaluate(() => window.__kanban!.settled!())
    expect(await page.locator('.status').count()).toBe(0)
    // the note went without moving the page
    expect(await page.locator('[data-panel="kpi"]').evaluate((el) => el.getBoundingClientRect().top)).toBe(kpiTop)
    expect(await page.locator('[data-panel="volume"] .panel-controls').getAttribute('inert')).toBeNull()
    expect(await charts(page)).toEqual(before)
    // at this scale the row panels wait to be scrolled near (LazyPanel.vue), then mount
    expect(await page.locator('[data-panel="quality"].panel-placeholder').count()).toBe(1)
    await viewPanel(page, 'table')
    expect(await page.locator('[data-panel="table"] tbody tr').count()).toBeGreaterThan(10)
    // a landing view that disagreed with the rows would be listed as a load problem
    expect(await page.locator('[data-panel="errors"]').count()).toBe(0)
    // the synthetic set has no report texts: the compliance panel's 404s are expected (scale.e2e)
    expect(errors.filter((e) => !/404|ERR_INSUFFICIENT_RESOURCES/.test(e))).toEqual([])
  })
})

describe('the charts from landing.json while 40,000 rows load gzipped, with no length', () => {
  it('ties the view to the file by its head, and draws the same from the rows', { timeout: 120_000 }, async () => {
    const served = await gatedServer(dir, { heldAfter: 8_500_000, gzip: true })
    const gzipped = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await gzipped.route(/\/reports\/[^/]+\.txt$/, (route) => route.fulfill({ status: 404, body: '' }))
    const seen: string[] = []
    watchErrors(gzipped, seen)
    try {
      await gzipped.goto(`${previewUrl}?data=${encodeURIComponent(served.url)}`)
      await gzipped.locator('.status[data-landing]').waitFor({ timeout: 60_000 })
      await waitForPaintedChart(gzipped, 60_000)
      expect(await gzipped.evaluate(() => performance.getEntriesByName('kanban:rows-ready').length)).toBe(0)
      expect(await kpi(gzipped, 'reports')).toBe('40,000')
      const before = await charts(gzipped)
      expect(before.bars.length).toBe(21)
      expect(before.lines.length).toBeGreaterThan(1)
      served.release()
      await gzipped.waitForFunction(() => performance.getEntriesByName('kanban:rows-ready').length > 0, undefined, { timeout: 60_000 })
      await gzipped.evaluate(() => window.__kanban!.settled!())
      expect(await gzipped.locator('.status').count()).toBe(0)
      expect(await charts(gzipped)).toEqual(before)
      expect(await gzipped.locator('[data-panel="errors"]').count()).toBe(0)
      expect(seen.filter((e) => !/404|ERR_INSUFFICIENT_RESOURCES/.test(e))).toEqual([])
    } finally {
      served.release()
      await gzipped.close()
      await new Promise<void>((resolve) => served.server.close(() => resolve()))
    }
  })
})
