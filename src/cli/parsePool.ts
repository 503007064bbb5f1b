import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { ParseResult } from '../data/schema.ts'
import type { FileSystem } from '../io/fileSystem.ts'
import { parseBatch, type BatchItem, type BatchOptions } from './parseBatch.ts'
import type { BatchReply, BatchRequest } from './parseWorker.ts'

/** Runs batches of files through read + decode + parse; results come back per batch. */
export interface BatchRunner {
  run(paths: string[]): Promise<BatchItem[]>
  /** stop the workers (pending batches are rejected) */
  close(): Promise<void>
}

/** The same work on the calling thread: for --jobs 1, tiny folders, and a swapped fs or parser. */
export function inProcessRunner(
  options: BatchOptions,
  fs: FileSystem,
  parse: (text: string, source: string) => ParseResult,
): BatchRunner {
  return { run: (paths) => parseBatch(paths, options, fs, parse), close: async () => {} }
}

/**
 * The worker file is TypeScript and the commands run under tsx (`tsx src/cli/dataCommand.ts`)
 * or vitest, whose loaders a worker thread does not get by itself. So every worker starts from
 * a two-line CommonJS bootstrap that registers tsx's ESM loader in that thread and then imports
 * the .ts file; one path for `npm run data`, vitest and the bench alike.
 */
const TSX_ESM_API = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href
const WORKER_FILE = new URL('./parseWorker.ts', import.meta.url).href

function startWorker(): Worker {
  // the ESM build of tsx/esm/api: its CommonJS build cannot find its loader from an eval'd script
  const boot = `import(${JSON.stringify(TSX_ESM_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_FILE)}) })`
  return new Worker(boot, { eval: true, execArgv: [] })
}

interface Job {
  request: BatchRequest
  resolve: (items: BatchItem[]) => void
  reject: (error: Error) => void
}

/**
 * `jobs` worker threads, each parsing one batch at a time; extra batches wait in a queue.
 * A worker that dies fails its batch and every later one (the command then writes nothing),
 * rather than leaving the caller waiting forever.
 */
export function workerRunner(jobs: number, options: BatchOptions): BatchRunner {
  const queue: Job[] = []
  const idle: Worker[] = []
  const busy = new Map<Worker, Job>()
  let broken: Error | null = null
  let closing = false
  let nextId = 0

  const dispatch = () => {
    while (idle.length && queue.length) {
      const worker = idle.pop()!
      const job = queue.shift()!
      busy.set(worker, job)
      worker.postMessage(job.request)
    }
  }
  const breakAll = (error: Error) => {
    broken ??= error
    for (const job of [...busy.values(), ...queue.splice(0)]) job.reject(broken)
    busy.clear()
  }

  const workers = Array.from({ length: jobs }, () => {
    const worker = startWorker()
    worker.on('message', (reply: BatchReply) => {
      const job = busy.get(worker)
      busy.delete(worker)
      idle.push(worker)
      if (job && 'items' in reply) job.resolve(reply.items)
      else if (job) job.reject(new Error(`parse worker failed: ${'error' in reply ? reply.error : 'no reply'}`))
      dispatch()
    })
    worker.on('error', (error) => breakAll(new Error(`parse worker failed: ${error.message}`)))
    worker.on('exit', (code) => {
      if (!closing) breakAll(new Error(`parse worker stopped (exit code ${code})`))
    })
    idle.push(worker)
    return worker
  })

  return {
    run(paths) {
      if (broken) return Promise.reject(broken)
      return new Promise((resolve, reject) => {
        queue.push({ request: { id: nextId++, paths, options }, resolve, reject })
        dispatch()
      })
    },
    async close() {
      closing = true
      breakAll(new Error('parse workers closed'))
      await Promise.all(workers.map((w) => w.terminate()))
    },
  }
}
