/**
 * Full report texts, fetched only when a view needs them and kept once fetched. Embedded
 * reports' decoded texts sit at data/reports/<reportTextFile(source)> (the text fact offsets
 * index); imported reports' texts come from the imports store, never from the network.
 */
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { ReportRecord } from '../data/schema.ts'
import { reportTextFile } from '../data/csv.ts'
import { useImportsStore } from './imports.ts'

export type TextFetcher = (url: string) => Promise<string>

async function defaultFetch(url: string): Promise<string> {
  const res = await fetch(url)
  if (!res.ok) throw new Error(`HTTP ${res.status}`)
  return res.text()
}

export const useReportTextsStore = defineStore('reportTexts', () => {
  const imports = useImportsStore()
  /** report_id → decoded text; a new Map on each change so computed views re-run */
  const texts = shallowRef<Map<string, string>>(new Map())
  /** report_id → why the text could not be read */
  const errors = shallowRef<Map<string, string>>(new Map())
  /** fetches in flight */
  const pending = ref(0)
  const inFlight = new Map<string, Promise<void>>()
  let fetcher: TextFetcher = defaultFetch

  /** The text of a report when it is at hand (imported, or already fetched). */
  function textOf(record: Pick<ReportRecord, 'report_id'>): string | null {
    return imports.textFor(record.report_id) ?? texts.value.get(record.report_id) ?? null
  }

  function urlFor(source: string): string {
    const base = (import.meta.env?.BASE_URL as string | undefined) ?? '/'
    return `${base}data/reports/${encodeURIComponent(reportTextFile(source))}`
  }

  /** Fetches one report's text unless it is at hand, failed before, or already on its way. */
  function ensure(record: Pick<ReportRecord, 'report_id' | 'source'>): Promise<void> {
    const id = record.report_id
    if (textOf(record) !== null || errors.value.has(id)) return Promise.resolve()
    let p = inFlight.get(id)
    if (p) return p
    pending.value++
    p = fetcher(urlFor(record.source))
      .then((text) => put(id, text))
      .catch((err: unknown) => {
        errors.value = new Map(errors.value).set(id, err instanceof Error ? err.message : String(err))
      })
      .finally(() => {
        pending.value--
        inFlight.delete(id)
      })
    inFlight.set(id, p)
    return p
  }

  /** A few fetches at a time: hundreds at once are refused by the browser (ERR_INSUFFICIENT_RESOURCES). */
  async function ensureAll(records: readonly Pick<ReportRecord, 'report_id' | 'source'>[], concurrency = 6): Promise<void> {
    let next = 0
    const worker = async () => {
      while (next < records.length) await ensure(records[next++])
    }
    await Promise.all(Array.from({ length: Math.min(concurrency, records.length) }, worker))
  }

  /** Puts a text in place (tests seed texts this way). */
  function put(id: string, text: string): void {
    texts.value = new Map(texts.value).set(id, text)
    if (errors.value.has(id)) {
      const next = new Map(errors.value)
      next.delete(id)
      errors.value = next
    }
  }

  /** Replaces how texts are fetched (tests). */
  function setFetcher(f: TextFetcher): void {
    fetcher = f
  }

  return { texts, errors, pending, textOf, ensure, ensureAll, put, setFetcher, urlFor }
})
