/**
 * The one browser file that fetches: reads reports.csv and facts.csv, checks them against the
 * contract with csv.ts (in a module worker when the file is large, so the page stays
 * responsive) and returns records, facts and every problem found, each tagged with its file.
 */
import type { Fact, ReportRecord } from './schema.ts'
import { csvToFacts, csvToRecords, type CsvError, type CsvRead } from './csv.ts'
import { columnsToRecords } from './columns.ts'
import type { LoadedParts } from '../query/dataset.ts'
import type { CsvKind, CsvWorkerRequest, CsvWorkerResponse } from '../workers/csvMessages.ts'
import { LANDING_FILE, readLandingView, type LandingView } from '../query/landing.ts'
import { fingerprint, HEAD_BYTES, watchHead } from './fingerprint.ts'
import { detailOf, problem, type Problem } from './problem.ts'
import { NOT_THIS_GENERATION, utf8Length, type Generation } from './manifest.ts'

/** A load problem a person can act on: which file, which line, which column; what, as a code (problem.ts). */
export interface LoadError extends Problem {
  file: string
  /** line in the file as an editor counts it (header = 1); null = the whole file */
  line: number | null
  column: string | null
}

export interface LoadedDataset {
  records: ReportRecord[]
  facts: Fact[]
  errors: LoadError[]
}

export interface LoadOptions {
  /** folder holding reports.csv and facts.csv, ending in '/' */
  baseUrl: string
  /** the `?data=` address that was refused for this folder (dataAddress.ts), shown with the load's problems */
  refused?: LoadError | null
  /** above this many characters a file is parsed in the worker */
  workerThreshold?: number
  fetchText?: (url: string) => Promise<string>
  /**
   * told, as reports.csv arrives, how much of it is in (decoded bytes), its size if the response
   * says it (null when gzipped or not sent), and the fingerprint of its first 64 KiB once read
   */
  onReportsRead?: (read: ReportsRead) => void
  /** told reports.csv's Last-Modified date when the response has one (the header names when the dataset was built) */
  onReportsModified?: (modified: Date) => void
  /** the folder's manifest.json (manifest.ts): the files' names with the generation query, and their sizes */
  generation?: Generation | null
}

/** A file's address: the manifest's name for it (with `?g=`), else the contract's name. */
export function urlOf(options: LoadOptions, kind: CsvKind): string {
  return options.baseUrl + (options.generation?.names[kind] ?? FILES[kind])
}

/** A file of `bytes` bytes that the manifest says has another size: read while a new run was written. */
function notThisGeneration(options: LoadOptions, kind: CsvKind, bytes: number): boolean {
  const expected = options.generation?.bytes[kind]
  return expected !== undefined && bytes !== expected
}

export interface ReportsRead {
  received: number
  bytes: number | null
  head: string | null
}

/** 1 MB of CSV parses in well under 100 ms on the main thread; beyond that the worker pays off. */
const DEFAULT_WORKER_THRESHOLD = 1_000_000

/**
 * Why a file is not there: 404/410, or an HTML page in its place (a host with a single-page
 * fallback answers a missing folder with the app's own index.html, status 200, and its lines
 * would read as phantom rows). The page says the dataset was not found at that address, and
 * nothing else (LoadStatus.vue).
 */
export const NOT_FOUND = 'not found'

function checkResponse(res: Response): void {
  if (res.status === 404 || res.status === 410 || /\bhtml\b/i.test(res.headers.get('content-type') ?? '')) throw new Error(NOT_FOUND)
  if (!res.ok) throw new Error(`HTTP ${res.status}`)
}

/**
 * A failed download (or a worker that could not read it) as a problem about the whole file:
 * `not_found`, or `cannot_read` with the error's own text.
 */
export function unreadable(file: string, err: unknown): LoadError {
  const detail = detailOf(err)
  return { file, line: null, column: null, ...(detail === NOT_FOUND ? problem('not_found') : detail === NOT_THIS_GENERATION ? problem('not_this_generation') : problem('cannot_read', { detail })) }
}

async function defaultFetchText(url: string): Promise<string> {
  const res = await fetch(url)
  checkResponse(res)
  // a BOM kept (the readers drop it): the size check counts the file's own bytes
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer())
}

