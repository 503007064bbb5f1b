/**
 * The dashboard on a synthetic national-scale dataset, for the bench and the scale e2e test.
 *
 * The CSVs come from `npm run synth -- --csv`, generated once per size and seed into the OS
 * temp folder and reused. They are served by a tiny node:http server with Content-Length and
 * no compression (vite preview gzips on the fly, which would make the fetch, not the page,
 * the thing measured; toolchain.md §5), and the built page is pointed at them with
 * `?data=http://127.0.0.1:<port>/`.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createReadStream, existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createGzip, gzipSync } from 'node:zlib'
import type { Browser, Page } from 'playwright-core'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, DIST, ROOT, closePreview, ensureBuilt, startPreview } from './harness.ts'
import { writeLanding } from '../../src/cli/writeLanding.ts'
import { LANDING_FILE, LANDING_FORMAT } from '../../src/query/landing.ts'
import { ARROW_FILE, generationId } from '../../src/cli/runData.ts'
import { reportsArrow } from '../../src/data/arrowColumns.ts'
import { MANIFEST_FILE, manifestJson } from '../../src/data/manifest.ts'

/** reports.csv + facts.csv for `townships` real townships × `years` years, cached by size and seed. */
export function synthCsv(townships: number, years: number, seed = 1): string {
  const dir = path.join(tmpdir(), `zwgk-bench-csv-${townships}x${years}-seed${seed}`)
  if (existsSync(path.join(dir, 'reports.csv'))) {
    // a folder generated before synth wrote landing views, or this landing format, gets one now
    const landing = path.join(dir, LANDING_FILE)
    if (!existsSync(landing) || !readFileSync(landing, 'utf8').startsWith(`{"format":"${LANDING_FORMAT}"`)) writeLanding(dir)
    return dir
  }
  const partial = `${dir}.partial`
  rmSync(partial, { recursive: true, force: true })
  process.stderr.write(`generating ${townships * years} synthetic report rows into ${dir} (once) …\n`)
  const r = spawnSync(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    [
      path.join(ROOT, 'scripts/synth.ts'),
      '--townships',
      String(townships),
      '--years',
      String(years),
      '--seed',
      String(seed),
      '--csv',
      '--out',
      partial,
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  )
  if (r.status !== 0) throw new Error(`synth failed (exit ${r.status})`)
  rmSync(dir, { recursive: true, force: true })
  renameSync(partial, dir)
  return dir
}

/**
 * `<dir>-arrow`: the synthetic folder as `npm run data` leaves a large set, with reports.arrow
 * beside the pair and manifest.json naming all three (runData.ts's own reportsArrow and
 * generation id). The CSVs and landing.json are hard links to `dir`'s; `dir` itself stays
 * CSV-only for what measures or tests that path. Made once, cached like synthCsv's folder.
 */
export function withArrow(dir: string): string {
  const target = `${dir}-arrow`
  if (existsSync(path.join(target, MANIFEST_FILE))) return target
  const partial = `${target}.partial`
  rmSync(partial, { recursive: true, force: true })
  mkdirSync(partial)
  for (const name of ['reports.csv', 'facts.csv', LANDING_FILE])
    if (existsSync(path.join(dir, name))) linkSync(path.join(dir, name), path.join(partial, name))
  const csv = readFileSync(path.join(dir, 'reports.csv'))
  const arrow = reportsArrow(csv.toString('utf8'))
  if (!arrow) throw new Error(`${dir}/reports.csv: a row is refused, no reports.arrow`)
  writeFileSync(path.join(partial, ARROW_FILE), arrow)
  const entry = (name: string, bytes: Uint8Array) => ({
    name,
    bytes: bytes.byteLength,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  })
  const reports = entry('reports.csv', csv)
  const facts = entry('facts.csv', readFileSync(path.join(dir, 'facts.csv')))
  writeFileSync(
    path.join(partial, MANIFEST_FILE),
    manifestJson({ reports, facts, arrow: entry(ARROW_FILE, arrow) }, generationId(reports.sha256, facts.sha256)),
  )
  rmSync(target, { recursive: true, force: true })
  renameSync(partial, target)
  return target
}

/** Serves a folder's files as they are: Content-Length, no gzip, CORS open (another port). */
export async function serveFolder(dir: string, { gzip = false } = {}): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '')
    const file = path.join(dir, name)
    if (!name || name.includes('..') || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end()
      return
    }
    const headers = { 'Content-Type': 'text/csv; charset=utf-8', 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' }
    // a single byte range, as static hosts serve them (the evidence reads facts.csv so: factsByRange.ts)
    const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '')
    if (range && !gzip) {
      const size = statSync(file).size
      const start = Number(range[1])
      const end = Math.min(size - 1, range[2] ? Number(range[2]) : size - 1)
      if (start >= size || end < start) {
        res.writeHead(416, { ...headers, 'Content-Range': `bytes */${size}` }).end()
        return
      }
      res.writeHead(206, {
        ...headers,
        'Content-Range': `bytes ${start}-${end}/${size}`,
        'Content-Length': end - start + 1,
        'Access-Control-Expose-Headers': 'Content-Range',
      })
      createReadStream(file, { start, end }).pipe(res)
      return
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'Range' }).end()
      return
    }
    if (gzip) {
      // as a web server compressing on the fly sends it: no length, level 1 (nginx's default)
      res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip' })
      createReadStream(file)
        .pipe(createGzip({ level: 1 }))
        .pipe(res)
      return
    }
    res.writeHead(200, { ...headers, 'Content-Length': statSync(file).size })
    createReadStream(file).pipe(res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return { server, url: `http://127.0.0.1:${port}/` }
}

