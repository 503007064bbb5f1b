import { describe, expect, it } from 'vitest'
import { parseReport } from '../../../src/parser/parseReport.ts'
import { certainCell, cutRow, narrowJointly, partsMakeTotal, readDigitRuns } from '../../../src/parser/tables/digitRuns.ts'

const values = (cuts: ReturnType<typeof cutRow>) => (cuts ?? []).map((c) => c.map((p) => p.value))

describe('digit runs: cells that ran together', () => {
  it('reads runs up to the next label and cuts off the next row’s glued item number', () => {
    const text = '1.属于国家秘密00000002.其他法律行政法规禁止公开 0000000'
    const r = readDigitRuns(text, text.indexOf('0'), text.length, 2)!
    expect(r.runs.map((x) => x.digits)).toEqual(['0000000'])
    // the expected item number is not there: not a clean row
    expect(readDigitRuns('数条17173.否决', 2, 12, 2)).toBeNull()
    // spaces that survived still separate cells
    expect(readDigitRuns('总计20 0 00 0 121（八）', 2, 30)!.runs.map((x) => x.digits)).toEqual(['20', '0', '00', '0', '121'])
  })

  it('a row cut so its six parts add up to 总计: one cut left is certain', () => {
    const runs = readDigitRuns('数量 713000074二、', 3, 20)!.runs
    expect(values(cutRow(runs, 7, partsMakeTotal))).toEqual([[71, 3, 0, 0, 0, 0, 74]])
    const spaced = readDigitRuns('20 0 00 0 121', 0, 20)!.runs
    expect(values(cutRow(spaced, 7, partsMakeTotal))).toEqual([[20, 0, 0, 0, 0, 1, 21]])
  })

  it('no leading zeros: `00` is two cells, `000000000000000` fifteen', () => {
    expect(values(cutRow([{ digits: '00', start: 0 }], 2))).toEqual([[0, 0]])
    expect(values(cutRow([{ digits: '0'.repeat(15), start: 0 }], 15))).toEqual([Array(15).fill(0)])
  })

  it('several cuts fit one row: no value unless all agree; rows narrowed together', () => {
    const run = [{ digits: '2121', start: 0 }]
    const parent = cutRow(run, 2, (v) => v[0] <= v[1])!
    expect(values(parent)).toEqual([
      [2, 121],
      [21, 21],
    ])
    expect(certainCell(parent, 0)).toBeNull()
    const child = cutRow([{ digits: '1717', start: 10 }], 2, (v) => v[0] <= v[1])!
    const twos = cutRow([{ digits: '44', start: 20 }], 2)!
    const [p, c] = narrowJointly([parent, child, twos], ([a, b, d]) => [0, 1].every((i) => a![i].value === b![i].value + d![i].value))
    expect(values(p)).toEqual([[21, 21]])
    expect(values(c)).toEqual([[17, 17]])
  })
})

const GLUED_2019 =
  '某某镇2020年政府信息公开工作年度报告 本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。' +
  '二、主动公开政府信息情况 第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购39573802895.90元' +
  '三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他' +
  '一、本年新收政府信息公开申请数量200 000121二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开130000114' +
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）3000003（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开00000003.危及“三安全一稳定”0000000' +
  '4.保护第三方合法权益00000005.属于三类内部事务信息00000006.属于四类过程性信息00000007.属于行政执法案卷00000008.属于行政查询事项0000000' +
  '（四）无法提供1.本机关不掌握相关政府信息40000042.没有现成信息需要另行制作00000003.补正后申请内容仍不明确0000000' +
  '（五）不予处理1.信访举报投诉类申请00000002.重复申请00000003.要求提供公开出版物00000004.无正当理由大量反复申请00000005.要求行政机关确认或重新出具已获取信息0000000' +
  '（六）其他处理0000000（七）总计20 0 00 0 121四、结转下年度继续办理 0 0 00 00 0 ' +
  '四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计101020000000000 五、存在的主要问题'

describe('a 2019 report whose tables ran together (archived page text)', () => {
  const { record, warnings } = parseReport(GLUED_2019, 'glued.txt')

  it('cuts the application rows with their identities', () => {
    expect(record).toMatchObject({ apps_new: 21, apps_natural_person: 20, apps_legal_entity: 1, apps_carried_in: 0 })
    expect(record).toMatchObject({
      apps_granted: 14,
      apps_partial: 3,
      apps_denied: 0,
      apps_unavailable: 4,
      apps_not_processed: 0,
      apps_other: 0,
    })
    expect(record).toMatchObject({ apps_total: 21, apps_carried_out: 0 })
  })

  it('cuts the 15 appeal numbers so each group adds up', () => {
    expect(record).toMatchObject({ reconsideration_total: 2, reconsideration_corrected: 0, litigation_total: 0 })
  })

  it('keeps the unit of a glued procurement cell but not its uncertain numbers', () => {
    expect(record.procurement_unit).toBe('元')
    expect(record.procurement_projects).toBeNull()
    expect(record.procurement_amount).toBeNull()
    expect(warnings.map((w) => w.code)).toContain('table_split_ambiguous')
  })

  it('leaves a row empty, with a warning, when no identity settles its cut', () => {
    const text = GLUED_2019.replace('（七）总计20 0 00 0 121', '（七）总计2121').replace(
      '一、本年新收政府信息公开申请数量200 000121',
      '一、本年新收政府信息公开申请数量',
    )
    const r = parseReport(text, 'ambiguous.txt')
    // 2121 → 2|1|2|1 … many seven-cell cuts of four digits? none: only 4 digits for 7 cells
    expect(r.record.apps_total).toBeNull()
  })
})

