import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { csvToFacts, csvToRecords, factsToCsv, recordsToCsv, reportTextFile } from '../../src/data/csv.ts'
import { parseColumns } from '../../src/data/parseColumns.ts'
import { englishProblem } from '../../src/i18n/problems.ts'
import type { CsvError } from '../../src/data/csv.ts'
import {
  FACT_COLUMNS,
  LEVELS,
  NUMBER_COLUMNS,
  REPORT_COLUMNS,
  TEMPLATES,
  AMOUNT_COLUMNS,
  MAX_CELL_CHARS,
  YEAR_MAX,
  YEAR_MIN,
  emptyRecord,
  type Fact,
  type ReportRecord,
} from '../../src/data/schema.ts'

/** Errors as the commands word them: row, column and the English line built from the code. */
const told = (errors: readonly CsvError[]) => errors.map(({ row, column, ...p }) => ({ row, column, message: englishProblem(p) }))

function record(overrides: Partial<ReportRecord> = {}): ReportRecord {
  return { ...emptyRecord('0123456789abcdef', '004_quanyang_2018.txt'), ...overrides }
}

const fact: Fact = {
  report_id: '0123456789abcdef',
  field: 'proactive_total',
  value: '350',
  start: 12,
  end: 15,
  quote: '累计主动公开政府信息350条,其中"业务类"信息25条',
}

describe('recordsToCsv', () => {
  it('writes the header in exactly REPORT_COLUMNS order', () => {
    const [header] = recordsToCsv([]).split('\n')
    expect(header).toBe(REPORT_COLUMNS.join(','))
  })

  it('writes null as an empty cell, zero as 0 and numbers plainly', () => {
    const csv = recordsToCsv([record({ year: 2018, apps_new: 0, procurement_amount: 12.5, township: '泉阳镇' })])
    const cells = csv.split('\n')[1].split(',')
    const at = (c: string) => cells[REPORT_COLUMNS.indexOf(c as never)]
    expect(at('year')).toBe('2018')
    expect(at('apps_new')).toBe('0')
    expect(at('procurement_amount')).toBe('12.5')
    expect(at('ch_web')).toBe('')
    expect(at('township')).toBe('泉阳镇')
  })
})

describe('factsToCsv', () => {
  it('writes FACT_COLUMNS in order and quotes a quote holding commas and double quotes', () => {
    const csv = factsToCsv([fact])
    const lines = csv.trimEnd().split('\n')
    expect(lines[0]).toBe(FACT_COLUMNS.join(','))
    expect(lines[1]).toBe('0123456789abcdef,proactive_total,350,12,15,"累计主动公开政府信息350条,其中""业务类""信息25条"')
  })
})

describe('csvToRecords', () => {
  it('reads back what recordsToCsv wrote', () => {
    const records = [
      record({ township: '泉阳镇', level: 'township', year: 2018, template: 'pre-2019', apps_new: 0, warnings: 'a;b' }),
      record({ report_id: 'ffff', source: 'b.html', procurement_unit: '万元', procurement_amount: 1.25 }),
    ]
    expect(csvToRecords(recordsToCsv(records))).toEqual({ rows: records, errors: [] })
  })

  it('reports an unknown column on the header and still keeps the rows', () => {
    const csv = recordsToCsv([record()]).replace('warnings\n', 'warnings,extra\n').replace(/\n$/, ',x\n')
    const { rows, errors } = csvToRecords(csv)
    expect(rows).toHaveLength(1)
    expect(told(errors)).toEqual([{ row: 0, column: 'extra', message: 'unknown column "extra"' }])
  })

  it('drops a row whose number column holds text and says which cell', () => {
    const good = record({ year: 2019 })
    const bad = record({ report_id: 'bad' })
    const csv = recordsToCsv([good, bad]).replace(/\n(bad,[^\n]*)/, (_, line: string) => {
      const cells = line.split(',')
      cells[REPORT_COLUMNS.indexOf('apps_new')] = '十二'
      return '\n' + cells.join(',')
    })
    const { rows, errors } = csvToRecords(csv)
    expect(rows).toEqual([good])
    expect(told(errors)).toEqual([{ row: 2, column: 'apps_new', message: 'not a number: "十二"' }])
  })

  it.each(['0x10', '1,000', 'Infinity', '12万'])('does not take %j for a number', (cell) => {
    const csv = `${REPORT_COLUMNS.join(',')}\n` + REPORT_COLUMNS.map((c) => (c === 'report_id' ? 'r' : c === 'source' ? 's' : c === 'year' ? `"${cell}"` : '')).join(',') + '\n'
    expect(told(csvToRecords(csv).errors)).toEqual([{ row: 1, column: 'year', message: `not a number: "${cell}"` }])
  })

  it('drops a malformed row (wrong cell count, open quote) and keeps the others', () => {
    const header = REPORT_COLUMNS.join(',')
    const ok = recordsToCsv([record()]).split('\n')[1]
    const { rows, errors } = csvToRecords(`${header}\n${ok}\nonly,three,cells\n`)
    expect(rows).toHaveLength(1)
    expect(told(errors)).toEqual([
      { row: 2, column: null, message: `malformed row: 3 cells, the header has ${REPORT_COLUMNS.length}` },
    ])
    const open = csvToRecords(`${header}\n${ok}\n"never closed,${ok}\n`)
    expect(open.rows).toHaveLength(1)
    expect(open.errors[0]).toMatchObject({ row: 2, column: null })
    expect(englishProblem(open.errors[0])).toMatch(/^malformed row/)
  })

  it('rejects a level or template outside the contract', () => {
    const csv = recordsToCsv([record({ level: 'village' as never, template: '2020' as never })])
    expect(csvToRecords(csv).errors.map((e) => e.column)).toEqual(['level', 'template'])
  })

  it('reports missing columns, ignores blank lines and a BOM', () => {
    const csv = '\uFEFFreport_id,source\n\nr1,a.txt\n\n'
    const { rows, errors } = csvToRecords(csv)
    expect(rows).toEqual([record({ report_id: 'r1', source: 'a.txt' })])
    expect(errors).toHaveLength(REPORT_COLUMNS.length - 2)
    expect(told(errors)[0]).toEqual({ row: 0, column: 'township', message: 'missing column "township"' })
  })

  it('says so when there is no header at all', () => {
    expect(csvToRecords('')).toEqual({ rows: [], errors: [{ row: 0, column: null, code: 'no_header' }] })
  })
})

