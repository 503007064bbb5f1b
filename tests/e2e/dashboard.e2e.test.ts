/**
 * The built dashboard on the embedded dataset (public/data: 5 real reports), in Chromium.
 * Every chart panel must paint pixels, filters must move the KPI figures and the URL, a bar
 * click must cross-filter, exports must be real files, and the console must stay clean.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { PreviewServer } from 'vite'
import { ROOT, closePreview, ensureBuilt, launchChromium, startPreview } from './harness.ts'
import { barCentre, kpi, linePoint, paintedPixels, viewAllPanels, viewPanel, fullPageShot } from './pageProbes.ts'

const SHOTS = path.join(ROOT, 'tests/e2e/screenshots')
const CHART_PANELS = ['volume', 'trends', 'channels', 'applications', 'procurement']

let server: PreviewServer
let baseUrl: string
let browser: Browser
const consoleErrors: string[] = []

async function openPage(query = '', viewport = { width: 1440, height: 900 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, acceptDownloads: true, locale: 'zh-CN' })
  const page = await context.newPage()
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${m.text()} @ ${page.url()}`)
  })
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`))
  await page.goto(baseUrl + query)
  await page.waitForSelector('[data-panel="kpi"]')
  return { context, page }
}

/** Waits until every chart panel has painted (ECharts animates its first frame in). */
async function waitForCharts(page: Page): Promise<void> {
  // panels below the fold draw when they come near the screen (usePauseOffscreen.ts)
  for (const panel of CHART_PANELS) {
    await viewPanel(page, panel)
    await page.waitForSelector(`[data-panel="${panel}"] canvas`)
  }
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.waitForTimeout(600)
}

