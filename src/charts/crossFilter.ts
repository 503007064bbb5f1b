/**
 * Turns an ECharts click into a filter request. Builders put `key` (township) or `year` on
 * data items, and trend lines carry `<level>:<value>` ids; anything else is not clickable.
 */
export type ClickTarget = { level: 'township' | 'county' | 'prefecture' | 'province' | 'year'; value: string }

interface ClickParams {
  data?: unknown
  seriesId?: string
  componentType?: string
}

const LEVELS = ['township', 'county', 'prefecture', 'province'] as const

export function clickTarget(params: ClickParams): ClickTarget | null {
  const data = params.data as { key?: unknown; year?: unknown } | null | undefined
  if (data && typeof data === 'object') {
    if (typeof data.key === 'string') return { level: 'township', value: data.key }
    if (typeof data.year === 'string') return { level: 'year', value: data.year }
  }
  const id = params.seriesId ?? ''
  const colon = id.indexOf(':')
  const level = id.slice(0, colon) as (typeof LEVELS)[number]
  if (colon > 0 && LEVELS.includes(level)) return { level, value: id.slice(colon + 1) }
  return null
}
