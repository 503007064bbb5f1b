/**
 * Every view tells the truth (issue 14), in the built page: a shared link keeps its dataset,
 * a missing report text is never the dashboard's own page, a missing dataset says so, same-name
 * townships stay apart, and panels below the screen never show (or print) the old selection.
 * Runs the national synthetic set small enough for CI (300 real townships × 10 years, cached in
 * the OS temp folder like scale.e2e.test.ts) and a copy of the embedded set with one text changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { PreviewServer } from 'vite'
import { DIST, ROOT, closePreview, ensureBuilt, launchChromium, startPreview } from './harness.ts'
import { serveFolder, synthCsv, waitForPaintedChart } from './measureScale.ts'
import { viewPanel } from './pageProbes.ts'
import ExcelJS from 'exceljs'
import mammoth from 'mammoth'
import { DOMParser } from '@xmldom/xmldom'

let preview: PreviewServer
let baseUrl: string
let browser: Browser
const servers: Server[] = []
let national: string
let copyDir: string
let copy: string
let indexHtml: string
const consoleErrors: string[] = []

beforeAll(async () => {
  const dir = synthCsv(300, 10)
  await ensureBuilt()
  indexHtml = readFileSync(path.join(DIST, 'index.html'), 'utf8')
  const served = await serveFolder(dir)
  servers.push(served.server)
  national = served.url
  // the embedded set with 界头镇 2018's text saying 2222 where the embedded one says 1149
  copyDir = mkdtempSync(path.join(tmpdir(), 'zwgk-truth-'))
  cpSync(path.join(ROOT, 'public/data'), copyDir, { recursive: true })
  const jietou = path.join(copyDir, 'reports/000_jietou_2018.txt')
  writeFileSync(jietou, readFileSync(jietou, 'utf8').replace('主动公开政府信息1149条', '主动公开政府信息2222条'))
  const other = await serveFolder(copyDir)
  servers.push(other.server)
  copy = other.url
  const p = await startPreview()
  preview = p.server
  baseUrl = p.url
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  if (preview) await closePreview(preview)
  for (const s of servers) await new Promise<void>((resolve) => s.close(() => resolve()))
  if (copyDir) rmSync(copyDir, { recursive: true, force: true })
})

/**
 * A page on a dataset. `spaTexts`: report texts answered as a host with a single-page fallback
 * answers a missing file, 200 with the app's own index.html.
 */
