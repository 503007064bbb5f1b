import type { Template } from '../data/schema.ts'

/**
 * Which official format the report follows (templates.md):
 *   2021: 本年制发件数 / 本年废止件数 / 现行有效件数 / 本年处理决定数量 / 本年收费金额
 *   2019: 第二十条第(九)项 政府集中采购, 本年新制作数量, 上一年项目数量
 *   pre-2019: the old 统计指标 table, or prose only.
 * A report with the new application table but neither marker is dated by its year.
 */
const MARKS_2021 = /本年\s*制发\s*件数|本年\s*废止\s*件数|现行\s*有效\s*件数|本年\s*处理\s*决定\s*数量|本年\s*收费\s*金额/
// 政府集中采购 alone is not a mark: older reports mention procurement in prose.
const MARKS_2019 = /第二十条第\s*[(（]?\s*九\s*[)）]?\s*项|本年\s*新\s*制作\s*数量|上一年\s*项目\s*数量|采购\s*项目\s*数量|采购\s*总金额/
const MARKS_NEW_TABLES = /本年新收\s*政府信息公开申请|结转下年度继续办理|第二十条第\s*[(（]?\s*[一五六八]/
const MARKS_OLD_TABLE = /统\s*计\s*指\s*标|政务微信公开政府信息数|申请办结数/

export function detectTemplate(text: string, year: number | null): Template {
  if (MARKS_2021.test(text)) return '2021'
  if (MARKS_2019.test(text)) return '2019'
  if (MARKS_NEW_TABLES.test(text)) return year !== null && year >= 2021 ? '2021' : '2019'
  if (MARKS_OLD_TABLE.test(text)) return 'pre-2019'
  if (year !== null && year >= 2021) return '2021'
  if (year !== null && year >= 2019) return '2019'
  return 'pre-2019'
}
