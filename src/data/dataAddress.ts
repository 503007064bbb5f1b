/**
 * `?data=<folder>/`: the folder a page loads reports.csv and facts.csv from. Only this host,
 * any port, over http(s): a shared link cannot make the page fetch data from a third party.
 * A refused address is not silent: the page says it shows the embedded data instead.
 *
 * Pure: the page's location and the embedded folder are passed in.
 */
import type { LoadError } from './loadDataset.ts'

export interface DataAddress {
  /** the folder to load, ending in '/' */
  baseUrl: string
  /** why the `?data=` address was not used (the embedded folder is loaded instead), or null */
  refused: LoadError | null
}

export function dataAddress(param: string | null, here: { href: string; hostname: string }, embedded: string): DataAddress {
  if (!param) return { baseUrl: embedded, refused: null }
  const refused = { baseUrl: embedded, refused: { file: `?data=${param.length > 80 ? `${param.slice(0, 80)}…` : param}`, line: null, column: null, code: 'address_refused' as const } }
  try {
    const url = new URL(param.endsWith('/') ? param : `${param}/`, here.href)
    return url.hostname === here.hostname && /^https?:$/.test(url.protocol) ? { baseUrl: url.href, refused: null } : refused
  } catch {
    return refused
  }
}
