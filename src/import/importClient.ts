/**
 * Runs an import: hands the files to our module worker (toolchain.md: Papa's own worker hangs
 * in the minified build), which reads and parses them, and collects the worker's batches. Where there is no Worker (unit tests in
 * happy-dom) the same parseImportFile runs inline, yielding between files.
 */
import { fileKind, unsupportedReason } from './acceptFile.ts'
import type { ImportItem } from './types.ts'
import type { ImportWorkerRequest, ImportWorkerResponse } from '../workers/importMessages.ts'

/** A file, or pasted text wrapped in a Blob, with the name it is imported under. */
export interface ImportInput {
  name: string
  blob: Blob
}

export interface ImportProgress {
  done: number
  total: number
  current: string
}

export type OnProgress = (progress: ImportProgress) => void

export async function runImport(inputs: readonly ImportInput[], onProgress: OnProgress): Promise<ImportItem[]> {
  // a .docx picked by mistake fails here, without reading its bytes
  const items: ImportItem[] = []
  const readable: ImportInput[] = []
  for (const input of inputs) {
    if (fileKind(input.name) === null) items.push({ kind: 'failed', name: input.name, reason: unsupportedReason(input.name) })
    else readable.push(input)
  }
  const total = inputs.length
  onProgress({ done: items.length, total, current: '' })
  if (readable.length === 0) return items
  const parsed = typeof Worker === 'undefined' ? await runInline(readable, items.length, total, onProgress) : await runInWorker(readable, items.length, total, onProgress)
  return [...items, ...parsed]
}

/** Files handed to the worker per task. */
const POST_SLICE = 50

async function runInWorker(inputs: readonly ImportInput[], skipped: number, total: number, onProgress: OnProgress): Promise<ImportItem[]> {
  const worker = new Worker(new URL('../workers/import.worker.ts', import.meta.url), { type: 'module' })
  const items: ImportItem[] = []
  try {
    return await new Promise<ImportItem[]>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<ImportWorkerResponse>) => {
        const m = event.data
        if (m.type === 'batch') for (const item of m.items) items.push(item)
        onProgress({ done: skipped + m.done, total, current: m.current })
        if (m.type === 'batch' && m.done === m.total) resolve(items)
      }
      worker.onerror = (event) => reject(new Error(event.message || 'import worker failed'))
      // The Files themselves go over (handles, not bytes): reading 1,000 files here, one
      // arrayBuffer() and postMessage each, was a 0.4 s task on the page. Cloning a File still
      // costs ~0.3 ms, so they go a slice per task, the page free to answer in between.
      const send = (message: ImportWorkerRequest) => worker.postMessage(message)
      send({ type: 'start', total: inputs.length })
      void (async () => {
        for (let at = 0; at < inputs.length; at += POST_SLICE) {
          if (at) await new Promise((r) => setTimeout(r, 0))
          send({ type: 'files', files: inputs.slice(at, at + POST_SLICE).map(({ name, blob }) => ({ name, blob })) })
        }
      })().catch(reject)
    })
  } finally {
    worker.terminate()
  }
}

async function runInline(inputs: readonly ImportInput[], skipped: number, total: number, onProgress: OnProgress): Promise<ImportItem[]> {
  // loaded on demand: the parser and gazetteer stay out of the page's start-up bundle
  const { parseImportFile } = await import('./parseImportFile.ts')
  const items: ImportItem[] = []
  for (const [i, input] of inputs.entries()) {
    onProgress({ done: skipped + i, total, current: input.name })
    items.push(await parseImportFile(input.name, new Uint8Array(await input.blob.arrayBuffer())))
    await new Promise((r) => setTimeout(r, 0))
  }
  onProgress({ done: total, total, current: inputs.at(-1)?.name ?? '' })
  return items
}
