/**
 * Full report texts, fetched only when a view needs them and kept once fetched. A dataset's
 * decoded texts sit in its own folder, at reports/<reportTextFile(source)> (the text fact
 * offsets index): the embedded set's under data/, a `?data=` set's under that folder. Imported
 * reports' texts come from the imports store, never from the network.
 */
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { ReportRecord } from '../data/schema.ts'
import { reportTextFile } from '../data/csv.ts'
import { useDatasetStore } from './dataset.ts'
import { useImportsStore } from './imports.ts'

export type TextFetcher = (url: string) => Promise<string>

/** The message a text that is not there fails with (the view says 原文不可用, not this). */
export const TEXT_UNAVAILABLE = 'text unavailable'

/**
 * An HTML page where a report text was asked for: a host with a single-page fallback answers
 * a missing file with the app's own index.html (status 200). The data command writes decoded
 * plain text, so a text that opens as an HTML document is never a report.
 */
export function looksLikeHtmlPage(text: string): boolean {
  return /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>])/i.test(text.slice(0, 512))
}

/** A text is accepted only if it is one: a success status, not typed HTML, not an HTML page. */
export async function readTextResponse(res: Response): Promise<string> {
  if (res.status === 404 || res.status === 410) throw new Error(TEXT_UNAVAILABLE)
  if (!res.ok) throw new Error(`HTTP ${res.status}`)
  if (/\bhtml\b/i.test(res.headers.get('content-type') ?? '')) throw new Error(TEXT_UNAVAILABLE)
  const text = await res.text()
  if (looksLikeHtmlPage(text)) throw new Error(TEXT_UNAVAILABLE)
  return text
}

async function defaultFetch(url: string): Promise<string> {
  return readTextResponse(await fetch(url))
}

export const useReportTextsStore = defineStore('reportTexts', () => {
  const imports = useImportsStore()
  const dataset = useDatasetStore()
  /** report_id → decoded text; a new Map on each change so computed views re-run */
  const texts = shallowRef<Map<string, string>>(new Map())
  /** report_id → why the text could not be read (TEXT_UNAVAILABLE: there is none) */
  const errors = shallowRef<Map<string, string>>(new Map())
  /** fetches in flight */
  const pending = ref(0)
  const inFlight = new Map<string, Promise<void>>()
  let fetcher: TextFetcher = defaultFetch

  /** The text of a report when it is at hand (imported, or already fetched). */
  function textOf(record: Pick<ReportRecord, 'report_id'>): string | null {
    return imports.textFor(record.report_id) ?? texts.value.get(record.report_id) ?? null
  }

  /** Where a report's text is, in the folder the dataset was read from. */
  function urlFor(source: string): string {
    return `${dataset.baseUrl}reports/${encodeURIComponent(reportTextFile(source))}`
  }

  /** Fetches one report's text unless it is at hand, failed before, or already on its way. */
  function ensure(record: Pick<ReportRecord, 'report_id' | 'source'>): Promise<void> {
    const id = record.report_id
    if (textOf(record) !== null || errors.value.has(id)) return Promise.resolve()
    let p = inFlight.get(id)
    if (p) return p
    pending.value++
    p = fetcher(urlFor(record.source))
      .then((text) => (looksLikeHtmlPage(text) ? Promise.reject(new Error(TEXT_UNAVAILABLE)) : put(id, text)))
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
