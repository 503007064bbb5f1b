import { describe, expect, it } from 'vitest'
import { parseReport } from '../../src/parser/parseReport.ts'
import { parseNumber } from '../../src/parser/numbers.ts'

/** One sentence (or a few) per phrase family the parser must read, as reports write them. */
const parse = (body: string) => parseReport(`某某镇2018年政府信息公开工作年度报告\n${body}`, 'phrase.txt').record

describe('parseNumber(token)', () => {
  it.each([
    ['1149', 1149],
    ['1,149', 1149],
    ['92余', 92],
    ['一千一百四十九', 1149],
    ['两', 2],
    ['十二', 12],
    ['二〇一八', 2018],
    ['零', 0],
    ['+461', 461],
    ['12.5', 12.5],
    ['abc', null],
  ])('reads %s as %s', (token, value) => expect(parseNumber(token)).toBe(value))
})

describe('parseReport: totals and channels in prose', () => {
  it('reads a total with 余 and full-width digits', () => {
    expect(parse('全年主动公开政府信息１２３余条。').proactive_total).toBe(123)
  })
  it('reads a total in Chinese numerals', () => {
    expect(parse('全镇主动公开政府信息一千一百四十九条。').proactive_total).toBe(1149)
  })
  it('gives a count to the channel named just before it', () => {
    const r = parse('通过政府门户网站发布信息31条、“微某某公众号”发布信息138条、通过公示公告栏等途径发布信息861条，政务微博发布12条。')
    expect([r.ch_web, r.ch_wechat, r.ch_bulletin, r.ch_weibo]).toEqual([31, 138, 861, 12])
  })
  it('gives a count after a list of channels to none of them', () => {
    const r = parse('通过政府网站、微信公众号、公开栏等方式公开信息350条。')
    expect([r.ch_web, r.ch_wechat, r.ch_bulletin]).toEqual([null, null, null])
  })
  it('does not take 网络 for the website when the website has its own count, nor a news site', () => {
    const r = parse('在网络上公布766条，在《某某新闻网》发表文章112篇。其中在门户网上发布284条。')
    expect(r.ch_web).toBe(284)
    expect(parse('在《某某新闻网》发表文章112篇。').ch_web).toBeNull()
  })
  it('takes 网上 for the website, with a warning, when nothing names the website', () => {
    const { record, warnings } = parseReport('某某镇2018年政府信息公开工作年度报告\n其中，网上公开信息20条，所占比例为30%。', 'x.txt')
    expect(record.ch_web).toBe(20)
    expect(warnings.map((w) => w.code)).toContain('channel_broad_word')
  })
  it('does not count responses or interpretations as channel output', () => {
    expect(parse('微博微信回应解读事件23次。').ch_weibo).toBeNull()
  })
  it('names channels without counts as not stated', () => {
    const r = parse('通过政府门户网站、微信公众平台及公示栏等方式公开政府信息。累计主动公开政府信息350条，其中业务类信息25条。')
    expect(r.proactive_total).toBe(350)
    expect([r.ch_web, r.ch_wechat, r.ch_bulletin]).toEqual([null, null, null])
  })
})

describe('parseReport: applications and appeals in prose', () => {
  it('reads a statement of no applications as 0', () => {
    expect(parse('本年度我镇未收到政府信息公开申请。').apps_new).toBe(0)
    expect(parse('未收到依申请公开政府信息事项。').apps_new).toBe(0)
  })
  it('reads a count of applications', () => {
    expect(parse('全年共收到政府信息公开申请3件，均已按时答复。').apps_new).toBe(3)
  })
  it('reads statements of no reconsideration or lawsuit as 0', () => {
    const r = parse('本年度没有因政府信息公开被申请行政复议、被提起行政诉讼的情况。')
    expect([r.reconsideration_total, r.litigation_total]).toEqual([0, 0])
  })
  it('does not read the right to appeal as a zero', () => {
    const r = parse('公民认为行政机关未依法履行政府信息公开义务的，可以依法申请行政复议或者提起行政诉讼。')
    expect([r.reconsideration_total, r.litigation_total]).toEqual([null, null])
  })
  it('leaves everything unstated when the report says nothing', () => {
    const r = parse('本镇认真贯彻落实条例，扎实推进政务公开工作。')
    for (const f of [
      'proactive_total',
      'ch_web',
      'apps_new',
      'apps_total',
      'reconsideration_total',
      'litigation_total',
      'staff_total',
    ] as const)
      expect(r[f]).toBeNull()
  })
})

