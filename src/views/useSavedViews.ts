/**
 * The named views of this browser, and the link to the current view. Module-level state, so
 * the list is read from IndexedDB once per page. Opening a view made on another dataset
 * reloads the page with it (the dataset loads at start, main.ts); otherwise the router takes
 * the view's query and every panel follows.
 */
import { ref, shallowRef } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { OPENED_DATA, plainQuery, viewLink, type ViewQuery } from './shareLink.ts'
import { openViewsDb, type SavedView, type ViewsDb } from './viewsDb.ts'

const views = shallowRef<SavedView[]>([])
const error = ref<string | null>(null)
let db: Promise<ViewsDb> | null = null
let loaded: Promise<void> | null = null

/** For tests: another IndexedDB factory, and forget what was read. */
export function resetSavedViews(factory?: IDBFactory): void {
  db = factory ? openViewsDb(factory) : null
  loaded = null
  views.value = []
  error.value = null
}

function database(): Promise<ViewsDb> {
  return (db ??= openViewsDb())
}

async function refresh(): Promise<void> {
  try {
    views.value = await (await database()).list()
  } catch (err) {
    error.value = String(err instanceof Error ? err.message : err)
  }
}

const newId = () => globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`

export function useSavedViews() {
  const route = useRoute()
  const router = useRouter()
  loaded ??= refresh()

  const currentQuery = (): ViewQuery => plainQuery(route.query)

  /** The link to what is on screen, dataset included. */
  function currentLink(): string {
    const base = typeof location === 'undefined' ? '/' : `${location.origin}${location.pathname}`
    return viewLink(base, currentQuery(), OPENED_DATA)
  }

  async function save(name: string): Promise<SavedView | null> {
    const trimmed = name.trim()
    if (!trimmed) return null
    const now = Date.now()
    const view: SavedView = { id: newId(), name: trimmed, query: currentQuery(), data: OPENED_DATA, created: now, updated: now }
    try {
      await (await database()).put(view)
    } catch (err) {
      error.value = String(err instanceof Error ? err.message : err)
      return null
    }
    await refresh()
    return view
  }

  async function rename(id: string, name: string): Promise<void> {
    const view = views.value.find((v) => v.id === id)
    const trimmed = name.trim()
    if (!view || !trimmed || trimmed === view.name) return
    await (await database()).put({ ...view, name: trimmed, updated: Date.now() })
    await refresh()
  }

  async function remove(id: string): Promise<void> {
    await (await database()).remove(id)
    await refresh()
  }

  async function open(view: SavedView): Promise<void> {
    if (view.data !== OPENED_DATA && typeof location !== 'undefined') {
      location.assign(viewLink(`${location.origin}${location.pathname}`, view.query, view.data))
      return
    }
    await router.push({ query: view.query })
  }

  return { views, error, ready: () => loaded!, currentLink, save, rename, remove, open }
}
