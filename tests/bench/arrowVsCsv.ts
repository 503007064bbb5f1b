/**
 * Is an Arrow IPC file of the national-scale reports faster to turn into usable typed columns
 * than our CSV column reader (issue 15, "rows usable ≤ 1.2× the fastest reader")? A measurement,
 * not a loader: the page keeps reading reports.csv.
 *
 *   npx tsx tests/bench/arrowVsCsv.ts [rounds=5] [--townships 38000] [--years 10] [--no-node] [--no-browser]
 *
 * The rows are the bench's synthetic set (measureScale.ts's synthCsv, 38,000 × 10 = 380,000
 * rows, cached in the OS temp folder). Its reports.csv is read once by parseColumns, and the
 * columns are written as two Arrow files (arrowColumns.ts: counts as Float64 with NaN, or as
 * Int32 with nulls) next to a copy-free link to the CSV in another temp folder.
 *
 * Figures, each `rounds` times with the order of the readers rotated every round (the machine
 * is shared), printed as median and min–max:
 * - sizes: raw, gzip -6 and gzip -1 (nginx's default level) of each file;
 * - Node (one thread, file already on disk): bytes → columns;
 * - headless Chromium, the files served over 127.0.0.1 with Content-Length and no gzip as the
 *   bench serves them: request → columns received on the page from a worker (arrowVsCsvWorker.ts),
 *   and the bench's "fastest plain reader" (fetch, decode, count lines, on the page).
 */
