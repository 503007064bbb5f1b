/**
 * The numbers and names a warning's text needs, read back from the record it is on. The page
 * only has the record (reports.csv keeps warning codes, not sentences), so the figures
 * checkRecord gives as its warning's parameters are recomputed here, with the same sums, and
 * src/i18n/warnings.ts writes them in the page's language. Pure.
 */
import { CHANNEL_COLUMNS, type ReportRecord } from '../data/schema.ts'

/** A warning ready to be put into words: its code, the field it concerns and its figures. */
export interface WarningDetail {
  code: string
  /** the field the warning concerns, when it concerns one (a column name) */
  field: string | null
  /** the figures and names its sentence needs; absent when the record does not hold them */
  values: Record<string, number | string>
  /** a second wording of the same check (e.g. `pre2019`: allowed under the old template) */
  variant?: string
}

const CHANNELS = CHANNEL_COLUMNS

const sum = (...xs: Array<number | null>) => xs.reduce<number>((s, x) => s + (x ?? 0), 0)

/** province / prefecture / county the record was placed in, broadest first; '' when none is known */
function regionOf(r: ReportRecord): string {
  return [r.province, r.prefecture, r.county].filter((x): x is string => !!x).join(' ')
}

/** Drops values the record does not state, so a wording that needs them is not chosen. */
function known(values: Record<string, number | string | null | undefined>): Record<string, number | string> {
  const out: Record<string, number | string> = {}
  for (const [k, v] of Object.entries(values)) if (v !== null && v !== undefined && v !== '') out[k] = v
  return out
}

/**
 * The figures for warning `code` (on `field`, when known) of record `r`. Codes whose figures
 * only the report text holds (conflicting_values, appeal_parts_mismatch) get none.
 */
export function warningValues(r: ReportRecord, code: string, field: string | null = null): WarningDetail {
  const detail = (values: Record<string, number | string | null | undefined>, f: string | null = field, variant?: string): WarningDetail =>
    variant ? { code, field: f, values: known(values), variant } : { code, field: f, values: known(values) }
  switch (code) {
    case 'channel_sum_over_total':
      return detail(
        { sum: sum(...CHANNELS.map((c) => r[c])), total: r.proactive_total },
        field ?? 'proactive_total',
        r.template === 'pre-2019' ? 'pre2019' : undefined,
      )
    case 'channel_over_total': {
      // the stored code does not say which channel: the first one over the total
      const channel = (CHANNELS as readonly string[]).includes(field ?? '')
        ? (field as (typeof CHANNELS)[number])
        : CHANNELS.find((c) => r[c] !== null && r.proactive_total !== null && r[c]! > r.proactive_total)
      return detail({ value: channel ? r[channel] : null, total: r.proactive_total }, channel ?? field)
    }
    case 'apps_identity':
      return detail(
        {
          new: r.apps_new,
          carriedIn: r.apps_carried_in,
          left: sum(r.apps_new, r.apps_carried_in),
          total: r.apps_total,
          carriedOut: r.apps_carried_out,
          right: sum(r.apps_total, r.apps_carried_out),
        },
        field ?? 'apps_total',
      )
    case 'apps_outcomes_sum':
      return detail(
        {
          sum: sum(r.apps_granted, r.apps_partial, r.apps_denied, r.apps_unavailable, r.apps_not_processed, r.apps_other),
          total: r.apps_total,
        },
        field ?? 'apps_total',
      )
    case 'apps_applicants_sum':
      return detail(
        {
          natural: r.apps_natural_person,
          legal: r.apps_legal_entity,
          sum: sum(r.apps_natural_person, r.apps_legal_entity),
          total: r.apps_new,
        },
        field ?? 'apps_new',
      )
    case 'staff_parts_sum':
      return detail(
        { fulltime: r.staff_fulltime, parttime: r.staff_parttime, sum: sum(r.staff_fulltime, r.staff_parttime), total: r.staff_total },
        field ?? 'staff_total',
      )
    case 'reconsideration_parts':
      return detail({ corrected: r.reconsideration_corrected, total: r.reconsideration_total }, field ?? 'reconsideration_total')
    case 'litigation_parts':
      return detail({ corrected: r.litigation_corrected, total: r.litigation_total }, field ?? 'litigation_total')
    case 'amount_without_unit':
      return detail({ amount: r.procurement_amount }, field ?? 'procurement_amount')
    case 'year_from_date':
      return detail({ year: r.year === null ? null : String(r.year), date: r.published }, field ?? 'year')
    case 'year_from_text':
      return detail({ year: r.year === null ? null : String(r.year) }, field ?? 'year')
    case 'township_ambiguous':
    case 'region_ambiguous':
    case 'township_renamed':
    case 'township_not_in_gazetteer':
    case 'township_name_incomplete':
      return detail({ name: r.township, region: regionOf(r) }, field ?? 'township')
    case 'county_renamed':
      return detail({ name: r.township ?? r.county, region: regionOf(r) }, field ?? 'county')
    default:
      return detail({})
  }
}
