/**
 * reports.arrow (arrowColumns.ts) must give the page exactly what reports.csv gives it: the
 * same columns as the worker's CSV reader, hence the same records as csv.ts, with nulls kept,
 * non-ASCII text (4-byte characters too) cut at the right places, fractions kept as fractions.
 */
import { describe, expect, it } from 'vitest'
import Papa from 'papaparse'
import { tableFromIPC } from 'apache-arrow'
import { arrowToColumns, reportsArrow } from '../../src/data/arrowColumns.ts'
import { columnsToRecords } from '../../src/data/columns.ts'
import { csvToRecords } from '../../src/data/csv.ts'
import { parseColumns } from '../../src/data/parseColumns.ts'
import { NUMBER_COLUMNS, REPORT_COLUMNS } from '../../src/data/schema.ts'
import { REPORTS_CSV } from '../fixtures/dashboard/load.ts'
import { plainRecords } from './plainRecords.ts'

/** The fixture's rows with unicode names (𠀀 is 4 bytes in UTF-8, 2 UTF-16 units), fractions and more nulls. */
function syntheticCsv(): string {
  const rows = Papa.parse<string[]>(REPORTS_CSV.trim(), { delimiter: ',' }).data
  const header = rows[0]
  const col = (name: string) => header.indexOf(name)
  rows.slice(1).forEach((row, i) => {
    if (i % 3 === 0) row[col('township')] = `𠀀${row[col('township')]}·Ωé`
    if (i % 4 === 1) row[col('county')] = ''
    if (i % 5 === 2) row[col('admin_fees_wan')] = `${i}.25`
    if (i % 2 === 0) row[col('ch_web')] = ''
    if (i % 7 === 3) row[col('warnings')] = '数值 "引号", comma'
  })
  return Papa.unparse(rows, { newline: '\n' }) + '\n'
}

describe('reports.arrow ↔ the CSV column reader', () => {
  it('round-trips to the same columns and records as reports.csv, for every column kind', () => {
    const csv = syntheticCsv()
    const fromCsv = parseColumns(csv)
    expect(fromCsv.errors).toEqual([])
    const bytes = reportsArrow(csv)!
    expect(bytes).toBeInstanceOf(Uint8Array)
    const fromArrow = arrowToColumns(bytes)
    expect(fromArrow.length).toBe(fromCsv.columns.length)
    // NaN (not stated) where the CSV has an empty cell, equal everywhere else
    expect(fromArrow.numbers.map((a) => Array.from(a))).toEqual(fromCsv.columns.numbers.map((a) => Array.from(a)))
    const records = plainRecords(columnsToRecords(fromArrow))
    expect(records).toEqual(plainRecords(columnsToRecords(fromCsv.columns)))
    expect(records).toEqual(csvToRecords(csv).rows)
    // the cases this set is made of are really in it
    expect(records.some((r) => String(r.township).startsWith('𠀀') && String(r.township).endsWith('·Ωé'))).toBe(true)
    expect(records.some((r) => r.county === null) && records.some((r) => r.ch_web === null)).toBe(true)
    expect(records.some((r) => typeof r.admin_fees_wan === 'number' && !Number.isInteger(r.admin_fees_wan))).toBe(true)
    expect(records.some((r) => r.warnings === '数值 "引号", comma')).toBe(true)
    // every column is there; counts as Int32 with nulls, a column with fractions as Float64
    const table = tableFromIPC(bytes)
    expect(table.schema.fields.map((f) => f.name).sort()).toEqual([...REPORT_COLUMNS].sort())
    expect(String(table.schema.fields.find((f) => f.name === 'ch_web')!.type)).toBe('Int32')
    expect(table.getChild('ch_web')!.nullCount).toBeGreaterThan(0)
    expect(String(table.schema.fields.find((f) => f.name === 'admin_fees_wan')!.type)).toBe('Float64')
    expect(NUMBER_COLUMNS.length).toBe(fromArrow.numbers.length)
  })

  it('writes none for a file with a refused row (the page reads the CSV and says why)', () => {
    const csv = syntheticCsv().replace(/\n(r00\d,[^\n]*?),2019,/, '\n$1,20x9,')
    expect(parseColumns(csv).errors.length).toBeGreaterThan(0)
    expect(reportsArrow(csv)).toBeNull()
  })

  it('refuses bytes that are not an Arrow file of our columns', () => {
    expect(() => arrowToColumns(new TextEncoder().encode('report_id,source\n'))).toThrow()
  })
})