let nextId = 0

function csvWorker(): Worker {
  return new Worker(new URL('../workers/csv.worker.ts', import.meta.url), { type: 'module' })
}

/** One request to a worker, answered by the message with the same id. */
function ask<R extends CsvWorkerResponse>(worker: Worker, request: CsvWorkerRequest, transfer: Transferable[] = []): Promise<Extract<R, { ok: true }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<CsvWorkerResponse>) => {
      if (event.data.id !== request.id) return
      worker.removeEventListener('message', onMessage)
      if (event.data.ok) resolve(event.data as Extract<R, { ok: true }>)
      else reject(new Error(event.data.message))
    }
    worker.addEventListener('message', onMessage)
    worker.onerror = (event) => reject(new Error(event.message || 'csv worker failed'))
    worker.postMessage(request, transfer)
  })
}

/** Runs one parse in a fresh module worker; the worker is closed as soon as it answers. */
async function parseInWorker(kind: CsvKind, text: string): Promise<CsvRead<ReportRecord> | CsvRead<Fact>> {
  const worker = csvWorker()
  try {
    const answer = await ask<Extract<CsvWorkerResponse, { result: unknown }>>(worker, { id: ++nextId, kind, text })
    return answer.result
  } finally {
    worker.terminate()
  }
}

const FILES: Record<CsvKind, string> = { reports: 'reports.csv', facts: 'facts.csv' }

/** A downloaded file, or why it could not be read. */
export type Fetched = { kind: CsvKind; text: string } | { kind: CsvKind; error: LoadError }

export async function fetchCsv(kind: CsvKind, options: LoadOptions): Promise<Fetched> {
  const fetchText = options.fetchText ?? defaultFetchText
  const file = FILES[kind]
  try {
    const text = await fetchText(urlOf(options, kind))
    if (notThisGeneration(options, kind, utf8Length(text))) throw new Error(NOT_THIS_GENERATION)
    return { kind, text }
  } catch (err) {
    return { kind, error: unreadable(file, err) }
  }
}

/** Checks a downloaded file against the contract (in the worker when it is large). */
export async function parseCsv<T>(fetched: Fetched, options: LoadOptions): Promise<{ rows: T[]; errors: LoadError[] }> {
  if ('error' in fetched) return { rows: [], errors: [fetched.error] }
  const { kind, text } = fetched
  const file = FILES[kind]
  const threshold = options.workerThreshold ?? DEFAULT_WORKER_THRESHOLD
  const useWorker = text.length > threshold && typeof Worker !== 'undefined'
  const result = (useWorker ? await parseInWorker(kind, text) : kind === 'reports' ? csvToRecords(text) : csvToFacts(text)) as CsvRead<T>
  return { rows: result.rows, errors: toLoadErrors(file, result.errors) }
}

/**
 * The landing view next to reports.csv (query/landing.ts) if there is one and it was
 * made from this reports.csv (its head fingerprint, and its size when known); null otherwise,
 * quietly: it only saves time.
 */
export async function fetchLanding(options: LoadOptions, file: { bytes: number | null; head: string }): Promise<LandingView | null> {
  try {
    const res = await fetch(options.baseUrl + LANDING_FILE)
    return res.ok ? readLandingView(await res.json(), file) : null
  } catch {
    return null
  }
}

/**
 * csv.ts numbers rows from the header (= 0); a person opening the file counts lines from 1.
 * A problem on the header that names no column (no header, an HTML page, a file refused for a
 * missing id column) is about the whole file: line null, so a load with no rows is a failure.
 */
function toLoadErrors(file: string, errors: readonly CsvError[]): LoadError[] {
  return errors.map(({ row, column, ...p }) => ({ file, line: row === 0 && column === null ? null : row + 1, column, ...p }))
}

/** reports.csv read: its records, its problems, and what the worker made beside the records. */
export interface ReportsLoaded {
  rows: ReportRecord[]
  errors: LoadError[]
  /** a large file's number columns and region index core (query/dataset.ts takes them) */
  parts?: LoadedParts
}

