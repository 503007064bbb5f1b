/**
 * The imported state kept in IndexedDB across reloads and told to the other tabs. Every change
 * is computed again inside one IndexedDB transaction from what is stored (other tabs write
 * there too), then told to the other tabs, which reload what is stored. The imports store holds
 * the state; this holds how it is kept (`get`/`set` are the store's own state).
 */
import { openReportDb, type ReportDb } from './reportDb.ts'
import { EMPTY_STATE, type ImportState } from './types.ts'

/** The BroadcastChannel on which a tab tells the others that the stored imports changed. */
export const IMPORTS_CHANNEL = 'zwgk-imports'

/**
 * A failed save in words. Chromium's QuotaExceededError has an empty message, so the message
 * alone was "" and the alert stayed hidden while 60 reports were lost on reload: the error's
 * name always goes in.
 */
export function storageErrorText(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'name' in err) {
    const { name, message } = err as { name?: unknown; message?: unknown }
    const n = typeof name === 'string' && name !== 'Error' ? name : ''
    const m = typeof message === 'string' ? message.trim() : ''
    return [n, m].filter(Boolean).join(': ') || 'unknown error'
  }
  return String(err) || 'unknown error'
}

export interface StateHolder {
  get(): ImportState
  set(state: ImportState): void
  /** storage cannot be used (the reason, in words): imports still work until the page closes */
  failed(reason: string): void
}

export interface StoredImports {
  /** Shown at once; resolves true once stored (false: kept in this page only, `failed` was told why). */
  change(apply: (current: ImportState) => ImportState): Promise<boolean>
  /** Loads what earlier visits imported; resolves with how many damaged entries were dropped. */
  restore(): Promise<number>
  /** Waits for pending writes (tests and the bench use it). */
  flushed(): Promise<void>
}

export function storedImports(holder: StateHolder): StoredImports {
  let db: Promise<ReportDb> | null = null
  /** writes run one after another, so a quick remove after an import cannot overtake it */
  let writes: Promise<void> = Promise.resolve()
  let pendingWrites = 0
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(IMPORTS_CHANNEL)
  ;(channel as { unref?: () => void } | null)?.unref?.() // Node (tests): never keeps the process alive
  if (channel) channel.onmessage = () => void reload()

  function openDb(): Promise<ReportDb> {
    db ??= openReportDb()
    return db
  }

  function change(apply: (current: ImportState) => ImportState): Promise<boolean> {
    holder.set(apply(holder.get()))
    pendingWrites++
    const written = writes
      .then(async () => {
        const stored = await (await openDb()).update(apply)
        // what is stored now includes other tabs' changes: shown once no write of ours is pending
        if (pendingWrites === 1) holder.set(stored)
        channel?.postMessage('changed')
        return true
      })
      .catch((err: unknown) => {
        holder.failed(storageErrorText(err))
        return false
      })
      .finally(() => pendingWrites--)
    writes = written.then(() => {})
    return written
  }

  /** Another tab changed the stored imports: show what is stored (unless a write of ours is on its way). */
  async function reload(): Promise<void> {
    try {
      const stored = await (await openDb()).load()
      if (pendingWrites > 0) return
      holder.set(stored.reports.length || stored.hidden.length ? stored : EMPTY_STATE)
    } catch (err) {
      holder.failed(storageErrorText(err))
    }
  }

  async function restore(): Promise<number> {
    try {
      const saved = await (await openDb()).restore()
      // an import made while IndexedDB was opening wins; it is saved on top anyway
      if (holder.get() === EMPTY_STATE && (saved.state.reports.length || saved.state.hidden.length)) holder.set(saved.state)
      return saved.dropped.length
    } catch (err) {
      holder.failed(storageErrorText(err))
      return 0
    }
  }

  return { change, restore, flushed: () => writes }
}
