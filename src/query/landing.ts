/**
 * The landing view: what the dashboard's charts (the figures, the volume ranking, the trend
 * lines, channels, applications and procurement) show for the unfiltered dataset, computed
 * ahead of time from reports.csv and written next to it as landing.json. At 380,000 rows the
 * page needs ~5 s to read every row; the landing view lets it draw the charts from a few
 * kilobytes while the rows load, the way a map shows pre-built tiles before the data behind
 * them. Once every row is in, the panels are computed from the rows as always and the landing
 * view is dropped. The table, compare, quality and compliance panels need the rows.
 *
 * It is computed by the page's own functions (select, chooseRollup, the roll-ups,
 * trendSeries, computeKpis) on the page's own parse of the file, so it is the picture the
 * loaded page draws. `reports.head` ties it to one reports.csv, the fingerprint of the file's
 * first 64 KiB (data/fingerprint.ts), which the page has in hand within milliseconds even when
 * the file is served gzipped and its size is unknown until the end; `reports.bytes` is checked
 * too whenever the response says the size. Pure: no Vue, no I/O.
 */
import type { Template } from '../data/schema.ts'
import type { ChannelSeries } from './series/channels.ts'
import type { ApplicationSeries } from './series/applications.ts'
import { UNITLESS_LISTED, type ProcurementSeries } from './series/procurement.ts'
import { DEFAULT_STATE, FILTER_KEYS, type QueryState } from './queryState.ts'
import { selectAll } from './select.ts'
import type { Dataset } from './dataset.ts'
import { computeKpis, type Kpis } from './series/kpi.ts'
import { trendLevel, trendSeries, type TrendSeries } from './series/trends.ts'
import type { VolumeSeries } from './series/volume.ts'
import { chooseRollup, type Rollup } from './rollup.ts'
import { applicationsFor, channelsFor, procurementFor, templatesIn, volumeFor } from './chartSeries.ts'

export const LANDING_FILE = 'landing.json'
export const LANDING_FORMAT = 'kanban-landing/4'
/**
 * Only a reports.csv this large gets (and is drawn from) a landing view: ~36,000 rows, which
 * the page reads in about half a second; below that it would only add a request.
 */
export const LANDING_MIN_BYTES = 8_000_000

/** the panels whose roll-ups may end in a rest bar */
const REST_PANELS = ['volume', 'channels', 'applications', 'procurement'] as const
export type RestPanel = (typeof REST_PANELS)[number]

export interface LandingView {
  format: typeof LANDING_FORMAT
  /** the reports.csv it was computed from: size in bytes, fingerprint of its head, data rows read */
  reports: { bytes: number; head: string; rows: number }
  kpis: Kpis
  rollup: Rollup | null
  volume: VolumeSeries
  channels: ChannelSeries
  applications: ApplicationSeries
  procurement: ProcurementSeries
  /**
   * groups summed into each roll-up's rest bar, whose label the page words in its language
   * (the bar's label is '' here); null = no rest bar
   */
  rest: Record<RestPanel, number | null>
  trends: TrendSeries
  /** report templates present: more than one adds the trends panel's note */
  templates: Template[]
}

/** The landing view of a loaded dataset, made from the reports.csv of `file` (its size and head fingerprint). */
export function buildLandingView(dataset: Dataset, file: { bytes: number; head: string }): LandingView {
  const state = DEFAULT_STATE
  const shown = selectAll(dataset)
  const rollup = chooseRollup(shown, state)
  const rest = Object.fromEntries(REST_PANELS.map((p) => [p, null])) as LandingView['rest']
  // the rest bar's label stays empty; the count it would say is kept for the page to word
  const counted = (panel: RestPanel) => (n: number) => {
    rest[panel] = n
    return ''
  }
  return {
    format: LANDING_FORMAT,
    reports: { bytes: file.bytes, head: file.head, rows: dataset.records.length },
    kpis: computeKpis(shown),
    rollup,
    volume: volumeFor(shown, state, rollup, counted('volume')),
    channels: channelsFor(shown, rollup, counted('channels')),
    applications: applicationsFor(shown, rollup, counted('applications')),
    procurement: listedUnitless(procurementFor(shown, rollup, counted('procurement'))),
    rest,
    trends: trendSeries(shown, state.trendMetric, trendLevel(state, rollup), state.townships),
    templates: templatesIn(shown),
  }
}

