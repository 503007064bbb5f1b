/**
 * A report checked against its template (templates.md): the six sections, the tables, the 勾稽
 * identities, the publication deadline and 内容雷同 with the body's previous report. Each
 * failed rule takes its points (RULE_POINTS) off 100 and carries the quote it is about, so the
 * list can go to the township as it is. Pure: text and previous report are passed in.
 */
import type { Fact, ReportRecord } from '../data/schema.ts'
import { RULE_POINTS, type ComplianceResult, type Deduction, type UncheckedId } from './complianceTypes.ts'
import { daysBetween, deadlineFor, type DeadlineOptions } from './deadline.ts'
import { checkCarryOver, checkIdentities } from './identities.ts'
import { findSections } from './sections.ts'
import { similarity } from './similarity.ts'
import { checkTables } from './tables.ts'

export interface ComplianceInput {
  record: ReportRecord
  /** the decoded report text (what fact offsets index); null when it could not be read */
  text: string | null
  facts: readonly Fact[]
  /** the same body's report for an earlier year (the latest one), if any */
  previous?: { record: ReportRecord; text: string | null } | null
  options?: DeadlineOptions
}

/** 内容雷同 thresholds: half the sentences copied is a failure, 30% worth a note. */
export const SIMILAR_FAIL = 0.5
export const SIMILAR_NOTE = 0.3

export function checkCompliance(input: ComplianceInput): ComplianceResult {
  const { record, text, facts } = input
  const previous = input.previous ?? null
  const deductions: Deduction[] = []
  const unchecked: UncheckedId[] = []
  let share: number | null = null

  if (text !== null) {
    deductions.push(...checkSections(text, record))
    deductions.push(...checkTables(text, record, facts))
  } else unchecked.push('no_text')

  deductions.push(...checkIdentities(record, facts))
  deductions.push(...checkCarryOver(record, facts, previous?.record ?? null))

  const late = checkDeadline(record, facts, input.options)
  if (late === 'unknown') unchecked.push('no_published')
  else if (late) deductions.push(late)

  if (!previous) unchecked.push('no_previous')
  else if (text !== null && previous.text !== null) {
    const s = similarity(text, previous.text)
    share = s.share
    const rule = s.share >= SIMILAR_FAIL ? 'similar' : s.share >= SIMILAR_NOTE ? 'similar_partial' : null
    if (rule) {
      const first = s.examples[0]
      deductions.push({
        rule,
        points: RULE_POINTS[rule],
        params: { percent: Math.round(s.share * 100), copied: s.copied, total: s.total, prevYear: previous.record.year ?? '?' },
        ...(first ? { quote: first.quote, start: first.start, end: first.end } : {}),
      })
    }
  }

  const lost = deductions.reduce((s, d) => s + d.points, 0)
  return { report_id: record.report_id, score: text === null ? null : Math.max(0, 100 - lost), deductions, unchecked, similarity: share }
}

function checkSections(text: string, record: ReportRecord): Deduction[] {
  const out: Deduction[] = []
  for (const f of findSections(text, record.template)) {
    if (f.status === 'present') continue
    const rule = f.status === 'missing' ? 'section_missing' : f.status === 'misnumbered' ? 'section_misnumbered' : 'section_prose_only'
    out.push({ rule, points: RULE_POINTS[rule], params: { section: f.spec.label }, ...(f.at ?? {}) })
  }
  return out
}

function checkDeadline(record: ReportRecord, facts: readonly Fact[], options?: DeadlineOptions): Deduction | null | 'unknown' {
  if (!record.published || !/^\d{4}-\d{2}-\d{2}$/.test(record.published)) return 'unknown'
  const deadline = deadlineFor(record, options)
  if (!deadline) return 'unknown'
  const days = daysBetween(deadline.date, record.published)
  if (days <= 0) return null
  const f = facts.find((x) => x.field === 'published')
  return {
    rule: 'late',
    points: RULE_POINTS.late,
    params: { published: record.published, deadline: deadline.date, days, basis: deadline.basis },
    ...(f ? { quote: f.quote, start: f.start, end: f.end } : {}),
  }
}
