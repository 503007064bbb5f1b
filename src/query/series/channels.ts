/**
 * Disclosure channels per report. A channel the report does not state stays null (shown as
 * 未说明), never 0; reports that state no channel at all are listed apart.
 */
import { CHANNEL_COLUMNS, type ChannelColumn, type ReportRecord } from '../../data/schema.ts'
import { byTownshipThenYear, reportLabeler, townshipKey } from '../records.ts'

/** the schema's channel list (kept under this name for the panels that import it here) */
export const CHANNELS = CHANNEL_COLUMNS
export type Channel = ChannelColumn

export interface ChannelRow {
  key: string
  reportId: string
  label: string
  total: number | null
  values: Record<Channel, number | null>
  /** sum of the stated channels (the denominator for shares) */
  statedSum: number
  unstatedCount: number
  /** roll-ups (query/rollup.ts): `level:value` a click drills into; '' for the rest bar */
  drill?: string
}

export interface ChannelSeries {
  rows: ChannelRow[]
  /** reports stating none of the six channels */
  noneStated: string[]
  hidden: number
}

export const CHANNEL_CAP = 40

export function channelSeries(records: readonly ReportRecord[]): ChannelSeries {
  const sorted = [...records].sort(byTownshipThenYear)
  const label = reportLabeler(sorted)
  const rows: ChannelRow[] = []
  const noneStated: string[] = []
  for (const r of sorted) {
    const values = Object.fromEntries(CHANNELS.map((c) => [c, r[c]])) as Record<Channel, number | null>
    const stated = CHANNELS.filter((c) => values[c] !== null)
    if (!stated.length) {
      noneStated.push(label(r))
      continue
    }
    rows.push({
      key: townshipKey(r),
      reportId: r.report_id,
      label: label(r),
      total: r.proactive_total,
      values,
      statedSum: stated.reduce((s, c) => s + (values[c] as number), 0),
      unstatedCount: CHANNELS.length - stated.length,
    })
  }
  return { rows: rows.slice(0, CHANNEL_CAP), noneStated, hidden: Math.max(0, rows.length - CHANNEL_CAP) }
}
