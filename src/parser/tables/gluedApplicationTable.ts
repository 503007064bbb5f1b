import type { FactField } from '../../data/schema.ts'
import type { Collector } from '../collect.ts'
import { FROM_TABLE } from '../collect.ts'
import { certainCell, cutRow, narrowJointly, partsMakeTotal, readDigitRuns, type Piece } from './digitRuns.ts'
import { findFrom, loose } from './loose.ts'
import { rowQuote } from './statisticsTable.ts'
import {
  APPLICATION_COLUMNS as COLUMNS,
  DENIED_LABELS,
  NOT_PROCESSED_LABELS,
  OTHER_2021_LABELS,
  UNAVAILABLE_LABELS,
} from './applicationRowLabels.ts'

/**
 * Section 三 (the application table) when its cells ran together: `一、本年新收政府信息公开
 * 申请数量 713000074二、上年结转…1000001三、…（七）总计 723000075`. Each row is cut into its
 * seven cells (自然人, five kinds of 法人或其他组织, 总计) so that the six parts add up to the
 * 总计; the rows are then narrowed together down each column: the outcome rows add up to
 * (七)总计, and 一 + 二 = (七)总计 + 四. A value is kept only where the cut is certain.
 */

interface RowSpec {
  key: string
  label: RegExp
  /** item number of the row that follows (`2.` glued to this row's digits), when numbered */
  nextItem: number | null
}

const numbered = (labels: string[], prefix: string): RowSpec[] =>
  labels.map((l, i) => ({ key: `${prefix}${i + 1}`, label: loose(l), nextItem: i + 1 < labels.length ? i + 2 : null }))

const DENIED = numbered(DENIED_LABELS, 'denied')
const UNAVAILABLE = numbered(UNAVAILABLE_LABELS, 'unavailable')
const NOT_PROCESSED = numbered(NOT_PROCESSED_LABELS, 'notProcessed')
const OTHER_SPLIT: RowSpec[] = [
  { key: 'other1', label: loose(OTHER_2021_LABELS[0]), nextItem: 2 },
  { key: 'other2', label: loose(OTHER_2021_LABELS[1]), nextItem: 3 },
  { key: 'other3', label: /\d\s*[.、]\s*其\s*他(?!\s*处\s*理)/g, nextItem: null },
]
const OUTCOME_KEYS = ['granted', 'partial', ...DENIED, ...UNAVAILABLE, ...NOT_PROCESSED].map((r) => (typeof r === 'string' ? r : r.key))

interface GluedRow {
  key: string
  labelStart: number
  end: number
  cuts: Piece[][] | null
}

