/**
 * The page-side reader arrowVsCsv.ts measures next to the worker: an Arrow file needs no
 * parsing, so it may be read on the page itself, with no worker and no copy of the columns
 * between threads. `readArrowOnPage` reports the whole time and the part that blocks the page.
 */
import { arrowToColumns } from '../../src/data/arrowColumns.ts'

async function readArrowOnPage(url: string): Promise<{ ms: number; rows: number; blockingMs: number }> {
  const started = performance.now()
  const res = await fetch(url, { cache: 'no-store' })
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`)
  const bytes = new Uint8Array(await res.arrayBuffer())
  const bytesIn = performance.now()
  const columns = arrowToColumns(bytes)
  const done = performance.now()
  return { ms: done - started, rows: columns.length, blockingMs: done - bytesIn }
}

Object.assign(globalThis, { readArrowOnPage })
