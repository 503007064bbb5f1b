import type { FactField, Template } from '../../data/schema.ts'
import type { Collector } from '../collect.ts'
import { FROM_TABLE } from '../collect.ts'
import { rowAfterLabel, type Cell } from './cells.ts'
import { cutRow, readDigitRuns } from './digitRuns.ts'
import { findFrom } from './loose.ts'
import { rowQuote } from './statisticsTable.ts'
import { quoteAround } from '../evidence.ts'

/**
 * Section 二 of the 2019 and 2021 formats: small tables each headed `第二十条第(X)项`.
 *   (一) 规章 / 规范性文件: 2019 本年新制作·本年新公开·对外公开总数量; 2021 本年制发·本年废止·现行有效
 *   (五) 行政许可, (六) 行政处罚 / 行政强制: 2019 上一年项目数量·本年增/减·处理决定数量; 2021 本年处理决定数量
 *   (八) 行政事业性收费: 2021 本年收费金额(万元)
 *   (九) 政府集中采购: 采购项目数量·采购总金额 (2019 only; the unit is never guessed: from the cell,
 *   the header, or a sentence stating the same amount with its unit)
 */
const HEADING = /第二十条第\s*[(（]?\s*([一二三四五六七八九十]+)\s*[)）]?\s*项/g

interface Block {
  item: string
  start: number
  end: number
}

function blocks(text: string): Block[] {
  const found: Block[] = []
  HEADING.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = HEADING.exec(text))) found.push({ item: m[1], start: m.index + m[0].length, end: text.length })
  for (let i = 0; i < found.length; i++) found[i].end = Math.min(found[i + 1]?.start ?? text.length, found[i].start + 1500)
  return found
}

function row(text: string, block: Block, label: RegExp, max: number): { cells: Cell[]; labelStart: number } | null {
  const m = findFrom(text, label, block.start, block.end)
  if (!m) return null
  return { cells: rowAfterLabel(text, m.index + m[0].length, max), labelStart: m.index }
}

export function readDisclosureTables(text: string, template: Template | null, out: Collector): void {
  const is2021 = template === '2021'
  const take = (field: FactField, r: { cells: Cell[]; labelStart: number } | null, index: number | 'last') => {
    if (!r || r.cells.length === 0) return
    const cell = index === 'last' ? r.cells[r.cells.length - 1] : r.cells[index]
    if (!cell || cell.value === null) return
    out.add(field, cell.value, cell.start, cell.end, FROM_TABLE, rowQuote(text, r.labelStart, r.cells[r.cells.length - 1].end))
  }
  for (const block of blocks(text)) {
    switch (block.item) {
      case '一': {
        take('rules_made', row(text, block, /规章(?!制度)/g, 3), 0)
        const normative = row(text, block, /(?:行政)?规范性文件/g, 3)
        take('normative_made', normative, 0)
        if (normative && normative.cells.length >= 3) take('normative_valid', normative, 2)
        break
      }
      case '五':
        take('licensing', row(text, block, /行政许可/g, is2021 ? 1 : 3), 'last')
        break
      case '六':
        take('penalties', row(text, block, /行政处罚/g, is2021 ? 1 : 3), 'last')
        take('coercion', row(text, block, /行政强制/g, is2021 ? 1 : 3), 'last')
        break
      case '八':
        if (is2021 || /本年收费金额/.test(text.slice(block.start, block.end))) {
          take('admin_fees_wan', row(text, block, /行政事业[性型]?收费/g, 1), 0)
        }
        break
      case '九':
        readProcurement(text, block, out)
        break
    }
  }
}

function readProcurement(text: string, block: Block, out: Collector): void {
  const r = row(text, block, /政府集中采购/g, 2)
  if (r && r.cells.length === 0) return readGluedProcurement(text, block, r.labelStart, out)
  if (!r) return
  const quote = rowQuote(text, r.labelStart, r.cells[r.cells.length - 1].end)
  const [projects, amount] = r.cells
  if (projects?.value != null) out.add('procurement_projects', projects.value, projects.start, projects.end, FROM_TABLE, quote)
  if (amount?.value == null) return
  out.add('procurement_amount', amount.value, amount.start, amount.end, FROM_TABLE, quote)
  // The unit only from the cell itself or from the table's own header, never assumed.
  const header = text.slice(block.start, r.labelStart)
  const unit =
    amount.unit === '元' || amount.unit === '万元'
      ? amount.unit
      : /采购总金额\s*[(（]\s*(?:单位\s*[:：]?\s*)?(万元|元)\s*[)）]/.exec(header)?.[1]
  const stated = unit ? null : unitStatedInText(text, block, text.slice(amount.start, amount.end))
  if (unit) out.add('procurement_unit', unit, amount.start, amount.end, FROM_TABLE, quote)
  else if (stated)
    out.add('procurement_unit', stated.unit, stated.start, stated.end, FROM_TABLE, quoteAround(text, stated.start, stated.end))
  else
    out.warn('amount_without_unit', { amount: amount.value }, { field: 'procurement_amount', start: amount.start, end: amount.end, quote })
}