/**
 * reports.csv, sized by its response: small files as csv.ts rows; large ones parsed in the
 * worker into columns (columns.ts) and turned into records here. The body's pieces are posted
 * to the worker as they arrive (pushBody), so the page never holds the text (85 MB at 380,000
 * rows). A response with no length (served gzipped) is read here until it passes the worker
 * threshold, and then goes to the worker piece by piece the same way.
 * With `fetchText` (tests) or no Worker (Node), this is fetchCsv + parseCsv.
 */
export async function loadReports(options: LoadOptions): Promise<ReportsLoaded> {
  if (options.fetchText || typeof Worker === 'undefined' || typeof fetch === 'undefined') {
    return parseCsv<ReportRecord>(await fetchCsv('reports', options), options)
  }
  if (options.generation?.arrow) {
    const fromArrow = await loadReportsArrow(options, options.generation.arrow)
    if (fromArrow) return fromArrow
    mark('arrow-refused') // the bench and the e2e test see it; the page just reads the CSV
  }
  // The worker starts while the request is out (its module loads and compiles on another
  // core: ~0.2-0.3 s of the 380,000-row load when it started after the response), and is
  // closed unused when the file turns out small.
  let spare: Worker | null = csvWorker()
  try {
    return await loadReportsWith(options, () => {
      const w = spare ?? csvWorker()
      spare = null
      return w
    })
  } finally {
    spare?.terminate()
  }
}

/**
 * reports.arrow, when the manifest lists it (a large set: manifest.ts, arrowColumns.ts): the
 * same columns the worker makes of reports.csv, read on the page in a fraction of the parse.
 * Null on any failure (missing, not the manifest's size, unreadable, not our columns): the
 * caller reads reports.csv as it would without it, so the Arrow file can only save time.
 * apache-arrow is imported here, on demand, so it is not part of the page's start-up JavaScript.
 */
async function loadReportsArrow(options: LoadOptions, arrow: { name: string; bytes: number }): Promise<ReportsLoaded | null> {
  try {
    const reader = import('./arrowColumns.ts')
    // the landing view (drawn while the rows load) belongs to reports.csv's head: read just that
    void announceCsvHead(options)
    const res = await fetch(options.baseUrl + arrow.name)
    checkResponse(res)
    const modified = new Date(res.headers.get('last-modified') ?? Number.NaN)
    const bytes = new Uint8Array(await res.arrayBuffer())
    if (bytes.byteLength !== arrow.bytes) return null
    mark('reports-response')
    const read = (await reader).arrowToColumns(bytes)
    // the codes (and any Float64 count) are views of the file's 100-odd MB: copied (~15 MB at
    // 380,000 rows), the file's buffer is freed instead of living as long as the dataset
    const own = (a: Float64Array) => (a.buffer === bytes.buffer ? a.slice() : a)
    const columns = { ...read, numbers: read.numbers.map(own), codes: read.codes.map((c) => c.slice()) }
    mark('reports-parsed')
    const rows = columnsToRecords(columns)
    mark('records-built')
    mark('arrow-read')
    if (!Number.isNaN(modified.getTime())) options.onReportsModified?.(modified)
    return { rows, errors: [], parts: { numbers: columns.numbers } }
  } catch {
    return null
  }
}

/**
 * reports.csv's first HEAD_BYTES (a range request; a server that sends the whole file is cut
 * off there) told to onReportsRead with the manifest's size, as the CSV download would: the
 * store then asks for the landing view made from this very file. Quiet on failure.
 */
async function announceCsvHead(options: LoadOptions): Promise<void> {
  if (!options.onReportsRead) return
  try {
    const res = await fetch(urlOf(options, 'reports'), { headers: { Range: `bytes=0-${HEAD_BYTES - 1}` } })
    checkResponse(res)
    const reader = res.body!.getReader()
    const pieces: Uint8Array[] = []
    let size = 0
    while (size < HEAD_BYTES) {
      const { done, value } = await reader.read()
      if (done) break
      pieces.push(value)
      size += value.byteLength
    }
    void reader.cancel()
    const head = concatBytes(pieces).subarray(0, HEAD_BYTES)
    options.onReportsRead({ received: head.byteLength, bytes: options.generation?.bytes.reports ?? null, head: fingerprint(head) })
  } catch {
    // no landing view: the charts wait for the rows
  }
}

