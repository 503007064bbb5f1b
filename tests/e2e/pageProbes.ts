/**
 * Functions evaluated inside the page. Kept as plain function expressions with no named inner
 * helpers: tsx/esbuild's keepNames would otherwise inject `__name`, which the page lacks
 * (toolchain.md pitfall 12).
 */
import type { Page } from 'playwright-core'

/** Pixels that ECharts painted (alpha > 0) on the panel's canvas; 0 if there is none. */
export function paintedPixels(page: Page, panel: string): Promise<number> {
  return page.evaluate((name) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`[data-panel="${name}"] canvas`)
    if (!canvas || !canvas.width || !canvas.height) return 0
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data
    let painted = 0
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++
    return painted
  }, panel)
}

/** Page coordinates of the middle of bar `index` in series 0 of a horizontal bar chart. */
export function barCentre(page: Page, panel: string, index: number): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ([name, i]) => {
      const chart = window.__kanban?.chart(name as string)
      const host = document.querySelector(`[data-panel="${name}"] .echarts-host`)
      if (!chart || !host) return null
      const option = chart.getOption() as { series: { data: { value: number }[] }[] }
      const value = option.series[0].data[i as number].value
      const [px, py] = chart.convertToPixel({ seriesIndex: 0 }, [value / 2, i as number]) as number[]
      const rect = host.getBoundingClientRect()
      return { x: rect.left + px, y: rect.top + py }
    },
    [panel, index] as const,
  )
}

/** Page coordinates of point `index` of line series `series` in the trends chart, and its id. */
export function linePoint(page: Page, series: number, index: number): Promise<{ x: number; y: number; id: string } | null> {
  return page.evaluate(
    ([s, i]) => {
      const chart = window.__kanban?.chart('trends')
      const host = document.querySelector('[data-panel="trends"] .echarts-host')
      if (!chart || !host) return null
      const option = chart.getOption() as { series: { id: string; data: (number | string)[] }[] }
      const line = option.series[s as number]
      const [px, py] = chart.convertToPixel({ seriesIndex: s as number }, [i as number, Number(line.data[i as number])]) as number[]
      const rect = host.getBoundingClientRect()
      return { x: rect.left + px, y: rect.top + py, id: line.id }
    },
    [series, index] as const,
  )
}

export function kpi(page: Page, id: string): Promise<string> {
  return page.locator(`[data-kpi="${id}"] .kpi-value`).innerText()
}

/**
 * Scrolls a panel into view, as a reader would, and waits until it has caught up: a panel far
 * from the viewport waits to redraw (usePauseOffscreen.ts), so its content after a filter
 * change or an import is only current once it has been near the screen.
 */
export async function viewPanel(page: Page, panel: string): Promise<void> {
  await page.locator(`[data-panel="${panel}"]`).scrollIntoViewIfNeeded()
  // the observer reports in a task after the next frame; the panel's redraw is then queued
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))),
  )
  await page.evaluate(() => window.__kanban!.settled!())
}

/** Every panel viewed in page order, then back to the top: the whole page is current. */
export async function viewAllPanels(page: Page): Promise<void> {
  const panels = await page.locator('[data-panel]').evaluateAll((els) => els.map((e) => e.getAttribute('data-panel') ?? ''))
  for (const panel of panels) if (panel) await viewPanel(page, panel)
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))),
  )
  await page.evaluate(() => window.__kanban!.settled!())
}

/** The table's rows as a reader sees them once scrolled to (it waits to redraw while far away). */
export async function tableText(page: Page): Promise<string> {
  await viewPanel(page, 'table')
  return page.locator('[data-panel="table"] tbody').innerText()
}

/**
 * A full-page screenshot of what a reader scrolling down would see. The long panels' content
 * is skipped while off screen (base.css content-visibility), and a full-page capture does not
 * scroll, so for the picture only they are told to render.
 */
export async function fullPageShot(page: Page, file: string): Promise<void> {
  const style = await page.addStyleTag({ content: '[data-panel] { content-visibility: visible !important; }' })
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))))
  await page.screenshot({ path: file, fullPage: true })
  await style.evaluate((el) => (el as Element).remove())
}
