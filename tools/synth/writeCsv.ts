import { once } from 'node:events'
import { createWriteStream, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { factsToCsv, recordsToCsv } from '../../src/data/csv.ts'
import type { Fact, FactField, ReportRecord } from '../../src/data/schema.ts'
import { synthReports, type SynthOptions } from './generate.ts'
import { write } from './writeCorpus.ts'

/**
 * CSV mode: reports.csv and facts.csv with the known values, no texts, for loading at scale
 * (380,000 rows). Rows go out in chunks through src/data/csv.ts, so the format is exactly the
 * parser's, and nothing grows with N.
 *
 * Facts: with `facts: 'all'` one fact per stated value; the default 'headline' keeps the few
 * fields the dashboard's evidence dialog is most used for, so facts.csv stays a few times the
 * size of reports.csv rather than thirty. There is no text, so offsets are 0 and the quote
 * says the value is synthetic.
 */
export type FactsMode = 'all' | 'headline' | 'none'

const HEADLINE: FactField[] = ['township', 'year', 'proactive_total', 'apps_new', 'reconsideration_total', 'litigation_total']
const CHUNK = 1000

export async function writeCsv(
  options: SynthOptions,
  dir: string,
  facts: FactsMode = 'headline',
): Promise<{ rows: number; facts: number }> {
  mkdirSync(dir, { recursive: true })
  const reports = createWriteStream(join(dir, 'reports.csv'), { encoding: 'utf8' })
  const factsOut = createWriteStream(join(dir, 'facts.csv'), { encoding: 'utf8' })
  let records: ReportRecord[] = []
  let factRows: Fact[] = []
  let rows = 0
  let factCount = 0
  // recordsToCsv/factsToCsv write a header each call: keep it on the first chunk only
  let first = true
  const body = (csv: string) => (first ? csv : csv.slice(csv.indexOf('\n') + 1))
  const flush = async () => {
    await write(reports, body(recordsToCsv(records)))
    if (first || factRows.length) await write(factsOut, body(factsToCsv(factRows)))
    first = false
    records = []
    factRows = []
  }
  for (const report of synthReports(options)) {
    const id = report.file.replace(/\.(txt|html)$/, '')
    const record = { report_id: id, source: report.file, warnings: '', ...report.expected } as ReportRecord
    records.push(record)
    rows++
    if (facts !== 'none') {
      const fields = facts === 'all' ? (Object.keys(report.expected) as FactField[]) : HEADLINE
      for (const field of fields) {
        const value = (record as unknown as Record<string, unknown>)[field]
        if (value === null || value === undefined) continue
        factRows.push({ report_id: id, field, value: String(value), start: 0, end: 0, quote: `synthetic: ${field} = ${value}` })
        factCount++
      }
    }
    if (records.length >= CHUNK) await flush()
  }
  if (records.length || rows === 0) await flush()
  reports.end()
  factsOut.end()
  await Promise.all([once(reports, 'finish'), once(factsOut, 'finish')])
  return { rows, facts: factCount }
}
