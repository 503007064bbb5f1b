import { describe, expect, it } from 'vitest'
import { parseBody } from '../../../src/parser/body/parseBody.ts'
import { parseReport } from '../../../src/parser/parseReport.ts'
import { shortBodyName } from '../../../src/gazetteer/names.ts'
import { englishWarning } from '../../../src/i18n/warnings.ts'

type Row = Record<string, string | number | undefined>

function body(text: string): { row: Row; codes: string[]; messages: string[] } {
  const result = parseBody(text)
  return {
    row: Object.fromEntries(result.values.map((v) => [v.field, v.value])),
    codes: result.warnings.map((w) => w.code),
    messages: result.warnings.map(englishWarning),
  }
}

describe('the body name, stripped of its government words', () => {
  it('人民政府, 街道办事处, 办事处, 管委会 and a dangling 人民', () => {
    expect(shortBodyName('界头镇人民政府')).toBe('界头镇')
    expect(shortBodyName('昌岗街道办事处')).toBe('昌岗街道')
    expect(shortBodyName('平潭综合实验区管委会')).toBe('平潭综合实验区')
    expect(shortBodyName('苏州工业园区管理委员会')).toBe('苏州工业园区')
    expect(shortBodyName('张义镇人民')).toBe('张义镇')
    expect(shortBodyName('人民政府')).toBe('人民政府')
    expect(shortBodyName('人民')).toBe('人民')
  })

  it('`2008年XX镇人民政府信息公开工作年度报告`: the title words eat 政府, not the name', () => {
    expect(body('2008年界头镇人民政府信息公开工作年度报告\n').row).toMatchObject({ township: '界头镇', county: '腾冲市' })
  })

  it('XX镇人民政府2019年…, XX街道办事处关于2020年度…的报告, XX乡2015年度政务公开工作报告', () => {
    expect(body('界头镇人民政府2019年政府信息公开工作年度报告\n').row.township).toBe('界头镇')
    expect(body('昌岗街道办事处关于2020年度政府信息公开工作的报告\n').row).toMatchObject({ township: '昌岗街道', county: '海珠区' })
    expect(body('一拉溪镇2015年度政务公开工作报告\n').row).toMatchObject({ township: '一拉溪镇', county: '永吉县' })
  })

  it('a zone named after its county keeps its whole name and takes that county', () => {
    const { row } = body('平潭综合实验区2020年政府信息公开工作年度报告\n')
    expect(row).toMatchObject({ township: '平潭综合实验区', county: '平潭县', prefecture: '福州市', province: '福建省' })
  })

  it('title after page chrome (breadcrumbs, 日期/字体/分享 lines)', () => {
    const text =
      '首页 > 政务公开 > 政府信息公开年报\n发布日期:2020-01-15 字体:[大 中 小] 分享到:\n界头镇2019年政府信息公开工作年度报告\n一、总体情况\n'
    expect(body(text).row).toMatchObject({ township: '界头镇', county: '腾冲市' })
  })
})

describe('a body named only in the text', () => {
  it('a township named once, mid-text, under a name renamed since (南薰乡 → 南薰镇)', () => {
    const lead = '根据《条例》要求,现将我乡2014年政府信息公开工作报告公开如下。\n' + '一、概述\n我乡认真落实各项要求。\n'.repeat(60)
    const { row, codes } = body(lead + '2014年,南薰乡未收取任何政府信息公开费用。\n')
    expect(row).toMatchObject({ township: '南薰乡', county: '安岳县', prefecture: '资阳市', province: '四川省' })
    expect(codes).toContain('township_renamed')
  })

  it('a stem inside a longer word is not a township (`城乡`, `返乡`)', () => {
    const lead = '一、概述\n我乡认真落实各项要求。\n'.repeat(60)
    expect(body(lead + '推进城乡建设,做好返乡人员服务。\n').row.township).toBeUndefined()
  })
})

describe('same-named townships: the region only when the text decides it', () => {
  it('兴华乡 (2 places) with nothing naming a county: region empty, region_ambiguous lists the candidates', () => {
    const { row, codes, messages } = body('兴华乡2010年政府信息公开报告\n全乡累计主动公开政府信息65条。\n')
    expect(row.township).toBe('兴华乡')
    expect(row.province).toBeUndefined()
    expect(row.prefecture).toBeUndefined()
    expect(row.county).toBeUndefined()
    expect(codes).toContain('region_ambiguous')
    const message = messages[codes.indexOf('region_ambiguous')]
    expect(message).toContain('拜泉县')
    expect(message).toContain('呼玛县')
  })

  it('the text names the county of a township renamed since (兴华乡 of 梅河口市, now 兴华镇): that one, with a warning', () => {
    const { row, codes } = body('兴华乡2010年政府信息公开报告\n按照梅河口市要求,全乡累计主动公开政府信息65条。\n')
    expect(row).toMatchObject({ township: '兴华乡', county: '梅河口市', prefecture: '通化市', province: '吉林省' })
    expect(codes).toContain('township_renamed')
  })

  it('a unique name stays where it is when the text names another county and no township of its stem lies there', () => {
    expect(body('界头镇2019年政府信息公开工作年度报告\n学习梅河口市经验。\n').row).toMatchObject({ county: '腾冲市' })
  })

  it('a county named far down the text (an address) decides it', () => {
    const filler = '我乡认真落实各项要求,扎实推进政务公开工作。\n'.repeat(200)
    const text = '兴华乡2010年政府信息公开报告\n' + filler + '联系地址:拜泉县兴华乡人民政府\n' + filler
    expect(body(text).row).toMatchObject({ county: '拜泉县', prefecture: '齐齐哈尔市', province: '黑龙江省' })
  })
})

