/**
 * Word files and whole saved web pages dropped on the import, in the built page in Chromium:
 * a .docx (mammoth in the import worker), a web page saved as .doc (read as the page), a whole
 * saved government page (Readability over linkedom in the worker), and the two that cannot be
 * used: a Word 97 .doc (its reader needs Node: the commands read it) and a .docx that is not a
 * ZIP. Each report appears in the panels with its evidence; the page chrome does not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { ROOT, startSession, watchErrors } from './harness.ts'
import { kpi, tableText, viewAllPanels, viewPanel, fullPageShot } from './pageProbes.ts'
import { synthTexts, type FilePayload } from './importFixtures.ts'
import { textToArticleHtml, wrapInSiteChrome } from '../fixtures/pages/sitePage.ts'

const SHOTS = path.join(ROOT, 'tests/e2e/screenshots')
const WORD = path.join(ROOT, 'tests/fixtures/word')

let session: Awaited<ReturnType<typeof startSession>>
let context: BrowserContext
let page: Page
const consoleErrors: string[] = []

beforeAll(async () => {
  session = await startSession()
  mkdirSync(SHOTS, { recursive: true })
  context = await session.browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' })
  page = await context.newPage()
  watchErrors(page, consoleErrors)
})

afterAll(async () => {
  await context?.close()
  await session?.close()
})

function files(): FilePayload[] {
  const texts = synthTexts(8)
  const caoxi = texts[5].text // 曹溪镇 2023
  const taoyuan = texts[7].text // 桃园镇 2023
  const wordPage = `<html xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta charset="utf-8"></head><body lang=ZH-CN><div class=WordSection1>${textToArticleHtml(caoxi)}</div></body></html>`
  return [
    {
      name: 'shizimiao_2023.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: readFileSync(path.join(WORD, 'shizimiao_2023.docx')),
    },
    { name: 'caoxi_2023.doc', mimeType: 'application/msword', buffer: Buffer.from(wordPage, 'utf8') },
    {
      name: 'taoyuan_2023.html',
      mimeType: 'text/html',
      buffer: Buffer.from(wrapInSiteChrome('桃园镇2023年政府信息公开工作年度报告', textToArticleHtml(taoyuan)), 'utf8'),
    },
    { name: 'city_office_2019.doc', mimeType: 'application/msword', buffer: readFileSync(path.join(WORD, 'city_office_2019.doc')) },
    { name: 'not_a_zip.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('这只是改了扩展名的文字', 'utf8') },
  ]
}

describe('dropping Word files and saved pages on the import', () => {
  it('imports the .docx, the web-page .doc and the saved page; lists the Word 97 .doc and the broken .docx with their reasons', async () => {
    await page.goto(session.baseUrl)
    await page.waitForSelector('[data-panel="volume"] canvas')
    expect(await kpi(page, 'reports')).toBe('5')
    await page.click('[data-action="import"]')
    await page.waitForSelector('[data-import-dialog]')
    const list = files()
    const dt = await page.evaluateHandle(
      (items) => {
        const d = new DataTransfer()
        for (const f of items)
          d.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.mimeType }))
        return d
      },
      list.map((f) => ({ name: f.name, mimeType: f.mimeType, base64: f.buffer.toString('base64') })),
    )
    await page.dispatchEvent('[data-drop-zone]', 'drop', { dataTransfer: dt })
    await page.waitForSelector('[data-import-added]', { timeout: 30_000 })
    expect(await page.locator('[data-import-added]').innerText()).toBe('已导入 3 份报告')
    const failures = await page
      .locator('[data-import-failures] [data-failure]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-failure') ?? ''))
    expect(failures.sort()).toEqual(['city_office_2019.doc', 'not_a_zip.docx'])
    expect(await page.locator('[data-failure="city_office_2019.doc"]').innerText()).toContain(
      '旧版 .doc 文件（97-2003 格式）只能由命令行工具读取',
    )
    expect(await page.locator('[data-failure="not_a_zip.docx"]').innerText()).toContain('不是 .docx 文件')
    await page.locator('[data-import-dialog]').screenshot({ path: path.join(SHOTS, 'import-documents-dialog.png') })
    await page.click('[data-action="close-import"]')

    expect(await kpi(page, 'reports')).toBe('8')
    const table = await tableText(page)
    for (const name of ['狮子庙镇', '曹溪镇', '桃园镇']) expect(table).toContain(name)
    // the saved page's chrome named 示范县 and other townships: none became a report
    for (const chrome of ['示范县', '城关镇', '新华镇']) expect(table).not.toContain(chrome)
    await viewAllPanels(page)
    await fullPageShot(page, path.join(SHOTS, 'import-documents-dashboard.png'))
  })

  for (const [township, source] of [
    ['狮子庙镇', 'shizimiao_2023.docx'],
    ['桃园镇', 'taoyuan_2023.html'],
  ] as const) {
    it(`opens the evidence of a value from ${source}: quote in the text kept from the file, no page chrome`, async () => {
      await viewPanel(page, 'table')
      const row = page.locator('[data-panel="table"] tbody tr', { hasText: township })
      const cell = row.locator('[data-cell="proactive_total"]')
      await expect.poll(async () => (await cell.innerText()).trim(), { timeout: 10_000 }).toMatch(/[1-9]/)
      const value = (await cell.innerText()).trim()
      await cell.click()
      const dialog = page.locator('[data-evidence]')
      await dialog.waitFor()
      const flat = (t: string) => t.replace(/[\s,，。、；：]/g, '')
      const quote = flat(await dialog.locator('[data-quote]').innerText())
      // stated in digits or in Chinese numerals (五十二条)
      expect(quote.includes(value.replace(/[,\s]/g, '')) || /[一二三四五六七八九十百千]+[条件]/.test(quote), quote).toBe(true)
      expect(await dialog.locator('[data-source]').innerText()).toBe(source)
      await dialog.locator('[data-action="open-text"]').click()
      await page.locator('[data-report-text] [data-highlight]').waitFor()
      const full = await page.locator('[data-report-text]').innerText()
      expect(full).toContain(township)
      expect(flat(full)).toContain(quote)
      for (const chrome of ['主办单位', '当前位置', '分享到', '网站标识码']) expect(full).not.toContain(chrome)
      await page
        .locator('[data-report-text]')
        .screenshot({ path: path.join(SHOTS, `import-documents-text-${source.replace(/\W/g, '_')}.png`) })
      await page.click('[data-action="close-text"]')
      await page.click('[data-action="close-evidence"]')
    })
  }

  it('logs no console errors', () => {
    expect(consoleErrors).toEqual([])
  })
})
