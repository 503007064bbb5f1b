/**
 * Imported reports kept in IndexedDB, so a reload keeps them, with the promise wrapping of
 * idbRequests.ts instead of a dependency: we need open, read all, and one write transaction.
 * Store `reports` holds one ImportedReport per report_id; store `meta` holds the list of
 * embedded report_ids that imports replaced. The factory is a parameter so tests can pass
 * fake-indexeddb.
 *
 * Several tabs share the database: a change is read and written in one readwrite transaction
 * (`update`), computed from what is stored, never from a tab's memory: a stale tab rewrote
 * the hidden list from its own state (a replaced report then showed twice), and a removal in
 * one tab left another's imports stored. Entries are checked when read (`restore`): a
 * hand-edited or corrupted entry is dropped, and removed, instead of breaking the page.
 */
import { problem, type Problem } from '../data/problem.ts'
import { factProblem, recordProblem } from '../data/schema.ts'
import type { ImportedReport, ImportState } from './types.ts'
import { done, request } from './idbRequests.ts'

const DB_NAME = 'zwgk-imports'
const VERSION = 1
const REPORTS = 'reports'
const META = 'meta'
const HIDDEN_KEY = 'hidden'

/** Why a stored entry is not an ImportedReport, or null. */
export function importedReportProblem(value: unknown): Problem | null {
  if (typeof value !== 'object' || value === null) return problem('not_a_record')
  const r = value as Record<string, unknown>
  const record = recordProblem(r.record)
  if (record) return record
  if (!Array.isArray(r.facts)) return problem('value_not_text', { column: 'facts' })
  for (const f of r.facts) {
    const refused = factProblem(f)
    if (refused) return refused
  }
  if (r.text !== null && typeof r.text !== 'string') return problem('value_not_text', { column: 'text' })
  if (typeof r.origin !== 'string') return problem('value_not_text', { column: 'origin' })
  return null
}

/** What was stored, checked: the good entries, and the keys of those dropped. */
export interface Restored {
  state: ImportState
  /** keys of stored reports that were not ImportedReports (removed from the database) */
  dropped: string[]
}

export interface ReportDb {
  /** the stored state, checked (see restore) */
  load(): Promise<ImportState>
  /** the stored state with each entry checked; bad ones are removed from the database */
  restore(): Promise<Restored>
  /**
   * Reads what is stored and writes `change(stored)` in one readwrite transaction (only what
   * differs is written); resolves with the state now stored.
   */
  update(change: (stored: ImportState) => ImportState): Promise<ImportState>
  /** writes what changed between two states in one transaction */
  save(previous: ImportState, next: ImportState): Promise<void>
  close(): void
}

/** Writes issued per task while saving (see write). */
const WRITE_SLICE = 50

/** Checked stored values: good reports, bad keys, and the hidden list (a list of strings, else none). */
function checked(keys: IDBValidKey[], values: unknown[], hidden: unknown): Restored {
  const reports: ImportedReport[] = []
  const dropped: string[] = []
  values.forEach((v, i) => {
    if (importedReportProblem(v) === null && (v as ImportedReport).record.report_id === keys[i]) reports.push(v as ImportedReport)
    else dropped.push(String(keys[i]))
  })
  const list = Array.isArray(hidden) && hidden.every((h) => typeof h === 'string') ? (hidden as string[]) : []
  return { state: { reports, hidden: list }, dropped }
}

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

  /**
   * The writes that turn `before` into `next`, issued a slice at a time in `tx`. put() copies
   * its value on the spot, so a thousand reports with their texts in one go block the page. A
   * slice at a time, the next slice issued from the last one's success event, keeps the page
   * responsive and it is still one transaction (all or nothing).
   */
  function write(tx: IDBTransaction, before: ReadonlyMap<string, ImportedReport | null>, next: ImportState): void {
    const store = tx.objectStore(REPORTS)
    const after = new Set(next.reports.map((r) => r.record.report_id))
    const writes: Array<() => IDBRequest> = []
    for (const id of before.keys()) if (!after.has(id)) writes.push(() => store.delete(id))
    // unchanged reports are the same objects: only new or replaced ones are written
    for (const r of next.reports) if (before.get(r.record.report_id) !== r) writes.push(() => store.put(r))
    writes.push(() => tx.objectStore(META).put(next.hidden, HIDDEN_KEY))
    let at = 0
    const slice = () => {
      let last: IDBRequest | null = null
      for (const end = Math.min(at + WRITE_SLICE, writes.length); at < end; at++) last = writes[at]()
      if (last && at < writes.length) last.onsuccess = slice
    }
    slice()
  }

  /** Reads everything in `tx`, then calls `then` with it checked (still inside the transaction). */
  function readAll(tx: IDBTransaction, then: (restored: Restored) => void): void {
    const store = tx.objectStore(REPORTS)
    const keys = store.getAllKeys()
    const values = store.getAll()
    const hidden = tx.objectStore(META).get(HIDDEN_KEY)
    // requests in one transaction complete in order: the last one's success sees all three
    hidden.onsuccess = () => then(checked(keys.result, values.result, hidden.result))
  }

  async function restore(): Promise<Restored> {
    const tx = db.transaction([REPORTS, META], 'readwrite')
    let result: Restored = { state: { reports: [], hidden: [] }, dropped: [] }
    readAll(tx, (restored) => {
      result = restored
      for (const key of restored.dropped) tx.objectStore(REPORTS).delete(key)
    })
    await done(tx)
    return result
  }

  async function update(change: (stored: ImportState) => ImportState): Promise<ImportState> {
    const tx = db.transaction([REPORTS, META], 'readwrite')
    let next: ImportState = { reports: [], hidden: [] }
    readAll(tx, ({ state, dropped }) => {
      const before = new Map<string, ImportedReport | null>(state.reports.map((r) => [r.record.report_id, r]))
      for (const key of dropped) before.set(key, null) // a bad entry goes too
      try {
        next = change(state)
      } catch (err) {
        tx.abort()
        throw err
      }
      write(tx, before, next)
    })
    await done(tx)
    return next
  }

  async function save(previous: ImportState, next: ImportState): Promise<void> {
    const tx = db.transaction([REPORTS, META], 'readwrite')
    write(tx, new Map(previous.reports.map((r) => [r.record.report_id, r])), next)
    await done(tx)
  }

  return { load: async () => (await restore()).state, restore, update, save, close: () => db.close() }
}
