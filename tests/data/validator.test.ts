/**
 * One row validator (data/schema.ts) for every reader of the dataset (issue 15 item 3): the
 * record reader (csv.ts), the large-file columns through the scanner and through PapaParse
 * (parseColumns.ts, columns.ts), the large facts index (columnsFacts.ts) and the stored
 * imports (recordProblem / factProblem) refuse the same row with the same problem, on the same
 * line; and the field lists are the schema's, wherever they are used.
 */
import { describe, expect, it } from 'vitest'
import { csvToFacts, csvToRecords, factsToCsv, recordsToCsv } from '../../src/data/csv.ts'
import { parseColumns, parseColumnsStream, parseColumnsWithPapa } from '../../src/data/parseColumns.ts'
import { FactsIndex } from '../../src/data/columnsFacts.ts'
import {
  APPEAL_COLUMNS,
  APPLICATION_COLUMNS,
  CHANNEL_COLUMNS,
  OUTCOME_COLUMNS,
  REPORT_COLUMNS,
  checkHeader,
  emptyRecord,
  factProblem,
  readNumberCell,
  recordProblem,
  rowProblem,
  textCellProblem,
  type Fact,
  type ReportRecord,
} from '../../src/data/schema.ts'
import type { CsvError } from '../../src/data/csv.ts'
import { CHANNELS } from '../../src/query/series/channels.ts'
import { OUTCOMES } from '../../src/query/series/applications.ts'
import { comparedValue } from '../../src/import/compareFields.ts'
import { PANEL_FIELDS } from '../../src/i18n/glossary.ts'

const base = (overrides: Partial<ReportRecord> = {}): ReportRecord => ({ ...emptyRecord('r1', 'a.txt'), year: 2021, proactive_total: 5, ...overrides })

/** reports.csv with a good row, then a row whose `column` cell is `value`. */
function withCell(column: string, value: string): string {
  const [header, line] = recordsToCsv([base()]).trimEnd().split('\n')
  const cells = line.split(',')
  cells[header.split(',').indexOf(column)] = value
  return `${header}\n${line.replace('r1', 'ok')}\n${cells.join(',')}\n`
}

const stream = (text: string) => new Blob([text]).stream() as ReadableStream<Uint8Array>

/** Every reader of reports.csv: its kept row count and its problems. */
async function everyReader(csv: string): Promise<Record<string, { rows: number; errors: CsvError[] }>> {
  const records = csvToRecords(csv)
  const scanned = parseColumns(csv)
  const papa = parseColumnsWithPapa(csv)
  const streamed = await parseColumnsStream(stream(csv))
  return {
    records: { rows: records.rows.length, errors: records.errors },
    scanner: { rows: scanned.columns.length, errors: scanned.errors },
    papa: { rows: papa.columns.length, errors: papa.errors },
    stream: { rows: streamed.columns.length, errors: streamed.errors },
  }
}

