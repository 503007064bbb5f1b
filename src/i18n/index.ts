/**
 * Message catalogues and a tiny formatter. Pure (no Vue): option builders take a `Messages`
 * object and the locale, so they stay testable in Node; the reactive switch lives in
 * composables/useI18n.ts.
 */
import zhCN, { type Messages } from './zh-CN.ts'
import en from './en.ts'

export type Locale = 'zh-CN' | 'en'
export type { Messages }

export const MESSAGES: Record<Locale, Messages> = { 'zh-CN': zhCN, en }

/** Replaces `{name}` placeholders; unknown names stay visible so a missing value is noticed. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m))
}

/** A list of names, cut after `max` with "… and N more", so a national dataset stays readable. */
export function joinSome(names: readonly string[], max: number, more: string, sep = '、'): string {
  if (names.length <= max) return names.join(sep)
  return `${names.slice(0, max).join(sep)} ${fill(more, { n: names.length - max })}`
}

const formats = new Map<string, Intl.NumberFormat>()

/** A cached Intl.NumberFormat: building one per call cost seconds on a large table. */
export function numberFormat(locale: Locale, maxFraction = 2): Intl.NumberFormat {
  const key = `${locale}|${maxFraction}`
  let f = formats.get(key)
  if (!f) formats.set(key, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: maxFraction })))
  return f
}

/** Formats a count in the locale; null (not stated) is never shown as 0. */
export function formatNumber(locale: Locale, value: number | null, notStated: string, maxFraction = 2): string {
  if (value === null || Number.isNaN(value)) return notStated
  return numberFormat(locale, maxFraction).format(value)
}
