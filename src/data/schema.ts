/**
 * The dataset contract (shared/spec/dataset.md): the columns of reports.csv and facts.csv.
 * These names are public: the CLI's JSON, the CSV files, the stores, the exports and the
 * scorer all use them. Add columns when a report carries more; never rename these.
 *
 * Pure module: no Node, DOM or Vue imports, so the CLI, the browser and the tests share it.
 */
import { problem, type Problem } from './problem.ts'

/** Columns that hold text (or a date / code) rather than a count. */
export const TEXT_COLUMNS = [
  'report_id',
  'source',
  'township',
  'level',
  'county',
  'prefecture',
  'province',
  'adcode',
  'template',
  'published',
  'procurement_unit',
] as const

/** reports.csv columns, in the order they are written. */
export const REPORT_COLUMNS = [
  'report_id',
  'source',
  'township',
  'level',
  'county',
  'prefecture',
  'province',
  'adcode',
  'year',
  'template',
  'published',
  'proactive_total',
  'ch_web',
  'ch_wechat',
  'ch_weibo',
  'ch_bulletin',
  'ch_gazette',
  'ch_other',
  'responses',
  'interpretations',
  'rules_made',
  'normative_made',
  'normative_valid',
  'licensing',
  'penalties',
  'coercion',
  'admin_fees_wan',
  'procurement_projects',
  'procurement_amount',
  'procurement_unit',
  'apps_new',
  'apps_carried_in',
  'apps_granted',
  'apps_partial',
  'apps_denied',
  'apps_unavailable',
  'apps_not_processed',
  'apps_other',
  'apps_total',
  'apps_carried_out',
  'apps_natural_person',
  'apps_legal_entity',
  'reconsideration_total',
  'reconsideration_corrected',
  'litigation_total',
  'litigation_corrected',
  'complaints',
  'staff_total',
  'staff_fulltime',
  'staff_parttime',
  'meetings',
  'trainings',
  'trainees',
  'fees_wan',
  'warnings',
] as const

/** facts.csv columns, in the order they are written. */
export const FACT_COLUMNS = ['report_id', 'field', 'value', 'start', 'end', 'quote'] as const

export type TextColumn = (typeof TEXT_COLUMNS)[number]
export type ReportColumn = (typeof REPORT_COLUMNS)[number]
/** Columns that hold a number the report states; empty (null) when it does not. */
export type NumberColumn = Exclude<ReportColumn, TextColumn | 'warnings'>

const TEXT_SET: ReadonlySet<string> = new Set([...TEXT_COLUMNS, 'warnings'])
/** The number columns, in reports.csv order. */
export const NUMBER_COLUMNS: readonly NumberColumn[] = REPORT_COLUMNS.filter((c): c is NumberColumn => !TEXT_SET.has(c))
/** A field a fact can be about: any column except the bookkeeping ones. */
export type FactField = Exclude<ReportColumn, 'report_id' | 'source' | 'warnings'>

export const LEVELS = ['township', 'county', 'prefecture', 'province', 'department'] as const
/** 层级: which kind of body wrote the report. */
export type Level = (typeof LEVELS)[number]

export const TEMPLATES = ['pre-2019', '2019', '2021'] as const
/** pre-2019 (old table or narrative), 2019 (国办公开办函〔2019〕60号), 2021 (〔2021〕30号). */
export type Template = (typeof TEMPLATES)[number]

/** One report as one row: null = the report does not state it; 0 = it states zero. */
export type ReportRecord = {
  report_id: string
  source: string
  township: string | null
  level: Level | null
  county: string | null
  prefecture: string | null
  province: string | null
  /** 12-digit division code where the gazetteer resolves the township. */
  adcode: string | null
  template: Template | null
  /** YYYY-MM-DD */
  published: string | null
  /** 万元 | 元 | null (never guessed) */
  procurement_unit: string | null
  /** ';'-separated warning codes */
  warnings: string
} & { [K in NumberColumn]: number | null }

/** One extracted value with the text it came from. Offsets index the decoded report text. */
export interface Fact {
  report_id: string
  field: FactField
  /** the value as stored in reports.csv */
  value: string
  start: number
  end: number
  /** the sentence or table row the value came from */
  quote: string
}

/** Something a reader should check: a contradiction, a guess avoided, an ambiguity. */
/**
 * The values a warning's sentence names: figures, a conflict's two values, names. A year or a
 * value as the report wrote it is a string, so no locale groups its digits.
 */
