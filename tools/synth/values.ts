import type { Template } from '../../src/data/schema.ts'
import type { Rng } from './prng.ts'
import type { Township } from './townships.ts'

/**
 * The known values of one synthetic report, and the choices that decide which of them the
 * text states. Everything that makes a value null (a blank cell, a missing sentence, a table
 * the format lacks) is decided here, so the CSV mode, which writes no text, knows the same
 * values as the text mode. Values are consistent: the application identity holds per column,
 * outcomes add up to 总计, 复议/诉讼 parts add up to their totals, channels stay under the total.
 */

export type N = number | null

/** How a table reaches the text (templates.md; the shapes of shared/corpus/reports). */
export type TableStyle = 'pipe-lines' | 'markdown' | 'tabs' | 'pdftotext' | 'label-blank-value' | 'html'

/** Application-table rows, in the official order (templates.md (a), (b)). */
export const DENIED_ROWS = [
  '1.属于国家秘密',
  '2.其他法律行政法规禁止公开',
  '3.危及“三安全一稳定”',
  '4.保护第三方合法权益',
  '5.属于三类内部事务信息',
  '6.属于四类过程性信息',
  '7.属于行政执法案卷',
  '8.属于行政查询事项',
] as const
export const UNAVAILABLE_ROWS = ['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'] as const
export const NOT_PROCESSED_ROWS = [
  '1.信访举报投诉类申请',
  '2.重复申请',
  '3.要求提供公开出版物',
  '4.无正当理由大量反复申请',
  '5.要求行政机关确认或重新出具已获取信息',
] as const
export const OTHER_ROWS_2021 = [
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '3.其他',
] as const

/** 7 cells: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计; null = blank row. */
export type AppRow = number[] | null

export interface AppTable {
  newRow: AppRow
  carriedIn: AppRow
  granted: AppRow
  partial: AppRow
  denied: AppRow[]
  unavailable: AppRow[]
  notProcessed: AppRow[]
  /** one row (2019, some 2021 reports) or three (most 2021 reports) */
  other: AppRow[]
  total: AppRow
  carriedOut: AppRow
}

export interface Channels {
  web: N
  wechat: N
  weibo: N
  bulletin: N
  gazette: N
  other: N
}

export interface Truth {
  township: Township
  year: number
  template: Template
  /** YYYY-MM-DD: the signature date (and the 发布日期 field when the page has one) */
  published: string
  /** pre-2019 only: the old 统计表 is in the text (else prose only) */
  statisticsTable: boolean
  tableStyle: TableStyle
  proactive_total: N
  channels: Channels
  responses: N
  interpretations: N
  /** 第二十条第(一)项: 规章 / 规范性文件, three columns each */
  rules: N[] | null
  normative: N[] | null
  /** 第二十条第(五)(六)项: 2019 [上一年, 增减, 处理决定]; 2021 [处理决定] */
  licensing: N[] | null
  otherServices: N[] | null
  penalties: N[] | null
  coercion: N[] | null
  /** 第二十条第(八)项: 2019 [上一年, 增减]; 2021 [本年收费金额 万元] */
  fees: N[] | null
  procurement: { projects: N; amount: N; unit: '元' | '万元' | null; unitIn: 'cell' | 'header' | 'none' } | null
  apps: AppTable | null
  /** pre-2019: 收到申请数 (table) or the count / zero in prose; 申请办结数 (table only) */
  appsNewPre: N
  appsTotalPre: N
  /** prose says no application was received (apps_new = 0 stated in words) */
  appsZeroSentence: boolean
  /** prose gives the count of new applications */
  appsCountSentence: boolean
  /** 15 numbers (templates.md section 四), or null when the row is blank */
  appeals: number[] | null
  /** pre-2019: 复议 / 诉讼 counts from the table or prose */
  reconsideration: N
  litigation: N
  /** prose states no reconsideration and no lawsuit */
  appealsZeroSentence: boolean
  complaints: N
  staff_total: N
  staff_fulltime: N
  staff_parttime: N
  /** how the staff are stated: total only, total and 专职/兼职, 专职/兼职 only (total derived), none */
  staffForm: 'total' | 'total-split' | 'split' | 'none'
  meetings: N
  trainings: N
  trainees: N
  fees_wan: N
}

