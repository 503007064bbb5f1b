/**
 * Import in the built page, in Chromium: a GBK .txt, an HTML page and a binary file through
 * the file picker, a pasted text through the paste box. The good ones must reach every panel
 * (KPI count, table, volume chart), the broken one must be listed with its reason, and all of
 * it must survive a reload (IndexedDB). Then a duplicate is put side by side and replaced, and
 * "remove imported" goes back to the embedded five.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { ROOT, startSession, watchErrors } from './harness.ts'
import { kpi, tableText, viewAllPanels, viewPanel, fullPageShot } from './pageProbes.ts'
import { brokenFile, duplicateReport, gbkReport, htmlReport, pastedReport } from './importFixtures.ts'

const SHOTS = path.join(ROOT, 'tests/e2e/screenshots')

let session: Awaited<ReturnType<typeof startSession>>
let baseUrl: string
let context: BrowserContext
let page: Page
const consoleErrors: string[] = []

beforeAll(async () => {
  session = await startSession()
  baseUrl = session.baseUrl
  mkdirSync(SHOTS, { recursive: true })
  // one context for the whole file: IndexedDB lives as long as the context, like a browser profile
  context = await session.browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' })
  page = await context.newPage()
  watchErrors(page, consoleErrors)
})

afterAll(async () => {
  await context?.close()
  await session?.close()
})

async function ready(): Promise<void> {
  await page.waitForSelector('[data-panel="kpi"]')
  await page.waitForSelector('[data-panel="volume"] canvas')
}

async function openDialog(): Promise<void> {
  await page.click('[data-action="import"]')
  await page.waitForSelector('[data-import-dialog]')
}

/** Category labels of the volume chart (one per township-year bar). */
function volumeLabels(): Promise<string[]> {
  return page.evaluate(() => {
    const option = window.__kanban!.chart('volume')!.getOption() as { yAxis?: { data?: unknown[] }[]; xAxis?: { data?: unknown[] }[] }
    const axis = [...(option.yAxis ?? []), ...(option.xAxis ?? [])].find((a) => Array.isArray(a.data) && a.data.length)
    return (axis?.data ?? []).map((d) =>
      typeof d === 'object' && d !== null && 'value' in d ? String((d as { value: unknown }).value) : String(d),
    )
  })
}

const NEW_TOWNSHIPS = ['口前镇', '汪家铺镇', '尔王庄镇']

describe('importing reports in the browser', () => {
  it('imports a GBK text, an HTML page and a pasted text, and lists the broken file with its reason', async () => {
    await page.goto(baseUrl)
    await ready()
    expect(await kpi(page, 'reports')).toBe('5')

    await openDialog()
    await page.setInputFiles('[data-input="files"]', [gbkReport(), htmlReport(), brokenFile()])
    await page.waitForSelector('[data-import-added]')
    expect(await page.locator('[data-import-added]').innerText()).toContain('2')
    const failure = page.locator('[data-import-failures] [data-failure="broken.txt"]')
    // the decoder's reason, in the page's language (i18n/problems.ts)
    expect(await failure.innerText()).toMatch(/broken\.txt：二进制文件（PNG 图片），不是文本报告/)
    expect(await page.locator('[data-import-progress]').getAttribute('value')).toBe('3')

    const paste = pastedReport()
    await page.click('.paste summary')
    await page.fill('[data-input="paste-name"]', paste.name)
    await page.fill('[data-input="paste-text"]', paste.text)
    await page.click('[data-action="import-paste"]')
    await page.waitForFunction(() => document.querySelector('[data-imported-count]')?.textContent?.includes('3'))
    // the dialog as a supervisor sees it after the last import: progress, counts, the failure
    await page.setInputFiles('[data-input="files"]', [htmlReport(), brokenFile()])
    await page.waitForSelector('[data-import-conflicts]')
    await page.click('.paste summary') // fold the paste box so progress, failure and the duplicate fit
    await page.locator('[data-import-dialog]').screenshot({ path: path.join(SHOTS, 'import-dialog.png') })
    await page.click('[data-conflict="0"] [data-choice="keep"]')
    await page.click('[data-action="apply-choices"]')
    await page.waitForSelector('[data-import-added]')
    await page.click('[data-action="close-import"]')
  })

  it('shows the imported reports in every panel: KPI count, table with badges, volume chart of their year', async () => {
    expect(await kpi(page, 'reports')).toBe('8')
    const table = await tableText(page)
    for (const name of NEW_TOWNSHIPS) expect(table).toContain(name)
    expect(await page.locator('[data-panel="table"] [data-imported]').count()).toBe(3)
    await viewAllPanels(page)
    await fullPageShot(page, path.join(SHOTS, 'import-dashboard.png'))
    // the volume chart ranks one year (2018 has most reports): look at the imported years
    for (const [year, names] of [
      ['2023', ['汪家铺镇', '尔王庄镇']],
      ['2014', ['口前镇']],
    ] as const) {
      await page.goto(`${baseUrl}?vy=${year}`)
      await ready()
      await page.waitForFunction((n) => document.querySelector('[data-kpi="reports"] .kpi-value')?.textContent?.trim() === n, '8')
      await page.waitForTimeout(300)
      const labels = (await volumeLabels()).join(' ')
      for (const name of names) expect(labels).toContain(name)
    }
  })

  it('keeps the imported reports after a reload (IndexedDB)', async () => {
    await page.reload()
    await ready()
    await page.waitForFunction(() => document.querySelector('[data-kpi="reports"] .kpi-value')?.textContent?.trim() === '8')
    const table = await tableText(page)
    for (const name of NEW_TOWNSHIPS) expect(table).toContain(name)
    expect(await page.locator('[data-panel="table"] [data-imported]').count()).toBe(3)
  })

  it('puts a duplicate township and year side by side, and replace swaps it in', async () => {
    await openDialog()
    await page.setInputFiles('[data-input="files"]', [{ ...duplicateReport(), name: 'jintang_2018_again.txt' }])
    await page.waitForSelector('[data-import-conflicts]')
    const row = page.locator('[data-conflict="0"] tr[data-field="source"]')
    expect(await row.locator('[data-side="existing"]').innerText()).toBe('003_jintang_2018.txt')
    expect(await row.locator('[data-side="incoming"]').innerText()).toBe('jintang_2018_again.txt')
    await page.click('[data-conflict="0"] [data-choice="replace"]')
    await page.click('[data-action="apply-choices"]')
    await page.waitForSelector('[data-import-added]')
    await page.click('[data-action="close-import"]')
    expect(await kpi(page, 'reports')).toBe('8') // one replaced, none added
    await viewPanel(page, 'table')
    expect(await page.locator('[data-panel="table"] [data-imported]').count()).toBe(4)
  })

  it('goes back to the embedded dataset in one click, and stays there after a reload', async () => {
    await page.goto(`${baseUrl}?prov=${encodeURIComponent('吉林省')}`)
    await ready()
    await openDialog()
    await page.click('[data-action="reset-embedded"]')
    await page.waitForURL((u) => !u.search.includes('prov='))
    await page.click('[data-action="close-import"]')
    expect(await kpi(page, 'reports')).toBe('5')
    await viewPanel(page, 'table')
    expect(await page.locator('[data-panel="table"] [data-imported]').count()).toBe(0)
    await page.reload()
    await ready()
    await page.waitForTimeout(300)
    expect(await kpi(page, 'reports')).toBe('5')
    expect(await tableText(page)).toContain('金塘镇')
  })

  it('logs no console errors', () => {
    expect(consoleErrors).toEqual([])
  })
})