const PROJECT_WORDS = /采购[^。；;\n]{0,12}?(?:项目|次)\s*(?:共|合计)?\s*$/
const AMOUNT_WORDS = /采购[^。；;\n]{0,16}?(?:金额|资金)[^。；;\n\d]{0,6}$/
const PROJECT_AFTER = /^\s*(?:个|项|次)/
const AMOUNT_AFTER = /^\s*(?:万元|元)/

/** A sentence outside the table block states this figure as a procurement count or amount. */
function statedOutside(text: string, block: Block, value: number, before: RegExp): boolean {
  const after = before === PROJECT_WORDS ? PROJECT_AFTER : AMOUNT_AFTER
  const re = new RegExp(`(?<![\\d.])${String(value).replace('.', '\\.')}(?![\\d.])`, 'g')
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index >= block.start && m.index < block.end) continue
    if (
      before.test(text.slice(Math.max(0, m.index - 30), m.index)) &&
      after.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))
    )
      return true
  }
  return false
}

/**
 * The unit of a table amount written without one, where a sentence states the same amount
 * with its unit (`采购总金额86.5万元` beside a cell `86.5`): the text says it, nothing is assumed.
 */
function unitStatedInText(text: string, block: Block, written: string): { unit: string; start: number; end: number } | null {
  if (!/^\d[\d,.]*$/.test(written)) return null
  const re = new RegExp(`(?<![\\d.,])${written.replace(/[.]/g, '\\.')}\\s*(万元|元)`, 'g')
  const units = new Set<string>()
  let at: { unit: string; start: number; end: number } | null = null
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index >= block.start && m.index < block.end) continue
    if (!/采购/.test(text.slice(Math.max(0, m.index - 30), m.index))) continue
    units.add(m[1])
    at = { unit: m[1], start: m.index + m[0].length - m[1].length, end: m.index + m[0].length }
  }
  return units.size === 1 ? at : null
}

/**
 * `政府集中采购39573802895.90元`: the project count and the amount ran together. The cut is
 * taken only when one alone is possible (a whole project count, a well-formed amount); the
 * unit written in the cell is kept either way, the numbers are not guessed.
 */
function readGluedProcurement(text: string, block: Block, labelStart: number, out: Collector): void {
  const labelEnd = labelStart + '政府集中采购'.length
  const runs = readDigitRuns(text, labelEnd, block.end, null, true)
  if (!runs) return
  const quote = rowQuote(text, labelStart, runs.end + (runs.unit?.length ?? 0))
  let cuts = cutRow(runs.runs, 2, (v) => Number.isInteger(v[0])) ?? []
  if (cuts.length > 1) {
    // the report's own sentence (`政府集中采购项目3个`, `采购金额458.6万元`) settles the cut when it fits one alone
    const fits = cuts.filter(
      (c) => statedOutside(text, block, c[0].value, PROJECT_WORDS) || statedOutside(text, block, c[1].value, AMOUNT_WORDS),
    )
    if (fits.length === 1) cuts = fits
  }
  if (cuts.length === 1) {
    const [projects, amount] = cuts[0]
    out.add('procurement_projects', projects.value, projects.start, projects.end, FROM_TABLE, quote)
    out.add('procurement_amount', amount.value, amount.start, amount.end, FROM_TABLE, quote)
  } else {
    out.warn(
      'table_split_ambiguous',
      { cells: text.slice(runs.runs[0].start, runs.end), splits: cuts.length },
      {
        field: 'procurement_amount',
        start: runs.runs[0].start,
        end: runs.end,
        quote,
      },
      'procurement',
    )
  }
  if (runs.unit) out.add('procurement_unit', runs.unit, runs.end, runs.end + runs.unit.length, FROM_TABLE, quote)
}
