/// <reference lib="webworker" />
/**
 * Parses imported report files off the main thread: bytes → readDocument → parseReport
 * (a PDF: its text layer through parsePdfImport → parseReport).
 * Results go back in batches (every 25 files or 100 ms), because one message per report made
 * the main thread wake up a thousand times for a folder of a thousand reports.
 */
import { detailOf, problem, type Problem } from '../data/problem.ts'
import { parseImportFile } from '../import/parseImportFile.ts'
import { isPdfBytes, parsePdfImport } from '../import/parsePdfImport.ts'
import type { ImportItem } from '../import/types.ts'
import type { ImportWorkerRequest, ImportWorkerResponse } from './importMessages.ts'

const BATCH_FILES = 25
const BATCH_MS = 100

let lastPost = 0

function post(message: ImportWorkerResponse): void {
  self.postMessage(message)
  lastPost = performance.now()
}

/** parseImportFile (a PDF: parsePdfImport), and a library that fails to load or throws becomes that file's reason. */
async function parseFile(name: string, bytes: Uint8Array): Promise<ImportItem> {
  try {
    return await (isPdfBytes(bytes) ? parsePdfImport(name, bytes) : parseImportFile(name, bytes))
  } catch (err) {
    return { kind: 'failed', name, reason: problem('cannot_read', { detail: detailOf(err) }) }
  }
}

/** A file's bytes, or why they could not be read (moved or permission lost since it was picked). */
function read(blob: Blob): Uint8Array | Problem {
  try {
    return new Uint8Array(new FileReaderSync().readAsArrayBuffer(blob))
  } catch (err) {
    return problem('cannot_read', { detail: detailOf(err) })
  }
}

let total = 0
let done = 0
let pending: ImportItem[] = []

/**
 * Messages are handled one after another: reading a PDF, a .docx or a saved page awaits its library,
 * and the next slice of files must not start (or reset the counts) in the meantime.
 */
let queue: Promise<void> = Promise.resolve()

self.onmessage = (event: MessageEvent<ImportWorkerRequest>) => {
  queue = queue.then(() => handle(event.data))
}

async function handle(message: ImportWorkerRequest): Promise<void> {
  if (message.type === 'start') {
    total = message.total
    done = 0
    pending = []
    lastPost = performance.now()
    return
  }
  for (const { name, blob } of message.files) {
    self.postMessage({ type: 'file', index: done } satisfies ImportWorkerResponse)
    if (performance.now() - lastPost > BATCH_MS) post({ type: 'progress', done, total, current: name })
    const bytes = read(blob)
    pending.push(!(bytes instanceof Uint8Array) ? { kind: 'failed', name, reason: bytes } : await parseFile(name, bytes))
    done++
    if (pending.length >= BATCH_FILES || done === total || performance.now() - lastPost > BATCH_MS) {
      post({ type: 'batch', items: pending, done, total, current: name })
      pending = []
    }
  }
}
