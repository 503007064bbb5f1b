/**
 * The 2019/2021 application table (section 三) as data: its seven columns and the labels of the
 * outcome rows that come in numbered groups, read by both the table reader (applicationTable.ts)
 * and the reader of archived tables whose cells ran together (gluedApplicationTable.ts).
 */

/** 自然人, five kinds of 法人或其他组织, 总计 */
export const APPLICATION_COLUMNS = 7

/** （三）不予公开 1–8 */
export const DENIED_LABELS = [
  '属于国家秘密',
  '其他法律行政法规禁止公开',
  '三安全一稳定',
  '保护第三方合法权益',
  '属于三类内部事务信息',
  '属于四类过程性信息',
  '属于行政执法案卷',
  '属于行政查询事项',
]

/** （四）无法提供 1–3 */
export const UNAVAILABLE_LABELS = ['本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确']

/** （五）不予处理 1–5 */
export const NOT_PROCESSED_LABELS = [
  '信访举报投诉类申请',
  '重复申请',
  '要求提供公开出版物',
  '无正当理由大量反复申请',
  '要求行政机关确认或重新出具已获取信息',
]

/** （六）其他处理 1–2 of the 2021 table (3 is 其他) */
export const OTHER_2021_LABELS = ['申请人无正当理由逾期不补正', '申请人逾期未按收费通知要求缴纳费用']
