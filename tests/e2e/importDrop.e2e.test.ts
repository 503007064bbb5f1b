/**
 * Import by drag and drop and by folder, in the built page in Chromium (its own context, so
 * its own IndexedDB), then the evidence of an imported value.
 *
 * - Files: a DataTransfer built in the page holds Files made from the fixture bytes, and
 *   dragenter/dragover/drop are dispatched on the drop zone. Chromium gives such a
 *   DataTransfer no file-system entries (webkitGetAsEntry() is null), so this is the
 *   `dataTransfer.files` path of inputsFromDrop.
 * - A folder: a real drag through CDP (Input.dispatchDragEvent with the folder's path on
 *   disk), for which Chromium makes a real directory entry, so the webkitGetAsEntry walk runs.
 *   Then the same folder through the folder picker (<input webkitdirectory>, setInputFiles on
 *   the directory). Files that are not reports (.png, .DS_Store, .xlsx) are left out; a binary
 *   saved as .txt is listed with its reason.
 * - Evidence: a value of an imported report opens its quote, says the file is kept in this
 *   browser (no link to data/reports/), and the full text comes from IndexedDB with the value
 *   highlighted inside the viewport.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { ROOT, startSession, watchErrors } from './harness.ts'
import { kpi, tableText, viewAllPanels, viewPanel, fullPageShot } from './pageProbes.ts'
import { brokenFile, gbkReport, htmlReport, writeReportFolder, type FilePayload, type ReportFolder } from './importFixtures.ts'

const SHOTS = path.join(ROOT, 'tests/e2e/screenshots')

let session: Awaited<ReturnType<typeof startSession>>
let baseUrl: string
let context: BrowserContext
let page: Page
let tmp: string
let folder: ReportFolder
const consoleErrors: string[] = []

beforeAll(async () => {
  session = await startSession()
  baseUrl = session.baseUrl
  mkdirSync(SHOTS, { recursive: true })
  tmp = mkdtempSync(path.join(os.tmpdir(), 'kanban-drop-'))
  folder = writeReportFolder(tmp)
  context = await session.browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' })
  page = await context.newPage()
  watchErrors(page, consoleErrors)
})

afterAll(async () => {
  await context?.close()
  await session?.close()
  if (tmp) rmSync(tmp, { recursive: true, force: true })
})

async function ready(): Promise<void> {
  await page.waitForSelector('[data-panel="kpi"]')
  await page.waitForSelector('[data-panel="volume"] canvas')
}

async function openDialog(): Promise<void> {
  await page.click('[data-action="import"]')
  await page.waitForSelector('[data-import-dialog]')
}

/** Waits until the dialog counts `n` imported reports and no import is running. */
async function importedCount(n: number): Promise<void> {
  await page.waitForFunction((want) => {
    const count = document.querySelector('[data-imported-count]')?.textContent ?? ''
    return (count.match(/\d+/) ?? [''])[0] === String(want) && !document.querySelector('[data-import-current]')
  }, n)
}

function failureNames(): Promise<string[]> {
  return page.locator('[data-import-failures] [data-failure]').evaluateAll((els) => els.map((e) => e.getAttribute('data-failure') ?? ''))
}

/** Files made in the page from the fixture bytes, in a DataTransfer as a drag would carry them. */
function dataTransferOf(files: FilePayload[]) {
  return page.evaluateHandle(
    (list) => {
      const dt = new DataTransfer()
      for (const f of list) dt.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.mimeType }))
      return dt
    },
    files.map((f) => ({ name: f.name, mimeType: f.mimeType, base64: f.buffer.toString('base64') })),
  )
}

