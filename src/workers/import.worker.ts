/// <reference lib="webworker" />
/**
 * Parses imported report files off the main thread: bytes → decodeReportBytes → parseReport.
 * Results go back in batches (every 25 files or 100 ms), because one message per report made
 * the main thread wake up a thousand times for a folder of a thousand reports.
 */
import { parseImportFile } from '../import/parseImportFile.ts'
import type { ImportItem } from '../import/types.ts'
import type { ImportWorkerRequest, ImportWorkerResponse } from './importMessages.ts'

const BATCH_FILES = 25
const BATCH_MS = 100

let total = 0
let done = 0
let pending: ImportItem[] = []
let lastPost = 0

function post(message: ImportWorkerResponse): void {
  self.postMessage(message)
  lastPost = performance.now()
}

self.onmessage = (event: MessageEvent<ImportWorkerRequest>) => {
  const message = event.data
  if (message.type === 'start') {
    total = message.total
    done = 0
    pending = []
    lastPost = performance.now()
    return
  }
  const { name } = message
  if (performance.now() - lastPost > BATCH_MS) post({ type: 'progress', done, total, current: name })
  pending.push(message.type === 'file' ? parseImportFile(name, new Uint8Array(message.buffer)) : { kind: 'failed', name, reason: message.reason })
  done++
  if (pending.length >= BATCH_FILES || done === total || performance.now() - lastPost > BATCH_MS) {
    const items = pending
    pending = []
    post({ type: 'batch', items, done, total, current: name })
  }
}
