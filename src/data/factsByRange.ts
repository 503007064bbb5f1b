/**
 * One report's facts read from a large facts.csv by HTTP range requests, without the file.
 *
 * facts.csv holds each report's rows together, in reports.csv's order (`npm run data` and
 * `npm run synth` both write them so). The page knows every report's position in reports.csv,
 * so a binary search over byte offsets finds a report's rows: a probe reads 32 KiB at an
 * offset, takes the first whole row after it and compares that row's report position with
 * the one sought; ~13 probes for 170 MB (380,000 reports), then the report's rows are read
 * and checked with csv.ts. Reading and indexing the whole file in the worker took 9.4 s there
 * before the first quote showed.
 *
 * Anything that does not fit (no range support, a compressed response, a size other than the
 * manifest's, rows out of order, an unknown header) answers null and the caller reads the
 * whole file as before (columnsFacts.ts). Pure apart from the `read` function passed in.
 */
import Papa from 'papaparse'
import { FACT_COLUMNS, REPORT_COLUMNS, type Fact } from './schema.ts'
import { csvToFacts } from './csv.ts'
import type { LoadError } from './loadDataset.ts'

/** Bytes per probe: a few rows of facts at least (a row is ~100–300 bytes). */
export const PROBE_BYTES = 32 * 1024
/** Reading one report's rows stops past this many bytes (a report has tens of rows). */
const MAX_REPORT_BYTES = 4 * 1024 * 1024

/** Bytes [start, end) of the file, and its whole size; null when the host does not serve ranges. */
export type RangeRead = (start: number, end: number) => Promise<{ bytes: Uint8Array; total: number } | null>

const FIELDS: ReadonlySet<string> = new Set(REPORT_COLUMNS)
const NEWLINE = 0x0a
const decoder = new TextDecoder()

interface Layout {
  header: string
  /** byte offset of the first data row */
  dataStart: number
  total: number
  id: number
  field: number
  columns: number
}

/** A row's cells when `line` is a whole facts.csv row of a known report; else null. */
function rowOf(line: string, layout: Layout, positionOf: (id: string) => number | undefined): { id: string; position: number } | null {
  if (!line.trim()) return null
  const cells = Papa.parse<string[]>(line, { delimiter: ',' }).data[0]
  if (!cells || cells.length !== layout.columns || !FIELDS.has(cells[layout.field].trim())) return null
  const id = cells[layout.id].trim()
  const position = positionOf(id)
  return position === undefined ? null : { id, position }
}

/**
 * Whole lines in `bytes` (read from file offset `at`) that start at or after `at`: a line
 * starts after a newline, so the bytes before the first newline (a row begun earlier) are
 * skipped unless `at` is a row's start. Returns each line's text and file offset.
 */
function* linesFrom(bytes: Uint8Array, at: number, startsAtRow: boolean): Generator<{ text: string; offset: number; end: number }> {
  let i = 0
  if (!startsAtRow) {
    const nl = bytes.indexOf(NEWLINE)
    if (nl < 0) return
    i = nl + 1
  }
  for (;;) {
    const nl = bytes.indexOf(NEWLINE, i)
    if (nl < 0) return // a line cut by the end of the read: not whole
    yield { text: decoder.decode(bytes.subarray(i, nl)), offset: at + i, end: at + nl + 1 }
    i = nl + 1
  }
}

async function layoutOf(read: RangeRead, expectedBytes: number | undefined): Promise<Layout | null> {
  const first = await read(0, PROBE_BYTES)
  if (!first) return null
  if (expectedBytes !== undefined && first.total !== expectedBytes) return null
  const nl = first.bytes.indexOf(NEWLINE)
  if (nl < 0) return null
  const header = decoder.decode(first.bytes.subarray(0, nl + 1)).replace(/^\uFEFF/, '')
  const names = Papa.parse<string[]>(header.trim(), { delimiter: ',' }).data[0]?.map((h) => h.trim()) ?? []
  if (names.length !== FACT_COLUMNS.length || FACT_COLUMNS.some((c) => !names.includes(c))) return null
  return { header, dataStart: nl + 1, total: first.total, id: names.indexOf('report_id'), field: names.indexOf('field'), columns: names.length }
}

/** The first row starting at or after `offset` (within a few probes), or 'end' past the last row. */
async function firstRowAfter(read: RangeRead, layout: Layout, offset: number, positionOf: (id: string) => number | undefined): Promise<{ position: number; offset: number } | 'end' | null> {
  // from the byte before: a row starting exactly at `offset` follows that byte's newline
  let at = Math.max(layout.dataStart - 1, offset - 1)
  for (let probes = 0; probes < 8 && at < layout.total; probes++) {
    const got = await read(at, Math.min(layout.total, at + PROBE_BYTES))
    if (!got) return null
    for (const line of linesFrom(got.bytes, at, false)) {
      const row = rowOf(line.text, layout, positionOf)
      if (row) return { position: row.position, offset: line.offset }
    }
    at += got.bytes.byteLength - 1
  }
  return at >= layout.total ? 'end' : null
}

