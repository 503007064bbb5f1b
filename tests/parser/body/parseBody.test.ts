import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseBody, type BodyResult } from '../../../src/parser/body/parseBody.ts'
import { normalizeText } from '../../../src/parser/normalizeText.ts'
import { englishWarning, parseWarningText } from '../../../src/i18n/warnings.ts'
import { MESSAGES } from '../../../src/i18n/index.ts'

type Row = Record<string, string | number | undefined>

function fields(result: BodyResult): Row {
  return Object.fromEntries(result.values.map((v) => [v.field, v.value]))
}

function body(text: string): { row: Row; codes: string[]; result: BodyResult } {
  const result = parseBody(text)
  return { row: fields(result), codes: result.warnings.map((w) => w.code), result }
}

/** The text each field's evidence points at. */
function evidence(text: string, result: BodyResult): Record<string, string> {
  return Object.fromEntries(result.values.map((v) => [v.field, text.slice(v.start, v.end)]))
}

describe('where the body is named', () => {
  it('title: name before the year', () => {
    const text = '界头镇2018年度政府信息公开年度报告\n\n一、概述\n'
    const { row } = body(text)
    expect(row).toMatchObject({ township: '界头镇', level: 'township', county: '腾冲市', prefecture: '保山市', province: '云南省' })
    expect(row.adcode).toBe('530581106000')
  })

  it('title: name after the year, 人民政府 dropped', () => {
    const { row } = body('2018年一拉溪镇人民政府政府信息公开工作年度报告\n')
    expect(row).toMatchObject({ township: '一拉溪镇', county: '永吉县', prefecture: '吉林市', province: '吉林省' })
  })

  it('title: 关于 … 的报告', () => {
    expect(body('界头镇人民政府关于2018年度政府信息公开工作的报告\n').row.township).toBe('界头镇')
    expect(body('关于界头镇2018年度政府信息公开工作情况的报告\n').row.township).toBe('界头镇')
  })

  it('organisation line above a title that has no name', () => {
    const text = '\n   \n泉阳镇人民政府\n\n2018年政府信息公开年度报告\n2018年泉阳镇人民政府认真贯彻落实县政府关于政务公开的规定。'
    const { row, result } = body(text)
    expect(row.township).toBe('泉阳镇')
    expect(evidence(text, result).township).toBe('泉阳镇')
  })

  it('发布机构 gives the name and its county', () => {
    const text = '索引号 01526087-6-/2019-0116001 发布机构 腾冲市界头镇\n公开目录 政府信息公开报告 发布日期 2019-01-16\n'
    const { row, result } = body(text)
    expect(row).toMatchObject({ township: '界头镇', county: '腾冲市' })
    expect(evidence(text, result).county).toBe('腾冲市')
  })

  it('a title without the suffix is completed from 填报单位', () => {
    const text =
      '金塘2018年度政府信息公开工作年度总结报告\n发布时间:2019-01-16\n\n今年以来,按照浙江省要求……\n\n' +
      '政府信息公开情况统计表\n填报单位(盖章):金塘镇       \n'
    const { row, codes } = body(text)
    expect(row).toMatchObject({ township: '金塘镇', county: '定海区', prefecture: '舟山市', province: '浙江省' })
    expect(codes).toEqual([])
  })

  it('signature at the end when the title names no body', () => {
    const text = '2019年政府信息公开工作年度报告\n一、总体情况\n本镇认真落实条例。\n\n\n一拉溪镇人民政府\n2020年1月10日\n'
    expect(body(text).row).toMatchObject({ township: '一拉溪镇', county: '永吉县' })
  })

  it('signature followed by attachments', () => {
    const text =
      '2019年政府信息公开工作年度报告\n一、总体情况\n本镇认真落实条例。\n\n一拉溪镇人民政府\n2020年1月10日\n\n附件:\n政府信息公开情况统计表\n' +
      '统计指标 单位 统计数\n'.repeat(30)
    expect(body(text).row).toMatchObject({ township: '一拉溪镇', county: '永吉县' })
  })

  it('phrase in the body text: 结合XX镇实际', () => {
    const text =
      '根据《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》,博乐市关于政务公开的规定,' +
      '结合乌图布拉格镇实际,现将2019年政府信息公开报告如下:\n一、总体情况\n'
    const { row } = body(text)
    expect(row).toMatchObject({
      township: '乌图布拉格镇',
      county: '博乐市',
      prefecture: '博尔塔拉蒙古自治州',
      province: '新疆维吾尔自治区',
    })
  })

  it('a township named in the head is the fallback', () => {
    const text = '二〇一九年度工作情况\n2019年度,乌图布拉格镇按照条例要求开展工作。乌图布拉格镇政务公开……'
    expect(body(text).row.township).toBe('乌图布拉格镇')
  })

  it('a parent government in the page header does not displace the township that signs', () => {
    const text = '永吉县人民政府\n2019年政府信息公开工作年度报告\n一、总体情况\n本镇认真落实。\n\n一拉溪镇人民政府\n2020年1月10日'
    expect(body(text).row).toMatchObject({ township: '一拉溪镇', level: 'township', county: '永吉县' })
  })

  it('XX街道办事处 → XX街道; 直辖市: prefecture is the municipality', () => {
    const { row } = body('东华门街道办事处2023年政府信息公开工作年度报告\n')
    expect(row).toMatchObject({ township: '东华门街道', county: '东城区', prefecture: '北京市', province: '北京市' })
  })

  it('省直辖县级行政区划: prefecture empty', () => {
    const { row } = body('拖市镇2020年政务公开工作年度报告\n')
    expect(row).toMatchObject({ township: '拖市镇', county: '天门市', province: '湖北省' })
    expect(row.prefecture).toBeUndefined()
  })

  it('towns directly under 东莞: county empty', () => {
    const { row } = body('虎门镇2022年政府信息公开工作年度报告\n')
    expect(row).toMatchObject({ township: '虎门镇', prefecture: '东莞市', province: '广东省' })
    expect(row.county).toBeUndefined()
  })
})

