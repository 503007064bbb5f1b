/**
 * IndexedDB's request and transaction events as promises: the few lines both browser stores
 * (import/reportDb.ts, views/viewsDb.ts) need, instead of a dependency.
 */

/** A request's result, or its error. */
export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

/** A transaction committed, or why it failed or was aborted. */
export function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error)
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'))
  })
}
