/**
 * `npm run bench [-- --quick]`: performance figures, one line each as
 * `name: value (target: …)`. Each figure is one function; add a function to add a figure.
 * Targets are the project's current expectations, not measured limits.
 *
 * FIGURES run on one core over the embedded dataset (data/reports/*), decoded the way the CLI
 * decodes it. SCALE_FIGURES run the data command over 10,000 and 100,000 synthetic reports
 * with every core (generated once into os.tmpdir(), see dataRun.ts; the first run takes a
 * few minutes longer); --quick skips them. --scale runs only the 380,000-row browser figures
 * (the filter change, clear-all, search and rows-usable ratios of issue 15).
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { availableParallelism, loadavg as osLoad } from 'node:os'
import { join } from 'node:path'
import { decodeReportBytes } from '../../src/io/decodeReportBytes.ts'
import { readDocument } from '../../src/io/readDocument.ts'
import { parseReport } from '../../src/parser/parseReport.ts'
import { measureDataRun, synthCorpus, type DataRun } from './dataRun.ts'
import { browserAtScale, browserAtScaleGzipped, browserStartupJs } from './browserScale.ts'
import { pdfPagesPerSecond } from './pdfRate.ts'

const CORPUS_DIR = 'data/reports'
const MIN_BYTES = 20e6 // parse at least 20 MB per throughput figure

interface Report {
  source: string
  raw: Uint8Array
  text: string
  bytes: number
}

function loadCorpus(): Report[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => /\.(txt|html?|md)$/i.test(f))
    .sort()
    .flatMap((source) => {
      const raw = readFileSync(join(CORPUS_DIR, source))
      const d = decodeReportBytes(raw, source)
      return d.ok ? [{ source, raw, text: d.text, bytes: Buffer.byteLength(d.text) }] : []
    })
}

/** Run `work` over the corpus, round after round, until at least MIN_BYTES went through it. */
function overCorpus(corpus: Report[], work: (r: Report) => void): { seconds: number; bytes: number; reports: number } {
  for (const r of corpus) work(r) // warm-up round, not timed
  let bytes = 0
  let reports = 0
  const start = process.hrtime.bigint()
  while (bytes < MIN_BYTES) {
    for (const r of corpus) {
      work(r)
      bytes += r.bytes
      reports++
    }
  }
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, bytes, reports }
}

type Row = { name: string; value: string; target: string }
type Figure = (corpus: Report[]) => Row[] | Promise<Row[]>

/** parseReport over the corpus: text MB/s and reports/s. */
const parseThroughput: Figure = (corpus) => {
  const { seconds, bytes, reports } = overCorpus(corpus, (r) => void parseReport(r.text, r.source))
  return [
    { name: 'parse throughput', value: `${(bytes / 1e6 / seconds).toFixed(2)} MB/s`, target: '≥ 10 MB/s (issue 2)' },
    { name: 'parse rate', value: `${Math.round(reports / seconds)} reports/s`, target: '≥ 200 reports/s' },
  ]
}

/** Bytes → text (encoding detection, checks, HTML) over the corpus. */
const decodeThroughput: Figure = (corpus) => {
  const { seconds, bytes } = overCorpus(corpus, (r) => void decodeReportBytes(r.raw, r.source))
  return [{ name: 'decode throughput', value: `${(bytes / 1e6 / seconds).toFixed(1)} MB/s`, target: '≥ 50 MB/s' }]
}

/** One 50 MB report (the corpus glued together): decode plus parse, in seconds. */
const largeReport: Figure = (corpus) => {
  const one = corpus.map((r) => r.text).join('\n')
  const big = Buffer.from(one.repeat(Math.ceil(50e6 / Buffer.byteLength(one))))
  const start = process.hrtime.bigint()
  const d = decodeReportBytes(big, 'large.txt')
  if (!d.ok) throw new Error(d.reason.code)
  parseReport(d.text, 'large.txt')
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  return [{ name: `large report (${(big.length / 1e6).toFixed(0)} MB)`, value: `${seconds.toFixed(1)} s`, target: '< 30 s' }]
}

/**
 * .docx → text (mammoth, tables as cells) → record, one core, over the Word fixtures (a seed
 * report, a 2019 city-office report with its tables, a synthetic township report; made with
 * LibreOffice, 7–10 kB each), round after round for at least 3 s after a warm-up round.
 */
const docxRate: Figure = async () => {
  const dir = 'tests/fixtures/word'
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.docx'))
    .sort()
    .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }))
  const once = async (f: { name: string; bytes: Uint8Array }) => {
    const d = await readDocument(f.bytes, f.name)
    if (!d.ok) throw new Error(`${f.name}: ${d.reason}`)
    parseReport(d.text, f.name)
  }
  for (const f of files) await once(f)
  let n = 0
  const start = process.hrtime.bigint()
  let seconds = 0
  while (seconds < 3) {
    for (const f of files) await once(f)
    n += files.length
    seconds = Number(process.hrtime.bigint() - start) / 1e9
  }
  return [
    {
      name: `.docx files per second (mammoth + parse, ${files.length} fixtures of tests/fixtures/word)`,
      value: `${(n / seconds).toFixed(0)} files/s`,
      target: '≥ 10 files/s',
    },
  ]
}