import { build } from 'esbuild'
import { existsSync, linkSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { parseColumns } from '../../src/data/parseColumns.ts'
import type { ReportColumns } from '../../src/data/columns.ts'
import { launchForMeasuring, synthCsv } from '../e2e/measureScale.ts'
import { ROOT } from '../e2e/harness.ts'
import { arrowToColumns, columnsToArrow, type CountLayout } from '../../src/data/arrowColumns.ts'

const argv = process.argv.slice(2)
const flag = (name: string, fallback: number) => {
  const at = argv.indexOf(name)
  return at >= 0 ? Number(argv[at + 1]) : fallback
}
const rounds = Number(argv.find((a) => /^\d+$/.test(a) && !['--townships', '--years'].includes(argv[argv.indexOf(a) - 1])) ?? 5)
const townships = flag('--townships', 38000)
const years = flag('--years', 10)
const LAYOUTS: CountLayout[] = ['f64', 'i32']
const log = (s: string) => process.stderr.write(`${s}\n`)
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const summary = (xs: number[]) =>
  `${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}, n=${xs.length})`

function sameColumns(a: ReportColumns, b: ReportColumns): string | null {
  if (a.length !== b.length) return `length ${a.length} ≠ ${b.length}`
  for (let k = 0; k < a.numbers.length; k++)
    for (let i = 0; i < a.length; i++) if (!Object.is(a.numbers[k][i], b.numbers[k][i])) return `number column ${k} row ${i}`
  for (let t = 0; t < a.codes.length; t++)
    for (let i = 0; i < a.length; i++) {
      const x = a.codes[t][i] < 0 ? null : a.dicts[t][a.codes[t][i]]
      const y = b.codes[t][i] < 0 ? null : b.dicts[t][b.codes[t][i]]
      if (x !== y) return `text column ${t} row ${i}: ${x} ≠ ${y}`
    }
  return null
}

/** The CSV (hard link) and the two Arrow files in one folder of their own, made once. */
function prepare(): string {
  const csvDir = synthCsv(townships, years)
  const dir = path.join(tmpdir(), `zwgk-arrow-${townships}x${years}-seed1`)
  mkdirSync(dir, { recursive: true })
  const csv = path.join(dir, 'reports.csv')
  if (!existsSync(csv)) linkSync(path.join(csvDir, 'reports.csv'), csv)
  // the Arrow files are written once, and checked on every run: they must hold the CSV's rows
  const columns = parseColumns(readFileSync(csv, 'utf8')).columns
  for (const layout of LAYOUTS) {
    const file = path.join(dir, `reports-${layout}.arrow`)
    if (!existsSync(file)) writeFileSync(file, columnsToArrow(columns, layout))
    const differs = sameColumns(columns, arrowToColumns(new Uint8Array(readFileSync(file))))
    if (differs) throw new Error(`${file} does not read back as the CSV's columns: ${differs}`)
  }
  return dir
}

const FILES = ['reports.csv', ...LAYOUTS.map((l) => `reports-${l}.arrow`)]

function sizes(dir: string): string[] {
  return FILES.map((name) => {
    const bytes = readFileSync(path.join(dir, name))
    const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`
    return `${name}: raw ${mb(bytes.length)}, gzip -6 ${mb(gzipSync(bytes, { level: 6 }).length)}, gzip -1 ${mb(gzipSync(bytes, { level: 1 }).length)}`
  })
}

/** Node, one thread, bytes already read from disk: bytes → our columns. */
function nodeFigures(dir: string): Record<string, number[]> {
  const raw = Object.fromEntries(FILES.map((name) => [name, readFileSync(path.join(dir, name))]))
  const readers: Record<string, () => ReportColumns> = {
    'csv (decode + parseColumns)': () => parseColumns(new TextDecoder().decode(raw['reports.csv'])).columns,
    ...Object.fromEntries(
      LAYOUTS.map((l) => [`arrow ${l} (tableFromIPC + our shape)`, () => arrowToColumns(new Uint8Array(raw[`reports-${l}.arrow`]))]),
    ),
  }
  const names = Object.keys(readers)
  const out: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]))
  for (let r = 0; r < rounds; r++) {
    for (let j = 0; j < names.length; j++) {
      const name = names[(r + j) % names.length]
      const started = performance.now()
      const columns = readers[name]()
      out[name].push(performance.now() - started)
      if (columns.length !== townships * years) throw new Error(`${name}: ${columns.length} rows`)
    }
  }
  return out
}

async function browserFigures(dir: string): Promise<Record<string, number[]>> {
  const bundled = await build({
    entryPoints: [path.join(ROOT, 'tests/bench/arrowVsCsvWorker.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'warning',
  })
  const workerJs = bundled.outputFiles[0].contents
  const pageJs = (
    await build({
      entryPoints: [path.join(ROOT, 'tests/bench/arrowVsCsvPage.ts')],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      write: false,
      logLevel: 'warning',
    })
  ).outputFiles[0].contents
  const server = createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://x').pathname.slice(1)
    const headers = { 'Cache-Control': 'no-store' }
    if (name === '')
      return void res
        .writeHead(200, { ...headers, 'Content-Type': 'text/html' })
        .end('<!doctype html><meta charset="utf-8"><title>arrow vs csv</title><script src="/page.js"></script>')
    if (name === 'page.js')
      return void res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript', 'Content-Length': pageJs.length }).end(pageJs)
    if (name === 'worker.js')
      return void res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript', 'Content-Length': workerJs.length }).end(workerJs)
    if (!FILES.includes(name)) return void res.writeHead(404).end()
    const file = path.join(dir, name)
    res.writeHead(200, {
      ...headers,
      'Content-Type': name.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/vnd.apache.arrow.file',
      'Content-Length': statSync(file).size,
    })
    res.end(readFileSync(file))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`
  const browser = await launchForMeasuring()
  const methods = ['plain', 'csv', ...LAYOUTS.flatMap((l) => [`arrow-${l}`, `arrow-${l} on the page`])]
  const out: Record<string, number[]> = Object.fromEntries(
    [
      ...methods,
      ...LAYOUTS.flatMap((l) => [`arrow-${l} bytes in (worker)`, `arrow-${l} table (worker)`, `arrow-${l} on the page: blocking the page`]),
    ].map((m) => [m, []]),
  )
  try {
    for (let r = 0; r < rounds; r++) {
      const page = await browser.newPage()
      await page.goto(base)
      for (let j = 0; j < methods.length; j++) {
        const method = methods[(r + j) % methods.length]
        const url = method === 'plain' || method === 'csv' ? `${base}reports.csv` : `${base}reports-${method.slice(6, 9)}.arrow`
        if (method.endsWith('on the page')) {
          const got = await page.evaluate(
            (url) =>
              (
                globalThis as unknown as { readArrowOnPage: (u: string) => Promise<{ ms: number; rows: number; blockingMs: number }> }
              ).readArrowOnPage(url),
            url,
          )
          if (got.rows !== townships * years) throw new Error(`${method}: ${got.rows} rows`)
          out[method].push(got.ms)
          out[`${method}: blocking the page`].push(got.blockingMs)
          log(`round ${r + 1} ${method}: ${got.ms.toFixed(0)} ms (load ${load()})`)
          continue
        }
        const got = await page.evaluate(
          async ({ method, url }) => {
            if (method === 'plain') {
              // the bench's fastest plain reader (measureScale.ts): fetch, decode, count lines
              const started = performance.now()
              const text = await (await fetch(url, { cache: 'no-store' })).text()
              let lines = 0
              for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++
              return { ms: performance.now() - started, rows: lines - 1, bytesInMs: null, tableMs: null }
            }
            const worker = new Worker('/worker.js')
            await new Promise((resolve) => {
              worker.onmessage = resolve
              worker.postMessage({ kind: 'ping' })
            })
            const started = performance.now()
            const data = await new Promise<{
              ok: boolean
              message?: string
              columns?: { length: number }
              bytesInMs: number | null
              tableMs: number | null
            }>((resolve) => {
              worker.onmessage = (e) => resolve(e.data)
              worker.postMessage({ kind: method, url })
            })
            const ms = performance.now() - started
            worker.terminate()
            if (!data.ok) throw new Error(data.message)
            return { ms, rows: data.columns!.length, bytesInMs: data.bytesInMs, tableMs: data.tableMs }
          },
          { method, url },
        )
        if (got.rows !== townships * years) throw new Error(`${method}: ${got.rows} rows`)
        out[method].push(got.ms)
        if (got.bytesInMs !== null) out[`${method} bytes in (worker)`].push(got.bytesInMs)
        if (got.tableMs !== null) out[`${method} table (worker)`].push(got.tableMs)
        log(`round ${r + 1} ${method}: ${got.ms.toFixed(0)} ms (load ${load()})`)
      }
      await page.close()
    }
  } finally {
    await browser.close()
    server.close()
  }
  return out
}

const dir = prepare()
const lines = [`${townships * years} rows; load average before: ${load()}`, 'sizes:', ...sizes(dir).map((s) => `  ${s}`)]
if (!argv.includes('--no-node')) {
  const node = nodeFigures(dir)
  lines.push(
    `Node ${process.version}, one thread, bytes in memory → our columns:`,
    ...Object.entries(node).map(([k, v]) => `  ${k}: ${summary(v)}`),
  )
}
if (!argv.includes('--no-browser')) {
  const b = await browserFigures(dir)
  lines.push(
    'headless Chromium, request → columns received on the page (127.0.0.1, no gzip):',
    ...Object.entries(b).map(([k, v]) => `  ${k}: ${summary(v)}`),
  )
  const plain = median(b.plain)
  lines.push(
    `  ratio to the plain reader (medians): ${['csv', ...LAYOUTS.flatMap((l) => [`arrow-${l}`, `arrow-${l} on the page`])]
      .map((m) => `${m} ${(median(b[m]) / plain).toFixed(2)}×`)
      .join(', ')}`,
  )
}
lines.push(`load average after: ${load()}`)
console.log(lines.join('\n'))
