/**
 * Message catalogues and a tiny formatter. Pure (no Vue): option builders take a `Messages`
 * object and the locale, so they stay testable in Node; the reactive switch lives in
 * composables/useI18n.ts.
 */
import zhCN, { type Messages } from './zh-CN.ts'
import en from './en.ts'

export type Locale = 'zh-CN' | 'en'
export type { Messages }

export const LOCALES: readonly Locale[] = ['zh-CN', 'en']
export const MESSAGES: Record<Locale, Messages> = { 'zh-CN': zhCN, en }

/** Replaces `{name}` placeholders; unknown names stay visible so a missing value is noticed. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m))
}

/** Formats a count in the locale; null (not stated) is never shown as 0. */
export function formatNumber(locale: Locale, value: number | null, notStated: string, maxFraction = 2): string {
  if (value === null || Number.isNaN(value)) return notStated
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxFraction }).format(value)
}
