/**
 * The chart panels' series for a selection: summed by region when the selection rolls up
 * (rollup.ts), report by report otherwise. One place for that choice, so the page
 * (panels.ts) and the landing view precomputed for it (landing.ts) cannot draw differently.
 * Pure: no Vue.
 */
import { TEMPLATES, type ReportRecord, type Template } from '../data/schema.ts'
import type { QueryState } from './queryState.ts'
import { volumeByTownship, volumeByYear, type VolumeSeries } from './series/volume.ts'
import { channelSeries, type ChannelSeries } from './series/channels.ts'
import { applicationSeries, type ApplicationSeries } from './series/applications.ts'
import { procurementSeries, type ProcurementSeries } from './series/procurement.ts'
import { applicationRollup, channelRollup, procurementRollup, volumeRollup, type Rollup } from './rollup.ts'

type RestLabel = (n: number) => string

export function volumeFor(records: readonly ReportRecord[], state: Pick<QueryState, 'volumeMode' | 'volumeYear'>, rollup: Rollup | null, restLabel: RestLabel): VolumeSeries {
  if (state.volumeMode === 'year') return volumeByYear(records)
  return rollup ? volumeRollup(records, rollup, state.volumeYear, restLabel) : volumeByTownship(records, state.volumeYear)
}

export function channelsFor(records: readonly ReportRecord[], rollup: Rollup | null, restLabel: RestLabel): ChannelSeries {
  return rollup ? channelRollup(records, rollup, restLabel) : channelSeries(records)
}

export function applicationsFor(records: readonly ReportRecord[], rollup: Rollup | null, restLabel: RestLabel): ApplicationSeries {
  return rollup ? applicationRollup(records, rollup, restLabel) : applicationSeries(records)
}

export function procurementFor(records: readonly ReportRecord[], rollup: Rollup | null, restLabel: RestLabel): ProcurementSeries {
  return rollup ? procurementRollup(records, rollup, restLabel) : procurementSeries(records)
}

/** Report templates in view: more than one means year-to-year figures are not like for like. */
export function templatesIn(records: readonly ReportRecord[]): Template[] {
  const present = new Set(records.map((r) => r.template))
  return TEMPLATES.filter((t) => present.has(t))
}