describe('parseReport: year and dates', () => {
  it('takes the year the report covers, not the publication year', () => {
    const r = parseReport('发布日期：2019-01-16\n某某镇2018年度政府信息公开工作年度报告\n正文', 'x.txt').record
    expect(r.year).toBe(2018)
    expect(r.published).toBe('2019-01-16')
  })
  it('reads a statistics period with lost characters', () => {
    expect(parseReport('报告\n本报告中所列数据的统计时限自 2018 1 1 2018 12 31', 'x.txt').record.year).toBe(2018)
  })
  it('falls back to the year before the date, with a warning', () => {
    const { record, warnings } = parseReport('政府信息公开工作报告\n正文\n某某镇人民政府\n2019年2月28日', 'x.txt')
    expect(record.year).toBe(2018)
    expect(warnings.map((w) => w.code)).toContain('year_from_date')
  })
  it('reads traditional characters', () => {
    const r = parseReport('某某鎮2018年政府資訊公開工作年度報告\n全年主動公開政府信息56條。', 'x.txt').record
    expect(r.year).toBe(2018)
    expect(r.proactive_total).toBe(56)
  })
})

describe('parseReport: warnings', () => {
  it('flags a procurement amount with no unit', () => {
    const { record, warnings } = parseReport(
      '某某镇2019年政府信息公开工作年度报告\n第二十条第（九）项 |\n信息内容 |\n采购项目数量 |\n采购总金额 |\n政府集中采购 |\n31 |\n125817 |\n',
      'x.txt',
    )
    expect(record.procurement_amount).toBe(125817)
    expect(record.procurement_unit).toBeNull()
    expect(warnings.map((w) => w.code)).toContain('amount_without_unit')
  })
  it('flags the application identity when it does not hold', () => {
    const text =
      '某某镇2019年政府信息公开工作年度报告\n一、本年新收政府信息公开申请数量 1 0 0 0 0 0 5\n二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n（七）总计 1 0 0 0 0 0 4\n四、结转下年度继续办理 0 0 0 0 0 0 0\n'
    expect(parseReport(text, 'x.txt').warnings.map((w) => w.code)).toContain('apps_identity')
  })
  it('flags the same field stated twice with different numbers', () => {
    const { warnings } = parseReport(
      '某某镇2018年政府信息公开工作年度报告\n全年主动公开政府信息56条。另统计，全年主动公开政府信息58条。',
      'x.txt',
    )
    expect(warnings.map((w) => w.code)).toContain('conflicting_values')
  })
})

describe('parseReport: more ways of writing counts', () => {
  it('reads 1.2万条 as 12000', () => {
    expect(parse('全年通过政府门户网站发布各类信息1.2万条。').ch_web).toBe(12000)
  })
  it('reads 受理依申请公开N件', () => {
    expect(parse('本年度受理依申请公开3件，均按时答复。').apps_new).toBe(3)
  })
  it('does not take a 2018 prose mention of 政府集中采购 for the 2019 template', () => {
    expect(parse('本年度政府集中采购工作有序推进。').template).toBe('pre-2019')
  })
})

describe('parseReport: lists, staff and signatures', () => {
  it('takes a count after a list of channels as the total, not as a channel', () => {
    const r = parse('全年通过政府网站、政务微信等平台发布信息1,250条。')
    expect(r.proactive_total).toBe(1250)
    expect([r.ch_web, r.ch_wechat]).toEqual([null, null])
  })
  it('prefers an explicit total over a list total', () => {
    expect(parse('通过政府网站、微信等渠道发布信息300条。全年主动公开政府信息320条。').proactive_total).toBe(320)
  })
  it('reads staff from 配备…工作人员N名', () => {
    expect(parse('我镇配备政务公开工作人员2名，其中专职1名，兼职1名。').staff_total).toBe(2)
  })
  it('reads 行政复议、行政诉讼均为0 as two zeros', () => {
    const r = parse('四、政府信息公开行政复议、行政诉讼情况\n行政复议、行政诉讼均为0。')
    expect([r.reconsideration_total, r.litigation_total]).toEqual([0, 0])
  })
  it('reads a year in Chinese numerals in the signature, not a date in the text', () => {
    const r = parseReport(
      '周湾镇2021年政府信息公开工作年度报告\n统计期限为2021年1月1日至2021年12月31日。\n周湾镇人民政府\n二〇二二年一月二十日',
      'x.txt',
    ).record
    expect(r.published).toBe('2022-01-20')
  })
  it('reads 各类信息 in Chinese numerals as the total', () => {
    expect(parse('全年主动公开各类信息二百三十五条。').proactive_total).toBe(235)
  })
})

