/**
 * One input (file bytes or pasted text as bytes) → an ImportItem. No DOM or Node: the import
 * worker runs it, and so do the tests and the no-Worker fallback. Reports go through the same
 * readDocument → parseReport path as the CLI (text, web pages, .docx; the browser has no
 * Word 97 .doc reader), so an imported file gets the same record and report_id as
 * `npm run data` would give it.
 */
import { csvToRecords } from '../data/csv.ts'
import { detailOf, problem } from '../data/problem.ts'
import { decodeReportBytes } from '../io/decodeReportBytes.ts'
import { readDocument } from '../io/readDocument.ts'
import { parseReport, reportText } from '../parser/parseReport.ts'
import { fileKind, unsupportedReason } from './acceptFile.ts'
import type { ImportItem } from './types.ts'

export async function parseImportFile(name: string, bytes: Uint8Array): Promise<ImportItem> {
  const kind = fileKind(name)
  if (kind === null) return { kind: 'failed', name, reason: unsupportedReason(name) }
  const decoded = kind === 'csv' ? decodeReportBytes(bytes, name) : await readDocument(bytes, name)
  if (!decoded.ok) return { kind: 'failed', name, reason: decoded.reason }
  if (kind === 'csv') {
    // the dashboard's CSV of a synthetic dataset opens with a `# 合成数据…` line (exportCsv.ts noticeLine)
    const read = csvToRecords(decoded.text.replace(/^\uFEFF?#[^\n]*\n/, ''))
    // A CSV that is not ours (no report_id column at all) is one failure, not a row error each.
    if (read.errors.some((e) => e.row === 0 && e.column === 'report_id' && e.code === 'missing_column')) {
      return { kind: 'failed', name, reason: problem('csv_not_reports') }
    }
    return { kind: 'csv', name, reports: read.rows.map((record) => ({ record, facts: [], text: null, origin: name })), errors: read.errors }
  }
  return parseReportItem(name, decoded.text)
}

/** A report's decoded text (from any format) → its ImportItem: the part every format shares. */
export function parseReportItem(name: string, raw: string): ImportItem {
  try {
    const text = reportText(raw)
    const { record, facts } = parseReport(raw, name)
    // A text with nothing the parser recognises (a letter, a menu page) would only add an empty row.
    if (facts.length === 0) return { kind: 'failed', name, reason: problem('no_report') }
    return { kind: 'report', name, report: { record, facts, text, origin: name } }
  } catch (err) {
    return { kind: 'failed', name, reason: problem('parser_failed', { detail: detailOf(err) }) }
  }
}

// kept importable from here for callers that already parse
export { csvFailures } from './csvFailures.ts'
