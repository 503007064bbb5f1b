import { emptyRecord, isNumberColumn, type Fact, type ParseResult, type ReportRecord, type Template } from '../data/schema.ts'
import { checkRecord } from '../quality/checkRecord.ts'
import { parseBody } from './body/parseBody.ts'
import { Collector, FROM_TABLE } from './collect.ts'
import { detectDates } from './detectDates.ts'
import { detectTemplate } from './detectTemplate.ts'
import { htmlToText, looksLikeHtml } from './htmlToText.ts'
import { normalizeText } from './normalizeText.ts'
import { reportId } from './reportId.ts'
import { readSentences } from './sentences/readSentences.ts'
import { readAppealTable, readApplicationTable } from './tables/applicationTable.ts'
import { readDisclosureTables } from './tables/disclosureTables.ts'
import { readStatisticsTable } from './tables/statisticsTable.ts'

/**
 * One report's text in, one record out, with a fact (value, offsets, quote) for every value
 * and warnings for what a reader should check. Pure: runs in Node and in the browser.
 *
 * Offsets index the report text as decoded (after HTML is reduced to text, when the input
 * is HTML); normalisation keeps every character at its offset.
 */
export function parseReport(raw: string, source: string): ParseResult {
  const decoded = looksLikeHtml(raw) ? htmlToText(raw) : raw
  return parseText(decoded, source, reportId(source, raw))
}

/** The text the parser reads for a raw input: what the evidence offsets point into. */
export function reportText(raw: string): string {
  return looksLikeHtml(raw) ? htmlToText(raw) : raw
}

function parseText(decoded: string, source: string, id: string): ParseResult {
  const text = normalizeText(decoded)
  const out = new Collector(text)

  detectDates(text, out)
  const year = bestYear(out)
  const template: Template = detectTemplate(text, year)

  // tables first: their cells are trusted over sentences
  readStatisticsTable(text, out)
  readDisclosureTables(text, template, out)
  const tableEnd = readApplicationTable(text, out)
  if (template !== 'pre-2019' || tableEnd >= 0) readAppealTable(text, Math.max(0, tableEnd), out)

  readSentences(text, out)

  const body = parseBody(text)
  for (const v of body.values) out.add(v.field, v.value, v.start, v.end, FROM_TABLE + 1, v.quote)
  out.warnings.push(...body.warnings)

  const chosen = out.resolve()
  const record: ReportRecord = emptyRecord(id, source)
  const facts: Fact[] = []
  const settable = record as unknown as Record<string, unknown>
  for (const [field, c] of chosen) {
    settable[field] = isNumberColumn(field) ? Number(c.value) : String(c.value)
    facts.push({ report_id: id, field, value: String(c.value), start: c.start, end: c.end, quote: c.quote })
  }
  record.template = template
  deriveStaffTotal(record, facts, id)

  const warnings = [...out.warnings, ...checkRecord(record)]
  record.warnings = [...new Set(warnings.map((w) => w.code))].join(';')
  facts.sort((a, b) => a.start - b.start)
  return { record, facts, warnings }
}

function bestYear(out: Collector): number | null {
  const years = out.candidates.filter((c) => c.field === 'year').sort((a, b) => b.priority - a.priority || a.start - b.start)
  return years.length ? Number(years[0].value) : null
}

/** LABELS.md: staff_total is 专职 plus 兼职 where only those are given. */
function deriveStaffTotal(record: ReportRecord, facts: Fact[], id: string): void {
  if (record.staff_total !== null || record.staff_fulltime === null || record.staff_parttime === null) return
  record.staff_total = record.staff_fulltime + record.staff_parttime
  const parts = facts.filter((f) => f.field === 'staff_fulltime' || f.field === 'staff_parttime')
  const start = Math.min(...parts.map((f) => f.start))
  const end = Math.max(...parts.map((f) => f.end))
  facts.push({
    report_id: id,
    field: 'staff_total',
    value: String(record.staff_total),
    start,
    end,
    quote: parts.map((f) => f.quote).join(' … '),
  })
}
