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
/** the red a synthetic dataset is named in (base.css .synthetic, exportOption.ts) */
const ALERT_RED = 'FFC00000'

/** `synthetic`: the notice of a synthetic dataset, also the workbook's subject, every sheet's tab in red */
export async function writeWorkbook(
  sheets: readonly SheetModel[],
  meta: { title: string; created: Date; synthetic?: string | null },
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  wb.creator = '政务公开年报看板'
  wb.title = meta.title
  wb.created = meta.created
  if (meta.synthetic) wb.subject = meta.synthetic
  for (const model of sheets) {
    const ws = wb.addWorksheet(model.name, {
      views: [{ state: 'frozen', ySplit: 1 }],
      ...(meta.synthetic ? { properties: { tabColor: { argb: ALERT_RED } } } : {}),
    })
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
    for (const a of model.alerts ?? []) ws.getRow(a + 2).font = { name: FONT, bold: true, color: { argb: ALERT_RED } }
  }
  const buffer = await wb.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}
