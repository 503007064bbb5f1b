/**
 * The chart panels' series for a selection: summed by region when the selection rolls up
 * (rollup.ts), report by report otherwise. One place for that choice, so the page
 * (panels.ts) and the landing view precomputed for it (landing.ts) cannot draw differently.
 * Pure: no Vue.
 */
import { TEMPLATES, type Template } from '../data/schema.ts'
import type { QueryState } from './queryState.ts'
import { recordsOf, type Selection } from './select.ts'
import { volumeByTownship, volumeByYear, type VolumeSeries } from './series/volume.ts'
import { channelSeries, type ChannelSeries } from './series/channels.ts'
import { applicationSeries, type ApplicationSeries } from './series/applications.ts'
import { procurementSeries, type ProcurementSeries } from './series/procurement.ts'
import { applicationRollup, channelRollup, procurementRollup, volumeRollup, type Rollup } from './rollup.ts'

type RestLabel = (n: number) => string

// Report by report (no roll-up) means at most ROLLUP_TOWNSHIPS townships, or the ones picked:
// few enough to read as records.

export function volumeFor(
  sel: Selection,
  state: Pick<QueryState, 'volumeMode' | 'volumeYear'>,
  rollup: Rollup | null,
  restLabel: RestLabel,
): VolumeSeries {
  if (state.volumeMode === 'year') return volumeByYear(sel)
  return rollup ? volumeRollup(sel, rollup, state.volumeYear, restLabel) : volumeByTownship(recordsOf(sel), state.volumeYear)
}

export function channelsFor(sel: Selection, rollup: Rollup | null, restLabel: RestLabel): ChannelSeries {
  return rollup ? channelRollup(sel, rollup, restLabel) : channelSeries(recordsOf(sel))
}

export function applicationsFor(sel: Selection, rollup: Rollup | null, restLabel: RestLabel): ApplicationSeries {
  return rollup ? applicationRollup(sel, rollup, restLabel) : applicationSeries(recordsOf(sel))
}

export function procurementFor(sel: Selection, rollup: Rollup | null, restLabel: RestLabel): ProcurementSeries {
  return rollup ? procurementRollup(sel, rollup, restLabel) : procurementSeries(recordsOf(sel))
}

/** Report templates in view: more than one means year-to-year figures are not like for like. */
export function templatesIn(sel: Selection): Template[] {
  const column = sel.columns.template()
  const present = new Uint8Array(TEMPLATES.length)
  for (const p of sel.positions) if (column[p] >= 0) present[column[p]] = 1
  return TEMPLATES.filter((_, i) => present[i])
}

/**
 * A bar series whose rest bar (the row with drill target '') is worded by the page, in its
 * language: the series with that bar's label empty, and how many groups the bar holds (null:
 * no rest bar). The store computes these once per selection; a language change only words them.
 */
export interface WithRest<T> {
  series: T
  rest: number | null
}

/** Runs a series function with a rest label that only counts. */
export function countingRest<T>(make: (restLabel: RestLabel) => T): WithRest<T> {
  let rest: number | null = null
  const series = make((n) => {
    rest = n
    return ''
  })
  return { series, rest }
}

function worded<T extends { drill?: string; label: string }>(items: T[], rest: number | null, restLabel: RestLabel): T[] {
  return rest === null ? items : items.map((item) => (item.drill === '' ? { ...item, label: restLabel(rest) } : item))
}

/** The volume series with its rest bar worded. */
export function wordedVolume({ series, rest }: WithRest<VolumeSeries>, restLabel: RestLabel): VolumeSeries {
  return rest === null ? series : { ...series, items: worded(series.items, rest, restLabel) }
}

/** A per-row series (channels, applications, procurement) with its rest bar worded. */
export function wordedRows<T extends { rows: Array<{ drill?: string; label: string }> }>(
  { series, rest }: WithRest<T>,
  restLabel: RestLabel,
): T {
  return rest === null ? series : { ...series, rows: worded(series.rows, rest, restLabel) }
}
