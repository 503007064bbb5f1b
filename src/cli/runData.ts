import { englishProblem } from '../i18n/problems.ts'
import { problem, type Problem } from '../data/problem.ts'
import { createHash, type Hash } from 'node:crypto'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { FACT_COLUMNS, REPORT_COLUMNS } from '../data/schema.ts'
import { reportTextFile } from '../data/csv.ts'
import { MANIFEST_FILE, manifestJson, type ManifestFile } from '../data/manifest.ts'
import { reportsArrow } from '../data/arrowColumns.ts'
import { LANDING_MIN_BYTES } from '../query/landing.ts'
import { blockingReadFileSystem, nodeFileSystem } from '../io/fileSystem.ts'
import { collectReportFiles } from '../io/readReportFile.ts'
import { Staging, removeStaleTemps, type StagedFile, type StagedFolder } from '../io/staging.ts'
import { parseReport } from '../parser/parseReport.ts'
import { inOrder } from './inOrder.ts'
import type { BatchItem } from './parseBatch.ts'
import { inProcessRunner, workerRunner, type BatchRunner } from './parsePool.ts'
import { Progress } from './progress.ts'
import type { CommandIO } from './runParse.ts'

export interface DataOptions {
  /** folder of raw reports, walked recursively */
  inDir: string
  /** where reports.csv and facts.csv go */
  outDir: string
  /** the dashboard's copy (public/data): both CSVs plus reports/ with each decoded text; null = none */
  publicDir: string | null
  /** parallel parsers (worker threads); 1 = in-process. Default: every core */
  jobs?: number
  /** stop early (Ctrl-C): temporaries removed, old files kept, exit code 130 */
  signal?: AbortSignal
  /**
   * from this size of reports.csv on, reports.arrow is written beside it (arrowColumns.ts) and
   * listed in the manifest; default: the landing view's threshold (the same "large set")
   */
  arrowMinBytes?: number
}

/** reports.csv's columns as Arrow, for large sets (arrowColumns.ts) */
export const ARROW_FILE = 'reports.arrow'

/** Thrown between batches when the run is stopped; not a failure to report as one. */
class Interrupted extends Error {}

/** Below this many files, starting worker threads costs more than it saves. */
export const IN_PROCESS_BELOW = 50
/** Files per batch at most: big enough to amortise a message, small enough to keep memory flat. */
const MAX_BATCH = 64

/** Worker threads per core at most: past this more threads only share the same cores. */
const THREADS_PER_CORE = 2

/**
 * What runData decided to run with: the parser count and batch size for `files` files.
 * `--jobs` is capped at a small multiple of the cores and at the number of batches: each
 * thread loads the parser (tens of MB and about a second), so threads beyond those cost more
 * than they parse.
 */
export function planJobs(files: number, jobs: number, swapped: boolean, cores = availableParallelism()): { jobs: number; batch: number } {
  // a swapped reader or parser cannot cross into a worker thread
  let workers = swapped || files < IN_PROCESS_BELOW ? 1 : Math.max(1, Math.min(Math.floor(jobs), THREADS_PER_CORE * Math.max(1, cores)))
  // a few batches per parser so they all finish near the same time
  const batch = Math.max(1, Math.min(MAX_BATCH, Math.ceil(files / (workers * 8))))
  workers = Math.min(workers, Math.max(1, Math.ceil(files / batch)))
  return { jobs: workers, batch }
}

/** The size and SHA-256 of what was written to a CSV (every output folder gets the same bytes). */
class Tally {
  bytes = 0
  private readonly hash: Hash = createHash('sha256')
  add(data: string): void {
    this.bytes += Buffer.byteLength(data)
    this.hash.update(data)
  }
  digest(): string {
    return this.hash.digest('hex')
  }
}

/** The files of one run, staged until everything is through, then committed together. */
interface Outputs {
  csvs: { reports: StagedFile; facts: StagedFile }[]
  texts: StagedFolder | null
  tally: { reports: Tally; facts: Tally }
}

