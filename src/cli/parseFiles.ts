import { detailOf, problem, type Problem } from '../data/problem.ts'
import { REPORT_COLUMNS, type ParseResult, type ReportRecord } from '../data/schema.ts'
import { parseReport, reportText } from '../parser/parseReport.ts'
import { reportId } from '../parser/reportId.ts'
import type { FileSystem } from '../io/fileSystem.ts'
import { collectReportFiles, readReportFile } from '../io/readReportFile.ts'

/** One report that made it through reading and parsing. */
export interface ParsedReport {
  path: string
  /** the file's name, as the `source` column */
  source: string
  /** the decoded text the fact offsets index */
  text: string
  result: ParseResult
}

/** Where a command reports a file it could not use: one `<path>: <reason>` line each. */
export type OnFailure = (path: string, reason: Problem) => void

/**
 * Make a parser result fit the contract whatever the parser filled in: report_id is
 * reportId(source, text) on the record and on every fact, and the warnings column lists each
 * warning code once, the parser's first, then notes about the input (a truncated file …).
 */
export function finishResult(result: ParseResult, source: string, text: string, notes: readonly string[] = []): ParseResult {
  const id = reportId(source, text)
  const codes = [...String(result.record.warnings ?? '').split(';'), ...result.warnings.map((w) => w.code), ...notes]
    .map((c) => c.trim())
    .filter(Boolean)
  const record: ReportRecord = { ...result.record, report_id: id, source, warnings: [...new Set(codes)].join(';') }
  return { ...result, record, facts: result.facts.map((f) => ({ ...f, report_id: id })) }
}

/**
 * A web page or Word file in which the parser recognised nothing (a site's index page, a
 * notice) is not a report: it gets a reason instead of an empty record. A plain text keeps its
 * empty record.
 */
export function noReportReason(read: { path: string; html: boolean }, result: ParseResult): Problem | null {
  if (result.facts.length > 0) return null
  if (read.html) return problem('web_no_report')
  if (/\.docx?$/i.test(read.path)) return problem('no_report')
  return null
}

/** A record as a plain object in REPORT_COLUMNS order, unstated values null (for JSON). */
export function recordToRow(record: ReportRecord): Record<string, string | number | null> {
  const row: Record<string, string | number | null> = {}
  const source = record as unknown as Record<string, unknown>
  for (const column of REPORT_COLUMNS) {
    const value = source[column]
    if (column === 'warnings') row[column] = typeof value === 'string' ? value : ''
    else if (typeof value === 'number') row[column] = Number.isFinite(value) ? value : null
    else row[column] = value === undefined || value === null ? null : String(value)
  }
  return row
}

/**
 * Read and parse every report the inputs name. A file that cannot be read, or that makes the
 * parser throw, goes to `onFailure` and the rest go on; this never throws for one bad file.
 */
export async function parseFiles(
  inputs: readonly string[],
  fs: FileSystem,
  onFailure: OnFailure,
  parse: (text: string, source: string) => ParseResult = parseReport,
): Promise<ParsedReport[]> {
  const { files, failures } = await collectReportFiles(inputs, fs)
  for (const f of failures) onFailure(f.path, f.reason)
  const parsed: ParsedReport[] = []
  for (const path of files) {
    const read = await readReportFile(path, fs)
    if (!read.ok) {
      onFailure(path, read.reason)
      continue
    }
    try {
      const result = finishResult(parse(read.text, read.source), read.source, read.text, read.notes)
      const empty = noReportReason(read, result)
      if (empty) onFailure(path, empty)
      else parsed.push({ path, source: read.source, text: reportText(read.text), result })
    } catch (error) {
      onFailure(path, problem('parser_failed', { detail: detailOf(error) }))
    }
  }
  return parsed
}
