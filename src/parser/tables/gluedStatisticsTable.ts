import type { FactField } from '../../data/schema.ts'
import type { Collector } from '../collect.ts'
import { FROM_TABLE } from '../collect.ts'
import { certainCell, cutRow, narrowJointly, readDigitRuns, type Piece } from './digitRuns.ts'
import { rowQuote } from './statisticsTable.ts'

/**
 * An old (pre-2019) statistics table whose cells ran together, label, unit and numbers:
 * `指标名称计量单位2012年度历年累计主动公开信息数条20263542其中：1.网站公开条179533042.政府公报
 * 公开条07…对申请的答复数条2121其中：1.同意公开答复数条1717…`. The rows are read in order
 * (a numbered row's item number is glued to the digits before it), each is cut into the
 * table's value columns (one, or 本年度 + 历年累计, where the year's figure cannot exceed the
 * running total), and a row with numbered sub-rows is narrowed with them: the sub-rows add up
 * to it, or, where they do not in any cut (channels may overlap), none exceeds it. A row
 * still open is settled only by the text itself: the one cut whose figure the report also
 * states in a sentence (`主动公开政府信息2026条`).
 */

const HEADER =
  /(?:指标名称|统\s*计\s*指\s*标)\s*(?:计量)?\s*单位\s*([^\d\n]{0,4}(?:\d{4}\s*年度?)?[^\d\n]{0,8}?(?:历年)?累计)?(?:统计数|数值|本年数)?/g

/** Which field a row's label gives (first match), and the label patterns. */
const FIELDS: Array<[FactField, RegExp]> = [
  ['proactive_total', /^主动公开(?:政府)?信息(?:数|条数|总数)$/],
  ['ch_web', /^(?:政府)?网站公开(?:政府信息)?(?:数)?$/],
  ['ch_gazette', /^政府公报公开(?:政府信息)?(?:数)?$/],
  ['ch_weibo', /^政务微博公开(?:政府信息)?(?:数)?$/],
  ['ch_wechat', /^政务微信公开(?:政府信息)?(?:数)?$/],
  ['ch_other', /^其[他它]方式公开(?:政府信息)?(?:数)?$/],
  ['staff_total', /^从事政府信息公开工作(?:的)?人员(?:数|数量)$/],
  ['apps_new', /^(?:受理依申请公开信息总数|收到申请(?:数|总数))$/],
  ['apps_total', /^(?:申请办结数|(?:对申请的)?答复(?:总)?数|申请答复数)$/],
  ['reconsideration_total', /^行政复议(?:数|数量|案件数)$/],
  ['litigation_total', /^行政诉讼(?:数|数量|案件数)$/],
]

interface GluedRow {
  item: number | null
  label: string
  labelStart: number
  end: number
  cuts: Piece[][] | null
  /** a head without a value stands between this numbered row and the row before: no parent */
  headed?: boolean
  /** the row states nothing (its unit runs straight into the next row's item number) */
  empty?: boolean
}

/** a unit straight after a label's last character or its closing bracket, digits following */
const UNIT_BEFORE_DIGITS = /(?<=[\u3400-\u9fff）)])(人次|条|件|个|人|次|篇|项|万元|元)(?=\s*\d)/g
const NEXT_ITEM = /^\s*(\d{1,2})\s*[.、．]\s*[\u3400-\u9fff]/
/** bracketed notes inside a label (`（不同渠道和方式公开相同信息计1条）`) */
const LABEL_NOTE = /[(（][^()（）]{4,}[)）]/g
/** what numbers or heads a label: `（一）`, `一、`, `1.`, `其中：`, dashes of an empty cell */
const LABEL_MARK = /[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}\s*[.、．]|其中\s*[:：]?|[—－-]+|\s+/

/**
 * The next row from `pos`: its label runs to the first unit that digits follow (a unit after a
 * digit, `计1条`, is part of a note). Section heads and enumerators before the label are dropped;
 * the row's own item number (`3.政务微博…`) is kept.
 */
function nextRow(
  text: string,
  pos: number,
  limit: number,
): { item: number | null; label: string; labelStart: number; labelEnd: number; headed: boolean } | null {
  UNIT_BEFORE_DIGITS.lastIndex = pos
  const u = UNIT_BEFORE_DIGITS.exec(text)
  if (!u || u.index >= limit || u.index - pos > 200) return null
  const raw = text.slice(pos, u.index)
  const parts = raw
    .replace(LABEL_NOTE, '')
    .split(LABEL_MARK)
    .filter((x) => x && /[\u3400-\u9fff]/.test(x))
  const label = parts.length ? parts[parts.length - 1] : ''
  if (label.length < 2 || label.length > 40) return null
  const at = Math.max(0, raw.lastIndexOf(label))
  const own = /(\d{1,2})\s*[.、．]\s*$/.exec(raw.slice(0, at))
  // a head with no value of its own before the item (`（二）通过不同渠道…的情况 1.政府公报…`)
  const headed = own !== null && /[\u3400-\u9fff]/.test(raw.slice(0, own.index).replace(/其中\s*[:：]?/g, ''))
  return { item: own ? Number(own[1]) : null, label, labelStart: pos + at, labelEnd: u.index + u[0].length, headed }
}