describe('same-named townships', () => {
  const title = '金塘镇2018年政府信息公开工作年度报告\n一、概述\n'

  it('金塘镇 ×4 with no clue: region empty, warning names the candidates', () => {
    const { row, codes, result } = body(title + '2018年,金塘镇认真贯彻落实条例。')
    expect(row.township).toBe('金塘镇')
    expect(row.county).toBeUndefined()
    expect(row.prefecture).toBeUndefined()
    expect(row.province).toBeUndefined()
    expect(row.adcode).toBeUndefined()
    expect(codes).toContain('region_ambiguous')
    const w = result.warnings.find((x) => x.code === 'region_ambiguous')!
    expect(w.params).toMatchObject({ name: '金塘镇', count: 4 })
    for (const text of [englishWarning(w), parseWarningText(w, MESSAGES['zh-CN'], 'zh-CN')]) {
      for (const county of ['定海区', '崇阳县', '茂南区', '巧家县']) expect(text).toContain(county)
    }
  })

  it('金塘镇 resolved by a 舟山 mention (short form)', () => {
    const text = title + '2018年,金塘镇按照舟山新区要求,认真贯彻落实条例。'
    const { row, codes, result } = body(text)
    expect(row).toMatchObject({ county: '定海区', prefecture: '舟山市', province: '浙江省', adcode: '330902100000' })
    expect(codes).toEqual([])
    expect(evidence(text, result).prefecture).toBe('舟山')
  })

  it('金塘镇 resolved by its county or province', () => {
    expect(body(title + '崇阳县金塘镇2018年认真落实条例。').row.prefecture).toBe('咸宁市')
    expect(body(title + '按照云南省政务公开要点,金塘镇认真落实条例。').row.county).toBe('巧家县')
  })

  it('县政府 in the text picks the township in a 县 (泉阳镇 → 抚松县, not 界首市)', () => {
    const text = '泉阳镇人民政府\n\n2018年政府信息公开年度报告\n2018年泉阳镇人民政府认真贯彻落实县政府关于政务公开的各项政策规定。'
    const { row, codes, result } = body(text)
    expect(row).toMatchObject({ township: '泉阳镇', county: '抚松县', prefecture: '白山市', province: '吉林省' })
    expect(codes).toEqual([])
    expect(evidence(text, result).county).toBe('县政府')
  })

  it('县级以上 is not a 县 hint', () => {
    const text = '泉阳镇2018年政府信息公开年度报告\n根据县级以上人民政府的规定,泉阳镇认真落实。'
    expect(body(text).codes).toContain('region_ambiguous')
  })

  it('县政务公开 also counts, and a 县 hint leaves 城关镇 ambiguous among its many 县', () => {
    const { codes } = body('城关镇2020年政府信息公开工作年度报告\n按照县政务公开办要求,城关镇认真落实。')
    expect(codes).toContain('region_ambiguous')
  })

  it('ambiguous: a province the text names is reported, nothing below it', () => {
    const { row, codes } = body('城关镇2020年政府信息公开工作年度报告\n按照甘肃省要求,城关镇认真落实。')
    expect(codes).toContain('region_ambiguous')
    expect(row.province).toBe('甘肃省')
    expect(row.county).toBeUndefined()
  })

  it('a county written before the township decides (腾冲市界头镇-style prefix)', () => {
    const { row } = body('舟山市定海区金塘镇2018年政府信息公开工作年度报告\n')
    expect(row).toMatchObject({ township: '金塘镇', county: '定海区', prefecture: '舟山市' })
  })
})

