/**
 * The shapes compliance rules return. A rule never produces prose: it names itself and hands
 * over the numbers (`params`), so the panel can say it in either language, and it points at the
 * text it is about (`quote`, `start`..`end` in the decoded report text) so a supervisor can
 * send the township the exact sentence to fix.
 */

/** Every rule, with the points it takes off a report's 100 when it fails (see compliance.ts). */
export const RULE_POINTS = {
  /** a required section heading is missing (templates.md: six sections) */
  section_missing: 8,
  /** the topic is there, but under a heading with another number */
  section_misnumbered: 2,
  /** pre-2019: the topic is only mentioned in prose, without a heading of its own */
  section_prose_only: 2,
  /** 2019/2021: a 第二十条 block of section 二 is missing */
  block_missing: 3,
  /** 2019/2021: no application table (section 三) at all */
  app_table_missing: 15,
  /** 2019/2021: rows of the application table are missing (per row, capped) */
  app_rows_missing: 2,
  /** 2019/2021: the 行政复议/行政诉讼 row does not carry its 15 numbers */
  appeals_incomplete: 6,
  /** 2019: 采购总金额 stated with no unit in the cell or its sentence */
  amount_without_unit: 2,
  /** pre-2019: statistics items printed with no figure (per item, capped) */
  stats_blank: 3,
  /** pre-2019: the statistics table is referred to as an attachment that is not in the text */
  stats_in_attachment: 10,
  /** pre-2019: no statistics table, and key figures are not stated in prose either (per figure) */
  figure_not_stated: 2,
  /** 勾稽 1: 新收 + 上年结转 = 办理结果总计 + 结转下年度 */
  identity_apps: 10,
  /** 勾稽 2: the outcomes add up to （七）总计 */
  identity_outcomes: 10,
  /** 勾稽 3: applicant columns add up to 总计 */
  identity_applicants: 5,
  /** pre-2019: 专职 + 兼职 = 从事人员数 */
  identity_staff: 3,
  /** 勾稽 5: last year's 结转下年度 = this year's 上年结转 (same body) */
  carry_over: 5,
  /** published after the deadline that applies (templates.md (d)) */
  late: 10,
  /** 内容雷同: ≥ 50% of the sentences also appear in the body's previous report */
  similar: 15,
  /** 内容雷同, milder: 30–50% of the sentences copied */
  similar_partial: 5,
} as const

export type RuleId = keyof typeof RULE_POINTS

/** Checks a report could not get (no text, no date, no previous report): shown, never scored. */
export type UncheckedId = 'no_text' | 'no_published' | 'no_previous'

/** One failed rule: what, how many points, and the text it is about. */
export interface Deduction {
  rule: RuleId
  points: number
  /** numbers and names for the message (i18n fills them in) */
  params: Record<string, string | number>
  /** the sentence or row it is about, as the report writes it */
  quote?: string
  /** offsets in the decoded report text, when the quote is from it */
  start?: number
  end?: number
}

export interface ComplianceResult {
  report_id: string
  /**
   * 100 minus the deductions, never below 0; null when the report's text could not be read:
   * sections, tables and 内容雷同 need it, and a score without them reads as "nothing wrong"
   */
  score: number | null
  deductions: Deduction[]
  /** what could not be checked, so a high score is not read as "everything checked" */
  unchecked: UncheckedId[]
  /** 内容雷同 share (0–1) against the previous report, when there is one with text */
  similarity: number | null
}

/** A piece of text a rule found: what it says and where. */
export interface Span {
  quote: string
  start: number
  end: number
}

/** The span of line `index` of `lines` (lines split on '\n'), trimmed in the quote. */
export function lineSpan(text: string, start: number): Span {
  const from = text.lastIndexOf('\n', start - 1) + 1
  let to = text.indexOf('\n', start)
  if (to < 0) to = text.length
  return { quote: text.slice(from, to).replace(/\s+/g, ' ').trim().slice(0, 240), start: from, end: to }
}