beforeAll(async () => {
  await ensureBuilt()
  ;({ server, url: baseUrl } = await startPreview())
  browser = await launchChromium()
  mkdirSync(SHOTS, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
  if (server) await closePreview(server)
})

describe('the built dashboard on the embedded dataset', () => {
  it('draws every panel: chart canvases have painted pixels, KPI and table have content', async () => {
    const { context, page } = await openPage()
    await waitForCharts(page)
    for (const panel of CHART_PANELS) {
      expect(await paintedPixels(page, panel), `${panel} canvas painted`).toBeGreaterThan(2000)
    }
    expect(await kpi(page, 'reports')).toBe('5')
    expect(await page.locator('[data-panel="table"] tbody tr').count()).toBe(5)
    await fullPageShot(page, path.join(SHOTS, 'dashboard-1440x900.png'))
    await context.close()
  })

  it('changes the KPI figures and the URL with a region and a year filter, and back undoes it', async () => {
    const { context, page } = await openPage()
    await page.selectOption('[data-filter="province"]', '吉林省')
    await page.waitForURL(/prov=/)
    expect(decodeURIComponent(page.url())).toContain('prov=吉林省')
    expect(await kpi(page, 'reports')).toBe('2')
    expect(await kpi(page, 'proactive')).toBe('187')
    await page.selectOption('[data-filter="year-from"]', '2018')
    await page.waitForURL(/y0=2018/)
    expect(await kpi(page, 'reports')).toBe('1')
    expect(await kpi(page, 'years')).toBe('2018')
    await page.goBack()
    await page.waitForURL((u) => !u.search.includes('y0='))
    expect(await kpi(page, 'reports')).toBe('2')
    await context.close()
  })

  it('cross-filters every panel when a bar is clicked', async () => {
    const { context, page } = await openPage()
    await waitForCharts(page)
    const first = await page.evaluate(
      () => (window.__kanban!.chart('volume')!.getOption() as { yAxis: { data: string[] }[] }).yAxis[0].data[0],
    )
    const at = await barCentre(page, 'volume', 0)
    expect(at).not.toBeNull()
    await page.mouse.click(at!.x, at!.y)
    await page.waitForURL(/[?&]t=/)
    expect(decodeURIComponent(page.url())).toContain(first)
    expect(await kpi(page, 'reports')).toBe('1')
    await viewPanel(page, 'table')
    expect(await page.locator('[data-panel="table"] tbody tr').count()).toBe(1)
    await expect.poll(() => page.locator('[data-action="remove-township"]').count()).toBe(1)
    await context.close()
  })

  it('cross-filters by township when a point of a trend line is clicked', async () => {
    const { context, page } = await openPage()
    await waitForCharts(page)
    // 一拉溪镇 has one point, in 2014, the first year on the axis
    const ids: string[] = await page.evaluate(() =>
      (window.__kanban!.chart('trends')!.getOption() as { series: { id: string }[] }).series.map((x) => x.id),
    )
    const s = ids.findIndex((id) => id.endsWith('/一拉溪镇'))
    const at = await linePoint(page, s, 0)
    expect(at?.id).toBe('township:永吉县/一拉溪镇')
    await page.locator('[data-panel="trends"] .echarts-host').scrollIntoViewIfNeeded()
    const again = (await linePoint(page, s, 0))!
    await page.mouse.click(again.x, again.y)
    await page.waitForURL(/[?&]t=/)
    expect(decodeURIComponent(page.url())).toContain('t=永吉县/一拉溪镇')
    expect(await kpi(page, 'reports')).toBe('1')
    await context.close()
  })

  it('exports a panel as a real 2× PNG and as SVG, and the records as CSV with a BOM', async () => {
    const { context, page } = await openPage()
    await waitForCharts(page)
    const panel = page.locator('[data-panel="volume"]')
    const [png] = await Promise.all([page.waitForEvent('download'), panel.locator('[data-action="export-png"]').click()])
    const pngBytes = readFileSync((await png.path())!)
    expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect(pngBytes.length).toBeGreaterThan(20_000)
    const width = pngBytes.readUInt32BE(16)
    const hostWidth = await panel.locator('.echarts-host').evaluate((el) => el.clientWidth)
    expect(width).toBe(2 * Math.max(800, hostWidth))
    const [svg] = await Promise.all([page.waitForEvent('download'), panel.locator('[data-action="export-svg"]').click()])
    const svgText = readFileSync((await svg.path())!, 'utf8')
    // read back by the browser's XML parser, and drawn as an image: not by its first bytes
    const read = await page.evaluate(async (text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
      const error = doc.querySelector('parsererror')?.textContent ?? null
      const img = new Image()
      const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }))
      const loaded = await new Promise<boolean>((resolve) => {
        img.onload = () => resolve(true)
        img.onerror = () => resolve(false)
        img.src = url
      })
      URL.revokeObjectURL(url)
      return { error, root: doc.documentElement.nodeName, loaded, width: img.naturalWidth }
    }, svgText)
    expect(read).toMatchObject({ error: null, root: 'svg', loaded: true })
    expect(read.width).toBeGreaterThanOrEqual(800)
    expect(svgText).toContain('主动公开数量')
    expect(svgText).toContain('全部数据')
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-csv"]').click()])
    const csvText = readFileSync((await csv.path())!, 'utf8')
    expect(csvText.charCodeAt(0)).toBe(0xfeff)
    expect(csvText.trim().split(/\r?\n/)).toHaveLength(6)
    await context.close()
  })

  it('opens the quote behind a table value, and the report’s file as text through the page (no mojibake)', async () => {
    const { context, page } = await openPage()
    await page.locator('[data-panel="table"] tr:has-text("界头镇") [data-cell="proactive_total"]').click()
    const quote = page.locator('[data-evidence] [data-quote]')
    await expect.poll(() => quote.innerText()).toContain('主动公开政府信息1149条')
    // the dialog sits at the page's root and stays visible with the table scrolled away,
    // whose content the browser skips off screen (base.css content-visibility)
    expect(await page.evaluate(() => document.querySelector('[data-evidence]')!.closest('[data-panel]'))).toBeNull()
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.locator('[data-evidence] [data-quote]').waitFor({ state: 'visible' })
    // vite preview, like many hosts, serves the .txt with no charset: as a link it showed mojibake
    await page.locator('[data-evidence] [data-source]').click()
    const text = page.locator('[data-report-text] .report-text')
    await expect.poll(() => text.innerText()).toContain('界头镇')
    expect(await text.innerText()).toContain('主动公开政府信息1149条')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('[data-report-text]').count()).toBe(0)
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('[data-evidence]').count()).toBe(0)
    await context.close()
  })

  it('loads through the module worker in the minified build', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    const workers: string[] = []
    page.on('worker', (w) => workers.push(w.url()))
    page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`))
    await page.goto(baseUrl + '?worker=1')
    await expect.poll(() => kpi(page, 'reports')).toBe('5')
    expect(
      workers.some((u) => /csv\.worker-[\w-]+\.js$/.test(u)),
      workers.join(', '),
    ).toBe(true)
    await context.close()
  })

  // index.html preloads the embedded dataset with the script; a page opened on another one must
  // not download it as well (and the preload must be what the page reads: one request each)
  it('downloads the embedded dataset once, preloaded, and not at all on another dataset', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const embedded: string[] = []
    context.on('request', (r) => {
      const file = new URL(r.url()).pathname
      if (/\/data\/(reports|facts)\.csv$/.test(file)) embedded.push(file)
    })
    const page = await context.newPage()
    page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`))
    await page.goto(baseUrl)
    await expect.poll(() => kpi(page, 'reports')).toBe('5')
    expect(await page.locator('link[rel="preload"][href*="data/reports.csv"]').count()).toBe(1)
    expect(embedded.sort()).toEqual(['/data/facts.csv', '/data/reports.csv'])

    // the same files as another dataset's, served under /other/
    embedded.length = 0
    await page.route(/\/other\/(reports|facts)\.csv$/, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/csv',
        body: readFileSync(path.join(ROOT, 'data', path.basename(new URL(route.request().url()).pathname))),
      }),
    )
    await page.goto(`${baseUrl}?data=/other/`)
    await expect.poll(() => kpi(page, 'reports')).toBe('5')
    expect(await page.locator('link[rel="preload"][href*="data/reports.csv"]').count()).toBe(0)
    expect(embedded).toEqual([])
    await context.close()
  })

  it('works at 390×844, in English and in the 适老化 mode', async () => {
    const { context, page } = await openPage('', { width: 390, height: 844 })
    await waitForCharts(page)
    for (const panel of CHART_PANELS) {
      await viewPanel(page, panel)
      expect(await paintedPixels(page, panel), panel).toBeGreaterThan(1000)
    }
    await viewAllPanels(page)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow, 'no horizontal page scroll').toBeLessThanOrEqual(0)
    await fullPageShot(page, path.join(SHOTS, 'dashboard-390x844.png'))
    await page.locator('[data-action="elder"]').click()
    await page.locator('[data-action="language"]').click()
    await expect.poll(() => page.locator('h1').innerText()).toBe('Disclosure Annual Reports Dashboard')
    await page.waitForTimeout(600)
    const overflowElder = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflowElder, 'no horizontal page scroll in large type').toBeLessThanOrEqual(0)
    await viewAllPanels(page)
    await fullPageShot(page, path.join(SHOTS, 'dashboard-390x844-elder-en.png'))
    await context.close()
  })

  it('reaches the filters and panel controls with the keyboard', async () => {
    const { context, page } = await openPage()
    const seen = new Set<string>()
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab')
      const tag = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null
        return el ? (el.getAttribute('data-filter') ?? el.getAttribute('data-action') ?? el.getAttribute('data-control') ?? '') : ''
      })
      if (tag) seen.add(tag)
    }
    for (const expected of ['language', 'province', 'year-from', 'search', 'export-png']) expect(seen).toContain(expected)
    await context.close()
  })

  it('shows a sentence, not an empty axis, when nothing matches', async () => {
    const { context, page } = await openPage('?q=' + encodeURIComponent('不存在的乡镇'))
    for (const panel of CHART_PANELS) {
      await page.locator(`[data-panel="${panel}"] [data-empty]`).waitFor()
      expect(await page.locator(`[data-panel="${panel}"] canvas`).count(), panel).toBe(0)
    }
    expect(await page.locator('[data-panel="kpi"] [data-empty]').innerText()).toContain('没有报告')
    await context.close()
  })

  it('names the file, line and column of bad rows and still loads the good ones', async () => {
    const { context, page } = await openPage()
    const original = await (await page.request.get(baseUrl + 'data/reports.csv')).text()
    const [header, ...rows] = original.trimEnd().split(/\r?\n/)
    const broken = [header + ',extra_col', ...rows.map((r) => r + ',x'), 'bad,row'].join('\n') + '\n'
    // the manifest names the broken file, so it is not refused as another generation's: its rows are checked one by one
    const manifest = await (await page.request.get(baseUrl + 'data/manifest.json')).json()
    manifest.files.reports.bytes = Buffer.byteLength(broken)
    await page.route('**/data/manifest.json*', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(manifest) }),
    )
    await page.route('**/data/reports.csv*', (route) => route.fulfill({ status: 200, contentType: 'text/csv', body: broken }))
    await page.reload()
    const alert = page.locator('[data-panel="errors"]')
    await alert.waitFor()
    const text = await alert.innerText()
    expect(text).toContain('reports.csv 第 1 行，列 extra_col')
    expect(text).toContain(`reports.csv 第 ${rows.length + 2} 行`)
    // what is wrong, in the page's language (i18n/problems.ts)
    expect(text).toContain('未知的列“extra_col”')
    expect(text).toMatch(/行格式错误：2 个单元格，表头有 \d+ 个/)
    expect(await kpi(page, 'reports')).toBe(String(rows.length))
    await context.close()
  })

  it('logged no console errors on any page', () => {
    expect(consoleErrors).toEqual([])
  })
})
