/**
 * Worker thread of the data command: receives batches of paths, answers with parseBatch's
 * items. Reads with blocking calls (this thread has nothing else to do meanwhile) and parses
 * with parseReport (functions cannot cross a thread boundary; a test that swaps the reader or
 * the parser runs in-process, see runData).
 */
import { parentPort } from 'node:worker_threads'
import { blockingReadFileSystem } from '../io/fileSystem.ts'
import { parseReport } from '../parser/parseReport.ts'
import { parseBatch, type BatchOptions } from './parseBatch.ts'

export interface BatchRequest {
  id: number
  paths: string[]
  options: BatchOptions
}

export type BatchReply =
  | { id: number; items: Awaited<ReturnType<typeof parseBatch>> }
  | { id: number; error: string }
  /** sent before each file of the batch, so the pool can give each its time budget */
  | { id: number; file: number }

const port = parentPort
if (!port) throw new Error('parseWorker.ts runs as a worker thread')
port.on('message', (request: BatchRequest) => {
  parseBatch(request.paths, request.options, blockingReadFileSystem, parseReport, (file) =>
    port.postMessage({ id: request.id, file } satisfies BatchReply),
  ).then(
    (items) => port.postMessage({ id: request.id, items } satisfies BatchReply),
    // parseBatch catches per-file problems; anything left is a bug, reported, not a hang
    (error: unknown) =>
      port.postMessage({
        id: request.id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies BatchReply),
  )
})
