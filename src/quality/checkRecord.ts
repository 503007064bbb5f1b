import type { ParseWarning, ReportRecord } from '../data/schema.ts'

/**
 * Consistency checks on a parsed record (templates.md (d)). A report that breaks a rule gets
 * a warning naming the numbers involved; the values are never "fixed".
 */
export function checkRecord(r: ReportRecord): ParseWarning[] {
  const warnings: ParseWarning[] = []
  const warn = (code: string, message: string, field?: ParseWarning['field']) => warnings.push(field ? { code, message, field } : { code, message })
  const stated = (...xs: Array<number | null>) => xs.every((x) => x !== null)
  const sum = (...xs: Array<number | null>) => xs.reduce<number>((s, x) => s + (x ?? 0), 0)

  const channels = [r.ch_web, r.ch_wechat, r.ch_weibo, r.ch_bulletin, r.ch_gazette, r.ch_other]
  const channelSum = sum(...channels)
  if (r.proactive_total !== null && channels.some((c) => c !== null) && channelSum > r.proactive_total) {
    // The old table counts one item once however many channels carry it, so for pre-2019
    // reports this is advisory, not an error.
    warn('channel_sum_over_total', `channels add up to ${channelSum}, more than the ${r.proactive_total} disclosed in total${r.template === 'pre-2019' ? ' (allowed when one item went out on several channels)' : ''}`, 'proactive_total')
  }
  for (const [name, value] of [['ch_web', r.ch_web], ['ch_wechat', r.ch_wechat], ['ch_weibo', r.ch_weibo], ['ch_bulletin', r.ch_bulletin], ['ch_other', r.ch_other]] as const) {
    if (value !== null && r.proactive_total !== null && value > r.proactive_total && r.template !== 'pre-2019') {
      warn('channel_over_total', `${name} ${value} is more than the total ${r.proactive_total}`, name)
    }
  }
  if (stated(r.apps_new, r.apps_carried_in, r.apps_total, r.apps_carried_out)) {
    const left = sum(r.apps_new, r.apps_carried_in)
    const right = sum(r.apps_total, r.apps_carried_out)
    if (left !== right) warn('apps_identity', `新收 ${r.apps_new} + 上年结转 ${r.apps_carried_in} = ${left}, but 办理结果总计 ${r.apps_total} + 结转下年 ${r.apps_carried_out} = ${right}`, 'apps_total')
  }
  const outcomes = [r.apps_granted, r.apps_partial, r.apps_denied, r.apps_unavailable, r.apps_not_processed, r.apps_other]
  if (r.apps_total !== null && outcomes.every((o) => o !== null) && sum(...outcomes) !== r.apps_total) {
    warn('apps_outcomes_sum', `outcomes add up to ${sum(...outcomes)}, but 总计 is ${r.apps_total}`, 'apps_total')
  }
  if (r.apps_new !== null && stated(r.apps_natural_person, r.apps_legal_entity) && sum(r.apps_natural_person, r.apps_legal_entity) !== r.apps_new) {
    warn('apps_applicants_sum', `自然人 ${r.apps_natural_person} + 法人或其他组织 ${r.apps_legal_entity} ≠ 总计 ${r.apps_new}`, 'apps_new')
  }
  if (r.staff_total !== null && stated(r.staff_fulltime, r.staff_parttime) && sum(r.staff_fulltime, r.staff_parttime) !== r.staff_total) {
    warn('staff_parts_sum', `专职 ${r.staff_fulltime} + 兼职 ${r.staff_parttime} ≠ ${r.staff_total}`, 'staff_total')
  }
  if (r.reconsideration_corrected !== null && r.reconsideration_total !== null && r.reconsideration_corrected > r.reconsideration_total) {
    warn('reconsideration_parts', `结果纠正 ${r.reconsideration_corrected} exceeds 总计 ${r.reconsideration_total}`, 'reconsideration_total')
  }
  if (r.litigation_corrected !== null && r.litigation_total !== null && r.litigation_corrected > r.litigation_total) {
    warn('litigation_parts', `结果纠正 ${r.litigation_corrected} exceeds 总计 ${r.litigation_total}`, 'litigation_total')
  }
  if (r.year === null) warn('year_missing', 'the year the report covers could not be found', 'year')
  if (r.township === null) warn('body_missing', 'the reporting body could not be found', 'township')
  return warnings
}
