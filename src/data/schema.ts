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
