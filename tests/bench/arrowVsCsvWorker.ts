/// <reference lib="webworker" />
/**
 * The worker arrowVsCsv.ts runs in headless Chromium (bundled by esbuild): one way of reading
 * reports into our columns per message, the columns then transferred to the page as
 * csv.worker.ts transfers them. 'csv' is the page's own reader (parseColumnsStream, parsing as
 * the bytes arrive); 'arrow-f64' / 'arrow-i32' fetch the whole file and read it with
 * apache-arrow (arrowColumns.ts).
 */
import { parseColumnsStream } from '../../src/data/parseColumns.ts'
import { transferablesOf, type ReportColumns } from '../../src/data/columns.ts'
import { tableFromIPC } from 'apache-arrow'
import { tableToColumns } from '../../src/data/arrowColumns.ts'

type Request = { kind: 'ping' } | { kind: 'csv' | 'arrow-f64' | 'arrow-i32'; url: string }

interface Read {
  columns: ReportColumns
  /** request → the whole Arrow file in memory, and → apache-arrow's table of it (views, nothing decoded) */
  bytesInMs: number | null
  tableMs: number | null
}

async function read(req: Exclude<Request, { kind: 'ping' }>): Promise<Read> {
  const started = performance.now()
  const res = await fetch(req.url, { cache: 'no-store' })
  if (!res.ok || !res.body) throw new Error(`${req.url}: HTTP ${res.status}`)
  if (req.kind === 'csv') return { columns: (await parseColumnsStream(res.body)).columns, bytesInMs: null, tableMs: null }
  const bytes = new Uint8Array(await res.arrayBuffer())
  const bytesInMs = performance.now() - started
  const table = tableFromIPC(bytes)
  const tableMs = performance.now() - started
  return { columns: tableToColumns(table), bytesInMs, tableMs }
}

self.onmessage = async (event: MessageEvent<Request>) => {
  const req = event.data
  if (req.kind === 'ping') return self.postMessage({ ok: true })
  try {
    const { columns, bytesInMs, tableMs } = await read(req)
    // views of one file share its buffer: each buffer once in the transfer list
    self.postMessage({ ok: true, columns, bytesInMs, tableMs }, [...new Set(transferablesOf(columns))])
  } catch (err) {
    self.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) })
  }
}
