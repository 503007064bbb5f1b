import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { csvToFacts, csvToRecords } from '../../src/data/csv.ts'
import { COMPARED_COLUMNS } from '../../tools/synth/expected.ts'
import { synthReports } from '../../tools/synth/generate.ts'
import { writeCsv } from '../../tools/synth/writeCsv.ts'

/** --csv: reports.csv and facts.csv load through src/data/csv.ts with the known values. */
const OPTIONS = { townships: 120, years: 10, endYear: 2024, seed: 3 }
const dirs: string[] = []
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'synth-csv-'))
  dirs.push(d)
  return d
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

describe('synthetic CSV output', () => {
  it('loads with no errors and holds the known values (chunks cross the 1000-row boundary)', async () => {
    const dir = tempDir()
    const written = await writeCsv(OPTIONS, dir, 'all')
    expect(written.rows).toBe(1200)
    const reports = csvToRecords(readFileSync(join(dir, 'reports.csv'), 'utf8'))
    expect(reports.errors).toEqual([])
    expect(reports.rows).toHaveLength(1200)
    const expected = [...synthReports(OPTIONS)]
    reports.rows.forEach((record, i) => {
      expect(record.source).toBe(expected[i].file)
      for (const c of COMPARED_COLUMNS) expect(record[c], `${record.source} ${c}`).toEqual(expected[i].expected[c])
    })
    const facts = csvToFacts(readFileSync(join(dir, 'facts.csv'), 'utf8'))
    expect(facts.errors).toEqual([])
    expect(facts.rows).toHaveLength(written.facts)
    const ids = new Set(reports.rows.map((r) => r.report_id))
    expect(facts.rows.every((f) => ids.has(f.report_id))).toBe(true)
  })

  it('writes the headline facts by default and none on request', async () => {
    const small = { ...OPTIONS, townships: 5, years: 3 }
    const a = tempDir()
    const headline = await writeCsv(small, a)
    const facts = csvToFacts(readFileSync(join(a, 'facts.csv'), 'utf8'))
    expect(facts.errors).toEqual([])
    expect(new Set(facts.rows.map((f) => f.field))).toContain('proactive_total')
    expect(headline.facts).toBeLessThan(15 * 6 + 1)
    const b = tempDir()
    await writeCsv(small, b, 'none')
    expect(csvToFacts(readFileSync(join(b, 'facts.csv'), 'utf8'))).toEqual({ rows: [], errors: [] })
  })
})