export type WarningParams = Readonly<Record<string, string | number>>

/**
 * A warning of the parser or of checkRecord: a code and its parameters. The words are the
 * catalogues' (`warningText` in src/i18n/zh-CN.ts and en.ts, rendered by src/i18n/warnings.ts).
 */
export interface ParseWarning {
  /** short stable code, e.g. `channel_sum_over_total`, `amount_without_unit` */
  code: string
  /** the values its sentence names (absent when it names none) */
  params?: WarningParams
  /** a second wording of the same check, tried first (`pre2019`: allowed under the old template) */
  variant?: string
  field?: FactField
  start?: number
  end?: number
  quote?: string
}

/** What the parser returns for one report. */
export interface ParseResult {
  record: ReportRecord
  facts: Fact[]
  warnings: ParseWarning[]
}

const NUMBER_SET: ReadonlySet<string> = new Set(NUMBER_COLUMNS)

export function isNumberColumn(column: string): column is NumberColumn {
  return NUMBER_SET.has(column)
}

/** A record with every value unstated. */
export function emptyRecord(report_id: string, source: string): ReportRecord {
  const record = { report_id, source, warnings: '' } as Record<string, unknown>
  for (const column of REPORT_COLUMNS) if (!(column in record)) record[column] = null
  return record as ReportRecord
}


// --- field lists: written once here, used wherever a group of columns is listed ----------

/** 公开渠道: the channels proactive disclosures went out on, in reports.csv order. */
export const CHANNEL_COLUMNS = ['ch_web', 'ch_wechat', 'ch_weibo', 'ch_bulletin', 'ch_gazette', 'ch_other'] as const
export type ChannelColumn = (typeof CHANNEL_COLUMNS)[number]
/** 办理结果: the outcomes of applications, in reports.csv order (总计 is apps_total). */
export const OUTCOME_COLUMNS = ['apps_granted', 'apps_partial', 'apps_denied', 'apps_unavailable', 'apps_not_processed', 'apps_other'] as const
export type OutcomeColumn = (typeof OUTCOME_COLUMNS)[number]
/** 复议与诉讼: the appeals about disclosure. */
export const APPEAL_COLUMNS = ['reconsideration_total', 'litigation_total'] as const
export type AppealColumn = (typeof APPEAL_COLUMNS)[number]
/** What the applications panel shows: new applications, their outcomes, then the appeals. */
export const APPLICATION_COLUMNS = ['apps_new', ...OUTCOME_COLUMNS, ...APPEAL_COLUMNS] as const
export type ApplicationColumn = (typeof APPLICATION_COLUMNS)[number]

// --- the row validator every reader of reports.csv and facts.csv uses ----------------------
// csv.ts (records and facts), columns.ts with scanColumns.ts (the large-file columns),
// columnsFacts.ts (the large facts.csv) and the stored imports (recordProblem) check a file's
// header, its rows and its cells here, so the page accepts exactly what the parser writes and
// every reader refuses the same row with the same problem. Problems are codes with parameters
// (problem.ts); the catalogues put them in words.

/** Number columns holding an amount (万元, or as written), which may have decimals; the rest are counts. */
export const AMOUNT_COLUMNS: readonly NumberColumn[] = ['admin_fees_wan', 'procurement_amount', 'fees_wan']
/** Years a report can cover (the disclosure regulation dates from 2008; older ones are typos). */
export const YEAR_MIN = 1949
export const YEAR_MAX = 2100
/**
 * Longest cell and row any reader takes. A quote is a sentence or a table row; a 100 MB cell
 * (a hostile or broken file) crashed the tab after 43 s, so such a row is refused with a message.
 */
export const MAX_CELL_CHARS = 100_000
export const MAX_ROW_CHARS = 1_000_000
/** Columns without which a file's rows mean nothing: a file lacking one is refused whole. */
export const REQUIRED_REPORT_COLUMNS: readonly string[] = ['report_id', 'source']
export const REQUIRED_FACT_COLUMNS: readonly string[] = ['report_id', 'field', 'start', 'end']

