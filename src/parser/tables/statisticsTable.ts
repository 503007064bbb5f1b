import type { FactField } from '../../data/schema.ts'
import type { Collector } from '../collect.ts'
import { FROM_LABEL, FROM_TABLE } from '../collect.ts'
import { ARABIC_NUMBER_SOURCE, parseNumber } from '../numbers.ts'
import { endOfCell, valueAfterLabel } from './cells.ts'
import { readGluedStatisticsTable } from './gluedStatisticsTable.ts'

/**
 * The pre-2019 政府信息公开情况统计表 (统计指标 / 单位 / 统计数) and the prose reports that
 * follow its row list (`(一)收到申请数。` then the value, or nothing when not stated).
 * Each row label maps to one field; the value is the next cell after the label.
 */
const ROWS: Array<[FactField, RegExp]> = [
  ['proactive_total', /主动公开(?:政府)?信息(?:数|条数|数量)/g],
  ['ch_gazette', /政府公报公开(?:政府)?信息数/g],
  ['ch_web', /政府网站公开(?:政府)?信息数/g],
  ['ch_weibo', /政务微博公开(?:政府)?信息数/g],
  ['ch_wechat', /政务微信公开(?:政府)?信息数/g],
  ['ch_other', /其[他它]方式公开(?:政府)?信息数/g],
  ['responses', /回应公众关注热点或重大舆情(?:数|次数)/g],
  ['interpretations', /政策解读稿件发布数/g],
  ['apps_new', /收到申请(?:数|总数|件数)|受理依申请公开(?:信息|申请)总数/g],
  ['apps_total', /申请办结数/g],
  // older provincial tables count replies where the national one counts 办结
  ['apps_total', /(?:对申请的|申请)答复(?:总)?数/g],
  ['reconsideration_total', /行政复议(?:数量|案件数|件数|数)/g],
  ['litigation_total', /行政诉讼(?:数量|案件数|件数|数)/g],
  ['complaints', /(?:举报投诉|投诉举报)(?:数量|件数|数)/g],
  ['fees_wan', /依申请公开(?:政府)?信息收取的费用/g],
  ['staff_total', /从事政府信息公开工作(?:的)?人员(?:数|数量)/g],
  ['staff_fulltime', /专职人员数/g],
  ['staff_parttime', /兼职人员数/g],
  ['meetings', /召开政府信息公开(?:工作)?会议或专题会议数/g],
  ['trainings', /举办各类培训班数/g],
  ['trainees', /接受培训人员数/g],
  ['normative_made', /制发规范性文件总数/g],
]

const DIRECT_VALUE = new RegExp(
  `^[。:：\\s]{0,3}(${ARABIC_NUMBER_SOURCE})(?:余|多)?(?:条|件|个|人|次|篇|项|人次|万元|名)?(?=[\\s|。，,；;)）]|$)`,
)

/** True when the text carries the old national statistics table. */
export function hasStatisticsTable(text: string): boolean {
  return /统\s*计\s*指\s*标|政务微信公开政府信息数|政府网站公开政府信息数|申请办结数/.test(text)
}

export function readStatisticsTable(text: string, out: Collector): void {
  readGluedStatisticsTable(text, out)
  const priority = hasStatisticsTable(text) ? FROM_TABLE : FROM_LABEL
  for (const [field, pattern] of ROWS) {
    pattern.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = pattern.exec(text))) {
      const labelStart = m.index
      const labelEnd = m.index + m[0].length
      const direct = DIRECT_VALUE.exec(text.slice(labelEnd, labelEnd + 24))
      if (direct) {
        const start = labelEnd + direct[0].indexOf(direct[1])
        out.add(
          field,
          parseNumber(direct[1]),
          start,
          start + direct[1].length,
          priority,
          rowQuote(text, labelStart, start + direct[1].length),
        )
        break
      }
      const cell = valueAfterLabel(text, labelEnd)
      if (cell && cell.value !== null) {
        // a value more than a few lines away belongs to some other row
        if (text.slice(labelEnd, cell.start).split('\n').length > 8) break
        out.add(field, cell.value, cell.start, cell.end, priority, rowQuote(text, labelStart, cell.end))
        break
      }
      // A label with no value states nothing; a later mention (prose) may still carry it.
      void endOfCell
    }
  }
}

/** The row as a reader sees it: label through value, white space folded. */
export function rowQuote(text: string, from: number, to: number): string {
  let start = from
  for (let j = from - 1; j >= 0 && from - j <= 40; j--) {
    if (text[j] === '\n') {
      start = j + 1
      break
    }
  }
  return text
    .slice(start, Math.min(to, start + 600))
    .replace(/\s*\|\s*/g, ' | ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300)
}