/** Import of 1,000 reports in the built page (Chromium, worker): seconds, and the longest main-thread task. */
const browserImport: Figure = () => {
  const r = spawnSync('node_modules/.bin/tsx', ['tests/e2e/measureImport.ts', '1000'], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`measureImport failed: ${r.stderr}`)
  const { seconds, longestTaskMs, pageTaskMs } = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as {
    seconds: number
    longestTaskMs: number
    pageTaskMs: number
  }
  return [
    { name: 'browser import, 1000 reports', value: `${seconds.toFixed(1)} s`, target: '< 30 s' },
    {
      name: 'browser import, longest main-thread task (with Chromium building the 1,000-file selection)',
      value: `${longestTaskMs} ms`,
      target: '—',
    },
    { name: 'browser import, longest main-thread task of the page’s own work', value: `${pageTaskMs} ms`, target: '< 200 ms' },
  ]
}

const FIGURES: Figure[] = [
  parseThroughput,
  decodeThroughput,
  largeReport,
  docxRate,
  browserImport,
  browserStartupJs,
  browserAtScale,
  browserAtScaleGzipped,
]

/** Synthetic corpora: 1,000 or 10,000 real townships over a decade (2015–2024). */
const SIZES = { '10k': [1_000, 10], '100k': [10_000, 10] } as const
const runs = new Map<string, DataRun>()
/** One data run per size, shared by the figures that read it (a 100k run takes minutes). */
function dataRun(size: keyof typeof SIZES): DataRun {
  let run = runs.get(size)
  if (!run) {
    const [townships, years] = SIZES[size]
    run = measureDataRun(synthCorpus(townships, years))
    runs.set(size, run)
  }
  return run
}

/** `npm run data` over 100,000 reports with every core: wall seconds and reports/s. */
const dataWallTime: Figure = () => {
  const r = dataRun('100k')
  return [
    {
      name: `data command, ${r.reports} reports, ${r.jobs} jobs`,
      value: `${r.wallSeconds.toFixed(1)} s wall, landing step included (${r.runSeconds.toFixed(1)} s in runData)`,
      target: '< 60 s',
    },
    { name: 'data command rate', value: `${Math.round(r.reports / r.wallSeconds)} reports/s`, target: '≥ 1,700 reports/s' },
    {
      name: `data command, then its landing view step (landing.json, own process), ${r.reports} reports`,
      value: r.landingSeconds === null ? 'failed' : `${r.landingSeconds.toFixed(1)} s`,
      target: '—',
    },
  ]
}

/** The data command's RSS high-water mark at 10,000 and 100,000 reports: flat means streaming. */
const dataPeakMemory: Figure = () => {
  const small = dataRun('10k')
  const large = dataRun('100k')
  return [
    { name: `data command peak RSS, ${small.reports} reports`, value: `${small.maxRssMb.toFixed(0)} MB`, target: 'flat' },
    { name: `data command peak RSS, ${large.reports} reports`, value: `${large.maxRssMb.toFixed(0)} MB`, target: 'flat' },
    { name: 'data command peak RSS ratio 100k / 10k', value: (large.maxRssMb / small.maxRssMb).toFixed(2), target: '≤ 1.5' },
  ]
}

/** Other work on the machine skews wall times: say how busy it was. */
const loadavg = () =>
  osLoad()
    .map((l) => l.toFixed(1))
    .join(' ')

const SCALE_FIGURES: Figure[] = [dataWallTime, dataPeakMemory]

const quick = process.argv.includes('--quick')
if (process.argv.includes('--scale')) {
  for (const { name, value, target } of browserAtScale()) console.log(`${name}: ${value} (target: ${target})`)
  process.exit(0)
}
const corpus = loadCorpus()
if (corpus.length === 0) throw new Error(`no reports in ${CORPUS_DIR}`)
const size = corpus.reduce((n, r) => n + r.bytes, 0)
console.log(
  `corpus: ${corpus.length} reports, ${(size / 1e3).toFixed(0)} kB from ${CORPUS_DIR}, repeated to ≥ ${MIN_BYTES / 1e6} MB; node ${process.version}, one core`,
)
for (const figure of FIGURES) {
  for (const { name, value, target } of await figure(corpus)) console.log(`${name}: ${value} (target: ${target})`)
}
// formats other than text are read asynchronously (pdfjs): their figures are awaited, --quick included
for (const { name, value, target } of await pdfPagesPerSecond()) console.log(`${name}: ${value} (target: ${target})`)
if (quick) {
  console.log('--quick: data command figures at 10,000 and 100,000 reports skipped')
} else {
  console.log(
    `data command: synthetic corpora (npm run synth, seed 1) under the OS temp folder, ${availableParallelism()} cores, load average ${loadavg()}`,
  )
  for (const figure of SCALE_FIGURES) {
    for (const { name, value, target } of await figure(corpus)) console.log(`${name}: ${value} (target: ${target})`)
  }
}
