/**
 * The key fields shown side by side when an incoming report duplicates one already shown, so
 * the user can see which is more complete or more plausible before choosing.
 */
import type { NumberColumn, ReportRecord } from '../data/schema.ts'

export const COMPARED_FIELDS = ['proactive_total', 'channels', 'apps_new', 'apps_total', 'appeals', 'warnings', 'source'] as const
export type ComparedField = (typeof COMPARED_FIELDS)[number]

/** number = one count; parts = several labelled counts (stated ones only); text as written */
export type ComparedValue =
  | { kind: 'number'; value: number | null }
  | { kind: 'parts'; parts: { column: NumberColumn; value: number }[] }
  | { kind: 'text'; value: string }

const CHANNELS: NumberColumn[] = ['ch_web', 'ch_wechat', 'ch_weibo', 'ch_bulletin', 'ch_gazette', 'ch_other']
const APPEALS: NumberColumn[] = ['reconsideration_total', 'litigation_total']

function parts(r: ReportRecord, columns: NumberColumn[]): ComparedValue {
  return { kind: 'parts', parts: columns.flatMap((column) => (r[column] === null ? [] : [{ column, value: r[column] as number }])) }
}

export function comparedValue(r: ReportRecord, field: ComparedField): ComparedValue {
  if (field === 'channels') return parts(r, CHANNELS)
  if (field === 'appeals') return parts(r, APPEALS)
  if (field === 'warnings' || field === 'source') return { kind: 'text', value: r[field] }
  return { kind: 'number', value: r[field] }
}

/** Whether the two reports differ on a field (the row is highlighted). */
export function differs(a: ReportRecord, b: ReportRecord, field: ComparedField): boolean {
  return JSON.stringify(comparedValue(a, field)) !== JSON.stringify(comparedValue(b, field))
}
