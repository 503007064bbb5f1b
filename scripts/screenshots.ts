/**
 * `npm run screenshots`: every panel of the built dashboard, at 1440×900 and 390×844, in
 * Chinese, English and the 适老化 mode, on the embedded dataset and on the national synthetic
 * set (300 real townships × 10 years, the e2e suite's), written to screenshots/ (not committed)
 * for a person to look at. Builds dist/ first when it is missing.
 *
 *   npm run screenshots [-- --out DIR] [-- --only embedded|national]
 */
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Browser, Page } from 'playwright-core'
import { ROOT, closePreview, ensureBuilt, launchChromium, startPreview } from '../tests/e2e/harness.ts'
import { serveFolder, synthCsv } from '../tests/e2e/measureScale.ts'
import { viewPanel } from '../tests/e2e/pageProbes.ts'

const { values } = parseArgs({ options: { out: { type: 'string' }, only: { type: 'string' } } })
const OUT = path.resolve(values.out ?? path.join(ROOT, 'screenshots'))

const VIEWPORTS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const
const MODES = [
  { name: 'zh', locale: 'zh-CN', elder: '0' },
  { name: 'en', locale: 'en', elder: '0' },
  { name: 'elder', locale: 'zh-CN', elder: '1' },
] as const

/** The panels in page order, as the page names them (data-panel). */
async function panelNames(page: Page): Promise<string[]> {
  const names = await page.locator('[data-panel]').evaluateAll((els) => els.map((e) => e.getAttribute('data-panel') ?? ''))
  return [...new Set(names.filter(Boolean))]
}

async function shoot(browser: Browser, url: string, dataset: string, textsMissing: boolean): Promise<string[]> {
  const written: string[] = []
  for (const viewport of VIEWPORTS) {
    for (const mode of MODES) {
      const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, locale: mode.locale })
      await context.addInitScript(
        ([locale, elder]) => {
          localStorage.setItem('kanban.locale', locale)
          localStorage.setItem('kanban.elder', elder)
        },
        [mode.locale, mode.elder] as const,
      )
      const page = await context.newPage()
      // the synthetic set has no report texts: answered here, as a host without them would
      if (textsMissing) await page.route(/\/reports\/[^/]+\.txt$/, (route) => route.fulfill({ status: 404, body: '' }))
      await page.goto(url)
      await page.waitForSelector('[data-panel="kpi"]', { timeout: 120_000 })
      await page.evaluate(() => window.__kanban!.settled!())
      const prefix = `${dataset}-${viewport.name}-${mode.name}`
      const file = (name: string) => path.join(OUT, `${prefix}-${name}.png`)
      await page.screenshot({ path: file('00-top') })
      written.push(file('00-top'))
      // every panel, scrolled to as a reader would (panels catch up when near: usePauseOffscreen.ts)
      for (let pass = 0; pass < 2; pass++) for (const name of await panelNames(page)) await viewPanel(page, name)
      for (const [i, name] of (await panelNames(page)).entries()) {
        await viewPanel(page, name)
        await page.waitForTimeout(150)
        const target = file(`${String(i + 1).padStart(2, '0')}-${name}`)
        await page.locator(`[data-panel="${name}"]`).first().screenshot({ path: target })
        written.push(target)
      }
      if (viewport.name === 'phone') {
        // the filters, opened, as a phone shows them
        const toggle = page.locator('.filters-toggle')
        if (await toggle.isVisible()) {
          await page.evaluate(() => window.scrollTo(0, 0))
          await toggle.click()
          await page.locator('.layout-filters').screenshot({ path: file('00-filters') })
          written.push(file('00-filters'))
        }
      }
      await context.close()
      process.stdout.write(`${prefix}: done\n`)
    }
  }
  return written
}

await ensureBuilt()
// a full run starts from an empty folder; --only keeps the other dataset's pictures
if (!values.only) rmSync(OUT, { recursive: true, force: true })
mkdirSync(OUT, { recursive: true })
const { server, url } = await startPreview()
const browser = await launchChromium()
const closers: Array<() => Promise<void>> = []
try {
  let count = 0
  if (!values.only || values.only === 'embedded') count += (await shoot(browser, url, 'embedded', false)).length
  if (!values.only || values.only === 'national') {
    const data = await serveFolder(synthCsv(300, 10))
    closers.push(() => new Promise<void>((resolve) => data.server.close(() => resolve())))
    count += (await shoot(browser, `${url}?data=${encodeURIComponent(data.url)}`, 'national', true)).length
  }
  process.stdout.write(`${count} screenshots in ${path.relative(process.cwd(), OUT) || OUT}\n`)
} finally {
  await browser.close()
  for (const close of closers) await close()
  await closePreview(server)
}