const AMOUNT_SET: ReadonlySet<string> = new Set(AMOUNT_COLUMNS)
const LEVEL_SET: ReadonlySet<string> = new Set(LEVELS)
const TEMPLATE_SET: ReadonlySet<string> = new Set(TEMPLATES)
/** What a fact's `field` may be: any column except the bookkeeping ones. */
export const FACT_FIELDS: ReadonlySet<string> = new Set(REPORT_COLUMNS.filter((c) => c !== 'report_id' && c !== 'source' && c !== 'warnings'))
const COUNT = /^\d+$/
const AMOUNT = /^\d+(\.\d+)?$/
/** Any decimal notation: only to word the refusal (a number of the wrong kind, or no number). */
const ANY_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/

/** A cell's text as a problem quotes it: short, whatever the cell holds. */
export function shownCell(raw: string): string {
  return raw.length <= 40 ? raw : `${raw.slice(0, 40)}…`
}

/** A reader's result that is a refusal (readNumberCell returns a number, null or a Problem). */
export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null
}

/** A year a report can cover. */
export function isYearInRange(n: number): boolean {
  return n >= YEAR_MIN && n <= YEAR_MAX
}

/**
 * A number cell → its value (null when empty), or why it is refused. Counts are whole numbers
 * ≥ 0 written as digits (the parser never writes -3, 2.5, 1e5 or 1e400), amounts numbers ≥ 0,
 * years within YEAR_MIN–YEAR_MAX. Allocates only for a refusal.
 */
export function readNumberCell(column: NumberColumn, raw: string): number | null | Problem {
  const s = raw.trim()
  if (s === '') return null
  const amount = AMOUNT_SET.has(column)
  if (amount ? AMOUNT.test(s) : COUNT.test(s)) {
    const n = Number(s)
    if (!Number.isFinite(n) || (!amount && !Number.isSafeInteger(n))) return problem('number_too_large', { value: shownCell(raw) })
    if (column === 'year' && !isYearInRange(n)) return problem('year_range', { min: YEAR_MIN, max: YEAR_MAX, value: shownCell(raw) })
    return n
  }
  if (!ANY_NUMBER.test(s)) return problem('not_a_number', { value: shownCell(raw) })
  return problem(amount ? 'not_nonnegative' : 'not_whole', { value: shownCell(raw) })
}

/**
 * A reports.csv text cell (trimmed) → why it is refused, or null: an empty report_id or
 * source, a level or template the contract does not name. The other text columns take any text.
 */
export function textCellProblem(column: string, s: string): Problem | null {
  if (s === '') return column === 'report_id' || column === 'source' ? problem('id_empty', { column }) : null
  if (column === 'level') return LEVEL_SET.has(s) ? null : problem('unknown_level', { value: shownCell(s) })
  if (column === 'template') return TEMPLATE_SET.has(s) ? null : problem('unknown_template', { value: shownCell(s) })
  return null
}

/** A facts.csv offset cell → the offset, or why it is refused. */
export function readOffsetCell(raw: string): number | Problem {
  const s = raw.trim()
  return COUNT.test(s) && Number.isSafeInteger(Number(s)) ? Number(s) : problem('bad_offset', { value: shownCell(raw) })
}

/**
 * A facts.csv cell → why it is refused, or null: an offset that is not one, a field the
 * contract does not name, an empty report_id. `value` and `quote` are text as written.
 */
export function factCellProblem(column: string, raw: string): Problem | null {
  if (column === 'start' || column === 'end') {
    const n = readOffsetCell(raw)
    return isProblem(n) ? n : null
  }
  if (column === 'field') return FACT_FIELDS.has(raw.trim()) ? null : problem('unknown_field', { value: shownCell(raw) })
  if (column === 'report_id') return raw.trim() ? null : problem('id_empty', { column })
  return null
}

/** A fact whose evidence ends before it starts. */
export function offsetsProblem(start: number, end: number): Problem | null {
  return end < start ? problem('end_before_start', { start, end }) : null
}

/** A line with nothing on it (skipped by every reader, but counted as a line). */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.length === 1 && cells[0].trim() === ''
}

/** PapaParse's problem with a row's quotes, as the readers receive it. */
export interface QuoteError {
  code: string
  message: string
}

/**
 * A row that cannot be read as cells of the header, or null: a broken quote (PapaParse's),
 * the wrong number of cells, a cell or the row over the size caps. Blank rows are skipped
 * before this (isBlankRow). Allocates only for a refusal.
 */
