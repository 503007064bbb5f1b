import type { Table, TableRow } from './flatten.ts'
import type { Rng } from './prng.ts'
import { DENIED_ROWS, NOT_PROCESSED_ROWS, OTHER_ROWS_2021, UNAVAILABLE_ROWS, type AppRow, type N, type Truth } from './values.ts'

/**
 * The official tables (templates.md) filled with a report's known values, as layouts of label
 * and value cells. Which values are blank was decided in values.ts; this only writes them.
 */

/** Brackets as the report writes them: full-width `（一）` or half-width `(一)`, one choice per report. */
export type Paren = (s: string) => string
export const fullWidth: Paren = (s) => s.replace(/\(/g, '（').replace(/\)/g, '）')
export const halfWidth: Paren = (s) => s.replace(/（/g, '(').replace(/）/g, ')')

const v = (n: N): string => (n === null ? '' : String(n))

/** 第二十条 blocks of section 二 (2019: five; 2021: four). */
export function disclosureTables(t: Truth, p: Paren, rng: Rng): Array<{ heading: string; table: Table }> {
  const is2021 = t.template === '2021'
  const block = (item: string, header: string[], rows: Array<[string, N[] | null]>) => ({
    heading: p(`第二十条第(${item})项`),
    table: {
      header: [header],
      rows: rows.filter(([, vals]) => vals !== null).map(([label, vals]) => ({ labels: [label], values: vals!.map(v) })),
    } satisfies Table,
  })
  const out = [
    block(
      '一',
      is2021
        ? ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']
        : [
            '信息内容',
            rng.chance(0.3) ? '本年新 制作数量' : '本年新制作数量',
            rng.chance(0.3) ? '本年新 公开数量' : '本年新公开数量',
            '对外公开总数量',
          ],
      [
        ['规章', t.rules],
        [is2021 && rng.chance(0.7) ? '行政规范性文件' : '规范性文件', t.normative],
      ],
    ),
    block('五', is2021 ? ['信息内容', '本年处理决定数量'] : ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'], [
      ['行政许可', t.licensing],
      ['其他对外管理服务事项', t.otherServices],
    ]),
    block('六', is2021 ? ['信息内容', '本年处理决定数量'] : ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'], [
      ['行政处罚', t.penalties],
      ['行政强制', t.coercion],
    ]),
    block('八', is2021 ? ['信息内容', p('本年收费金额(单位:万元)')] : ['信息内容', '上一年项目数量', '本年增/减'], [
      ['行政事业性收费', t.fees],
    ]),
  ]
  if (t.procurement) {
    const pr = t.procurement
    const amountHeader = pr.unitIn === 'header' ? p(`采购总金额(${pr.unit})`) : '采购总金额'
    const amount = pr.amount === null ? '' : pr.unitIn === 'cell' ? `${pr.amount}${pr.unit}` : String(pr.amount)
    out.push({
      heading: p('第二十条第(九)项'),
      table: {
        header: [['信息内容', '采购项目数量', amountHeader]],
        rows: [{ labels: ['政府集中采购'], values: [v(pr.projects), amount] }],
      },
    })
  }
  return out
}

const cells = (r: AppRow): string[] => (r === null ? ['', '', '', '', '', '', ''] : r.map(String))

/** Section 三: the application table, rows in the official order, 7 value columns. */
export function applicationTable(t: Truth, p: Paren): Table {
  const a = t.apps!
  const rows: TableRow[] = []
  const add = (labels: string[], r: AppRow) => rows.push({ labels: labels.map(p), values: cells(r) })
  add(['一、本年新收政府信息公开申请数量'], a.newRow)
  add(['二、上年结转政府信息公开申请数量'], a.carriedIn)
  add(['三、本年度办理结果', '(一)予以公开'], a.granted)
  add(['(二)部分公开(区分处理的,只计这一情形,不计其他情形)'], a.partial)
  const group = (label: string, names: readonly string[], rs: AppRow[]) =>
    rs.forEach((r, i) => add(i === 0 ? [label, names[i]] : [names[i]], r))
  group('(三)不予公开', DENIED_ROWS, a.denied)
  group('(四)无法提供', UNAVAILABLE_ROWS, a.unavailable)
  group('(五)不予处理', NOT_PROCESSED_ROWS, a.notProcessed)
  if (a.other.length === 1) add(['(六)其他处理'], a.other[0])
  else group('(六)其他处理', OTHER_ROWS_2021, a.other)
  add(['(七)总计'], a.total)
  add(['四、结转下年度继续办理'], a.carriedOut)
  return {
    header: [
      [p('(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)'), '申请人情况'],
      ['自然人', '法人或其他组织', '总计'],
      ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
    ],
    rows,
  }
}

