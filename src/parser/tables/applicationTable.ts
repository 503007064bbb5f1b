import type { FactField } from '../../data/schema.ts'
import type { Collector } from '../collect.ts'
import { FROM_TABLE } from '../collect.ts'
import { cutAfter, readCells, rowAfterLabel, type Cell } from './cells.ts'
import { certainCell, cutRow, readDigitRuns, type Piece } from './digitRuns.ts'
import { gluedRowCells, looksGlued, readGluedApplicationTable } from './gluedApplicationTable.ts'
import { findFrom, loose } from './loose.ts'
import { rowQuote } from './statisticsTable.ts'
import {
  APPLICATION_COLUMNS as COLUMNS,
  DENIED_LABELS as DENIED,
  NOT_PROCESSED_LABELS as NOT_PROCESSED,
  OTHER_2021_LABELS as OTHER_2021,
  UNAVAILABLE_LABELS as UNAVAILABLE,
} from './applicationRowLabels.ts'

/**
 * Section 三 of the 2019 and 2021 formats: 收到和处理政府信息公开申请情况. Each row has seven
 * columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计. Groups
 * (三)不予公开 (四)无法提供 (五)不予处理 have no subtotal row: their sub-rows are added up.
 * (六)其他处理 is one row (2019) or three (2021). Rows are looked for in order, each after
 * the previous one, so a label in the narrative or the header never takes a row's numbers.
 */
interface Row {
  cells: Cell[]
  labelStart: number
  end: number
}

/** Reads the table if there is one; returns where it ended (or -1 when there is none). */
export function readApplicationTable(text: string, out: Collector): number {
  const first = findFrom(text, loose('本年新收'), 0)
  if (!first) return -1
  // an archived page whose cells ran together: cut the digit runs with the table's identities
  if (looksGlued(text, first.index + first[0].length)) return readGluedApplicationTable(text, first.index, out)
  let pos = first.index
  const limit = Math.min(text.length, pos + 20000)

  const readRow = (label: RegExp): Row | null => {
    const m = findFrom(text, label, pos, limit)
    if (!m) return null
    let cells = markdownRow(text, m.index)
      ? markdownCells(text, m.index + m[0].length)
      : rowAfterLabel(text, m.index + m[0].length, COLUMNS)
    if (cells.length < COLUMNS && !cutAfter(text, cells, COLUMNS)) {
      // this row's cells ran together (archived pages): a certain cut, else as read
      const glued = gluedRowCells(text, m.index + m[0].length, limit)
      if (glued) cells = glued.map((p) => ({ kind: 'num' as const, value: p.value, start: p.start, end: p.end }))
    }
    const end = cells.length ? cells[cells.length - 1].end : m.index + m[0].length
    pos = end
    return { cells, labelStart: m.index, end }
  }
  const put = (field: FactField, row: Row | null) => {
    if (!row || row.cells.length === 0 || cutAfter(text, row.cells, COLUMNS)) return
    const total = row.cells[row.cells.length - 1]
    if (total.value === null) return
    out.add(field, total.value, total.start, total.end, FROM_TABLE, rowQuote(text, row.labelStart, row.end))
  }
  /** A group: its own numbers when it has them, else the sum of its sub-rows. */
  const putGroup = (field: FactField, groupLabel: string, subLabels: string[], trailingOther = false) => {
    const group = readRow(loose(groupLabel))
    if (group && group.cells.some((c) => c.value !== null)) {
      // `（三）不予公开 1.属于国家秘密 1 0 …`: numbers after a sub-row label on the same line
      // are that sub-row's, not the group's.
      const gap = text.slice(group.labelStart, group.cells[0].start).replace(/[(（][^)）]*[)）]/g, '')
      if (!/\d\s*[.、．]\s*[\u4e00-\u9fff]/.test(gap)) return put(field, group)
      pos = group.labelStart + 1
    }
    const groupStart = group?.labelStart ?? pos
    const subs: Row[] = []
    for (const label of subLabels) {
      const r = readRow(loose(label))
      if (r) subs.push(r)
    }
    if (trailingOther) {
      const r = readRow(/\d\s*[.、]\s*其\s*他(?!\s*处\s*理)/g)
      if (r) subs.push(r)
    }
    if (subs.some((r) => cutAfter(text, r.cells, COLUMNS))) return
    const totals = subs.map((r) => r.cells[r.cells.length - 1]).filter((c): c is Cell => c !== undefined && c.value !== null)
    if (totals.length === 0) return
    const sum = totals.reduce((s, c) => s + (c.value ?? 0), 0)
    const last = subs[subs.length - 1]
    out.add(field, sum, totals[0].start, totals[totals.length - 1].end, FROM_TABLE, rowQuote(text, groupStart, last.end))
  }

  const newRow = readRow(loose('本年新收'))
  put('apps_new', newRow)
  if (newRow && newRow.cells.length === COLUMNS) {
    const [natural, ...rest] = newRow.cells
    const quote = rowQuote(text, newRow.labelStart, newRow.end)
    if (natural.value !== null) out.add('apps_natural_person', natural.value, natural.start, natural.end, FROM_TABLE, quote)
    const legal = rest.slice(0, 5)
    if (legal.some((c) => c.value !== null)) {
      out.add(
        'apps_legal_entity',
        legal.reduce((s, c) => s + (c.value ?? 0), 0),
        legal[0].start,
        legal[4].end,
        FROM_TABLE,
        quote,
      )
    }
  }
  put('apps_carried_in', readRow(loose('上年结转')))
  put('apps_granted', readRow(loose('予以公开')))
  put('apps_partial', readRow(loose('部分公开')))
  putGroup('apps_denied', '不予公开', DENIED)
  putGroup('apps_unavailable', '无法提供', UNAVAILABLE)
  putGroup('apps_not_processed', '不予处理', NOT_PROCESSED)
  putGroup('apps_other', '其他处理', OTHER_2021, true)
  put('apps_total', readRow(/(?:[(（]\s*七\s*[)）]\s*)?总\s*计/g))
  put('apps_carried_out', readRow(loose('结转下年度继续办理')))
  return pos
}

