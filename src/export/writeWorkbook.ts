/**
 * Lays the workbook model out with ExcelJS and returns the .xlsx bytes. Loaded only when an
 * export is asked for (useWorkbookExport.ts): ExcelJS is ~250 KB gzip.
 *
 * Every text goes in as a string value, which ExcelJS writes as a text cell: a township named
 * `=HYPERLINK(…)` stays that text and never becomes a formula (only `{ formula }` values do).
 */
import ExcelJS from 'exceljs'
import type { SheetModel } from './workbookModel.ts'

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } }
const FONT = '等线'

export async function writeWorkbook(sheets: readonly SheetModel[], meta: { title: string; created: Date }): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  wb.creator = '政务公开年报看板'
  wb.title = meta.title
  wb.created = meta.created
  for (const model of sheets) {
    const ws = wb.addWorksheet(model.name, { views: [{ state: 'frozen', ySplit: 1 }] })
    ws.columns = model.columns.map((c) => ({ header: c.header, width: c.width }))
    const head = ws.getRow(1)
    head.font = { name: FONT, bold: true }
    head.eachCell((cell) => (cell.fill = HEADER_FILL))
    for (const row of model.rows) {
      const added = ws.addRow(row.map((v) => (v === null ? null : v)))
      added.font = { name: FONT }
    }
    model.columns.forEach((c, i) => {
      if (c.kind === 'number') ws.getColumn(i + 1).alignment = { horizontal: 'right' }
      else ws.getColumn(i + 1).alignment = { wrapText: c.width >= 40, vertical: 'top' }
    })
    for (const h of model.headings ?? []) ws.getRow(h + 2).font = { name: FONT, bold: true }
  }
  const buffer = await wb.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}