describe('csvToFacts', () => {
  it('reads back what factsToCsv wrote, including line breaks inside a quote', () => {
    const facts = [fact, { ...fact, field: 'apps_new' as const, value: '0', start: 100, end: 101, quote: '第一行\n第二行' }]
    expect(csvToFacts(factsToCsv(facts))).toEqual({ rows: facts, errors: [] })
  })

  it('rejects an unknown field, a bad offset and an end before its start', () => {
    const header = FACT_COLUMNS.join(',')
    const csv = `${header}\nr,no_such_field,1,0,1,q\nr,year,2018,x,4,q\nr,year,2018,9,4,q\nr,year,2018,0,4,q\n`
    const { rows, errors } = csvToFacts(csv)
    expect(rows).toEqual([{ report_id: 'r', field: 'year', value: '2018', start: 0, end: 4, quote: 'q' }])
    expect(told(errors)).toEqual([
      { row: 1, column: 'field', message: 'unknown field "no_such_field"' },
      { row: 2, column: 'start', message: 'not an offset: "x"' },
      { row: 3, column: 'end', message: 'end 4 is before start 9' },
    ])
  })
})

describe('csv round trip', () => {
  const text = fc.oneof(fc.constant(null), fc.string(), fc.constantFrom('泉阳镇', ' 前后空格 ', 'a,b', '"引号"', '换\n行', '=1+1'))
  const arbRecord = fc
    .record({
      id: fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s.length > 0),
      township: text,
      level: fc.constantFrom(null, ...LEVELS),
      template: fc.constantFrom(null, ...TEMPLATES),
      // what the parser writes: counts whole and ≥ 0, amounts ≥ 0, years in range
      numbers: fc.tuple(...NUMBER_COLUMNS.map((c) =>
        c === 'year' ? fc.oneof(fc.constant(null), fc.integer({ min: YEAR_MIN, max: YEAR_MAX }))
        : AMOUNT_COLUMNS.includes(c) ? fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 1e12 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e9 }).filter((n) => !/e/.test(String(n))))
        : fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 1e12 })),
      )),
      warnings: fc.constantFrom('', 'amount_without_unit', 'a;b;c'),
    })
    .map(({ id, township, level, template, numbers, warnings }) => {
      const r = record({ report_id: id, township: township?.trim() || null, level, template, warnings })
      NUMBER_COLUMNS.forEach((c, i) => {
        const n = numbers[i]
        ;(r as Record<string, unknown>)[c] = n === null ? null : Object.is(n, -0) ? 0 : n
      })
      return r
    })

  it('csvToRecords(recordsToCsv(records)) gives the records back', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbRecord, { maxLength: 5, selector: (r) => r.report_id }), (records) => {
        expect(csvToRecords(recordsToCsv(records))).toEqual({ rows: records, errors: [] })
      }),
    )
  })
})

describe('reportTextFile', () => {
  it('keeps .txt names and appends .txt to others', () => {
    expect(reportTextFile('004_quanyang_2018.txt')).toBe('004_quanyang_2018.txt')
    expect(reportTextFile('report.html')).toBe('report.html.txt')
  })
})

/** Both readers of reports.csv: the record path (csv.ts) and the large-file columns (scanner + builder). */
function bothReaders(csv: string): { rows: number; messages: string[] }[] {
  const a = csvToRecords(csv)
  const b = parseColumns(csv)
  return [
    { rows: a.rows.length, messages: a.errors.map((e) => `${e.row}:${e.column}:${englishProblem(e)}`) },
    { rows: b.columns.length, messages: b.errors.map((e) => `${e.row}:${e.column}:${englishProblem(e)}`) },
  ]
}

