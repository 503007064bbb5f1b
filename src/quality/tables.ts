/**
 * Are the tables the template requires complete? 2019/2021 (templates.md (a)(b)): the 第二十条
 * blocks of section 二, the rows of the application table, the 15-number 复议/诉讼 row.
 * pre-2019 (templates.md (c)): the statistics items, which in extracted text are a label with
 * no figure after it when the reporter left them blank.
 */
import type { Fact, ReportRecord } from '../data/schema.ts'
import { lineSpan, type Deduction, RULE_POINTS } from './complianceTypes.ts'

const BLOCKS_2019 = ['一', '五', '六', '八', '九']
const BLOCKS_2021 = ['一', '五', '六', '八']

/** Application-table rows, as a label and how to recognise it (wording varies, see (a)). */
const APP_ROWS: Array<[string, RegExp]> = [
  ['一、本年新收政府信息公开申请数量', /本年新收/],
  ['二、上年结转政府信息公开申请数量', /上年结转/],
  ['三、本年度办理结果', /办理结果/],
  ['（一）予以公开', /予以公开/],
  ['（二）部分公开', /部分公开/],
  ['（三）不予公开', /不予公开/],
  ['（四）无法提供', /无法提供/],
  ['（五）不予处理', /不予处理/],
  ['（六）其他处理', /其他处理|其它处理/],
  ['（七）总计', /[（(]七[)）]\s*总计/],
  ['四、结转下年度继续办理', /结转下年/],
]

/** pre-2019 statistics items that every table has, and the record field that holds each. */
const STATS_ITEMS: Array<[string, RegExp, keyof ReportRecord]> = [
  ['主动公开政府信息数', /主动公开政府信息数/, 'proactive_total'],
  ['收到申请数', /收到申请数/, 'apps_new'],
  ['申请办结数', /申请办结数/, 'apps_total'],
  ['行政复议数量', /行政复议数量/, 'reconsideration_total'],
  ['行政诉讼数量', /行政诉讼数量/, 'litigation_total'],
  ['举报投诉数量', /(?:举报投诉|投诉举报)数量/, 'complaints'],
]

/** Key figures a prose-only pre-2019 report should still state. */
const KEY_FIGURES: Array<keyof ReportRecord> = ['proactive_total', 'apps_new', 'reconsideration_total', 'litigation_total']

const blockPattern = (n: string) => new RegExp(`第二十条\\s*第\\s*[（(]\\s*${n}\\s*[)）]\\s*项`)

export function checkTables(text: string, record: ReportRecord, facts: readonly Fact[]): Deduction[] {
  if (record.template === '2019' || record.template === '2021') return checkNewTables(text, record, facts)
  return checkStatistics(text, record)
}

function checkNewTables(text: string, record: ReportRecord, facts: readonly Fact[]): Deduction[] {
  const out: Deduction[] = []
  const blocks = record.template === '2019' ? BLOCKS_2019 : BLOCKS_2021
  for (const n of blocks) {
    if (!blockPattern(n).test(text))
      out.push({ rule: 'block_missing', points: RULE_POINTS.block_missing, params: { block: `第二十条第（${n}）项` } })
  }
  const tableAt = text.search(/本年新收|办理结果|勾稽关系/)
  if (tableAt < 0) {
    out.push({ rule: 'app_table_missing', points: RULE_POINTS.app_table_missing, params: {} })
  } else {
    const table = text.slice(tableAt)
    const missing = APP_ROWS.filter(([, re]) => !re.test(table)).map(([label]) => label)
    if (missing.length) {
      out.push({
        rule: 'app_rows_missing',
        points: Math.min(10, missing.length * RULE_POINTS.app_rows_missing),
        params: { rows: missing.join('、'), n: missing.length },
        ...lineSpan(text, tableAt),
      })
    }
  }
  const appeals = appealsNumbers(text, Math.max(0, tableAt))
  if (appeals && appeals.count < 15) {
    out.push({
      rule: 'appeals_incomplete',
      points: RULE_POINTS.appeals_incomplete,
      params: { found: appeals.count },
      ...lineSpan(text, appeals.start),
    })
  } else if (!appeals) {
    out.push({ rule: 'appeals_incomplete', points: RULE_POINTS.appeals_incomplete, params: { found: 0 } })
  }
  if (record.template === '2019' && record.procurement_amount !== null && record.procurement_unit === null) {
    const fact = facts.find((f) => f.field === 'procurement_amount')
    out.push({
      rule: 'amount_without_unit',
      points: RULE_POINTS.amount_without_unit,
      params: { amount: record.procurement_amount },
      ...(fact ? { quote: fact.quote, start: fact.start, end: fact.end } : {}),
    })
  }
  return out
}

/**
 * The numbers of the 复议/诉讼 block: the numbers after its heading, up to the next top-level
 * section (五、). Headers hold no digits, so every number counted is a cell.
 */
function appealsNumbers(text: string, from: number): { count: number; start: number } | null {
  const rest = text.slice(from)
  const m = /(?:^|\n)[\s\u3000]*四[、.．][^\n]*(?:复议|诉讼)/.exec(rest) ?? /行政复议/.exec(rest)
  if (!m) return null
  const start = from + m.index + (m[0].startsWith('\n') ? 1 : 0)
  const after = text.slice(start + m[0].length)
  const stop = after.search(/\n[\s\u3000]*五[、.．]/)
  const body = stop < 0 ? after.slice(0, 2000) : after.slice(0, stop)
  return { count: (body.match(/\d+/g) ?? []).length, start }
}

function checkStatistics(text: string, record: ReportRecord): Deduction[] {
  const labelled = STATS_ITEMS.map(([label, re, field]) => ({ label, at: text.search(re), field })).filter((x) => x.at >= 0)
  if (labelled.length >= 2) {
    const blank = labelled.filter((x) => record[x.field] === null)
    if (!blank.length) return []
    const first = lineSpan(text, blank[0].at)
    return [
      {
        rule: 'stats_blank',
        points: Math.min(15, blank.length * RULE_POINTS.stats_blank),
        params: { items: blank.map((x) => x.label).join('、'), n: blank.length },
        ...first,
      },
    ]
  }
  const attachment = /统计表[^\n]{0,40}附件|附件[^\n]{0,20}统计表/.exec(text)
  if (attachment)
    return [{ rule: 'stats_in_attachment', points: RULE_POINTS.stats_in_attachment, params: {}, ...lineSpan(text, attachment.index) }]
  const missing = KEY_FIGURES.filter((f) => record[f] === null)
  if (!missing.length) return []
  return [
    {
      rule: 'figure_not_stated',
      points: missing.length * RULE_POINTS.figure_not_stated,
      params: { fields: missing.join(','), n: missing.length },
    },
  ]
}
