import { problem, type Problem } from '../data/problem.ts'
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
export function inProcessRunner(options: BatchOptions, fs: FileSystem, parse: (text: string, source: string) => ParseResult): BatchRunner {
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

function startWorker(file = WORKER_FILE): Worker {
  // the ESM build of tsx/esm/api: its CommonJS build cannot find its loader from an eval'd script
  const boot = `import(${JSON.stringify(TSX_ESM_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(file)}) })`
  return new Worker(boot, { eval: true, execArgv: [] })
}

interface Job {
  request: BatchRequest
  resolve: (items: BatchItem[]) => void
  reject: (error: Error) => void
}

/**
 * How long one file may take in a worker: a report at the size limit (256 MB) parses well within
 * a minute (docs/measurements.md), so a file still running after one is stuck (a regular
 * expression backtracking for ever), and the rest go on. KANBAN_FILE_BUDGET_MS overrides it.
 */
export function fileBudgetMs(): number {
  const override = Number(process.env.KANBAN_FILE_BUDGET_MS)
  return Number.isFinite(override) && override > 0 ? override : 60_000
}

/** The one line for a file that ran out of time. */
export function overBudgetReason(ms: number): Problem {
  return problem('over_budget_parse', { seconds: ms < 1000 ? ms / 1000 : Math.round(ms / 100) / 10 })
}

/**
 * `jobs` worker threads, each parsing one batch at a time; extra batches wait in a queue.
 * Each file gets `budgetMs` (the worker says when it starts one): past it that worker is
 * stopped and replaced, the file fails with one line, and the rest of its batch is parsed
 * again by the next worker. A worker that dies otherwise fails its batch and every later one
 * (the command then writes nothing), rather than leaving the caller waiting forever.
 */
export function workerRunner(jobs: number, options: BatchOptions, budgetMs = fileBudgetMs(), workerFile = WORKER_FILE): BatchRunner {
  const queue: Job[] = []
  const idle: Worker[] = []
  const busy = new Map<Worker, Job>()
  const timers = new Map<Worker, ReturnType<typeof setTimeout>>()
  const workers = new Set<Worker>()
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
  const stopTimer = (worker: Worker) => {
    clearTimeout(timers.get(worker))
    timers.delete(worker)
  }

  /** A file ran out of time: its worker goes, a new one takes the rest of the batch. */
  const hung = (worker: Worker, job: Job, index: number) => {
    stopTimer(worker)
    busy.delete(worker)
    workers.delete(worker)
    worker.removeAllListeners()
    void worker.terminate()
    const { paths } = job.request
    const failed: BatchItem = { ok: false, path: paths[index], reason: overBudgetReason(budgetMs) }
    const rest = [...paths.slice(0, index), ...paths.slice(index + 1)]
    if (rest.length === 0) job.resolve([failed])
    else {
      queue.unshift({
        request: { id: nextId++, paths: rest, options },
        resolve: (items) => job.resolve([...items.slice(0, index), failed, ...items.slice(index)]),
        reject: job.reject,
      })
    }
    if (!closing) idle.push(spawn())
    dispatch()
  }

  const spawn = (): Worker => {
    const worker = startWorker(workerFile)
    workers.add(worker)
    worker.on('message', (reply: BatchReply) => {
      const job = busy.get(worker)
      if ('file' in reply) {
        stopTimer(worker)
        if (job)
          timers.set(
            worker,
            setTimeout(() => hung(worker, job, reply.file), budgetMs),
          )
        return
      }
      stopTimer(worker)
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
    return worker
  }
  for (let i = 0; i < jobs; i++) idle.push(spawn())

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
      for (const w of workers) stopTimer(w)
      breakAll(new Error('parse workers closed'))
      await Promise.all([...workers].map((w) => w.terminate()))
    },
  }
}
