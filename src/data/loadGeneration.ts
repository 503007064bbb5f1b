/**
 * A dataset folder read as one generation (manifest.ts): the manifest first, then the pair it
 * names; a file of another size than the manifest's means a run replaced the pair while it was
 * read, so the pair is read again (the manifest too: it is written last), a few times, before
 * the load gives up and the page refuses the pair. A folder without a manifest loads as before.
 */
import type { LoadError, LoadOptions } from './loadDataset.ts'
import { fetchManifest, generationOf, readManifest, type Manifest } from './manifest.ts'

/** tries at most, and the wait before each retry (a run commits in milliseconds) */
export const GENERATION_TRIES = 4
const RETRY_MS = 250

declare global {
  interface Window {
    /** index.html's inline script asks for the embedded folder's manifest with the page's first bytes */
    __kanbanManifest?: Promise<unknown>
  }
}

/** Whether the load's problems include a file that is not the manifest's. */
export function mixedGeneration(errors: readonly LoadError[]): boolean {
  return errors.some((e) => e.code === 'not_this_generation')
}

async function plainFetchText(url: string): Promise<string> {
  const res = await fetch(url, { cache: 'no-store' })
  if (!res.ok || /\bhtml\b/i.test(res.headers.get('content-type') ?? '')) throw new Error(`HTTP ${res.status}`)
  return res.text()
}

/** The manifest index.html's script already asked for, when it is this folder's. */
function earlyManifest(options: LoadOptions): Promise<Manifest | null> | null {
  const early = typeof window === 'undefined' ? undefined : window.__kanbanManifest
  if (!early || options.fetchText) return null
  const embedded = `${(import.meta.env?.BASE_URL as string | undefined) ?? '/'}data/`
  if (options.baseUrl !== embedded) return null
  window.__kanbanManifest = undefined // once: a retry reads the file again
  return early.then((json) => (json ? readManifest(json) : null), () => null)
}

/**
 * Runs `loadOnce` with the folder's generation; again while `mixed()` says the pair was not the
 * manifest's, up to GENERATION_TRIES times. `mixed` is asked after each load.
 */
export async function loadGeneration(options: LoadOptions, loadOnce: (options: LoadOptions) => Promise<void>, mixed: () => boolean, wait = (ms: number) => new Promise((r) => setTimeout(r, ms))): Promise<void> {
  for (let attempt = 0; attempt < GENERATION_TRIES; attempt++) {
    if (attempt > 0) await wait(RETRY_MS * attempt)
    const manifest = (attempt === 0 ? earlyManifest(options) : null) ?? fetchManifest(options.baseUrl, options.fetchText ?? plainFetchText)
    const found = await manifest
    await loadOnce({ ...options, generation: found ? generationOf(found) : null })
    if (!found || !mixed()) return
  }
}
