/**
 * A real PDF report dropped on the import dialog, in the built page in Chromium: pdfjs reads
 * its text layer in the import worker (loaded only then, CMaps and fonts from this site), the
 * report appears in the panels, and a value's evidence gives its quote and its PDF page, the
 * same page the CLI's extraction gives. Bad PDFs (encrypted, truncated, a scan) are listed
 * with one Chinese line each while the good one goes in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { ROOT, startSession, watchErrors } from './harness.ts'
import { kpi, tableText } from './pageProbes.ts'
import { makePdf } from '../fixtures/pdf/makePdf.ts'
import { pdfToTextNode } from '../../src/io/pdfNode.ts'
import { parseReport } from '../../src/parser/parseReport.ts'
import { pageAt } from '../../src/data/pageAt.ts'
import { corpusRoot } from '../parser/corpusRoot.ts'

const SHOTS = path.join(ROOT, 'tests/e2e/screenshots')
const PDF = path.join(corpusRoot('dev-corpus').root, 'reports/101_hongze_2023.pdf')

let session: Awaited<ReturnType<typeof startSession>>
let context: BrowserContext
let page: Page
const consoleErrors: string[] = []
const requests: string[] = []

beforeAll(async () => {
  session = await startSession()
  mkdirSync(SHOTS, { recursive: true })
  context = await session.browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' })
  page = await context.newPage()
  watchErrors(page, consoleErrors)
  page.on('request', (r) => requests.push(r.url()))
})

afterAll(async () => {
  await context?.close()
  await session?.close()
})

function drop(files: { name: string; bytes: Uint8Array }[]) {
  return page.evaluateHandle(
    (list) => {
      const dt = new DataTransfer()
      for (const f of list)
        dt.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: 'application/pdf' }))
      return dt
    },
    files.map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString('base64') })),
  )
}

describe('importing a PDF report', () => {
  it('reads the PDF in the worker, lists the bad PDFs with their reasons, and shows the report in the panels', async () => {
    await page.goto(session.baseUrl)
    await page.waitForSelector('[data-panel="kpi"]')
    expect(await kpi(page, 'reports')).toBe('5')
    // pdfjs is not part of the start-up download
    expect(requests.filter((u) => /pdf/i.test(u))).toEqual([])

    await page.click('[data-action="import"]')
    await page.waitForSelector('[data-import-dialog]')
    const good = new Uint8Array(readFileSync(PDF))
    const encrypted = new Uint8Array(readFileSync(path.join(ROOT, 'tests/fixtures/pdf/encrypted.pdf')))
    const scan = makePdf([{ image: true }])
    const truncated = good.subarray(0, 40_000)
    // Chinese in STSong-Light, no embedded font: readable only through the package's CMaps
    const cmap = makePdf([
      {
        text: [
          [72, 760, 16, '石门镇人民政府'],
          [72, 730, 16, '２０２２年政府信息公开工作年度报告'],
          [72, 700, 16, '本年主动公开政府信息１２０条。'],
        ],
      },
    ])
    const dt = await drop([
      { name: '101_hongze_2023.pdf', bytes: good },
      { name: 'shimen_2022.pdf', bytes: cmap },
      { name: 'encrypted.pdf', bytes: encrypted },
      { name: 'scan.pdf', bytes: scan },
      { name: 'truncated.pdf', bytes: truncated },
    ])
    await page.dispatchEvent('[data-drop-zone]', 'drop', { dataTransfer: dt })
    await page.waitForSelector('[data-import-added]', { timeout: 30_000 })
    expect(await page.locator('[data-import-added]').innerText()).toBe('已导入 2 份报告')
    const reason = (name: string) => page.locator(`[data-failure="${name}"]`).innerText()
    expect(await reason('encrypted.pdf')).toContain('加密的 PDF（需要密码）')
    expect(await reason('scan.pdf')).toContain('没有文字层')
    expect(await reason('truncated.pdf')).toContain('PDF 文件损坏或不完整')
    await page.locator('[data-import-dialog]').screenshot({ path: path.join(SHOTS, 'import-pdf-dialog.png') })
    // CMaps, fonts and pdfjs come from this site only
    const origin = new URL(session.baseUrl).origin
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([])

    await page.click('[data-action="close-import"]')
    expect(await kpi(page, 'reports')).toBe('7')
    const table = await tableText(page)
    expect(table).toContain('洪泽区')
    expect(table).toContain('石门镇')
    // the CMap came from this site, as a file of the build
    expect(requests.filter((u) => /UniGB-UCS2-H[^/]*\.bcmap$/.test(u)).map((u) => new URL(u).origin)).toEqual([
      new URL(session.baseUrl).origin,
    ])
  })

  it('opens a value of the PDF report: its quote and the PDF page it is on', async () => {
    // what the CLI's extraction says about the same value: its quote's page
    const read = await pdfToTextNode(new Uint8Array(readFileSync(PDF)))
    if (!read.ok) throw new Error(read.reason.code)
    const { facts, record } = parseReport(read.text, '101_hongze_2023.pdf')
    const row = page.locator('[data-panel="table"] tbody tr', { hasText: '洪泽区' })
    let column = ''
    for (const c of ['apps_total', 'apps_new', 'proactive_total', 'ch_web', 'litigation_total']) {
      const value = (record as Record<string, unknown>)[c]
      if (typeof value === 'number' && value > 0 && (await row.locator(`[data-cell="${c}"]`).count())) {
        column = c
        break
      }
    }
    expect(column).not.toBe('')
    const fact = facts.find((f) => f.field === column)!
    await row.locator(`[data-cell="${column}"]`).click()
    const dialog = page.locator('[data-evidence]')
    await dialog.waitFor()
    expect((await dialog.locator('[data-quote]').innerText()).replace(/\s+/g, ' ').trim()).toBe(fact.quote)
    expect(await dialog.locator('[data-quote]').innerText()).toContain(fact.value)
    expect(await dialog.locator('[data-page]').innerText()).toContain(`PDF 第 ${pageAt(read.text, fact.start)} 页`)
    expect(await dialog.locator('[data-source]').innerText()).toBe('101_hongze_2023.pdf')
    await dialog.screenshot({ path: path.join(SHOTS, 'import-pdf-evidence.png') })

    // the full text is the PDF's extracted text, the value highlighted on its page
    await dialog.locator('[data-action="open-text"]').click()
    const view = page.locator('[data-report-text]')
    await view.locator('[data-highlight]').waitFor()
    expect(await view.locator('[data-page]').innerText()).toContain(`PDF 第 ${pageAt(read.text, fact.start)} 页`)
    const shown = await view.locator('.report-text').evaluate((el) => el.textContent ?? '')
    expect(shown).toBe(read.text)
    await view.screenshot({ path: path.join(SHOTS, 'import-pdf-text.png') })
    // each page's end is drawn as a rule naming the next page; the text itself is unchanged
    expect(await view.locator('[data-page-break]').evaluateAll((els) => els.map((e) => e.getAttribute('data-label')))).toEqual([
      '第 2 页',
      '第 3 页',
      '第 4 页',
      '第 5 页',
      '',
    ])
    await view.locator('[data-page-break="2"]').scrollIntoViewIfNeeded()
    await view.screenshot({ path: path.join(SHOTS, 'import-pdf-text-page-break.png') })
    await page.click('[data-action="close-text"]')
    await page.click('[data-action="close-evidence"]')
  })

  it('logs no console errors', () => {
    expect(consoleErrors).toEqual([])
  })
})
