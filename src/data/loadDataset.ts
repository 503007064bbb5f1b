/**
 * The one browser file that fetches: reads reports.csv and facts.csv, checks them against the
 * contract with csv.ts (in a module worker when the file is large, so the page stays
 * responsive) and returns records, facts and every problem found, each tagged with its file.
 */
import type { Fact, ReportRecord } from './schema.ts'
import { csvToFacts, csvToRecords, type CsvRead } from './csv.ts'
import type { CsvKind, CsvWorkerRequest, CsvWorkerResponse } from '../workers/csvMessages.ts'

/** A load problem a person can act on: which file, which line, which column. */
export interface LoadError {
  file: string
  /** line in the file as an editor counts it (header = 1); null = the whole file */
  line: number | null
  column: string | null
  message: string
}

export interface LoadedDataset {
  records: ReportRecord[]
  facts: Fact[]
  errors: LoadError[]
}

export interface LoadOptions {
  /** folder holding reports.csv and facts.csv, ending in '/' */
  baseUrl: string
  /** above this many characters a file is parsed in the worker */
  workerThreshold?: number
  fetchText?: (url: string) => Promise<string>
}

/** 1 MB of CSV parses in well under 100 ms on the main thread; beyond that the worker pays off. */
const DEFAULT_WORKER_THRESHOLD = 1_000_000

async function defaultFetchText(url: string): Promise<string> {
  const res = await fetch(url)
  if (!res.ok) throw new Error(`HTTP ${res.status}`)
  return res.text()
}

let nextId = 0

/** Runs one parse in a fresh module worker; the worker is closed as soon as it answers. */
function parseInWorker(kind: CsvKind, text: string): Promise<CsvRead<ReportRecord> | CsvRead<Fact>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../workers/csv.worker.ts', import.meta.url), { type: 'module' })
    const id = ++nextId
    worker.onmessage = (event: MessageEvent<CsvWorkerResponse>) => {
      if (event.data.id !== id) return
      worker.terminate()
      if (event.data.ok) resolve(event.data.result)
      else reject(new Error(event.data.message))
    }
    worker.onerror = (event) => {
      worker.terminate()
      reject(new Error(event.message || 'csv worker failed'))
    }
    worker.postMessage({ id, kind, text } satisfies CsvWorkerRequest)
  })
}

const FILES: Record<CsvKind, string> = { reports: 'reports.csv', facts: 'facts.csv' }

/** A downloaded file, or why it could not be read. */
export type Fetched = { kind: CsvKind; text: string } | { kind: CsvKind; error: LoadError }

export async function fetchCsv(kind: CsvKind, options: LoadOptions): Promise<Fetched> {
  const fetchText = options.fetchText ?? defaultFetchText
  const file = FILES[kind]
  try {
    return { kind, text: await fetchText(options.baseUrl + file) }
  } catch (err) {
    return { kind, error: { file, line: null, column: null, message: `cannot read file: ${(err as Error).message}` } }
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
  // csv.ts numbers rows from the header (= 0); a person opening the file counts lines from 1.
  const errors = result.errors.map((e) => ({ file, line: e.row + 1, column: e.column, message: e.message }))
  return { rows: result.rows, errors }
}

/** Loads both files; never throws for bad data, only reports it. */
export async function loadDataset(options: LoadOptions): Promise<LoadedDataset> {
  const [r, f] = await Promise.all([fetchCsv('reports', options), fetchCsv('facts', options)])
  const [reports, facts] = await Promise.all([parseCsv<ReportRecord>(r, options), parseCsv<Fact>(f, options)])
  return { records: reports.rows, facts: facts.rows, errors: [...reports.errors, ...facts.errors] }
}