describe('the validator from the schema refuses what the parser never writes (issue 17 item 7)', () => {
  const base = record({ report_id: 'r1', source: 'a.txt', year: 2021, proactive_total: 5, procurement_amount: 12.5 })
  const rowWith = (column: string, value: string) => {
    const [header, line] = recordsToCsv([base]).trimEnd().split('\n')
    const cells = line.split(',')
    cells[header.split(',').indexOf(column)] = value
    return `${header}\n${line.replace('r1', 'ok')}\n${cells.join(',')}\n`
  }

  it.each([
    ['proactive_total', '-3', 'not a whole number ≥ 0: "-3"'],
    ['proactive_total', '2.5', 'not a whole number ≥ 0: "2.5"'],
    ['ch_web', '1e5', 'not a whole number ≥ 0: "1e5"'],
    ['ch_web', '1e400', 'not a whole number ≥ 0: "1e400"'],
    ['apps_new', '100000000000000000000000', 'too large: "100000000000000000000000"'],
    ['year', '-5', 'not a whole number ≥ 0: "-5"'],
    ['year', '99999', `year out of range (${YEAR_MIN}–${YEAR_MAX}): "99999"`],
    ['year', '1200', `year out of range (${YEAR_MIN}–${YEAR_MAX}): "1200"`],
    ['procurement_amount', '-1.5', 'not a number ≥ 0: "-1.5"'],
    ['procurement_amount', '1e400', 'not a number ≥ 0: "1e400"'],
  ])('refuses %s = %s with its line, in both readers', (column, value, message) => {
    for (const read of bothReaders(rowWith(column, value))) {
      expect(read).toEqual({ rows: 1, messages: [`2:${column}:${message}`] })
    }
  })

  it('keeps what the parser writes: whole counts, decimal amounts, years in range', () => {
    for (const read of bothReaders(rowWith('procurement_amount', '0.35'))) expect(read).toEqual({ rows: 2, messages: [] })
    expect(AMOUNT_COLUMNS).toContain('fees_wan')
  })

  it('refuses a repeated report_id and says where the first one is, in both readers', () => {
    const csv = recordsToCsv([base, record({ report_id: 'r2', source: 'b.txt' }), record({ report_id: 'r1', source: 'c.txt' })])
    for (const read of bothReaders(csv)) expect(read).toEqual({ rows: 2, messages: ['3:report_id:duplicate report_id "r1" (first on line 2)'] })
  })
})

describe('a file that cannot be a dataset is refused whole (issue 17 item 8)', () => {
  it('refuses a reports.csv without report_id or source: no phantom empty rows', () => {
    for (const csv of ['township,year\n泉阳镇,2020\n岔河镇,2021\n', 'report_id,year\nr1,2020\n', 'source,year\na.txt,2020\n']) {
      for (const read of bothReaders(csv)) {
        expect(read.rows).toBe(0)
        expect(read.messages.at(-1)).toMatch(/^0:null:file refused: no (report_id|source)/)
      }
    }
  })

  it('refuses an HTML page (a server answering a missing folder with its index.html)', () => {
    const page = '<!DOCTYPE html>\n<html lang="zh-CN">\n<head><title>看板</title></head>\n<body><div id="app"></div></body>\n</html>\n'
    for (const read of bothReaders(page)) expect(read).toEqual({ rows: 0, messages: ['0:null:not a CSV file: an HTML page (is the folder right?)'] })
    expect(csvToFacts(page)).toEqual({ rows: [], errors: [{ row: 0, column: null, code: 'html_page' }] })
  })

  it('refuses a facts.csv without its offsets', () => {
    const read = csvToFacts('report_id,field,value,quote\nr1,apps_new,1,x\n')
    expect(read.rows).toEqual([])
    expect(englishProblem(read.errors.at(-1)!)).toBe('file refused: no start or end column')
  })
})

describe('cell and row size caps (issue 17 item 12)', () => {
  it('refuses a row with a huge cell, with a message, and keeps the rest', () => {
    const csv = recordsToCsv([record({ report_id: 'r1', source: 'a.txt', township: 'x'.repeat(MAX_CELL_CHARS + 1) }), record({ report_id: 'r2', source: 'b.txt' })])
    for (const read of bothReaders(csv)) expect(read).toEqual({ rows: 1, messages: [`1:null:cell too long (${MAX_CELL_CHARS + 1} characters; the limit is ${MAX_CELL_CHARS})`] })
    const facts = csvToFacts(factsToCsv([{ report_id: 'r1', field: 'apps_new', value: '1', start: 0, end: 1, quote: '"'.repeat(MAX_CELL_CHARS + 5) }]))
    expect(facts.rows).toEqual([])
    expect(englishProblem(facts.errors[0])).toMatch(/^cell too long/)
  })

  it('quotes at most 40 characters of a bad cell in its message', () => {
    const bad = csvToRecords(`report_id,source,level\nr1,a.txt,${'v'.repeat(5000)}\n`)
    expect(englishProblem(bad.errors.find((e) => e.column === 'level')!)).toBe(`unknown level "${'v'.repeat(40)}…"`)
  })
})
