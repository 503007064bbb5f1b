import type { FactField, ParseWarning } from '../data/schema.ts'
import { quoteAround, warning, type Found } from './evidence.ts'

/**
 * How much a value's source is trusted: a cell of the report's own statistics table beats a
 * labelled line in prose, which beats a value read from a sentence.
 */
export const FROM_TABLE = 3
export const FROM_LABEL = 2
export const FROM_SENTENCE = 1

export interface Candidate extends Found {
  priority: number
}

/** Collects every reading of every field, then picks one per field and flags disagreement. */
export class Collector {
  readonly candidates: Candidate[] = []
  readonly warnings: ParseWarning[] = []

  constructor(readonly text: string) {}

  /** A value read from text[start, end); the quote is the sentence or row around it. */
  add(field: FactField, value: number | string | null, start: number, end: number, priority: number, quote?: string): void {
    if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return
    this.candidates.push({ field, value, start, end, priority, quote: quote ?? quoteAround(this.text, start, end) })
  }

  warn(code: string, message: string, at?: Partial<Found>): void {
    this.warnings.push(warning(code, message, at))
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
          `${field}: the report states ${best.value} and also ${other.value}; ${best.value} was kept`,
          { field, start: other.start, end: other.end, quote: other.quote },
        )
      }
    }
    return chosen
  }
}
