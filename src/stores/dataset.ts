/**
 * The loaded dataset: records, facts, load state and every load problem. Big arrays sit in
 * shallowRefs (never deep-reactive: thousands of rows gain nothing from per-field proxies),
 * and the region/year index and the fact lookup are built once per load.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { Fact, ReportRecord } from '../data/schema.ts'
import { fetchCsv, indexFactsInWorker, loadReports, mark, parseCsv, type FactsSource, type LoadedDataset, type LoadError, type LoadOptions } from '../data/loadDataset.ts'
import { buildRegionIndex } from './regionIndex.ts'

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

/**
 * From this many reports on, facts.csv is not loaded with the dataset: a worker reads and
 * indexes it when evidence is first opened, and hands over one report's facts at a time
 * (380,000 reports have ~2 million facts, more than the page's heap should hold).
 */
export const LAZY_FACTS_REPORTS = 20_000

export const useDatasetStore = defineStore('dataset', () => {
  /** one record per report (reports.csv rows that passed validation) */
  const records = shallowRef<ReportRecord[]>([])
  /** the quoted evidence per value (facts.csv) */
  const facts = shallowRef<Fact[]>([])
  const errors = shallowRef<LoadError[]>([])
  const status = ref<LoadStatus>('idle')
  /** facts load after the records, so charts draw without waiting for the larger file */
  const factsStatus = ref<LoadStatus>('idle')

  /** large datasets: facts fetched per report from the worker's index, cached here */
  let factsSource: FactsSource | null = null
  let lazyOptions: LoadOptions | null = null
  const lazyFacts = shallowRef(new Map<string, Fact[]>())

  const index = computed(() => {
    const built = buildRegionIndex(records.value)
    mark('index-built')
    return built
  })
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
    // small datasets: facts download alongside (they parse after the reports); big ones wait
    const factsText = options.fetchText || typeof Worker === 'undefined' ? fetchCsv('facts', options) : null
    try {
      const reports = await loadReports(options)
      records.value = reports.rows
      errors.value = reports.errors
      status.value = reports.rows.length === 0 && reports.errors.some((e) => e.line === null) ? 'error' : 'ready'
      if (!factsText && reports.rows.length >= LAZY_FACTS_REPORTS) {
        lazyOptions = options
        factsStatus.value = 'idle'
        return
      }
      const loaded = await parseCsv<Fact>(await (factsText ?? fetchCsv('facts', options)), options)
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
    const lazy = lazyFacts.value.get(reportId)
    if (lazy) return lazy.find((f) => f.field === field) ?? null
    return factIndex.value.get(reportId)?.get(field) ?? null
  }

  /**
   * Makes one report's facts available to factFor. A no-op unless the dataset is large
   * (LAZY_FACTS_REPORTS); then the first call starts the worker that reads facts.csv, and
   * its problems join `errors` when it is done.
   */
  async function requestFacts(reportId: string): Promise<void> {
    if (!lazyOptions || lazyFacts.value.has(reportId)) return
    factsStatus.value = 'loading'
    if (!factsSource) {
      factsSource = indexFactsInWorker(lazyOptions)
      void factsSource.ready.then((problems) => (errors.value = [...errors.value, ...problems]))
    }
    try {
      const found = await factsSource.factsFor(reportId)
      lazyFacts.value = new Map(lazyFacts.value).set(reportId, found)
      factsStatus.value = 'ready'
    } catch {
      factsStatus.value = 'error'
    }
  }

  return { records, facts, errors, status, factsStatus, index, setData, load, factFor, requestFacts }
})