/** True when the text has a statistics table whose first row's numbers are glued to its unit. */
export function readGluedStatisticsTable(text: string, out: Collector): void {
  HEADER.lastIndex = 0
  const header = HEADER.exec(text)
  if (!header) return
  const columns = header[1] ? 2 : 1
  let pos = header.index + header[0].length
  const limit = Math.min(text.length, pos + 6000)
  const rows: GluedRow[] = []
  let glued = false
  while (pos < limit) {
    const row = nextRow(text, pos, limit)
    if (!row) break
    const { item, label, labelStart, labelEnd, headed } = row
    // the digits end in the next row's item number when a numbered row follows
    const runs =
      readDigitRuns(text, labelEnd, limit, item === null ? 1 : item + 1) ?? readDigitRuns(text, labelEnd, limit, item === null ? null : 1)
    if (!runs) {
      // `政府公报公开政府信息数条2.政府网站…`: nothing stated, the digits are the next row's item number
      const next = NEXT_ITEM.exec(text.slice(labelEnd, labelEnd + 6))
      if (!next || ![item === null ? 1 : item + 1, 1].includes(Number(next[1]))) break
      rows.push({ item, label, labelStart, end: labelEnd, cuts: null, empty: true, headed })
      pos = labelEnd + (next[0].length - next[0].trimStart().length)
      glued = true
      continue
    }
    // cells ran together: fewer runs than columns, or the digits touch the next label
    if (runs.runs.length < columns && runs.runs.some((r) => r.digits.length > 1)) glued = true
    if (/^[.、．]?[\u3400-\u9fff]/.test(text.slice(runs.end, runs.end + 2))) glued = true
    const yearFirst = (v: number[]) => columns === 1 || v[0] <= v[1]
    rows.push({ item, label, labelStart, end: runs.end, cuts: cutRow(runs.runs, columns, yearFirst), headed })
    pos = runs.end
  }
  if (!glued || rows.length < 2) return

  // families: a row and the numbered rows under it
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].item !== null) continue
    let j = i + 1
    while (j < rows.length && rows[j].item !== null && !rows[j].headed) j++
    if (j > i + 1) narrowFamily(rows.slice(i, j), columns)
    i = j - 1
  }
  const table = { start: header.index, end: pos }
  let certain = 0
  const unsure: string[] = []
  for (const row of rows) {
    if (row.cuts && row.cuts.length > 1) row.cuts = confirmedByText(text, table, row.cuts)
    if (row.cuts && row.cuts.length === 1) certain++
    else unsure.push(row.label)
    const field = FIELDS.find(([, re]) => re.test(row.label))?.[0]
    const cell = row.cuts ? certainCell(row.cuts, 0) : null
    if (field && cell) out.add(field, cell.value, cell.start, cell.end, FROM_TABLE, rowQuote(text, row.labelStart, row.end))
  }
  if (unsure.length) {
    out.warn(
      'table_split_ambiguous',
      { certain, unsure: unsure.length, rows: unsure.slice(0, 4).join('、') },
      {
        start: table.start,
        end: table.end,
      },
      'statistics',
    )
  }
}

function narrowFamily(family: GluedRow[], columns: number): void {
  const cuts = family.map((r) => r.cuts)
  const sums = (pick: Array<Piece[] | null>) => {
    const [parent, ...children] = pick
    if (!parent || children.some((c) => !c)) return true
    for (let c = 0; c < columns; c++) if (children.reduce((s, x) => s + x![c].value, 0) !== parent[c].value) return false
    return true
  }
  const within = (pick: Array<Piece[] | null>) => {
    const [parent, ...children] = pick
    if (!parent) return true
    for (const child of children) if (child) for (let c = 0; c < columns; c++) if (child[c].value > parent[c].value) return false
    return true
  }
  let narrowed = narrowJointly(cuts, sums)
  if (narrowed === cuts) narrowed = narrowJointly(cuts, within)
  family.forEach((r, i) => (r.cuts = narrowed[i]))
}

/** The cuts whose first figure the report also states outside the table (`2026条`), when that leaves exactly one value. */
function confirmedByText(text: string, table: { start: number; end: number }, cuts: Piece[][]): Piece[][] {
  const stated = (value: number) => {
    const re = new RegExp(`(?<![\\d.])${value}\\s*(?:余|多)?(?:条|件|个|人|次|篇|项)`, 'g')
    for (let m = re.exec(text); m; m = re.exec(text)) if (m.index < table.start || m.index >= table.end) return true
    return false
  }
  const values = [...new Set(cuts.map((c) => c[0].value))]
  const confirmed = values.filter(stated)
  return confirmed.length === 1 ? cuts.filter((c) => c[0].value === confirmed[0]) : cuts
}
