import { REPORT_COLUMNS, type ReportRecord } from '../../src/data/schema.ts'
import type { AppRow, N, Truth } from './values.ts'

/**
 * The record a correct parser returns for a synthetic report, keyed by the dataset columns
 * (shared/spec/dataset.md): the known values where the text states them, null where it does
 * not. Derived fields follow the dataset's rules: outcome groups are the sum of their
 * sub-rows, litigation is direct plus after reconsideration, staff_total is 专职 + 兼职 where
 * only those are given.
 */
export type Expected = Omit<ReportRecord, 'report_id' | 'source' | 'warnings'>

/** Columns compared between the expected and the parsed record. */
export const COMPARED_COLUMNS = REPORT_COLUMNS.filter((c) => c !== 'report_id' && c !== 'source' && c !== 'warnings') as Array<
  keyof Expected
>

const total = (r: AppRow): N => (r === null ? null : r[6])

function groupSum(rows: AppRow[]): N {
  const stated = rows.filter((r): r is number[] => r !== null)
  return stated.length ? stated.reduce((s, r) => s + r[6], 0) : null
}

const last = (cells: N[] | null): N => (cells === null ? null : cells[cells.length - 1])

export function expectedRecord(t: Truth): Expected {
  // a fresh object with every column null, in column order (no delete: at 380,000 rows a
  // dictionary-mode object per record costs more than all the value drawing)
  const e = {} as Record<string, unknown>
  for (const c of COMPARED_COLUMNS) e[c] = null
  return fill(e as unknown as Expected, t)
}

function fill(e: Expected, t: Truth): Expected {
  const d = t.township
  e.township = d.name
  e.level = 'township'
  e.county = d.county
  e.prefecture = d.prefecture
  e.province = d.province
  e.adcode = d.adcode
  e.year = t.year
  e.template = t.template
  e.published = t.published

  e.proactive_total = t.proactive_total
  e.ch_web = t.channels.web
  e.ch_wechat = t.channels.wechat
  e.ch_weibo = t.channels.weibo
  e.ch_bulletin = t.channels.bulletin
  e.ch_gazette = t.channels.gazette
  e.ch_other = t.channels.other
  e.responses = t.responses
  e.interpretations = t.interpretations
  e.staff_total = t.staff_total
  e.staff_fulltime = t.staff_fulltime
  e.staff_parttime = t.staff_parttime

  if (t.template === 'pre-2019') {
    e.normative_made = t.normative?.[0] ?? null
    e.apps_new = t.appsNewPre
    e.apps_total = t.appsTotalPre
    e.reconsideration_total = t.reconsideration
    e.litigation_total = t.litigation
    e.complaints = t.complaints
    e.fees_wan = t.fees_wan
    e.meetings = t.meetings
    e.trainings = t.trainings
    e.trainees = t.trainees
    return e
  }

  e.rules_made = t.rules?.[0] ?? null
  e.normative_made = t.normative?.[0] ?? null
  e.normative_valid = t.normative?.[2] ?? null
  e.licensing = last(t.licensing)
  e.penalties = last(t.penalties)
  e.coercion = last(t.coercion)
  if (t.template === '2021') e.admin_fees_wan = t.fees?.[0] ?? null
  if (t.procurement) {
    const p = t.procurement
    e.procurement_projects = p.projects
    e.procurement_amount = p.amount
    // the unit only where the report writes it, in the cell or the header (never guessed)
    e.procurement_unit = p.amount !== null && p.unitIn !== 'none' ? p.unit : null
  }
  const a = t.apps!
  e.apps_new = total(a.newRow)
  e.apps_natural_person = a.newRow ? a.newRow[0] : null
  e.apps_legal_entity = a.newRow ? a.newRow.slice(1, 6).reduce((s, c) => s + c, 0) : null
  e.apps_carried_in = total(a.carriedIn)
  e.apps_granted = total(a.granted)
  e.apps_partial = total(a.partial)
  e.apps_denied = groupSum(a.denied)
  e.apps_unavailable = groupSum(a.unavailable)
  e.apps_not_processed = groupSum(a.notProcessed)
  e.apps_other = groupSum(a.other)
  e.apps_total = total(a.total)
  e.apps_carried_out = total(a.carriedOut)
  if (t.appeals) {
    const v = t.appeals
    e.reconsideration_total = v[4]
    e.reconsideration_corrected = v[1]
    e.litigation_total = v[9] + v[14]
    e.litigation_corrected = v[6] + v[11]
  } else if (t.appealsZeroSentence) {
    e.reconsideration_total = 0
    e.litigation_total = 0
  }
  return e
}