async function open(
  query: string,
  { spaTexts = false, viewport = { width: 1440, height: 900 } } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', acceptDownloads: true })
  const page = await context.newPage()
  if (spaTexts)
    await page.route(/\/reports\/[^/]+\.txt$/, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: indexHtml }))
  else
    await page.route(/127\.0\.0\.1:\d+\/reports\/[^/]+\.txt$/, (route) =>
      route.request().url().startsWith(national) ? route.fulfill({ status: 404, body: '' }) : route.continue(),
    )
  page.on('console', (m) => {
    // a missing report text is a 404 (or a refused HTML page) the page handles and shows
    if (m.type() === 'error' && !/404|ERR_INSUFFICIENT_RESOURCES/.test(m.text())) consoleErrors.push(`${m.text()} @ ${page.url()}`)
  })
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`))
  await page.goto(baseUrl + query)
  return { context, page }
}

const nationalQuery = (extra = '') => `?data=${encodeURIComponent(national)}${extra}`

async function reportsKpi(page: Page): Promise<string> {
  return page.locator('[data-kpi="reports"] .kpi-value').innerText({ timeout: 60_000 })
}

describe('every view tells the truth', () => {
  it('14.1: every URL the page writes keeps data=, so a reloaded or shared link opens the same dataset', async () => {
    const { context, page } = await open(nationalQuery())
    expect(await reportsKpi(page)).toMatch(/^3[,，]?000$/)
    const province = await page.locator('select[data-filter="province"] option:nth-child(2)').getAttribute('value')
    await page.locator('select[data-filter="province"]').selectOption(province!)
    await page.waitForURL((u) => u.searchParams.get('prov') === province)
    expect(new URL(page.url()).searchParams.get('data')).toBe(national)
    const filtered = await reportsKpi(page)
    await page.reload()
    await expect.poll(() => reportsKpi(page)).toBe(filtered)
    expect(await page.locator('[data-dataset]').innerText()).toContain(national)
    await context.close()
  })

  it('14.2: a text answered with the app’s own page is 原文不可用, and compliance gives no score, not 100', async () => {
    const { context, page } = await open(nationalQuery(), { spaTexts: true })
    await waitForPaintedChart(page, 60_000)
    // 3,000 reports: too many to read texts for, so no report has a score, and the panel says why
    await viewPanel(page, 'compliance')
    const panel = page.locator('[data-panel="compliance"]')
    await panel.locator('[data-none-scored]').waitFor({ timeout: 60_000 })
    const latest = await panel
      .locator('[data-ranking] tbody tr [data-latest]')
      .evaluateAll((tds) => tds.slice(0, 20).map((td) => td.getAttribute('data-latest')))
    expect(latest.length).toBeGreaterThan(0)
    expect(new Set(latest)).toEqual(new Set(['none']))
    expect(await panel.innerText()).not.toMatch(/100 分/)
    // a small selection's texts are fetched: each is the host's index.html, so none is a text
    const county = await page
      .locator('select[data-filter="county"] option:nth-child(2)')
      .getAttribute('value')
      .catch(() => null)
    if (county) {
      await page.goto(baseUrl + nationalQuery(`&q=${encodeURIComponent('东风街道')}`))
      await waitForPaintedChart(page, 60_000)
      await viewPanel(page, 'compliance')
      await expect.poll(() => panel.locator('[data-score-none]').count(), { timeout: 30_000 }).toBeGreaterThan(0)
      expect(await panel.locator('[data-rule="similar"]').count()).toBe(0)
      expect(await panel.innerText()).not.toContain('doctype')
    }
    // the report's text: 原文不可用, not the dashboard's HTML
    await viewPanel(page, 'table')
    await page.locator('[data-panel="table"] tbody tr').first().locator('[data-cell="proactive_total"]').click()
    await page.locator('[data-evidence] [data-source]').click()
    const text = page.locator('[data-report-text]')
    await text.locator('[data-text-unavailable]').waitFor()
    expect(await text.innerText()).toContain('原文不可用')
    expect(await text.innerText()).not.toMatch(/doctype|<html/i)
    await context.close()
  })

  it('17.2: a ?data= dataset’s full text and file are its own, not the embedded report of the same name', async () => {
    const { context, page } = await open(`?data=${encodeURIComponent(copy)}`)
    await viewPanel(page, 'table')
    await page.locator('[data-panel="table"] tr:has-text("界头镇") [data-cell="proactive_total"]').click()
    await page.locator('[data-evidence] [data-action="open-text"]').click()
    const mark = page.locator('[data-report-text] mark[data-highlight]')
    await mark.waitFor()
    expect(await mark.innerText()).toContain('2222')
    await page.keyboard.press('Escape')
    await page.locator('[data-evidence] [data-source]').click()
    const whole = page.locator('[data-report-text] .report-text')
    await expect.poll(() => whole.innerText()).toContain('主动公开政府信息2222条')
    expect(await whole.innerText()).not.toContain('主动公开政府信息1149条')
    await context.close()
  })

  it('14.3: ?data=/missing/ says the dataset was not found at that address, and nothing else', async () => {
    const { context, page } = await open('?data=/missing/')
    const alert = page.locator('[data-panel="errors"]')
    await alert.waitFor()
    expect(await alert.getAttribute('data-not-found')).not.toBeNull()
    const said = await alert.innerText()
    expect(said).toContain('没有找到数据集')
    expect(said).toContain('/missing/')
    expect(said).not.toMatch(/缺少列|其余行已载入/)
    expect(await alert.locator('li').count()).toBe(0)
    expect(await page.locator('[data-panel="kpi"]').count()).toBe(0)
    await context.close()
  })

  it('14.5: same-name townships stay apart: one trend line and legend entry each, named with the county', async () => {
    const { context, page } = await open(nationalQuery(`&q=${encodeURIComponent('东风街道')}`))
    await waitForPaintedChart(page, 60_000)
    await viewPanel(page, 'trends')
    const drawn = await page.evaluate(() => {
      const option = window.__kanban!.chart('trends')!.getOption() as { series: { name: string }[]; legend: { data?: unknown[] }[] }
      return { series: option.series.map((s) => s.name) }
    })
    expect(drawn.series).toHaveLength(2)
    expect(new Set(drawn.series).size).toBe(2)
    for (const name of drawn.series) expect(name).toMatch(/^东风街道（.+）$/)
    // the compare panel names them the same way
    await viewPanel(page, 'compare')
    const compare = await page.locator('[data-panel="compare"]').innerText()
    expect(compare).toMatch(/东风街道（/)
    await context.close()
  })

  it('14.7: panels below the screen never show the old selection, and printing brings every one up to date', async () => {
    const { context, page } = await open(nationalQuery())
    await waitForPaintedChart(page, 60_000)
    // every panel mounted and drawn once, then back to the top
    for (const name of ['channels', 'applications', 'procurement', 'table', 'compare', 'quality', 'compliance']) await viewPanel(page, name)
    await page.evaluate(() => window.scrollTo(0, 0))
    await viewPanel(page, 'kpi')
    const province = await page.locator('select[data-filter="province"] option:nth-child(2)').getAttribute('value')
    await page.locator('select[data-filter="province"]').selectOption(province!)
    await page.waitForURL((u) => u.searchParams.get('prov') === province)
    await page.evaluate(() => window.__kanban!.settled!())
    // far panels either are current or hide their content behind a note: never the old figures
    const stale = await page.locator('[data-stale]').evaluateAll((els) => els.map((e) => e.getAttribute('data-panel')))
    expect(stale.length).toBeGreaterThan(0)
    for (const name of stale) {
      const hidden = await page
        .locator(`[data-panel="${name}"] > *`)
        .first()
        .evaluate((el) => getComputedStyle(el).visibility)
      expect(hidden).toBe('hidden')
    }
    // printing: every panel current, compared with a page opened on the same URL
    // a real print (Chromium fires beforeprint for it); nothing waits for the draw queue first
    const pdf = await page.pdf({ format: 'A4' })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(await page.locator('[data-stale]').count()).toBe(0)
    await page.emulateMedia({ media: 'print' })
    const labels = (p: Page) =>
      p.evaluate(() =>
        ['volume', 'channels', 'applications', 'procurement'].map((name) => {
          const option = window.__kanban!.chart(name)?.getOption() as
            { yAxis?: { data?: unknown[] }[]; xAxis?: { data?: unknown[] }[] } | undefined
          return JSON.stringify(option?.yAxis?.[0]?.data ?? option?.xAxis?.[0]?.data ?? null)
        }),
      )
    const printed = await labels(page)
    const fresh = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await fresh.route(/\/reports\/[^/]+\.txt$/, (route) => route.fulfill({ status: 404, body: '' }))
    await fresh.goto(page.url())
    await waitForPaintedChart(fresh, 60_000)
    for (const name of ['channels', 'applications', 'procurement']) await viewPanel(fresh, name)
    expect(printed).toEqual(await labels(fresh))
    await fresh.close()
    // the print stylesheet: no sidebar or buttons, the dataset and filters named at the top
    expect(await page.locator('.layout-filters').evaluate((el) => getComputedStyle(el).display)).toBe('none')
    expect(
      await page
        .locator('[data-action="export-png"]')
        .first()
        .evaluate((el) => getComputedStyle(el).display),
    ).toBe('none')
    const header = page.locator('[data-print-header]')
    expect(await header.evaluate((el) => getComputedStyle(el).display)).toBe('block')
    expect(await header.innerText()).toContain(province!)
    expect(await header.innerText()).toContain(national)
    expect(await page.locator('[data-panel="channels"]').evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid')
    await context.close()
  })

  it('14.9: the compare picker at scale is a search, its picks removable, same-name townships told apart', async () => {
    const { context, page } = await open(nationalQuery())
    await waitForPaintedChart(page, 60_000)
    await viewPanel(page, 'compare')
    const panel = page.locator('[data-panel="compare"]')
    expect(await panel.locator('input[type="checkbox"]').count()).toBe(0)
    const picked = panel.locator('[data-compare-picked]')
    await expect.poll(() => picked.count()).toBe(2)
    // the default pick can be removed
    await picked.first().click()
    await expect.poll(() => picked.count()).toBe(1)
    await panel.locator('[data-compare-search]').fill('东风街道')
    const adds = panel.locator('[data-compare-add]')
    await expect.poll(() => adds.count()).toBe(2)
    const names = await adds.allInnerTexts()
    for (const name of names) expect(name).toMatch(/^东风街道（.+）/)
    await adds.first().click()
    await page.evaluate(() => window.__kanban!.settled!())
    await expect.poll(() => picked.count()).toBe(2)
    const series = await page.evaluate(() => (window.__kanban!.chart('compare')!.getOption() as { series: unknown[] }).series.length)
    expect(series).toBeGreaterThan(0)
    await context.close()
  })

  it('14.10: a synthetic dataset says so in red in the header and inside every export', async () => {
    const { context, page } = await open(nationalQuery(`&q=${encodeURIComponent('东风街道')}`))
    await waitForPaintedChart(page, 60_000)
    const notice = '合成数据，不是真实报告'
    const header = page.locator('[data-synthetic]')
    expect(await header.innerText()).toBe(notice)
    expect(await header.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(192, 0, 0)')
    const download = async (action: string, within = page.locator('body')) => {
      const [file] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        within.locator(`[data-action="${action}"]`).first().click(),
      ])
      return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) }
    }
    // both CSVs: the notice is their first line, above the header
    for (const action of ['export-csv', 'export-csv-zh']) {
      const csv = (await download(action)).bytes.toString('utf8').replace(/^\uFEFF/, '')
      expect(csv.split('\r\n')[0], action).toBe(`# ${notice}`)
    }
    // the workbook: 说明 opens with it, in red
    const xlsx = await download('export-xlsx')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(xlsx.bytes.buffer.slice(xlsx.bytes.byteOffset, xlsx.bytes.byteOffset + xlsx.bytes.byteLength) as ArrayBuffer)
    const cell = wb.getWorksheet('说明')!.getRow(2).getCell(1)
    expect([cell.value, cell.font?.color?.argb]).toEqual([notice, 'FFC00000'])
    // the chart image: a red text in the SVG, read with an XML parser
    await viewPanel(page, 'volume')
    const svg = (await download('export-svg', page.locator('[data-panel="volume"]'))).bytes.toString('utf8')
    const texts = Array.from(new DOMParser().parseFromString(svg, 'image/svg+xml').getElementsByTagName('text'))
    expect(texts.find((t) => t.textContent === notice)?.getAttribute('fill')).toBe('#c00000')
    // the briefing: under its title
    const docx = await download('export-docx')
    const lines = (await mammoth.extractRawText({ buffer: docx.bytes })).value
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
    expect(lines[1]).toBe(notice)
    await context.close()
  }, 180_000)

  it('14 适老化: the trend chart labels every year, the last one too', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
    await context.addInitScript(() => localStorage.setItem('kanban.elder', '1'))
    const page = await context.newPage()
    await page.route(/127\.0\.0\.1:\d+\/reports\/[^/]+\.txt$/, (route) => route.fulfill({ status: 404, body: '' }))
    await page.goto(baseUrl + nationalQuery())
    await waitForPaintedChart(page, 60_000)
    await viewPanel(page, 'trends')
    const axis = await page.evaluate(() => {
      const chart = window.__kanban!.chart('trends') as unknown as {
        getOption(): { xAxis: { data: string[]; axisLabel: { fontSize: number } }[] }
        getModel(): { getComponent(type: string): { axis: { getViewLabels(): { formattedLabel: string }[] } } }
      }
      const option = chart.getOption().xAxis[0]
      return {
        years: option.data,
        font: option.axisLabel.fontSize,
        labels: chart
          .getModel()
          .getComponent('xAxis')
          .axis.getViewLabels()
          .map((l) => l.formattedLabel),
      }
    })
    expect(axis.font).toBe(16)
    expect(axis.years).toHaveLength(10)
    expect(axis.labels).toEqual(axis.years)
    await context.close()
  })

  it('logged no unexpected console errors', () => {
    expect(consoleErrors).toEqual([])
  })
})
