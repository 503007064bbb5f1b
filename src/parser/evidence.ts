import type { FactField, ParseWarning, WarningParams } from '../data/schema.ts'

/** A value found in the text, before it is tied to a report id. */
export interface Found {
  field: FactField
  value: number | string
  start: number
  end: number
  quote: string
}

/** 。；;！!？?\n: what ends a sentence or a row */
function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff01 || c === 0x21 || c === 0xff1f || c === 0x3f || c === 0x0a
}

/**
 * The sentence (or table row / line) around a span: from the previous sentence end to the
 * next one, trimmed, and never longer than `max` characters.
 */
export function quoteAround(text: string, start: number, end: number, max = 240): string {
  let from = start
  while (from > 0 && !isSentenceEnd(text.charCodeAt(from - 1)) && start - from < max) from--
  let to = end
  while (to < text.length && !isSentenceEnd(text.charCodeAt(to)) && to - end < max) to++
  if (to < text.length && text[to] !== '\n') to++
  return text.slice(from, to).replace(/\s+/g, ' ').trim()
}

/** A warning as a code and the values its sentence names; the catalogues hold the words. */
export function warning(code: string, params?: WarningParams, at?: Partial<Found>, variant?: string): ParseWarning {
  const w: ParseWarning = { code }
  if (params) w.params = params
  if (variant) w.variant = variant
  if (at?.field) w.field = at.field
  if (at?.start !== undefined) w.start = at.start
  if (at?.end !== undefined) w.end = at.end
  if (at?.quote) w.quote = at.quote
  return w
}
