/**
 * The field glossary: what each measure means and where it comes from in the 2019 table
 * (国办公开办函〔2019〕60号, report years 2019–2020), the 2021 table (〔2021〕30号, from 2021)
 * and older reports (the pre-2019 统计表, or prose). Source: shared/notes/templates.md and the
 * parser's own row patterns (src/parser/tables/statisticsTable.ts). `—` = that template has no
 * such row; the value can still come from the report's prose where the parser finds it.
 * Shown from each panel's title (FieldInfo.vue) and written into the workbook's 说明 sheet.
 */
import { CHANNEL_COLUMNS, OUTCOME_COLUMNS } from '../data/schema.ts'
import type { Locale } from './index.ts'

export interface GlossaryEntry {
  /** what the figure counts */
  meaning: string
  /** where it is read in a 2019-template report */
  t2019: string
  /** … in a 2021-template report */
  t2021: string
  /** … in an older (pre-2019) report: the statistics table, or prose */
  old: string
}

type Row = [field: string, meaning: string, t2019: string, t2021: string, old: string]

const PROSE_ZH = '正文（一、总体情况）'
const NONE = '—'

const ZH_ROWS: Row[] = [
  ['year', '报告所属年度', '标题或“统计期限”句', '标题或“统计期限”句', '标题或正文；只能从发布日期推断时给出警告'],
  ['proactive_total', '本年主动公开政府信息条数', PROSE_ZH, PROSE_ZH, '统计表 一（一）主动公开政府信息数，或正文'],
  ['ch_web', '其中经政府网站、门户网站公开的条数', PROSE_ZH, PROSE_ZH, '统计表 一（二）2 政府网站公开政府信息数'],
  ['ch_wechat', '其中经政务微信（公众号）公开的条数', PROSE_ZH, PROSE_ZH, '统计表 一（二）4 政务微信公开政府信息数'],
  ['ch_weibo', '其中经政务微博公开的条数', PROSE_ZH, PROSE_ZH, '统计表 一（二）3 政务微博公开政府信息数'],
  ['ch_bulletin', '其中经公开栏、公示栏、宣传栏公开的条数', PROSE_ZH, PROSE_ZH, '统计表无此行：见正文（或计入“其他方式”）'],
  ['ch_gazette', '其中经政府公报公开的条数', PROSE_ZH, PROSE_ZH, '统计表 一（二）1 政府公报公开政府信息数'],
  ['ch_other', '其中经报告所称“其他”渠道公开的条数', PROSE_ZH, PROSE_ZH, '统计表 一（二）5 其他方式公开政府信息数'],
  ['responses', '回应公众关注热点或重大舆情次数', PROSE_ZH, PROSE_ZH, '统计表 二（一）回应公众关注热点或重大舆情数'],
  ['interpretations', '发布政策解读篇数', PROSE_ZH, PROSE_ZH, '统计表 二（二）3 政策解读稿件发布数'],
  ['rules_made', '本年制作（制发）的规章件数', '第二十条第（一）项 规章·本年新制作数量', '第二十条第（一）项 规章·本年制发件数', NONE],
  [
    'normative_made',
    '本年制作（制发）的规范性文件件数',
    '第二十条第（一）项 规范性文件·本年新制作数量',
    '第二十条第（一）项 行政规范性文件·本年制发件数',
    '统计表 一（一）制发规范性文件总数',
  ],
  [
    'normative_valid',
    '对外公开（现行有效）的规范性文件件数',
    '第二十条第（一）项 规范性文件·对外公开总数量',
    '第二十条第（一）项 行政规范性文件·现行有效件数',
    NONE,
  ],
  ['licensing', '行政许可处理决定数', '第二十条第（五）项 行政许可·处理决定数量', '第二十条第（五）项 行政许可·本年处理决定数量', NONE],
  ['penalties', '行政处罚处理决定数', '第二十条第（六）项 行政处罚·处理决定数量', '第二十条第（六）项 行政处罚·本年处理决定数量', NONE],
  ['coercion', '行政强制处理决定数', '第二十条第（六）项 行政强制·处理决定数量', '第二十条第（六）项 行政强制·本年处理决定数量', NONE],
  [
    'admin_fees_wan',
    '行政事业性收费金额（万元）',
    '第二十条第（八）项只有项目数，无金额',
    '第二十条第（八）项 行政事业性收费·本年收费金额（万元）',
    NONE,
  ],
  ['procurement_projects', '政府集中采购项目数', '第二十条第（九）项 政府集中采购·采购项目数量', '2021年格式已删除此项', NONE],
  ['procurement_amount', '政府集中采购总金额，按原文数字', '第二十条第（九）项 采购总金额（表头无单位）', '2021年格式已删除此项', NONE],
  [
    'procurement_amount_wan',
    '政府集中采购总金额换算为万元：只换算单位明确（元或万元）的报告，单位不明的不计',
    '同上，单位取自单元格或所在句',
    '2021年格式已删除此项',
    NONE,
  ],
  ['procurement_unit', '采购金额的单位：元、万元；原文未写则为空，从不猜测', '单元格或所在句', NONE, NONE],
  ['apps_new', '本年新收政府信息公开申请数', '三、申请情况表 一、本年新收…·总计列', '同2019年格式', '统计表 三（一）收到申请数'],
  ['apps_carried_in', '上年结转的申请数', '三、申请情况表 二、上年结转…·总计列', '同2019年格式', NONE],
  ['apps_granted', '办理结果：予以公开', '三、本年度办理结果（一）予以公开', '同2019年格式', NONE],
  ['apps_partial', '办理结果：部分公开', '三（二）部分公开', '同2019年格式', NONE],
  ['apps_denied', '办理结果：不予公开（8个分项之和）', '三（三）不予公开 1–8', '同2019年格式', NONE],
  ['apps_unavailable', '办理结果：无法提供（3个分项之和）', '三（四）无法提供 1–3', '同2019年格式', NONE],
  ['apps_not_processed', '办理结果：不予处理（5个分项之和）', '三（五）不予处理 1–5', '同2019年格式', NONE],
  ['apps_other', '办理结果：其他处理', '三（六）其他处理（一行）', '三（六）其他处理（多为3个分项之和）', NONE],
  ['apps_total', '办理结果总计（办结数）', '三（七）总计', '同2019年格式', '统计表 三（二）申请办结数'],
  ['apps_carried_out', '结转下年度继续办理的申请数', '四、结转下年度继续办理', '同2019年格式', NONE],
  ['apps_natural_person', '新收申请中自然人提出的', '三、申请情况表 一、本年新收…·自然人列', '同2019年格式', NONE],
  ['apps_legal_entity', '新收申请中法人或其他组织提出的', '三、申请情况表 一、本年新收…·法人或其他组织各列之和', '同2019年格式', NONE],
  ['reconsideration_total', '因政府信息公开被申请行政复议的件数', '四、行政复议·总计', '同2019年格式', '统计表 四、行政复议数量'],
  ['reconsideration_corrected', '其中结果纠正的', '四、行政复议·结果纠正', '同2019年格式', NONE],
  [
    'litigation_total',
    '因政府信息公开被提起行政诉讼的件数（直接起诉与复议后起诉之和）',
    '四、行政诉讼两组·总计之和',
    '同2019年格式',
    '统计表 五、行政诉讼数量',
  ],
  ['litigation_corrected', '其中结果纠正的', '四、行政诉讼两组·结果纠正之和', '同2019年格式', NONE],
  ['complaints', '举报投诉件数', '正文', '正文', '统计表 六、举报投诉数量'],
  ['staff_total', '从事政府信息公开工作人员数', '正文', '正文', '统计表 八（三）从事政府信息公开工作人员数（或专职与兼职之和）'],
  ['staff_fulltime', '其中专职人员', '正文', '正文', '统计表 八（三）1 专职人员数'],
  ['staff_parttime', '其中兼职人员', '正文', '正文', '统计表 八（三）2 兼职人员数'],
  ['meetings', '召开政府信息公开工作会议或专题会议次数', '正文', '正文', '统计表 九（一）'],
  ['trainings', '举办培训班次数', '正文', '正文', '统计表 九（二）举办各类培训班数'],
  ['trainees', '接受培训人次', '正文', '正文', '统计表 九（三）接受培训人员数'],
  [
    'fees_wan',
    '依申请公开收取的费用（信息处理费，万元）',
    '正文（六、其他需要报告的事项）',
    '正文（六、其他需要报告的事项）',
    '统计表 七、依申请公开信息收取的费用',
  ],
]

