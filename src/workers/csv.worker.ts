/// <reference lib="webworker" />
/**
 * Parses and validates a large reports.csv / facts.csv off the main thread.
 * Our own module worker, because Papa's `worker: true` hangs in the minified Vite build
 * (toolchain.md pitfall 13). Rows come back structured-cloned; they are plain objects.
 */
import { csvToFacts, csvToRecords } from '../data/csv.ts'
import type { CsvWorkerRequest, CsvWorkerResponse } from './csvMessages.ts'

self.onmessage = (event: MessageEvent<CsvWorkerRequest>) => {
  const { id, kind, text } = event.data
  try {
    const result = kind === 'reports' ? csvToRecords(text) : csvToFacts(text)
    self.postMessage({ id, ok: true, result } satisfies CsvWorkerResponse)
  } catch (err) {
    self.postMessage({ id, ok: false, message: String(err) } satisfies CsvWorkerResponse)
  }
}