/**
 * manifest.json in each folder, staged to go in last (data/manifest.ts): it names the pair with
 * their sizes and hashes, so a reader never takes reports.csv of one run with facts.csv of another.
 */
/** The generation id of a pair: from the two files' hashes (reports.arrow is made from reports.csv). */
export function generationId(reportsSha256: string, factsSha256: string): string {
  return createHash('sha256')
    .update(reportsSha256 + factsSha256)
    .digest('hex')
    .slice(0, 16)
}

async function stageManifests(staging: Staging, options: DataOptions, tally: Outputs['tally'], arrow: ManifestFile | null): Promise<void> {
  const reports = { name: 'reports.csv', bytes: tally.reports.bytes, sha256: tally.reports.digest() }
  const facts = { name: 'facts.csv', bytes: tally.facts.bytes, sha256: tally.facts.digest() }
  const generation = generationId(reports.sha256, facts.sha256)
  for (const dir of [options.outDir, ...(options.publicDir === null ? [] : [options.publicDir])]) {
    const file = await staging.file(join(dir, MANIFEST_FILE), { last: true })
    await file.append(manifestJson(arrow ? { reports, facts, arrow } : { reports, facts }, generation))
  }
}

/**
 * reports.arrow in each folder when reports.csv is large, staged with the pair (one generation):
 * the same rows read back as the page reads the CSV (arrowColumns.ts reportsArrow). None when
 * the set is small or a row would be refused (the page then reads the CSV and says why).
 */
