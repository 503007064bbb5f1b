/**
 * A warning in words, from the catalogues' `warningText`. The parser and checkRecord give a
 * code and its parameters (`parseWarningText`; the commands and the tests read the English,
 * `englishWarning`); reports.csv keeps only codes, so for a stored code the page reads the
 * figures back from the record (quality/warningValues.ts, `describeWarning`). Pure: takes
 * the catalogue and the locale.
 */
import type { ParseWarning, ReportRecord } from '../data/schema.ts'
import { warningValues, type WarningDetail } from '../quality/warningValues.ts'
import en from './en.ts'
import { fill, numberFormat, type Locale } from './index.ts'
import type { Messages } from './zh-CN.ts'

const PLACEHOLDER = /\{(\w+)\}/g

function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1])
}

/** The wordings for a detail, most specific first: `code:variant`, then `code`. */
function wordingsOf(detail: Pick<WarningDetail, 'code' | 'variant'>, m: Messages): readonly string[] {
  const variant = detail.variant ? m.warningText[`${detail.code}:${detail.variant}`] : undefined
  return [...(variant ?? []), ...(m.warningText[detail.code] ?? [])]
}

/** True when the catalogue has words for `code` (an unknown code falls back to the code itself). */
export function hasWarningText(code: string, m: Messages): boolean {
  return (m.warningText[code]?.length ?? 0) > 0
}

/**
 * One warning as a sentence: the first wording whose placeholders the detail fills. Numbers
 * are written in the locale; `{field}` and `{channel}` become the column's name.
 */
export function warningText(detail: WarningDetail, m: Messages, locale: Locale): string {
  const values: Record<string, string> = {}
  for (const [k, v] of Object.entries(detail.values)) values[k] = typeof v === 'number' ? numberFormat(locale).format(v) : v
  if (detail.field) {
    const column = m.columns[detail.field] ?? detail.field
    values.field = column
    values.channel = column
  }
  const wording = wordingsOf(detail, m).find((w) => placeholders(w).every((p) => p in values))
  return wording === undefined ? fill(m.warningUnknown, { code: detail.code }) : fill(wording, values)
}

/** A warning on a record (a stored code, or a recomputed one with its field) as a sentence. */
export function describeWarning(record: ReportRecord, code: string, field: string | null, m: Messages, locale: Locale): string {
  return warningText(warningValues(record, code, field), m, locale)
}

/** A warning of the parser or of checkRecord, with its parameters, as a sentence. */
export function parseWarningText(w: ParseWarning, m: Messages, locale: Locale): string {
  const detail: WarningDetail = { code: w.code, field: w.field ?? null, values: { ...w.params } }
  if (w.variant) detail.variant = w.variant
  return warningText(detail, m, locale)
}

/** The English sentence of a parser warning: the same words as the English page. */
export function englishWarning(w: ParseWarning): string {
  return parseWarningText(w, en, 'en')
}
