/**
 * `tsx tests/bench/profileChange.ts [clear|change]`: a CPU profile of the built page
 * (E2E_DIST, else dist/) at 380,000 rows over a few filter changes of one kind, summed by
 * function (self time, top 40): where a change's time goes.
 */
import path from 'node:path'
import { closePreview, ensureBuilt, startPreview } from '../e2e/harness.ts'
import { launchForMeasuring, serveFolder, synthCsv, waitForPaintedChart } from '../e2e/measureScale.ts'

const kind = process.argv[2] ?? 'clear'
const dir = synthCsv(38000, 10)
await ensureBuilt()
const data = await serveFolder(dir)
const { server, url } = await startPreview()
const browser = await launchForMeasuring()
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  await page.route(/\/reports\/[^/]+\.txt$/, (route) => route.fulfill({ status: 404, body: '' }))
  await page.goto(`${url}?data=${encodeURIComponent(data.url)}`)
  await waitForPaintedChart(page)
  await page.waitForFunction(() => performance.getEntriesByName('kanban:rows-ready').length > 0, undefined, { timeout: 120_000 })
  await page.waitForTimeout(3000)
  const provinces = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLOptionElement>('[data-filter="province"] option')].map((o) => o.value).filter(Boolean),
  )
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  // warm up once, then profile
  for (let round = 0; round < 2; round++) {
    if (round === 1) await cdp.send('Profiler.start')
    for (let i = 0; i < 4; i++) {
      if (kind === 'clear') {
        await page.evaluate((q) => window.__kanban!.redraw!(q), { prov: provinces[i], y0: '2015', y1: '2017' })
        await page.evaluate(
          `(async () => { document.querySelector('[data-action="clear-filters"]').click(); await new Promise((r) => setTimeout(r, 0)); await window.__kanban.settled() })()`,
        )
      } else if (kind === 'change') {
        await page.evaluate((q) => window.__kanban!.redraw!(q), { prov: provinces[i] })
        await page.evaluate((q) => window.__kanban!.redraw!(q), { y0: '2019', y1: '2019' })
      }
    }
  }
  const { profile } = await cdp.send('Profiler.stop')
  const self = new Map<string, number>()
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const dt = profile.timeDeltas ?? []
  profile.samples?.forEach((id, i) => {
    const n = byId.get(id)!
    const f = n.callFrame
    const key = `${f.functionName || '(anon)'} ${path.basename(f.url)}:${f.lineNumber}`
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000)
  })
  const total = [...self.values()].reduce((a, b) => a + b, 0)
  console.log(`total sampled ${total.toFixed(0)} ms`)
  for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${k}`)
} finally {
  await browser.close()
  await closePreview(server)
  data.server.close()
}
