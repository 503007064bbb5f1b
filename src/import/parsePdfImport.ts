/**
 * An imported PDF → an ImportItem: its text layer (pdfBrowser.ts, loaded on the first PDF),
 * then the same parse as any other report. The import worker and the no-Worker fallback
 * send a file here when its bytes start with %PDF.
 */
import type { ImportItem } from './types.ts'
import { parseReportItem } from './parseImportFile.ts'
import { detailOf, problem } from '../data/problem.ts'

export { isPdfBytes } from '../io/pdfText.ts'

export async function parsePdfImport(name: string, bytes: Uint8Array): Promise<ImportItem> {
  try {
    const { pdfToTextBrowser } = await import('./pdfBrowser.ts')
    const pdf = await pdfToTextBrowser(bytes)
    if (!pdf.ok) return { kind: 'failed', name, reason: pdf.reason }
    return parseReportItem(name, pdf.text)
  } catch (err) {
    return { kind: 'failed', name, reason: problem('pdf_here', { detail: detailOf(err) }) }
  }
}
