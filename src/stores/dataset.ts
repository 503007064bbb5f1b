/**
 * The loaded dataset: records, facts, load state and every load problem. Big arrays sit in
 * shallowRefs (never deep-reactive: thousands of rows gain nothing from per-field proxies),
 * and the region/year index and the fact lookup are built once per load.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { Fact, ReportRecord } from '../data/schema.ts'
import { loadDataset, type LoadedDataset, type LoadError, type LoadOptions } from '../data/loadDataset.ts'
import { buildRegionIndex } from './regionIndex.ts'

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

export const useDatasetStore = defineStore('dataset', () => {
  /** one record per report (reports.csv rows that passed validation) */
  const records = shallowRef<ReportRecord[]>([])
  /** the quoted evidence per value (facts.csv) */
  const facts = shallowRef<Fact[]>([])
  const errors = shallowRef<LoadError[]>([])
  const status = ref<LoadStatus>('idle')

  const index = computed(() => buildRegionIndex(records.value))
  const recordById = computed(() => new Map(records.value.map((r) => [r.report_id, r])))
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
  }

  async function load(options: LoadOptions): Promise<void> {
    status.value = 'loading'
    try {
      setData(await loadDataset(options))
    } catch (err) {
      errors.value = [{ file: 'reports.csv', line: null, column: null, message: String(err) }]
      status.value = 'error'
    }
  }

  /** The fact behind one value of one report, if the parser recorded one. */
  function factFor(reportId: string, field: string): Fact | null {
    return factIndex.value.get(reportId)?.get(field) ?? null
  }

  return { records, facts, errors, status, index, recordById, setData, load, factFor }
})