describe('renamed townships', () => {
  it('XX乡 found as XX镇 by stem, with a warning', () => {
    const text = '一拉溪乡2014年政府信息公开工作年度报告\n2014年,一拉溪乡按照永吉县政务公开相关文件精神推进工作。'
    const { row, codes } = body(text)
    expect(row).toMatchObject({ township: '一拉溪乡', level: 'township', county: '永吉县', prefecture: '吉林市', province: '吉林省' })
    expect(codes).toContain('township_renamed')
  })

  it('a name unknown to the gazetteer keeps the county written before it', () => {
    const { row, codes } = body('腾冲市不存在乡2018年政府信息公开工作年度报告\n')
    expect(row).toMatchObject({ township: '不存在乡', level: 'township', county: '腾冲市', prefecture: '保山市', province: '云南省' })
    expect(row.adcode).toBeUndefined()
    expect(codes).toContain('township_not_in_gazetteer')
  })
})

describe('title shapes', () => {
  it('a space between the name and the year, or after a leading year', () => {
    expect(body('界头镇 2018年度政府信息公开年度报告\n').row.township).toBe('界头镇')
    expect(body('2018年 界头镇人民政府政府信息公开年度报告\n').row.township).toBe('界头镇')
  })

  it('a title broken over two lines', () => {
    expect(body('首页\n界头镇2018年度政府信息公开工作\n年度报告\n').row.township).toBe('界头镇')
  })

  it('web page headers: metadata table, breadcrumb, page title with the site name', () => {
    const meta =
      '索引号: 11220221/2020-00012  信息分类: 政府信息公开年报\n发布机构: 永吉县人民政府办公室  生成日期: 2020-01-20\n' +
      '名称: 一拉溪镇2019年政府信息公开工作年度报告  文号:   主题词:\n正文……'
    expect(body(meta).row).toMatchObject({ township: '一拉溪镇', county: '永吉县' })
    const crumb = '当前位置:首页>政府信息公开>政府信息公开年报>一拉溪镇2019年政府信息公开工作年度报告\n正文'
    expect(body(crumb).row.township).toBe('一拉溪镇')
    const page = '一拉溪镇2019年政府信息公开工作年度报告_永吉县人民政府门户网站\n正文'
    expect(body(page).row.township).toBe('一拉溪镇')
  })

  it('office words and table cells at the end are not a signature', () => {
    const text = '2019年政府信息公开工作年度报告\n正文。\n\n信息公开办\n\n填报人\n\n一拉溪镇人民政府\n2020年1月\n\n信息公开办\n社区\n'
    expect(body(text).row.township).toBe('一拉溪镇')
  })

  it('names the gazetteer knows are kept even when they look generic, and rare characters are kept', () => {
    expect(body('全福街道2019年政府信息公开工作年度报告\n在济南市委领导下').row).toMatchObject({ township: '全福街道', county: '历城区' })
    expect(body('各莫镇2019年政府信息公开工作年度报告\n').row).toMatchObject({ township: '各莫镇', county: '阿坝县' })
    expect(body('大平台乡2019年政府信息公开工作年度报告\n').row).toMatchObject({ township: '大平台乡', county: '广宗县' })
    expect(body('长沙县㮾梨街道2019年政府信息公开工作年度报告\n').row).toMatchObject({ township: '㮾梨街道', county: '长沙县' })
  })

  it('a prefecture named with 政务公开 is no 市 hint (城关镇 in 安康市 stays ambiguous)', () => {
    const { codes, row } = body('城关镇2019年政府信息公开工作年度报告\n按照安康市政务公开要点要求,城关镇推进工作。')
    expect(codes).toContain('region_ambiguous')
    expect(row.prefecture).toBe('安康市')
  })

  it('prose that mentions 公开 and 报告 is not a title', () => {
    const text = '本报告由一拉溪镇政务公开办编制\n2019年政府信息公开工作年度报告\n正文\n\n一拉溪镇人民政府\n2020年1月10日'
    expect(body(text).row.township).toBe('一拉溪镇')
  })

  it('a site name (门户网站) is never the body', () => {
    const text = '腾冲市人民政府门户网站\n2018年政府信息公开年度报告\n正文\n\n界头镇人民政府\n2019年1月'
    expect(body(text).row).toMatchObject({ township: '界头镇', county: '腾冲市' })
  })

  it('a county under its former name (撤县设市 / 撤县设区)', () => {
    const town = body('腾冲县界头镇2014年政府信息公开工作年度报告\n')
    expect(town.row).toMatchObject({ township: '界头镇', county: '腾冲市', prefecture: '保山市' })
    const county = body('洪泽县人民政府2015年政府信息公开工作年度报告\n')
    expect(county.row).toMatchObject({ township: '洪泽县', level: 'county', county: '洪泽区', prefecture: '淮安市' })
    expect(county.codes).toContain('county_renamed')
  })
})