/** Only the unit-less amounts the panel lists or marks on a bar, and how many there are. */
function listedUnitless(series: ProcurementSeries): ProcurementSeries {
  const drawn = new Set(series.rows.map((r) => r.reportId))
  const unitless = series.unitless.filter((u, i) => i < UNITLESS_LISTED || drawn.has(u.reportId))
  return { ...series, unitless, unitlessTotal: series.unitless.length }
}

/** Whether a view is the one the landing view holds: no filter, the panels' default choices. */
export function landingApplies(state: QueryState): boolean {
  return (
    FILTER_KEYS.every((k) => JSON.stringify(state[k]) === JSON.stringify(DEFAULT_STATE[k])) &&
    state.volumeMode === DEFAULT_STATE.volumeMode &&
    state.volumeYear === DEFAULT_STATE.volumeYear &&
    state.trendMetric === DEFAULT_STATE.trendMetric &&
    state.trendGroup === DEFAULT_STATE.trendGroup
  )
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * landing.json's content, if it is a landing view of the reports.csv being read: the same head
 * fingerprint, and the same size when the response gave one (`bytes` null: served gzipped);
 * null for anything else (another format, another file, a file cut short), which the page
 * then ignores.
 */
export function readLandingView(json: unknown, file: { bytes: number | null; head: string }): LandingView | null {
  if (!isObject(json) || json.format !== LANDING_FORMAT) return null
  const { reports, kpis, volume, channels, applications, procurement, rest, trends, templates } = json
  if (!isObject(reports) || reports.head !== file.head || typeof reports.bytes !== 'number' || typeof reports.rows !== 'number') return null
  if (file.bytes !== null && reports.bytes !== file.bytes) return null
  if (!isObject(kpis) || typeof kpis.reports !== 'number') return null
  if (!isObject(volume) || !Array.isArray(volume.items) || !Array.isArray(volume.years) || !Array.isArray(volume.unstated)) return null
  for (const rows of [channels, applications, procurement]) if (!isObject(rows) || !Array.isArray(rows.rows)) return null
  if (!isObject(trends) || !Array.isArray(trends.lines) || !Array.isArray(trends.years)) return null
  if (!Array.isArray(templates)) return null
  if (!isObject(rest) || !REST_PANELS.every((p) => rest[p] === null || typeof rest[p] === 'number')) return null
  return json as unknown as LandingView
}

/** A series with its rest bar (the row whose drill target is '') worded by the page. */
function worded<T extends { drill?: string; label: string }>(items: T[], rest: number | null, restLabel: (n: number) => string): T[] {
  return rest === null ? items : items.map((item) => (item.drill === '' ? { ...item, label: restLabel(rest) } : item))
}

/** The landing view's series, rest bars worded by the page (`restLabel`, in its language). */
export function landingVolume(view: LandingView, restLabel: (n: number) => string): VolumeSeries {
  return { ...view.volume, items: worded(view.volume.items, view.rest.volume, restLabel) }
}
export function landingChannels(view: LandingView, restLabel: (n: number) => string): ChannelSeries {
  return { ...view.channels, rows: worded(view.channels.rows, view.rest.channels, restLabel) }
}
export function landingApplications(view: LandingView, restLabel: (n: number) => string): ApplicationSeries {
  return { ...view.applications, rows: worded(view.applications.rows, view.rest.applications, restLabel) }
}
export function landingProcurement(view: LandingView, restLabel: (n: number) => string): ProcurementSeries {
  return { ...view.procurement, rows: worded(view.procurement.rows, view.rest.procurement, restLabel) }
}

/** The figures a loaded dataset and its landing view must agree on; the names of those that differ. */
export function landingMismatches(view: LandingView, kpis: Kpis, rows: number): string[] {
  const out: string[] = []
  if (view.reports.rows !== rows) out.push('rows')
  for (const key of ['reports', 'townships', 'yearMin', 'yearMax'] as const) if (view.kpis[key] !== kpis[key]) out.push(key)
  for (const key of ['proactive', 'applications', 'appeals'] as const) {
    if (view.kpis[key].sum !== kpis[key].sum || view.kpis[key].stated !== kpis[key].stated) out.push(key)
  }
  return out
}
