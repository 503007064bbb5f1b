import { describe, expect, it } from 'vitest'
import { checkCompliance } from '../../src/quality/compliance.ts'
import { emptyRecord, type ReportRecord } from '../../src/data/schema.ts'
import { corpusReport } from './corpus.ts'

const rules = (r: ReturnType<typeof checkCompliance>) => r.deductions.map((d) => d.rule)

function record(patch: Partial<ReportRecord>): ReportRecord {
  return { ...emptyRecord('r1', 'x.txt'), township: '某镇', level: 'township', year: 2020, template: '2019', ...patch }
}

/** A 2019-format report with every section, block and table row, and its 15 appeal numbers. */
const COMPLETE_2019 = [
  '一、总体情况',
  '本镇认真贯彻条例，全年工作有序推进，公开质量稳步提升。',
  '二、主动公开政府信息情况',
  ...['一', '五', '六', '八', '九'].map((n) => `第二十条第（${n}）项`),
  '三、收到和处理政府信息公开申请情况',
  '一、本年新收政府信息公开申请数量 | 二、上年结转政府信息公开申请数量 | 三、本年度办理结果',
  '（一）予以公开 （二）部分公开 （三）不予公开 （四）无法提供 （五）不予处理 （六）其他处理 （七）总计',
  '四、结转下年度继续办理',
  '四、政府信息公开行政复议、行政诉讼情况',
  Array(15).fill('0').join(' '),
  '五、存在的主要问题及改进情况',
  '人员力量不足，下一步加强培训。',
  '六、其他需要报告的事项',
  '无。',
].join('\n')

describe('checkCompliance on corpus reports with known faults', () => {
  it('一拉溪镇 2014 leaves the application statistics items blank, quoting the first one', () => {
    const { record, facts, text } = corpusReport('002_yilaxi_2014.txt')
    const result = checkCompliance({ record, text, facts })
    const blank = result.deductions.find((d) => d.rule === 'stats_blank')!
    expect(blank.params.items).toContain('收到申请数')
    expect(blank.params.items).toContain('行政复议数量')
    expect(text.slice(blank.start, blank.end)).toContain('收到申请数')
  })

  it('一拉溪镇 2014 was published on 2016-01-29, after the old 条例’s 3月31日 deadline', () => {
    const { record, facts, text } = corpusReport('002_yilaxi_2014.txt')
    const late = checkCompliance({ record, text, facts }).deductions.find((d) => d.rule === 'late')!
    expect(late.params).toMatchObject({ published: '2016-01-29', deadline: '2015-03-31', basis: 'old' })
    expect(late.quote).toContain('2016-01-29')
  })

  it('乌图布拉格镇 2019 states the procurement amount without a unit, and its tables are complete', () => {
    const { record, facts, text } = corpusReport('001_wutubulage_2019.txt')
    const result = checkCompliance({ record, text, facts })
    expect(rules(result)).toEqual(['amount_without_unit'])
    expect(result.deductions[0].quote).toContain('125817')
    expect(result.unchecked).toContain('no_published')
  })

  it('界头镇 2018 has its statistics table only in an attachment', () => {
    const { record, facts, text } = corpusReport('000_jietou_2018.txt')
    const d = checkCompliance({ record, text, facts }).deductions.find((x) => x.rule === 'stats_in_attachment')!
    expect(d.quote).toContain('见附件')
  })

  it('金塘镇 2018, published 2019-01-16, is in time and complete', () => {
    const { record, facts, text } = corpusReport('003_jintang_2018.txt')
    const result = checkCompliance({ record, text, facts })
    expect(record.published).toBe('2019-01-16')
    expect(rules(result)).not.toContain('late')
    expect(result.score).toBe(100)
  })
})

