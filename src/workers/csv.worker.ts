/// <reference lib="webworker" />
/**
 * Parses and validates reports.csv / facts.csv off the main thread.
 * Our own module worker, because Papa's `worker: true` hangs in the minified Vite build
 * (toolchain.md pitfall 13). Small files come back as validated rows; a large reports.csv
 * comes back as transferred columns (columns.ts), and a large facts.csv stays here, indexed
 * by report (columnsFacts.ts), answering one report's evidence at a time.
 */
import { csvToFacts, csvToRecords } from '../data/csv.ts'
import { transferablesOf } from '../data/columns.ts'
import { parseColumns, parseColumnsStream } from '../data/parseColumns.ts'
import { FactsIndex } from '../data/columnsFacts.ts'
import { buildRegionIndexCore, columnRows, coreTransferables, regionColumnsOf, type RegionIndexCore } from '../query/regionIndexCore.ts'
import { compareZh } from '../query/records.ts'
import type { CsvWorkerRequest, CsvWorkerResponse } from './csvMessages.ts'

let facts: Promise<FactsIndex> | null = null
/** the region index core of the last file parsed with keepRegion, for its 'region-core' */
let core: RegionIndexCore | null = null

/** Files the page is pushing, by request id: their bytes go into these streams as they come. */
const pushed = new Map<number, ReadableStreamDefaultController<Uint8Array>>()

function pushedStream(id: number): ReadableStream<Uint8Array> {
  // no backpressure: the page reads at the network's pace and the pieces wait here in the
  // message queue, so the download never waits for the parse of the piece before
  return new ReadableStream<Uint8Array>(
    { start: (controller) => void pushed.set(id, controller) },
    { highWaterMark: Number.POSITIVE_INFINITY },
  )
}

function takeBytes(req: Extract<CsvWorkerRequest, { kind: 'report-bytes' }>): void {
  const controller = pushed.get(req.id)
  if (!controller) return
  if (req.bytes) controller.enqueue(req.bytes)
  if (req.error !== undefined) controller.error(new Error(req.error))
  if (req.end || req.error !== undefined) pushed.delete(req.id)
  if (req.end) controller.close()
}

function reply(message: CsvWorkerResponse, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer)
}

async function handle(req: CsvWorkerRequest): Promise<void> {
  switch (req.kind) {
    case 'reports':
    case 'facts':
      return reply({ id: req.id, ok: true, result: req.kind === 'reports' ? csvToRecords(req.text) : csvToFacts(req.text) })
    case 'report-columns': {
      // pushed bytes are parsed as they arrive; a text at once
      const part = req.pushed ? await parseColumnsStream(pushedStream(req.id)) : parseColumns(req.text ?? '')
      const region = req.keepRegion ? regionColumnsOf(part.columns) : null
      reply({ id: req.id, ok: true, ...part }, transferablesOf(part.columns))
      // the core right away, while the columns travel and the page makes records of them
      // (~0.5 s at 380,000 rows): the page's 'region-core' request finds it built
      core = region ? buildRegionIndexCore(columnRows(region), compareZh) : null
      return
    }
    case 'region-core': {
      if (!core) throw new Error('no region index core: no file was parsed with keepRegion')
      const built = core
      core = null
      return reply({ id: req.id, ok: true, core: built }, coreTransferables(built))
    }
    case 'facts-index': {
      facts ??= fetch(req.url).then(async (res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`)
        return new FactsIndex(await res.text())
      })
      const index = await facts
      return reply({ id: req.id, ok: true, factsIndexed: index.rows, errors: index.errors })
    }
    case 'facts-for': {
      if (!facts) throw new Error('facts are not indexed')
      return reply({ id: req.id, ok: true, facts: (await facts).factsFor(req.reportId) })
    }
  }
}

self.onmessage = (event: MessageEvent<CsvWorkerRequest>) => {
  // a piece of a pushed file: into its stream, no answer
  if (event.data.kind === 'report-bytes') return takeBytes(event.data)
  handle(event.data).catch((err) => reply({ id: event.data.id, ok: false, message: err instanceof Error ? err.message : String(err) }))
}
