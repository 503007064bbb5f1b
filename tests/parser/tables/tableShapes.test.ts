import { describe, expect, it } from 'vitest'
import { parseReport } from '../../../src/parser/parseReport.ts'

// The 2019 application and appeal tables in every shape a page or PDF flattens them to.
const rows: Array<[string, number[]]> = [
  ['一、本年新收政府信息公开申请数量', [3, 1, 0, 0, 0, 0, 4]],
  ['二、上年结转政府信息公开申请数量', [0, 0, 0, 0, 0, 0, 0]],
  ['（一）予以公开', [2, 0, 0, 0, 0, 0, 2]],
  ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [1, 0, 0, 0, 0, 0, 1]],
  ['（三）不予公开 1.属于国家秘密', [0, 0, 0, 0, 0, 0, 0]],
  ['2.其他法律行政法规禁止公开', [0, 0, 0, 0, 0, 0, 0]],
  ['3.危及“三安全一稳定”', [0, 0, 0, 0, 0, 0, 0]],
  ['4.保护第三方合法权益', [0, 0, 0, 0, 0, 0, 0]],
  ['5.属于三类内部事务信息', [0, 0, 0, 0, 0, 0, 0]],
  ['6.属于四类过程性信息', [0, 0, 0, 0, 0, 0, 0]],
  ['7.属于行政执法案卷', [0, 0, 0, 0, 0, 0, 0]],
  ['8.属于行政查询事项', [0, 0, 0, 0, 0, 0, 0]],
  ['（四）无法提供 1.本机关不掌握相关政府信息', [0, 1, 0, 0, 0, 0, 1]],
  ['2.没有现成信息需要另行制作', [0, 0, 0, 0, 0, 0, 0]],
  ['3.补正后申请内容仍不明确', [0, 0, 0, 0, 0, 0, 0]],
  ['（五）不予处理 1.信访举报投诉类申请', [0, 0, 0, 0, 0, 0, 0]],
  ['2.重复申请', [0, 0, 0, 0, 0, 0, 0]],
  ['3.要求提供公开出版物', [0, 0, 0, 0, 0, 0, 0]],
  ['4.无正当理由大量反复申请', [0, 0, 0, 0, 0, 0, 0]],
  ['5.要求行政机关确认或重新出具已获取信息', [0, 0, 0, 0, 0, 0, 0]],
  ['（六）其他处理', [0, 0, 0, 0, 0, 0, 0]],
  ['（七）总计', [3, 1, 0, 0, 0, 0, 4]],
  ['四、结转下年度继续办理', [0, 0, 0, 0, 0, 0, 0]],
]
const appeal = [0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
const head = '界头镇2020年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n'
const appealHead = '四、政府信息公开行政复议、行政诉讼情况\n行政复议 | 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计\n'
const shapes: Record<string, string> = {
  pipes: head + rows.map(([l, v]) => `${l} | ${v.join(' | ')} |`).join('\n') + '\n' + appealHead + appeal.join(' | ') + ' |\n',
  cellPerLine:
    head +
    rows.map(([l, v]) => `${l} |\n${v.map((x) => x + ' |').join('\n')}`).join('\n') +
    '\n' +
    appealHead +
    appeal.map((x) => x + ' |').join('\n') +
    '\n',
  tabs: head + rows.map(([l, v]) => `${l}\t${v.join('\t')}`).join('\n') + '\n' + appealHead + appeal.join('\t') + '\n',
  blankLines: head + rows.map(([l, v]) => `${l}\n\n${v.join('\n\n')}`).join('\n\n') + '\n\n' + appealHead + appeal.join('\n\n') + '\n',
  spaces: head + rows.map(([l, v]) => `${l} ${v.join(' ')}`).join('\n') + '\n' + appealHead + appeal.join(' ') + '\n',
  glued:
    head + rows.map(([l, v]) => `${l}${v.join('')}`).join('') + appealHead.replace(/\n/g, '') + appeal.join('') + ' 五、存在的主要问题\n',
}

describe('the 2019 application and appeal tables, however flattened', () => {
  for (const [shape, text] of Object.entries(shapes)) {
    it(shape, () => {
      const r = parseReport(text, shape + '.txt').record
      expect(r).toMatchObject({
        apps_new: 4,
        apps_granted: 2,
        apps_partial: 1,
        apps_denied: 0,
        apps_unavailable: 1,
        apps_not_processed: 0,
        apps_other: 0,
      })
      expect(r).toMatchObject({ apps_total: 4, apps_carried_out: 0, reconsideration_total: 1, litigation_total: 0 })
    })
  }
})

describe('a page excerpt cut off inside the table', () => {
  it('a row cut before its 总计 states no total', () => {
    const text = '界头镇2020年政府信息公开工作年度报告\n一、本年新收政府信息公开申请数量 | 5 | 0 | 0 |'
    expect(parseReport(text, 'cut.txt').record.apps_new).toBeNull()
    const cutChar = '界头镇2020年政府信息公开工作年度报告\n一、本年新收政府信息公开申请数量\n5\n0\n\uFFFD'
    expect(parseReport(cutChar, 'cut2.txt').record.apps_new).toBeNull()
  })

  it('a whole row before the cut is read', () => {
    const text =
      '界头镇2020年政府信息公开工作年度报告\n一、本年新收政府信息公开申请数量 | 5 | 0 | 0 | 0 | 0 | 0 | 5 |\n二、上年结转政府信息公开申请数量 | 0 |'
    const r = parseReport(text, 'cut3.txt').record
    expect(r.apps_new).toBe(5)
    expect(r.apps_carried_in).toBeNull()
  })
})

describe('the 2021 application table ((六) in three rows), however flattened', () => {
  const rows2021: Array<[string, number[]]> = rows.flatMap(([label, v]): Array<[string, number[]]> =>
    label === '（六）其他处理'
      ? [
          ['（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', [1, 0, 0, 0, 0, 0, 1]],
          ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', [0, 0, 0, 0, 0, 0, 0]],
          ['3.其他', [0, 1, 0, 0, 0, 0, 1]],
        ]
      : label === '（七）总计'
        ? [[label, [4, 2, 0, 0, 0, 0, 6]]]
        : label.startsWith('一、')
          ? [[label, [4, 2, 0, 0, 0, 0, 6]]]
          : [[label, v]],
  )
  const head21 = '界头镇2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n'
  const shapes21: Record<string, string> = {
    pipes: head21 + rows2021.map(([l, v]) => `${l} | ${v.join(' | ')} |`).join('\n'),
    cellPerLine: head21 + rows2021.map(([l, v]) => `${l} |\n${v.map((x) => x + ' |').join('\n')}`).join('\n'),
    tabs: head21 + rows2021.map(([l, v]) => `${l}\t${v.join('\t')}`).join('\n'),
    blankLines: head21 + rows2021.map(([l, v]) => `${l}\n\n${v.join('\n\n')}`).join('\n\n'),
    glued: head21 + rows2021.map(([l, v]) => `${l}${v.join('')}`).join('') + ' 四、政府信息公开行政复议',
  }
  for (const [shape, text] of Object.entries(shapes21)) {
    it(shape, () => {
      const r = parseReport(text, shape + '.txt').record
      expect(r).toMatchObject({ template: '2021', apps_new: 6, apps_other: 2, apps_total: 6 })
    })
  }
})

describe('a markdown application table whose labels span three columns', () => {
  // the applicant types sit once in the header row; each label row has empty cells before its seven numbers
  const md = (label: string, v: number[], depth: number) => {
    const cols = ['', '', '']
    cols[depth] = label
    return `| ${cols.join(' | ')} | ${v.join(' | ')} |`
  }
  const text =
    '界头镇2020年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n\n' +
    '| (本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | | | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n' +
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n' +
    [
      md('一、本年新收政府信息公开申请数量', [371, 32, 0, 2, 11, 2, 418], 0),
      md('二、上年结转政府信息公开申请数量', [19, 2, 0, 0, 0, 0, 21], 0),
      md('(一)予以公开', [390, 34, 0, 2, 11, 2, 439], 1),
      md('(七)总计', [390, 34, 0, 2, 11, 2, 439], 1),
    ].join('\n') +
    '\n'

  it('drops the spanned empty cells and takes the 总计 column', () => {
    const r = parseReport(text, 'md.txt').record
    expect(r).toMatchObject({ apps_new: 418, apps_carried_in: 21, apps_granted: 439, apps_total: 439, apps_natural_person: 371 })
  })

  it('an empty cell among the seven is kept in place (not-stated, nothing shifted)', () => {
    const one = '界头镇2020年政府信息公开工作年度报告\n| 一、本年新收政府信息公开申请数量 | 3 | | 0 | 0 | 0 | 0 | 3 |\n'
    expect(parseReport(one, 'md2.txt').record).toMatchObject({ apps_new: 3, apps_natural_person: 3 })
  })
})
