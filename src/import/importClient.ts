/**
 * Runs an import: reads each input's bytes on the main thread (File.arrayBuffer is async and
 * cheap), transfers them to our module worker (toolchain.md: Papa's own worker hangs in the
 * minified build) and collects the worker's batches. Where there is no Worker (unit tests in
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
      const send = (message: ImportWorkerRequest, transfer: Transferable[] = []) => worker.postMessage(message, transfer)
      send({ type: 'start', total: inputs.length })
      void (async () => {
        for (const input of inputs) {
          let buffer: ArrayBuffer
          try {
            buffer = await input.blob.arrayBuffer()
          } catch (err) {
            // moved or permission lost since it was picked: the worker counts it as a failure
            send({ type: 'unreadable', name: input.name, reason: `cannot read file: ${(err as Error).message}` })
            continue
          }
          send({ type: 'file', name: input.name, buffer }, [buffer])
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
    items.push(parseImportFile(input.name, new Uint8Array(await input.blob.arrayBuffer())))
    await new Promise((r) => setTimeout(r, 0))
  }
  onProgress({ done: total, total, current: inputs.at(-1)?.name ?? '' })
  return items
}