export function launchForMeasuring(): Promise<Browser> {
  // precise memory info: performance.memory is otherwise rounded and updated rarely
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
  })
}

/** Resolves when a chart panel's canvas has any painted pixel (polled in the page). */
export function waitForPaintedChart(page: Page, timeout = 120_000): Promise<unknown> {
  return page.waitForFunction(
    () =>
      [...document.querySelectorAll<HTMLCanvasElement>('[data-panel] canvas')].some((c) => {
        if (!c.width || !c.height) return false
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data
        for (let i = 3; i < d.length; i += 4) if (d[i] > 0) return true
        return false
      }),
    undefined,
    { polling: 16, timeout },
  )
}

/** JS heap in use after a full garbage collection, in bytes. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { metrics } = await cdp.send('Performance.getMetrics').catch(async () => {
    await cdp.send('Performance.enable')
    return cdp.send('Performance.getMetrics')
  })
  await cdp.detach()
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value
  return used ?? (await page.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize))
}

export interface ScaleFigures {
  rows: number
  /** click on a table value → its evidence quote shown, for the first three rows (facts.csv read per report) */
  evidenceMs?: number[]
  /**
   * navigation → first chart canvas with painted pixels (from the landing view, when the
   * dataset has one: scale/landing.ts)
   */
  firstChartMs: number
  /** navigation → every row loaded and indexed: filters, drill-down and sources work */
  rowsReadyMs: number | null
  /** null when the page did not answer within the step's timeout */
  heapBytes: number | null
  /**
   * filter change → first frame after every panel near the screen redrew (the rest wait until
   * scrolled to, usePauseOffscreen.ts), one per change
   */
  redrawMs: number[]
  /**
   * after the changes: the charts near the screen set again to the options they hold, all in
   * one task, → the next frame. No filtering, aggregation or Vue: the floor under redrawMs
   * that drawing those ECharts canvases alone puts on this machine.
   */
  chartsOnlyMs: number[]
  /** after the changes: scroll to each panel below the fold → first frame after it caught up */
  catchUpMs: number[]
  /** last, back at the national view: 导出 CSV clicked → the download starts, and the longest task meanwhile */
  exportCsv: { ms: number; longestTaskMs: number; bytes: number } | null
  /** 清除筛选 clicked on a filtered view (a province and a year range) → first frame after every near panel redrew, one per try */
  clearAllMs: number[]
  /**
   * a township name typed into the search box (one input event) → first frame after every near
   * panel redrew: the search box's own 300 ms typing delay included, and after it
   */
  searchMs: { withDelay: number; afterDelay: number }[]
  /**
   * rows usable, from the reports.csv request's start (resource timing) to the page's
   * rows-ready mark, and, in the same page after the load, the fastest plain reader of the same
   * bytes: fetch, decode, split into lines (no cells, no checks), best of three
   */
  reader: { rowsUsableMs: number; fastestReaderMs: number } | null
  /** why a figure is missing: the page stopped answering after the first chart */
  stalled: string | null
  /** the page's own marks of the load (loadDataset.ts mark()), ms after navigation started */
  marks: Record<string, number>
}

