/**
 * The link to a view: the page's address with the view's query and, when the view was made on
 * another dataset than the embedded one, its `data` parameter first. Pure.
 */
export type ViewQuery = Record<string, string | string[]>

/** The dataset parameter the page was opened with (main.ts loads it once, at start). */
export const OPENED_DATA: string | null = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('data')

export function viewSearch(query: ViewQuery, data: string | null): string {
  const params = new URLSearchParams()
  if (data) params.set('data', data)
  for (const [key, value] of Object.entries(query)) {
    if (key === 'data') continue
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v)
  }
  const s = params.toString()
  return s ? `?${s}` : ''
}

/** `base` is the page's address without its query (origin + path). */
export function viewLink(base: string, query: ViewQuery, data: string | null): string {
  return base + viewSearch(query, data)
}

/** The router's query as plain strings (vue-router's LocationQuery may hold nulls). */
export function plainQuery(query: Record<string, unknown>): ViewQuery {
  const out: ViewQuery = {}
  for (const [key, value] of Object.entries(query)) {
    if (key === 'data') continue
    if (Array.isArray(value)) {
      const list = value.filter((v): v is string => typeof v === 'string')
      if (list.length) out[key] = list
    } else if (typeof value === 'string') out[key] = value
  }
  return out
}
