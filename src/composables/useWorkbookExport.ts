/**
 * 导出 Excel and the Chinese-header CSV. The workbook's model and ExcelJS load only when the
 * button is pressed (dynamic import), so neither is in the start-up JavaScript.
 */
import { computed, ref } from 'vue'
import { REPORT_COLUMNS, type Fact } from '../data/schema.ts'
import { useReportsStore } from '../stores/reports.ts'
import { useFiltersStore } from '../stores/filters.ts'
import { useImportsStore } from '../stores/imports.ts'
import { describeFilters } from '../i18n/describeFilters.ts'
import { handOnMessages } from '../i18n/handOn.ts'
import { exportFileName } from '../export/fileName.ts'
import { useI18n } from './useI18n.ts'
import { downloadBlob } from './download.ts'
import { useDatasetInfo } from './useDatasetInfo.ts'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
/**
 * The workbook is built in memory (ExcelJS keeps every cell as an object): a national
 * selection of 380,000 reports would be ~20 million cells and exhaust the page. Beyond this
 * many the CSV, written a slice at a time, is the way out.
 */
export const WORKBOOK_MAX_REPORTS = 50_000

/** The dataset in words: the embedded one, or the ?data= folder, and whether imports are laid over it. */
export function datasetName(embedded: string, imported: string, hasImports: boolean): string {
  const param = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('data')
  return (param ?? embedded) + (hasImports ? imported : '')
}

export function useWorkbookExport(maxReports = WORKBOOK_MAX_REPORTS) {
  const reports = useReportsStore()
  const filters = useFiltersStore()
  const imports = useImportsStore()
  const { t, locale } = useI18n()
  const { synthetic } = useDatasetInfo()
  const m = computed(() => handOnMessages(locale.value).workbook)
  const busy = ref(false)

  /** Every fact behind a value of one report: the one the parser stored it from, per field. */
  const factsOf = (id: string): Fact[] => {
    const out: Fact[] = []
    for (const c of REPORT_COLUMNS) {
      const f = reports.factFor(id, c)
      if (f) out.push(f)
    }
    return out
  }

  const tooMany = computed(() => filters.filtered.length > maxReports)

  async function exportWorkbook(): Promise<void> {
    if (busy.value || tooMany.value) return
    busy.value = true
    try {
      const [{ workbookModel }, { writeWorkbook }] = await Promise.all([
        import('../export/workbookModel.ts'),
        import('../export/writeWorkbook.ts'),
      ])
      const records = filters.filtered
      const exportedAt = new Date()
      const sheets = workbookModel({
        records,
        factsOf,
        factsComplete: reports.facts.length > 0 || records.length === 0,
        dataset: datasetName(m.value.embedded, m.value.imported, imports.hasChanges),
        filters: describeFilters(filters.state, t.value),
        exportedAt,
        synthetic: synthetic.value,
        t: t.value,
        m: m.value,
        locale: locale.value,
      })
      const bytes = await writeWorkbook(sheets, { title: t.value.app.title, created: exportedAt, synthetic: synthetic.value })
      downloadBlob(new Blob([bytes as BlobPart], { type: XLSX_TYPE }), exportFileName(filters.state, records, m.value.fileWhat, 'xlsx'))
    } finally {
      busy.value = false
    }
  }

  async function exportCsvZh(): Promise<void> {
    if (busy.value) return
    busy.value = true
    try {
      const { csvPartsWithLabels } = await import('../export/csvHeaders.ts')
      const records = filters.filtered
      const parts = await csvPartsWithLabels(records, t.value.columns, undefined, synthetic.value)
      downloadBlob(new Blob(parts, { type: 'text/csv;charset=utf-8' }), exportFileName(filters.state, records, m.value.fileWhat, 'csv'))
    } finally {
      busy.value = false
    }
  }

  return { busy, tooMany, exportWorkbook, exportCsvZh }
}
