/**
 * Named views kept in IndexedDB (database `zwgk-views`, one store keyed by id), so they
 * survive a reload. The promise wrapping is import/idbRequests.ts, shared with the imports' store.
 */
import type { ViewQuery } from './shareLink.ts'
import { done, request } from '../import/idbRequests.ts'

export interface SavedView {
  id: string
  name: string
  /** filters and panel choices: the router's query */
  query: ViewQuery
  /** the dataset parameter the view was made on; null = the embedded dataset */
  data: string | null
  created: number
  updated: number
}

const DB_NAME = 'zwgk-views'
const VERSION = 1
const VIEWS = 'views'

export interface ViewsDb {
  /** every view, oldest first */
  list(): Promise<SavedView[]>
  put(view: SavedView): Promise<void>
  remove(id: string): Promise<void>
  close(): void
}

export async function openViewsDb(factory: IDBFactory = globalThis.indexedDB, name = DB_NAME): Promise<ViewsDb> {
  if (!factory) throw new Error('IndexedDB is not available')
  const open = factory.open(name, VERSION)
  open.onupgradeneeded = () => {
    const db = open.result
    if (!db.objectStoreNames.contains(VIEWS)) db.createObjectStore(VIEWS, { keyPath: 'id' })
  }
  const db = await request(open)
  db.onversionchange = () => db.close()

  async function write(change: (store: IDBObjectStore) => void): Promise<void> {
    const tx = db.transaction(VIEWS, 'readwrite')
    change(tx.objectStore(VIEWS))
    await done(tx)
  }

  return {
    async list() {
      const all = await request(db.transaction(VIEWS, 'readonly').objectStore(VIEWS).getAll() as IDBRequest<SavedView[]>)
      return all.sort((a, b) => a.created - b.created || a.id.localeCompare(b.id))
    },
    put: (view) => write((s) => s.put(view)),
    remove: (id) => write((s) => s.delete(id)),
    close: () => db.close(),
  }
}