async function stageArrow(staging: Staging, options: DataOptions, csvBytes: number, rows: string[]): Promise<ManifestFile | null> {
  if (csvBytes < (options.arrowMinBytes ?? LANDING_MIN_BYTES)) return null
  const bytes = reportsArrow(REPORT_COLUMNS.join(',') + '\n' + rows.join(''))
  rows.length = 0
  if (!bytes) return null
  for (const dir of [options.outDir, ...(options.publicDir === null ? [] : [options.publicDir])]) {
    const file = await staging.file(join(dir, ARROW_FILE))
    await file.append(bytes)
  }
  return { name: ARROW_FILE, bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') }
}

async function openOutputs(staging: Staging, options: DataOptions): Promise<Outputs> {
  const dirs = [options.outDir, ...(options.publicDir === null ? [] : [options.publicDir])]
  const csvs = []
  const tally = { reports: new Tally(), facts: new Tally() }
  const headers = { reports: REPORT_COLUMNS.join(',') + '\n', facts: FACT_COLUMNS.join(',') + '\n' }
  tally.reports.add(headers.reports)
  tally.facts.add(headers.facts)
  for (const dir of dirs) {
    const reports = await staging.file(join(dir, 'reports.csv'))
    const facts = await staging.file(join(dir, 'facts.csv'))
    await reports.append(headers.reports)
    await facts.append(headers.facts)
    csvs.push({ reports, facts })
  }
  const texts = options.publicDir === null ? null : await staging.folder(join(options.publicDir, 'reports'))
  return { csvs, texts, tally }
}

/**
 * `data`: build reports.csv and facts.csv from a folder of reports. Files are parsed in
 * batches (in worker threads when there are many) and their rows appended, in input order, to
 * temporary files that replace the old ones only when everything went through: memory stays
 * flat however many reports there are. Files that fail are reported (`<path>: <reason>`) and
 * left out; if none parsed, or any write fails, nothing is replaced. Exit code 0 when every
 * file parsed, 1 otherwise.
 */
export async function runData(options: DataOptions, io: CommandIO): Promise<number> {
  // what a run killed outright (SIGKILL) left behind goes before this one writes its own
  for (const dir of [options.outDir, options.publicDir]) if (dir !== null) await removeStaleTemps(dir, io.fs)
  const { files, failures } = await collectReportFiles([options.inDir], io.fs)
  const progress = new Progress(io.progress, files.length)
  let failed = 0
  const fail = (path: string, reason: Problem) => {
    failed++
    progress.print(io.stderr, `${path}: ${englishProblem(reason)}\n`)
  }
  for (const f of failures) fail(f.path, f.reason)

  // workers read with node:fs and parse with parseReport; a test that swaps either runs in-process
  const nodeReads = io.fs.readFile === nodeFileSystem.readFile && io.fs.stat === nodeFileSystem.stat
  const swapped = io.parse !== undefined || !nodeReads
  const plan = planJobs(files.length, options.jobs ?? availableParallelism(), swapped)
  const batchOptions = { wantText: options.publicDir !== null }
  // the real parser always runs in worker threads, even one: a file stuck past its time budget
  // can only be stopped there (parsePool.ts), and the rest go on
  const runner: BatchRunner = swapped
    ? inProcessRunner(batchOptions, nodeReads ? blockingReadFileSystem : io.fs, io.parse ?? parseReport)
    : workerRunner(plan.jobs, batchOptions)

  const staging = new Staging(io.fs)
  // reports.csv's rows, kept for reports.arrow (built once the file is known to be large)
  const reportChunks: string[] = []
  let outputs: Outputs | null = null // opened at the first good report: no report, no temp files
  // the source column names the file; two files of one name in different subfolders would clash
  // (first file's index, not its path: one string less per report held for the whole run)
  const bySource = new Map<string, number>()
  let reports = 0
  let facts = 0
  let doneFiles = 0

  const useBatch = async (items: BatchItem[], batchIndex: number) => {
    if (options.signal?.aborted) throw new Interrupted()
    let reportRows = ''
    let factRows = ''
    const texts: { name: string; data: string }[] = []
    for (const [k, item] of items.entries()) {
      if (!item.ok) {
        fail(item.path, item.reason)
        continue
      }
      const first = bySource.get(item.source)
      if (first !== undefined) {
        fail(item.path, problem('same_source', { first: files[first] }))
        continue
      }
      bySource.set(item.source, batchIndex * plan.batch + k) // items come back one per path, in order
      reportRows += item.reportRow
      factRows += item.factRows
      if (item.text !== undefined) texts.push({ name: reportTextFile(item.source), data: item.text })
      reports++
      facts += item.facts
    }
    if (reportRows !== '') {
      outputs ??= await openOutputs(staging, options)
      outputs.tally.reports.add(reportRows)
      reportChunks.push(reportRows)
      outputs.tally.facts.add(factRows)
      for (const csv of outputs.csvs) {
        await csv.reports.append(reportRows)
        if (factRows !== '') await csv.facts.append(factRows)
      }
      for (const t of texts) await outputs.texts?.write(t.name, t.data)
    }
    doneFiles += items.length
    progress.update(doneFiles, items.at(-1)?.path ?? '')
  }

  const batches = Math.ceil(files.length / plan.batch)
  try {
    await inOrder(
      batches,
      plan.jobs * 3, // every parser busy with one batch and the next two queued
      (i) => runner.run(files.slice(i * plan.batch, (i + 1) * plan.batch)),
      useBatch,
    )
  } catch (error) {
    progress.clear()
    await staging.abort()
    if (error instanceof Interrupted) {
      io.stderr(`interrupted after ${doneFiles} of ${files.length} files; nothing written\n`)
      return 130
    }
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  } finally {
    await runner.close()
  }
  progress.clear()

  if (reports === 0) {
    await staging.abort()
    io.stderr(`${options.inDir}: no report parsed; nothing written\n`)
    return 1
  }
  try {
    const arrow = await stageArrow(staging, options, outputs!.tally.reports.bytes, reportChunks)
    await stageManifests(staging, options, outputs!.tally, arrow)
    await staging.commit()
  } catch (error) {
    await staging.abort() // commit has put the old files back; a manifest that failed to stage leaves temporaries
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
  const where = [options.outDir, options.publicDir].filter((d) => d !== null).join(' and ')
  io.stdout(`${reports} reports, ${facts} facts written to ${where}\n`)
  return failed ? 1 : 0
}
