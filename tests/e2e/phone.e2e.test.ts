/**
 * Phone and 适老化 (issue 14.12): at 390×844 in the 适老化 mode the KPI figures stay inside
 * their cards, the table's township column stays in view while the table scrolls sideways, and
 * its last header is not cut. The national synthetic set gives the widest figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Server } from 'node:http'
import type { Browser } from 'playwright-core'
import type { PreviewServer } from 'vite'
import { closePreview, ensureBuilt, launchChromium, startPreview } from './harness.ts'
import { serveFolder, synthCsv, waitForPaintedChart } from './measureScale.ts'
import { viewPanel } from './pageProbes.ts'

let preview: PreviewServer
let data: Server
let pageUrl: string
let browser: Browser

beforeAll(async () => {
  const dir = synthCsv(300, 10)
  await ensureBuilt()
  const served = await serveFolder(dir)
  data = served.server
  const p = await startPreview()
  preview = p.server
  pageUrl = `${p.url}?data=${encodeURIComponent(served.url)}`
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  if (preview) await closePreview(preview)
  await new Promise<void>((resolve) => (data ? data.close(() => resolve()) : resolve()))
})

describe('a phone in the 适老化 mode', () => {
  it('keeps KPI figures in their cards, the township column in view, and the last header whole', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
    await context.addInitScript(() => localStorage.setItem('kanban.elder', '1'))
    const page = await context.newPage()
    await page.route(/\/reports\/[^/]+\.txt$/, (route) => route.fulfill({ status: 404, body: '' }))
    await page.goto(pageUrl)
    await waitForPaintedChart(page, 60_000)
    // every figure fits its card: nothing spills into the next one ("2015–2024" into "1,516,363")
    const spills = await page.locator('.kpi-card').evaluateAll((cards) =>
      cards.map((card) => {
        const value = card.querySelector<HTMLElement>('.kpi-value')!
        const box = card.getBoundingClientRect(),
          v = value.getBoundingClientRect()
        return { id: card.getAttribute('data-kpi'), over: Math.round(Math.max(value.scrollWidth - value.clientWidth, v.right - box.right)) }
      }),
    )
    for (const s of spills) expect(s, s.id ?? '').toMatchObject({ over: expect.any(Number) })
    expect(spills.filter((s) => s.over > 0)).toEqual([])

    await viewPanel(page, 'table')
    const scroller = page.locator('[data-panel="table"] .table-scroll')
    await scroller.evaluate((el) => (el.scrollLeft = el.scrollWidth))
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)))
    const layout = await scroller.evaluate((el) => {
      const box = el.getBoundingClientRect()
      const first = el.querySelector('tbody td')!.getBoundingClientRect()
      const heads = el.querySelectorAll('thead th')
      const last = heads[heads.length - 1] as HTMLElement
      const label = last.querySelector('button')!
      return {
        left: Math.round(first.left - box.left),
        lastRight: Math.round(last.getBoundingClientRect().right - box.right),
        cut: label.scrollWidth - label.clientWidth,
      }
    })
    // scrolled to the far right, the township column is still at the left edge
    expect(layout.left).toBeLessThanOrEqual(1)
    expect(layout.lastRight).toBeLessThanOrEqual(0)
    expect(layout.cut).toBeLessThanOrEqual(0)
    await context.close()
  })
})
