/**
 * For the bench: import `n` synthetic reports (one file each) through the dialog's file picker
 * in the built page, and report the seconds from picking to "N reports imported" and the
 * longest main-thread task meanwhile (PerformanceObserver 'longtask', tasks ≥ 50 ms; 0 means
 * none was that long), i.e. whether the page stayed responsive while the worker parsed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { closePreview, ensureBuilt, launchChromium, startPreview } from './harness.ts'
import { synthTexts } from './importFixtures.ts'

export async function measureImport(n = 1000): Promise<{ seconds: number; longestTaskMs: number; imported: number }> {
  await ensureBuilt()
  // Files on disk, picked by path as a person picks them. Buffers would be rebuilt as File
  // objects by playwright's own script inside the page, one 1.1 s task at 1,000 files that
  // the longest-task figure then blamed on the dashboard.
  const dir = mkdtempSync(path.join(tmpdir(), 'zwgk-import-'))
  const files = synthTexts(n).map((f) => {
    const file = path.join(dir, f.name)
    writeFileSync(file, f.text)
    return file
  })
  const { server, url } = await startPreview()
  const browser = await launchChromium()
  try {
    // a fresh context: an empty IndexedDB, so every report is new
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    await page.addInitScript({ content: 'globalThis.__name = (f) => f' }) // toolchain.md pitfall 12
    await page.goto(url)
    await page.waitForSelector('[data-panel="volume"] canvas')
    await page.click('[data-action="import"]')
    await page.waitForSelector('[data-import-dialog]')
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number }
      w.__longest = 0
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration)
      }).observe({ type: 'longtask' })
    })
    const started = Date.now()
    await page.setInputFiles('[data-input="files"]', files)
    await page.waitForSelector('[data-import-added]', { timeout: 600_000 })
    // the panels redraw with the new records after the import: wait two frames for that work too
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
    const seconds = (Date.now() - started) / 1000
    const longestTaskMs = await page.evaluate(() => (window as unknown as { __longest: number }).__longest)
    const imported = await page.evaluate(() => Number(document.querySelector('[data-imported-count]')?.textContent?.match(/\d+/)?.[0] ?? 0))
    await context.close()
    return { seconds, longestTaskMs: Math.round(longestTaskMs), imported }
  } finally {
    await browser.close()
    await closePreview(server)
    rmSync(dir, { recursive: true, force: true })
  }
}

// `tsx tests/e2e/measureImport.ts [n]` prints the result as one JSON line: the bench
// (synchronous figures) runs it in a child process.
if (process.argv[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await measureImport(Number(process.argv[2] ?? 1000))))
}
