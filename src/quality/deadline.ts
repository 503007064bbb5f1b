/**
 * Which publication deadline applies to a report (templates.md (d)). The 2019 条例 (art. 49)
 * gives 县级以上 departments 1月31日 and governments 3月31日; the old 条例 (art. 31) 3月31日 for
 * everyone. Townships are not named in art. 49, so they get 3月31日 unless a stricter local date is
 * configured (怀化市, for instance, wanted township reports by 2月20日).
 */
import type { ReportRecord } from '../data/schema.ts'

export interface DeadlineOptions {
  /** a stricter local date for township reports, 'MM-DD' in the year after the report year */
  townshipDeadline?: string
}

export interface Deadline {
  /** YYYY-MM-DD */
  date: string
  /** which rule set the date */
  basis: 'new_department' | 'new_government' | 'old' | 'local'
}

const MMDD = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

/** The deadline for a report, or null when its year is unknown. */
export function deadlineFor(r: ReportRecord, options: DeadlineOptions = {}): Deadline | null {
  if (r.year === null) return null
  const next = r.year + 1
  // The new 条例 took effect on 2019-05-15: reports for 2018, published in early 2019, still
  // fall under the old one.
  const newRules = r.year >= 2019
  if (newRules && r.level === 'department') return { date: `${next}-01-31`, basis: 'new_department' }
  const local = options.townshipDeadline
  if ((r.level === 'township' || r.level === null) && local && MMDD.test(local) && local < '03-31')
    return { date: `${next}-${local}`, basis: 'local' }
  return { date: `${next}-03-31`, basis: newRules ? 'new_government' : 'old' }
}

/** Whole days from `a` to `b` (YYYY-MM-DD), in UTC so the machine's time zone does not matter. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)
}
