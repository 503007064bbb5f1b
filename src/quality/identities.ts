/**
 * The 勾稽 identities (templates.md (d)) as compliance rules: the same arithmetic as
 * checkRecord's warnings, but each failure carries its numbers and the row it was read from,
 * and the across-years rule (last year's 结转下年度 = this year's 上年结转) that needs two reports.
 */
import type { Fact, ReportRecord } from '../data/schema.ts'
import { RULE_POINTS, type Deduction } from './complianceTypes.ts'

type Num = number | null
const stated = (...xs: Num[]): boolean => xs.every((x) => x !== null)
const sum = (...xs: Num[]) => xs.reduce<number>((s, x) => s + (x ?? 0), 0)

function at(facts: readonly Fact[], field: string): Pick<Deduction, 'quote' | 'start' | 'end'> {
  const f = facts.find((x) => x.field === field)
  return f ? { quote: f.quote, start: f.start, end: f.end } : {}
}

export function checkIdentities(r: ReportRecord, facts: readonly Fact[]): Deduction[] {
  const out: Deduction[] = []
  if (stated(r.apps_new, r.apps_carried_in, r.apps_total, r.apps_carried_out)) {
    const left = sum(r.apps_new, r.apps_carried_in)
    const right = sum(r.apps_total, r.apps_carried_out)
    if (left !== right) {
      out.push({
        rule: 'identity_apps',
        points: RULE_POINTS.identity_apps,
        params: { new: r.apps_new!, carriedIn: r.apps_carried_in!, left, total: r.apps_total!, carriedOut: r.apps_carried_out!, right },
        ...at(facts, 'apps_total'),
      })
    }
  }
  const outcomes = [r.apps_granted, r.apps_partial, r.apps_denied, r.apps_unavailable, r.apps_not_processed, r.apps_other]
  if (r.apps_total !== null && stated(...outcomes) && sum(...outcomes) !== r.apps_total) {
    out.push({
      rule: 'identity_outcomes',
      points: RULE_POINTS.identity_outcomes,
      params: { parts: outcomes.join(' + '), sum: sum(...outcomes), total: r.apps_total },
      ...at(facts, 'apps_total'),
    })
  }
  if (
    r.apps_new !== null &&
    stated(r.apps_natural_person, r.apps_legal_entity) &&
    sum(r.apps_natural_person, r.apps_legal_entity) !== r.apps_new
  ) {
    out.push({
      rule: 'identity_applicants',
      points: RULE_POINTS.identity_applicants,
      params: { natural: r.apps_natural_person!, legal: r.apps_legal_entity!, total: r.apps_new },
      ...at(facts, 'apps_new'),
    })
  }
  if (
    r.template === 'pre-2019' &&
    r.staff_total !== null &&
    stated(r.staff_fulltime, r.staff_parttime) &&
    sum(r.staff_fulltime, r.staff_parttime) !== r.staff_total
  ) {
    out.push({
      rule: 'identity_staff',
      points: RULE_POINTS.identity_staff,
      params: { full: r.staff_fulltime!, part: r.staff_parttime!, total: r.staff_total },
      ...at(facts, 'staff_total'),
    })
  }
  return out
}

/** 勾稽 5: only between consecutive years of the same body, and only when both are stated. */
export function checkCarryOver(r: ReportRecord, facts: readonly Fact[], previous: ReportRecord | null): Deduction[] {
  if (!previous || previous.year === null || r.year === null || previous.year !== r.year - 1) return []
  if (previous.apps_carried_out === null || r.apps_carried_in === null || previous.apps_carried_out === r.apps_carried_in) return []
  return [
    {
      rule: 'carry_over',
      points: RULE_POINTS.carry_over,
      params: { prevYear: previous.year, prevOut: previous.apps_carried_out, carriedIn: r.apps_carried_in },
      ...at(facts, 'apps_carried_in'),
    },
  ]
}
