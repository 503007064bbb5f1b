/**
 * The quality, compliance and compare panels on the built page with the embedded dataset
 * (5 real reports): they draw, a compliance point shows its quote, and a table value opens
 * the report's full text with the evidence highlighted and in view.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import type { PreviewServer } from 'vite'
import { ROOT, closePreview, ensureBuilt, launchChromium, startPreview } from './harness.ts'
import { paintedPixels, viewPanel } from './pageProbes.ts'

const SHOTS = path.join(ROOT, 'tests/e2e/screenshots')

let server: PreviewServer
let baseUrl: string
let browser: Browser
const consoleErrors: string[] = []

async function open(page: Page, query = ''): Promise<void> {
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text())
  })
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`))
  await page.goto(baseUrl + query)
  await page.waitForSelector('[data-panel="quality"]')
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

describe('quality, compliance and compare on the embedded dataset', () => {
  it('draws the three panels, and a compliance point shows its quote', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
    const page = await context.newPage()
    await open(page)
    // quality: one matrix row per report, 一拉溪镇 2014 marked as not stating new applications
    await viewPanel(page, 'quality')
    expect(await page.locator('[data-panel="quality"] [data-matrix] tbody tr').count()).toBe(5)
    expect(await page.locator('[data-report="3d7c3ed35d154cd7"] [data-field="apps_new"]').getAttribute('data-state')).toBe('missing')
    expect(await page.locator('[data-panel="quality"] [data-consistency] tbody tr').count()).toBe(5)
    // compare: two townships drawn by default
    await viewPanel(page, 'compare')
    await page.waitForSelector('[data-panel="compare"] canvas')
    await page.waitForTimeout(600)
    expect(await paintedPixels(page, 'compare')).toBeGreaterThan(2000)
    // compliance: texts arrive, then 一拉溪镇's blank statistics items are listed with their quote
    await viewPanel(page, 'compliance')
    const blank = page.locator('[data-compliance-report="3d7c3ed35d154cd7"] [data-rule="stats_blank"]')
    await blank.waitFor()
    expect(await blank.locator('[data-quote]').innerText()).toContain('收到申请数')
    expect(await page.locator('[data-panel="compliance"] [data-ranking] tbody tr').count()).toBe(5)
    await page.locator('[data-panel="compare"]').screenshot({ path: path.join(SHOTS, 'quality-compare.png') })
    await page.locator('[data-panel="quality"]').screenshot({ path: path.join(SHOTS, 'quality-matrix.png') })
    await page.locator('[data-panel="compliance"]').screenshot({ path: path.join(SHOTS, 'quality-compliance.png') })
    // a quote opens the full text at that place
    await blank.locator('[data-action="show-in-text"]').click()
    const mark = page.locator('[data-report-text] [data-highlight]')
    await mark.waitFor()
    expect(await mark.innerText()).toContain('收到申请数')
    await context.close()
  })

  it('opens a table value’s full text with the evidence highlighted and scrolled into view', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
    const page = await context.newPage()
    await open(page)
    // 界头镇 2018: 公开栏 1045 comes from near the end of a long text
    await page.locator('[data-panel="table"] tr[data-report="d6895675d36d033a"] [data-cell="ch_bulletin"]').click()
    await page.locator('[data-evidence] [data-action="open-text"]').click()
    const mark = page.locator('[data-report-text] [data-highlight]')
    await mark.waitFor()
    expect(await mark.innerText()).toContain('1045')
    await page.waitForTimeout(300)
    // in view: the highlight lies inside the scrolled text box and inside the window
    const inView = await page.evaluate(() => {
      const m = document.querySelector('[data-report-text] [data-highlight]')!.getBoundingClientRect()
      const box = document.querySelector('[data-report-text] .report-text')!.getBoundingClientRect()
      return m.top >= box.top && m.bottom <= box.bottom && m.bottom <= window.innerHeight && m.height > 0
    })
    expect(inView).toBe(true)
    await page.screenshot({ path: path.join(SHOTS, 'quality-fulltext.png') })
    await page.locator('[data-action="close-text"]').click()
    await expect(page.locator('[data-report-text]').count()).resolves.toBe(0)
    await context.close()
    expect(consoleErrors).toEqual([])
  })
})