/** `work`, or null when it takes longer than `ms` (a page stuck in a long task answers nothing). */
async function within<T>(ms: number, work: Promise<T>): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)))
  try {
    return await Promise.race([work, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Opens the built page on `dataDir`, times the first chart, measures the heap after load, then
 * applies `changes` filter changes (provinces, a province's years, one national year, in
 * turn) through window.__kanban.redraw and collects their times.
 */
export async function measureScale(dataDir: string, changes = 50, stepTimeoutMs = 60_000, { gzip = false } = {}): Promise<ScaleFigures> {
  await ensureBuilt()
  const rows = readFileSync(path.join(dataDir, 'reports.csv'), 'utf8').split('\n').filter(Boolean).length - 1
  const data = await serveFolder(dataDir, { gzip })
  const { server, url } = await startPreview()
  const browser = await launchForMeasuring()
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.stack ?? e.message))
    // the synthetic set has no report texts: answer the compliance panel's requests for them
    // here (404, no network) instead of letting thousands of them queue up in the browser
    await page.route(/\/reports\/[^/]+\.txt$/, (route) => route.fulfill({ status: 404, body: '' }))
    const started = Date.now()
    await page.goto(`${url}?data=${encodeURIComponent(data.url)}`)
    await waitForPaintedChart(page)
    const firstChartMs = Date.now() - started
    const stalled = 'the page stopped answering after the first chart (a panel in a long task)'
    // the first chart may come from the landing view before the rows are in: wait for them
    const rowsReady = await within(
      stepTimeoutMs,
      page.waitForFunction(() => performance.getEntriesByName('kanban:rows-ready').length > 0, undefined, {
        polling: 16,
        timeout: stepTimeoutMs,
      }),
    )
    const rowsReadyMs = rowsReady === null ? null : Date.now() - started
    const settled = await within(
      stepTimeoutMs,
      page.waitForTimeout(1000).then(() => page.evaluate(() => document.querySelectorAll('[data-panel]').length)),
    )
    // reversed, so the first mark of each name is the one kept (a chart is marked again when
    // the rows replace the landing view)
    const marks: Record<string, number> =
      (await within(
        stepTimeoutMs,
        page.evaluate(() =>
          Object.fromEntries(
            performance
              .getEntriesByType('mark')
              .filter((m) => m.name.startsWith('kanban:'))
              .reverse()
              .map((m) => [m.name.slice(7), Math.round(m.startTime)]),
          ),
        ),
      )) ?? {}
    const none = { clearAllMs: [], searchMs: [], reader: null }
    if (settled === null)
      return {
        rows,
        firstChartMs,
        rowsReadyMs,
        heapBytes: null,
        redrawMs: [],
        chartsOnlyMs: [],
        catchUpMs: [],
        exportCsv: null,
        stalled,
        marks,
        ...none,
      }
    const heapBytes = await within(stepTimeoutMs, heapAfterGc(page))
    const options = await within(
      stepTimeoutMs,
      page.evaluate(() => ({
        provinces: [...document.querySelectorAll<HTMLOptionElement>('[data-filter="province"] option')].map((o) => o.value).filter(Boolean),
        years: [...document.querySelectorAll<HTMLOptionElement>('[data-filter="year-from"] option')].map((o) => o.value).filter(Boolean),
      })),
    )
    if (heapBytes === null || options === null)
      return {
        rows,
        firstChartMs,
        rowsReadyMs,
        heapBytes,
        redrawMs: [],
        chartsOnlyMs: [],
        catchUpMs: [],
        exportCsv: null,
        stalled,
        marks,
        ...none,
      }
    const { provinces, years } = options
    if (!provinces.length || !years.length) throw new Error('no provinces or years to filter by')
    if (changes) await page.evaluate(KEEP_LAST_OPTIONS)
    const redrawMs: number[] = []
    for (let i = 0; i < changes; i++) {
      const prov = provinces[i % provinces.length]
      const y = years[i % years.length]
      const query: Record<string, string> = i % 3 === 0 ? { prov } : i % 3 === 1 ? { prov, y0: years[0], y1: y } : { y0: y, y1: y }
      const ms = await within(
        stepTimeoutMs,
        page.evaluate((q) => window.__kanban!.redraw!(q), query),
      )
      if (ms === null)
        return {
          rows,
          firstChartMs,
          rowsReadyMs,
          heapBytes,
          redrawMs,
          chartsOnlyMs: [],
          catchUpMs: [],
          exportCsv: null,
          stalled: `change ${i + 1} did not finish: ${stalled}`,
          marks,
          ...none,
        }
      redrawMs.push(ms)
    }
    const chartsOnlyMs: number[] = []
    for (let i = 0; i < Math.min(changes, 20); i++) {
      const ms = await within(stepTimeoutMs, page.evaluate<number>(CHARTS_ONLY))
      if (ms !== null) chartsOnlyMs.push(ms)
    }
    // the panels below the fold, paused through the changes, each scrolled to in turn
    const catchUpMs: number[] = []
    const below =
      changes === 0
        ? []
        : await page.evaluate(
            (live) =>
              [...document.querySelectorAll('[data-panel]')]
                .filter((p) => p.getBoundingClientRect().top > window.innerHeight * live)
                .map((p) => p.getAttribute('data-panel')!),
            LIVE_SCREENS,
          )
    for (const panel of below) {
      const ms = await within(
        stepTimeoutMs,
        page.evaluate(async (name) => {
          const started = performance.now()
          document.querySelector(`[data-panel="${name}"]`)!.scrollIntoView()
          // the observer reports after the next frame; the catch-up redraw is then queued
          await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))))
          await window.__kanban!.settled!()
          await new Promise((resolve) => requestAnimationFrame(resolve))
          return performance.now() - started
        }, panel),
      )
      if (ms !== null) catchUpMs.push(ms)
    }
    const clearAllMs: number[] = []
    const searchMs: { withDelay: number; afterDelay: number }[] = []
    if (changes) {
      await page.evaluate(() => window.scrollTo(0, 0))
      for (let i = 0; i < 5; i++) {
        await page.evaluate((q) => window.__kanban!.redraw!(q), {
          prov: provinces[i % provinces.length],
          y0: years[0],
          y1: years[Math.min(2, years.length - 1)],
        })
        const ms = await within(stepTimeoutMs, page.evaluate(CLEAR_ALL))
        if (ms !== null) clearAllMs.push(ms as number)
      }
      // place names people search for: five counties of the first province, searched nationally
      await page.evaluate((q) => window.__kanban!.redraw!(q), { prov: provinces[0] })
      const names = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLOptionElement>('[data-filter="county"] option')]
          .map((o) => o.value)
          .filter(Boolean)
          .slice(0, 5),
      )
      await page.evaluate(() => window.__kanban!.redraw!({}))
      if (!names.length) throw new Error('no county names to search for')
      for (const name of names) {
        const ms = await within(stepTimeoutMs, page.evaluate(`(${SEARCH})(${JSON.stringify(name)})`))
        if (ms !== null) searchMs.push(ms as { withDelay: number; afterDelay: number })
        await page.evaluate(() => window.__kanban!.redraw!({}))
      }
    }
    const reader =
      changes === 0 ? null : await within(stepTimeoutMs, page.evaluate(`(${FASTEST_READER})(${JSON.stringify(data.url + 'reports.csv')})`))
    const exportCsv = changes === 0 ? null : await within(stepTimeoutMs, measureExport(page))
    const evidenceMs = changes === 0 ? [] : ((await within(stepTimeoutMs, measureEvidence(page))) ?? [])
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`)
    return {
      rows,
      firstChartMs,
      rowsReadyMs,
      heapBytes,
      redrawMs,
      chartsOnlyMs,
      catchUpMs,
      exportCsv,
      evidenceMs,
      stalled: null,
      marks,
      clearAllMs,
      searchMs,
      reader: reader as ScaleFigures['reader'],
    }
  } finally {
    await browser.close()
    await closePreview(server)
    await new Promise<void>((resolve) => data.server.close(() => resolve()))
  }
}

/**
 * Panels whose top is within this many view heights of the page's top redraw on a change (the
 * view and usePauseOffscreen's LIVE_MARGIN, half a screen, below it; the page is scrolled to the
 * top through the changes): the rest are the ones scrolled to for the catch-up figure.
 */
const LIVE_SCREENS = 1.5

/**
 * Wraps each drawn chart's setOption to keep the last option it was given (on the ECharts
 * instance), for CHARTS_ONLY. Page-side, as strings: the page's own code is not changed.
 */
const KEEP_LAST_OPTIONS = `(() => {
  for (const host of document.querySelectorAll('[data-panel] .echarts-host')) {
    const chart = window.__kanban.chart(host.closest('[data-panel]').getAttribute('data-panel'))
    if (!chart || chart.__lastOption) continue
    const set = chart.setOption.bind(chart)
    chart.__lastOption = null
    chart.setOption = (option, ...rest) => { chart.__lastOption = option; return set(option, ...rest) }
  }
})()`

/** The charts near the view (LIVE_SCREENS) set again to their last option in one task, then the next frame: ms. */
const CHARTS_ONLY = `new Promise((resolve) => setTimeout(() => {
  const near = [...document.querySelectorAll('[data-panel]')].filter((p) => p.querySelector('.echarts-host') && p.getBoundingClientRect().top <= innerHeight * ${LIVE_SCREENS})
  const charts = near.map((p) => window.__kanban.chart(p.getAttribute('data-panel'))).filter((c) => c && c.__lastOption)
  const started = performance.now()
  for (const c of charts) c.setOption(c.__lastOption, { notMerge: true })
  requestAnimationFrame(() => resolve(performance.now() - started))
}, 50))`

/**
 * The page's own clear-all button on a filtered view: click → the route is cleared, Vue has
 * redrawn (the task's microtasks, then a task), every queued chart draw has run, next frame.
 */
const CLEAR_ALL = `(async () => {
  const button = document.querySelector('[data-action="clear-filters"]')
  const started = performance.now()
  button.click()
  await new Promise((resolve) => setTimeout(resolve, 0))
  await window.__kanban.settled()
  await new Promise((resolve) => requestAnimationFrame(resolve))
  return performance.now() - started
})()`

/**
 * A name typed into the search box (one input event, as a paste): → the search box's typing
 * delay runs out and the URL carries it, → every queued chart draw has run, next frame. The
 * delay is the search box's own (300 ms, one history entry per search), so the time after it
 * is reported apart.
 */
const SEARCH = `async (name) => {
  const input = document.querySelector('[data-filter="search"]')
  const started = performance.now()
  input.value = name
  input.dispatchEvent(new Event('input', { bubbles: true }))
  await new Promise((resolve) => {
    const check = () => (new URLSearchParams(location.search).get('q') === name ? resolve() : setTimeout(check, 1))
    check()
  })
  await new Promise((resolve) => setTimeout(resolve, 0))
  await window.__kanban.settled()
  await new Promise((resolve) => requestAnimationFrame(resolve))
  const done = performance.now()
  return { withDelay: done - started, afterDelay: done - started - 300 }
}`

/**
 * Rows usable (reports.arrow's or reports.csv's request start → the rows-ready mark), and the fastest plain reader of
 * the same bytes in the same page: fetch, decode as UTF-8, count the lines; best of three.
 */
const FASTEST_READER = `async (url) => {
  // the page reads reports.arrow when the folder's manifest lists it, else reports.csv (?g=… after either)
  const request = performance.getEntriesByType('resource').find((e) => /\\/reports\\.(csv|arrow)(\\?|$)/.test(e.name))
  const ready = performance.getEntriesByName('kanban:rows-ready')[0]
  let best = Infinity
  for (let i = 0; i < 3; i++) {
    const started = performance.now()
    const text = await (await fetch(url, { cache: 'no-store' })).text()
    let lines = 0
    for (let at = text.indexOf('\\n'); at >= 0; at = text.indexOf('\\n', at + 1)) lines++
    if (!lines) throw new Error('no lines read')
    best = Math.min(best, performance.now() - started)
  }
  return { rowsUsableMs: request && ready ? ready.startTime - request.startTime : null, fastestReaderMs: best }
}`

/** The national view's records exported as CSV: click → download, and the page's longest task meanwhile. */
async function measureExport(page: Page): Promise<{ ms: number; longestTaskMs: number; bytes: number }> {
  await page.evaluate(() => window.__kanban!.redraw!({}))
  await page.evaluate(
    `(() => { window.__longestTask = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longestTask = Math.max(window.__longestTask, e.duration) }).observe({ type: 'longtask' }) })()`,
  )
  const started = Date.now()
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.locator('[data-action="export-csv"]').click(),
  ])
  const ms = Date.now() - started
  const file = await download.path()
  const longestTaskMs = Math.round(Number(await page.evaluate('window.__longestTask')))
  return { ms, longestTaskMs, bytes: file ? statSync(file).size : 0 }
}

/** The first three table rows' 主动公开总数, each clicked: ms until its evidence quote shows. */
async function measureEvidence(page: Page): Promise<number[]> {
  const out: number[] = []
  const rows = page.locator('[data-panel="table"] tbody tr')
  for (let i = 0; i < 3; i++) {
    await page.locator('[data-panel="table"]').scrollIntoViewIfNeeded()
    await rows.nth(i).waitFor()
    const started = Date.now()
    await rows.nth(i).locator('[data-cell="proactive_total"]').click()
    await page.locator('[data-evidence] [data-quote]').waitFor({ timeout: 60_000 })
    out.push(Date.now() - started)
    await page.keyboard.press('Escape')
  }
  return out
}

/**
 * Gzip bytes of the JavaScript the page has fetched by the time its first chart is painted,
 * on the embedded dataset (the files themselves from dist/, gzipped with node:zlib level 9).
 */
export async function measureStartupJs(): Promise<{ bytes: number; files: string[]; firstChartMs: number }> {
  await ensureBuilt()
  const { server, url } = await startPreview()
  const browser = await launchForMeasuring()
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    const loaded = new Set<string>()
    page.on('request', (req) => {
      const p = new URL(req.url()).pathname
      if (p.endsWith('.js')) loaded.add(p)
    })
    const started = Date.now()
    await page.goto(url)
    await waitForPaintedChart(page, 30_000)
    const firstChartMs = Date.now() - started
    const files = [...loaded].sort()
    const bytes = files.reduce((sum, p) => sum + gzipSync(readFileSync(path.join(DIST, p)), { level: 9 }).length, 0)
    return { bytes, files, firstChartMs }
  } finally {
    await browser.close()
    await closePreview(server)
  }
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

// `tsx tests/e2e/measureScale.ts <townships> <years> [changes] [gzip] [csv-only]` / `… startup-js` print
// one JSON line: the bench (synchronous figures) runs them in a child process. The folder is the
// one `npm run data` makes of a large set (reports.arrow and a manifest); csv-only: the CSVs alone.
if (process.argv[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href) {
  if (process.argv[2] === 'startup-js') console.log(JSON.stringify(await measureStartupJs()))
  else {
    const csvOnly = synthCsv(Number(process.argv[2]), Number(process.argv[3]))
    const dir = process.argv.includes('csv-only') ? csvOnly : withArrow(csvOnly)
    const r = await measureScale(dir, Number(process.argv[4] ?? 50), 60_000, { gzip: process.argv[5] === 'gzip' })
    console.log(
      JSON.stringify({
        ...r,
        median: r.redrawMs.length ? percentile(r.redrawMs, 50) : null,
        p95: r.redrawMs.length ? percentile(r.redrawMs, 95) : null,
      }),
    )
  }
}
