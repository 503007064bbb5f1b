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
  const data = params.data as { key?: unknown; year?: unknown; drill?: unknown } | null | undefined
  if (data && typeof data === 'object') {
    // a rolled-up region bar drills into its region; the rest bar ('') goes nowhere
    if (typeof data.drill === 'string') {
      const at = data.drill.indexOf(':')
      const level = data.drill.slice(0, at) as (typeof LEVELS)[number]
      return at > 0 && LEVELS.includes(level) ? { level, value: data.drill.slice(at + 1) } : null
    }
    if (typeof data.key === 'string') return { level: 'township', value: data.key }
    if (typeof data.year === 'string') return { level: 'year', value: data.year }
  }
  const id = params.seriesId ?? ''
  const colon = id.indexOf(':')
  const level = id.slice(0, colon) as (typeof LEVELS)[number]
  if (colon > 0 && LEVELS.includes(level)) return { level, value: id.slice(colon + 1) }
  return null
}