/** Section 四: 行政复议 / 行政诉讼, one row of 15 numbers under a two-level header. */
export function appealsTable(t: Truth): Table {
  const five = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
  return {
    header: [
      ['行政复议', '行政诉讼'],
      [...five, '未经复议直接起诉', '复议后起诉'],
      [...five, ...five],
    ],
    rows: [{ labels: [], values: t.appeals === null ? new Array(15).fill('') : t.appeals.map(String) }],
    verticalHeader: true,
  }
}

/** The pre-2019 政府信息公开情况统计表 (templates.md (c)): label, unit, value. */
export function statisticsTable(t: Truth, p: Paren, withUnits: boolean): Table {
  const rows: TableRow[] = []
  const add = (label: string, unit: string, value: N | undefined) =>
    rows.push({ labels: withUnits ? [p(label), unit] : [p(label)], values: value === undefined ? [] : [v(value)] })
  const staffTotal = t.staffForm === 'total' || t.staffForm === 'total-split' ? t.staff_total : null
  const staffSplit = t.staffForm === 'split' || t.staffForm === 'total-split'
  add('一、主动公开情况', '——', undefined)
  add('(一)主动公开政府信息数(不同渠道和方式公开相同信息计1条)', '条', t.proactive_total)
  add('其中:主动公开规范性文件数', '条', null)
  add('制发规范性文件总数', '件', t.normative?.[0] ?? null)
  add('(二)通过不同渠道和方式公开政府信息的情况', '——', undefined)
  add('1.政府公报公开政府信息数', '条', t.channels.gazette)
  add('2.政府网站公开政府信息数', '条', t.channels.web)
  add('3.政务微博公开政府信息数', '条', t.channels.weibo)
  add('4.政务微信公开政府信息数', '条', t.channels.wechat)
  add('5.其他方式公开政府信息数', '条', t.channels.other)
  add('二、回应解读情况', '——', undefined)
  add('(一)回应公众关注热点或重大舆情数(不同方式回应同一热点或舆情计1次)', '次', t.responses)
  add('(二)通过不同渠道和方式回应解读的情况', '——', undefined)
  add('1.参加或举办新闻发布会总次数', '次', null)
  add('3.政策解读稿件发布数', '篇', t.interpretations)
  add('三、依申请公开情况', '——', undefined)
  add('(一)收到申请数', '件', t.appsNewPre)
  add('(二)申请办结数', '件', t.appsTotalPre)
  add('四、行政复议数量', '件', t.reconsideration)
  add('五、行政诉讼数量', '件', t.litigation)
  add('六、举报投诉数量', '件', t.complaints)
  add('七、依申请公开信息收取的费用', '万元', t.fees_wan)
  add('八、机构建设和保障经费情况', '——', undefined)
  add('(一)政府信息公开工作专门机构数', '个', 1)
  add('(三)从事政府信息公开工作人员数', '人', staffTotal)
  add('1.专职人员数(不包括政府公报及政府网站工作人员数)', '人', staffSplit ? t.staff_fulltime : null)
  add('2.兼职人员数', '人', staffSplit ? t.staff_parttime : null)
  add('九、政府信息公开会议和培训情况', '——', undefined)
  add('(一)召开政府信息公开工作会议或专题会议数', '次', t.meetings)
  add('(二)举办各类培训班数', '次', t.trainings)
  add('(三)接受培训人员数', '人次', t.trainees)
  return { header: [['统计指标', '单位', '统计数']], rows }
}
