import { CHANNEL_COLUMNS, type ParseWarning, type ReportRecord, type WarningParams } from '../data/schema.ts'

/**
 * Consistency checks on a parsed record (templates.md (d)). A report that breaks a rule gets
 * a warning code with the numbers involved as its parameters (the same names
 * quality/warningValues.ts reads back from a record); the values are never "fixed".
 */
/** The channels a single one of which may not exceed the total (the gazette is counted apart). */
const OVER_TOTAL_CHANNELS = CHANNEL_COLUMNS.filter((c) => c !== 'ch_gazette')

/**
 * Written with plain reads and null checks, no arrays or spread per call: it runs once per
 * report at parse time and again for every report the quality panel counts (380,000 at
 * national scale, where the helper arrays made it a third of that panel's first view).
 */
export function checkRecord(r: ReportRecord): ParseWarning[] {
  const warnings: ParseWarning[] = []
  const warn = (code: string, params: WarningParams | null, field?: ParseWarning['field'], variant?: string) => {
    const w: ParseWarning = { code }
    if (params) w.params = params
    if (variant) w.variant = variant
    if (field) w.field = field
    warnings.push(w)
  }

  const total = r.proactive_total
  const web = r.ch_web,
    wechat = r.ch_wechat,
    weibo = r.ch_weibo,
    bulletin = r.ch_bulletin,
    gazette = r.ch_gazette,
    other = r.ch_other
  if (total !== null && (web !== null || wechat !== null || weibo !== null || bulletin !== null || gazette !== null || other !== null)) {
    const channelSum = (web ?? 0) + (wechat ?? 0) + (weibo ?? 0) + (bulletin ?? 0) + (gazette ?? 0) + (other ?? 0)
    // The old table counts one item once however many channels carry it, so for pre-2019
    // reports this is advisory, not an error.
    if (channelSum > total)
      warn('channel_sum_over_total', { sum: channelSum, total }, 'proactive_total', r.template === 'pre-2019' ? 'pre2019' : undefined)
  }
  if (total !== null && r.template !== 'pre-2019') {
    for (const name of OVER_TOTAL_CHANNELS) {
      const value = r[name]
      if (value !== null && value > total) warn('channel_over_total', { value, total }, name)
    }
  }
  const appsNew = r.apps_new,
    carriedIn = r.apps_carried_in,
    appsTotal = r.apps_total,
    carriedOut = r.apps_carried_out
  if (appsNew !== null && carriedIn !== null && appsTotal !== null && carriedOut !== null) {
    const left = appsNew + carriedIn
    const right = appsTotal + carriedOut
    if (left !== right) warn('apps_identity', { new: appsNew, carriedIn, left, total: appsTotal, carriedOut, right }, 'apps_total')
  }
  const granted = r.apps_granted,
    partial = r.apps_partial,
    denied = r.apps_denied,
    unavailable = r.apps_unavailable,
    notProcessed = r.apps_not_processed,
    otherOutcome = r.apps_other
  if (
    appsTotal !== null &&
    granted !== null &&
    partial !== null &&
    denied !== null &&
    unavailable !== null &&
    notProcessed !== null &&
    otherOutcome !== null
  ) {
    const outcomes = granted + partial + denied + unavailable + notProcessed + otherOutcome
    if (outcomes !== appsTotal) warn('apps_outcomes_sum', { sum: outcomes, total: appsTotal }, 'apps_total')
  }
  const natural = r.apps_natural_person,
    legal = r.apps_legal_entity
  if (appsNew !== null && natural !== null && legal !== null && natural + legal !== appsNew) {
    warn('apps_applicants_sum', { natural, legal, sum: natural + legal, total: appsNew }, 'apps_new')
  }
  const staff = r.staff_total,
    fulltime = r.staff_fulltime,
    parttime = r.staff_parttime
  if (staff !== null && fulltime !== null && parttime !== null && fulltime + parttime !== staff) {
    warn('staff_parts_sum', { fulltime, parttime, sum: fulltime + parttime, total: staff }, 'staff_total')
  }
  if (r.reconsideration_corrected !== null && r.reconsideration_total !== null && r.reconsideration_corrected > r.reconsideration_total) {
    warn('reconsideration_parts', { corrected: r.reconsideration_corrected, total: r.reconsideration_total }, 'reconsideration_total')
  }
  if (r.litigation_corrected !== null && r.litigation_total !== null && r.litigation_corrected > r.litigation_total) {
    warn('litigation_parts', { corrected: r.litigation_corrected, total: r.litigation_total }, 'litigation_total')
  }
  if (r.year === null) warn('year_missing', null, 'year')
  if (r.township === null) warn('body_missing', null, 'township')
  return warnings
}