export function rowProblem(cells: readonly string[], headerLength: number, quote?: QuoteError): Problem | null {
  if (quote) {
    if (quote.code === 'MissingQuotes') return problem('quote_unterminated')
    if (quote.code === 'InvalidQuotes') return problem('quote_malformed')
    return problem('malformed_row', { detail: quote.message })
  }
  if (cells.length !== headerLength) return problem('cell_count', { cells: cells.length, header: headerLength })
  let total = 0
  for (const c of cells) {
    if (c.length > MAX_CELL_CHARS) return problem('cell_too_long', { length: c.length, limit: MAX_CELL_CHARS })
    total += c.length
  }
  return total > MAX_ROW_CHARS ? problem('row_too_long', { length: total, limit: MAX_ROW_CHARS }) : null
}

/** `duplicate report_id "x" (first on line N)`: the second of two rows with one id is refused. */
export function duplicateIdProblem(id: string, firstLine: number): Problem {
  return problem('duplicate_id', { id: shownCell(id), line: firstLine })
}

/** A problem on a CSV's header line: with the column it names, or null for the whole file. */
export interface HeaderProblem {
  column: string | null
  problem: Problem
}

export interface HeaderCheck {
  problems: HeaderProblem[]
  /** the file is refused whole: no header, an HTML page, or a required column missing */
  refused: boolean
  /** each known column → its cell in the header (the first, when a column appears twice) */
  at: Map<string, number>
}

/**
 * A CSV's first row checked against its columns: no header (a blank first line), an HTML page
 * (a server answering a missing folder with its index.html), unknown, repeated and missing
 * columns, and a required column missing (rows with no report_id or source would show as
 * phantom empty reports), which refuses the file.
 */
export function checkHeader(cells: readonly string[], columns: readonly string[], required: readonly string[]): HeaderCheck {
  const at = new Map<string, number>()
  if (cells.length === 0 || isBlankRow(cells)) return { problems: [{ column: null, problem: problem('no_header') }], refused: true, at }
  const header = cells.map((h) => h.trim())
  if (/^\s*</.test(header[0])) return { problems: [{ column: null, problem: problem('html_page') }], refused: true, at }
  const problems: HeaderProblem[] = []
  const known = new Set(columns)
  const seen = new Set<string>()
  header.forEach((h, j) => {
    if (!known.has(h)) problems.push({ column: h, problem: problem('unknown_column', { column: h }) })
    else if (seen.has(h)) problems.push({ column: h, problem: problem('column_twice', { column: h }) })
    else at.set(h, j)
    seen.add(h)
  })
  for (const c of columns) if (!seen.has(c)) problems.push({ column: c, problem: problem('missing_column', { column: c }) })
  const missing = required.filter((c) => !at.has(c))
  if (missing.length) problems.push({ column: null, problem: problem('file_refused', { columns: missing }) })
  return { problems, refused: missing.length > 0, at }
}

/** The value with the column it concerns added to its parameters. */
function inColumn(p: Problem, column: string): Problem {
  return problem(p.code, { ...p.params, column })
}

/**
 * Why a value kept outside the CSVs (an import stored in IndexedDB, which anyone can edit by
 * hand) is not a ReportRecord, or null when it is one: the same cell checks as a reports.csv row.
 */
export function recordProblem(value: unknown): Problem | null {
  if (typeof value !== 'object' || value === null) return problem('not_a_record')
  const r = value as Record<string, unknown>
  for (const column of REPORT_COLUMNS) {
    const v = r[column]
    if (isNumberColumn(column)) {
      if (v === null) continue
      if (typeof v !== 'number') return problem('value_not_number', { column })
      const read = readNumberCell(column, String(v))
      if (isProblem(read)) return inColumn(read, column)
    } else if (typeof v === 'string') {
      const refused = textCellProblem(column, v.trim())
      if (refused) return inColumn(refused, column)
    } else if (v !== null || column === 'report_id' || column === 'source' || column === 'warnings') return problem('value_not_text', { column })
  }
  return null
}

/** Why a stored value is not a Fact, or null. */
export function factProblem(value: unknown): Problem | null {
  if (typeof value !== 'object' || value === null) return problem('not_a_fact')
  const f = value as Record<string, unknown>
  for (const column of ['report_id', 'value', 'quote', 'field']) if (typeof f[column] !== 'string') return problem('value_not_text', { column })
  const refused = factCellProblem('field', f.field as string) ?? factCellProblem('report_id', f.report_id as string)
  if (refused) return refused
  if (!Number.isSafeInteger(f.start) || !Number.isSafeInteger(f.end) || (f.start as number) < 0 || (f.end as number) < (f.start as number)) return problem('fact_bad_offsets')
  return null
}
