/**
 * Which files the import takes, by name: report texts (.txt .html .htm .md), pages saved as
 * one file (.mhtml .mht), PDFs, Word files (.docx; a .doc is taken so that one served as a web page
 * is read and a real Word 97 file gets its reason) and a reports.csv exported by the dashboard. The same list feeds the pickers'
 * `accept` and the folder walk.
 */
import { problem, type Problem } from '../data/problem.ts'

export const REPORT_EXTENSIONS = ['.txt', '.html', '.htm', '.md', '.pdf', '.docx', '.doc', '.mhtml', '.mht'] as const
export const CSV_EXTENSION = '.csv'
export const ACCEPT = [...REPORT_EXTENSIONS, CSV_EXTENSION].join(',')

export type FileKind = 'report' | 'csv'

/** 'report', 'csv', or null for a file the import does not read. */
export function fileKind(name: string): FileKind | null {
  const lower = name.toLowerCase()
  if (lower.endsWith(CSV_EXTENSION)) return 'csv'
  return REPORT_EXTENSIONS.some((ext) => lower.endsWith(ext)) ? 'report' : null
}

/** What the import says it takes (the Word 97 .doc and saved-page kinds are taken but not named). */
const NAMED = ['.txt', '.html', '.htm', '.md', '.pdf', '.docx']

/** The reason shown for a picked file of another type (a .docx or .xlsx dropped by mistake). */
export function unsupportedReason(name: string): Problem {
  const dot = name.lastIndexOf('.')
  return dot > 0
    ? problem('unsupported_type', { extension: name.slice(dot), accepted: NAMED })
    : problem('unsupported_no_extension', { accepted: NAMED })
}
