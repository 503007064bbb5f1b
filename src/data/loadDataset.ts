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

async function loadOne<T>(kind: CsvKind, file: string, options: LoadOptions): Promise<{ rows: T[]; errors: LoadError[] }> {
  const fetchText = options.fetchText ?? defaultFetchText
  let text: string
  try {
    text = await fetchText(options.baseUrl + file)
  } catch (err) {
    return { rows: [], errors: [{ file, line: null, column: null, message: `cannot read file: ${(err as Error).message}` }] }
  }
  const threshold = options.workerThreshold ?? DEFAULT_WORKER_THRESHOLD
  const useWorker = text.length > threshold && typeof Worker !== 'undefined'
  const result = (useWorker ? await parseInWorker(kind, text) : kind === 'reports' ? csvToRecords(text) : csvToFacts(text)) as CsvRead<T>
  // csv.ts numbers rows from the header (= 0); a person opening the file counts lines from 1.
  const errors = result.errors.map((e) => ({ file, line: e.row + 1, column: e.column, message: e.message }))
  return { rows: result.rows, errors }
}

/** Loads both files in parallel; never throws for bad data, only reports it. */
export async function loadDataset(options: LoadOptions): Promise<LoadedDataset> {
  const [reports, facts] = await Promise.all([
    loadOne<ReportRecord>('reports', 'reports.csv', options),
    loadOne<Fact>('facts', 'facts.csv', options),
  ])
  return { records: reports.rows, facts: facts.rows, errors: [...reports.errors, ...facts.errors] }
}
