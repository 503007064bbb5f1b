/**
 * The big-file readers must agree with csv.ts: the same records (numbers as numbers, nulls
 * kept) and the same problems on the same rows: both check with schema.ts's validator.
 */
import { describe, expect, it } from 'vitest'
import Papa from 'papaparse'
import { csvToFacts, csvToRecords } from '../../src/data/csv.ts'
import { ReportColumnsBuilder, columnsToRecords } from '../../src/data/columns.ts'
import { FactsIndex } from '../../src/data/columnsFacts.ts'
import { FACTS_CSV, REPORTS_CSV } from '../fixtures/dashboard/load.ts'
import { REPORT_COLUMNS } from '../../src/data/schema.ts'
import { plainRecords } from './plainRecords.ts'

function viaColumns(text: string) {
  const b = new ReportColumnsBuilder()
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ',', step: (r) => b.row(r.data, r.errors[0]) })
  const { columns, errors } = b.finish()
  return { rows: columnsToRecords(columns), errors }
}

describe('ReportColumnsBuilder + columnsToRecords', () => {
  it('reads the fixture exactly as csvToRecords does', () => {
    const a = viaColumns(REPORTS_CSV)
    const b = csvToRecords(REPORTS_CSV)
    expect(a.errors).toEqual([])
    expect(plainRecords(a.rows)).toEqual(b.rows)
    // every field readable, in the file's order, and none of them an own property to copy
    const fields: string[] = []
    for (const k in a.rows[0]) fields.push(k)
    expect(fields).toEqual([...REPORT_COLUMNS])
    expect(a.rows.some((r) => r.ch_weibo === null) && a.rows.some((r) => r.ch_weibo === 0)).toBe(true)
  })

  it('reports the same problems on a broken file: header, quotes, cell counts, bad cells', () => {
    const lines = REPORTS_CSV.trimEnd().split(/\r?\n/)
    const header = lines[0].replace('published', 'publishd') + ',extra'
    const good = lines.slice(1, 5).map((l) => l + ',x')
    const broken = [
      header,
      good[0],
      'r900,only,three',
      '',
      good[1].replace(/,2019,|,2018,|,2020,|,2021,|,2022,|,2023,/, ',二〇一八,'),
      good[2].replace(/^r\d+,/, ','),
      good[3].replace(',2019,', ',1e3,').replace(/,(pre-2019|2019|2021),/, ',2020,'),
      'r901,"unterminated,1',
    ].join('\n')
    const a = viaColumns(broken)
    const b = csvToRecords(broken)
    expect(a.errors).toEqual(b.errors)
    expect(plainRecords(a.rows)).toEqual(b.rows)
    expect(a.errors.length).toBeGreaterThan(4)
  })

  it('says an empty file has no header row', () => {
    expect(viaColumns('').errors).toEqual(csvToRecords('').errors)
  })
})

describe('FactsIndex', () => {
  it('hands out each report’s facts as csvToFacts reads them', () => {
    const index = new FactsIndex(FACTS_CSV)
    const all = csvToFacts(FACTS_CSV)
    expect(index.errors).toEqual([])
    expect(index.rows).toBe(all.rows.length)
    for (const id of new Set(all.rows.map((f) => f.report_id))) expect(index.factsFor(id)).toEqual(all.rows.filter((f) => f.report_id === id))
    expect(index.factsFor('nope')).toEqual([])
  })

  it('checks every row on the way in, with csv.ts’s messages and rows', () => {
    const lines = FACTS_CSV.trimEnd().split(/\r?\n/)
    const text = [lines[0], lines[1], 'r001,not_a_field,1,0,5,q', 'r001,year,1,9,5,q', ',year,1,0,1,q', 'r001,year,1,x,1,q', 'a,b', lines[2]].join('\n') + '\n'
    const index = new FactsIndex(text)
    expect(index.errors).toEqual(csvToFacts(text).errors)
    expect(index.errors).toHaveLength(5)
  })
})