/** Words between a row's label and its digits (the rest of a long label, closing quotes, notes). */
const LABEL_TAIL = /^[^\d\n（(（]{0,40}?(?=[\s(（]*\d|[(（])/

/**
 * True when the first row's numbers are glued into a run that cannot be the row's cells as
 * they are: fewer separate numbers than columns.
 */
export function looksGlued(text: string, labelEnd: number): boolean {
  const r = readDigitRuns(text, skipLabelTail(text, labelEnd), Math.min(text.length, labelEnd + 200))
  if (!r) return false
  const digits = r.runs.reduce((n, x) => n + x.digits.length, 0)
  return r.runs.length < COLUMNS && digits >= COLUMNS
}

function skipLabelTail(text: string, from: number): number {
  const m = LABEL_TAIL.exec(text.slice(from, from + 60))
  return from + (m ? m[0].length : 0)
}

/** Reads the glued table starting at the 本年新收 row; returns where it ended. */
export function readGluedApplicationTable(text: string, from: number, out: Collector): number {
  const limit = Math.min(text.length, from + 8000)
  let pos = from
  const rows = new Map<string, GluedRow>()
  const read = (key: string, label: RegExp, nextItem: number | null): GluedRow | null => {
    const m = findFrom(text, label, pos, limit)
    if (!m) return null
    const labelEnd = m.index + m[0].length
    const runs = readDigitRuns(text, skipLabelTail(text, labelEnd), limit, nextItem)
    const end = runs ? runs.end : labelEnd
    pos = end
    const row: GluedRow = { key, labelStart: m.index, end, cuts: runs ? cutRow(runs.runs, COLUMNS, partsMakeTotal) : null }
    rows.set(key, row)
    return row
  }
  read('new', loose('本年新收'), null)
  read('carriedIn', loose('上年结转'), null)
  read('granted', loose('予以公开'), null)
  read('partial', loose('部分公开'), null)
  for (const spec of [...DENIED, ...UNAVAILABLE, ...NOT_PROCESSED]) read(spec.key, spec.label, spec.nextItem)
  const other = findFrom(text, loose('其他处理'), pos, limit)
  const otherKeys: string[] = []
  if (other && /^\s*1\s*[.、．]\s*[\u3400-\u9fff]/.test(text.slice(other.index + other[0].length, other.index + other[0].length + 12))) {
    pos = other.index + other[0].length
    for (const spec of OTHER_SPLIT) if (read(spec.key, spec.label, spec.nextItem)) otherKeys.push(spec.key)
  } else if (read('other', loose('其他处理'), null)) otherKeys.push('other')
  read('total', /(?:[(（]\s*七\s*[)）]\s*)?总\s*计/g, null)
  read('carriedOut', loose('结转下年度继续办理'), null)

  // down each column: outcomes add up to the total, and 一 + 二 = total + 四
  const keys = [...rows.keys()]
  const outcomeIdx = [...OUTCOME_KEYS, ...otherKeys].map((k) => keys.indexOf(k))
  const at = (k: string) => keys.indexOf(k)
  const narrowed = narrowJointly(
    keys.map((k) => rows.get(k)!.cuts),
    (pick) => {
      const total = pick[at('total')]
      for (let c = 0; c < COLUMNS; c++) {
        if (total && outcomeIdx.every((i) => i >= 0 && pick[i])) {
          const sum = outcomeIdx.reduce((s, i) => s + pick[i]![c].value, 0)
          if (sum !== total[c].value) return false
        }
        const [a, b, d] = [pick[at('new')], pick[at('carriedIn')], pick[at('carriedOut')]]
        if (a && b && d && total && a[c].value + b[c].value !== total[c].value + d[c].value) return false
      }
      return true
    },
  )
  keys.forEach((k, i) => (rows.get(k)!.cuts = narrowed[i]))

  let certain = 0
  const unsure: string[] = []
  for (const row of rows.values()) {
    if (row.cuts && row.cuts.length === 1) certain++
    else if (row.cuts && row.cuts.length > 1) unsure.push(text.slice(row.labelStart, row.end).replace(/\s+/g, ' ').slice(0, 40))
  }
  if (unsure.length) {
    out.warn(
      'table_split_ambiguous',
      { certain, unsure: unsure.length, rows: unsure.slice(0, 3).join(' / ') },
      { field: 'apps_total', start: from, end: pos },
      'applications',
    )
  }

  const quoteOf = (row: GluedRow) => rowQuote(text, row.labelStart, row.end)
  const cell = (key: string, index: number): Piece | null => {
    const row = rows.get(key)
    return row && row.cuts ? certainCell(row.cuts, index) : null
  }
  const put = (field: FactField, key: string) => {
    const c = cell(key, COLUMNS - 1)
    if (c) out.add(field, c.value, c.start, c.end, FROM_TABLE, quoteOf(rows.get(key)!))
  }
  const putSum = (field: FactField, keysOf: string[]) => {
    const cells = keysOf.map((k) => cell(k, COLUMNS - 1))
    if (!keysOf.length || cells.some((c) => c === null)) return
    const parts = cells as Piece[]
    const first = rows.get(keysOf[0])!
    const last = rows.get(keysOf[keysOf.length - 1])!
    out.add(
      field,
      parts.reduce((s, c) => s + c.value, 0),
      parts[0].start,
      parts[parts.length - 1].end,
      FROM_TABLE,
      rowQuote(text, first.labelStart, last.end),
    )
  }
  put('apps_new', 'new')
  const natural = cell('new', 0)
  if (natural) out.add('apps_natural_person', natural.value, natural.start, natural.end, FROM_TABLE, quoteOf(rows.get('new')!))
  const legal = [1, 2, 3, 4, 5].map((i) => cell('new', i))
  if (legal.every((c) => c !== null)) {
    const parts = legal as Piece[]
    out.add(
      'apps_legal_entity',
      parts.reduce((s, c) => s + c.value, 0),
      parts[0].start,
      parts[4].end,
      FROM_TABLE,
      quoteOf(rows.get('new')!),
    )
  }
  put('apps_carried_in', 'carriedIn')
  put('apps_granted', 'granted')
  put('apps_partial', 'partial')
  putSum(
    'apps_denied',
    DENIED.map((r) => r.key).filter((k) => rows.has(k)),
  )
  putSum(
    'apps_unavailable',
    UNAVAILABLE.map((r) => r.key).filter((k) => rows.has(k)),
  )
  putSum(
    'apps_not_processed',
    NOT_PROCESSED.map((r) => r.key).filter((k) => rows.has(k)),
  )
  putSum('apps_other', otherKeys)
  put('apps_total', 'total')
  put('apps_carried_out', 'carriedOut')
  return pos
}

/**
 * One row run together inside a table otherwise read cell by cell (`（二）部分公开 8100009`):
 * its seven cells when exactly one cut makes the parts add up to the 总计, else null.
 */
export function gluedRowCells(text: string, labelEnd: number, limit: number): Piece[] | null {
  const from = skipLabelTail(text, labelEnd)
  const end = Math.min(limit, from + 200)
  // a numbered row follows (`…00000002.其他法律…`): its item number is glued to these digits
  const next = /^\s*\d[\d\s]*?(\d)\s*[.、．]\s*[\u3400-\u9fff]/.exec(text.slice(from, end))
  const runs = readDigitRuns(text, from, end, next ? Number(next[1]) : null)
  if (!runs) return null
  const digits = runs.runs.reduce((n, r) => n + r.digits.length, 0)
  if (runs.runs.length >= COLUMNS || digits < COLUMNS) return null
  const cuts = cutRow(runs.runs, COLUMNS, partsMakeTotal)
  return cuts && cuts.length === 1 ? cuts[0] : null
}