async function loadReportsWith(options: LoadOptions, takeWorker: () => Worker): Promise<ReportsLoaded> {
  const file = FILES.reports
  let res: Response
  try {
    res = await fetch(urlOf(options, 'reports'))
    checkResponse(res)
  } catch (err) {
    return { rows: [], errors: [unreadable(file, err)] }
  }
  // not the manifest's file (a run replaced it since the manifest was read): known from its
  // length before the download, else from the bytes that came
  const mixed = () => ({ rows: [], errors: [unreadable(file, new Error(NOT_THIS_GENERATION))] })
  const sent = Number(res.headers.get('content-length') ?? Number.NaN)
  if (Number.isFinite(sent) && !res.headers.get('content-encoding') && notThisGeneration(options, 'reports', sent)) {
    void res.body?.cancel()
    return mixed()
  }
  const seen = { bytes: 0 }
  const read = await readReportsBody(options, takeWorker, res, seen)
  return read.rows.length && notThisGeneration(options, 'reports', seen.bytes) ? mixed() : read
}

async function readReportsBody(options: LoadOptions, takeWorker: () => Worker, first: Response, seen: { bytes: number }): Promise<{ rows: ReportRecord[]; errors: LoadError[] }> {
  const res = first
  const modified = new Date(res.headers.get('last-modified') ?? Number.NaN)
  if (!Number.isNaN(modified.getTime())) options.onReportsModified?.(modified)
  const threshold = options.workerThreshold ?? DEFAULT_WORKER_THRESHOLD
  const length = Number(res.headers.get('content-length') ?? Number.NaN)
  // a compressed response's length is not the file's (readable here for same-origin data)
  const bytes = Number.isFinite(length) && !res.headers.get('content-encoding') ? length : null
  let body = res.body && watchHead(res.body, (got, head) => {
    seen.bytes = got
    options.onReportsRead?.({ received: got, bytes, head })
  })
  if (body && !(length > threshold)) {
    // no length (served gzipped) or a small one: the start is read here, and a body that turns
    // out large goes to the worker piece by piece like any other, instead of as one string
    const start = await readStart(body.getReader(), threshold)
    if (start.done) return parseCsv<ReportRecord>({ kind: 'reports', text: new TextDecoder().decode(concatBytes(start.pieces)) }, options)
    body = withStart(start.pieces, start.reader)
    return parseReportsInWorker(options, takeWorker, body, undefined)
  }
  let text: string | undefined
  if (!body) {
    text = await res.text()
    seen.bytes = utf8Length(text)
    if (text.length <= threshold) return parseCsv<ReportRecord>({ kind: 'reports', text }, options)
  }
  return parseReportsInWorker(options, takeWorker, body, text)
}

/** The pieces joined into one array. */
function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.byteLength
  }
  return out
}

/** The first pieces of a body, until more than `limit` bytes or its end. */
async function readStart(reader: ReadableStreamDefaultReader<Uint8Array>, limit: number): Promise<{ pieces: Uint8Array[]; done: boolean; reader: ReadableStreamDefaultReader<Uint8Array> }> {
  const pieces: Uint8Array[] = []
  let size = 0
  while (size <= limit) {
    const { done, value } = await reader.read()
    if (done) return { pieces, done: true, reader }
    pieces.push(value)
    size += value.byteLength
  }
  return { pieces, done: false, reader }
}

/** A body again: the pieces already read, then the rest of the reader. */
function withStart(pieces: Uint8Array[], reader: ReadableStreamDefaultReader<Uint8Array>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const piece = pieces.shift()
      if (piece) return controller.enqueue(piece)
      const { done, value } = await reader.read()
      if (done) controller.close()
      else controller.enqueue(value)
    },
    cancel(reason) {
      return reader.cancel(reason)
    },
  })
}

