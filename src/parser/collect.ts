import type { FactField, ParseWarning, WarningParams } from '../data/schema.ts'
import { quoteAround, warning, type Found } from './evidence.ts'

/**
 * How much a value's source is trusted: a cell of the report's own statistics table beats a
 * labelled line in prose, which beats a value read from a sentence.
 */
export const FROM_TABLE = 3
export const FROM_LABEL = 2
export const FROM_SENTENCE = 1

/** Number fields that hold amounts of money, which may be decimal; every other number is a count. */
const AMOUNTS: ReadonlySet<string> = new Set(['procurement_amount', 'admin_fees_wan', 'fees_wan'])

export interface Candidate extends Found {
  priority: number
}

/** A count is a non-negative safe integer; an amount a non-negative finite number. */
export function plausible(field: string, value: number): boolean {
  if (!Number.isFinite(value) || value < 0) return false
  return AMOUNTS.has(field) || field === 'year' || Number.isSafeInteger(value)
}

/** Collects every reading of every field, then picks one per field and flags disagreement. */
export class Collector {
  readonly candidates: Candidate[] = []
  readonly warnings: ParseWarning[] = []

  constructor(readonly text: string) {}

  /** A value read from text[start, end); the quote is the sentence or row around it. */
  add(field: FactField, value: number | string | null, start: number, end: number, priority: number, quote?: string): void {
    if (value === null) return
    if (typeof value === 'number' && !plausible(field, value)) {
      // -3, 2.5, 1e+23 are no count of anything; say so rather than keep or drop it silently
      const q = quote ?? quoteAround(this.text, start, end)
      this.warn('implausible_value', { value: String(value) }, { field, start, end, quote: q }, AMOUNTS.has(field) ? 'amount' : undefined)
      return
    }
    this.candidates.push({ field, value, start, end, priority, quote: quote ?? quoteAround(this.text, start, end) })
  }

  warn(code: string, params?: WarningParams, at?: Partial<Found>, variant?: string): void {
    this.warnings.push(warning(code, params, at, variant))
  }

  has(field: FactField): boolean {
    return this.candidates.some((c) => c.field === field)
  }

  /** The chosen value of each field: highest priority, then earliest in the text. */
  resolve(): Map<FactField, Candidate> {
    const byField = new Map<FactField, Candidate[]>()
    for (const c of this.candidates) {
      const list = byField.get(c.field)
      if (list) list.push(c)
      else byField.set(c.field, [c])
    }
    const chosen = new Map<FactField, Candidate>()
    for (const [field, list] of byField) {
      list.sort((a, b) => b.priority - a.priority || a.start - b.start)
      const best = list[0]
      chosen.set(field, best)
      const other = list.find((c) => c.value !== best.value && c.priority >= best.priority - 1)
      if (other) {
        this.warn(
          'conflicting_values',
          { kept: String(best.value), other: String(other.value) },
          { field, start: other.start, end: other.end, quote: other.quote },
        )
      }
    }
    return chosen
  }
}
