/**
 * The dataset as loaded from its files: records, facts, load state and every load problem, and
 * the query Dataset (index and columns) built once per load. Reports imported in this browser
 * are not here: the reports store lays them over this. Big arrays sit in shallowRefs (never
 * deep-reactive: thousands of rows gain nothing from per-field proxies).
 */
import { problem } from '../data/problem.ts'
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { Fact, ReportRecord } from '../data/schema.ts'
import {
  fetchCsv,
  fetchLanding,
  indexFactsInWorker,
  loadReports,
  mark,
  parseCsv,
  urlOf,
  type FactsSource,
  type LoadedDataset,
  type LoadError,
  type LoadOptions,
  type ReportsRead,
} from '../data/loadDataset.ts'
import { buildDataset, type LoadedParts } from '../query/dataset.ts'
import { LANDING_FILE, LANDING_MIN_BYTES, landingMismatches, type LandingView } from '../query/landing.ts'
import { preparationSteps, runWhenIdle } from '../query/prepare.ts'
import { selectAll } from '../query/select.ts'
import { computeKpis } from '../query/series/kpi.ts'
import { loadGeneration, mixedGeneration } from '../data/loadGeneration.ts'
import { fetchRange, rangeFirst } from '../data/factsByRange.ts'

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

/**
 * From this many reports on, facts.csv is not loaded with the dataset: a worker reads and
 * indexes it when evidence is first opened, and hands over one report's facts at a time
 * (380,000 reports have ~2 million facts, more than the page's heap should hold).
 */
export const LAZY_FACTS_REPORTS = 20_000

/** From this many reports on, the index's lazily built parts are built in idle time after the load (query/prepare.ts). */
export const PREPARE_REPORTS = 20_000

export const useDatasetStore = defineStore('dataset', () => {
  /** one record per report (reports.csv rows that passed validation) */
  const records = shallowRef<ReportRecord[]>([])
  /** what the load made beside the records (a large file's worker columns and index core) */
  const parts = shallowRef<LoadedParts>({})
  /** the quoted evidence per value (facts.csv) */
  const facts = shallowRef<Fact[]>([])
  const errors = shallowRef<LoadError[]>([])
  const status = ref<LoadStatus>('idle')
  /**
   * the folder the dataset was read from (ending in '/'): its report texts sit in its reports/,
   * so a `?data=` dataset's full text is its own, never the embedded report of the same name
   */
  /** when reports.csv was last written, from its response (null: the host did not say) */
  const builtAt = ref<Date | null>(null)
  const baseUrl = ref(`${(import.meta.env?.BASE_URL as string | undefined) ?? '/'}data/`)
  /** facts load after the records, so charts draw without waiting for the larger file */
  const factsStatus = ref<LoadStatus>('idle')

  /** large datasets: facts fetched per report from the worker's index, cached here */
  let factsSource: FactsSource | null = null
  let lazyOptions: LoadOptions | null = null
  const lazyFacts = shallowRef(new Map<string, Fact[]>())
  /**
   * While a large reports.csv loads: its landing view (query/landing.ts), the charts
   * precomputed, if landing.json was made from this very file. Dropped once the rows are in.
   */
  const landing = shallowRef<LandingView | null>(null)

  /** the records as the query functions take them (query/dataset.ts) */
  const data = computed(() => {
    const built = buildDataset(records.value, parts.value)
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
  function setData(loaded: LoadedDataset): void {
    records.value = loaded.records
    parts.value = {}
    facts.value = loaded.facts
    errors.value = loaded.errors
    // Only a dataset with no rows at all and an unreadable file is a failure; bad rows are not.
    status.value = loaded.records.length === 0 && loaded.errors.some((e) => e.line === null) ? 'error' : 'ready'
    factsStatus.value = 'ready'
  }

  /**
   * Both files download together, but reports.csv is parsed first and alone: on a two-core
   * machine parsing both at once delayed the first chart by seconds, and facts are only needed
   * when someone opens the evidence for a value. Both files' problems end up in `errors`.
   */
  async function load(options: LoadOptions): Promise<void> {
    // the folder is known at once (report texts are read from it) while its manifest is asked for
    status.value = 'loading'
    factsStatus.value = 'loading'
    baseUrl.value = options.baseUrl
    // read as the folder's manifest.json names them: a pair of one run, or none (loadGeneration.ts)
    await loadGeneration(options, loadOnce, () => mixedGeneration(errors.value))
    if (mixedGeneration(errors.value)) {
      records.value = []
      facts.value = []
      status.value = 'error'
    }
  }

  async function loadOnce(options: LoadOptions): Promise<void> {
    status.value = 'loading'
    factsStatus.value = 'loading'
    baseUrl.value = options.baseUrl
    landing.value = null
    // small datasets: facts download alongside (they parse after the reports); big ones wait
    const factsText = options.fetchText || typeof Worker === 'undefined' ? fetchCsv('facts', options) : null
    // a large file's landing view is asked for as soon as the file's head is in and the file is
    // known to be large: by its size, or, served gzipped with no size, by what has arrived
    let asked = false
    const onReportsRead = ({ received, bytes, head }: ReportsRead) => {
      if (asked || head === null || (bytes ?? received) < LANDING_MIN_BYTES) return
      asked = true
      void fetchLanding(options, { bytes, head }).then((view) => {
        if (!view || status.value !== 'loading') return
        landing.value = view
        mark('landing-received')
      })
    }
    try {
      const reports = await loadReports({ ...options, onReportsRead, onReportsModified: (d) => (builtAt.value = d) })
      parts.value = reports.parts ?? {}
      records.value = reports.rows
      errors.value = [...(options.refused ? [options.refused] : []), ...reports.errors, ...checkLanding(reports.rows)]
      landing.value = null
      status.value = reports.rows.length === 0 && reports.errors.some((e) => e.line === null) ? 'error' : 'ready'
      mark('rows-ready')
      if (reports.rows.length >= PREPARE_REPORTS) {
        const loaded = data.value
        runWhenIdle(preparationSteps(loaded), () => data.value === loaded)
      }
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
      errors.value = [
        ...errors.value,
        { file: 'reports.csv', line: null, column: null, ...problem('load_failed', { detail: String(err) }) },
      ]
      status.value = records.value.length ? status.value : 'error'
      landing.value = null
      factsStatus.value = 'error'
    }
  }

  /**
   * The landing view the charts were drawn from must say what the rows say; if it does not
   * (landing.json made from another file of the same size), that is a problem to show, and
   * the panels are drawn from the rows either way.
   */
  function checkLanding(rows: ReportRecord[]): LoadError[] {
    const view = landing.value
    if (!view || !rows.length) return []
    // the dataset the panels use next (computed once), unfiltered, as they take it
    const loaded = computeKpis(selectAll(data.value))
    const differ = landingMismatches(view, loaded, rows.length)
    if (!differ.length) return []
    return [{ file: LANDING_FILE, line: null, column: null, ...problem('landing_mismatch', { fields: differ }) }]
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
      // one report's rows by range requests; the whole file in a worker where that cannot be done
      const options = lazyOptions
      factsSource = rangeFirst(
        fetchRange(new URL(urlOf(options, 'facts'), globalThis.location?.href).href),
        records.value,
        () => indexFactsInWorker(options),
        options.generation?.bytes.facts,
      )
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

  return { records, parts, facts, errors, status, baseUrl, builtAt, factsStatus, data, landing, setData, load, factFor, requestFacts }
})