describe('every reader refuses a bad row through the schema’s validator', () => {
  it.each([
    ['proactive_total', '-3'],
    ['ch_web', '2.5'],
    ['ch_web', '1e400'],
    ['apps_new', '100000000000000000000000'],
    ['year', '99999'],
    ['procurement_amount', '-1.5'],
  ] as const)('%s = %s: the same problem on line 3 from every reader, and for a stored import', async (column, value) => {
    const expected = readNumberCell(column, value)
    expect(expected).toMatchObject({ code: expect.any(String), params: { value } })
    for (const [reader, read] of Object.entries(await everyReader(withCell(column, value)))) {
      expect(read, reader).toEqual({ rows: 1, errors: [{ row: 2, column, ...(expected as object) }] })
    }
    // a stored import holding the same value as a number is refused by the same cell check, its column named
    const stored = Number(value)
    if (Number.isFinite(stored)) {
      const cell = readNumberCell(column, String(stored)) as { code: string; params: object }
      expect(recordProblem(base({ [column]: stored }))).toEqual({ code: cell.code, params: { ...cell.params, column } })
    }
  })

  it('a negative count: code and value, the same from each reader', async () => {
    const all = await everyReader(withCell('ch_web', '-3'))
    for (const read of Object.values(all)) expect(read.errors).toEqual([{ row: 2, column: 'ch_web', code: 'not_whole', params: { value: '-3' } }])
    expect(recordProblem(base({ ch_web: -3 }))).toEqual({ code: 'not_whole', params: { value: '-3', column: 'ch_web' } })
  })

  it('an unknown level or template, an empty id, a repeated id: the same from each reader', async () => {
    for (const [column, value, code] of [['level', 'village', 'unknown_level'], ['template', '2020', 'unknown_template'], ['source', '', 'id_empty']] as const) {
      const expected = textCellProblem(column, value)
      expect(expected?.code).toBe(code)
      for (const read of Object.values(await everyReader(withCell(column, value)))) expect(read).toEqual({ rows: 1, errors: [{ row: 2, column, ...expected }] })
      expect(recordProblem(base({ [column]: value }))).toEqual({ code, params: { ...expected!.params, column } })
    }
    const twice = recordsToCsv([base(), base({ report_id: 'r2', source: 'b.txt' }), base({ source: 'c.txt' })])
    for (const read of Object.values(await everyReader(twice))) {
      expect(read).toEqual({ rows: 2, errors: [{ row: 3, column: 'report_id', code: 'duplicate_id', params: { id: 'r1', line: 2 } }] })
    }
  })

  it('a row of the wrong shape: the same problem from each reader', async () => {
    const [header, line] = recordsToCsv([base()]).trimEnd().split('\n')
    for (const read of Object.values(await everyReader(`${header}\n${line}\nonly,three,cells\n`))) {
      expect(read.errors).toEqual([{ row: 2, column: null, ...rowProblem(['only', 'three', 'cells'], REPORT_COLUMNS.length) }])
      expect(read.errors[0]).toMatchObject({ code: 'cell_count', params: { cells: 3, header: REPORT_COLUMNS.length } })
    }
  })

  it('a blank first line is no header for every reader (csv.ts read it as a header of one unknown column)', async () => {
    const csv = `\n${recordsToCsv([base()])}`
    for (const [reader, read] of Object.entries(await everyReader(csv))) expect(read, reader).toEqual({ rows: 0, errors: [{ row: 0, column: null, code: 'no_header' }] })
    expect(checkHeader([''], REPORT_COLUMNS, ['report_id'])).toMatchObject({ refused: true, problems: [{ column: null, problem: { code: 'no_header' } }] })
  })

  it('facts.csv: the record reader and the large facts index refuse the same rows with the same problems', () => {
    const fact: Fact = { report_id: 'r1', field: 'apps_new', value: '1', start: 3, end: 5, quote: 'x' }
    const csv = factsToCsv([fact, { ...fact, start: 9, end: 3 }]) + 'r1,nope,1,-3,5,x\n,apps_new,1,1,2,x\n'
    const small = csvToFacts(csv)
    const large = new FactsIndex(csv)
    expect(small.rows).toEqual([fact])
    expect(large.rows).toBe(1)
    expect(large.errors).toEqual(small.errors)
    expect(small.errors).toEqual([
      { row: 2, column: 'end', code: 'end_before_start', params: { start: 9, end: 3 } },
      { row: 3, column: 'field', code: 'unknown_field', params: { value: 'nope' } },
      { row: 3, column: 'start', code: 'bad_offset', params: { value: '-3' } },
      { row: 4, column: 'report_id', code: 'id_empty', params: { column: 'report_id' } },
    ])
    expect(factProblem({ ...fact, field: 'nope' })).toEqual({ code: 'unknown_field', params: { value: 'nope' } })
    expect(factProblem({ ...fact, start: 9, end: 3 })).toEqual({ code: 'fact_bad_offsets' })
  })
})

describe('the field lists are written once, in the schema', () => {
  it('lists the channels, outcomes and appeals in reports.csv order', () => {
    expect(CHANNEL_COLUMNS).toEqual(REPORT_COLUMNS.filter((c) => c.startsWith('ch_')))
    expect(OUTCOME_COLUMNS).toEqual(['apps_granted', 'apps_partial', 'apps_denied', 'apps_unavailable', 'apps_not_processed', 'apps_other'])
    expect(APPEAL_COLUMNS).toEqual(['reconsideration_total', 'litigation_total'])
    expect(APPLICATION_COLUMNS).toEqual(['apps_new', ...OUTCOME_COLUMNS, ...APPEAL_COLUMNS])
    for (const c of [...CHANNEL_COLUMNS, ...APPLICATION_COLUMNS]) expect(REPORT_COLUMNS).toContain(c)
  })

  it('is the list the panels, the import comparison and the glossary use', () => {
    expect(CHANNELS).toBe(CHANNEL_COLUMNS)
    expect(OUTCOMES).toBe(OUTCOME_COLUMNS)
    expect(PANEL_FIELDS.channels).toEqual(['proactive_total', ...CHANNEL_COLUMNS])
    const r = base({ ch_web: 3, ch_other: 1, litigation_total: 2 })
    expect(comparedValue(r, 'channels')).toEqual({ kind: 'parts', parts: [{ column: 'ch_web', value: 3 }, { column: 'ch_other', value: 1 }] })
    expect(comparedValue(r, 'appeals')).toEqual({ kind: 'parts', parts: [{ column: 'litigation_total', value: 2 }] })
  })
})