describe('checkCompliance rules on small texts', () => {
  it('passes a complete 2019-format report', () => {
    const result = checkCompliance({ record: record({ published: '2021-03-01' }), text: COMPLETE_2019, facts: [] })
    expect(result.deductions).toEqual([])
    expect(result.score).toBe(100)
  })

  it('names a missing section and takes its points', () => {
    const text = COMPLETE_2019.replace('五、存在的主要问题及改进情况', '')
    const result = checkCompliance({ record: record({}), text, facts: [] })
    expect(result.deductions).toEqual([{ rule: 'section_missing', points: 8, params: { section: '五、存在的主要问题及改进情况' } }])
    expect(result.score).toBe(92)
  })

  it('names missing 第二十条 blocks and application rows, and an appeals row short of 15 numbers', () => {
    const text = COMPLETE_2019.replace('第二十条第（九）项', '')
      .replace('（六）其他处理 ', '')
      .replace(Array(15).fill('0').join(' '), '0 0 0')
    const d = checkCompliance({ record: record({}), text, facts: [] }).deductions
    expect(d.map((x) => [x.rule, x.params])).toEqual([
      ['block_missing', { block: '第二十条第（九）项' }],
      ['app_rows_missing', { rows: '（六）其他处理', n: 1 }],
      ['appeals_incomplete', { found: 3 }],
    ])
  })

  it('breaks 新收 + 上年结转 = 办结 + 结转, with the numbers', () => {
    const r = record({ apps_new: 5, apps_carried_in: 1, apps_total: 4, apps_carried_out: 0 })
    const d = checkCompliance({
      record: r,
      text: COMPLETE_2019,
      facts: [{ report_id: 'r1', field: 'apps_total', value: '4', start: 3, end: 4, quote: '（七）总计 4' }],
    }).deductions
    expect(d).toEqual([
      expect.objectContaining({
        rule: 'identity_apps',
        points: 10,
        params: { new: 5, carriedIn: 1, left: 6, total: 4, carriedOut: 0, right: 4 },
        quote: '（七）总计 4',
      }),
    ])
  })

  it('breaks when outcomes do not add up to the total', () => {
    const r = record({
      apps_total: 5,
      apps_granted: 1,
      apps_partial: 1,
      apps_denied: 0,
      apps_unavailable: 0,
      apps_not_processed: 0,
      apps_other: 0,
    })
    expect(rules(checkCompliance({ record: r, text: COMPLETE_2019, facts: [] }))).toEqual(['identity_outcomes'])
  })

  it('compares last year’s 结转下年度 with this year’s 上年结转', () => {
    const prev = record({ report_id: 'r0', year: 2019, apps_carried_out: 2 })
    const r = record({ apps_carried_in: 0 })
    const d = checkCompliance({ record: r, text: COMPLETE_2019, facts: [], previous: { record: prev, text: null } }).deductions
    expect(d).toEqual([expect.objectContaining({ rule: 'carry_over', params: { prevYear: 2019, prevOut: 2, carriedIn: 0 } })])
  })

  it('flags a late report: a 2020 township report published after 31 March 2021', () => {
    const d = checkCompliance({ record: record({ published: '2021-04-02' }), text: COMPLETE_2019, facts: [] }).deductions
    expect(d).toEqual([
      expect.objectContaining({
        rule: 'late',
        params: { published: '2021-04-02', deadline: '2021-03-31', days: 2, basis: 'new_government' },
      }),
    ])
  })

  it('uses a stricter local township deadline when one is configured', () => {
    const d = checkCompliance({
      record: record({ published: '2021-03-01' }),
      text: COMPLETE_2019,
      facts: [],
      options: { townshipDeadline: '02-20' },
    }).deductions
    expect(d[0].params).toMatchObject({ deadline: '2021-02-20', basis: 'local', days: 9 })
  })

  it('gives departments under the 2019 条例 until 31 January', () => {
    const d = checkCompliance({
      record: record({ level: 'department', published: '2021-02-01' }),
      text: COMPLETE_2019,
      facts: [],
    }).deductions
    expect(d[0].params).toMatchObject({ deadline: '2021-01-31', basis: 'new_department' })
  })

  it('flags 内容雷同 when half or more of the sentences repeat last year’s, digits aside', () => {
    const prevText =
      COMPLETE_2019 + '\n2019年全镇主动公开政府信息120条，群众满意度明显提高。\n今年重点推进基层政务公开标准化规范化建设工作。'
    const text = COMPLETE_2019 + '\n2020年全镇主动公开政府信息135条，群众满意度明显提高。\n今年重点推进基层政务公开标准化规范化建设工作。'
    const prev = record({ report_id: 'r0', year: 2019 })
    const result = checkCompliance({ record: record({}), text, facts: [], previous: { record: prev, text: prevText } })
    expect(result.similarity).toBe(1)
    const d = result.deductions.find((x) => x.rule === 'similar')!
    expect(d.points).toBe(15)
    expect(d.params).toMatchObject({ percent: 100, prevYear: 2019 })
    expect(text.slice(d.start, d.end)).toBe(d.quote)
  })

  it('does not flag a report that shares little with the previous one', () => {
    const prev = record({ report_id: 'r0', year: 2019 })
    const result = checkCompliance({
      record: record({}),
      text: COMPLETE_2019,
      facts: [],
      previous: { record: prev, text: '去年的报告写的是完全不同的内容，没有一句相同的话。' },
    })
    expect(result.similarity).toBe(0)
    expect(rules(result)).toEqual([])
  })

  it('says what it could not check, and gives no score without the text', () => {
    const result = checkCompliance({ record: record({}), text: null, facts: [] })
    expect(result.unchecked).toEqual(['no_text', 'no_published', 'no_previous'])
    // not 100: the sections, tables and 内容雷同 were never read
    expect(result.score).toBeNull()
  })
})
