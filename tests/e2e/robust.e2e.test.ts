/**
 * What only a real browser shows (issue 17): two tabs of one profile sharing the imports
 * (IndexedDB + BroadcastChannel), a full storage quota (Chromium's QuotaExceededError has an
 * empty message), and an import file past its time budget in the real worker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { startSession, watchErrors } from './harness.ts'
import { pastedReport } from './importFixtures.ts'

let session: Awaited<ReturnType<typeof startSession>>
let baseUrl: string

beforeAll(async () => {
  session = await startSession()
  baseUrl = session.baseUrl
})

afterAll(async () => {
  await session?.close()
})

async function open(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  watchErrors(page)
  await page.goto(baseUrl)
  await page.waitForSelector('[data-panel="kpi"]')
  return page
}

async function paste(page: Page, name: string, text: string): Promise<void> {
  await page.click('[data-action="import"]')
  await page.waitForSelector('[data-import-dialog]')
  await page.click('.paste summary')
  await page.fill('[data-input="paste-name"]', name)
  await page.fill('[data-input="paste-text"]', text)
  await page.click('[data-action="import-paste"]')
}

/** How many imported reports the header's button shows (no count: none). */
const importCount = (page: Page) => page.locator('[data-action="import"] .import-count').count()

describe('imports in two tabs (issue 17 item 4)', () => {
  it("one tab's import shows in the other, and a removal in one empties both, after a reload too", async () => {
    const context = await session.browser.newContext({ locale: 'zh-CN' })
    try {
      const a = await open(context)
      const b = await open(context)
      const report = pastedReport()
      await paste(a, report.name, report.text)
      await a.waitForSelector('[data-import-added]')
      // told over BroadcastChannel: tab B shows it without a reload
      await b.waitForFunction(() => document.querySelector('[data-action="import"] .import-count')?.textContent?.includes('1'), undefined, {
        polling: 100,
      })
      await b.click('[data-action="import"]')
      await b.click('[data-action="remove-imported"]')
      await a.waitForFunction(() => !document.querySelector('[data-action="import"] .import-count'), undefined, { polling: 100 })
      await a.reload()
      await a.waitForSelector('[data-panel="kpi"]')
      await a.waitForTimeout(500) // restore() runs after the dataset load began
      expect(await importCount(a)).toBe(0)
    } finally {
      await context.close()
    }
  }, 60_000)
})

describe('a full storage quota (issue 17 item 3)', () => {
  it('says the import could not be saved, by the error name, instead of "已导入 1 份报告"', async () => {
    const context = await session.browser.newContext({ locale: 'zh-CN' })
    try {
      const page = await open(context)
      const cdp = await context.newCDPSession(page)
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseUrl).origin, quotaSize: 1 })
      const report = pastedReport()
      await paste(page, report.name, report.text)
      await page.waitForSelector('[data-import-unsaved]')
      expect(await page.locator('[data-import-added]').count()).toBe(0)
      expect(await page.locator('[data-storage-error]').innerText()).toContain('QuotaExceededError')
    } finally {
      await context.close()
    }
  }, 60_000)
})

describe('an import file past its time budget (issue 17 item 1)', () => {
  it('fails that file with one line instead of sticking at "已处理 0 / 1", and the next import works', async () => {
    const context = await session.browser.newContext({ locale: 'zh-CN' })
    try {
      const page = await context.newPage()
      watchErrors(page)
      // every file over budget at once (the real worker, the real watchdog)
      await page.addInitScript(() => ((globalThis as { __kanbanImportBudgetMs?: number }).__kanbanImportBudgetMs = 1))
      await page.goto(baseUrl)
      await page.waitForSelector('[data-panel="kpi"]')
      const report = pastedReport()
      await paste(page, report.name, report.text)
      await page.waitForSelector('[data-import-failures] li')
      expect(await page.locator('[data-import-failures] li').innerText()).toMatch(/读取超过 0\.001 秒，已跳过/)
      await page.evaluate(() => delete (globalThis as { __kanbanImportBudgetMs?: number }).__kanbanImportBudgetMs)
      await page.fill('[data-input="paste-text"]', report.text)
      await page.click('[data-action="import-paste"]')
      await page.waitForSelector('[data-import-added]')
      expect(await page.locator('[data-import-added]').innerText()).toContain('1')
    } finally {
      await context.close()
    }
  }, 60_000)
})
