/**
 * The quality view's data: per report and key field, is the value stated, not stated, or
 * stated but warned about; the warnings with the field they concern; and the parser's
 * consistency checks per township (held / broken / not checkable). Pure.
 */
import type { FactField, ParseWarning, ReportRecord, Template } from '../data/schema.ts'
import { checkRecord } from './checkRecord.ts'

/** The fields a supervisor looks at first. */
export const KEY_FIELDS = [
  'published',
  'proactive_total',
  'ch_web',
  'ch_wechat',
  'ch_bulletin',
  'apps_new',
  'apps_total',
  'reconsideration_total',
  'litigation_total',
  'procurement_amount',
  'staff_total',
] as const satisfies readonly FactField[]
export type KeyField = (typeof KEY_FIELDS)[number]

export type CellState = 'stated' | 'missing' | 'warned' | 'na'

/** Fields only some templates ask for: elsewhere "not stated" is not a gap. */
const ONLY_IN: Partial<Record<KeyField, readonly Template[]>> = { procurement_amount: ['2019'] }

/**
 * Warning codes kept in reports.csv (the `warnings` column has codes only) and the field each
 * concerns, for codes checkRecord cannot recompute from the record (they come from the text).
 */
const CODE_FIELDS: Record<string, FactField> = {
  amount_without_unit: 'procurement_amount',
  year_from_date: 'year',
  appeal_parts_mismatch: 'reconsideration_total',
  township_ambiguous: 'township',
  region_ambiguous: 'township',
  year_from_text: 'year',
  township_renamed: 'township',
  township_not_in_gazetteer: 'township',
  township_name_incomplete: 'township',
  county_renamed: 'county',
}

/** A warning on one report, with the field it concerns (null when it concerns no single one). */
export interface FieldWarning {
  report_id: string
  code: string
  field: FactField | null
}

/**
 * Every warning of a record: checkRecord's (recomputed, so they carry numbers and a field)
 * plus the stored codes it does not cover.
 */
export function warningsOf(r: ReportRecord): FieldWarning[] {
  const recomputed: ParseWarning[] = checkRecord(r)
  if (!recomputed.length && r.warnings === '') return NONE
  const out: FieldWarning[] = recomputed.map((w) => ({ report_id: r.report_id, code: w.code, field: w.field ?? null }))
  const seen = new Set(out.map((w) => w.code))
  for (const code of r.warnings.split(';').filter(Boolean)) {
    if (seen.has(code)) continue
    seen.add(code)
    out.push({ report_id: r.report_id, code, field: CODE_FIELDS[code] ?? null })
  }
  return out
}

/** what most reports have: one shared, frozen list instead of a new empty one each */
const NONE: FieldWarning[] = Object.freeze([]) as unknown as FieldWarning[]

export function cellState(r: ReportRecord, field: KeyField, warnings: readonly FieldWarning[]): CellState {
  const only = ONLY_IN[field]
  if (only && (r.template === null || !only.includes(r.template))) return 'na'
  if (r[field] === null) return 'missing'
  return warnings.some((w) => w.field === field) ? 'warned' : 'stated'
}

/** Rules checkRecord runs, and which fields each needs stated to be checkable. */
const CONSISTENCY: Array<{ code: string; needs: (r: ReportRecord) => boolean }> = [
  {
    code: 'channel_sum_over_total',
    needs: (r) =>
      r.proactive_total !== null && [r.ch_web, r.ch_wechat, r.ch_weibo, r.ch_bulletin, r.ch_gazette, r.ch_other].some((c) => c !== null),
  },
  { code: 'apps_identity', needs: (r) => [r.apps_new, r.apps_carried_in, r.apps_total, r.apps_carried_out].every((x) => x !== null) },
  {
    code: 'apps_outcomes_sum',
    needs: (r) =>
      r.apps_total !== null &&
      [r.apps_granted, r.apps_partial, r.apps_denied, r.apps_unavailable, r.apps_not_processed, r.apps_other].every((x) => x !== null),
  },
  { code: 'apps_applicants_sum', needs: (r) => r.apps_new !== null && r.apps_natural_person !== null && r.apps_legal_entity !== null },
  { code: 'staff_parts_sum', needs: (r) => r.staff_total !== null && r.staff_fulltime !== null && r.staff_parttime !== null },
]

export interface ConsistencySummary {
  key: string
  name: string
  reports: number
  held: number
  broken: number
  /** rule × report pairs that lacked the figures to check */
  unchecked: number
  /** codes of the broken checks and other warnings, with how often */
  codes: Array<{ code: string; count: number }>
}

/** One report's checks added to its township's summary (here and in query/consistency.ts). */
export function addReport(s: ConsistencySummary, c: Readonly<Omit<ReportChecks, 'codes'>> & { codes: readonly string[] }): void {
  s.reports++
  s.unchecked += c.unchecked
  s.broken += c.broken
  s.held += c.held
  for (const code of c.codes) {
    const x = s.codes.find((y) => y.code === code)
    if (x) x.count++
    else s.codes.push({ code, count: 1 })
  }
}

export function consistencyByTownship(records: readonly ReportRecord[], keyOf: (r: ReportRecord) => string): ConsistencySummary[] {
  const byKey = new Map<string, ConsistencySummary>()
  for (const r of records) {
    const key = keyOf(r)
    let s = byKey.get(key)
    if (!s) byKey.set(key, (s = { key, name: r.township ?? r.report_id, reports: 0, held: 0, broken: 0, unchecked: 0, codes: [] }))
    addReport(s, reportChecks(r))
  }
  // townships with a broken check first (most first), the rest in the order they came: the
  // panel draws the first rows, and those are the ones a supervisor has to act on
  return [...byKey.values()].sort((a, b) => b.broken - a.broken)
}

/** One report's consistency checks: how many could not be checked, broke and held, and its warning codes. */
export interface ReportChecks {
  unchecked: number
  broken: number
  held: number
  codes: string[]
}

/** The consistency rules, which a report's counts come from (at most this many each). */
export const CONSISTENCY_RULES = CONSISTENCY.length

/** One report's consistency checks, from its warnings (warningsOf, unless the caller has them). */
export function reportChecks(r: ReportRecord, ws: readonly FieldWarning[] = warningsOf(r)): ReportChecks {
  const codes = ws.length ? [...new Set(ws.map((w) => w.code))] : []
  const c = { unchecked: 0, broken: 0, held: 0, codes }
  for (const rule of CONSISTENCY) {
    if (!rule.needs(r)) c.unchecked++
    else if (codes.includes(rule.code)) c.broken++
    else c.held++
  }
  return c
}
