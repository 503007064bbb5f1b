/**
 * A problem with an input, as a code and its parameters: what the decoder, the readers of
 * reports.csv / facts.csv, the page's loader and the import say about a file, a row or a
 * cell. The words are the catalogues' (src/i18n/zh-CN.ts and en.ts, `problems`, rendered by
 * src/i18n/problems.ts); the commands print the English wording built from the same code and
 * parameters. Parameters are data (names, values, figures, a library's own English message as
 * `detail`), never words to translate.
 *
 * Pure module: imports nothing.
 */

export const PROBLEM_CODES = [
  // a file as bytes (io/decodeReportBytes.ts, readDocument.ts, wordText.ts, pdfText.ts, readReportFile.ts)
  'empty_file',
  'empty_whitespace',
  'too_large',
  'binary_kind',
  'binary_nul',
  'binary_control',
  'unknown_encoding',
  'no_html_text',
  'is_directory',
  'not_regular_file',
  'fs_error',
  'no_report_files',
  'unsupported_type',
  'unsupported_no_extension',
  'doc_commands_only',
  'docx_not_zip',
  'word_damaged',
  'word_no_text',
  'mhtml_no_html',
  'not_pdf',
  'pdf_encrypted',
  'pdf_corrupt',
  'pdf_unreadable',
  'pdf_too_many_pages',
  'pdf_no_text_layer',
  'pdf_here',
  // a file as a report (parser, import, commands)
  'web_no_report',
  'no_report',
  'over_budget_read',
  'over_budget_parse',
  'parser_failed',
  'import_failed',
  'same_id_imported',
  'csv_not_reports',
  'same_source',
  // the page's loader
  'cannot_read',
  'not_found',
  'address_refused',
  'load_failed',
  'landing_mismatch',
  'not_this_generation',
  // reports.csv / facts.csv: the file and its header (data/schema.ts's validator)
  'no_header',
  'html_page',
  'file_refused',
  'unknown_column',
  'column_twice',
  'missing_column',
  // a row
  'quote_unterminated',
  'quote_malformed',
  'malformed_row',
  'cell_count',
  'cell_too_long',
  'row_too_long',
  'duplicate_id',
  // a cell
  'id_empty',
  'not_a_number',
  'not_whole',
  'not_nonnegative',
  'number_too_large',
  'year_range',
  'unknown_level',
  'unknown_template',
  'bad_offset',
  'unknown_field',
  'end_before_start',
  // a value kept outside the CSVs (an import in IndexedDB)
  'not_a_record',
  'not_a_fact',
  'value_not_number',
  'value_not_text',
  'fact_bad_offsets',
] as const

export type ProblemCode = (typeof PROBLEM_CODES)[number]

/** A list parameter: its items joined as the catalogue says (`{name|or}`, `{name|and}`). */
export type ProblemParam = string | number | readonly string[]
export type ProblemParams = Readonly<Record<string, ProblemParam>>

export interface Problem {
  code: ProblemCode
  params?: ProblemParams
}

/** A problem, without a `params` key when it has none (so tests can compare with toEqual). */
export function problem(code: ProblemCode, params?: ProblemParams): Problem {
  return params ? { code, params } : { code }
}

/** The text of a thrown value, as a `detail` parameter. */
export function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