describe('dropping reports on the import dialog', () => {
  it('imports files dropped on the drop zone (a DataTransfer of Files) and lists the broken one with its reason', async () => {
    await page.goto(baseUrl)
    await ready()
    expect(await kpi(page, 'reports')).toBe('5')
    await openDialog()

    const dt = await dataTransferOf([gbkReport(), htmlReport(), brokenFile()])
    // what a browser's drag fires: the zone lights up on dragover, the drop imports
    await page.dispatchEvent('[data-drop-zone]', 'dragenter', { dataTransfer: dt })
    await page.dispatchEvent('[data-drop-zone]', 'dragover', { dataTransfer: dt })
    expect(await page.locator('[data-drop-zone].dragging').count()).toBe(1)
    // the page sees no file-system entries for these Files: the dataTransfer.files path
    expect(await dt.evaluate((d) => [...d.items].map((i) => i.webkitGetAsEntry()))).toEqual([null, null, null])
    await page.dispatchEvent('[data-drop-zone]', 'drop', { dataTransfer: dt })

    await page.waitForSelector('[data-import-added]')
    expect(await page.locator('[data-import-added]').innerText()).toBe('已导入 2 份报告')
    expect(await page.locator('[data-drop-zone].dragging').count()).toBe(0)
    expect(await failureNames()).toEqual(['broken.txt'])
    expect(await page.locator('[data-failure="broken.txt"]').innerText()).toContain('二进制文件（PNG 图片）')
    await importedCount(2)
    await page.click('[data-action="close-import"]')
    expect(await kpi(page, 'reports')).toBe('7')
    const table = await tableText(page)
    expect(table).toContain('口前镇')
    expect(table).toContain('汪家铺镇')
  })

  it('walks a dropped folder (a real drag with a directory entry): reports in, non-reports left out, a broken one listed', async () => {
    await openDialog()
    const zone = await page.locator('[data-drop-zone]').boundingBox()
    const at = { x: zone!.x + zone!.width / 2, y: zone!.y + zone!.height / 2 }
    const cdp = await context.newCDPSession(page)
    // the browser's own drag: Chromium reads the paths and hands the page file-system entries
    const data = { items: [], files: [folder.dir], dragOperationsMask: 1 }
    await cdp.send('Input.dispatchDragEvent', { type: 'dragEnter', ...at, data })
    await cdp.send('Input.dispatchDragEvent', { type: 'dragOver', ...at, data })
    expect(await page.locator('[data-drop-zone].dragging').count()).toBe(1)
    await cdp.send('Input.dispatchDragEvent', { type: 'drop', ...at, data })
    await cdp.detach()

    await importedCount(5)
    await page.waitForSelector('[data-import-added]')
    expect(await page.locator('[data-import-added]').innerText()).toBe('已导入 3 份报告')
    // four files were report types (three reports and the binary .txt); the rest never reached the parser
    expect(await page.locator('[data-import-progress]').getAttribute('max')).toBe('4')
    expect(await failureNames()).toEqual([folder.broken])
    expect(await page.locator(`[data-failure="${folder.broken}"]`).innerText()).toContain('二进制文件')
    const dialogText = await page.locator('[data-import-dialog]').innerText()
    for (const name of folder.ignored) expect(dialogText).not.toContain(name)
    await page.locator('[data-import-dialog]').screenshot({ path: path.join(SHOTS, 'import-drop-folder-dialog.png') })
    await page.click('[data-action="close-import"]')
  })

  it('shows the dropped reports in the panels: KPI count and the table with imported badges', async () => {
    expect(await kpi(page, 'reports')).toBe('10')
    const table = await tableText(page)
    for (const name of ['口前镇', '汪家铺镇', ...folder.townships]) expect(table).toContain(name)
    expect(await page.locator('[data-panel="table"] [data-imported]').count()).toBe(5)
    await viewAllPanels(page)
    await fullPageShot(page, path.join(SHOTS, 'import-drop-dashboard.png'))
    // the quality panel's warnings read in Chinese, figures included
    await viewPanel(page, 'quality')
    const list = page.locator('[data-panel="quality"] [data-warning-list]')
    const sentences = await list.locator('[data-warning-text]').allInnerTexts()
    expect(sentences.length).toBeGreaterThan(0)
    for (const s of sentences) expect(s).not.toMatch(/[A-Za-z]{2,}/)
    await list.screenshot({ path: path.join(SHOTS, 'import-drop-quality-warnings.png') })
  })

  it('opens the evidence of an imported value: quote, the file kept in this browser, full text highlighted in view', async () => {
    const row = page.locator('[data-panel="table"] tbody tr', { hasText: '汪家铺镇' })
    // the first of these columns with a figure other than 0 (a 0 would match any table row):
    // the later in the text, the more the view has to scroll to it
    let column = ''
    for (const c of ['litigation_total', 'reconsideration_total', 'apps_new', 'procurement_projects', 'proactive_total']) {
      const cell = row.locator(`[data-cell="${c}"]`)
      if ((await cell.count()) && /[1-9]/.test(await cell.innerText())) {
        column = c
        break
      }
    }
    expect(column).not.toBe('')
    const value = (await row.locator(`[data-cell="${column}"]`).innerText()).trim()
    await row.locator(`[data-cell="${column}"]`).click()

    const dialog = page.locator('[data-evidence]')
    await dialog.waitFor()
    const quote = (await dialog.locator('[data-quote]').innerText()).trim()
    expect(quote).toContain(value)
    // no dead link to data/reports/<source>: the file was imported and is kept here
    expect(await dialog.locator('a[data-source]').count()).toBe(0)
    expect(await dialog.locator('[data-source]').innerText()).toBe('wangjiapu_2023.html')
    expect(await dialog.locator('[data-imported-note]').innerText()).toContain('保存在本浏览器中')
    for (const li of await dialog.locator('[data-warnings] li').allInnerTexts()) expect(li).not.toMatch(/[A-Za-z]{2,}/)
    await dialog.screenshot({ path: path.join(SHOTS, 'import-evidence-dialog.png') })

    const texts: string[] = []
    page.on('request', (r) => {
      if (r.url().includes('/data/reports/')) texts.push(r.url())
    })
    await dialog.locator('[data-action="open-text"]').click()
    const mark = page.locator('[data-report-text] [data-highlight]')
    await mark.waitFor()
    await page.waitForTimeout(300) // scrollIntoView is smooth nowhere here, but let layout settle
    const seen = await mark.evaluate((el) => {
      const box = el.getBoundingClientRect()
      const pane = el.closest('.report-text')!.getBoundingClientRect()
      const full = el.closest('.report-text')!.textContent ?? ''
      // the mark's offset in the text: the length of what comes before it
      const nodes = [...el.parentNode!.childNodes]
      const offset = nodes.slice(0, nodes.indexOf(el)).reduce((n, c) => n + (c.textContent ?? '').length, 0)
      return {
        marked: el.textContent ?? '',
        around: full.slice(Math.max(0, offset - 300), offset + (el.textContent ?? '').length + 300),
        inWindow: box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth,
        inPane: box.top >= pane.top && box.bottom <= pane.bottom,
        scrolled: el.closest('.report-text')!.scrollTop,
      }
    })
    const flat = (s: string) => s.replace(/\s+/g, ' ').trim()
    expect(flat(seen.marked)).toContain(value)
    // the highlight sits inside the quoted sentence, in the text as stored
    expect(flat(quote)).toContain(flat(seen.marked))
    expect(flat(seen.around)).toContain(flat(quote))
    expect(seen.inWindow).toBe(true)
    expect(seen.inPane).toBe(true)
    expect(seen.scrolled).toBeGreaterThan(0)
    expect(texts).toEqual([]) // the text came from this browser, not the server
    await page.locator('[data-report-text]').screenshot({ path: path.join(SHOTS, 'import-evidence-text.png') })
    await page.click('[data-action="close-text"]')
    await page.click('[data-action="close-evidence"]')
  })

  it('takes the same folder through the folder picker (webkitdirectory) after "remove imported"', async () => {
    await openDialog()
    await page.click('[data-action="remove-imported"]')
    await importedCount(0)
    await page.setInputFiles('[data-input="folder"]', folder.dir)
    await importedCount(3)
    await page.waitForSelector('[data-import-added]')
    expect(await page.locator('[data-import-added]').innerText()).toBe('已导入 3 份报告')
    expect(await failureNames()).toEqual([folder.broken])
    await page.click('[data-action="close-import"]')
    expect(await kpi(page, 'reports')).toBe('8')
    const table = await tableText(page)
    for (const name of folder.townships) expect(table).toContain(name)
    expect(table).not.toContain('口前镇')
  })

  it("keeps the folder's reports after a reload", async () => {
    await page.reload()
    await ready()
    await page.waitForFunction(() => document.querySelector('[data-kpi="reports"] .kpi-value')?.textContent?.trim() === '8')
    expect(await page.locator('[data-panel="table"] [data-imported]').count()).toBe(3)
  })

  it('logs no console errors', () => {
    expect(consoleErrors).toEqual([])
  })
})
