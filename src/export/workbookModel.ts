/**
 * The workbook's content as plain sheets: records (one row per report, numbers as numbers,
 * 未说明 where the report states nothing, never 0), facts (the quote behind every value),
 * warnings, and 说明 (dataset, filters, source, export time, and the field glossary).
 * Pure: the writer (writeWorkbook.ts) only lays these rows out with ExcelJS.
 */
import { NUMBER_COLUMNS, REPORT_COLUMNS, type Fact, type ReportRecord } from '../data/schema.ts'
import type { Locale, Messages } from '../i18n/index.ts'
import type { HandOnMessages } from '../i18n/handOn.ts'
import { GLOSSARY_FIELDS, glossary } from '../i18n/glossary.ts'
import { describeWarning } from '../i18n/warnings.ts'
import { warningsOf } from '../quality/completeness.ts'

/** A cell: a number stays a number; text is always text (never read as a formula). */
export type Cell = string | number | null

export interface SheetColumn {
  header: string
  /** characters, for the column width */
  width: number
  /** numbers right-aligned with a number format; `text` left as written */
  kind: 'text' | 'number'
}

export interface SheetModel {
  name: string
  columns: SheetColumn[]
  rows: Cell[][]
  /** rows (0-based, of `rows`) that head a block, set in bold (the 说明 sheet's glossary) */
  headings?: number[]
  /** rows (0-based) set in bold red: a synthetic dataset's notice */
  alerts?: number[]
}

export interface WorkbookInput {
  records: readonly ReportRecord[]
  /** every fact of one report ([] when none is loaded) */
  factsOf: (reportId: string) => readonly Fact[]
  /** false when a large dataset's facts are read per report and most are not in memory */
  factsComplete: boolean
  /** the dataset's name (embedded, or the ?data= folder) */
  dataset: string
  /** the active filters in words (describeFilters) */
  filters: string
  exportedAt: Date
  /** set for a synthetic dataset (useDatasetInfo): the 说明 sheet opens with it, in red */
  synthetic?: string | null
  t: Messages
  m: HandOnMessages['workbook']
  locale: Locale
}

const NUMBER_SET: ReadonlySet<string> = new Set(NUMBER_COLUMNS)

/** A record value as a cell: a stated number, 未说明, or text. */
function valueCell(r: ReportRecord, column: (typeof REPORT_COLUMNS)[number], t: Messages): Cell {
  const v = r[column]
  if (NUMBER_SET.has(column)) return v === null ? t.table.notStated : (v as number)
  if (column === 'template') return v === null ? t.table.notStated : (t.templates[v as string] ?? String(v))
  if (column === 'level') return v === null ? '' : (t.levels[v as string] ?? String(v))
  if (column === 'warnings')
    return (v as string)
      .split(';')
      .filter(Boolean)
      .map((c) => t.warningCodes[c] ?? c)
      .join(t.app.listSep)
  return v === null ? (column === 'published' ? t.table.notStated : '') : String(v)
}

function recordsSheet(input: WorkbookInput): SheetModel {
  const { t } = input
  return {
    name: input.m.sheets.records,
    columns: REPORT_COLUMNS.map((c) => ({
      header: t.columns[c] ?? c,
      width: Math.max(8, Math.min(24, (t.columns[c] ?? c).length * 2 + 2)),
      kind: NUMBER_SET.has(c) ? 'number' : 'text',
    })),
    rows: input.records.map((r) => REPORT_COLUMNS.map((c) => valueCell(r, c, t))),
  }
}

/** A fact's value as written in facts.csv, as a number when it is one. */
function factValue(f: Fact): Cell {
  return NUMBER_SET.has(f.field) && f.value !== '' && Number.isFinite(Number(f.value)) ? Number(f.value) : f.value
}

