/**
 * A deduction as one sentence in the reader's language, and a township's list as plain text
 * to paste into a message. Pure: takes the message catalogue, so Node tests can check it.
 */
import type { Messages } from '../i18n/index.ts'
import { fill } from '../i18n/index.ts'
import type { Deduction } from './complianceTypes.ts'

export function describeDeduction(d: Deduction, m: Messages): string {
  const params: Record<string, string | number> = { ...d.params }
  // column codes (figure_not_stated) read as column names
  if (typeof params.fields === 'string')
    params.fields = params.fields
      .split(',')
      .map((f) => m.columns[f] ?? f)
      .join(m.app.listSep)
  if (typeof params.basis === 'string') params.basis = m.compliance.basis[params.basis] ?? params.basis
  return fill(m.compliance.rules[d.rule] ?? d.rule, params)
}

/** What a supervisor sends a township: one numbered line per point, each with its quote. */
export function deductionsText(title: string, score: number | null, deductions: readonly Deduction[], m: Messages): string {
  const lines = [`${title} · ${score === null ? m.compliance.notComputed : fill(m.compliance.score, { score })}`]
  deductions.forEach((d, i) => {
    lines.push(`${i + 1}. ${describeDeduction(d, m)}（${fill(m.compliance.points, { n: d.points })}）`)
    if (d.quote) lines.push(`   ${m.compliance.quoteLabel}「${d.quote}」`)
  })
  if (!deductions.length) lines.push(m.compliance.noDeductions)
  return lines.join('\n')
}