/**
 * The facts of the report at `position` (its id `id`), or null when the file cannot be read
 * this way. `positionOf` gives any report id's position in reports.csv.
 */
export async function factsByRange(read: RangeRead, id: string, position: number, positionOf: (id: string) => number | undefined, expectedBytes?: number): Promise<Fact[] | null> {
  const layout = await layoutOf(read, expectedBytes)
  if (!layout) return null
  // the first row offset whose report is at `position` or later lies in (lo, hi]
  let lo = layout.dataStart
  let hi = layout.total
  while (hi - lo > PROBE_BYTES) {
    const mid = Math.floor((lo + hi) / 2)
    const row = await firstRowAfter(read, layout, mid, positionOf)
    if (row === null) return null
    if (row === 'end' || row.position >= position) hi = mid
    else lo = mid
  }
  // read on from `lo`: rows before the report, its rows, stop at the first row after it
  let at = lo
  let rowStart = lo === layout.dataStart
  let body = ''
  let previous = -1
  while (at < layout.total && at - lo < MAX_REPORT_BYTES) {
    const got = await read(rowStart ? at : at - 1, Math.min(layout.total, at + PROBE_BYTES))
    if (!got) return null
    const from = rowStart ? at : at - 1
    let next = at
    for (const line of linesFrom(got.bytes, from, rowStart)) {
      next = line.end
      const row = rowOf(line.text, layout, positionOf)
      if (!row) {
        // a line that is no row of a known report: a quote's line break, or an invalid row
        // of the report being read (csv.ts words it); either way, part of what is read
        if (previous === position) body += line.text + '\n'
        continue
      }
      if (row.position < previous) return null // not in reports.csv's order: read it whole
      previous = row.position
      if (row.position > position) return csvToFacts(layout.header + body).rows.filter((f) => f.report_id === id)
      if (row.id === id) body += line.text + '\n'
    }
    if (next === at) return null // no whole line in a read: a row longer than a probe
    at = next
    rowStart = true
  }
  return at >= layout.total ? csvToFacts(layout.header + body).rows.filter((f) => f.report_id === id) : null
}

/**
 * A RangeRead over fetch: `Range: bytes=a-b`, answered 206 with the file's size in
 * Content-Range. A 200 (the host ignores ranges), a compressed body or no size: null, and the
 * download is cancelled at once.
 */
export function fetchRange(url: string, fetchImpl: typeof fetch = fetch): RangeRead {
  return async (start, end) => {
    const res = await fetchImpl(url, { headers: { Range: `bytes=${start}-${end - 1}` } })
    const total = Number(/\/(\d+)$/.exec(res.headers.get('content-range') ?? '')?.[1] ?? Number.NaN)
    if (res.status !== 206 || res.headers.get('content-encoding') || !Number.isSafeInteger(total)) {
      void res.body?.cancel()
      return null
    }
    return { bytes: new Uint8Array(await res.arrayBuffer()), total }
  }
}

/** What the dataset store asks of a large dataset's facts (loadDataset.ts FactsSource's shape). */
export interface ReportFacts {
  ready: Promise<LoadError[]>
  factsFor(reportId: string): Promise<Fact[]>
}

/**
 * Facts by range requests first; the first time that cannot be done (the host, the file), the
 * whole file in the worker (`whole`) from then on. `ready` resolves with the whole file's
 * problems once it is read, and never when it is not needed.
 */
export function rangeFirst(read: RangeRead, records: readonly { report_id: string }[], whole: () => ReportFacts, expectedBytes?: number): ReportFacts {
  let fallback: ReportFacts | null = null
  let positions: Map<string, number> | null = null
  let tellReady: (problems: Awaited<ReportFacts['ready']>) => void = () => {}
  const ready = new Promise<Awaited<ReportFacts['ready']>>((resolve) => (tellReady = resolve))
  return {
    ready,
    async factsFor(id) {
      if (!fallback) {
        if (!positions) {
          positions = new Map()
          for (let i = 0; i < records.length; i++) positions.set(records[i].report_id, i)
        }
        const at = positions.get(id)
        const known = positions
        const found = at === undefined ? null : await factsByRange(read, id, at, (x) => known.get(x), expectedBytes).catch(() => null)
        if (found) return found
        fallback ??= whole()
        void fallback.ready.then(tellReady)
      }
      return fallback.factsFor(id)
    },
  }
}