describe('county, prefecture, province and department reports', () => {
  it('a county government with its name between two division names; its office is a department', () => {
    expect(body('永吉县人民政府一拉溪镇2019年政府信息公开工作年度报告\n').row).toMatchObject({
      township: '一拉溪镇',
      level: 'township',
      county: '永吉县',
    })
    expect(body('永吉县人民政府办公室2019年政府信息公开工作年度报告\n').row).toMatchObject({
      township: '永吉县人民政府办公室',
      level: 'department',
      county: '永吉县',
    })
  })

  it('a department whose region is named inside its name', () => {
    expect(body('国家税务总局永吉县税务局2019年政府信息公开工作年度报告\n').row).toMatchObject({
      level: 'department',
      county: '永吉县',
      province: '吉林省',
    })
  })

  it('淮安市洪泽区 → county level', () => {
    const text = '淮安市洪泽区2023年政府信息公开工作年度报告\n本报告由洪泽区人民政府办公室编制。'
    const { row, result } = body(text)
    expect(row).toMatchObject({
      township: '洪泽区',
      level: 'county',
      county: '洪泽区',
      prefecture: '淮安市',
      province: '江苏省',
      adcode: '320813000000',
    })
    expect(evidence(text, result).prefecture).toBe('淮安市')
  })

  it('洪泽区人民政府 → county level', () => {
    expect(body('洪泽区人民政府2023年政府信息公开工作年度报告\n').row).toMatchObject({
      township: '洪泽区',
      level: 'county',
      prefecture: '淮安市',
    })
  })

  it('朝阳区 ×2 resolved by 北京市, ambiguous without', () => {
    expect(body('朝阳区2023年政府信息公开工作年度报告\n北京市朝阳区人民政府按照要求…').row).toMatchObject({
      level: 'county',
      prefecture: '北京市',
    })
    expect(body('朝阳区2023年政府信息公开工作年度报告\n按照要求…').codes).toContain('region_ambiguous')
  })

  it('淮安市 → prefecture level', () => {
    const { row } = body('淮安市人民政府2023年政府信息公开工作年度报告\n')
    expect(row).toMatchObject({ township: '淮安市', level: 'prefecture', prefecture: '淮安市', province: '江苏省' })
    expect(row.county).toBeUndefined()
  })

  it('江苏省, 上海市 → province level (a municipality is its own prefecture)', () => {
    expect(body('江苏省人民政府2023年政府信息公开工作年度报告\n').row).toMatchObject({
      township: '江苏省',
      level: 'province',
      province: '江苏省',
    })
    expect(body('上海市人民政府2023年政府信息公开工作年度报告\n').row).toMatchObject({
      township: '上海市',
      level: 'province',
      prefecture: '上海市',
      province: '上海市',
    })
  })

  it('上海市科学技术委员会 / 上海市科委 → department, region from the prefix', () => {
    for (const name of ['上海市科学技术委员会', '上海市科委']) {
      const text = `${name}2024年政府信息公开工作年度报告\n`
      const { row, result } = body(text)
      expect(row).toMatchObject({ township: name, level: 'department', prefecture: '上海市', province: '上海市' })
      expect(row.county).toBeUndefined()
      expect(row.adcode).toBeUndefined()
      expect(evidence(text, result).province).toBe('上海市')
    }
  })

  it('XX县发改局 and XX市自然资源局 → department under the right level', () => {
    expect(body('永吉县发改局2023年政府信息公开工作年度报告\n').row).toMatchObject({
      township: '永吉县发改局',
      level: 'department',
      county: '永吉县',
      prefecture: '吉林市',
      province: '吉林省',
    })
    const city = body('保山市自然资源局2023年政府信息公开工作年度报告\n').row
    expect(city).toMatchObject({ township: '保山市自然资源局', level: 'department', prefecture: '保山市', province: '云南省' })
    expect(city.county).toBeUndefined()
    expect(body('腾冲市自然资源局2023年政府信息公开工作年度报告\n').row).toMatchObject({ level: 'department', county: '腾冲市' })
  })
})

