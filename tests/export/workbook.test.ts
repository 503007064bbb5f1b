import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { fixtureDataset } from '../fixtures/dashboard/load.ts'
import { workbookModel, type WorkbookInput } from '../../src/export/workbookModel.ts'
import { writeWorkbook } from '../../src/export/writeWorkbook.ts'
import { exportFileName } from '../../src/export/fileName.ts'
import { MESSAGES } from '../../src/i18n/index.ts'
import { handOnMessages } from '../../src/i18n/handOn.ts'
import type { Fact, ReportRecord } from '../../src/data/schema.ts'

const data = fixtureDataset()
const factsByReport = new Map<string, Fact[]>()
for (const f of data.facts) factsByReport.set(f.report_id, [...(factsByReport.get(f.report_id) ?? []), f])
const NO_FILTER = { province: null, prefecture: null, county: null, townships: [], yearFrom: null, yearTo: null }

function input(records: readonly ReportRecord[], extra: Partial<WorkbookInput> = {}): WorkbookInput {
  return {
    records,
    factsOf: (id) => factsByReport.get(id) ?? [],
    factsComplete: true,
    dataset: '内置数据集',
    filters: '泗阳县；年度: 2022',
    exportedAt: new Date(2026, 11, 4, 9, 30),
    t: MESSAGES['zh-CN'],
    m: handOnMessages('zh-CN').workbook,
    locale: 'zh-CN',
    ...extra,
  }
}

describe('workbookModel', () => {
  const sheets = workbookModel(input(data.records))
  const [about, records, facts, warnings] = sheets

  it('has the 说明, records, facts and warnings sheets with Chinese headers', () => {
    expect(sheets.map((s) => s.name)).toEqual(['说明', '年报记录', '数值出处', '需核对'])
    expect(records.columns.map((c) => c.header).slice(0, 3)).toEqual(['报告编号', '原文文件', '乡镇'])
    expect(records.columns.find((c) => c.header === '政府网站')!.kind).toBe('number')
  })

  it('writes one row per report, stated numbers as numbers and unstated ones as 未说明, never 0', () => {
    expect(records.rows).toHaveLength(data.records.length)
    const col = records.columns.findIndex((c) => c.header === '主动公开总数')
    data.records.forEach((r, i) => {
      const cell = records.rows[i][col]
      if (r.proactive_total === null) expect(cell).toBe('未说明')
      else expect(cell).toBe(r.proactive_total)
    })
    const zeros = data.records.flatMap((r, i) => (r.apps_new === 0 ? [i] : []))
    const nulls = data.records.flatMap((r, i) => (r.apps_new === null ? [i] : []))
    expect(zeros.length).toBeGreaterThan(0)
    expect(nulls.length).toBeGreaterThan(0)
    const apps = records.columns.findIndex((c) => c.header === '新收申请')
    for (const i of zeros) expect(records.rows[i][apps]).toBe(0)
    for (const i of nulls) expect(records.rows[i][apps]).toBe('未说明')
  })

  it('quotes every fact of the reports in view, and lists their warnings', () => {
    const ids = new Set(data.records.map((r) => r.report_id))
    expect(facts.rows).toHaveLength(data.facts.filter((f) => ids.has(f.report_id)).length)
    expect(facts.rows.every((r) => typeof r[6] === 'string' && (r[6] as string).length > 0)).toBe(true)
    expect(warnings.rows.length).toBeGreaterThan(0)
  })

  it('says what was exported, from where and when, and carries the glossary', () => {
    const pairs = Object.fromEntries(about.rows.filter((r) => r.length === 2).map((r) => [r[0], r[1]]))
    expect(pairs['筛选条件']).toBe('泗阳县；年度: 2022')
    expect(pairs['数据集']).toBe('内置数据集')
    expect(pairs['导出时间']).toBe('2026-12-04 09:30')
    expect(pairs['报告份数']).toBe(data.records.length)
    expect(about.rows.some((r) => r[0] === 'ch_web' && r[1] === '政府网站' && String(r[2]).includes('网站'))).toBe(true)
  })
})

describe('writeWorkbook', () => {
  it('reads back with ExcelJS: numbers as numbers, 未说明 as text, a formula-like name as text', async () => {
    const evil = { ...data.records[0], township: '=HYPERLINK("http://x","y")', report_id: 'evil' } as ReportRecord
    const model = workbookModel(input([evil, ...data.records.slice(1, 4)]))
    const bytes = await writeWorkbook(model, { title: 't', created: new Date(0) })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
    const ws = wb.getWorksheet('年报记录')!
    expect(ws.getRow(1).getCell(3).value).toBe('乡镇')
    const name = ws.getRow(2).getCell(3)
    expect(name.type).toBe(ExcelJS.ValueType.String)
    expect(name.value).toBe('=HYPERLINK("http://x","y")')
    expect(name.formula).toBeUndefined()
    const year = ws.getRow(2).getCell(9)
    expect(year.type).toBe(ExcelJS.ValueType.Number)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['说明', '年报记录', '数值出处', '需核对'])
  })
})

describe('a synthetic dataset in the workbook', () => {
  it('opens the 说明 sheet with the notice in bold red, names it the subject and colours every tab red', async () => {
    const notice = '合成数据，不是真实报告'
    const model = workbookModel(input(data.records.slice(0, 3), { synthetic: notice }))
    const bytes = await writeWorkbook(model, { title: 't', created: new Date(0), synthetic: notice })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
    const about = wb.getWorksheet('说明')!
    const cell = about.getRow(2).getCell(1)
    expect(cell.value).toBe(notice)
    expect(cell.font?.color?.argb).toBe('FFC00000')
    expect(cell.font?.bold).toBe(true)
    expect(about.getRow(3).getCell(1).value).toBe('数据集')
    expect(wb.subject).toBe(notice)
    for (const ws of wb.worksheets) expect(ws.properties.tabColor?.argb).toBe('FFC00000')
    // a real dataset's workbook: no notice row, the dataset first
    const plain = workbookModel(input(data.records.slice(0, 3)))
    expect(plain[0].rows[0][0]).toBe('数据集')
    expect(plain[0].alerts).toBeUndefined()
  })
})

describe('exportFileName', () => {
  it('carries the place and the years', () => {
    expect(exportFileName({ ...NO_FILTER, townships: ['抚松县/泉阳镇'], yearFrom: 2016, yearTo: 2019 }, [], '政务公开年报', 'xlsx')).toBe(
      '泉阳镇_2016-2019_政务公开年报.xlsx',
    )
    expect(
      exportFileName(
        { ...NO_FILTER, county: '泗阳县' },
        data.records.filter((r) => r.year !== null),
        '政务公开年报',
        'xlsx',
      ),
    ).toMatch(/^泗阳县_\d{4}-\d{4}_政务公开年报\.xlsx$/)
    expect(exportFileName(NO_FILTER, [], '简报', 'docx')).toBe('全部地区_简报.docx')
    expect(exportFileName({ ...NO_FILTER, county: 'a/b:c' }, [], 'x', 'csv')).toBe('a_b_c_x.csv')
  })
})