const PROSE_EN = 'prose (section 1, overview)'
const SAME_EN = 'as in the 2019 table'
const EN_ROWS: Row[] = [
  [
    'year',
    'the year the report covers',
    'title or reporting-period sentence',
    'title or reporting-period sentence',
    'title or prose; a year taken from the publication date carries a warning',
  ],
  ['proactive_total', 'items of government information proactively disclosed', PROSE_EN, PROSE_EN, 'statistics table 1(1), or prose'],
  ['ch_web', 'of which on government websites', PROSE_EN, PROSE_EN, 'statistics table 1(2)2'],
  ['ch_wechat', 'of which on WeChat accounts', PROSE_EN, PROSE_EN, 'statistics table 1(2)4'],
  ['ch_weibo', 'of which on Weibo', PROSE_EN, PROSE_EN, 'statistics table 1(2)3'],
  ['ch_bulletin', 'of which on bulletin and notice boards', PROSE_EN, PROSE_EN, 'no row: prose (or counted under other means)'],
  ['ch_gazette', 'of which in the government gazette', PROSE_EN, PROSE_EN, 'statistics table 1(2)1'],
  ['ch_other', 'of which through channels the report calls other', PROSE_EN, PROSE_EN, 'statistics table 1(2)5'],
  ['responses', 'responses to public concerns or major opinion events', PROSE_EN, PROSE_EN, 'statistics table 2(1)'],
  ['interpretations', 'policy interpretations published', PROSE_EN, PROSE_EN, 'statistics table 2(2)3'],
  ['rules_made', 'rules (规章) made this year', 'art. 20(1) table, newly made', 'art. 20(1) table, issued this year', NONE],
  [
    'normative_made',
    'normative documents made this year',
    'art. 20(1) table, newly made',
    'art. 20(1) table, issued this year',
    'statistics table 1(1), normative documents issued',
  ],
  ['normative_valid', 'normative documents public / in force', 'art. 20(1) table, total public', 'art. 20(1) table, in force', NONE],
  ['licensing', 'administrative licensing decisions', 'art. 20(5) table, decisions', 'art. 20(5) table, decisions this year', NONE],
  ['penalties', 'administrative penalty decisions', 'art. 20(6) table, decisions', 'art. 20(6) table, decisions this year', NONE],
  ['coercion', 'administrative coercion decisions', 'art. 20(6) table, decisions', 'art. 20(6) table, decisions this year', NONE],
  [
    'admin_fees_wan',
    'administrative fees charged, 10k yuan',
    'art. 20(8) table has item counts only',
    'art. 20(8) table, amount (10k yuan)',
    NONE,
  ],
  ['procurement_projects', 'central government procurement projects', 'art. 20(9) table, projects', 'removed in the 2021 format', NONE],
  [
    'procurement_amount',
    'procurement total as written',
    'art. 20(9) table, total (no unit in the header)',
    'removed in the 2021 format',
    NONE,
  ],
  [
    'procurement_amount_wan',
    'procurement total in 10k yuan, only where the unit is known',
    'as above, unit from the cell or its sentence',
    'removed in the 2021 format',
    NONE,
  ],
  [
    'procurement_unit',
    'the amount’s unit: 元 or 万元; empty when the report does not say, never guessed',
    'the cell or its sentence',
    NONE,
    NONE,
  ],
  ['apps_new', 'applications newly received', 'section 3 table, row 1, total column', SAME_EN, 'statistics table 3(1)'],
  ['apps_carried_in', 'applications carried over from last year', 'section 3 table, row 2', SAME_EN, NONE],
  ['apps_granted', 'outcome: disclosed', 'section 3 table, 3(1)', SAME_EN, NONE],
  ['apps_partial', 'outcome: partly disclosed', 'section 3 table, 3(2)', SAME_EN, NONE],
  ['apps_denied', 'outcome: not disclosed (sum of 8 sub-rows)', 'section 3 table, 3(3) 1–8', SAME_EN, NONE],
  ['apps_unavailable', 'outcome: cannot be provided (sum of 3 sub-rows)', 'section 3 table, 3(4) 1–3', SAME_EN, NONE],
  ['apps_not_processed', 'outcome: not processed (sum of 5 sub-rows)', 'section 3 table, 3(5) 1–5', SAME_EN, NONE],
  ['apps_other', 'outcome: other', 'section 3 table, 3(6), one row', 'section 3 table, 3(6), usually 3 sub-rows', NONE],
  ['apps_total', 'outcomes in total', 'section 3 table, 3(7)', SAME_EN, 'statistics table 3(2), applications concluded'],
  ['apps_carried_out', 'carried into next year', 'section 3 table, row 4', SAME_EN, NONE],
  ['apps_natural_person', 'new applications from natural persons', 'section 3 table, row 1, natural persons', SAME_EN, NONE],
  [
    'apps_legal_entity',
    'new applications from legal persons and organisations',
    'section 3 table, row 1, their columns summed',
    SAME_EN,
    NONE,
  ],
  [
    'reconsideration_total',
    'administrative reconsiderations about disclosure',
    'section 4 table, reconsideration total',
    SAME_EN,
    'statistics table 4',
  ],
  ['reconsideration_corrected', 'of which corrected', 'section 4 table, corrected', SAME_EN, NONE],
  [
    'litigation_total',
    'lawsuits about disclosure (direct plus after reconsideration)',
    'section 4 table, both litigation totals',
    SAME_EN,
    'statistics table 5',
  ],
  ['litigation_corrected', 'of which corrected', 'section 4 table, both corrected', SAME_EN, NONE],
  ['complaints', 'complaints and reports', 'prose', 'prose', 'statistics table 6'],
  ['staff_total', 'people working on disclosure', 'prose', 'prose', 'statistics table 8(3)'],
  ['staff_fulltime', 'of which full-time', 'prose', 'prose', 'statistics table 8(3)1'],
  ['staff_parttime', 'of which part-time', 'prose', 'prose', 'statistics table 8(3)2'],
  ['meetings', 'disclosure work meetings', 'prose', 'prose', 'statistics table 9(1)'],
  ['trainings', 'training sessions', 'prose', 'prose', 'statistics table 9(2)'],
  ['trainees', 'people trained', 'prose', 'prose', 'statistics table 9(3)'],
  ['fees_wan', 'fees charged for disclosure on application, 10k yuan', 'prose (section 6)', 'prose (section 6)', 'statistics table 7'],
]