/** reports.csv parsed in the worker: its body pushed piece by piece, or (no body) its text. */
async function parseReportsInWorker(options: LoadOptions, takeWorker: () => Worker, body: ReadableStream<Uint8Array> | null, text: string | undefined): Promise<ReportsLoaded> {
  const file = FILES.reports
  const worker = takeWorker()
  try {
    let answer: Extract<CsvWorkerResponse, { columns: unknown }>
    if (text !== undefined) answer = await ask(worker, { id: ++nextId, kind: 'report-columns', text, keepRegion: true })
    else {
      mark('reports-response')
      // The page reads the body and posts its pieces to the worker, which parses them as they
      // come. Measured in Chromium at 380,000 rows (84 MB): handed over as a transferred
      // stream the body reached the worker at ~50 MB/s; fetched by the worker itself, reading
      // and parsing shared the worker's thread and took 2.4-2.8 s; the page, idle while it
      // waits, reads at the network's pace and the parse (~1.7 s) is all the worker does.
      const id = ++nextId
      const parsed = ask<Extract<CsvWorkerResponse, { columns: unknown }>>(worker, { id, kind: 'report-columns', pushed: true, keepRegion: true })
      void pushBody(worker, id, body!)
      try {
        answer = await parsed
      } catch (err) {
        return { rows: [], errors: [unreadable(file, err)] }
      }
      if (answer.unterminatedQuote) {
        // a quoted cell ran across two pieces of the download (or is never closed): read the
        // file again and parse it whole, which also words the error if the quote never ends
        const again = await fetch(urlOf(options, 'reports'))
        answer = await ask(worker, { id: ++nextId, kind: 'report-columns', text: await again.text(), keepRegion: true })
      }
    }
    mark('reports-parsed')
    // the worker has built the region index core by now, or builds it while the records are made here
    const core = ask<Extract<CsvWorkerResponse, { core: unknown }>>(worker, { id: ++nextId, kind: 'region-core' })
    const rows = columnsToRecords(answer.columns)
    mark('records-built')
    const parts: LoadedParts = { numbers: answer.columns.numbers }
    try {
      parts.core = (await core).core
      mark('index-core-received')
    } catch {
      // the page builds the index itself (query/dataset.ts), as for any other records
    }
    return { rows, errors: toLoadErrors(file, answer.errors), parts }
  } finally {
    worker.terminate()
  }
}

/**
 * A named point in the load, for the bench's breakdown of the time to the first chart
 * (tests/e2e/measureScale.ts reads them back with performance.getEntriesByType('mark')).
 */
export function mark(name: string): void {
  globalThis.performance?.mark?.(`kanban:${name}`)
}

/** A body's pieces posted to the worker as they arrive (transferred, not copied), then its end. */
async function pushBody(worker: Worker, id: number, body: ReadableStream<Uint8Array>): Promise<void> {
  const reader = body.getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      // a piece that is a view on a larger buffer is copied, so only its own bytes move
      const bytes = value.byteOffset === 0 && value.byteLength === value.buffer.byteLength ? value : value.slice()
      worker.postMessage({ id, kind: 'report-bytes', bytes } satisfies CsvWorkerRequest, [bytes.buffer])
    }
    worker.postMessage({ id, kind: 'report-bytes', end: true } satisfies CsvWorkerRequest)
  } catch (err) {
    worker.postMessage({ id, kind: 'report-bytes', error: err instanceof Error ? err.message : String(err) } satisfies CsvWorkerRequest)
  }
}

/** facts.csv held and indexed in a worker; see columnsFacts.ts. */
export interface FactsSource {
  /** resolves once the file is read and checked, with its problems */
  ready: Promise<LoadError[]>
  factsFor(reportId: string): Promise<Fact[]>
}

export function indexFactsInWorker(options: LoadOptions): FactsSource {
  const worker = csvWorker()
  const url = new URL(urlOf(options, 'facts'), globalThis.location?.href).href
  const ready = ask<Extract<CsvWorkerResponse, { factsIndexed: number }>>(worker, { id: ++nextId, kind: 'facts-index', url }).then(
    (answer) => toLoadErrors(FILES.facts, answer.errors),
    (err: Error) => [unreadable(FILES.facts, err)],
  )
  return {
    ready,
    async factsFor(reportId) {
      await ready
      const answer = await ask<Extract<CsvWorkerResponse, { facts: unknown }>>(worker, { id: ++nextId, kind: 'facts-for', reportId })
      return answer.facts
    },
  }
}