describe('input shapes', () => {
  it('traditional script after normalizeText', () => {
    const raw = '界頭鎮2018年度政府資訊公開年度報告\n發布機構 騰衝市界頭鎮\n'
    const text = normalizeText(raw)
    const { row, result } = body(text)
    expect(row).toMatchObject({ township: '界头镇', county: '腾冲市', prefecture: '保山市', province: '云南省' })
    for (const v of result.values) expect(v.end).toBeLessThanOrEqual(raw.length)
  })

  it('full-width punctuation after normalizeText', () => {
    const text = normalizeText(
      '泉阳镇人民政府\n\n２０１８年政府信息公开年度报告\n２０１８年泉阳镇人民政府认真贯彻落实县政府关于政务公开的规定，',
    )
    expect(body(text).row.county).toBe('抚松县')
  })

  it('no body: a warning, no values', () => {
    for (const text of ['', 'abc', '\n\n\n', '报告公开'.repeat(500)]) {
      const { result, codes } = body(text)
      expect(result.values).toEqual([])
      expect(codes).toEqual(['body_not_found'])
    }
  })

  it('never throws, offsets stay inside the text', () => {
    const pieces = fc.constantFrom(
      '镇',
      '乡',
      '街道',
      '县政府',
      '市',
      '区',
      '金塘',
      '泉阳镇',
      '人民政府',
      '2018年',
      '政府信息公开',
      '年度报告',
      '\n',
      ' ',
      ',',
      '发布机构',
      '填报单位(盖章):',
      '结合',
      '实际',
      '舟山',
      '上海市',
      '科委',
      '(',
      ')',
      '淮安市洪泽区',
    )
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 60 }), (parts) => {
        const text = parts.join('')
        const { values } = parseBody(text)
        for (const v of values) {
          expect(v.start).toBeGreaterThanOrEqual(0)
          expect(v.end).toBeLessThanOrEqual(text.length)
          expect(v.start).toBeLessThanOrEqual(v.end)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('stays fast on large and hostile input', () => {
    parseBody('界头镇2018年度政府信息公开年度报告\n') // build the indexes
    const inputs = [
      '城关镇2020年政府信息公开工作年度报告\n' + '按照县政府要求,城关镇加强政务公开。甘肃省、河南省、湖北省。'.repeat(20_000),
      '发布机构 '.repeat(200_000),
      '镇乡街道县政府'.repeat(300_000),
      'a'.repeat(3_000_000),
    ]
    for (const text of inputs) {
      const t = performance.now()
      parseBody(text)
      expect(performance.now() - t).toBeLessThan(1500)
    }
  })
})
