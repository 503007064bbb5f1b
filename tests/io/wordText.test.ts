import { english } from '../i18n/said.ts'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decodeReportBytes } from '../../src/io/decodeReportBytes.ts'
import { readWordDoc } from '../../src/io/wordDocNode.ts'
import { docTextToReport, docToText, docxToText } from '../../src/io/wordText.ts'
import { parseReport } from '../../src/parser/parseReport.ts'
import type { ReportRecord } from '../../src/data/schema.ts'

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/word/${name}`))
const wutubulage = readFileSync('tests/fixtures/corpus/reports/001_wutubulage_2019.txt', 'utf8')
const cityOffice = decodeReportBytes(readFileSync('tests/fixtures/shapes/city_office_2019.html'), 'city_office_2019.html')

/** The record's values, without what names the file (source, report_id) or lists warnings. */
function values(record: ReportRecord): Record<string, unknown> {
  const { report_id: _id, source: _source, warnings: _warnings, ...rest } = record
  return rest
}

async function textOf(decoded: Promise<ReturnType<typeof decodeReportBytes>>): Promise<string> {
  const d = await decoded
  if (!d.ok) throw new Error(english(d.reason))
  return d.text
}

describe('docxToText (mammoth)', () => {
  it('reads a seed report saved as .docx to the same record as its text', async () => {
    const text = await textOf(docxToText(fixture('wutubulage_2019.docx')))
    const record = parseReport(text, 'wutubulage_2019.docx').record
    expect(record.township).toBe('乌图布拉格镇')
    expect(record.year).toBe(2019)
    expect(values(record)).toEqual(values(parseReport(wutubulage, 'wutubulage_2019.docx').record))
  })

  it('keeps the 2019 tables as rows of cells, one ` |` line a cell, in reading order', async () => {
    const text = await textOf(docxToText(fixture('city_office_2019.docx')))
    expect(text).toContain('规章 |\n12 |\n12 |\n248 |\n规范性文件 |\n30 |\n30 |\n1,021 |\n')
    expect(text).toContain('一、本年新收政府信息公开申请数量 |\n120 |\n3 |\n')
    if (!cityOffice.ok) throw new Error(english(cityOffice.reason))
    const record = parseReport(text, 'city_office_2019.docx').record
    expect(record.apps_new).toBe(124)
    expect(values(record)).toEqual(values(parseReport(cityOffice.text, 'city_office_2019.docx').record))
  })

  it('gives a clear reason for a damaged .docx (a ZIP header, then garbage)', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('not really a zip')])
    const d = await docxToText(bytes)
    expect(d.ok).toBe(false)
    if (!d.ok) expect(english(d.reason)).toMatch(/^damaged \.docx, cannot be read \(.+\)$/)
  })
})

describe('docToText (word-extractor, Word 97)', () => {
  it('reads a seed report saved as Word 97 .doc to the same record as its text', async () => {
    const text = await textOf(docToText(fixture('wutubulage_2019.doc'), readWordDoc))
    expect(values(parseReport(text, 'wutubulage_2019.doc').record)).toEqual(values(parseReport(wutubulage, 'wutubulage_2019.doc').record))
  })

  it('turns the table cells into ` |` lines, so the application table reads', async () => {
    const text = await textOf(docToText(fixture('city_office_2019.doc'), readWordDoc))
    expect(text).toContain('规章 |\n12 |\n12 |\n248 |\n')
    if (!cityOffice.ok) throw new Error(english(cityOffice.reason))
    expect(values(parseReport(text, 'c.doc').record)).toEqual(values(parseReport(cityOffice.text, 'c.doc').record))
  })

  it('gives a clear reason for a damaged .doc', async () => {
    const d = await docToText(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]), readWordDoc)
    expect(d.ok).toBe(false)
    if (!d.ok) expect(english(d.reason)).toMatch(/^damaged \.doc, cannot be read/)
  })

  it('docTextToReport: a row of TAB-ended cells becomes one line a cell; paragraphs stay lines', () => {
    expect(docTextToReport('一、总体情况\r\n规章\t12\t\t248\t\t\n\n  二、申请  \n')).toBe(
      '一、总体情况\n规章 |\n12 |\n |\n248 |\n二、申请\n',
    )
  })
})
