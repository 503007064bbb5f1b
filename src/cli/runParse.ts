import { englishProblem } from '../i18n/problems.ts'
import type { Problem } from '../data/problem.ts'
import { recordsToCsv } from '../data/csv.ts'
import type { ParseResult, ReportRecord } from '../data/schema.ts'
import type { FileSystem } from '../io/fileSystem.ts'
import { nodeFileSystem } from '../io/fileSystem.ts'
import { collectReportFiles } from '../io/readReportFile.ts'
import { parseFiles, recordToRow, type OnFailure } from './parseFiles.ts'
import { workerRunner } from './parsePool.ts'
import type { ProgressOutput } from './progress.ts'

export type OutputFormat = 'json' | 'csv'
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'csv']

/** The effects a command uses: files, and the two output streams. */
export interface CommandIO {
  fs: FileSystem
  stdout(text: string): void
  stderr(text: string): void
  /** the parser; parseReport unless a test swaps it */
  parse?: (text: string, source: string) => ParseResult
  /** where a progress line may be drawn: set only when stderr is a terminal */
  progress?: ProgressOutput
}

/** The whole output for the records: a JSON array (one object per line) or reports.csv. */
export function formatRecords(records: readonly ReportRecord[], format: OutputFormat): string {
  if (format === 'csv') return recordsToCsv(records)
  if (records.length === 0) return '[]\n'
  return '[\n' + records.map((r) => JSON.stringify(recordToRow(r))).join(',\n') + '\n]\n'
}

/**
 * `parse --format json|csv <files or folders>...`: print every report that parsed, one
 * `<path>: <reason>` stderr line per file that did not. Exit code 0 when every file parsed,
 * 1 when some failed (the output still holds the rest).
 */
export async function runParse(options: { format: OutputFormat; inputs: readonly string[] }, io: CommandIO): Promise<number> {
  let failed = 0
  const onFailure = (path: string, reason: Problem) => {
    failed++
    io.stderr(`${path}: ${englishProblem(reason)}\n`)
  }
  const records =
    io.parse !== undefined || io.fs !== nodeFileSystem
      ? (await parseFiles(options.inputs, io.fs, onFailure, io.parse)).map((p) => p.result.record)
      : await parseInWorker(options.inputs, io.fs, onFailure)
  io.stdout(formatRecords(records, options.format))
  return failed ? 1 : 0
}

/** Files per message to the worker. */
const BATCH = 32

/**
 * The real parser in a worker thread, a batch of files at a time, so a file stuck past its
 * time budget is stopped and reported (parsePool.ts) and the rest are still printed.
 */
async function parseInWorker(inputs: readonly string[], fs: FileSystem, onFailure: OnFailure): Promise<ReportRecord[]> {
  const { files, failures } = await collectReportFiles(inputs, fs)
  for (const f of failures) onFailure(f.path, f.reason)
  const records: ReportRecord[] = []
  if (files.length === 0) return records
  const runner = workerRunner(1, { wantText: false, wantRecord: true })
  try {
    for (let at = 0; at < files.length; at += BATCH) {
      for (const item of await runner.run(files.slice(at, at + BATCH))) {
        if (item.ok) records.push(item.record!)
        else onFailure(item.path, item.reason)
      }
    }
  } finally {
    await runner.close()
  }
  return records
}
