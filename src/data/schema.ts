/**
 * The dataset contract (shared/spec/dataset.md): the columns of reports.csv and facts.csv.
 * These names are public: the CLI's JSON, the CSV files, the stores, the exports and the
 * scorer all use them. Add columns when a report carries more; never rename these.
 *
 * Pure module: no Node, DOM or Vue imports, so the CLI, the browser and the tests share it.
 */

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
export interface ParseWarning {
  /** short stable code, e.g. `channel_sum_over_total`, `amount_without_unit` */
  code: string
  /** one sentence a supervisor can read */
  message: string
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

// --- the validator every reader of reports.csv and facts.csv uses --------------------------
// csv.ts (records), columns.ts and scanColumns.ts (the large-file columns), columnsFacts.ts
// and the import all check a cell here, so the page accepts exactly what the parser writes.

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
const COUNT = /^\d+$/
const AMOUNT = /^\d+(\.\d+)?$/
/** What csv.ts accepted before: any decimal notation (now only to word the refusal). */
const ANY_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/

/** A cell's text as a message quotes it: short, whatever the cell holds. */
export function shownCell(raw: string): string {
  return raw.length <= 40 ? raw : `${raw.slice(0, 40)}…`
}

/**
 * A number cell → its value (null when empty), or why it is refused. Counts are whole numbers
 * ≥ 0 written as digits (the parser never writes -3, 2.5, 1e5 or 1e400), amounts numbers ≥ 0,
 * years within YEAR_MIN–YEAR_MAX.
 */
export function readNumberCell(column: NumberColumn, raw: string): number | null | { error: string } {
  const s = raw.trim()
  if (s === '') return null
  const amount = AMOUNT_SET.has(column)
  if (amount ? AMOUNT.test(s) : COUNT.test(s)) {
    const n = Number(s)
    if (!Number.isFinite(n) || (!amount && !Number.isSafeInteger(n))) return { error: `too large: "${shownCell(raw)}"` }
    if (column === 'year' && (n < YEAR_MIN || n > YEAR_MAX)) return { error: `year out of range (${YEAR_MIN}–${YEAR_MAX}): "${shownCell(raw)}"` }
    return n
  }
  if (!ANY_NUMBER.test(s)) return { error: `not a number: "${shownCell(raw)}"` }
  return { error: amount ? `not a number ≥ 0: "${shownCell(raw)}"` : `not a whole number ≥ 0: "${shownCell(raw)}"` }
}

/** A row too long to take, or null: the cell and row caps. */
export function rowSizeProblem(cells: readonly string[]): string | null {
  let total = 0
  for (const c of cells) {
    if (c.length > MAX_CELL_CHARS) return `cell too long (${c.length} characters; the limit is ${MAX_CELL_CHARS})`
    total += c.length
  }
  return total > MAX_ROW_CHARS ? `row too long (${total} characters; the limit is ${MAX_ROW_CHARS})` : null
}

/**
 * A header that makes the whole file unusable, or null: an HTML page (a server answering a
 * missing folder with its index.html), or a required column missing (rows with no report_id
 * or source would show as phantom empty reports).
 */
export function refusedHeader(header: readonly string[], required: readonly string[]): string | null {
  if (/^\s*</.test(header[0] ?? '')) return 'not a CSV file: an HTML page (is the folder right?)'
  const missing = required.filter((c) => !header.includes(c))
  return missing.length ? `file refused: no ${missing.join(' or ')} column` : null
}

/** `duplicate report_id "x" (first on line N)`: the second of two rows with one id is refused. */
export function duplicateIdProblem(id: string, firstLine: number): string {
  return `duplicate report_id "${shownCell(id)}" (first on line ${firstLine})`
}

/**
 * Why a value kept outside the CSVs (an import stored in IndexedDB, which anyone can edit by
 * hand) is not a ReportRecord, or null when it is one: the same rules as a reports.csv row.
 */
export function recordProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'not a record'
  const r = value as Record<string, unknown>
  for (const column of REPORT_COLUMNS) {
    const v = r[column]
    if (isNumberColumn(column)) {
      if (v === null) continue
      if (typeof v !== 'number') return `${column}: not a number`
      const read = readNumberCell(column, String(v))
      if (typeof read === 'object' && read !== null) return `${column}: ${read.error}`
    } else if (column === 'report_id' || column === 'source' || column === 'warnings') {
      if (typeof v !== 'string' || (column !== 'warnings' && v.trim() === '')) return `${column}: not a text`
    } else if (v !== null && typeof v !== 'string') return `${column}: not a text`
    else if (column === 'level' && v !== null && !(LEVELS as readonly string[]).includes(v)) return `level: unknown "${shownCell(v)}"`
    else if (column === 'template' && v !== null && !(TEMPLATES as readonly string[]).includes(v)) return `template: unknown "${shownCell(v)}"`
  }
  return null
}

const FACT_FIELD_SET: ReadonlySet<string> = new Set(REPORT_COLUMNS.filter((c) => c !== 'report_id' && c !== 'source' && c !== 'warnings'))

/** Why a stored value is not a Fact, or null. */
export function factProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'not a fact'
  const f = value as Record<string, unknown>
  if (typeof f.report_id !== 'string' || typeof f.value !== 'string' || typeof f.quote !== 'string') return 'fact: not a text'
  if (typeof f.field !== 'string' || !FACT_FIELD_SET.has(f.field)) return 'fact: unknown field'
  if (!Number.isSafeInteger(f.start) || !Number.isSafeInteger(f.end) || (f.start as number) < 0 || (f.end as number) < (f.start as number)) return 'fact: bad offsets'
  return null
}
