/**
 * The CSV export with Chinese headers, for people who open it in a spreadsheet rather than a
 * tool. The rows are exportCsv.ts's own (same formula escaping, 未说明 as an empty cell); only
 * the header line is replaced, so the machine-header CSV stays the default for tools.
 */
import { REPORT_COLUMNS, type ReportRecord } from '../data/schema.ts'
import { csvParts, noticeLine } from '../composables/exportCsv.ts'

const BOM = '\uFEFF'

/** A header cell: quoted when it holds a comma, a quote or a line break. */
const headerCell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)

/** The header line for `labels` (column → label; a column without one keeps its name). */
export function zhHeader(labels: Readonly<Record<string, string>>): string {
  return REPORT_COLUMNS.map((c) => headerCell(labels[c] ?? c)).join(',')
}

/**
 * csvParts with the first part, the BOM and the machine header, replaced. The test
 * (tests/export/csvHeaders.test.ts) pins that csvParts's first part is exactly that line.
 */
export async function csvPartsWithLabels(
  records: readonly ReportRecord[],
  labels: Readonly<Record<string, string>>,
  progress?: (done: number) => void,
  notice?: string | null,
): Promise<BlobPart[]> {
  const parts = await csvParts(records, progress)
  parts[0] = new TextEncoder().encode(BOM + noticeLine(notice) + zhHeader(labels))
  return parts
}
