/**
 * The key fields shown side by side when an incoming report duplicates one already shown, so
 * the user can see which is more complete or more plausible before choosing.
 */
import { APPEAL_COLUMNS, CHANNEL_COLUMNS, type NumberColumn, type ReportRecord } from '../data/schema.ts'

export const COMPARED_FIELDS = ['proactive_total', 'channels', 'apps_new', 'apps_total', 'appeals', 'warnings', 'source'] as const
export type ComparedField = (typeof COMPARED_FIELDS)[number]

/** number = one count; parts = several labelled counts (stated ones only); text as written */
export type ComparedValue =
  | { kind: 'number'; value: number | null }
  | { kind: 'parts'; parts: { column: NumberColumn; value: number }[] }
  | { kind: 'text'; value: string }

function parts(r: ReportRecord, columns: readonly NumberColumn[]): ComparedValue {
  return { kind: 'parts', parts: columns.flatMap((column) => (r[column] === null ? [] : [{ column, value: r[column] as number }])) }
}

export function comparedValue(r: ReportRecord, field: ComparedField): ComparedValue {
  if (field === 'channels') return parts(r, CHANNEL_COLUMNS)
  if (field === 'appeals') return parts(r, APPEAL_COLUMNS)
  if (field === 'warnings' || field === 'source') return { kind: 'text', value: r[field] }
  return { kind: 'number', value: r[field] }
}

/** Whether the two reports differ on a field (the row is highlighted). */
export function differs(a: ReportRecord, b: ReportRecord, field: ComparedField): boolean {
  return JSON.stringify(comparedValue(a, field)) !== JSON.stringify(comparedValue(b, field))
}
