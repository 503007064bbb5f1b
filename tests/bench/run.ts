/**
 * `npm run bench`: performance figures on one core, one line each as
 * `name: value (target: …)`. Each figure is one function in FIGURES; add a function to add a
 * figure. Targets are the project's current expectations, not measured limits.
 *
 * Corpus = the embedded dataset (data/reports/*), decoded the way the CLI decodes it.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeReportBytes } from '../../src/io/decodeReportBytes.ts'
import { parseReport } from '../../src/parser/parseReport.ts'

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

type Figure = (corpus: Report[]) => { name: string; value: string; target: string }[]

/** parseReport over the corpus: text MB/s and reports/s. */
const parseThroughput: Figure = (corpus) => {
  const { seconds, bytes, reports } = overCorpus(corpus, (r) => void parseReport(r.text, r.source))
  return [
    { name: 'parse throughput', value: `${(bytes / 1e6 / seconds).toFixed(2)} MB/s`, target: '≥ 5 MB/s' },
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
  if (!d.ok) throw new Error(d.reason)
  parseReport(d.text, 'large.txt')
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  return [{ name: `large report (${(big.length / 1e6).toFixed(0)} MB)`, value: `${seconds.toFixed(1)} s`, target: '< 30 s' }]
}

const FIGURES: Figure[] = [parseThroughput, decodeThroughput, largeReport]

const corpus = loadCorpus()
if (corpus.length === 0) throw new Error(`no reports in ${CORPUS_DIR}`)
const size = corpus.reduce((n, r) => n + r.bytes, 0)
console.log(`corpus: ${corpus.length} reports, ${(size / 1e3).toFixed(0)} kB from ${CORPUS_DIR}, repeated to ≥ ${MIN_BYTES / 1e6} MB; node ${process.version}, one core`)
for (const figure of FIGURES) {
  for (const { name, value, target } of figure(corpus)) console.log(`${name}: ${value} (target: ${target})`)
}