export function templateOf(year: number): Template {
  return year <= 2018 ? 'pre-2019' : year <= 2020 ? '2019' : '2021'
}

/** Split `total` into `parts` non-negative integers, most of it in the first ones. */
function split(rng: Rng, total: number, parts: number): number[] {
  const out = new Array<number>(parts).fill(0)
  for (let i = 0; i < total; i++) {
    // applicants are mostly natural persons, outcomes mostly 予以公开
    const r = rng.next()
    const k = r < 0.6 ? 0 : Math.min(parts - 1, 1 + Math.floor(rng.next() * (parts - 1)))
    out[k]++
  }
  return out
}

/** A row of 7 from per-applicant counts (6) and their total. */
function row(cols: number[]): number[] {
  return [...cols, cols.reduce((s, c) => s + c, 0)]
}

function publishedDate(rng: Rng, year: number): string {
  const month = rng.weighted([
    [1, 5],
    [2, 3],
    [3, 2],
  ] as const)
  const day = rng.int(1, month === 2 ? 28 : 30)
  return `${year + 1}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The application table: per applicant column, 新收 + 上年结转 = 办理结果总计 + 结转下年度. */
function appTable(rng: Rng, template: Template): AppTable {
  const busy = rng.weighted([
    [0, 55],
    [1, 30],
    [2, 15],
  ] as const)
  const newTotal = busy === 0 ? 0 : busy === 1 ? rng.int(1, 6) : rng.int(7, 60)
  const newCols = split(rng, newTotal, 6)
  const inCols = newTotal > 0 && rng.chance(0.25) ? split(rng, rng.int(1, 3), 6) : [0, 0, 0, 0, 0, 0]
  const outCols = newCols.map((c) => (c > 0 && rng.chance(0.15) ? rng.int(0, Math.min(2, c)) : 0))
  const otherCount = template === '2021' && rng.chance(0.8) ? 3 : 1
  // outcome rows: granted, partial, denied×8, unavailable×3, notProcessed×5, other×k
  const outcomeRows = 2 + 8 + 3 + 5 + otherCount
  const outcomes: number[][] = Array.from({ length: outcomeRows }, () => [0, 0, 0, 0, 0, 0])
  for (let col = 0; col < 6; col++) {
    const handled = newCols[col] + inCols[col] - outCols[col]
    for (let i = 0; i < handled; i++) {
      const r = rng.next()
      // 予以公开 most, then 部分公开, 无法提供 (不掌握), 不予处理, the rest
      const k =
        r < 0.55
          ? 0
          : r < 0.7
            ? 1
            : r < 0.85
              ? 2 + 8 + rng.int(0, 2)
              : r < 0.93
                ? 2 + 8 + 3 + rng.int(0, 4)
                : r < 0.97
                  ? 2 + rng.int(0, 7)
                  : 2 + 8 + 3 + 5 + rng.int(0, otherCount - 1)
      outcomes[k][col]++
    }
  }
  const rows = outcomes.map(row)
  const totalRow = row([0, 1, 2, 3, 4, 5].map((c) => newCols[c] + inCols[c] - outCols[c]))
  // A reporter may leave a row blank instead of writing zeros: only rows that are zero, so the
  // identity still holds when blank is read as zero. (In pdftotext output a blank row is its
  // label with no numbers, which is still unambiguous.)
  const blankable = (r: number[]): AppRow => (r[6] === 0 && rng.chance(0.06) ? null : r)
  return {
    newRow: row(newCols),
    carriedIn: blankable(row(inCols)),
    granted: blankable(rows[0]),
    partial: blankable(rows[1]),
    denied: rows.slice(2, 10).map(blankable),
    unavailable: rows.slice(10, 13).map(blankable),
    notProcessed: rows.slice(13, 18).map(blankable),
    other: rows.slice(18).map(blankable),
    total: totalRow,
    carriedOut: blankable(row(outCols)),
  }
}

/** 行政复议 维持 纠正 其他 尚未审结 总计; 直接起诉 ×5; 复议后起诉 ×5. */
function appeals(rng: Rng, apps: number): number[] {
  const group = (max: number) => {
    const n = apps > 0 && rng.chance(0.12) ? rng.int(1, max) : 0
    const parts = [0, 0, 0, 0]
    for (let i = 0; i < n; i++)
      parts[
        rng.weighted([
          [0, 6],
          [1, 2],
          [2, 1],
          [3, 2],
        ] as const)
      ]++
    return [...parts, n]
  }
  return [...group(2), ...group(2), ...group(1)]
}

export function makeTruth(rng: Rng, township: Township, year: number): Truth {
  const template = templateOf(year)
  const pre = template === 'pre-2019'
  const statisticsTable = pre && rng.chance(0.5)
  const tableStyle: TableStyle = pre
    ? rng.weighted([
        ['label-blank-value', 4],
        ['pipe-lines', 2],
        ['tabs', 1],
        ['pdftotext', 2],
        ['html', 1],
      ] as const)
    : rng.weighted([
        ['pipe-lines', 4],
        ['markdown', 2],
        ['tabs', 2],
        ['pdftotext', 2],
        ['html', 1],
      ] as const)

  const total = rng.weighted([
    [rng.int(15, 120), 4],
    [rng.int(120, 900), 5],
    [rng.int(900, 4000), 1],
  ] as const)
  // channels: parts of the total (never above it); some channels unstated
  let left = total
  const part = (share: number, p: number): N => {
    if (!rng.chance(p)) return null
    const n = Math.min(left, Math.round(total * share * (0.5 + rng.next())))
    left -= n
    return n
  }
  const channels: Channels = {
    web: part(0.45, 0.85),
    wechat: part(0.3, pre ? 0.4 : 0.7),
    weibo: part(0.08, pre ? 0.25 : 0.2),
    bulletin: statisticsTable ? null : part(0.15, 0.5),
    gazette: null,
    other: part(0.1, statisticsTable ? 0.5 : 0.15),
  }
  const proactive_total = rng.chance(0.95) ? total : null

  const t: Truth = {
    township,
    year,
    template,
    published: publishedDate(rng, year),
    statisticsTable,
    tableStyle,
    proactive_total,
    channels,
    responses: null,
    interpretations: null,
    rules: null,
    normative: null,
    licensing: null,
    otherServices: null,
    penalties: null,
    coercion: null,
    fees: null,
    procurement: null,
    apps: null,
    appsNewPre: null,
    appsTotalPre: null,
    appsZeroSentence: false,
    appsCountSentence: false,
    appeals: null,
    reconsideration: null,
    litigation: null,
    appealsZeroSentence: false,
    complaints: null,
    staff_total: null,
    staff_fulltime: null,
    staff_parttime: null,
    staffForm: 'none',
    meetings: null,
    trainings: null,
    trainees: null,
    fees_wan: null,
  }

  const full = rng.int(0, 2)
  const partTime = rng.int(1, 5)
  if (pre) {
    preValues(rng, t, full, partTime)
  } else {
    newFormatValues(rng, t, full, partTime)
  }
  return t
}

/** pre-2019: the old 统计表 (blank cells = unstated) or prose only. */
function preValues(rng: Rng, t: Truth, full: number, partTime: number): void {
  const apps = rng.weighted([
    [0, 75],
    [rng.int(1, 5), 25],
  ] as const)
  const maybe = (v: number, p: number): N => (rng.chance(p) ? v : null)
  if (t.statisticsTable) {
    t.responses = maybe(rng.int(0, 30), 0.7)
    t.interpretations = maybe(rng.int(0, 10), 0.6)
    t.normative = [null, null, null]
    t.normative[0] = maybe(rng.int(0, 3), 0.6)
    t.apps = null
    t.reconsideration = maybe(0, 0.85)
    t.litigation = maybe(0, 0.85)
    t.complaints = maybe(0, 0.7)
    t.fees_wan = maybe(0, 0.4)
    const splitStated = rng.chance(0.8)
    const totalStated = rng.chance(0.9)
    t.staffForm = splitStated ? (totalStated ? 'total-split' : 'split') : totalStated ? 'total' : 'none'
    setStaff(t, full, partTime)
    t.meetings = maybe(rng.int(0, 4), 0.6)
    t.trainings = maybe(rng.int(0, 3), 0.6)
    t.trainees = t.trainings === null ? null : maybe(t.trainings * rng.int(5, 30), 0.8)
    // 收到申请数 and 申请办结数 (same number: nothing carried over in these small bodies)
    const stated = rng.chance(0.9)
    t.appsTotalPre = stated ? apps : null
    t.appsNewPre = stated ? apps : null
  } else {
    if (apps === 0 && rng.chance(0.8)) t.appsZeroSentence = true
    else if (apps > 0 && rng.chance(0.7)) t.appsCountSentence = true
    t.appsNewPre = t.appsZeroSentence ? 0 : t.appsCountSentence ? apps : null
    t.appealsZeroSentence = rng.chance(0.7)
    if (t.appealsZeroSentence) {
      t.reconsideration = 0
      t.litigation = 0
    }
    staffProse(rng, t, full, partTime)
  }
}

function staffProse(rng: Rng, t: Truth, full: number, partTime: number): void {
  t.staffForm = rng.weighted([
    ['total', 3],
    ['total-split', 2],
    ['split', 2],
    ['none', 3],
  ] as const)
  setStaff(t, full, partTime)
}

/** staff_total is stated, or 专职 plus 兼职 where only those are given (LABELS.md). */
function setStaff(t: Truth, full: number, partTime: number): void {
  if (t.staffForm === 'none') return
  t.staff_total = full + partTime
  if (t.staffForm !== 'total') {
    t.staff_fulltime = full
    t.staff_parttime = partTime
  }
}

/** 2019 / 2021: the 第二十条 tables, the application table, the 15-column appeals row. */
function newFormatValues(rng: Rng, t: Truth, full: number, partTime: number): void {
  const is2021 = t.template === '2021'
  const pdf = t.tableStyle === 'pdftotext'
  // a blank cell (unstated); pdftotext loses blank cells, so there a value is always written
  const cell = (v: number): N => (!pdf && rng.chance(0.05) ? null : v)
  const valid = rng.int(0, 12)
  const made = rng.int(0, Math.min(3, valid))
  t.rules = [cell(0), cell(0), cell(0)]
  t.normative = is2021 ? [cell(made), cell(rng.int(0, 2)), cell(valid)] : [cell(made), cell(made), cell(valid)]
  const decisions = (max: number) => rng.int(0, max)
  if (is2021) {
    t.licensing = [cell(decisions(80))]
    t.penalties = [cell(decisions(15))]
    t.coercion = [cell(decisions(3))]
    t.fees = [cell(rng.chance(0.85) ? 0 : Number((rng.int(1, 500) / 10).toFixed(1)))]
  } else {
    const triple = (max: number) => [cell(rng.int(0, 20)), cell(rng.int(-3, 5)), cell(decisions(max))]
    t.licensing = triple(80)
    t.otherServices = triple(20)
    t.penalties = triple(15)
    t.coercion = triple(3)
    t.fees = [cell(rng.int(0, 3)), cell(0)]
    const projects = rng.int(0, 40)
    const unitIn = rng.weighted([
      ['none', 5],
      ['cell', 3],
      ['header', 1],
    ] as const)
    const unit = unitIn === 'none' ? null : rng.pick(['元', '万元'] as const)
    const amount = projects === 0 ? 0 : unit === '万元' ? rng.int(5, 900) : rng.int(10000, 2000000)
    t.procurement = { projects: cell(projects), amount: cell(amount), unit, unitIn }
  }
  t.apps = appTable(rng, t.template)
  const appsNew = t.apps.newRow![6]
  if (appsNew === 0 && rng.chance(0.5)) t.appsZeroSentence = true
  else if (appsNew > 0 && rng.chance(0.3)) t.appsCountSentence = true
  t.appeals = !pdf && rng.chance(0.04) ? null : appeals(rng, appsNew)
  const appealsZero = t.appeals === null || (t.appeals[4] === 0 && t.appeals[9] === 0 && t.appeals[14] === 0)
  if (appealsZero && rng.chance(t.appeals === null ? 0.8 : 0.4)) t.appealsZeroSentence = true
  t.interpretations = rng.chance(0.25) ? rng.int(1, 12) : null
  staffProse(rng, t, full, partTime)
}