describe('the year', () => {
  const year = (text: string) => parseReport(text, 'y.txt').record.year
  const codes = (text: string) => parseReport(text, 'y.txt').record.warnings

  it('a space before 年, and a title wrapped over two lines', () => {
    expect(year('2024 年上海市科委政府信息公开工作\n年度报告\n根据要求…')).toBe(2024)
    expect(year('界头镇2019 年度政府信息公开\n工作年度报告\n')).toBe(2019)
    expect(year('界头镇2019年政府信息\n公开工作年度报告\n')).toBe(2019)
  })

  it('Chinese numerals', () => {
    expect(year('界头镇二〇二〇年政府信息公开工作年度报告\n')).toBe(2020)
    expect(year('界头镇二○一八年度政务公开工作报告\n')).toBe(2018)
  })

  it('the statistics period with 为 / 时间段 / 周期, or a calendar-year range anywhere', () => {
    expect(year('一、基本情况\n本报告中所列数据的统计期限为2020年1月1日至2020年12月31日。')).toBe(2020)
    expect(year('一、概况\n本报告所列数据的统计时间段为2020年1月1日至2020年12月31日。')).toBe(2020)
    expect(year('数据的统计周期\n为 2024 年 1 月 1 日至 12 月 31 日。')).toBe(2024)
    expect(year('一、概况\n2019年1月1日至2019年12月31日,我镇共公开信息50条。')).toBe(2019)
  })

  it('the year most sentences open with, with a warning; a later year (plans) is not taken', () => {
    const text = '一、总体情况\n2019年,新华街道高度重视。\n1.主动公开\n2019年主动公开政府信息696条。\n2020年,我们将进一步加强。\n'
    expect(year(text)).toBe(2019)
    expect(codes(text)).toContain('year_from_text')
  })
})

describe('the year: what is not the report year', () => {
  const year = (text: string) => parseReport(text, 'y.txt').record.year
  it('a publication date line above the title', () => {
    expect(year('发布日期:2020年1月15日 分享到:\n界头镇2019年政府信息公开工作年度报告\n')).toBe(2019)
  })
  it('`2008年以来` and a year range do not open a sentence with the report year', () => {
    const text = '一、总体情况\n2008年以来,我镇认真落实条例。\n2008年至今共公开信息。\n2016年,我镇主动公开信息50条。\n'
    expect(year(text)).toBe(2016)
  })
})

describe('a county or province written before the township name holds', () => {
  it('`梅河口市兴华乡`: every 兴华乡 lies elsewhere, the one of its stem under 梅河口市 is it', () => {
    expect(body('梅河口市兴华乡2010年政府信息公开报告\n').row).toMatchObject({ township: '兴华乡', county: '梅河口市', province: '吉林省' })
  })
  it('a township the table lacks under the written county takes that county, with a warning', () => {
    const { row, codes } = body('梅河口市界头镇2010年政府信息公开报告\n')
    expect(row).toMatchObject({ county: '梅河口市', province: '吉林省' })
    expect(codes).toContain('township_not_in_gazetteer')
  })
  it('`吉林省兴华乡`: still two places of that stem in 吉林省, so only the province', () => {
    const { row, codes } = body('吉林省兴华乡2010年政府信息公开报告\n')
    expect(row.province).toBe('吉林省')
    expect(row.county).toBeUndefined()
    expect(codes).toContain('region_ambiguous')
  })
})

describe('a title prefixed with an autonomous prefecture written short (`湘西州`, `延边州`)', () => {
  it('湘西州凤凰县沱江镇: the body is the township, the region resolved', () => {
    const { row } = body('湘西州凤凰县沱江镇2024年政府信息公开工作年度报告\n一、总体情况\n')
    expect(row).toMatchObject({ township: '沱江镇', county: '凤凰县', prefecture: '湘西土家族苗族自治州', province: '湖南省' })
  })

  it('延边州安图县二道白河镇', () => {
    const { row } = body('延边州安图县二道白河镇2019年政府信息公开工作年度报告\n')
    expect(row).toMatchObject({ township: '二道白河镇', county: '安图县', prefecture: '延边朝鲜族自治州', province: '吉林省' })
  })
})

describe('a township named alone in the title, its county written onto its name in the text', () => {
  const title = '周庄镇2013年政府信息公开工作年度报告\n'
  it('a 填报单位 line (`昆山市周庄镇人民政府`) decides among the same-named places', () => {
    const { row } = body(title + '一、概述\n我镇认真落实。\n填报单位(盖章):昆山市周庄镇人民政府\n')
    expect(row).toMatchObject({ township: '周庄镇', county: '昆山市', prefecture: '苏州市', province: '江苏省' })
  })

  it('a sentence (`由昆山市周庄镇人民政府编制`) decides too', () => {
    const { row } = body(title + '本报告根据《条例》要求,由昆山市周庄镇人民政府编制。\n')
    expect(row).toMatchObject({ county: '昆山市', province: '江苏省' })
  })

  it("a footer's 主办单位 county not joined onto the name does not decide", () => {
    const { row, codes } = body(title + '我镇认真落实。\n主办单位:昆山市人民政府\n')
    expect(row.township).toBe('周庄镇')
    expect(row.county).toBeUndefined()
    expect(codes).toContain('region_ambiguous')
  })

  it('two written forms under different counties decide nothing', () => {
    const { row, codes } = body(title + '昆山市周庄镇与太仓市周庄镇开展交流。\n')
    expect(row.county).toBeUndefined()
    expect(codes).toContain('region_ambiguous')
  })
})
