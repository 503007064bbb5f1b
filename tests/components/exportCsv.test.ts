import { describe, expect, it } from 'vitest'
import Papa from 'papaparse'
import { FORMULA_START, csvParts, recordsToCsv } from '../../src/composables/exportCsv.ts'
import { REPORT_COLUMNS, type ReportRecord } from '../../src/data/schema.ts'
import { describeFilters } from '../../src/i18n/describeFilters.ts'
import { MESSAGES } from '../../src/i18n/index.ts'
import { DEFAULT_STATE } from '../../src/query/queryState.ts'
import { fixtureDataset } from '../fixtures/dashboard/load.ts'

const { records } = fixtureDataset()

describe('recordsToCsv(records)', () => {
  it('starts with a UTF-8 BOM and writes the contract columns in order', () => {
    const csv = recordsToCsv(records.slice(0, 2))
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const parsed = Papa.parse<string[]>(csv.slice(1).trim())
    expect(parsed.data[0]).toEqual([...REPORT_COLUMNS])
    expect(parsed.data).toHaveLength(3)
  })

  it('keeps unstated values as empty cells, not 0', () => {
    const csv = recordsToCsv([records[0]])
    const row = Papa.parse<Record<string, string>>(csv.slice(1).trim(), { header: true }).data[0]
    expect(row.apps_new).toBe('')
    expect(row.ch_web).toBe('97')
  })

  it('neutralises cells that would run as spreadsheet formulas', () => {
    const csv = recordsToCsv([{ ...records[0], township: '=HYPERLINK("x")' }])
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`)
  })

  it('neutralises a formula cell that also holds a line break (checks the first character only)', () => {
    const csv = recordsToCsv([{ ...records[0], township: '=cmd()\nx', source: '+1\r\n2.txt' }])
    const row = Papa.parse<Record<string, string>>(csv.slice(1), { header: true }).data[0]
    expect(row.township).toBe("'=cmd()\nx")
    expect(row.source).toBe("'+1\r\n2.txt")
  })
})

/** The export as it was written before: Papa over the whole selection, every value as a string. */
function papaCsv(rs: readonly ReportRecord[]): string {
  const data = rs.map((r) => REPORT_COLUMNS.map((c) => (r[c] === null ? '' : String(r[c]))))
  return '\uFEFF' + Papa.unparse({ fields: [...REPORT_COLUMNS], data }, { escapeFormulae: FORMULA_START, newline: '\r\n' })
}

describe('the export, written cell by cell and a slice of rows per task', () => {
  // every kind of cell Papa treats specially, and plain ones, in random places
  const tricky = [
    '=SUM(A1)',
    '+1',
    '-2',
    '@x',
    '\tx',
    '\rx',
    'a,b',
    'say "hi"',
    'two\nlines',
    ' lead',
    'trail ',
    '\uFEFFbom',
    '=a\nb',
    '',
    '镇',
    '10',
  ]
  let seed = 5
  const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32
  const mixed = Array.from({ length: 4500 }, (_, i) => {
    const r = { ...records[i % records.length] } as Record<string, unknown>
    for (const c of REPORT_COLUMNS)
      if (rand() < 0.05) r[c] = rand() < 0.5 ? tricky[Math.floor(rand() * tricky.length)] : rand() < 0.5 ? -Math.floor(rand() * 100) : null
    return r as unknown as ReportRecord
  })

  it('writes exactly what Papa wrote over the whole selection', async () => {
    expect(recordsToCsv(mixed)).toBe(papaCsv(mixed))
    expect(recordsToCsv(records)).toBe(papaCsv(records))
    const done: number[] = []
    const parts = await csvParts(mixed, (n) => done.push(n))
    expect(await new Blob(parts).text()).toBe(papaCsv(mixed).slice(1)) // Blob.text() drops the BOM
    expect(new Uint8Array(await new Blob(parts).arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
    expect(done).toEqual([2000, 4000, 4500])
  })
})

describe('describeFilters(state, messages)', () => {
  it('says what is filtered, in each language', () => {
    const state = { ...DEFAULT_STATE, county: '洪泽区', yearFrom: 2021, yearTo: 2021, townships: ['洪泽区/岔河镇'] }
    expect(describeFilters(state, MESSAGES['zh-CN'])).toBe('洪泽区；乡镇（街道）: 岔河镇；年份: 2021')
    expect(describeFilters(DEFAULT_STATE, MESSAGES.en)).toBe('all data')
  })
})
