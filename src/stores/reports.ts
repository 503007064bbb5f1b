/**
 * The reports the page shows: the loaded dataset's (dataset store) with the reports imported
 * in this browser laid over them (imports store), as records, facts and the query Dataset the
 * filters select from. Neither of those two stores knows of this layering.
 */
import { defineStore } from 'pinia'
import { computed } from 'vue'
import type { Fact } from '../data/schema.ts'
import { layerFacts, layerRecords } from '../import/merge.ts'
import { buildDataset } from '../query/dataset.ts'
import { useDatasetStore } from './dataset.ts'
import { useImportsStore } from './imports.ts'

export const useReportsStore = defineStore('reports', () => {
  const dataset = useDatasetStore()
  const imports = useImportsStore()

  /** the file's records, the replaced ones left out, then the imported ones */
  const records = computed(() => (imports.hasChanges ? layerRecords(dataset.records, imports.state) : dataset.records))
  const facts = computed(() => (imports.hasChanges ? layerFacts(dataset.facts, imports.state) : dataset.facts))
  /** what every query runs on: the loaded dataset's own (built once per load) until something is imported */
  const data = computed(() => (imports.hasChanges ? buildDataset(records.value) : dataset.data))

  /** imported reports' facts by report and field (the first per field, as the dataset's) */
  const importedFacts = computed(() => {
    const byReport = new Map<string, Map<string, Fact>>()
    for (const r of imports.state.reports) {
      const m = new Map<string, Fact>()
      for (const f of r.facts) if (!m.has(f.field)) m.set(f.field, f)
      byReport.set(r.record.report_id, m)
    }
    return byReport
  })

  /** The fact behind one value of one report shown, if the parser recorded one. */
  function factFor(reportId: string, field: string): Fact | null {
    const imported = importedFacts.value.get(reportId)
    if (imported) return imported.get(field) ?? null
    return dataset.factFor(reportId, field)
  }

  return { records, facts, data, factFor }
})