function factsSheet(input: WorkbookInput): SheetModel {
  const { t, m } = input
  const rows: Cell[][] = []
  for (const r of input.records) {
    for (const f of input.factsOf(r.report_id)) {
      rows.push([
        r.report_id,
        r.township ?? '',
        r.year,
        t.columns[f.field] ?? f.field,
        f.field,
        factValue(f),
        f.quote,
        f.end > f.start ? `${f.start}–${f.end}` : '',
      ])
    }
  }
  const h = m.facts
  return {
    name: m.sheets.facts,
    columns: [
      { header: h.report, width: 28, kind: 'text' },
      { header: h.township, width: 14, kind: 'text' },
      { header: h.year, width: 8, kind: 'number' },
      { header: h.field, width: 18, kind: 'text' },
      { header: h.column, width: 18, kind: 'text' },
      { header: h.value, width: 12, kind: 'number' },
      { header: h.quote, width: 80, kind: 'text' },
      { header: h.offsets, width: 14, kind: 'text' },
    ],
    rows,
  }
}

function warningsSheet(input: WorkbookInput): SheetModel {
  const { t, m, locale } = input
  const rows: Cell[][] = []
  for (const r of input.records) {
    for (const w of warningsOf(r)) {
      const fact = w.field ? input.factsOf(r.report_id).find((f) => f.field === w.field) : undefined
      const label = t.warningCodes[w.code] ?? t.quality.codes[w.code] ?? w.code
      rows.push([
        r.report_id,
        r.township ?? '',
        r.year,
        w.code,
        label,
        describeWarning(r, w.code, w.field ?? null, t, locale),
        w.field ? (t.columns[w.field] ?? w.field) : '',
        fact?.quote ?? '',
      ])
    }
  }
  const h = m.warnings
  return {
    name: m.sheets.warnings,
    columns: [
      { header: h.report, width: 28, kind: 'text' },
      { header: h.township, width: 14, kind: 'text' },
      { header: h.year, width: 8, kind: 'number' },
      { header: h.code, width: 24, kind: 'text' },
      { header: h.label, width: 24, kind: 'text' },
      { header: h.detail, width: 60, kind: 'text' },
      { header: h.field, width: 16, kind: 'text' },
      { header: h.quote, width: 60, kind: 'text' },
    ],
    rows,
  }
}

/** `YYYY-MM-DD HH:mm` in the page's own time zone. */
export function formatTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`
}

function aboutSheet(input: WorkbookInput): SheetModel {
  const { t, m } = input
  const a = m.about
  const rows: Cell[][] = [
    ...(input.synthetic ? [[input.synthetic, input.synthetic]] : []),
    [a.dataset, input.dataset],
    [a.filters, input.filters],
    [a.reports, input.records.length],
    [a.source, t.app.source],
    [a.exportedAt, formatTime(input.exportedAt)],
    [a.notStated, a.notStatedText],
  ]
  if (!input.factsComplete) rows.push([a.facts, a.factsLazy])
  rows.push([])
  const headings = [rows.length, rows.length + 1]
  rows.push([a.glossary])
  rows.push([a.field, a.name, a.meaning, a.t2019, a.t2021, a.old])
  const g = glossary(input.locale)
  for (const field of GLOSSARY_FIELDS) {
    const e = g.get(field)!
    rows.push([field, t.columns[field] ?? field, e.meaning, e.t2019, e.t2021, e.old])
  }
  return {
    name: m.sheets.about,
    columns: [
      { header: a.key, width: 22, kind: 'text' },
      { header: a.value, width: 40, kind: 'text' },
      { header: '', width: 40, kind: 'text' },
      { header: '', width: 36, kind: 'text' },
      { header: '', width: 36, kind: 'text' },
      { header: '', width: 36, kind: 'text' },
    ],
    rows,
    headings,
    ...(input.synthetic ? { alerts: [0] } : {}),
  }
}

/** The four sheets, 说明 first so the reader meets the filters and the glossary before the numbers. */
export function workbookModel(input: WorkbookInput): SheetModel[] {
  return [aboutSheet(input), recordsSheet(input), factsSheet(input), warningsSheet(input)]
}