const toMap = (rows: Row[]) => new Map(rows.map(([field, meaning, t2019, t2021, old]) => [field, { meaning, t2019, t2021, old }]))
const ZH = toMap(ZH_ROWS)
const EN = toMap(EN_ROWS)

/** The fields the glossary explains, in its order (the contract's column order). */
export const GLOSSARY_FIELDS: readonly string[] = ZH_ROWS.map((r) => r[0])

export function glossary(locale: Locale): ReadonlyMap<string, GlossaryEntry> {
  return locale === 'en' ? EN : ZH
}

/** Which measures each panel shows: the glossary its title's info button opens on. */
export const PANEL_FIELDS: Readonly<Record<string, readonly string[]>> = {
  kpi: ['proactive_total', 'apps_new', 'reconsideration_total', 'litigation_total'],
  volume: ['proactive_total'],
  trends: ['proactive_total', 'apps_new', 'reconsideration_total', 'litigation_total', 'procurement_amount_wan'],
  channels: ['proactive_total', ...CHANNEL_COLUMNS],
  procurement: ['procurement_projects', 'procurement_amount', 'procurement_unit', 'procurement_amount_wan'],
  applications: ['apps_new', ...OUTCOME_COLUMNS, 'apps_total'],
  table: GLOSSARY_FIELDS,
  compare: GLOSSARY_FIELDS,
  quality: ['proactive_total', 'apps_new', 'apps_total', 'reconsideration_total', 'litigation_total', 'staff_total'],
  compliance: ['year', 'proactive_total', 'apps_new', 'apps_total'],
  coverage: ['year'],
  change: ['proactive_total', 'apps_new', 'reconsideration_total', 'litigation_total'],
}
