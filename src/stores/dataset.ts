/**
 * The loaded dataset: records, facts, load state and every load problem. Big arrays sit in
 * shallowRefs (never deep-reactive: thousands of rows gain nothing from per-field proxies),
 * and the region/year index and the fact lookup are built once per load.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { Fact, ReportRecord } from '../data/schema.ts'
import { fetchCsv, parseCsv, type LoadedDataset, type LoadError, type LoadOptions } from '../data/loadDataset.ts'
import { buildRegionIndex } from './regionIndex.ts'

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

export const useDatasetStore = defineStore('dataset', () => {
  /** one record per report (reports.csv rows that passed validation) */
  const records = shallowRef<ReportRecord[]>([])
  /** the quoted evidence per value (facts.csv) */
  const facts = shallowRef<Fact[]>([])
  const errors = shallowRef<LoadError[]>([])
  const status = ref<LoadStatus>('idle')
  /** facts load after the records, so charts draw without waiting for the larger file */
  const factsStatus = ref<LoadStatus>('idle')

  const index = computed(() => buildRegionIndex(records.value))
  const factIndex = computed(() => {
    const byReport = new Map<string, Map<string, Fact>>()
    for (const f of facts.value) {
      let m = byReport.get(f.report_id)
      if (!m) byReport.set(f.report_id, (m = new Map()))
      // keep the first fact per field: it is the one the parser stored the value from
      if (!m.has(f.field)) m.set(f.field, f)
    }
    return byReport
  })

  /** Puts an already-loaded dataset in place (used by load() and by tests). */
  function setData(data: LoadedDataset): void {
    records.value = data.records
    facts.value = data.facts
    errors.value = data.errors
    // Only a dataset with no rows at all and an unreadable file is a failure; bad rows are not.
    status.value = data.records.length === 0 && data.errors.some((e) => e.line === null) ? 'error' : 'ready'
    factsStatus.value = 'ready'
  }

  /**
   * Both files download together, but reports.csv is parsed first and alone: on a two-core
   * machine parsing both at once delayed the first chart by seconds, and facts are only needed
   * when someone opens the evidence for a value. Both files' problems end up in `errors`.
   */
  async function load(options: LoadOptions): Promise<void> {
    status.value = 'loading'
    factsStatus.value = 'loading'
    const factsText = fetchCsv('facts', options)
    try {
      const reports = await parseCsv<ReportRecord>(await fetchCsv('reports', options), options)
      records.value = reports.rows
      errors.value = reports.errors
      status.value = reports.rows.length === 0 && reports.errors.some((e) => e.line === null) ? 'error' : 'ready'
      const loaded = await parseCsv<Fact>(await factsText, options)
      facts.value = loaded.rows
      errors.value = [...errors.value, ...loaded.errors]
      factsStatus.value = 'ready'
    } catch (err) {
      errors.value = [...errors.value, { file: 'reports.csv', line: null, column: null, message: String(err) }]
      status.value = records.value.length ? status.value : 'error'
      factsStatus.value = 'error'
    }
  }

  /** The fact behind one value of one report, if the parser recorded one. */
  function factFor(reportId: string, field: string): Fact | null {
    return factIndex.value.get(reportId)?.get(field) ?? null
  }

  return { records, facts, errors, status, factsStatus, index, setData, load, factFor }
})
