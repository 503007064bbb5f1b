import { detailOf, problem, type Problem } from '../data/problem.ts'
import { factsToCsv, recordsToCsv } from '../data/csv.ts'
import type { ParseResult, ReportRecord } from '../data/schema.ts'
import type { FileSystem } from '../io/fileSystem.ts'
import { readReportFile } from '../io/readReportFile.ts'
import { reportText } from '../parser/parseReport.ts'
import { finishResult, noReportReason } from './parseFiles.ts'

/**
 * One file of a batch, reduced to what the data command writes: its CSV rows as text (so a
 * worker sends strings, not record objects, and the main thread only appends them), or why it
 * could not be used.
 */
export type BatchItem =
  | {
      ok: true
      path: string
      source: string
      /** this report's reports.csv row, newline-terminated, no header */
      reportRow: string
      /** its facts.csv rows, newline-terminated, no header ('' when none) */
      factRows: string
      facts: number
      /** the decoded text, only when the public copy is wanted */
      text?: string
      /** the record, only when wantRecord */
      record?: ReportRecord
    }
  | { ok: false; path: string; reason: Problem }

export interface BatchOptions {
  /** send the decoded text back (for public/data/reports/) */
  wantText: boolean
  /** send the record back too (the parse command prints records) */
  wantRecord?: boolean
}

/** CSV text without its header line (column names never hold a newline). */
function withoutHeader(csv: string): string {
  return csv.slice(csv.indexOf('\n') + 1)
}

/**
 * Read, decode and parse each file: the unit of work of the data command, run the same way in
 * a worker thread and in-process, so both give the same bytes. Never throws for one bad file.
 */
export async function parseBatch(
  paths: readonly string[],
  options: BatchOptions,
  fs: FileSystem,
  parse: (text: string, source: string) => ParseResult,
  /** told before each file (its index in `paths`): a worker's pool times each file by it */
  onFile?: (index: number) => void,
): Promise<BatchItem[]> {
  const items: BatchItem[] = []
  for (const [index, path] of paths.entries()) {
    onFile?.(index)
    const read = await readReportFile(path, fs)
    if (!read.ok) {
      items.push({ ok: false, path, reason: read.reason })
      continue
    }
    let result: ParseResult
    try {
      result = finishResult(parse(read.text, read.source), read.source, read.text, read.notes)
    } catch (error) {
      items.push({ ok: false, path, reason: problem('parser_failed', { detail: detailOf(error) }) })
      continue
    }
    const empty = noReportReason(read, result)
    if (empty) {
      items.push({ ok: false, path, reason: empty })
      continue
    }
    items.push({
      ok: true,
      path,
      source: read.source,
      reportRow: withoutHeader(recordsToCsv([result.record])),
      factRows: result.facts.length ? withoutHeader(factsToCsv(result.facts)) : '',
      facts: result.facts.length,
      // the text the facts index: a decoded page can still read as HTML (markup escaped in a
      // <pre>), and the parser reduces it once more
      ...(options.wantText ? { text: reportText(read.text) } : {}),
      ...(options.wantRecord ? { record: result.record } : {}),
    })
  }
  return items
}