describe('parseReport: cases the synthetic corpus found', () => {
  it('reads a zero statement with a long subject between 收到 and 申请', () => {
    expect(parse('2017年，我镇没有收到公民、法人或其他组织提出的政府信息公开申请。').apps_new).toBe(0)
  })
  it.each([
    ['全年发布政策解读12篇。', 12],
    ['围绕重要政策开展政策解读3次。', 3],
    ['发布政策解读材料5篇，便于群众理解政策。', 5],
  ])('reads interpretations in %s', (sentence, value) => expect(parse(sentence).interpretations).toBe(value))
  it('does not read 微博微信回应解读事件 as interpretations', () => {
    expect(parse('微博微信回应解读事件23次。').interpretations).toBeNull()
  })
  it('reads 专职1人、兼职4人 without 人员', () => {
    const r = parse('从事政府信息公开工作人员5人，其中专职1人、兼职4人。')
    expect([r.staff_total, r.staff_fulltime, r.staff_parttime]).toEqual([5, 1, 4])
  })
  it('keeps empty cells of tab-separated rows in their columns', () => {
    const text =
      '某某镇2020年政府信息公开工作年度报告\n第二十条第（一）项\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n规章\t\t0\t0\n规范性文件\t0\t\t3\n第二十条第（五）项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政许可\t12\t4\t\n第二十条第（九）项\n信息内容\t采购项目数量\t采购总金额(万元)\n政府集中采购\t\t541\n'
    const r = parseReport(text, 'tabs.txt').record
    expect([r.rules_made, r.normative_made, r.normative_valid]).toEqual([null, 0, 3])
    expect(r.licensing).toBeNull()
    expect([r.procurement_projects, r.procurement_amount, r.procurement_unit]).toEqual([null, 541, '万元'])
  })
  it('reads a markdown appeals row under header rows padded with empty cells', () => {
    const text =
      '某某镇2020年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |\n| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |  |  |  |  |  |\n| 0 | 1 | 0 | 1 | 2 | 0 | 0 | 1 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |\n'
    const r = parseReport(text, 'md.txt').record
    expect([r.reconsideration_total, r.reconsideration_corrected, r.litigation_total, r.litigation_corrected]).toEqual([2, 1, 1, 0])
  })
})

describe('parseReport: applications split in prose', () => {
  it('reads 新收 and 上年结转 counts', () => {
    const r = parse('全年共办理政府信息公开申请15件，其中新收申请13件，上年结转2件。')
    expect([r.apps_new, r.apps_carried_in]).toEqual([13, 2])
  })
  it('reads channel counts listed after a total', () => {
    const r = parse(
      '全年共主动公开政府信息12,345条，其中政府网站公开10,000条、政务微博公开1,200条、政务微信公开1,145条，通过政府公报公开政府信息56条。',
    )
    expect([r.proactive_total, r.ch_web, r.ch_weibo, r.ch_wechat, r.ch_gazette]).toEqual([12345, 10000, 1200, 1145, 56])
  })
})

describe('parseReport: totals introduced by 共', () => {
  it('reads 共公开政府信息N条 as the total', () => expect(parse('2019年，全镇共公开政府信息350条。').proactive_total).toBe(350))
  it('does not take a sector count for the total', () => {
    expect(parse('本年度共公开重点领域信息284条。').proactive_total).toBeNull()
    expect(parse('共公开社会公益事业建设领域政府信息49条。').proactive_total).toBeNull()
  })
})
