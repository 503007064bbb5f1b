/**
 * The two values behind a `conflicting_values` warning. reports.csv keeps the code only
 * (dataset.md: warnings are codes) and facts.csv the kept value's quote, so the other value
 * and its sentence are found by reading the report's text again with the parser, whose
 * warning carries both as parameters (collect.ts: `kept`, `other`) and quotes where the other
 * is. Pure.
 */
import type { FactField, ParseWarning } from '../data/schema.ts'

export interface Conflict {
  field: FactField
  /** the value the record holds */
  kept: string
  /** the other value the report states for the same field */
  other: string
  /** the sentence or row the other value is in, and where, when the parser said */
  otherQuote: string | null
  otherStart: number | null
  otherEnd: number | null
}

/** The conflicts among a parse's warnings, one per field (the first the parser found). */
export function conflictsOf(warnings: readonly ParseWarning[]): Conflict[] {
  const out: Conflict[] = []
  for (const w of warnings) {
    if (w.code !== 'conflicting_values' || !w.field || out.some((c) => c.field === w.field)) continue
    const kept = w.params?.kept
    const other = w.params?.other
    if (kept === undefined || other === undefined) continue
    out.push({
      field: w.field,
      kept: String(kept),
      other: String(other),
      otherQuote: w.quote ?? null,
      otherStart: w.start ?? null,
      otherEnd: w.end ?? null,
    })
  }
  return out
}

/**
 * The conflict on `field` of a report, read from its text with the parser (loaded only when a
 * dialog asks: it is not in the start-up JavaScript); null when the text shows none.
 */
export async function conflictIn(text: string, source: string, field: string): Promise<Conflict | null> {
  const { parseReport } = await import('../parser/parseReport.ts')
  return conflictsOf(parseReport(text, source).warnings).find((c) => c.field === field) ?? null
}
