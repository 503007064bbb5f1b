/** The active filters as one line of text, for the panel header and exported images. */
import type { QueryState } from '../query/queryState.ts'
import { townshipLabels } from '../query/records.ts'
import type { Messages } from './zh-CN.ts'

export function describeFilters(state: QueryState, m: Messages): string {
  const parts: string[] = []
  const region = [state.province, state.prefecture, state.county].filter(Boolean).join(' / ')
  if (region) parts.push(region)
  if (state.townships.length)
    parts.push(`${m.filters.township}: ${state.townships.map(townshipLabels(state.townships)).join(m.app.listSep)}`)
  if (state.yearFrom !== null || state.yearTo !== null) {
    const from = state.yearFrom ?? '…'
    const to = state.yearTo ?? '…'
    parts.push(`${m.filters.years}: ${from === to ? from : `${from}–${to}`}`)
  }
  if (state.templates.length) parts.push(`${m.filters.template}: ${state.templates.map((t) => m.templates[t]).join(m.app.listSep)}`)
  if (state.search) parts.push(`${m.filters.search}: “${state.search}”`)
  return parts.length ? parts.join(m.app.partSep) : m.filters.none
}
