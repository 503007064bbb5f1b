/**
 * For the bench: import `n` synthetic reports (one file each) through the dialog's file picker
 * in the built page, and report the seconds from picking to "N reports imported" and the
 * longest main-thread task meanwhile (PerformanceObserver 'longtask', tasks ≥ 50 ms; 0 means
 * none was that long), i.e. whether the page stayed responsive while the worker parsed. Also
 * the longest counted from the page's own work on: the task in which the file input's change
 * event fires starts with Chromium turning the selection into a FileList, which no page can
 * shorten (~0.3 s for 1,000 files here; a CPU profile shows no page script in it).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { closePreview, ensureBuilt, launchChromium, startPreview } from './harness.ts'
import { synthTexts } from './importFixtures.ts'

export async function measureImport(n = 1000): Promise<{ seconds: number; longestTaskMs: number; pageTaskMs: number; imported: number }> {
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
      const w = window as unknown as { __tasks: Array<[number, number]>; __changeAt: number }
      w.__tasks = []
      w.__changeAt = Number.NaN
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__tasks.push([e.startTime, e.duration])
      }).observe({ type: 'longtask' })
      // when the file input's change event is dispatched: before it, the task is Chromium's
      // own work on the selection (a FileList of 1,000 files), no page script
      document.addEventListener('change', () => (w.__changeAt = performance.now()), { capture: true, once: true })
    })
    const started = Date.now()
    await page.setInputFiles('[data-input="files"]', files)
    await page.waitForSelector('[data-import-added]', { timeout: 600_000 })
    // the panels redraw with the new records after the import: wait two frames for that work too
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
    const seconds = (Date.now() - started) / 1000
    const { longestTaskMs, pageTaskMs } = await page.evaluate(() => {
      const w = window as unknown as { __tasks: Array<[number, number]>; __changeAt: number }
      let longest = 0
      let page = 0
      for (const [start, duration] of w.__tasks) {
        longest = Math.max(longest, duration)
        // the task that dispatched change counts for the page from the dispatch on
        page = Math.max(page, start <= w.__changeAt && w.__changeAt <= start + duration ? start + duration - w.__changeAt : duration)
      }
      return { longestTaskMs: longest, pageTaskMs: page }
    })
    const imported = await page.evaluate(() => Number(document.querySelector('[data-imported-count]')?.textContent?.match(/\d+/)?.[0] ?? 0))
    await context.close()
    return { seconds, longestTaskMs: Math.round(longestTaskMs), pageTaskMs: Math.round(pageTaskMs), imported }
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
