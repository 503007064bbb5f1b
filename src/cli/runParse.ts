import { recordsToCsv } from '../data/csv.ts'
import type { ParseResult, ReportRecord } from '../data/schema.ts'
import type { FileSystem } from '../io/fileSystem.ts'
import { parseFiles, recordToRow } from './parseFiles.ts'
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
  const parsed = await parseFiles(options.inputs, io.fs, (path, reason) => {
    failed++
    io.stderr(`${path}: ${reason}\n`)
  }, io.parse)
  io.stdout(formatRecords(parsed.map((p) => p.result.record), options.format))
  return failed ? 1 : 0
}
