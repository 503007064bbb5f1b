/**
 * A warning in the page's language. The parser and checkRecord write English sentences for
 * the CLI, and reports.csv keeps only codes; the page puts each warning into words from the
 * message catalogues instead, with the figures read back from the record
 * (quality/warningValues.ts). Pure: takes the catalogue and the locale.
 */
import type { ReportRecord } from '../data/schema.ts'
import { warningValues, type WarningDetail } from '../quality/warningValues.ts'
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