describe('an old statistics table with two value columns, run together', () => {
  const text =
    'XX县人民政府2012年政府信息公开工作年度报告\n2012年全县主动公开政府信息2026条。\n' +
    '附件1：XX县人民政府2012年政府信息公开情况统计表 指标名称计量单位2012年度历年累计主动公开信息数条20263542其中：1.网站公开条179533042.政府公报公开条07' +
    '受理依申请公开信息总数条2121其中：1.当面申请数条18182.传真申请数条003.电子邮件申请数条33对申请的答复数条2121其中：1.同意公开答复数条17172.同意部分公开答复数条223.否决公开答复数条22' +
    '行政复议数条00行政诉讼数条00行政申诉数条00'
  const { record } = parseReport(text, 'old.txt')

  it('sub-rows that add up settle the cut (21 | 21, not 2 | 121)', () => {
    expect(record).toMatchObject({ apps_new: 21, apps_total: 21, reconsideration_total: 0, litigation_total: 0 })
  })

  it('channels need not add up: a figure the report also states in words settles it', () => {
    expect(record.proactive_total).toBe(2026)
  })

  it('without that sentence the total stays empty (202 | 63542 fits as well), with a warning', () => {
    const r = parseReport(text.replace('2012年全县主动公开政府信息2026条。\n', ''), 'old2.txt')
    expect(r.record.proactive_total).toBeNull()
    expect(r.warnings.map((w) => w.code)).toContain('table_split_ambiguous')
  })
})

describe('a glued run cut off by the end of an excerpt', () => {
  it('is not cut into cells', () => {
    expect(readDigitRuns('（七）总计 7230000\uFFFD', 6, 20)).toBeNull()
    expect(readDigitRuns('（七）总计 723000075', 6, 20)!.runs[0].digits).toBe('723000075')
  })
})

describe('an old statistics table with one value column, run together', () => {
  it('each row’s digits up to the next label (and its glued item number) are its value', () => {
    const text =
      '界头镇2011年政府信息公开工作年度报告\n政府信息公开情况统计表 指标名称计量单位统计数主动公开信息数条126其中：1.网站公开条1002.政府公报公开条0' +
      '受理依申请公开信息总数条3对申请的答复数条3行政复议数条0行政诉讼数条1行政申诉数条0'
    expect(parseReport(text, 'one.txt').record).toMatchObject({
      proactive_total: 126,
      ch_web: 100,
      apps_new: 3,
      apps_total: 3,
      reconsideration_total: 0,
      litigation_total: 1,
    })
  })
})

describe('one row run together in a table otherwise separated', () => {
  it('is cut when certain; the rows around it are read as cells', () => {
    const text =
      '界头镇2020年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n' +
      '一、本年新收政府信息公开申请数量 | 9 | 1 | 0 | 0 | 0 | 0 | 10 |\n二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n' +
      '（一）予以公开 8100009\n（二）部分公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n（七）总计 91000010\n四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n'
    const r = parseReport(text, 'mixed.txt').record
    expect(r).toMatchObject({ apps_new: 10, apps_granted: 9, apps_partial: 1, apps_total: 10, apps_carried_out: 0 })
  })
})

describe('an old statistics table run together with the unit before each value', () => {
  // `条983.政务微博`: unit, value, then the next row's item number; heads and notes between rows
  const table =
    '附表:政府信息公开情况统计表(2016年度)统计指标单位统计数一、主动公开情况————(一)主动公开政府信息数(不同渠道和方式公开相同信息计1条)条156' +
    '其中:主动公开规范性文件数条0制发规范性文件总数件0(二)通过不同渠道和方式公开政府信息的情况————1.政府公报公开政府信息数条2.政府网站公开政府信息数条98' +
    '3.政务微博公开政府信息数条4.政务微信公开政府信息数条375.其他方式公开政府信息数条21二、回应解读情况————(一)回应公众关注热点或重大舆情数(不同方式回应同一热点或舆情计1次)次0' +
    '三、依申请公开情况————(一)收到申请数件21.当面申请数件22.传真申请数件0(二)申请办结数件2四、行政复议数量件0五、行政诉讼数量件0' +
    '八、机构建设和保障经费情况————(一)政府信息公开工作专门机构数个1(三)从事政府信息公开工作人员数人41.专职人员数(不包括政府公报及政府网站工作人员数)人12.兼职人员数人3'
  const text = '牛庄镇2016年政府信息公开工作年度报告 一、概述 我镇认真落实。 ' + table

  it('reads each value up to the next item number; a unit straight before an item number states nothing', () => {
    const r = parseReport(text, 'unitfirst.txt').record
    expect(r).toMatchObject({ proactive_total: 156, ch_web: 98, ch_weibo: null, ch_wechat: 37, ch_other: 21, apps_new: 2, apps_total: 2 })
    expect(r).toMatchObject({ reconsideration_total: 0, litigation_total: 0, staff_total: 4 })
  })

  it('a numbered row after a head is no child of the row before the head (17 does not bound 2681)', () => {
    const t = text
      .replace('制发规范性文件总数件0', '制发规范性文件总数件17')
      .replace('政府网站公开政府信息数条98', '政府网站公开政府信息数条2681')
    expect(parseReport(t, 'unitfirst2.txt').record.ch_web).toBe(2681)
  })
})
