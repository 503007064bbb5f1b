/**
 * The two values behind a `conflicting_values` warning. reports.csv keeps the code only
 * (dataset.md: warnings are codes) and facts.csv the kept value's quote, so the other value
 * and its sentence are found by reading the report's text again with the parser, whose
 * warning names both (collect.ts: "<field>: the report states A and also B; A was kept") and
 * quotes where B is. Pure.
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

const MESSAGE = /^(\w+): the report states (.+) and also (.+); (.+) was kept$/

/** The conflicts among a parse's warnings, one per field (the first the parser found). */
export function conflictsOf(warnings: readonly ParseWarning[]): Conflict[] {
  const out: Conflict[] = []
  for (const w of warnings) {
    if (w.code !== 'conflicting_values' || !w.field || out.some((c) => c.field === w.field)) continue
    const m = MESSAGE.exec(w.message)
    if (!m || m[1] !== w.field || m[4] !== m[2]) continue
    out.push({ field: w.field, kept: m[2], other: m[3], otherQuote: w.quote ?? null, otherStart: w.start ?? null, otherEnd: w.end ?? null })
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
