import { columnProblemText } from '../../src/i18n/problems.ts'
import { MESSAGES } from '../../src/i18n/index.ts'
import { said } from '../i18n/said.ts'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { csvFailures, parseImportFile } from '../../src/import/parseImportFile.ts'
import { fileKind } from '../../src/import/acceptFile.ts'
import { recordsToCsv } from '../../src/data/csv.ts'
import { parseReport } from '../../src/parser/parseReport.ts'
import { encodeGbk, utf8 } from '../io/encodings.ts'

const jintang = readFileSync('tests/fixtures/corpus/reports/003_jintang_2018.txt', 'utf8')

describe('fileKind', () => {
  it('takes report texts and a CSV, case-insensitively, and nothing else', async () => {
    expect(['a.txt', 'b.HTML', 'c.htm', 'd.md', 'e.PDF', 'f.DOCX', 'g.doc'].map(fileKind)).toEqual([
      'report',
      'report',
      'report',
      'report',
      'report',
      'report',
      'report',
    ])
    expect(fileKind('reports.CSV')).toBe('csv')
    expect(fileKind('report.pptx')).toBeNull()
  })
})

describe('parseImportFile', () => {
  it('gives a GBK report the same record and report_id as the CLI path', async () => {
    const item = await parseImportFile(
      '003_jintang_2018.txt',
      encodeGbk(jintang.replace(/[^\p{ASCII}\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\n]/gu, ' ')),
    )
    expect(item.kind).toBe('report')
    if (item.kind !== 'report') return
    expect(item.report.record.township).toBe('金塘镇')
    expect(item.report.record.year).toBe(2018)
    expect(item.report.facts.length).toBeGreaterThan(3)
    // the kept text is what the facts' offsets index
    const f = item.report.facts[0]
    expect(item.report.text!.slice(f.start, f.end)).toContain(f.value.slice(0, 1))
  })

  it('matches parseReport for a UTF-8 file', async () => {
    const item = await parseImportFile('003_jintang_2018.txt', utf8(jintang))
    expect(item.kind === 'report' && item.report.record).toEqual(parseReport(jintang, '003_jintang_2018.txt').record)
  })

  it('fails a binary file with decodeReportBytes’ reason', async () => {
    expect(said(await parseImportFile('x.txt', new Uint8Array([0x25, 0x50, 0x44, 0x46, 1, 2])))).toEqual({
      kind: 'failed',
      name: 'x.txt',
      reason: 'binary file (PDF document), not a text report',
    })
  })

  it('fails a text with nothing a report has', async () => {
    const item = await parseImportFile('note.txt', utf8('hello, see you tomorrow'))
    expect(item.kind).toBe('failed')
  })

  it('fails an unsupported type by name', async () => {
    expect(said(await parseImportFile('a.pptx', utf8('x')))).toMatchObject({ kind: 'failed', reason: expect.stringContaining('.pptx') })
  })

  it('reads a dashboard reports.csv: good rows in, bad rows listed by line', async () => {
    const rec = parseReport(jintang, '003_jintang_2018.txt').record
    const csv =
      recordsToCsv([rec]) +
      recordsToCsv([{ ...rec, report_id: 'x2' }])
        .split('\n')[1]
        .replace(',2018,', ',twenty,') +
      '\n'
    const item = await parseImportFile('reports.csv', utf8(csv))
    expect(item.kind).toBe('csv')
    if (item.kind !== 'csv') return
    expect(item.reports.map((r) => r.record.report_id)).toEqual([rec.report_id])
    expect(item.reports[0].text).toBeNull()
    expect(csvFailures(item.name, item.errors)).toEqual([
      { name: 'reports.csv:3', column: 'year', reason: { code: 'not_a_number', params: { value: 'twenty' } } },
    ])
    const [failure] = csvFailures(item.name, item.errors)
    expect(columnProblemText(failure.column, failure.reason, MESSAGES.en)).toBe('year: not a number: "twenty"')
    expect(columnProblemText(failure.column, failure.reason, MESSAGES['zh-CN'])).toBe('year：不是数字：“twenty”')
  })

  it('fails a CSV that is not a dashboard export as one file', async () => {
    expect(said(await parseImportFile('other.csv', utf8('a,b\n1,2\n')))).toMatchObject({
      kind: 'failed',
      reason: expect.stringContaining('report_id'),
    })
  })
})
