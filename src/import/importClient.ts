/**
 * Runs an import: hands the files to our module worker (toolchain.md: Papa's own worker hangs
 * in the minified build), which reads and parses them, and collects the worker's batches. Where there is no Worker (unit tests in
 * happy-dom) the same parseImportFile runs inline, yielding between files.
 */
import { problem, type Problem } from '../data/problem.ts'
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
  const parsed =
    typeof Worker === 'undefined'
      ? await runInline(readable, items.length, total, onProgress)
      : await runInWorker(readable, items.length, total, onProgress)
  return [...items, ...parsed]
}

/** Files handed to the worker per task. */
const POST_SLICE = 50

/**
 * How long one file may take in the worker before it fails (and the worker is replaced, so the
 * rest go on): 15 s, plus 1 s per MB. Without it a parser that hangs on one file (a regular
 * expression backtracking for ever) would leave the import at "已处理 0 / 1" and block every
 * later one.
 * `globalThis.__kanbanImportBudgetMs` overrides it (the e2e test of this limit).
 */
export function fileBudgetMs(bytes: number): number {
  const override = (globalThis as { __kanbanImportBudgetMs?: unknown }).__kanbanImportBudgetMs
  if (typeof override === 'number' && override > 0) return override
  return 15_000 + Math.round(bytes / 1000)
}

/** The reason given for a file that ran out of time. */
export function overBudgetReason(ms: number): Problem {
  return problem('over_budget_read', { seconds: ms < 1000 ? ms / 1000 : Math.round(ms / 100) / 10 })
}

/** One worker's run: the items it answered, in order, and the position of a file that ran out of time. */
interface WorkerRun {
  items: ImportItem[]
  hung: number | null
}

async function runInWorker(inputs: readonly ImportInput[], skipped: number, total: number, onProgress: OnProgress): Promise<ImportItem[]> {
  // results by input position: a file past its budget fails, and a new worker takes the rest
  // (files it had parsed but not yet sent are parsed again)
  const results: (ImportItem | undefined)[] = new Array(inputs.length)
  let left = inputs.map((_, i) => i)
  while (left.length) {
    const positions = left
    const run = await oneWorker(
      positions.map((i) => inputs[i]),
      (done, current) => {
        onProgress({ done: skipped + results.filter(Boolean).length + done, total, current })
      },
    )
    run.items.forEach((item, k) => (results[positions[k]] = item))
    if (run.hung === null) break
    const hung = positions[run.hung]
    const input = inputs[hung]
    results[hung] = { kind: 'failed', name: input.name, reason: overBudgetReason(fileBudgetMs(input.blob.size)) }
    left = positions.slice(run.items.length).filter((i) => i !== hung)
  }
  onProgress({ done: total, total, current: inputs.at(-1)?.name ?? '' })
  return results.filter((r): r is ImportItem => r !== undefined)
}

function oneWorker(inputs: readonly ImportInput[], progress: (done: number, current: string) => void): Promise<WorkerRun> {
  const worker = new Worker(new URL('../workers/import.worker.ts', import.meta.url), { type: 'module' })
  const items: ImportItem[] = []
  let watchdog: ReturnType<typeof setTimeout> | undefined
  return new Promise<WorkerRun>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ImportWorkerResponse>) => {
      const m = event.data
      if (m.type === 'file') {
        // each file gets its own time; past it the worker is stopped and the file fails
        clearTimeout(watchdog)
        watchdog = setTimeout(() => resolve({ items, hung: m.index }), fileBudgetMs(inputs[m.index]?.blob.size ?? 0))
        return
      }
      if (m.type === 'batch') for (const item of m.items) items.push(item)
      progress(m.done, m.current)
      if (m.type === 'batch' && m.done === m.total) resolve({ items, hung: null })
    }
    worker.onerror = (event) => reject(new Error(event.message || 'import worker failed'))
    // The Files themselves go over (handles, not bytes): reading them here, one arrayBuffer()
    // and postMessage each, would block the page. Cloning a File is not free either, so they
    // go a slice per task, the page free to answer in between (docs/measurements.md).
    const send = (message: ImportWorkerRequest) => worker.postMessage(message)
    send({ type: 'start', total: inputs.length })
    void (async () => {
      for (let at = 0; at < inputs.length; at += POST_SLICE) {
        if (at) await new Promise((r) => setTimeout(r, 0))
        send({ type: 'files', files: inputs.slice(at, at + POST_SLICE).map(({ name, blob }) => ({ name, blob })) })
      }
    })().catch(reject)
  }).finally(() => {
    clearTimeout(watchdog)
    worker.terminate()
  })
}

async function runInline(inputs: readonly ImportInput[], skipped: number, total: number, onProgress: OnProgress): Promise<ImportItem[]> {
  // loaded on demand: the parser and gazetteer stay out of the page's start-up bundle
  const { parseImportFile } = await import('./parseImportFile.ts')
  const items: ImportItem[] = []
  for (const [i, input] of inputs.entries()) {
    onProgress({ done: skipped + i, total, current: input.name })
    const bytes = new Uint8Array(await input.blob.arrayBuffer())
    // a PDF (bytes start %PDF): its reader, and pdfjs, are loaded only then
    const pdf = bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46
    items.push(
      pdf ? await (await import('./parsePdfImport.ts')).parsePdfImport(input.name, bytes) : await parseImportFile(input.name, bytes),
    )
    await new Promise((r) => setTimeout(r, 0))
  }
  onProgress({ done: total, total, current: inputs.at(-1)?.name ?? '' })
  return items
}
