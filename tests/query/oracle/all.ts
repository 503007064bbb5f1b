/** The record-by-record series (see each file's first lines), for the column tests to compare against. */
export { computeKpis } from './kpi.ts'
export { applicationRollup, channelRollup, chooseRollup, procurementRollup, volumeRollup } from './rollup.ts'
export { trendSeries } from './trends.ts'
export { compareChoices, compareSeries } from './compare.ts'
export { qualityView } from './quality.ts'
export { tableView } from './table.ts'