/** The label sits on a markdown row (`| 一、本年新收… | | | 371 | …`). */
function markdownRow(text: string, labelStart: number): boolean {
  const ls = text.lastIndexOf('\n', labelStart - 1) + 1
  return labelStart - ls < 200 && text.slice(ls, labelStart).trimStart().startsWith('|')
}

/**
 * A markdown row's cells: the label may span several columns (`| 一、本年新收… | | | 371 | …`,
 * the header row giving the applicant types once), so the row is read to its end and the
 * empty cells the label spans, before the seven, are dropped. A row ends at its line, so
 * reading on cannot take the next row's numbers.
 */
function markdownCells(text: string, labelEnd: number): Cell[] {
  const cells = rowAfterLabel(text, labelEnd, COLUMNS + 4)
  while (cells.length > COLUMNS && cells[0].kind === 'empty') cells.shift()
  return cells.slice(0, COLUMNS)
}

/**
 * Section 四: 行政复议 / 行政诉讼, one row of 15 numbers in a fixed order (headers are often
 * scrambled by PDF extraction, so the numbers are read by position): 复议 维持 纠正 其他
 * 尚未审结 总计; 未经复议直接起诉 ×5; 复议后起诉 ×5.
 */
export function readAppealTable(text: string, from: number, out: Collector): void {
  const heading = findFrom(text, /行政复议[、，,\s和及]*(?:提起)?行政诉讼/g, from)
  let pos = heading ? heading.index : from
  const limit = Math.min(text.length, pos + 5000)
  let run: Cell[] = []
  let runStart = pos
  while (pos < limit) {
    const cells = readCells(text, pos, 15)
    if (cells.length >= 15 && cells.some((c) => c.value !== null)) {
      run = cells
      runStart = cells[0].start
      break
    }
    // move to the next line or cell boundary
    let next = pos + 1
    while (next < limit && text[next] !== '\n' && text[next] !== '|') next++
    pos = next + 1
  }
  if (run.length < 15) {
    const glued = gluedAppealRow(text, heading ? heading.index : from, limit, out)
    if (!glued) return
    run = glued
    runStart = glued[0].start
  }
  const quote = rowQuote(text, runStart, run[14].end)
  const v = run.map((c) => c.value)
  const addSum = (field: FactField, indexes: number[]) => {
    const parts = indexes.map((i) => v[i])
    if (parts.every((p) => p === null)) return
    const value = parts.reduce<number>((s, p) => s + (p ?? 0), 0)
    out.add(field, value, run[indexes[0]].start, run[indexes[indexes.length - 1]].end, FROM_TABLE, quote)
  }
  addSum('reconsideration_total', [4])
  addSum('reconsideration_corrected', [1])
  addSum('litigation_total', [9, 14])
  addSum('litigation_corrected', [6, 11])
  for (const [name, offset] of [
    ['行政复议', 0],
    ['未经复议直接起诉', 5],
    ['复议后起诉', 10],
  ] as const) {
    const parts = v.slice(offset, offset + 4)
    const total = v[offset + 4]
    if (total === null || parts.some((p) => p === null)) continue
    const sum = parts.reduce<number>((s, p) => s + (p ?? 0), 0)
    if (sum !== total) {
      out.warn(
        'appeal_parts_mismatch',
        { part: name, sum, total },
        {
          field: offset === 0 ? 'reconsideration_total' : 'litigation_total',
          start: run[offset].start,
          end: run[offset + 4].end,
          quote,
        },
      )
    }
  }
}

/** Each group of five: 维持 + 纠正 + 其他 + 尚未审结 = 总计. */
function appealGroupsAddUp(v: number[]): boolean {
  for (const o of [0, 5, 10]) if (v[o] + v[o + 1] + v[o + 2] + v[o + 3] !== v[o + 4]) return false
  return true
}

/**
 * The 15 numbers run together (`…尚未审结总计000000000000000`): the first run of digits after
 * the heading long enough to hold them, cut so each group adds up to its 总计. Only a
 * certain cut is used; otherwise the row is left unread with a warning.
 */
function gluedAppealRow(text: string, from: number, limit: number, out: Collector): Cell[] | null {
  const end = Math.min(limit, from + 1200)
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c < 48 || c > 57 || /\d/.test(text[i - 1] ?? '')) continue
    const runs = readDigitRuns(text, i, end)
    if (!runs) continue
    const digits = runs.runs.reduce((n, r) => n + r.digits.length, 0)
    if (digits < 15 || runs.runs.length > 15) {
      i = runs.end
      continue
    }
    const cuts = cutRow(runs.runs, 15, appealGroupsAddUp)
    const cells = cuts && cuts.length ? [...Array(15).keys()].map((k) => certainCell(cuts, k)) : []
    if (cells.length === 15 && cells.every((x) => x !== null)) {
      return (cells as Piece[]).map((p) => ({ kind: 'num' as const, value: p.value, start: p.start, end: p.end }))
    }
    out.warn(
      'table_split_ambiguous',
      { cells: text.slice(i, runs.end) },
      {
        field: 'reconsideration_total',
        start: i,
        end: runs.end,
      },
      'appeals',
    )
    return null
  }
  return null
}
