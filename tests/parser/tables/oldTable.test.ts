import { describe, expect, it } from 'vitest'
import { parseReport } from '../../../src/parser/parseReport.ts'

// The pre-2019 statistics table (统计指标 / 单位 / 统计数) and its older provincial variants.
const ROWS: Array<[string, string, string]> = [
  ['（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）', '条', '59'],
  ['2.政府网站公开政府信息数', '条', '40'],
  ['（一）收到申请数', '件', '3'],
  ['（二）申请办结数', '件', '2'],
  ['四、行政复议数量', '件', '0'],
  ['五、行政诉讼数量', '件', '1'],
]
const head = '界头镇2016年政府信息公开工作年度报告\n政府信息公开情况统计表\n统计指标 | 单位 | 统计数 |\n'
const expected = { proactive_total: 59, ch_web: 40, apps_new: 3, apps_total: 2, reconsideration_total: 0, litigation_total: 1 }

describe('the old statistics table, however flattened', () => {
  const shapes: Record<string, string> = {
    pipes: head + ROWS.map((r) => r.join(' | ') + ' |').join('\n'),
    cellPerLine: head + ROWS.map((r) => r.map((c) => c + ' |').join('\n')).join('\n'),
    tabs: head + ROWS.map((r) => r.join('\t')).join('\n'),
    blankLines: head + ROWS.map((r) => r.join('\n\n')).join('\n\n'),
  }
  for (const [shape, text] of Object.entries(shapes)) {
    it(shape, () => expect(parseReport(text, shape + '.txt').record).toMatchObject(expected))
  }

  it('an empty 统计数 cell states nothing', () => {
    const text = head + '四、行政复议数量 | 件 | |\n五、行政诉讼数量 | 件 | 0 |'
    const r = parseReport(text, 'blank.txt').record
    expect(r.reconsideration_total).toBeNull()
    expect(r.litigation_total).toBe(0)
  })
})

describe('older provincial rows', () => {
  it('行政复议数 / 行政诉讼数 / 对申请的答复数 / 受理依申请公开信息总数 / 主动公开信息数', () => {
    const text =
      '界头镇2011年政府信息公开工作年度报告\n政府信息公开情况统计表\n指标名称 | 计量单位 | 2011年度 |\n' +
      '主动公开信息数 | 条 | 120 |\n受理依申请公开信息总数 | 条 | 4 |\n对申请的答复数 | 条 | 4 |\n行政复议数 | 条 | 0 |\n行政诉讼数 | 条 | 0 |\n'
    expect(parseReport(text, 'prov.txt').record).toMatchObject({
      proactive_total: 120,
      apps_new: 4,
      apps_total: 4,
      reconsideration_total: 0,
      litigation_total: 0,
    })
  })

  it('申请办结数 wins over a later 申请答复数', () => {
    const text = head + '（二）申请办结数 | 件 | 5 |\n（三）申请答复数 | 件 | 4 |\n'
    expect(parseReport(text, 'both.txt').record.apps_total).toBe(5)
  })
})
