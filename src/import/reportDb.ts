/**
 * Imported reports kept in IndexedDB, so a reload keeps them. A dozen lines of promise
 * wrapping instead of a dependency: we need open, read all, and one write transaction.
 * Store `reports` holds one ImportedReport per report_id; store `meta` holds the list of
 * embedded report_ids that imports replaced. The factory is a parameter so tests can pass
 * fake-indexeddb.
 */
import type { ImportedReport, ImportState } from './types.ts'

const DB_NAME = 'zwgk-imports'
const VERSION = 1
const REPORTS = 'reports'
const META = 'meta'
const HIDDEN_KEY = 'hidden'

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error)
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'))
  })
}

export interface ReportDb {
  load(): Promise<ImportState>
  /** writes what changed between two states in one transaction */
  save(previous: ImportState, next: ImportState): Promise<void>
  close(): void
}

/** Writes issued per task while saving (see save). */
const WRITE_SLICE = 50

export async function openReportDb(factory: IDBFactory = globalThis.indexedDB, name = DB_NAME): Promise<ReportDb> {
  if (!factory) throw new Error('IndexedDB is not available')
  const open = factory.open(name, VERSION)
  open.onupgradeneeded = () => {
    const db = open.result
    if (!db.objectStoreNames.contains(REPORTS)) db.createObjectStore(REPORTS, { keyPath: 'record.report_id' })
    if (!db.objectStoreNames.contains(META)) db.createObjectStore(META)
  }
  const db = await request(open)
  // another tab (or a test) deleting or upgrading the database must not wait on this page
  db.onversionchange = () => db.close()

  async function load(): Promise<ImportState> {
    const tx = db.transaction([REPORTS, META], 'readonly')
    const [reports, hidden] = await Promise.all([
      request(tx.objectStore(REPORTS).getAll() as IDBRequest<ImportedReport[]>),
      request(tx.objectStore(META).get(HIDDEN_KEY) as IDBRequest<string[] | undefined>),
    ])
    return { reports, hidden: hidden ?? [] }
  }

  async function save(previous: ImportState, next: ImportState): Promise<void> {
    const tx = db.transaction([REPORTS, META], 'readwrite')
    const store = tx.objectStore(REPORTS)
    const before = new Map(previous.reports.map((r) => [r.record.report_id, r]))
    const after = new Set(next.reports.map((r) => r.record.report_id))
    const writes: Array<() => IDBRequest> = []
    for (const id of before.keys()) if (!after.has(id)) writes.push(() => store.delete(id))
    // unchanged reports are the same objects: only new or replaced ones are written
    for (const r of next.reports) if (before.get(r.record.report_id) !== r) writes.push(() => store.put(r))
    writes.push(() => tx.objectStore(META).put(next.hidden, HIDDEN_KEY))
    // put() copies its value on the spot: 1,000 imported reports with their texts were one
    // 0.2 s task. A slice at a time, the next slice issued from the last one's success event,
    // keeps the page responsive and it is still one transaction (all or nothing).
    let at = 0
    const slice = () => {
      let last: IDBRequest | null = null
      for (const end = Math.min(at + WRITE_SLICE, writes.length); at < end; at++) last = writes[at]()
      if (last && at < writes.length) last.onsuccess = slice
    }
    slice()
    await done(tx)
  }

  return { load, save, close: () => db.close() }
}
